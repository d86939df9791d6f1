"""The predicate lexicon (data/predicates.tsv): the file is well formed, every row can be
reached, and short sentences of each kind are coded to the expected PLOVER type and
CAMEO code through the whole pipeline."""
from importlib import resources

import pytest

from rapport.events import coding

COLUMNS = ["lemma", "pos", "prep", "object", "cameo", "mode", "recipient", "reciprocal"]
CONSULT_MODES = {"phone", "visit", "multilateral", "third-party"}
SLOTS = {"dobj", "dative", "place", "condition"}
PREPOSITIONS = {"with", "to", "against", "on", "upon", "from", "for", "between", "of", "in",
                "into", "at", "about", "over", "behind", "by", "near", "along", "toward",
                "towards", "out", "among", "regarding"}


def _rows():
    text = resources.files("rapport.data").joinpath("predicates.tsv").read_text(encoding="utf-8")
    header, rows = None, []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        rows.append((n, cells))
    return header, rows


HEADER, ROWS = _rows()


def _objects(cell):
    return set() if cell == "-" else set(cell.split("|"))


def test_header():
    assert HEADER == COLUMNS


def test_enough_rows():
    assert len(ROWS) >= 500


def _row_problems(cells):
    if len(cells) != 8:
        return [f"{len(cells)} columns"]
    lemma, pos, prep, obj, cameo, mode, recipient, reciprocal = cells
    bad = []
    if not lemma or lemma != lemma.lower() or " " in lemma:
        bad.append(f"lemma {lemma!r}")
    if pos not in ("VERB", "NOUN"):
        bad.append(f"pos {pos!r}")
    if not (prep == "-" or (prep.isalpha() and prep == prep.lower())):   # one word, no |-list
        bad.append(f"prep {prep!r}")
    # spaCy splits hyphenated words, so an object with a hyphen or space never matches
    if not all(o and "-" not in o and " " not in o for o in _objects(obj)):
        bad.append(f"object {obj!r}")
    if not (cameo == "-" or cameo in coding.codes()):
        bad.append(f"cameo {cameo!r} not in cameo.tsv")
    if reciprocal not in ("yes", "no"):
        bad.append(f"reciprocal {reciprocal!r}")
    if not (mode == "-" or (mode in CONSULT_MODES and cameo.startswith("04"))):
        bad.append(f"mode {mode!r}")
    if recipient != "-":
        for slot in recipient.split("|"):
            if not (slot.split(":")[-1] in SLOTS | PREPOSITIONS):
                bad.append(f"recipient slot {slot!r}")
    if cameo == "-" and (mode, recipient, reciprocal) != ("-", "-", "no"):
        bad.append("a stop row ('-') takes no mode, recipient or reciprocal")
    return bad


def test_rows_are_well_formed():
    problems = {n: p for n, cells in ROWS if (p := _row_problems(cells))}
    assert not problems, problems


def test_no_duplicate_frames():
    seen = {}
    for n, cells in ROWS:
        key = tuple(cells[:4])
        assert key not in seen, f"line {n} repeats line {seen[key]}: {key}"
        seen[key] = n


def test_no_row_is_shadowed():
    """Rows are tried in file order: a row is dead if an earlier row of the same lemma
    matches every token it could match (same or no preposition, and no object filter or
    a filter that covers all of its objects) and finds its recipient wherever the later
    one would (a later row is the fallback when the earlier one finds no recipient:
    "fired a missile at X" 190, else "fired a missile" 150). A '-' row stops the search,
    so it shadows whatever it covers."""
    by_lemma = {}
    for n, cells in ROWS:
        by_lemma.setdefault((cells[0], cells[1]), []).append((n, cells))
    dead = []
    for rows in by_lemma.values():
        for i, (n2, later) in enumerate(rows):
            o2 = _objects(later[3])
            for n1, earlier in rows[:i]:
                o1 = _objects(earlier[3])
                same_prep = earlier[2] == "-" or earlier[2] == later[2]
                slots1 = set(earlier[6].split("|")) - {"-"}
                slots2 = set(later[6].split("|")) - {"-"}
                fallback = earlier[4] != "-" and not slots2 <= slots1 if slots1 else False
                fallback = fallback or (earlier[4] != "-" and slots1 and not slots2)
                if same_prep and (not o1 or (o2 and o2 <= o1)) and not fallback:
                    dead.append((n2, n1))
    assert not dead, f"(dead line, shadowed by line): {dead}"


def test_every_cameo_root_is_covered():
    roots = {cells[4][:2] for _, cells in ROWS if cells[4] != "-"}
    assert roots >= {f"{r:02d}" for r in range(1, 21)}


# ---------------------------------------------------------------- through the pipeline

