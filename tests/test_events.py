"""Events: one test per construction (triggers, arguments, modality, date, place)."""
import pytest


def found(rec):
    """Every event the text names: those it says happened, then the unrealised ones."""
    return rec.events + rec.unrealised


def names(rec, ids):
    by = {a.id: a.name for a in rec.actors}
    return [by[i] for i in ids]


def events(rec, **want):
    out = []
    for e in found(rec):
        if all(getattr(e, k) == v for k, v in want.items()):
            out.append(e)
    return out


def dyad(rec, e):
    return set(names(rec, e.actor)) | set(names(rec, e.recipient))


@pytest.mark.parametrize("text,ptype,cameo_root,src,dst", [
    ("Antony Blinken met Wang Yi in Beijing on Sunday.", "CONSULT", "04", "Antony Blinken", "Wang Yi"),
    ("Joe Biden called Olaf Scholz on Tuesday.", "CONSULT", "04", "Joe Biden", "Olaf Scholz"),
    ("Emmanuel Macron condemned Russia on Monday.", "ACCUSE", "11", "Emmanuel Macron", "Russia"),
    ("The United States imposed sanctions on Iran on Friday.", "SANCTION", "16", "United States", "Iran"),
    ("Japan provided humanitarian aid to Ukraine last week.", "AID", "07", "Japan", "Ukraine"),
    ("Israel attacked Hamas positions in Gaza.", "ASSAULT", "19", "Israel", None),
    ("Narendra Modi held talks with Vladimir Putin in Moscow.", "CONSULT", "04", "Narendra Modi", "Vladimir Putin"),
    ("Kishida paid a visit to Poland on Thursday.", "CONSULT", "04", None, "Poland"),
])
def test_triggers(run_text, text, ptype, cameo_root, src, dst):
    rec = run_text(text)
    evs = [e for e in found(rec) if e.cameo.startswith(cameo_root)]
    assert evs, found(rec)
    e = evs[0]
    assert e.type == ptype
    if src:
        assert src in names(rec, e.actor) or src in names(rec, e.recipient)
    if dst:
        assert dst in names(rec, e.recipient) or dst in names(rec, e.actor)
    assert e.goldstein is not None and e.quad_class in (1, 2, 3, 4)
    assert rec.article.text[e.trigger.start:e.trigger.end] == e.trigger.text
    assert e.explain


def test_compound_actor_is_reciprocal(run_text):
    rec = run_text("Chen Gang and Antony Blinken met in Beijing on Sunday.", published="2023-06-19")
    e = events(rec, type="CONSULT")[0]
    assert e.reciprocal and dyad(rec, e) == {"Chen Gang", "Antony Blinken"}
    assert e.date == "2023-06-18" and e.place == "Beijing" and e.place_country == "CHN"


def test_traded_barbs_during_phone_call(run_text):
    rec = run_text("Chen Gang and Antony Blinken traded barbs on Wednesday during a phone conversation.",
                   published="2023-06-19")
    accuse = events(rec, type="ACCUSE")[0]
    call = events(rec, type="CONSULT", mode="phone")[0]
    for e in (accuse, call):
        assert dyad(rec, e) == {"Chen Gang", "Antony Blinken"} and e.date == "2023-06-14"


def test_meeting_between_on_the_sidelines(run_text):
    rec = run_text("The meeting between Joe Biden and Xi Jinping on the sidelines of the G20 summit "
                   "in Indonesia took place in November.", published="2023-06-19")
    e = [e for e in events(rec, type="CONSULT") if dyad(rec, e) == {"Joe Biden", "Xi Jinping"}][0]
    assert e.date == "2022-11" and e.date_precision == "month"


def test_passive_agent_is_the_actor(run_text):
    rec = run_text("Antony Blinken was received by Xi Jinping in Beijing on Monday.", published="2023-06-19")
    e = events(rec, type="CONSULT")[0]
    assert names(rec, e.actor) == ["Xi Jinping"] and names(rec, e.recipient) == ["Antony Blinken"]


@pytest.mark.parametrize("text,modality,negated", [
    ("Joe Biden did not meet Xi Jinping on Monday.", "asserted", True),
    ("Joe Biden will meet Xi Jinping next week.", "future", False),
    ("Joe Biden is scheduled to meet Xi Jinping in November.", "future", False),
    ("The United States could impose sanctions on Iran.", "hypothetical", False),
    ("Russia called off the talks with Ukraine.", "cancelled", False),
    ("Blinken's visit to China was initially scheduled for February.", "cancelled", False),
    ("NATO coordinated its response to the brutal Russian invasion of Ukraine.", "background", False),
])
def test_modality(run_text, text, modality, negated):
    rec = run_text(text, published="2023-06-19")
    assert found(rec), text
    e = found(rec)[0]
    assert e.modality == modality and e.negated == negated


def test_reported_accusation_is_the_accusers_event(run_text):
    rec = run_text("Ukraine accused Russia of attacking civilians in Kharkiv.")
    acc = events(rec, type="ACCUSE")
    assert acc and names(rec, acc[0].actor) == ["Ukraine"] and "Russia" in names(rec, acc[0].recipient)
    for e in [e for e in found(rec) if e.type == "ASSAULT"]:
        assert e.alleged and names(rec, e.reported_by) == ["Ukraine"]


def test_trailing_attribution_is_reported_not_dropped(run_text):
    rec = run_text("Zambia extradited two suspects to Malawi on Tuesday, a government spokesman said.",
                   published="2023-06-21")
    evs = [e for e in found(rec) if e.trigger.text == "extradited"]
    assert evs and not evs[0].alleged and evs[0].modality == "asserted"
    assert "reported" in evs[0].explain


def test_requested_action_is_not_asserted(run_text):
    rec = run_text("Poland urged Germany to send tanks to Ukraine.")
    for e in found(rec):
        if e.trigger.text == "send":
            assert e.modality == "hypothetical"


def test_undated_event_takes_publication_date_with_flag(run_text):
    rec = run_text("Joe Biden met Olaf Scholz at the White House.", published="2022-02-07")
    e = found(rec)[0]
    assert e.date == "2022-02-07" and e.date_from_publication and e.date_text is None


def test_no_event_without_trigger(run_text):
    rec = run_text("The weather in Paris was mild, and the museums were full of tourists.")
    assert found(rec) == []


def test_the_start_of_a_span_does_not_date_an_act_done_within_it(run_text):
    rec = run_text("Since February 24, the United States has committed more than $30 million in "
                   "humanitarian assistance to Moldova.", published="2022-04-18")
    aid = [e for e in rec.events if e.type == "AID"]
    assert aid and aid[0].date == "2022-04-18", [(e.date, e.date_text) for e in aid]


def test_undated_past_clause_continues_the_story_date(run_text):
    rec = run_text("On April 24, Antony Blinken traveled to Kyiv.\n\n"
                   "While in Kyiv, Blinken met with Dmytro Kuleba.", published="2022-04-25")
    e = [e for e in events(rec, type="CONSULT") if "Dmytro Kuleba" in dyad(rec, e)][0]
    assert e.date == "2022-04-24" and not e.date_from_publication
    assert "earlier sentence" in e.explain


def test_events_inside_a_quote_are_the_speakers_account(run_text):
    rec = run_text("“We condemn Russia in the strongest terms,” said NATO Secretary General Jens Stoltenberg.",
                   published="2022-03-04")
    acc = events(rec, type="ACCUSE")
    assert acc, found(rec)
    e = acc[0]
    assert names(rec, e.actor) == ["Jens Stoltenberg"] and "Russia" in names(rec, e.recipient)
    assert names(rec, e.reported_by) == ["Jens Stoltenberg"]


def test_threat_takes_the_other_side_of_the_threatened_act(run_text):
    rec = run_text("The Azerbaijani parliament threatened to break relations with Russia.")
    thr = events(rec, type="THREATEN")
    assert thr and "Russia" in names(rec, thr[0].recipient)
    for e in found(rec):
        if e.trigger.text == "break":
            assert e.modality == "hypothetical"


@pytest.mark.parametrize("text", [
    "If Russia invades Ukraine again, the United States will impose severe sanctions on Russia.",
    "The United States has to impose more sanctions on Russia.",
])
def test_conditions_and_obligations_are_not_events_that_happened(run_text, text):
    rec = run_text(text, published="2022-02-10")
    imposed = [e for e in found(rec) if e.trigger.text == "impose"]
    # the sanctions are not imposed; a conditional announcement is a threat, made now
    assert imposed and all(e.modality == "hypothetical" or e.type == "THREATEN" for e in imposed)
    assert not [e for e in rec.events if e.type == "SANCTION"]


@pytest.mark.parametrize("text,actor,recipient", [
    # the object of a judging verb did what its for-clause says
    ("Antony Blinken commended Japan for providing humanitarian aid to Ukraine.", "Japan", "Ukraine"),
    ("Olaf Scholz thanked Poland for sending aid to Ukraine.", "Poland", "Ukraine"),
    # an object-control verb's object does what its to-clause says
    ("The European Union urged Serbia to impose sanctions on Russia.", "Serbia", "Russia"),
    # "by V-ing": the governing clause's subject
    ("Germany responded by imposing sanctions on Belarus.", "Germany", "Belarus"),
])
def test_actor_of_a_clause_without_subject(run_text, text, actor, recipient):
    rec = run_text(text, published="2022-03-01")
    evs = [e for e in found(rec) if recipient in names(rec, e.recipient) and e.cameo[:2] in ("07", "16")]
    assert evs, [(e.cameo, names(rec, e.actor), names(rec, e.recipient)) for e in found(rec)]
    assert names(rec, evs[0].actor) == [actor]


