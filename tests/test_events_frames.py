"""Events: frames found through the object's other words, recipients in the places a
frame's other side sits (under the object of the row's preposition, in an if/unless
clause, in a premodifier, in a misparsed to-clause), and the lexicon rows added with them.
Every sentence is written for these tests."""
import pytest


def _names(rec, ids):
    by = {a.id: a.name for a in rec.actors}
    return [by[i] for i in ids]


# (sentence, PLOVER type, CAMEO code prefix, actor, recipient)
CASES = [
    # the object's head names no frame; a conjunct, a noun modifier or a partitive's of-phrase does
    ("Canada provided maps and intelligence to Ukraine.", "COOPERATE", "064", "Canada", "Ukraine"),
    ("Qatar ended its mediation efforts between Israel and Hamas.", "SANCTION", "165", "Qatar", "Israel"),
    ("Poland handed over a batch of rifles to Ukraine.", "AID", "072", "Poland", "Ukraine"),
    ("Germany handed over two truckloads of medicine to Moldova.", "AID", "073", "Germany", "Moldova"),
    # a state or body named before an adjective owns the noun
    ("Serbia demanded a NATO military presence in Kosovo.", "REQUEST", "10", "Serbia", "NATO"),
    ("Canada imposed sanctions on the Taliban military leadership.", "SANCTION", "163", "Canada", "Taliban"),
    # a threat coerces the one its condition names
    ("Turkey threatened to close its airspace unless Sweden extradites the suspects.",
     "THREATEN", "13", "Turkey", "Sweden"),
    ("Venezuela warned that it would expel the ambassador if Colombia continued the raids.",
     "THREATEN", "13", "Venezuela", "Colombia"),
    # the other side under the object of the row's own preposition
    ("Hungary reneged on its promise to Ukraine.", "REJECT", "120", "Hungary", "Ukraine"),
    ("Morocco announced a suspension of flights to Algeria.", "SANCTION", "160", "Morocco", "Algeria"),
    # an appeal from someone, a blockade of a country
    ("Serbia dismissed an appeal from Kosovo to resume talks.", "REJECT", "120", "Serbia", "Kosovo"),
    ("Azerbaijan tightened the blockade of Armenia.", "COERCE", "191", "Azerbaijan", "Armenia"),
    # a named person released; a protest blocked; permission given
    ("Iran released Olivier Grondeau on Thursday.", "RETREAT", "084", "Iran", "Olivier Grondeau"),
    ("Georgian police blocked a march organised by the United National Movement in Tbilisi.",
     "COERCE", "172", "Georgia", "United National Movement"),
    ("Germany allowed Poland to send its tanks to Ukraine.", "CONCEDE", "080", "Germany", "Poland"),
    # a statement's -ing clause is what its issuer does
    ("The Arab League issued a statement condemning Israel.", "ACCUSE", "11", "Arab League", "Israel"),
    # an agreement with a to-clause is cooperation agreed for later (AGREE), whoever parses
    # the clause as acl or relcl
    ("Serbia and Kosovo reached an agreement to reopen the border crossing.", "AGREE", "030", "Serbia", "Kosovo"),
    ("Chile struck a deal to share fishing data with Peru.", "AGREE", "030", "Chile", "Peru"),
    # joint drills with a partner are military cooperation, whichever verb starts them
    ("Japan launched joint naval drills with Australia on Monday.", "COOPERATE", "062", "Japan", "Australia"),
    # a call for sanctions against a named target disapproves of it
    ("Lithuania called for sanctions against Belarus after the crackdown.", "ACCUSE", "110", "Lithuania", "Belarus"),
    # mediation among parties, as between them
    ("The Vatican offered mediation among the warring factions of Sudan.", "AGREE", "039", "Vatican", "Sudan"),
    ("Qatar suspended its mediation among Hamas and Israel.", "SANCTION", "165", "Qatar", "Hamas"),
    # an embassy opened in a city is opened with the city's country
    ("Sri Lanka opened an embassy in Tehran on Wednesday.", "SUPPORT", "054", "Sri Lanka", "Iran"),
    # taken from someone: that someone is coerced, not the goods taken
    ("Palestinian police confiscated weapons from Hamas militants.", "COERCE", "171", "Palestine", "Hamas"),
    ("Greek customs officers seized cigarettes from a Turkish ship.", "COERCE", "171", "Greece", "Turkey"),
    # a barrage (of rockets) or artillery fire launched at a target is an attack on it
    ("Hezbollah launched a barrage of rockets at Israel.", "ASSAULT", "190", "Hezbollah", "Israel"),
    ("Syrian forces launched artillery fire against Turkish positions.", "ASSAULT", "190", "Syria", "Turkey"),
    # a place under the threatened act's object names no side: the condition's subject is
    ("Serbia threatened to cancel the local elections in North Mitrovica unless Kosovo released the mayor.",
     "THREATEN", "13", "Serbia", "Kosovo"),
    # a concern noted or raised is voiced: about the first state or body it names
    ("Chile noted deep concern with the growth of Iran's nuclear programme.", "ACCUSE", "110", "Chile", "Iran"),
    ("Peru raised serious concerns about Venezuela's elections.", "ACCUSE", "110", "Peru", "Venezuela"),
]