# (sentence, PLOVER type or None for CAMEO 01, CAMEO code prefix, actor, recipient)
CASES = [
    ("Germany expressed condolences to Turkey after the earthquake.", None, "018", "Germany", "Turkey"),
    ("Pakistan called on India to show restraint.", "REQUEST", "02", "Pakistan", "India"),
    ("Japan pledged $500 million in aid to Ukraine.", "AGREE", "033", "Japan", "Ukraine"),
    ("Brazil invited Argentina to the summit.", "AGREE", "036", "Brazil", "Argentina"),
    ("Emmanuel Macron telephoned Vladimir Putin on Friday.", "CONSULT", "041", "Emmanuel Macron", "Vladimir Putin"),
    ("Pakistan called India on Tuesday.", "CONSULT", "041", "Pakistan", "India"),
    ("Egypt brokered a ceasefire between Israel and Hamas.", "CONSULT", "045", "Egypt", "Israel"),
    ("Kenya apologized to Uganda for the incident.", "SUPPORT", "055", "Kenya", "Uganda"),
    ("Spain and Morocco restored diplomatic relations.", "SUPPORT", "054", "Spain", "Morocco"),
    ("Moldova struck a deal with Romania.", "SUPPORT", "057", "Moldova", "Romania"),
    ("Germany delivered tanks to Ukraine.", "AID", "072", "Germany", "Ukraine"),
    ("Iraq and Iran exchanged prisoners.", "RETREAT", "084", "Iraq", "Iran"),
    ("The European Union lifted sanctions on Belarus.", "RETREAT", "085", "European Union", "Belarus"),
    ("China demanded the release of Japanese fishermen.", "REQUEST", "105", "China", "Japan"),
    ("Japan lodged a protest with China over the incursion.", "ACCUSE", "114", "Japan", "China"),
    ("Poland strongly criticised Hungary on Monday.", "ACCUSE", "111", "Poland", "Hungary"),
    ("Hungary vetoed the EU statement.", "REJECT", "129", "Hungary", None),
    ("North Korea threatened South Korea with nuclear strikes.", "THREATEN", "138", "North Korea", "South Korea"),
    ("Russia massed troops on the border with Ukraine.", "MOBILIZE", "154", "Russia", None),
    ("Chad cut diplomatic ties with Israel.", "SANCTION", "161", "Chad", "Israel"),
    ("The United States expelled two Russian diplomats.", "SANCTION", "166", "United States", None),
    ("Venezuela froze the assets of ExxonMobil.", "SANCTION", "163", "Venezuela", "ExxonMobil"),
    ("Israel demolished Palestinian homes in the West Bank.", "COERCE", "171", "Israel", None),
    ("Russia annexed Crimea in 2014.", "COERCE", "192", "Russia", None),
    ("Russian forces shelled Kharkiv overnight.", "ASSAULT", "194", "Russia", None),
    ("Hamas staged an attack on Israel.", "ASSAULT", "190", "Hamas", "Israel"),   # 'staged' -> lemma 'stag'
    ("Azerbaijan violated the ceasefire with Armenia.", "ASSAULT", "196", "Azerbaijan", None),
    # talks resumed or opened, sitting down with someone, mediation launched
    ("Canada and India resumed trade negotiations.", "CONSULT", "046", "Canada", "India"),
    ("Blinken sat down with Wang Yi in Beijing.", "CONSULT", "040", "Antony Blinken", "Wang Yi"),
    ("Israel launched mediation between Armenia and Azerbaijan.", "CONSULT", "045", "Israel", "Armenia"),
    ("Saudi Arabia opened an embassy in Syria.", "SUPPORT", "054", "Saudi Arabia", "Syria"),
    # intelligence and evidence shared or provided
    ("Israel shared evidence with Jordan.", "COOPERATE", "064", "Israel", "Jordan"),
    ("The United States provided intelligence to Ukraine.", "COOPERATE", "064", "United States", "Ukraine"),
    # aid rushed, the wounded evacuated, refugees resettled
    ("Turkey rushed aid to Syria after the earthquake.", "AID", "070", "Turkey", "Syria"),
    ("The Red Cross evacuated wounded civilians from Ukraine.", "AID", "073", "International Committee of the Red Cross", "Ukraine"),
    ("Canada resettled 40,000 Afghan refugees.", "AID", "075", "Canada", "Afghanistan"),
    # releases (the released are the other side), strikes called off, settlements evacuated
    ("Israel released 39 Palestinian prisoners.", "RETREAT", "084", "Israel", "Palestine"),
    ("Nigerian teachers called off their strike against the government.", "CONCEDE", "082", "Nigeria", None),
    ("Israel evacuated all settlements in the Gaza Strip in 2005.", "RETREAT", "087", "Israel", "Palestine"),
    # inspectors sent, put under investigation
    ("The IAEA dispatched inspectors to Iran.", "ACCUSE", "090", "International Atomic Energy Agency", "Iran"),
    ("Pakistani police put Imran Khan under investigation.", "ACCUSE", "090", "Pakistan", "Imran Khan"),
    ("Canada took aim at China over its trade practices.", "ACCUSE", "111", "Canada", "China"),
    ("China brushed off the criticism from the United States.", "REJECT", "120", "China", "United States"),
    ("Nigerian nurses struck over wages.", "PROTEST", "143", "Nigeria", None),
    # alert and call-up
    ("Japan scrambled fighter jets after Chinese aircraft approached.", "MOBILIZE", "152", "Japan", None),
    ("Russia called up 300,000 reservists.", "MOBILIZE", "154", "Russia", None),
    ("Turkey suspended flights to Israel.", "SANCTION", "160", "Turkey", "Israel"),
    # evictions, arrests named by a noun, repression with tear gas
    ("Israel evicted Palestinian families from Sheikh Jarrah.", "COERCE", "174", "Israel", "Palestine"),
    ("Russia's arrest of Evan Gershkovich angered Washington.", "COERCE", "173", "Russia", "Evan Gershkovich"),
    ("Kenyan police fired tear gas at protesters.", "ASSAULT", "175", "Kenya", None),
    ("French police used tear gas against protesters in Paris.", "ASSAULT", "175", "France", None),
    # executions, woundings, killings named by a noun
    ("Iran hanged a protester on Thursday.", "ASSAULT", "180", "Iran", None),
    ("Boko Haram fighters wounded three Nigerian soldiers.", "ASSAULT", "180", "Boko Haram", "Nigeria"),
    ("The Israeli killing of Shireen Abu Akleh drew condemnation.", "ASSAULT", "180", "Israel", "Shireen Abu Akleh"),
    # battles, storming, strikes named by a noun, towns taken over
    ("Sudanese forces battled the RSF in Khartoum.", "ASSAULT", "190", "Sudan", "Rapid Support Forces"),
    ("Israeli forces stormed the Jenin refugee camp.", "ASSAULT", "190", "Israel", None),
    ("Israel and Hamas skirmished with each other.", "ASSAULT", "190", "Israel", "Hamas"),
    ("Russian strikes on Kyiv killed five people.", "ASSAULT", "195", "Russia", "Ukraine"),
    ("The Taliban took over the city of Kandahar.", "COERCE", "192", "Taliban", "Afghanistan"),
    # congratulations offered are praise, not an offer
    ("Chile offered its congratulations to Brazil on the election.", "SUPPORT", "051", "Chile", "Brazil"),
]