def test_an_ability_is_not_an_event_that_happened(run_text):
    rec = run_text("Russia has the capacity to launch an invasion of Ukraine at any moment.",
                   published="2022-02-15")
    evs = [e for e in found(rec) if e.type == "ASSAULT"]
    assert evs and evs[0].modality == "hypothetical"
    assert names(rec, evs[0].actor) == ["Russia"]


def test_the_two_leaders_are_the_parties_of_the_last_encounter(run_text):
    rec = run_text("President Joe Biden spoke with President Xi Jinping of China on Friday. "
                   "The two leaders agreed on the importance of open lines of communication.",
                   published="2022-03-18")
    agree = [e for e in found(rec) if e.cameo.startswith("03")]
    assert agree and dyad(rec, agree[0]) == {"Joe Biden", "Xi Jinping"}
    # with no encounter before, "the two leaders" names no one: no event is made up
    rec = run_text("The two leaders agreed on the importance of open lines of communication.")
    assert not [e for e in found(rec) if e.cameo.startswith("03")]


def test_multilateral_meeting_is_every_pair(run_text):
    rec = run_text("Germany, France and Italy launched a new agenda to counter hatred at the "
                   "inaugural meeting of the Working Group on June 1.", published="2022-06-05")
    meets = [e for e in found(rec) if e.type == "CONSULT"]
    pairs = {frozenset((a, r)) for e in meets for a in names(rec, e.actor) for r in names(rec, e.recipient)}
    assert pairs == {frozenset(p) for p in (("Germany", "France"), ("Germany", "Italy"), ("France", "Italy"))}
    assert all(e.mode == "multilateral" for e in meets)
    assert len({e.id for e in found(rec)}) == len(found(rec))


def test_a_pledge_to_hold_to_account_is_a_threat_made_now(run_text):
    rec = run_text("Together, we will hold Russia accountable for its actions. Roskomnadzor "
                   "threatened to block Twitter if it does not comply.",
                   published="2022-03-02", url="https://www.whitehouse.gov/x")
    threats = [e for e in found(rec) if e.type == "THREATEN"]
    assert {tuple(names(rec, e.recipient))[0] for e in threats} >= {"Russia", "Twitter"}
    assert all(e.modality == "asserted" for e in threats)
    # what is threatened has not happened
    block = [e for e in found(rec) if e.trigger.text == "block"]
    assert block and block[0].modality == "hypothetical"


def test_no_event_with_a_doer_we_could_not_name(run_text):
    # an active clause whose subject is no actor: not coded as an event with one side
    rec = run_text("The overwhelming number of countries in the region called upon the Kremlin "
                   "to end its war.", published="2022-04-21")
    assert all(e.actor for e in found(rec))
    # an agentless passive names no doer: the event stands with the victim alone
    rec = run_text("Three Iraqi civilians were killed in Baghdad on Sunday.", published="2022-04-21")
    kills = [e for e in found(rec) if e.type == "ASSAULT"]
    assert kills and not kills[0].actor and names(rec, kills[0].recipient) == ["Iraq"]


def test_an_order_is_coded_to_the_one_who_gave_it(run_text):
    rec = run_text("On March 1, Russia's Prosecutor General ordered Roskomnadzor to restrict "
                   "access to the independent outlet Dozhd TV.", published="2022-03-02")
    ev = [e for e in found(rec) if "Dozhd TV" in names(rec, e.recipient)]
    assert ev and "Roskomnadzor" not in names(rec, ev[0].actor) and ev[0].actor


@pytest.mark.parametrize("text,cameo", [
    ("Portugal will support Turkey's bid to join the bloc.", "032"),
    ("Joe Biden will meet Xi Jinping next week.", "036"),
    ("Finland will give economic aid to Tanzania.", "033"),
])
def test_future_cooperation_is_an_intention(run_text, text, cameo):
    """PLOVER: CONSULT, SUPPORT, COOPERATE and AID in the future tense are AGREE (CAMEO 03x,
    "express intent to"); the act itself is still future, so never counted as happened."""
    rec = run_text(text, published="2022-03-01")
    ev = found(rec)[0]
    assert (ev.type, ev.cameo, ev.modality) == ("AGREE", cameo, "future")
    # the same act reported as done keeps its own type
    done = run_text(text.replace("will support", "supported").replace("will meet", "met")
                    .replace("will give", "gave"), published="2022-03-01").events[0]
    assert done.type != "AGREE" and done.modality == "asserted"


def test_what_one_commits_to_doing_is_not_yet_done(run_text):
    rec = run_text("The United States and the EU committed to launching a joint task force.",
                   published="2022-03-01")
    assert [(e.type, e.cameo) for e in found(rec)] == [("AGREE", "031")]
    assert not [e for e in rec.events if e.type == "COOPERATE"]


@pytest.mark.parametrize("text,ptype", [
    ("Finland will give Tanzania a grant of 580 million shillings.", "AID"),
    ("The United States intends to obligate $713 million in military financing for Ukraine.", "AID"),
    ("The EU agreed to provide 70 million dollars of aid for Romania.", "AGREE"),
    ("France is ready to contribute 4,000 troops to a force in Liberia.", "AGREE"),
])
def test_specific_planned_aid_keeps_its_type(run_text, text, ptype):
    """Aid announced with its amount is a specific act, planned (AID, future), as the
    article gold codes announced aid; a pledge or readiness is the agreement itself."""
    rec = run_text(text, published="2022-03-01")
    ev = [e for e in found(rec) if e.type in ("AID", "AGREE")]
    assert ev and ev[0].type == ptype and all(e.type == ptype for e in ev)
    assert ev[0].modality == "future"


def test_saying_someone_committed_crimes_accuses_them(run_text):
    rec = run_text("The Canadian government assesses that members of Russia's forces have "
                   "committed war crimes in Ukraine.", published="2022-03-23")
    acc = [e for e in found(rec) if e.type == "ACCUSE"]
    assert acc and acc[0].cameo == "1124"
    assert names(rec, acc[0].actor) == ["Canada"] and names(rec, acc[0].recipient) == ["Russia"]
    # passive with a by-agent, asserted by the owner of a statement; a leader's forces
    # are the country's
    rec = run_text("Last week, Olaf Scholz echoed Emmanuel Macron's statement that war crimes "
                   "had been committed by Putin's forces in Ukraine.", published="2022-03-23")
    acc = [e for e in found(rec) if e.type == "ACCUSE"]
    assert acc and set(names(rec, acc[0].actor)) == {"Emmanuel Macron", "Olaf Scholz"}
    assert names(rec, acc[0].recipient) == ["Russia"]
    # a news report's narrator is no accuser: nothing is made up
    rec = run_text("Russian forces committed war crimes in Bucha, investigators found.",
                   published="2022-04-05")
    assert all(e.actor for e in found(rec) if e.type == "ACCUSE")


def test_a_second_mention_of_one_encounter_is_not_a_second_event(run_text):
    rec = run_text("President Joe Biden spoke with President Vladimir Putin today. President "
                   "Biden also spoke with President Putin about ransomware attacks. Russia's "
                   "invasion of Ukraine was discussed. Russia's invasion of Ukraine continues.",
                   published="2021-07-09")
    calls = [e for e in found(rec) if e.type == "CONSULT"]
    assert len(calls) == 1
    assert len([e for e in found(rec) if e.type == "ASSAULT"]) <= 1
    # two different acts on one day stay two events
    rec = run_text("Antony Blinken welcomed the UAE's support for a truce. Blinken also "
                   "commended the UAE's progress on normalization.", published="2022-03-29")
    assert len([e for e in found(rec) if e.type == "SUPPORT"]) == 2


def test_saying_you_want_to_thank_is_thanking(run_text):
    rec = run_text("I want to thank Japan for its support. We would like to congratulate "
                   "Kenya on its election. I want to visit Chile.", published="2022-05-10",
                   url="https://www.state.gov/x")
    thanks = [e for e in found(rec) if e.trigger.text in ("thank", "congratulate")]
    assert len(thanks) == 2 and all(e.modality == "asserted" for e in thanks)
    visit = [e for e in found(rec) if e.trigger.text == "visit"]
    assert all(e.modality != "asserted" for e in visit)      # a wish to act is no act


def test_condemning_an_attack_on_a_victim_does_not_condemn_the_victim(run_text):
    rec = run_text("Italy condemned the invasion of Ukraine.", published="2022-05-10")
    assert not [e for e in found(rec) if e.type == "ACCUSE" and "Ukraine" in names(rec, e.recipient)]


def test_deploying_needs_something_military(run_text):
    rec = run_text("The agency is deploying new air quality sensors in Oregon. Russia deployed "
                   "troops to the border with Ukraine.", published="2022-02-10")
    mob = [e for e in found(rec) if e.type == "MOBILIZE"]
    assert len(mob) == 1 and names(rec, mob[0].actor) == ["Russia"]


def test_bare_title_on_the_presidents_own_site_is_the_president(run_text):
    rec = run_text("President Putin was discussed. When the President met with the leaders of "
                   "Afghanistan last Friday, he reiterated our commitment.",
                   published="2021-06-28", url="https://www.whitehouse.gov/briefing-room/x")
    meet = [e for e in found(rec) if e.type == "CONSULT"]
    assert meet and names(rec, meet[0].actor) == ["Joe Biden"]


