"""CAMEO / PLOVER code tables (rapport.events.coding, data/cameo.tsv, data/plover.tsv)."""
import csv
from importlib import resources

import pytest

from rapport.events import coding
from rapport.events.coding import Code, PloverType, lookup, plover, plover_score, root
from rapport.schema import PLOVER_TYPES

QUADS = {
    1: {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"},
    2: {"COOPERATE", "AID", "RETREAT"},
    3: {"REQUEST", "ACCUSE", "REJECT", "THREATEN"},
    4: {"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"},
}


def _tsv(name):
    text = resources.files("rapport").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t"))


CAMEO_ROWS = _tsv("cameo.tsv")
PLOVER_ROWS = _tsv("plover.tsv")


# ------------------------------------------------------------------ the data files

def test_cameo_table_shape():
    assert list(CAMEO_ROWS[0]) == ["code", "name", "goldstein", "quad_class", "plover_type",
                                   "plover_mode", "plover_context"]
    assert len(CAMEO_ROWS) == 311
    codes = [r["code"] for r in CAMEO_ROWS]
    assert len(set(codes)) == 311
    assert sum(len(c) == 2 for c in codes) == 20


def test_every_row_has_name_goldstein_quad():
    for r in CAMEO_ROWS:
        assert r["name"], r["code"]
        assert -10.0 <= float(r["goldstein"]) <= 10.0, r["code"]
        assert r["quad_class"] in {"1", "2", "3", "4"}, r["code"]


def test_plover_types_are_the_16_or_empty():
    for r in CAMEO_ROWS:
        assert r["plover_type"] in set(PLOVER_TYPES) | {""}, r["code"]


def test_statements_have_no_plover_type_and_appeals_are_requests():
    for r in CAMEO_ROWS:
        if r["code"][:2] == "01":
            assert r["plover_type"] == r["plover_mode"] == r["plover_context"] == "", r["code"]
        elif r["code"][:2] == "02":
            assert r["plover_type"] == "REQUEST", r["code"]
        else:
            assert r["plover_type"], r["code"]


def test_modes_and_contexts_are_current_plover():
    modes = {p.name: set(p.modes) for p in map(plover, PLOVER_TYPES)}
    contexts = {"military", "intelligence", "executive", "legislative", "election",
                "political_institutions", "pro_democracy", "pro_autocracy", "economic",
                "legal", "reparations", "human_rights", "rights_freedoms", "repression",
                "human_security", "gender", "lgbt", "religion_ethnicity", "inequality",
                "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration",
                "disasters", "natural_resource", "environment", "technology", "terrorism",
                "cbrn", "cyber", "misinformation", "crime", "corruption", "illegal_drugs",
                "trafficking"}
    for r in CAMEO_ROWS:
        if r["plover_mode"]:
            assert r["plover_mode"] in modes[r["plover_type"]], r["code"]
        for c in filter(None, r["plover_context"].split(";")):
            assert c in contexts, r["code"]


def test_plover_table():
    assert [r["type"] for r in PLOVER_ROWS] == list(PLOVER_TYPES)
    for r in PLOVER_ROWS:
        assert r["definition"]
        assert int(r["quad_class"]) in QUADS and r["type"] in QUADS[int(r["quad_class"])]


# ------------------------------------------------------------------ lookup

def test_consult_codes():
    assert lookup("040").plover_type == "CONSULT"
    assert lookup("040").plover_mode is None
    assert (lookup("041").plover_type, lookup("041").plover_mode) == ("CONSULT", "phone")
    assert (lookup("042").plover_type, lookup("042").plover_mode) == ("CONSULT", "visit")
    assert lookup("043").plover_mode == "visit"
    assert lookup("044").plover_mode == "third-party"
    assert lookup("045").plover_context == lookup("046").plover_context == "diplomatic"
    assert lookup("044").name == "Meet at a 'third' location"


def test_lookup_fields():
    c = lookup("173")
    assert c == Code(code="173", name="Arrest, detain, or charge with legal action",
                     goldstein=-5.0, quad_class=4, plover_type="COERCE",
                     plover_mode="arrest", plover_context="legal")
    assert lookup("190").goldstein == -10.0
    assert lookup("190").plover_type == "ASSAULT"
    assert lookup("057").goldstein == 8.0
    assert lookup("0874").goldstein == 10.0


@pytest.mark.parametrize("code,ptype", [
    ("030", "AGREE"), ("051", "SUPPORT"), ("061", "COOPERATE"), ("073", "AID"),
    ("080", "CONCEDE"), ("0841", "RETREAT"), ("0813", "RETREAT"), ("091", "ACCUSE"),
    ("1041", "REQUEST"), ("112", "ACCUSE"), ("125", "REJECT"), ("138", "THREATEN"),
    ("141", "PROTEST"), ("154", "MOBILIZE"), ("161", "SANCTION"), ("163", "SANCTION"),
    ("172", "COERCE"), ("175", "ASSAULT"), ("1712", "ASSAULT"), ("183", "ASSAULT"),
    ("191", "COERCE"), ("193", "ASSAULT"), ("204", "ASSAULT"), ("08", "CONCEDE"),
])
def test_plover_type_follows_conversion_table(code, ptype):
    """The 2021 conversion table, except where the manual overrides it (163: sanctions
    are SANCTION/discontinue, scripts/build_cameo_table.py CODE_TYPE_FIXES)."""
    assert lookup(code).plover_type == ptype


@pytest.mark.parametrize("code,quad", [("010", 1), ("020", 1), ("036", 1), ("042", 1),
                                       ("057", 1), ("061", 2), ("073", 2), ("084", 2),
                                       ("090", 2), ("112", 3), ("130", 3), ("141", 3),
                                       ("150", 4), ("173", 4), ("190", 4), ("200", 4)])
def test_cameo_quad_class(code, quad):
    assert lookup(code).quad_class == quad


def test_plover_quad_class_differs_where_plover_says():
    assert lookup("141").quad_class == 3 and lookup("141").plover_quad_class == 4
    assert lookup("080").quad_class == 2 and lookup("080").plover_quad_class == 1
    assert lookup("010").plover_quad_class is None


def test_statements_and_appeals():
    for code in ("01", "010", "016"):
        c = lookup(code)
        assert c is not None and c.plover_type is None and c.plover_mode is None
    # appeals are PLOVER REQUEST ("all requests, demands, and orders"), with the mode and
    # context of their demand twin (021 <-> 101, 025 <-> 105, 026 <-> 106)
    for appeal, demand in (("020", "100"), ("0211", "1011"), ("025", "105"), ("026", "106"), ("028", "108")):
        a, d = lookup(appeal), lookup(demand)
        assert a.plover_type == d.plover_type == "REQUEST"
        assert (a.plover_mode, a.plover_context) == (d.plover_mode, d.plover_context)
        assert a.goldstein > d.goldstein          # an appeal is milder than a demand


def test_fallback_to_parent():
    c = lookup("0411")                       # not a CAMEO code: from 041
    assert (c.code, c.plover_type, c.plover_mode, c.goldstein) == ("0411", "CONSULT", "phone", 1.0)
    c = lookup("1213")                       # in the conversion table only: from 121
    assert (c.plover_type, c.plover_mode, c.goldstein) == ("REJECT", "assist", -4.0)
    assert lookup("1823").plover_mode == "beat"        # empty mode, same type as 182
    assert lookup("0813").plover_mode is None          # 081 is CONCEDE: no inheritance
    assert lookup(" 042 ").code == "042"


@pytest.mark.parametrize("bad", ["", "x", "99", "4", "04a", "12345", None, 42])
def test_lookup_bad_codes(bad):
    assert lookup(bad) is None


def test_root():
    assert root("0411") == "04"
    assert root("190") == "19"
    assert root("20") == "20"
    assert root("99") is None and root("") is None and root(None) is None


# ------------------------------------------------------------------ PLOVER types

def test_plover_types():
    for quad, names in QUADS.items():
        for name in names:
            p = plover(name)
            assert isinstance(p, PloverType) and p.quad_class == quad and p.definition
            assert lookup(p.default_cameo).plover_type == name, name
    assert plover("consult").modes == ("visit", "third-party", "multilateral", "phone")
    assert plover("DEMAND").name == "REQUEST"
    assert plover("disapprove").name == plover("Investigate").name == "ACCUSE"
    assert plover("CRIME") is None and plover(None) is None


def test_plover_scores():
    assert plover_score("CONSULT") == 2.5
    assert plover_score("CONSULT", "visit") == 4.0
    assert plover_score("ASSAULT", "unconventional") == -10.0
    assert plover_score("PROTEST", "vandalize") == -5.0    # no mode score: type score
    assert plover_score("ACCUSE") == -3.0
    assert plover_score("nonsense") is None
    scale = coding.PLOVER_SCALE
    assert scale[("AID", None)] == 10.0 and scale[("RETREAT", "disarm")] == 10.0
    assert all(-10.0 <= v <= 10.0 for v in scale.values())