# sentences whose verb is not the event the general row would code
NOT_EVENTS = [
    ("The president called the attack cowardly.", "041"),      # 'call' + a non-person: not a phone call
    ("Joe Biden met the deadline.", "040"),                     # 'meet' a deadline
    ("The ministry released a report on Tuesday.", "084"),      # releasing a report frees no one
    ("Turkey hosted the summit in Ankara.", "043"),             # the summit is the event, not a hosted visit
    ("Moldova struck a deal with Romania.", "195"),             # 'strike a deal' is no air strike
    ("Canada executed the trade agreement with Mexico.", "180"),    # executing an agreement kills no one
    ("Ukraine hung flags across Kyiv.", "180"),                 # 'hang' a thing is no hanging
    ("The Russian delegation stormed out of the meeting with Ukraine.", "190"),   # left in anger
    ("Canadian firefighters battled wildfires in British Columbia.", "190"),      # no battle
    ("French police used tear gas against protesters in Paris.", "204"),         # tear gas is no chemical weapon
    # greetings, ceremonies and honours are no offer, no hosted visit, no received guest
    ("The Swedish ambassador offered warm wishes to the people of Fiji on their Independence Day.", "030"),
    ("Canada's foreign minister hosted the Pearson Peace Awards in Ottawa.", "043"),
    ("The Japanese foreign minister received an honorary doctorate from Keio University.", "043"),
]


@pytest.fixture(scope="module")
def records():
    from rapport import pipeline
    from rapport.ingest import make_document
    texts = [c[0] for c in CASES] + [t for t, _ in NOT_EVENTS]
    docs = [make_document(id=f"lex{i}", text=t, published="2023-06-19") for i, t in enumerate(texts)]
    out = list(pipeline.run(docs))
    assert len(out) == len(texts)
    return dict(zip(texts, out))


def _names(rec, ids):
    by = {a.id: a.name for a in rec.actors}
    return [by[i] for i in ids]


@pytest.mark.parametrize("text,ptype,cameo,actor,recipient", CASES, ids=[c[2] for c in CASES])
def test_sentence_is_coded(records, text, ptype, cameo, actor, recipient):
    rec = records[text]
    hits = [e for e in rec.events if e.cameo.startswith(cameo)]
    assert hits, [(e.type, e.cameo, e.explain) for e in rec.events]
    e = hits[0]
    assert e.type == ptype
    assert e.explain.startswith("predicates.tsv:")
    assert actor in _names(rec, e.actor)
    if recipient:
        assert recipient in _names(rec, e.recipient)


@pytest.mark.parametrize("text,cameo", NOT_EVENTS)
def test_non_event_sense_is_not_coded(records, text, cameo):
    rec = records[text]
    assert not [e for e in rec.events if e.cameo == cameo], [(e.cameo, e.explain) for e in rec.events]