def test_spelling_out_consequences_is_a_threat(run_text):
    rec = run_text("Olaf Scholz spoke with Vladimir Putin. He underscored that further Russian "
                   "aggression against Ukraine would result in a swift and severe response. "
                   "Emmanuel Macron described the consequences if China provides weapons to "
                   "Russia. Germany warned that Iran will face severe consequences.",
                   published="2022-02-15")
    threats = {(tuple(names(rec, e.actor)), tuple(names(rec, e.recipient)))
               for e in found(rec) if e.type == "THREATEN"}
    assert threats >= {(("Olaf Scholz",), ("Russia",)), (("Emmanuel Macron",), ("China",)),
                       (("Germany",), ("Iran",))}
    # consequences already imposed are no threat
    rec = run_text("Joe Biden detailed our efforts, including by imposing costs on Russia.",
                   published="2022-03-18", url="https://www.whitehouse.gov/x")
    assert not [e for e in found(rec) if e.type == "THREATEN"]


@pytest.mark.parametrize("text,asker,asked,cameo", [
    ("Olaf Scholz underscored the importance of Iran returning to the talks.", "Olaf Scholz", "Iran", "026"),
    ("Germany stressed the importance of Russia withdrawing all its troops.", "Germany", "Russia", "025"),
    ("The ministers of Japan and India emphasized the need for Myanmar to release prisoners.", None, "Myanmar", "02"),
])
def test_stressing_that_someone_must_act_is_an_appeal(run_text, text, asker, asked, cameo):
    rec = run_text(text, published="2022-03-18")
    req = [e for e in found(rec) if e.type == "REQUEST" and asked in names(rec, e.recipient)]
    assert req and req[0].cameo.startswith(cameo)
    if asker:
        assert names(rec, req[0].actor) == [asker]


def test_groups_named_by_a_sector_take_the_country_of_the_place(run_text):
    rec = run_text("Police arrested dozens of demonstrators in Moscow on Sunday.", published="2022-03-07")
    ev = [e for e in found(rec) if e.type == "COERCE"]
    assert ev
    by = {a.id: a for a in rec.actors}
    assert [by[i].country for i in ev[0].actor] == ["RUS"]
    # without a place the group stays unnamed and no one-sided event is made
    rec = run_text("Police arrested dozens of demonstrators on Sunday.", published="2022-03-07")
    assert not [e for e in found(rec) if e.type == "COERCE"]


def test_readout_support_and_money_for_a_country(run_text):
    rec = run_text("Secretary Antony Blinken expressed the United States' unwavering support for "
                   "Ukraine's sovereignty. Prime Minister Justin Trudeau announced $50 million in "
                   "humanitarian assistance for Ukraine. Pakistan, a key U.S. ally, condemned Iran.",
                   published="2022-05-10")
    got = {(e.type, tuple(names(rec, e.actor)), tuple(names(rec, e.recipient))) for e in found(rec)}
    assert ("SUPPORT", ("Antony Blinken",), ("Ukraine",)) in got
    assert ("AID", ("Justin Trudeau",), ("Ukraine",)) in got
    assert ("ACCUSE", ("Pakistan",), ("Iran",)) in got      # the appositive adds no actor


def test_a_later_row_codes_what_the_first_cannot(run_text):
    rec = run_text("North Korea fired a ballistic missile into the sea on Wednesday. Hamas fired "
                   "rockets at Israel.", published="2022-05-10")
    got = {(e.type, e.cameo, tuple(names(rec, e.recipient))) for e in found(rec)}
    assert ("MOBILIZE", "150", ()) in got            # a launch with no target
    assert ("ASSAULT", "190", ("Israel",)) in got     # a launch at someone


def test_a_place_withdrawn_from_stands_for_its_country(run_text):
    rec = run_text("Russian forces withdrew from the city of Kherson on Friday.", published="2022-11-12")
    ret = [e for e in found(rec) if e.type == "RETREAT"]
    assert ret and names(rec, ret[0].actor) == ["Russia"] and names(rec, ret[0].recipient) == ["Ukraine"]


def test_agreeing_to_act_is_one_agreement_with_what_was_agreed(run_text):
    rec = run_text("Saudi Arabia and Iran agreed to restore diplomatic relations.", published="2023-03-10")
    agree = [e for e in found(rec) if e.type == "AGREE"]
    assert len(agree) == 1
    assert agree[0].cameo == "032" and agree[0].modality == "asserted"


def test_the_owner_of_a_deed_is_its_doer(run_text):
    rec = run_text("Olaf Scholz and Emmanuel Macron shared their admiration for the heroism "
                   "exhibited by the Ukrainian people.", published="2022-04-25")
    sup = [e for e in found(rec) if e.type == "SUPPORT"]
    assert sup and set(names(rec, sup[0].actor)) == {"Olaf Scholz", "Emmanuel Macron"}
    assert names(rec, sup[0].recipient) == ["Ukraine"]


def test_an_undated_mention_of_a_visit_takes_the_dated_one(run_text):
    rec = run_text("Japan's foreign minister Yoshimasa Hayashi is on a visit to China. Hayashi "
                   "arrived in Beijing early Sunday morning.", published="2023-04-03")
    visits = [e for e in found(rec) if e.type == "CONSULT"]
    assert len(visits) == 1
    assert visits[0].date == "2023-04-02" and not visits[0].date_from_publication


def test_demanding_that_someone_act_is_a_demand_to_them(run_text):
    rec = run_text("Kyiv demanded that Moscow return the deported children. Pakistani security "
                   "forces killed six militants in a raid.", published="2023-03-10")
    got = {(e.type, tuple(names(rec, e.actor)), tuple(names(rec, e.recipient))) for e in found(rec)}
    assert ("REQUEST", ("Ukraine",), ("Russia",)) in got
    assert ("ASSAULT", ("Pakistan",), ("militants",)) in got


@pytest.mark.parametrize("text,cameo,asker,asked", [
    ("Russia said on Tuesday that Sudan must return the captured helicopter.", "100", "Russia", "Sudan"),
    ("France said Iran should return to the negotiating table.", "020", "France", "Iran"),
    ("Russia said Sudan has to return the helicopter.", "100", "Russia", "Sudan"),
])
def test_saying_someone_must_act_demands_it(run_text, text, cameo, asker, asked):
    rec = run_text(text, published="2022-05-10")
    req = [e for e in found(rec) if e.type == "REQUEST"]
    assert req and req[0].cameo == cameo
    assert names(rec, req[0].actor) == [asker] and names(rec, req[0].recipient) == [asked]


def test_we_must_is_a_resolve_not_a_demand(run_text):
    rec = run_text("Germany said that we must do more for Ukraine.", published="2022-05-10")
    assert not [e for e in found(rec) if e.type == "REQUEST"]


def test_talks_hosted_by_a_third_party(run_text):
    rec = run_text("Norway has hosted peace talks between Colombia and the FARC.", published="2016-06-01")
    talks = [e for e in found(rec) if e.cameo == "040"]
    host = [e for e in found(rec) if e.cameo == "045"]
    assert talks and dyad(rec, talks[0]) == {"Colombia", "FARC"} and talks[0].mode == "third-party"
    assert host and names(rec, host[0].actor) == ["Norway"]
    assert set(names(rec, host[0].recipient)) == {"Colombia", "FARC"}


def test_being_responsible_for_abuses_is_an_accusation(run_text):
    rec = run_text("Russia is responsible for the devastating abuses of human rights in Ukraine. "
                   "The weather is responsible for the delays.", published="2022-03-02",
                   url="https://www.state.gov/x")
    acc = [e for e in found(rec) if e.type == "ACCUSE"]
    assert len(acc) == 1 and names(rec, acc[0].recipient) == ["Russia"]
    assert names(rec, acc[0].actor) == ["United States"]     # the publisher's own voice


def test_standing_with_partners_in_an_act_makes_them_do_it_too(run_text):
    rec = run_text("We stand with our Ukrainian partners in strongly condemning President Putin's "
                   "announcement.", published="2022-02-21", url="https://www.state.gov/x")
    acc = [e for e in found(rec) if e.type == "ACCUSE"]
    assert acc and set(names(rec, acc[0].actor)) == {"United States", "Ukraine"}


def test_being_concerned_by_what_someone_did_disapproves_of_them(run_text):
    rec = run_text("We continue to be deeply concerned by the circumstances of the death of a "
                   "journalist, who died after Israeli soldiers detained him. Germany is alarmed "
                   "by Russia's troop build-up. We are concerned about the weather.",
                   published="2022-05-16", url="https://www.state.gov/x")
    got = {(tuple(names(rec, e.actor)), tuple(names(rec, e.recipient)))
           for e in found(rec) if e.cameo == "110"}
    assert got == {(("United States",), ("Israel",)), (("Germany",), ("Russia",))}


def test_a_voiced_concern_is_about_the_state_that_follows(run_text):
    rec = run_text("We share the concerns expressed by many citizens that the new constitution "
                   "could weaken Tunisia's democracy.", published="2022-07-26",
                   url="https://www.state.gov/x")
    acc = [e for e in found(rec) if e.cameo == "110"]
    assert acc and names(rec, acc[0].recipient) == ["Tunisia"]
    # traded barbs stays between the two who traded them
    rec = run_text("Chen and Blinken traded barbs during a phone call, according to Spain's EFE "
                   "news agency.", published="2023-06-19")
    assert all("EFE" not in names(rec, e.recipient) and "Spain" not in names(rec, e.recipient)
               for e in found(rec))


