"""The actor knowledge base: data files parse and are consistent; lookups behave."""
from __future__ import annotations

import csv
import importlib
import importlib.util
import itertools
import sys
import time
from datetime import date
from pathlib import Path

import pytest


def _import_knowledge():
    # rapport.actors/__init__ imports the resolver, which another module provides; the
    # knowledge module itself needs only the standard library, so load it directly if
    # the package cannot be imported yet.
    try:
        return importlib.import_module("rapport.actors.knowledge")
    except ImportError:
        path = Path(__file__).resolve().parents[1] / "src" / "rapport" / "actors" / "knowledge.py"
        spec = importlib.util.spec_from_file_location("rapport_actors_knowledge", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        return module


knowledge = _import_knowledge()
DATA = knowledge.DATA_DIR

# The 193 UN member states.
UN_MEMBERS = set("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA
BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE
DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM
GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT
KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO
MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL
POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF
SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR
USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split())


@pytest.fixture(scope="module")
def kb():
    return knowledge.load()


def _rows(name):
    path = DATA / name
    lines = [l for l in path.read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    if name.endswith(".tsv"):
        rows = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    else:
        rows = list(csv.reader(lines))
    header, body = rows[0], rows[1:]
    return [dict(zip(header, r)) for r in body], header


# --- the files --------------------------------------------------------------------------


@pytest.mark.parametrize("name,columns,minimum", [
    ("countries.tsv", ["iso3", "name", "aliases", "demonyms", "capitals", "seats"], 250),
    ("bodies.tsv", ["name", "aliases", "code", "sector", "kind"], 150),
    ("media.tsv", ["name", "aliases", "country", "sector"], 60),
    ("officeholders.csv", ["name", "aliases", "country", "role", "title", "sector",
                           "start", "end", "org"], 500),
    ("roles.tsv", ["phrase", "role", "sector", "kind", "country"], 150),
])
def test_file_parses(name, columns, minimum):
    rows, header = _rows(name)
    assert header == columns
    assert len(rows) >= minimum
    for r in rows:
        assert len(r) == len(columns), r
        assert all(v == v.strip() for v in r.values()), r


def test_iso3_codes_valid_and_unique():
    rows, _ = _rows("countries.tsv")
    codes = [r["iso3"] for r in rows]
    assert len(codes) == len(set(codes))
    assert all(len(c) == 3 and c.isalpha() and c.isupper() for c in codes)
    assert {"XKX", "PSE", "TWN"} <= set(codes)
    assert len(UN_MEMBERS) == 193 and UN_MEMBERS <= set(codes)
    pycountry = pytest.importorskip("pycountry")
    assert {c.alpha_3 for c in pycountry.countries} <= set(codes)


def test_every_un_member_has_demonym_and_capital(kb):
    for iso in sorted(UN_MEMBERS):
        c = kb.countries[iso]
        assert c.demonyms, iso
        assert c.capitals, iso


def test_country_forms_are_unambiguous(kb):
    # a form may be shared only if all but one country mark it secondary ("Congolese?")
    for key, cands in kb._country_index.items():
        primary = {iso for (secondary, _, _), iso, _, _ in cands if not secondary}
        assert len(primary) <= 1, (key, primary)


def test_body_forms_are_unambiguous(kb):
    for key, cands in kb._body_index.items():
        assert len({name for _, name, _, _ in cands}) == 1, key


def test_body_codes_and_sectors(kb):
    assert len(kb.bodies) >= 300
    for b in kb.bodies.values():
        assert kb.is_code(b.country), b
        assert b.sector in knowledge.SECTORS, b
    media = [b for b in kb.bodies.values() if b.source == "media"]
    assert media and all(b.sector == "JRN" for b in media)


def test_officeholder_dates_codes_roles(kb):
    rows, _ = _rows("officeholders.csv")
    role_keys = kb.role_keys
    for r in rows:
        start = date.fromisoformat(r["start"]) if r["start"] else None
        end = date.fromisoformat(r["end"]) if r["end"] else None
        if start and end:
            assert start <= end, r
        assert kb.is_code(r["country"]), r
        assert r["sector"] in knowledge.SECTORS, r
        for role in r["role"].split("|"):
            assert role in role_keys, (role, r["name"])
        if r["org"]:
            assert kb.body(r["org"]) is not None, r["org"]
        assert r["title"], r


def test_one_holder_at_a_time(kb):
    """Single-holder offices never overlap by more than a handover day."""
    slots = {}
    for p in kb.people.values():
        for t in p.terms:
            for role in t.roles:
                if role not in knowledge.SHARED_ROLES:
                    slots.setdefault((role, t.country, t.org), []).append((t, p.name))
    for key, terms in slots.items():
        for (a, pa), (b, pb) in itertools.combinations(terms, 2):
            if pa == pb:
                continue
            latest_start = max(a.start or date.min, b.start or date.min)
            earliest_end = min(a.end or date.max, b.end or date.max)
            assert earliest_end <= latest_start, (key, pa, pb)


def test_person_names_unambiguous(kb):
    for key, names in kb._person_index.items():
        assert len(names) == 1, (key, names)


def test_loads_fast():
    times = []
    for _ in range(3):      # the best of three, so a busy machine does not fail it
        start = time.perf_counter()
        knowledge.KB([DATA])
        times.append(time.perf_counter() - start)
    assert min(times) < 0.3, times


# --- lookups ----------------------------------------------------------------------------


@pytest.mark.parametrize("text,iso3,via", [
    ("Beijing", "CHN", "capital"),
    ("the Kremlin", "RUS", "seat"),
    ("Kremlin", "RUS", "seat"),
    ("Emirati", "ARE", "demonym"),
    ("DRC", "COD", "alias"),
    ("Congolese", "COD", "demonym"),
    ("U.S.", "USA", "alias"),
    ("US", "USA", "alias"),
    ("USA", "USA", "alias"),
    ("the United States", "USA", "name"),
    ("America", "USA", "alias"),
    ("American", "USA", "demonym"),
    ("Washington", "USA", "capital"),
    ("the White House", "USA", "seat"),
    ("Foggy Bottom", "USA", "seat"),
    ("Russia", "RUS", "name"),
    ("Russian Federation", "RUS", "alias"),
    ("South Korea", "KOR", "name"),
    ("the Blue House", "KOR", "seat"),
    ("Iran", "IRN", "name"),
    ("Syria", "SYR", "name"),
    ("UK", "GBR", "alias"),
    ("Britain", "GBR", "alias"),
    ("British", "GBR", "demonym"),
    ("Downing Street", "GBR", "seat"),
    ("the Elysee", "FRA", "seat"),
    ("Élysée", "FRA", "seat"),
    ("Zhongnanhai", "CHN", "seat"),
    ("Kyiv", "UKR", "capital"),
    ("Kiev", "UKR", "capital"),
    ("Ukrainian", "UKR", "demonym"),
    ("Israeli", "ISR", "demonym"),
    ("Israelis", "ISR", "demonym"),
    ("Kenyan", "KEN", "demonym"),
    ("China's", "CHN", "name"),
    ("Côte d’Ivoire", "CIV", "name"),
    ("Ivory Coast", "CIV", "alias"),
    ("Turkiye", "TUR", "alias"),
    ("Kosovo", "XKX", "name"),
    ("Palestinian", "PSE", "demonym"),
    ("Taiwan", "TWN", "name"),
    ("Dominican", "DOM", "demonym"),
])
def test_country_lookup(kb, text, iso3, via):
    c = kb.country(text)
    assert c is not None, text
    assert (c.iso3, c.via) == (iso3, via)


def test_country_lookup_misses(kb):
    assert kb.country("us") is None          # the pronoun, not the United States
    assert kb.country("turkey") is None      # the bird; "Turkey" is the country
    assert kb.country("Turkey").iso3 == "TUR"
    assert kb.country("CHINA").iso3 == "CHN"
    assert kb.country("moscow").iso3 == "RUS"   # otherwise case-insensitive
    assert kb.country("Atlantis") is None
    assert kb.country("") is None


def test_secondary_forms(kb):
    # "Dominican?" on Dominica and "Congolese?" on the Republic of the Congo lose to the
    # primary claim; Dominica is still found by its name
    assert kb.country("Dominica").iso3 == "DMA"
    assert kb.country("Republic of Congo").iso3 == "COG"
    assert kb.countries["COG"].demonyms == ("Congolese",)


@pytest.mark.parametrize("text,name,code,sector", [
    ("UN", "United Nations", "UNO", "GOV"),
    ("the U.N. Security Council", "UN Security Council", "UNO", "GOV"),
    ("UNHCR", "UNHCR", "UNO", "GOV"),
    ("WHO", "World Health Organization", "UNO", "MED"),
    ("IAEA", "International Atomic Energy Agency", "UNO", "GOV"),
    ("EU", "European Union", "EUR", "GOV"),
    ("European Commission", "European Commission", "EUR", "GOV"),
    ("NATO", "NATO", "IGO", "MIL"),
    ("Nato", "NATO", "IGO", "MIL"),
    ("G7", "G7", "IGO", "GOV"),
    ("ICC", "International Criminal Court", "IGO", "JUD"),
    ("Doctors Without Borders", "Médecins Sans Frontières", "NGO", "MED"),
    ("State Department", "U.S. Department of State", "USA", "GOV"),
    ("the US State Department", "U.S. Department of State", "USA", "GOV"),
    ("Department of State", "U.S. Department of State", "USA", "GOV"),
    ("the Pentagon", "U.S. Department of Defense", "USA", "MIL"),
    ("DEA", "Drug Enforcement Administration", "USA", "COP"),
    ("FBI", "Federal Bureau of Investigation", "USA", "COP"),
    ("CIA", "Central Intelligence Agency", "USA", "SPY"),
    ("Congress", "U.S. Congress", "USA", "LEG"),
    ("Kremlin", "Kremlin", "RUS", "GOV"),
    ("Russian Defence Ministry", "Russian Ministry of Defence", "RUS", "MIL"),
    ("China's foreign ministry", "Chinese Foreign Ministry", "CHN", "GOV"),
    ("Ministry of Foreign Affairs of China", "Chinese Foreign Ministry", "CHN", "GOV"),
    ("IDF", "Israel Defense Forces", "ISR", "MIL"),
    ("Hamas", "Hamas", "PSE", "REB"),
    ("Hezbollah", "Hezbollah", "LBN", "PRM"),
    ("the Taliban", "Taliban", "AFG", "REB"),
    ("ISIL", "Islamic State", "IMG", "REB"),
    ("al-Qaida", "al-Qaeda", "IMG", "REB"),
    ("Wagner", "Wagner Group", "RUS", "PRM"),
    ("Reuters", "Reuters", "GBR", "JRN"),
    ("AP", "Associated Press", "USA", "JRN"),
    ("EFE", "EFE", "ESP", "JRN"),
    ("Xinhua", "Xinhua", "CHN", "JRN"),
    ("KCNA", "Korean Central News Agency", "PRK", "JRN"),
])
def test_body_lookup(kb, text, name, code, sector):
    b = kb.body(text)
    assert b is not None, text
    assert (b.name, b.country, b.sector) == (name, code, sector)


def test_body_lookup_misses(kb):
    assert kb.body("who") is None             # the pronoun, not the WHO
    assert kb.body("congress") is None        # a party congress, not the U.S. Congress
    assert kb.body("the hill") is None and kb.body("The Hill").name == "The Hill"
    assert kb.body("reuters").name == "Reuters"
    assert kb.body("Ministry of Silly Walks") is None


def test_holders_on_a_date(kb):
    assert kb.holder("foreign_minister", "CHN", date(2023, 6, 18)).name == "Qin Gang"
    assert kb.holder("foreign_minister", "CHN", date(2022, 6, 1)).name == "Wang Yi"
    assert kb.holder("foreign_minister", "CHN", date(2024, 1, 1)).name == "Wang Yi"
    assert kb.holder("foreign_minister", "CHN", "2022-12-30").name == "Qin Gang"  # handover
    assert kb.holder("head_of_state", "CHN", date(2023, 6, 19)).name == "Xi Jinping"
    assert kb.holder("president", "CHN", "2012-01-01").name == "Hu Jintao"
    assert kb.holder("foreign_minister", "USA", "2023-06-19").name == "Antony Blinken"
    assert kb.holder("head_of_government", "USA", "2023-06-19").name == "Joe Biden"
    assert kb.holder("head_of_government", "GBR", "2023-06-19").name == "Rishi Sunak"
    assert kb.holder("monarch", "GBR", "2023-06-19").name == "Charles III"
    assert kb.holder("leader", "GBR", "2023-06-19").name == "Rishi Sunak"   # falls back
    assert kb.holder("leader", "FRA", "2023-06-19").name == "Emmanuel Macron"
    assert kb.holder("president", "IRN", "2023-06-19").name == "Ebrahim Raisi"
    assert kb.holder("head_of_state", "IRN", "2023-06-19").name == "Ali Khamenei"
    assert kb.holder("secretary_general", "NATO", "2020-01-01").name == "Jens Stoltenberg"
    assert kb.holder("secretary_general", "UNO", "2020-01-01").name == "António Guterres"
    assert kb.holder("foreign_minister", "EUR", "2021-01-01").name == "Josep Borrell"
    assert kb.holder("fm_spokesperson", "RUS", "2022-03-01").name == "Maria Zakharova"
    assert kb.holder("foreign_minister", "CHN", "1990-01-01") is None
    assert kb.holder("foreign_minister", "Narnia", "2020-01-01") is None


def test_shared_roles_give_no_single_holder(kb):
    found = kb.holders("fm_spokesperson", "CHN", "2021-06-01")
    assert {"Hua Chunying", "Zhao Lijian", "Wang Wenbin"} <= {p.name for p in found}
    assert kb.holder("fm_spokesperson", "CHN", "2021-06-01") is None


def test_armed_group_offices_are_kept_apart(kb):
    # Haniyeh led Hamas; asked for the Palestinian leader the answer is Abbas
    assert kb.holder("leader", "PSE", "2020-01-01").name == "Mahmoud Abbas"
    assert kb.holder("leader", "Hamas", "2020-01-01").name == "Ismail Haniyeh"


def test_roles_of(kb):
    terms = kb.roles_of("Antony Blinken", date(2023, 6, 18))
    assert [(t.role, t.country) for t in terms] == [("foreign_minister", "USA")]
    wang = kb.person("Wang Yi")[0]
    assert [t.title for t in kb.roles_of(wang, "2023-06-18")] == []
    assert len(wang.terms) == 2
    assert kb.roles_of("Antony Blinken", "2025-06-01") == []


def test_person_lookup(kb):
    assert [p.name for p in kb.person("Antony Blinken")] == ["Antony Blinken"]
    assert [p.name for p in kb.person("Tony Blinken")] == ["Antony Blinken"]
    assert [p.name for p in kb.person("Blinken")] == ["Antony Blinken"]
    assert [p.name for p in kb.person("Xi")] == ["Xi Jinping"]            # family name first
    assert [p.name for p in kb.person("President Xi")] == ["Xi Jinping"]
    assert [p.name for p in kb.person("Zelenskyy")] == ["Volodymyr Zelensky"]
    assert [p.name for p in kb.person("Erdogan")] == ["Recep Tayyip Erdoğan"]
    assert {p.name for p in kb.person("Rice")} == {"Condoleezza Rice", "Susan Rice"}
    assert kb.person("rice") == []
    assert [p.name for p in kb.person("antony blinken")] == ["Antony Blinken"]
    assert kb.person("Nobody Atall") == []


def test_fuzzy_person(kb):
    assert kb.fuzzy_person("Anthony Blinken").name == "Antony Blinken"
    assert kb.fuzzy_person("Xi Jingping").name == "Xi Jinping"
    assert kb.fuzzy_person("Sergei Lavrow").name == "Sergei Lavrov"
    assert kb.fuzzy_person("Volodymir Zelensky").name == "Volodymyr Zelensky"
    # exact names are never bent towards someone else
    assert kb.fuzzy_person("Xi Jinping").name == "Xi Jinping"
    assert kb.fuzzy_person("Li Qiang").name == "Li Qiang"
    assert kb.fuzzy_person("Li Keqiang").name == "Li Keqiang"
    assert kb.fuzzy_person("Susan Rice").name == "Susan Rice"
    # short or different names are not matched to a real person they are not
    assert kb.fuzzy_person("Wang Yu") is None
    assert kb.fuzzy_person("Xi Jinpeng Zhou") is None
    assert kb.fuzzy_person("Anthony Blinkenship") is None
    assert kb.fuzzy_person("John Smith") is None


def test_fuzzy_never_links_one_known_person_to_another(kb):
    for p in kb.people.values():
        for form in p.forms:
            hit = kb.fuzzy_person(form)
            assert hit is None or hit.name == p.name, (form, hit.name)


def test_role_phrase(kb):
    assert kb.role_phrase("head of diplomacy")[0] == "foreign_minister"
    assert kb.role_phrase("top diplomat") == ("foreign_minister", "GOV", "person")
    assert kb.role_phrase("Secretary of State")[0] == "foreign_minister"
    assert kb.role_phrase("secretary-general")[0] == "secretary_general"
    assert kb.role_phrase("defense secretary")[0] == "defence_minister"
    assert kb.role_phrase("crown prince")[0] == "crown_prince"
    assert kb.role_phrase("police") == ("police", "COP", "organization")
    assert kb.role_phrase("secretary") is None
    assert kb.role_phrase("xylophonist") is None


@pytest.mark.parametrize("word,sector", [
    ("authorities", "GOV"), ("officials", "GOV"), ("administration", "GOV"),
    ("troops", "MIL"), ("soldiers", "MIL"), ("police", "COP"), ("court", "JUD"),
    ("lawmakers", "LEG"), ("rebels", "REB"), ("militants", "REB"),
    ("protesters", "OPP"), ("activists", "CVL"), ("journalists", "JRN"),
    ("refugees", "REF"), ("company", "BUS"), ("clerics", "REL"), ("students", "EDU"),
    ("doctors", "MED"), ("farmers", "AGR"), ("gang", "CRM"), ("civilians", "CVL"),
    ("residents", "CVL"), ("gunmen", "UAF"), ("men", "UNK"), ("Soldier", "MIL"),
])
def test_sector_noun(kb, word, sector):
    assert kb.sector_noun(word) == sector


def test_sector_noun_miss(kb):
    assert kb.sector_noun("banana") is None


@pytest.mark.parametrize("text,role,country,holder", [
    ("the top U.S. diplomat", "foreign_minister", "USA", "Antony Blinken"),
    ("the head of US diplomacy", "foreign_minister", "USA", "Antony Blinken"),
    ("China's foreign minister", "foreign_minister", "CHN", "Qin Gang"),
    ("the Chinese president", "president", "CHN", "Xi Jinping"),
    ("the Israeli prime minister", "head_of_government", "ISR", "Benjamin Netanyahu"),
    ("Kremlin spokesman", "press_secretary", "RUS", "Dmitry Peskov"),
    ("Russian Foreign Ministry spokeswoman", "fm_spokesperson", "RUS", "Maria Zakharova"),
    ("UN Secretary-General", "secretary_general", "UNO", "António Guterres"),
    ("NATO chief", "secretary_general", "IGO", "Jens Stoltenberg"),
    ("EU foreign policy chief", "foreign_minister", "EUR", "Josep Borrell"),
    ("the Saudi crown prince", "crown_prince", "SAU", "Mohammed bin Salman"),
])
def test_role_mention(kb, text, role, country, holder):
    m = kb.role_mention(text)
    assert m is not None and (m.role, m.country) == (role, country), m
    who = kb.holder(m.role, m.org or m.country, "2023-06-18")
    assert who is not None and who.name == holder


def test_us_officials_below_the_cabinet(kb):
    day = "2021-07-26"
    for name in ("Wendy Sherman", "Victoria Nuland", "Rob Malley", "Robert Malley",
                 "Ricardo Zuniga", "Ricardo Zúñiga", "Liz Sherwood-Randall", "Ron Klain"):
        people = kb.person(name)
        assert len(people) == 1 and people[0].country == "USA", name
    assert kb.holder("deputy_secretary_of_state", "USA", day).name == "Wendy Sherman"
    assert kb.holder("deputy_secretary_of_state", "USA", "2021-01-25") is None
    assert kb.holder("chief_of_staff", "USA", "2023-02-08").name == "Jeff Zients"  # handover
    assert kb.holder("trade_minister", "USA", day).name == "Katherine Tai"
    assert kb.holder("commerce_secretary", "USA", day).name == "Gina Raimondo"
    # the DNI and the CIA director are both intelligence chiefs: only the body decides
    assert kb.holder("intelligence_chief", "USA", day) is None
    assert kb.holder("intelligence_chief", "CIA", day).name == "William Burns"
    # John Kerry the envoy and Susan Rice the domestic policy adviser keep their old terms
    assert [t.role for t in kb.roles_of("John Kerry", day)] == ["climate_envoy"]
    assert [t.role for t in kb.roles_of("Susan Rice", day)] == ["domestic_policy_advisor"]
    m = kb.role_mention("the US deputy secretary of state")
    assert (m.role, m.country) == ("deputy_secretary_of_state", "USA")
    # offices several people hold at once never name one of them
    for phrase in ("assistant secretary of state", "under secretary of state",
                   "deputy national security adviser", "special representative"):
        assert kb.role_phrase(phrase)[0] in knowledge.SHARED_ROLES, phrase
    assert kb.holder("official", "USA", day) is None


def test_aliases_enumeration(kb):
    items = list(kb.aliases())
    assert all(len(i) == 3 and all(isinstance(x, str) and x for x in i) for i in items)
    kinds = {k for _, k, _ in items}
    assert kinds == {"country", "demonym", "capital", "seat", "body", "media", "person",
                     "role", "sector"}
    assert ("Beijing", "capital", "CHN") in items
    assert ("Tony Blinken", "person", "Antony Blinken") in items
    assert ("State Department", "body", "U.S. Department of State") in items
    assert ("Reuters", "media", "Reuters") in items
    assert not any(s.endswith("?") for s, _, _ in items)


def test_load_is_cached():
    assert knowledge.load() is knowledge.load()


# --- user overrides ---------------------------------------------------------------------


def test_user_override(tmp_path, monkeypatch):
    (tmp_path / "officeholders.csv").write_text(
        "name,aliases,country,role,title,sector,start,end\n"
        "Jane Placeholder,J. Placeholder|Janey Placeholder,FRA,spokesperson,"
        "Government Spokesperson,GOV,2024-01-01,\n"
        # replaces every built-in term of Wang Yi
        "Wang Yi,,CHN,foreign_minister,Minister of Foreign Affairs,GOV,2013-03-16,\n",
        encoding="utf-8")
    (tmp_path / "bodies.tsv").write_text(
        "name\taliases\tcode\tsector\tkind\n"
        "Placeholder Institute\tPLI\tFRA\tEDU\torganization\n", encoding="utf-8")
    (tmp_path / "countries.tsv").write_text(
        "iso3\tname\taliases\tdemonyms\tcapitals\tseats\n"
        "FRA\tFrance\tHexagon\tFrench|Gallic\tParis\tthe Elysee\n", encoding="utf-8")
    (tmp_path / "roles.tsv").write_text(
        "phrase\trole\tsector\tkind\nmandarin\tofficial\tGOV\tperson\n"
        "bureaucrats\t\tGOV\tgroup\n", encoding="utf-8")
    monkeypatch.setenv(knowledge.ENV_VAR, str(tmp_path))
    kb = knowledge.load()
    assert kb is not knowledge._load(())
    p = kb.person("Janey Placeholder")
    assert [x.name for x in p] == ["Jane Placeholder"]
    assert kb.fuzzy_person("Jane Placeholdr").name == "Jane Placeholder"
    assert len(kb.person("Wang Yi")[0].terms) == 1
    # the user's open-ended term now overlaps Qin Gang's: two holders, so no single one
    assert {p.name for p in kb.holders("foreign_minister", "CHN", "2023-06-18")} == {
        "Wang Yi", "Qin Gang"}
    assert kb.holder("foreign_minister", "CHN", "2023-06-18") is None
    assert kb.body("PLI").name == "Placeholder Institute"
    assert kb.country("Gallic").iso3 == "FRA"
    assert kb.country("Matignon") is None          # the user's row replaced the built-in
    assert kb.country("Beijing").iso3 == "CHN"     # the rest is untouched
    assert kb.role_phrase("mandarin")[0] == "official"
    assert kb.sector_noun("bureaucrats") == "GOV"
    monkeypatch.delenv(knowledge.ENV_VAR)
    assert knowledge.load().holder("foreign_minister", "CHN", "2023-06-18").name == "Qin Gang"


def test_bad_user_file_is_reported(tmp_path, monkeypatch):
    (tmp_path / "officeholders.csv").write_text(
        "name,aliases,country,role,title,sector,start,end\n"
        "Bad Date,,FRA,spokesperson,Spokesperson,GOV,2024-13-01,\n", encoding="utf-8")
    monkeypatch.setenv(knowledge.ENV_VAR, str(tmp_path))
    with pytest.raises(knowledge.KnowledgeError, match="officeholders.csv:2"):
        knowledge.load()


def test_courtesy_title_and_known_spelling_join_the_known_person(run_text):
    rec = run_text("Antony Blinken met the Crown Prince of Abu Dhabi, Sheikh Mohammed bin Zayed "
                   "Al Nahyan, in Rabat. Blinken thanked the Crown Prince.", published="2022-03-29")
    people = [a for a in rec.actors if a.kind == "person" and "Zayed" in a.name]
    assert len(people) == 1                      # one person, not title and name apart
    assert people[0].name == "Mohammed bin Zayed Al Nahyan"   # a spelling an alias has
    assert not [w for w in rec.warnings if w.kind == "misspelling"]


def test_anonymous_transcript_labels_are_no_actors(run_text):
    rec = run_text("SECRETARY BLINKEN: It is good to be here.\n\nQUESTION: We really appreciate "
                   "your presence here.\n\nMODERATOR: Next question.", published="2022-03-05",
                   url="https://www.state.gov/x")
    assert not [a for a in rec.actors if a.name.upper() in ("QUESTION", "MODERATOR")]


def test_listed_people_keep_their_own_names_and_the_country_the_text_gives(run_text):
    rec = run_text("The Vice President spoke individually with: Prime Minister Kaja Kallas of "
                   "Estonia; Prime Minister Tomas Novak of Slovakia; Prime Minister Ingrida "
                   "Simonyte of Lithuania.", published="2022-03-01", url="https://www.whitehouse.gov/x")
    by = {a.name: a for a in rec.actors}
    assert by["Kaja Kallas"].country == "EST"        # the office held that day, not her later one
    assert by["Tomas Novak"].country == "SVK"        # unknown person: "of Slovakia"
    call = [e for e in rec.events if e.type == "CONSULT"][0]
    got = {a.name for a in rec.actors if a.id in call.recipient}
    assert got == {"Kaja Kallas", "Tomas Novak", "Ingrida Simonyte"}


def test_a_known_country_is_no_person_and_nations_are_not_the_un(run_text):
    rec = run_text("The United Nations met. We commend the governments of Antigua and Barbuda "
                   "and Guatemala. An overwhelming majority of nations condemn the war.",
                   published="2022-04-21", url="https://www.state.gov/x")
    names = {a.name for a in rec.actors}
    assert "Antigua and Barbuda" in names and "Barbuda" not in names
    condemn = [e for e in rec.events if e.trigger.text == "condemn"]
    assert not [e for e in condemn if any(a.name == "United Nations" for a in rec.actors if a.id in e.actor)]


@pytest.mark.parametrize("text,name,country", [
    ("Nigerian junior foreign minister Dubem Oniya summoned the ambassador.", "Dubem Oniya", "NGA"),
    ("Syria offered troops to Lebanon's new President Elias Hrawi.", "Elias Hrawi", "LBN"),
    ("Arab League Secretary-General Chedli Klibi urged restraint.", "Chedli Klibi", "IGO"),
    ("Secretary-General Chedli Klibi urged restraint.", "Chedli Klibi", None),
])
def test_unknown_people_take_the_country_of_their_title(run_text, text, name, country):
    rec = run_text(text, published="1990-01-01")
    person = next(a for a in rec.actors if a.name == name)
    assert person.country == country        # a body's code; no title, no guess


def test_pronouns_inside_a_clause_and_pronouns_for_things(run_text):
    rec = run_text("The package will help NATO allies with capabilities they have donated to "
                   "Ukraine. Russia objected. The resolution passed with 141 votes. It also holds "
                   "Belarus accountable for its involvement.", published="2022-03-02")
    donate = [e for e in rec.events if e.trigger.text == "donated"]
    assert donate and names_of(rec, donate[0].actor) == ["NATO"]
    hold = [e for e in rec.events if e.trigger.text == "holds"]
    assert not hold or "Russia" not in names_of(rec, hold[0].actor)


def names_of(rec, ids):
    by = {a.id: a.name for a in rec.actors}
    return [by[i] for i in ids]


def test_a_role_of_another_country_is_not_the_titled_name_before_it(run_text):
    rec = run_text("President Putin chose an invasion. The Jewish President of Ukraine is not a "
                   "Nazi. Would a President say that?", published="2022-04-05")
    by = {a.name: a for a in rec.actors}
    assert "Volodymyr Zelensky" in by
    assert "The Jewish President of Ukraine" in [m.text for m in by["Volodymyr Zelensky"].mentions]
    assert not any(m.text.lower() == "president" for a in rec.actors for m in a.mentions)


def test_a_role_and_its_appositive_name_are_one_person(run_text):
    rec = run_text("\"This is a dangerous escalation,\" the Pentagon's spokesman, Pat Ryder, "
                   "told Reuters.", published="2023-05-10")
    people = [a for a in rec.actors if a.kind == "person"]
    assert [p.name for p in people] == ["Pat Ryder"]
    assert people[0].country == "USA"             # from the role: the Pentagon's
    assert len(people[0].mentions) == 2


def test_a_bare_surname_tagged_as_organisation_is_the_person(run_text):
    rec = run_text("\"We spoke directly,\" State Department spokesman Ned Price said in a statement. "
                   "Blinken also warned China against providing weapons to Russia, Price said.",
                   published="2023-02-18")
    price = [a for a in rec.actors if "Price" in a.name]
    assert len(price) == 1 and price[0].kind == "person" and len(price[0].mentions) == 2


def test_a_surname_spelt_another_way_keeps_the_texts_spelling(run_text):
    rec = run_text("President Zelenskyy thanked Poland.", published="2022-03-23")
    z = next(a for a in rec.actors if a.kind == "person")
    assert z.name == "Volodymyr Zelenskyy" and z.canonical == "Volodymyr Zelensky"
    rec = run_text("President Zelensky thanked Poland.", published="2022-03-23")
    assert next(a for a in rec.actors if a.kind == "person").name == "Volodymyr Zelensky"


def test_fuzzy_country_takes_one_letter_slips_of_long_names(kb):
    # one letter dropped, added or changed in a name of seven letters or more
    assert kb.fuzzy_country("Indonesa").iso3 == "IDN"
    assert kb.fuzzy_country("Phillipines").iso3 == "PHL"
    assert kb.fuzzy_country("Venezuella").iso3 == "VEN"
    assert kb.fuzzy_country("Indonesa").via == "fuzzy"
    # not short names (Iran/Iraq), known names, plurals, real places or lower-case words
    for word in ("Irak", "Georgia", "Germans", "Americas", "Columbia", "venezuela", "Pakistani"):
        assert kb.fuzzy_country(word) is None, word


def test_kampuchean_is_cambodian(kb):
    assert kb.country("Kampuchean").iso3 == "KHM"


def test_an_office_only_one_state_has_gives_its_country(kb):
    assert kb.role_country("deputy secretary of state") == "USA"
    assert kb.role_country("assistant secretary of state") == "USA"
    assert kb.role_country("foreign minister") is None        # every state has one
    assert kb.role_country("secretary of state") is None      # (the UK's are "... for X")


def test_a_surname_shared_with_a_leaders_spouse_is_the_leader():
    from rapport.actors import knowledge
    kb = knowledge.load()
    assert [p.name for p in kb.person("Biden")] == ["Joe Biden"]
    assert [p.name for p in kb.person("Zelenska")] == ["Olena Zelenska"]   # hers alone