@pytest.fixture(scope="module")
def records():
    from rapport import pipeline
    from rapport.ingest import make_document
    texts = [c[0] for c in CASES] + [t for t, _ in NOT_CODED] + [REFUSAL] + [t for t, _ in ORDERS] \
        + [t for t, _ in NOT_INTENT]
    docs = [make_document(id=f"fr{i}", text=t, published="2023-06-19") for i, t in enumerate(texts)]
    return dict(zip(texts, pipeline.run(docs)))


@pytest.mark.parametrize("text,ptype,cameo,actor,recipient", CASES, ids=[c[0][:40] for c in CASES])
def test_frame_and_other_side(records, text, ptype, cameo, actor, recipient):
    rec = records[text]
    hits = [e for e in rec.events if e.type == ptype and e.cameo.startswith(cameo)]
    assert hits, [(e.type, e.cameo, e.explain) for e in rec.events + rec.unrealised]
    e = hits[0]
    assert actor in _names(rec, e.actor), e.explain
    assert recipient in _names(rec, e.recipient), e.explain


# a modifier never makes a non-event frame of its noun: "human rights" is no "abuse of rights";
# the head's own frame beats its modifier's ("missile attack" is an attack, not a launch)
NOT_CODED = [
    ("Belarusian police abused human rights activists.", "182"),
    ("Russian forces launched a missile attack on Kyiv.", "190"),
]


@pytest.mark.parametrize("text,cameo", NOT_CODED)
def test_the_head_frame_wins(records, text, cameo):
    rec = records[text]
    assert [e for e in rec.events if e.cameo == cameo], [(e.cameo, e.explain) for e in rec.events]
    assert not [e for e in rec.events if e.type == "MOBILIZE"]


REFUSAL = "Israel will not allow Iran to build a nuclear weapon."


def test_permission_refused_is_a_refusal(records):
    rec = records[REFUSAL]
    hits = [e for e in rec.events if e.type == "REJECT"]
    assert hits and _names(rec, hits[0].recipient) == ["Iran"], [(e.cameo, e.explain) for e in rec.events]
    assert not [e for e in rec.events if e.type == "CONCEDE"]


def test_a_premodifier_that_names_no_placed_actor_owns_nothing(run_text):
    """ "Moslem fundamentalist demonstrators": a description (nmod), not their owner."""
    rec = run_text("Egyptian police dispersed Moslem fundamentalist demonstrators in Cairo.")
    hits = [e for e in rec.events if e.cameo == "175"]
    assert hits
    assert not any(_names(rec, [r]) == ["Moslem"] for e in hits for r in e.recipient)


# an order to mobilise (patrols, reinforcements, a deployment) is a show of force by the one
# who gave it, not a demand made of the forces
ORDERS = [
    ("Kenya's interior minister ordered police patrols in Nairobi after the riots.", "150"),
    ("Azerbaijan ordered the deployment of troops to the border.", "154"),
]


@pytest.mark.parametrize("text,cameo", ORDERS)
def test_an_order_to_mobilise_is_mobilize(records, text, cameo):
    rec = records[text]
    assert [e for e in rec.events if e.type == "MOBILIZE" and e.cameo == cameo], \
        [(e.cameo, e.explain) for e in rec.events]
    assert not [e for e in rec.events if e.type == "REQUEST"]


# no to-clause: a deal reached is a formal agreement (057), not an intention; a call for a
# ceasefire names no target to disapprove of
NOT_INTENT = [
    ("Egypt and Sudan reached a deal on the Nile dam.", "057"),
    ("Poland called for a ceasefire in Gaza.", None),
]


@pytest.mark.parametrize("text,cameo", NOT_INTENT)
def test_no_clause_no_intent(records, text, cameo):
    rec = records[text]
    assert not [e for e in rec.events if e.type in ("AGREE", "ACCUSE")], [(e.cameo, e.explain) for e in rec.events]
    if cameo:
        assert [e for e in rec.events if e.cameo == cameo]


# a grant, a programme or an initiative named like an organisation is no actor; a body the
# knowledge places (the World Food Programme) still is
PROGRAMMES = [
    "The Rural Broadband Expansion Grant, funded by Congress, will provide $40 million to tribes and Guam.",
    "The Tidewater Resilience Program will give $2 million to Belize.",
    "The Blue Horizon Initiative will send vaccines to Malawi.",
]


@pytest.mark.parametrize("text", PROGRAMMES)
def test_a_programme_is_no_actor(run_text, text):
    rec = run_text(text)
    assert not rec.events, [(e.cameo, _names(rec, e.actor), e.explain) for e in rec.events]


def test_a_placed_body_named_programme_is_still_an_actor(run_text):
    rec = run_text("The World Food Programme delivered food to Yemen.")
    hits = [e for e in rec.events if e.type == "AID"]
    assert hits and _names(rec, hits[0].actor) == ["World Food Programme"], \
        [(e.cameo, e.explain) for e in rec.events]
    assert _names(rec, hits[0].recipient) == ["Yemen"]