def test_in_the_event_of_is_a_condition(run_text):
    rec = run_text("We have prepared contingency funds in the event of a further Russian "
                   "incursion into Ukraine.", published="2021-06-19", url="https://www.whitehouse.gov/x")
    ev = [e for e in found(rec) if e.type == "ASSAULT"]
    assert ev and ev[0].modality == "hypothetical"


@pytest.mark.parametrize("text,ptype,cameo,modality", [
    ("The United States will cut off aid to Niger unless the junta releases the president.",
     "THREATEN", "1311", "asserted"),             # conditional: a coercive warning, made now
    ("The European Union will impose new sanctions on Russia next week.",
     "SANCTION", "163", "future"),                             # a plain announcement
    ("Palestinian leaders said they would boycott all official contact with the United States.",
     "PROTEST", "14", "future"),                               # reported "would" is a past "will"
])
def test_conflict_announced_as_coming(run_text, text, ptype, cameo, modality):
    ev = run_text(text, published="1990-01-01").events[0]
    assert (ev.type, ev.modality) == (ptype, modality) and ev.cameo.startswith(cameo)


def test_a_readouts_later_discussion_is_the_same_call(run_text):
    rec = run_text("President Joe Biden spoke today with King Salman bin Abdulaziz al-Saud of "
                   "Saudi Arabia to discuss regional developments, including attacks by the "
                   "Houthis against civilian targets in Saudi Arabia. The two leaders discussed "
                   "the Middle East this month.", published="2022-02-09")
    calls = [e for e in found(rec) if e.type == "CONSULT"]
    assert len(calls) == 1 and calls[0].date == "2022-02-09"
    assert names(rec, calls[0].recipient) == ["Salman bin Abdulaziz al-Saud"]   # no one else; as spelt


def test_titles_in_a_list_and_the_purpose_of_a_meeting_are_no_events(run_text):
    rec = run_text("Today, Julie Rodriguez, White House Intergovernmental Affairs Director, and "
                   "Jennifer Klein met with Attorney General Dana Nessel of Michigan to discuss "
                   "efforts to protect reproductive rights.", published="2022-06-28")
    consult = [e for e in found(rec) if e.type == "CONSULT"]
    assert len(consult) == 1                      # "to discuss" is that meeting's purpose
    assert names(rec, consult[0].recipient) == ["Dana Nessel"]
    assert "Director" not in " ".join(names(rec, consult[0].actor))


def test_a_present_tense_saying_is_dated_now_not_by_its_complement(run_text):
    rec = run_text("We continue to be deeply concerned by the death of a journalist who was found "
                   "dead on January 12, 2022, after Israeli soldiers detained him.",
                   published="2022-02-01", url="https://www.state.gov/x")
    concern = [e for e in found(rec) if e.cameo == "110"]
    assert concern and concern[0].date == "2022-02-01"


def test_an_agentless_passive_takes_no_doer_from_the_clause_above(run_text):
    rec = run_text("Canada will not be intimidated by China after a diplomat was accused of "
                   "targeting a lawmaker's family.", published="2023-05-04")
    acc = [e for e in found(rec) if e.trigger.text == "accused"]
    assert all("Canada" not in names(rec, e.actor) for e in acc)


@pytest.mark.parametrize("text,cameo", [
    ("Syria says it will not accept any more refugees from Iraq.", "121"),
    ("Pakistan has refused to deploy peacekeepers in Iraq.", "121"),
    ("Russia refused to meet Ukraine's negotiators.", "125"),
])
def test_refusing_cooperation_is_a_rejection(run_text, text, cameo):
    rec = run_text(text, published="2003-03-01")
    assert [(e.type, e.cameo, e.negated, e.modality) for e in found(rec)] == [
        ("REJECT", cameo, False, "asserted")]


def test_cooperation_that_did_not_happen_stays_negated(run_text):
    ev = run_text("The United States did not meet Iran's delegation.", published="2003-03-01").unrealised[0]
    assert (ev.type, ev.negated) == ("CONSULT", True)


def test_the_recipient_of_a_promised_act(run_text):
    rec = run_text("British Defence Secretary Tom King has promised to continue military aid to "
                   "Mozambique.", published="1990-01-01")
    ev = [e for e in found(rec) if "Mozambique" in names(rec, e.recipient)]
    assert ev and ev[0].type == "AGREE"


def test_a_visit_to_meet_someone_is_a_visit_and_a_meeting(run_text):
    rec = run_text("Xi Jinping will travel to Moscow next week to meet Vladimir Putin.",
                   published="2023-03-14")
    assert {tuple(names(rec, e.recipient)) for e in found(rec)} == {("Russia",), ("Vladimir Putin",)}


def test_speech_rules_do_not_overreach(run_text):
    rec = run_text("The two presidents emphasize the importance of trilateral cooperation to "
                   "address common challenges. Vice President Kamala Harris is announcing that "
                   "millions of people will pay lower health-care costs. That is something we "
                   "should be concerned about, which is why the CDC guidance has changed. We "
                   "insist that the Minsk agreements need to be implemented.",
                   published="2022-05-21", url="https://www.whitehouse.gov/x")
    assert not [e for e in found(rec) if e.type in ("REQUEST", "THREATEN", "ACCUSE")]
    assert not [a for a in rec.actors if a.name == "Belarus"]      # Minsk agreements: a text


@pytest.mark.parametrize("text,kept", [
    ("Joe Biden met Olaf Scholz in Berlin.", True),
    ("Joe Biden will meet Olaf Scholz in Berlin next week.", False),    # only scheduled
    ("The United States will impose sanctions on Iran.", True),         # announced
    ("Joe Biden did not meet Olaf Scholz in Berlin.", False),
    ("The United States could impose sanctions on Iran.", False),
    ("Russia called off the talks with Ukraine.", False),
    ("Ukraine accused Russia of shelling the town of Kupiansk.", False),
])
def test_events_lists_only_what_the_text_says_took_place(run_text, text, kept):
    """``events`` holds what happened, was announced or promised; what is only supposed,
    called off, denied or alleged goes to ``unrealised``, with the same fields."""
    rec = run_text(text, published="2022-03-01")
    trig = {"met": "met", "meet": "meet", "impose": "impose", "called": "talks",
            "shelling": "shelling"}
    assert found(rec)
    if kept:
        assert rec.events and not rec.unrealised
    else:
        assert rec.unrealised
        assert all(e.negated or e.alleged or e.modality in ("hypothetical", "cancelled", "background")
                   or (e.modality, e.cameo) == ("future", "036") for e in rec.unrealised)
        assert not [e for e in rec.events if e.trigger.text in trig.values()]


def test_praise_for_an_act_takes_the_act_as_given(run_text):
    """"commended X for providing aid" says X provided it; "accused X of" does not."""
    rec = run_text("Japan commended Kenya for providing humanitarian aid to Somalia.",
                   published="2022-03-01")
    aid = [e for e in rec.events if e.type == "AID"]
    assert aid and not aid[0].alleged and names(rec, aid[0].actor) == ["Kenya"]
    rec = run_text("Japan accused Kenya of providing weapons to Somalia.", published="2022-03-01")
    assert not [e for e in rec.events if e.trigger.text == "providing"]


def test_a_common_noun_named_by_actors_stands_for_them(run_text):
    """"blocked the BBC and Deutsche Welle websites": the sites' owners are the recipients."""
    rec = run_text("Iran blocked the BBC and Deutsche Welle websites on Monday.", published="2022-03-01")
    ev = [e for e in rec.events if e.type == "SANCTION"]
    assert ev and set(names(rec, ev[0].recipient)) == {"BBC", "Deutsche Welle"}


def test_an_including_clause_is_done_by_the_efforts_owner(run_text):
    rec = run_text("Prime Minister Fumio Kishida described Japan's efforts to help, including by "
                   "sending medical supplies to Turkey.", published="2023-02-10")
    ev = [e for e in rec.events if e.type == "AID"]
    assert ev and names(rec, ev[0].actor) == ["Japan"] and names(rec, ev[0].recipient) == ["Turkey"]


def test_a_possessed_repression_noun_is_an_assault_by_its_owner(run_text):
    rec = run_text("The United States condemned the Nicaraguan government's violent suppression of "
                   "the Catholic Church.", published="2022-08-20")
    ev = [e for e in rec.events if e.cameo == "175"]
    assert ev and names(rec, ev[0].actor) == ["Nicaragua"]
    condemned = [e for e in rec.events if e.type == "ACCUSE"]     # and what is condemned is
    assert condemned and names(rec, condemned[0].recipient) == ["Nicaragua"]     # its owner


@pytest.mark.parametrize("text,event", [
    ("The United States strongly supports Mongolia's democracy.", False),
    ("France continues to oppose any change to the treaty.", False),
    ("Germany backed Ukraine's bid at the summit on Monday.", True),
])
def test_a_standing_position_is_not_an_act(run_text, text, event):
    """A stance verb in the simple present states a policy; in the past it reports an act."""
    rec = run_text(text, published="2022-03-01")
    assert bool([e for e in found(rec) if e.cameo.startswith(("05", "12"))]) == event


def test_money_set_aside_for_a_country_is_aid_and_dated_when_announced(run_text):
    """"intends to obligate $X in FMF for Ukraine": the for-phrase may hang on the in-phrase;
    a future act announced in a past clause takes that clause's date (here the lead's)."""
    rec = run_text("Antony Blinken visited Kyiv yesterday and met President Volodymyr Zelenskyy "
                   "and other senior officials of the government.\n\nBlinken informed Zelenskyy "
                   "that the United States intends to obligate $300 million in Foreign Military "
                   "Financing for Ukraine.", published="2022-04-25")
    ev = [e for e in rec.events if e.trigger.text == "obligate"]
    assert ev and names(rec, ev[0].recipient) == ["Ukraine"]
    assert ev[0].type == "AID" and ev[0].modality == "future"   # an amount: planned aid
    assert ev[0].date == "2022-04-24"


def test_a_threatened_act_gives_the_threat_its_target(run_text):
    """"X threatened to launch an offensive in its war with Y unless ...": the offensive is
    hypothetical; the threat against Y was made (THREATEN, from the act's 19x code)."""
    rec = run_text("Armenia threatened to launch a military offensive in its war with Azerbaijan "
                   "unless Baku withdrew its troops.", published="2022-09-14")
    threats = [e for e in rec.events if e.type == "THREATEN"]
    assert threats and names(rec, threats[0].actor) == ["Armenia"]
    assert names(rec, threats[0].recipient) == ["Azerbaijan"] and threats[0].cameo.startswith("138")
    assert [e for e in rec.unrealised if e.type == "ASSAULT"]


def test_a_conditional_refusal_is_a_refusal(run_text):
    rec = run_text("Jordan says it will not accept any more refugees from Syria if the war spreads.",
                   published="2013-03-01")
    assert [e for e in rec.events if e.type == "REJECT"]


def test_an_event_named_again_is_its_doers(run_text):
    """"We condemn the attacks": the attacks named again are those of the last attack's doer."""
    rec = run_text("Azerbaijani forces shelled Armenian positions near Jermuk on Tuesday. "
                   "France condemned the attacks on Wednesday.", published="2022-09-15")
    acc = [e for e in rec.events if e.type == "ACCUSE"]
    assert acc and names(rec, acc[0].recipient) == ["Azerbaijan"]
    rec = run_text("France condemned the attacks on Wednesday.", published="2022-09-15")
    assert not [e for e in found(rec) if e.type == "ACCUSE"]     # nobody to refer back to


def test_called_on_to_do_in_quotation_marks_is_an_appeal(run_text):
    rec = run_text("President Daniel Ortega called the Sandinista faithful to “defend” the revolution.",
                   published="2018-06-01")
    assert not [e for e in found(rec) if e.type == "CONSULT"]


@pytest.mark.parametrize("text,event", [
    ("Police beat protesters in Minsk on Sunday.", True),
    ("Belarus beat Latvia in the final on Sunday.", False),
])
def test_beat_is_an_assault_only_on_people(run_text, text, event):
    rec = run_text(text, published="2020-08-20")
    assert bool([e for e in rec.events if e.type == "ASSAULT"]) == event


def test_a_unit_named_by_its_acronym_acts(run_text):
    """"TDP soldiers" are the unit the text defined as (TDP)."""
    rec = run_text("We are designating the Brigada Especial (BE) of the Venezuelan army. During the "
                   "protests, BE soldiers were deployed on the streets and beat protesters.",
                   published="2019-05-01")
    ev = [e for e in rec.events if e.type == "ASSAULT"]
    assert ev and names(rec, ev[0].actor) == ["Brigada Especial"]


def test_a_joint_undertaking_launched_together_is_cooperation_among_all(run_text):
    rec = run_text("Chile, Peru and Colombia launched a joint initiative on Monday to protect the "
                   "Pacific coast.", published="2022-06-01")
    pairs = {frozenset((a, r)) for e in rec.events if e.cameo.startswith("06")
             for a in names(rec, e.actor) for r in names(rec, e.recipient)}
    assert pairs == {frozenset({"Chile", "Peru"}), frozenset({"Chile", "Colombia"}),
                     frozenset({"Peru", "Colombia"})}


def test_leaders_praising_their_joint_work_praise_each_other(run_text):
    rec = run_text("President Joe Biden spoke with President Emmanuel Macron of France on Friday. "
                   "The leaders commended the joint work of their teams on the climate accord.",
                   published="2021-07-09")
    praise = [e for e in rec.events if e.type == "SUPPORT"]
    assert praise and praise[0].reciprocal
    assert set(names(rec, praise[0].actor) + names(rec, praise[0].recipient)) == {"Joe Biden", "Emmanuel Macron"}


@pytest.mark.parametrize("text,meeting", [
    ("Foreign Minister Annalena Baerbock met Iranian counterparts in Vienna.", True),
    ("France and Germany have intensely engaged with the governments of Chad and Niger.", False),
    ("The plan is meant to meet the concerns of Iran.", False),
])
def test_engaged_with_is_no_meeting_nor_is_meeting_concerns(run_text, text, meeting):
    """Contact kept up over time ("engaged with") is no one meeting: annotators code 2 in 18."""
    rec = run_text(text, published="2022-03-01")
    assert bool([e for e in found(rec) if e.type == "CONSULT"]) == meeting


@pytest.mark.parametrize("text,side", [
    ("Kamala Harris held separate calls with European leaders on Tuesday.", None),
    ("Kamala Harris held separate calls with Polish leaders on Tuesday.", "Poland"),
])
def test_a_region_is_no_side(run_text, text, side):
    """PLOVER: regional constructs ("European leaders", "the West") get no country, and
    events with them are not coded."""
    rec = run_text(text, published="2022-03-01")
    got = [names(rec, e.recipient) for e in found(rec) if e.type == "CONSULT"]
    assert got == ([[side]] if side else [])
    assert not [a for a in rec.actors if a.name == "European"]


def test_each_saying_of_an_act_is_an_event(run_text):
    rec = run_text("We strongly condemn President Putin's decision to recognize the separatist "
                   "regions. We stand with our Ukrainian partners in condemning President Putin's "
                   "announcement. We also welcomed Germany's decision and commended Germany for it.",
                   published="2022-02-21", url="https://www.state.gov/x/")
    pairs = [(a, r) for e in rec.events if e.type == "ACCUSE"
             for a in names(rec, e.actor) for r in names(rec, e.recipient)]
    assert pairs.count(("United States", "Vladimir Putin")) == 2    # annotators code each saying
    assert ("Ukraine", "Vladimir Putin") in pairs          # the partners condemn too
    praise = [e for e in rec.events if e.type == "SUPPORT" and names(rec, e.recipient) == ["Germany"]]
    assert len(praise) == 2                                # two verbs, two acts


def test_a_counterfactual_feeling_is_no_act(run_text):
    rec = run_text("Madeleine Albright would have been outraged by the words of the Russian "
                   "Federation today.", published="2022-03-29")
    assert not [e for e in rec.events if e.type == "ACCUSE"]


TRANSCRIPT = ("FOREIGN MINISTER SIKORSKI: So Secretary Rubio, dear Marco, welcome to Warsaw. "
              "Thank you for your leadership in these difficult times.\n\n"
              "SECRETARY RUBIO: Minister Sikorski, thank you for your hospitality. And I look forward to consulting with "
              "you about the next steps.")


def test_a_speakers_greeting_and_thanks_go_to_the_one_addressed(run_text):
    rec = run_text(TRANSCRIPT, published="2025-03-01")
    by = {(e.cameo, tuple(names(rec, e.actor)), tuple(names(rec, e.recipient))) for e in rec.events}
    host = [k for k in by if k[0] == "043"]
    assert host and host[0][1][0].endswith("Sikorski") and host[0][2][0].endswith("Rubio")
    thanks = [k for k in by if k[0] == "051"]
    assert any(k[1][0].endswith("Sikorski") and k[2][0].endswith("Rubio") for k in thanks)
    # and the other way round
    assert any(k[1][0].endswith("Rubio") and k[2][0].endswith("Sikorski") for k in thanks)


@pytest.mark.parametrize("text", [
    "PRESIDENT BIDEN: Thank you, everyone. Thank you.",
    "PRESIDENT BIDEN: Folks, welcome to the White House. Thank you, Jeff, for the question.",
])
def test_formulas_address_no_one_we_code(run_text, text):
    """A bare "Thank you", "everyone", an unplaced first name or the host's own people are
    no counterpart: no event."""
    rec = run_text(text, published="2022-03-01", url="https://www.whitehouse.gov/x/")
    assert not [e for e in found(rec) if e.cameo in ("043", "051")]


def test_looking_forward_to_is_future(run_text):
    rec = run_text(TRANSCRIPT, published="2025-03-01")
    consult = [e for e in found(rec) if e.trigger.text == "consulting"]
    assert consult and consult[0].modality == "future"


@pytest.mark.parametrize("text,ptype,cameo", [
    ("Armenia says it is willing to withdraw its troops from Azerbaijan.", "AGREE", "0356"),
    ("Japan is ready to provide aid to Ukraine.", "AGREE", "033"),
    ("Iran is unwilling to meet the United States.", "REJECT", "125"),
    ("Israel will evacuate all settlements in the Gaza Strip.", "AGREE", "0356"),
])
def test_being_ready_to_act_is_an_intention(run_text, text, ptype, cameo):
    """"willing / ready / prepared to V" states an intention (AGREE, CAMEO 03x, including
    the intent to yield, 035x); "unwilling to" refuses."""
    rec = run_text(text, published="2022-03-01")
    ev = [e for e in rec.events if e.type == ptype]
    assert ev and ev[0].cameo == cameo


def test_a_need_with_no_one_named_is_asked_of_the_sentences_doer(run_text):
    rec = run_text("After Russia massed troops near the border, Secretary Blinken stressed the need "
                   "to see de-escalation.", published="2022-02-01")
    req = [e for e in rec.events if e.type == "REQUEST"]
    assert req and names(rec, req[0].recipient) == ["Russia"]
    rec = run_text("Secretary Blinken stressed the need to see de-escalation.", published="2022-02-01")
    assert not [e for e in rec.events if e.type == "REQUEST"]


def test_welcoming_a_decision_praises_the_body_that_took_it(run_text):
    rec = run_text("Canada welcomes the adoption of a resolution at the African Union on the "
                   "crisis in Sudan.", published="2023-05-01")
    ev = [e for e in rec.events if e.type == "SUPPORT"]
    assert ev and names(rec, ev[0].recipient) == ["African Union"]


@pytest.mark.parametrize("text", [
    "Russia launched a war against Ukraine on February 24.",
    "Ethiopia waged war on Eritrea in May 1998.",
])
def test_war_made_on_someone_and_a_date_is_no_side(run_text, text):
    """A date in the recipient's preposition ("on February 24") is skipped for the side."""
    rec = run_text(text, published="2022-06-02")
    ev = [e for e in rec.events if e.type == "ASSAULT"]
    assert ev and len(ev[0].recipient) == 1 and names(rec, ev[0].recipient)[0] in ("Ukraine", "Eritrea")


def test_discussing_conversations_with_others_is_no_meeting_with_them(run_text):
    """"The leaders discussed their respective conversations with Putin and Zelenskyy": the
    with-phrase belongs to the conversations; neither the discussion nor Putin-Zelenskyy
    is an encounter between those named."""
    rec = run_text("President Joe Biden spoke today with Chancellor Olaf Scholz of Germany. The "
                   "leaders discussed their respective conversations with President Putin and "
                   "President Zelenskyy.", published="2022-02-16")
    pairs = {frozenset((a, r)) for e in found(rec) if e.type == "CONSULT"
             for a in names(rec, e.actor) for r in names(rec, e.recipient)}
    assert pairs == {frozenset({"Joe Biden", "Olaf Scholz"})}
    # a light verb's own event noun keeps its with-phrase
    rec = run_text("Serbia lodged an official protest with Albania on Monday.", published="2022-02-16")
    assert [e for e in rec.events if names(rec, e.recipient) == ["Albania"]]


def test_what_is_discussed_is_a_topic_not_a_side(run_text):
    rec = run_text("The task force met to discuss delivering on President Biden's climate agenda.",
                   published="2021-08-11")
    assert not [e for e in found(rec) if e.type == "CONSULT" and "Joe Biden" in names(rec, e.recipient)]
    rec = run_text("The European Union agreed to lift sanctions on Moldova.",
                   published="2022-03-01")
    assert [e for e in found(rec) if names(rec, e.recipient) == ["Moldova"]]


def test_the_first_slot_that_holds_an_actor_wins(run_text):
    """A row's slots are tried in order until one holds an actor: "provided 70 million
    euros of aid for Moldova" (to|dobj|for) is for Moldova, not the euros."""
    rec = run_text("The European Union provided 70 million euros of aid for Moldova on Monday.",
                   published="2022-03-01")
    ev = [e for e in rec.events if e.type == "AID"]
    assert ev and names(rec, ev[0].recipient) == ["Moldova"]


def test_spoke_to_is_a_call_and_benefits_are_no_visitors(run_text):
    rec = run_text("President Joe Biden spoke to Chancellor Olaf Scholz today.", published="2022-02-16")
    assert [e for e in rec.events if e.cameo == "041" and names(rec, e.recipient) == ["Olaf Scholz"]]
    rec = run_text("Puerto Rico residents should be able to receive SSI benefits.", published="2021-06-07")
    assert not [e for e in found(rec) if e.type == "CONSULT"]


@pytest.mark.parametrize("text,praised", [
    ("“Ghana is a steadfast partner in West Africa,” said Ambassador Virginia Palmer.", ["Ghana"]),
    ("“Ghana is not a reliable partner,” said Ambassador Virginia Palmer.", []),
    ("“Ghana is a country in West Africa,” said Ambassador Virginia Palmer.", []),
])
def test_calling_a_state_a_good_partner_praises_it(run_text, text, praised):
    rec = run_text(text, published="2022-06-27")
    got = [names(rec, e.recipient) for e in rec.events if e.type == "SUPPORT"]
    assert got == ([praised] if praised else [])


@pytest.mark.parametrize("text,praised", [
    ("“Italy is a strong trade partner of China,” said Foreign Minister Luigi Di Maio.", []),
    ("“Italy and the United States are great friends,” said Foreign Minister Luigi Di Maio.",
     ["United States"]),
])
def test_describing_a_partnership_or_oneself_is_no_praise(run_text, text, praised):
    rec = run_text(text, published="2022-06-27")
    got = [r for e in rec.events if e.type == "SUPPORT" for r in names(rec, e.recipient)]
    assert got == praised


@pytest.mark.parametrize("text,event", [
    ("SECRETARY BLINKEN: Minister Kuleba, thank you for your leadership.", True),
    ("SECRETARY BLINKEN: Minister Kuleba, thank you for being here today.", False),
    ("SECRETARY BLINKEN: Minister Kuleba, thank you for joining us.", False),
])
def test_thanks_for_coming_are_a_courtesy(run_text, text, event):
    rec = run_text(text, published="2022-03-01")
    assert bool([e for e in rec.events if e.type == "SUPPORT"]) == event



def test_people_tied_to_an_actor_stand_for_it_and_an_office_is_its_owners(run_text):
    """"OFAC designated 14 individuals tied to the Iranian regime": a sanction on Iran, by
    an office of the Treasury (American)."""
    rec = run_text("The Department of the Treasury’s Office of Foreign Assets Control (OFAC) "
                   "designated 14 individuals linked to the Syrian regime.", published="2022-03-01")
    ev = [e for e in rec.events if e.type == "SANCTION"]
    assert ev and names(rec, ev[0].recipient) == ["Syria"]
    ofac = [a for a in rec.actors if a.name == "Office of Foreign Assets Control"]
    assert ofac and ofac[0].country == "USA"


def test_a_joint_statements_we_is_all_its_authors(run_text):
    text = "We condemn North Korea's ballistic missile launches. We urge North Korea to return to dialogue."
    rec = run_text(text, published="2022-05-23", url="https://www.state.gov/joint-statement/",
                   title="Joint Statement by the United States and Japan on North Korea")
    acc = [e for e in rec.events if e.type == "ACCUSE"]
    assert acc and set(names(rec, acc[0].actor)) == {"United States", "Japan"}
    rec = run_text(text, published="2022-05-23", url="https://www.state.gov/statement/",
                   title="Statement on North Korea")
    acc = [e for e in rec.events if e.type == "ACCUSE"]
    assert acc and names(rec, acc[0].actor) == ["United States"]     # the publisher alone


@pytest.mark.parametrize("text,actors", [
    ("Secretary Antony Blinken underscored the U.S. readiness to impose severe costs on Russia, "
     "should it pursue further aggression against Ukraine.", {"Antony Blinken"}),
    ("President Joe Biden spoke today with Prime Minister Mario Draghi of Italy. They reaffirmed "
     "their readiness to impose severe economic costs on Russia if it invades Ukraine.",
     {"Joe Biden", "Mario Draghi"}),
])
def test_readiness_to_punish_is_a_threat(run_text, text, actors):
    """"readiness to impose costs on X" threatens X (13x); "should it pursue" is an inverted
    condition, not an obligation put to X; "they" after a call are its two sides."""
    rec = run_text(text, published="2022-02-17")
    threats = [e for e in rec.events if e.type == "THREATEN"]
    assert threats and set(names(rec, threats[0].actor)) == actors
    assert names(rec, threats[0].recipient) == ["Russia"]
    assert not [e for e in rec.events if e.type == "REQUEST"]


def test_a_hosts_purpose_is_the_same_meeting(run_text):
    rec = run_text("Today, Olaf Scholz and Emmanuel Macron hosted a discussion with Ukrainian "
                   "officials to discuss reconstruction.", published="2022-04-19")
    assert not [e for e in rec.events if e.trigger.text == "discuss"]


def test_a_list_of_leaders_met_is_every_one_of_them(run_text):
    """"met with A of Estonia, B of Latvia, and C of Lithuania": the parser may hang B and C
    on the verb; they are still the ones met."""
    rec = run_text("President Joe Biden met today with Prime Minister Kaja Kallas of Estonia, "
                   "President Egils Levits of Latvia, and President Gitanas Nauseda of Lithuania "
                   "in Brussels.", published="2021-06-14")
    met = {r for e in rec.events if e.type == "CONSULT" for r in names(rec, e.recipient)}
    assert {"Kaja Kallas", "Egils Levits", "Gitanas Nauseda"} <= met


def test_a_region_named_as_a_place_is_no_side(run_text):
    rec = run_text("The United States invited participation from additional Indo-Pacific partners "
                   "and the Sahel.", published="2022-05-23")
    assert not [a for a in rec.actors if a.country in ("IND", None) and a.kind != "person"]


def test_on_the_part_of_names_who_did_the_act_condemned(run_text):
    rec = run_text("The United States condemns this harassment and intimidation on the part of "
                   "Sudan's military authorities.", published="2022-02-10")
    ev = [e for e in rec.events if e.type == "ACCUSE"]
    assert ev and names(rec, ev[0].recipient) == ["Sudanese military authorities"]


def test_reminding_someone_of_their_obligations_is_an_appeal(run_text):
    rec = run_text("Canada reminded Sudan's military authorities of their obligations to respect "
                   "human rights.", published="2022-02-10")
    ev = [e for e in rec.events if e.type == "REQUEST"]
    assert ev and names(rec, ev[0].actor) == ["Canada"] \
        and names(rec, ev[0].recipient) == ["Sudanese military authorities"]
    # a reminder of something else is no appeal
    assert not run_text("Canada reminded Sudan of the weather.", published="2022-02-10").events


def test_a_call_for_something_is_never_a_phone_call(run_text):
    """"We call for an end to such practices": the call-for rows find no other side; the
    plain 'call' (phone, 041) row below them is another sense and is not tried."""
    rec = run_text("Norway and Canada call for an immediate end to such practices.",
                   published="2022-02-10")
    assert not [e for e in found(rec) if e.cameo == "041"]


def test_a_statements_lead_names_who_we_are(run_text):
    """A statement no person signs, whose lead has several states and bodies as its
    subject: its "we" is all of them."""
    text = ("The Troika (Norway, the United Kingdom, and the United States of America), Canada, "
            "and the European Union are alarmed by the arrests of political figures. "
            "We condemn this harassment on the part of Sudan's military authorities.")
    rec = run_text(text, published="2022-02-10", title="Troika Statement on Detentions in Sudan")
    ev = [e for e in rec.events if e.type == "ACCUSE"]
    assert ev and set(names(rec, ev[0].actor)) == {
        "Norway", "United Kingdom", "United States", "Canada", "European Union"}
    # signed by a person: "we" is not the lead's subject
    rec = run_text(text, published="2022-02-10", title="Statement by Secretary Blinken on Sudan")
    ev = [e for e in rec.events if e.type == "ACCUSE"]
    assert not ev or len(ev[0].actor) == 1


def test_a_readouts_participants_each_took_part_in_the_call(run_text):
    rec = run_text("President Joseph R. Biden spoke today with Transatlantic leaders about "
                   "Ukraine.\n\nParticipants in the call included Prime Minister Justin Trudeau "
                   "of Canada, European Commission President Ursula von der Leyen, and Prime "
                   "Minister Boris Johnson of the United Kingdom.", published="2022-02-18")
    calls = [e for e in rec.events if e.cameo == "041"]
    assert calls and names(rec, calls[0].actor) == ["Joe Biden"]
    assert set(names(rec, [r for e in calls for r in e.recipient])) == {
        "Justin Trudeau", "Ursula von der Leyen", "Boris Johnson"}


def test_a_statement_by_a_bodys_ministers_of_listed_states_is_each_states(run_text):
    """"We, the G7 Foreign Ministers of Canada, France, ...": each listed state speaks (the
    dev README splits multi-party events into dyads); a weapon defined with an acronym is no
    actor, and the test it names was the DPRK's."""
    text = ("We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United "
            "Kingdom, and the United States of America, condemn in the strongest terms the test "
            "of yet another Intercontinental Ballistic Missile (ICBM) conducted on May 25, 2022, "
            "by the Democratic People’s Republic of Korea (DPRK).\n\nWe also call on all States "
            "to fully implement all relevant Security Council resolutions.")
    rec = run_text(text, published="2022-05-30",
                   title="G7 Foreign Ministers’ Statement on the Launch of an ICBM by the DPRK")
    assert not [a for a in rec.actors if "Missile" in a.name]
    ev = [e for e in rec.events if e.type == "ACCUSE"]
    assert ev and names(rec, ev[0].actor) == ["Canada", "France", "Germany", "Italy", "Japan",
                                              "United Kingdom", "United States"]
    assert names(rec, ev[0].recipient) == ["North Korea"]
    # "all States" are not the United States
    assert not [e for e in rec.events if "United States" in names(rec, e.recipient)]


def test_what_the_urged_are_to_join_in_is_not_done(run_text):
    rec = run_text("Japan urged all UN Member States to join it in condemning North Korea.",
                   published="2022-05-30")
    acc = [e for e in found(rec) if e.type == "ACCUSE"]
    assert acc and all(e.modality == "hypothetical" for e in acc) and not \
        [e for e in rec.events if e.type == "ACCUSE"]


def test_officials_efforts_to_give_aid_are_their_governments(run_text):
    rec = run_text("National Security Advisor Jake Sullivan met today with Simon Coveney, Minister "
                   "for Foreign Affairs of Ireland. They reviewed their efforts to provide "
                   "humanitarian assistance to Ukraine.", published="2022-04-28")
    aid = [e for e in rec.events if e.type == "AID"]
    assert aid and set(names(rec, aid[0].actor)) == {"United States", "Ireland"}


@pytest.mark.parametrize("text,attack", [
    ("China's attacks on freedom of the press continued in Hong Kong.", False),
    ("Russia's brutal attack against Ukraine's sovereignty continued.", True),
])
def test_force_is_used_on_people_and_states_not_on_ideas(run_text, text, attack):
    rec = run_text(text, published="2022-02-08")
    assert bool([e for e in found(rec) if e.type == "ASSAULT"]) == attack


def test_an_instruction_inside_one_government_is_no_request(run_text):
    rec = run_text("President Biden asked Secretary Blinken to go to the United Nations. "
                   "President Biden asked Russia to withdraw its forces.", published="2022-02-18")
    req = [e for e in found(rec) if e.type == "REQUEST"]
    assert [names(rec, e.recipient) for e in req] == [["Russia"]]


def test_a_transcripts_title_states_the_meeting_its_remarks_open(run_text):
    text = ("Washington, D.C.\n\nSECRETARY BLINKEN: Well, good afternoon, everyone. It’s a great "
            "pleasure to have my colleague and friend Foreign Minister Linde here in Washington.\n\n"
            "FOREIGN MINISTER LINDE: Thank you so much, Tony, for the warm welcome to Washington.")
    rec = run_text(text, published="2022-05-04", url="https://www.state.gov/x",
                   title="Secretary Antony J. Blinken and Swedish Foreign Minister Ann Linde "
                         "Before Their Meeting")
    meets = [e for e in rec.events if e.type == "CONSULT"]
    assert meets and {names(rec, meets[0].actor)[0], names(rec, meets[0].recipient)[0]} == {
        "Antony Blinken", "Ann Linde"}
    assert meets[0].date == "2022-05-04" and meets[0].place_country == "USA"
    # "Tony" is the Secretary's short name, not another person
    assert [a.name for a in rec.actors if a.kind == "person"].count("Tony") == 0


def test_a_titles_name_is_found_in_the_body_whatever_its_accents(run_text):
    text = ("Washington, D.C.\n\nSECRETARY BLINKEN: Good afternoon, everyone. It’s a great "
            "pleasure to receive my colleague, the foreign minister of Angola, here at the State "
            "Department.\n\nFOREIGN MINISTER ANTONIO: (Via interpreter) Thank you very much.")
    rec = run_text(text, published="2022-05-26", url="https://www.state.gov/x",
                   title="Secretary Antony J. Blinken and Angolan Foreign Minister Tete António "
                         "Before Their Meeting")
    meets = [e for e in rec.events if e.type == "CONSULT"]
    assert meets and names(rec, meets[0].recipient)[0].startswith("Téte Ant")


@pytest.mark.parametrize("text", [
    "Secretary Blinken called for an end to Russia’s aggression against Ukraine.",
    "The United States calls for an immediate end to the Russian aggression.",
    "Secretary Blinken called for Russia’s withdrawal from Ukraine.",
])
def test_an_appeal_to_stop_an_act_is_made_to_its_doer(run_text, text):
    rec = run_text(text, published="2022-06-01")
    req = [e for e in found(rec) if e.type == "REQUEST"]
    assert req and names(rec, req[0].recipient) == ["Russia"]


def test_a_visit_with_someone_is_a_meeting(run_text):
    rec = run_text("In her visit with UAE President Sheikh Mohammed bin Zayed Al Nahyan, Vice "
                   "President Harris conveyed condolences. Secretary Blinken visited with President "
                   "Zelenskyy in Kyiv.", published="2022-05-16")
    met = [(names(rec, e.actor), names(rec, e.recipient), e.cameo) for e in found(rec)
           if e.type == "CONSULT"]
    assert (["Kamala Harris"], ["Mohammed bin Zayed Al Nahyan"], "040") in met
    assert (["Antony Blinken"], ["Volodymyr Zelenskyy"], "040") in met


def test_a_family_named_after_a_person_is_an_actor_of_its_own(run_text):
    rec = run_text("Today the President and I met with the family of Mr. George Floyd. "
                   "Earlier, National Security Advisor Jake Sullivan met with the Reed family. "
                   "Paula Reed thanked him.", published="2021-05-25",
                   url="https://www.whitehouse.gov/x",
                   title="Statement by Vice President Kamala Harris on Meeting with the Family")
    met = {(a, r) for e in rec.events if e.type == "CONSULT"
           for a in names(rec, e.actor) for r in names(rec, e.recipient)}
    assert ("Kamala Harris", "Floyd family") in met and ("Jake Sullivan", "Reed family") in met
    assert not any(r in ("George Floyd", "Paula Reed") for _, r in met)


def test_whom_attacks_hit_may_be_said_in_a_relative_clause(run_text):
    rec = run_text("Joe Biden spoke with Vladimir Putin about the ongoing ransomware attacks by "
                   "criminals based in Russia that have impacted the United States.",
                   published="2021-07-09")
    att = [e for e in rec.events if e.type == "ASSAULT"]
    assert att and names(rec, att[0].recipient) == ["United States"]
    assert {a.country for a in rec.actors if a.id in att[0].actor} == {"RUS"}


def test_our_support_including_assistance_is_our_governments_aid(run_text):
    rec = run_text("Vice President Kamala Harris also reiterated our ongoing support for the people "
                   "of Ukraine, including through economic, security, and humanitarian assistance.",
                   published="2022-02-24", url="https://www.whitehouse.gov/x")
    aid = [e for e in rec.events if e.type == "AID"]
    assert aid and names(rec, aid[0].actor) == ["United States"]
    assert names(rec, aid[0].recipient) == ["Ukraine"]


def test_a_reporters_question_asserts_no_event(run_text):
    text = ("QUESTION: Vladimir Putin met Emmanuel Macron yesterday. Did they agree?\n\n"
            "SECRETARY BLINKEN: Joe Biden met Emmanuel Macron on Monday.")
    rec = run_text(text, published="2022-02-09", url="https://www.state.gov/x")
    who = [names(rec, e.actor + e.recipient) for e in rec.events]
    assert who and all("Vladimir Putin" not in w for w in who)


def test_a_role_with_a_country_is_not_a_name_of_another(run_text):
    rec = run_text("Prime Minister Abiy spoke in Addis Ababa. My sources tell me that the Iraqi "
                   "prime minister is visiting Washington at the end of this month.",
                   published="2021-07-10")
    assert not [e for e in found(rec) if "Abiy" in names(rec, e.actor)]


def test_diseases_are_no_actors(run_text):
    rec = run_text("More than 660 National Guard members have supported the COVID-19 response.",
                   published="2022-01-10")
    assert not [a for a in rec.actors if "COVID" in a.name]


@pytest.mark.parametrize("text,kept,ptype", [
    ("NATO confirmed on Wednesday it would tighten the naval blockade of Serbia.", True, "THREATEN"),
    ("We believe the Russian forces intend to attack Ukraine in the coming week.", False, "ASSAULT"),
])
def test_force_to_come_is_a_threat_only_when_its_user_announces_it(run_text, text, kept, ptype):
    rec = run_text(text, published="2022-02-20")
    ev = [e for e in found(rec) if e.type == ptype]
    assert ev and bool([e for e in rec.events if e.type == ptype]) == kept


def test_travel_at_home_is_no_visit_and_callers_do_not_call_each_other(run_text):
    rec = run_text("President Joe Biden arrived in Pittsburgh a little early. Secretary Antony "
                   "Blinken and National Security Advisor Jake Sullivan have also called her.",
                   published="2022-01-28")
    assert not [e for e in found(rec) if e.type == "CONSULT"]


def test_gratitude_to_someone_praises_them(run_text):
    rec = run_text("SECRETARY BLINKEN: I’m grateful to Ann Linde and to Sweden for its leadership "
                   "last year of the OSCE. We are grateful for this partnership.",
                   published="2022-05-04", url="https://www.state.gov/x")
    praise = [e for e in rec.events if e.type == "SUPPORT"]
    assert len(praise) == 1 and names(rec, praise[0].actor) == ["Antony Blinken"]
    assert set(names(rec, praise[0].recipient)) == {"Ann Linde", "Sweden"}


def test_severe_costs_for_someone_are_a_threat_and_a_decision_by_a_leadership_is_its_states(run_text):
    rec = run_text("Vice President Kamala Harris noted there must be severe costs for Russia’s "
                   "actions. She said health-care costs for families will rise. President Biden "
                   "commends the historic decision by the leadership of Saudi Arabia to open its "
                   "airspace.", published="2022-04-15")
    thr = [e for e in rec.events if e.type == "THREATEN"]
    assert len(thr) == 1 and names(rec, thr[0].recipient) == ["Russia"]
    praise = [e for e in rec.events if e.type == "SUPPORT"]
    assert praise and names(rec, praise[0].recipient) == ["Saudi Arabia"]


def test_our_donation_provided_to_a_country_is_our_aid(run_text):
    rec = run_text("The Vice President discussed our donation of nearly 4.9 million vaccine doses "
                   "provided to Tanzania.", published="2022-04-15", url="https://www.whitehouse.gov/x")
    aid = [e for e in rec.events if e.type == "AID"]
    assert aid and names(rec, aid[0].actor) == ["United States"]
    assert names(rec, aid[0].recipient) == ["Tanzania"]


def test_a_present_tense_act_timed_ahead_by_its_own_words_is_still_to_come(run_text):
    rec = run_text("Secretary Blinken meets Foreign Minister Lavrov tomorrow in Geneva. Secretary "
                   "Blinken is meeting Foreign Minister Wang next week.", published="2022-03-25")
    assert not [e for e in rec.events if e.type == "CONSULT"], [e.type for e in rec.events]
    ahead = sorted(e.date for e in rec.unrealised if e.modality == "future")
    assert ahead and ahead[0] == "2022-03-26", [(e.date, e.modality) for e in rec.unrealised]
    # a bare weekday in the present tense may be a headline's past: left as it was
    rec = run_text("Secretary Blinken meets Foreign Minister Lavrov on Monday.", published="2022-03-25")
    assert [e.date for e in rec.events if e.type == "CONSULT"] == ["2022-03-21"]


def test_two_states_convening_their_own_bodys_meeting_meet_each_other(run_text):
    rec = run_text("On June 2, the United States of America and India virtually convened the second "
                   "meeting of the Counternarcotics Working Group.", published="2021-06-03")
    pairs = [(names(rec, e.actor), names(rec, e.recipient)) for e in rec.events if e.type == "CONSULT"]
    assert pairs == [(["United States"], ["India"])], pairs


def test_a_background_attack_still_names_the_attacker_for_what_follows(run_text):
    rec = run_text("NATO ministers will coordinate our response to the brutal Russian invasion of "
                   "Ukraine. Secretary General Jens Stoltenberg condemned the attacks on civilians.",
                   published="2022-03-04")
    bg = [e for e in rec.unrealised if e.modality == "background"]
    assert bg and names(rec, bg[0].actor) == ["Russia"] and not [e for e in rec.events if e.type == "ASSAULT"]
    acc = [e for e in rec.events if e.type == "ACCUSE"]
    assert acc and names(rec, acc[0].recipient) == ["Russia"]


def test_a_joint_statement_signed_by_people_of_two_states_speaks_as_them(run_text):
    title = ("Joint Statement by President Joseph R. Biden Jr. of the United States and President "
             "Iván Duque Márquez of the Republic of Colombia")
    rec = run_text("We met today to commemorate 200 years of diplomatic relations. We agreed to work "
                   "on a new framework for migration.", published="2022-03-10",
                   url="https://www.whitehouse.gov/x", title=title)
    sides = {(names(rec, e.actor)[0], names(rec, e.recipient)[0]) for e in rec.events if e.actor and e.recipient}
    assert ("Joe Biden", "Iván Duque") in sides
    # two signers of one state speak for it
    rec = run_text("We commend the UK’s actions today against four corrupt individuals.",
                   published="2022-03-10", url="https://www.state.gov/x",
                   title="Joint Statement by Secretary of State Antony J. Blinken and Treasury "
                         "Secretary Janet L. Yellen Commending the United Kingdom’s Sanctions")
    assert [names(rec, e.actor) for e in rec.events] == [["United States"]]


def test_designating_a_state_an_ally_is_cooperation_not_a_sanction(run_text):
    rec = run_text("The United States intends to designate Colombia as a Major Non-NATO Ally. The "
                   "United States designated the Wagner Group as a Transnational Criminal "
                   "Organization.", published="2022-03-10")
    codes = {names(rec, e.recipient)[0]: e.type for e in rec.events}
    assert codes == {"Colombia": "AGREE", "Wagner Group": "SANCTION"}


def test_a_dollar_sum_the_parser_splits_is_still_money(run_text):
    rec = run_text("The United States provided $500,000 to ASEAN.", published="2021-08-03")
    aid = [e for e in rec.events if e.type == "AID"]
    assert aid and names(rec, aid[0].recipient) == ["ASEAN"]


def test_an_attacks_target_may_hang_on_the_participle_that_carries_it(run_text):
    rec = run_text("Secretary Blinken condemned the Houthi attacks launched against Saudi Arabia’s "
                   "civil infrastructure earlier today.", published="2022-03-25")
    att = [e for e in rec.events if e.type == "ASSAULT"]
    assert att and names(rec, att[0].actor) == ["Houthis"] and names(rec, att[0].recipient) == ["Saudi Arabia"]


def test_leading_a_delegation_somewhere_is_a_visit(run_text):
    rec = run_text("Deputy Secretary of State Wendy Sherman led a delegation to Phnom Penh on Tuesday, "
                   "June 1.", published="2021-06-02")
    v = [e for e in rec.events if e.mode == "visit"]
    assert v and names(rec, v[0].recipient) == ["Cambodia"] and v[0].date == "2021-06-01"
