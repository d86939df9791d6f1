"""Actors stage: groups and organisations the NER does not give whole (rapport.actors.groups).

Every sentence here is written for these tests (none comes from the dev texts): acronyms
defined in brackets, demonym + sector-noun groups, described groups named after the
sentence's country, and the country an appositive gives a person.
"""
from __future__ import annotations

import pytest

from rapport.actors import extract, groups
from rapport.schema import Document


@pytest.fixture(scope="module")
def nlp():
    from rapport.nlp import load
    return load()


def _table(nlp, text, published="2024-05-02"):
    doc = nlp(text)
    return doc, extract(doc, Document(id="t", text=text, published=published))


def _actor_at(doc, table, word, nth=0):
    toks = [t for t in doc if t.text == word]
    aid = table.at(toks[nth])
    return table.by_id(aid) if aid else None


# --- acronyms defined in brackets ----------------------------------------------------------


def test_acronym_definitions_spell_the_name(nlp):
    doc = nlp("Officers of the Peruvian Ministry of Defence (MINDEF) met members of the "
              "Brigada de Operaciones Especiales (BOE) and of the Guardia Nacional "
              "Bolivariana (GNB).")
    found = {acr: doc[s:e].text for s, e, acr in groups.acronym_definitions(doc)}
    assert found == {"MINDEF": "Ministry of Defence", "BOE": "Brigada de Operaciones Especiales",
                     "GNB": "Guardia Nacional Bolivariana"}


def test_no_acronym_in_words_in_brackets(nlp):
    doc = nlp("The Liberty (Freedom) movement and the Party of Labour (Albania) met in May.")
    assert groups.acronym_definitions(doc) == []
    assert not groups.is_acronym("Freedom") and groups.is_acronym("SPLM/A")


def test_later_uses_of_an_acronym_are_the_same_actor(nlp):
    doc, table = _table(nlp, "The Peruvian Ministry of Defence (MINDEF) issued new rules on Monday. "
                             "On Tuesday MINDEF troops closed the road, and a MINDEF spokesman "
                             "defended the move.")
    first = _actor_at(doc, table, "Ministry")
    assert first is not None and first.kind == "organization"
    assert first.country == "PER"
    assert first.name == "Ministry of Defence of Peru"      # how the body names itself
    assert _actor_at(doc, table, "MINDEF", 0) is first     # in the brackets
    assert _actor_at(doc, table, "MINDEF", 1) is first     # "MINDEF troops"
    assert table.by_id(table.resolve([t for t in doc if t.text == "troops"][0])) is first


def test_a_unit_known_by_its_acronym_takes_its_ministry_country(nlp):
    doc, table = _table(nlp, "Officials named the Brigada de Operaciones Especiales (BOE) of the "
                             "Venezuelan Ministry of Defence (MINDEF). BOE soldiers guarded the "
                             "palace.")
    unit = _actor_at(doc, table, "Brigada")
    assert unit is not None and unit.name == "Brigada de Operaciones Especiales"
    assert unit.country == "VEN"
    soldiers = [t for t in doc if t.text == "soldiers"][0]
    assert table.by_id(table.resolve(soldiers)) is unit


def test_an_organisation_entity_stops_at_its_bracket(nlp):
    doc, table = _table(nlp, "The Nordic Workers Federation (Unity) said it would strike.")
    assert not any("(" in a.name for a in table.actors)


# --- demonym + sector noun -------------------------------------------------------------------


@pytest.mark.parametrize("text,word,name,iso,sector", [
    ("Lebanese gunmen fired on a convoy near the coast.", "gunmen", "Lebanese gunmen", "LBN", "UAF"),
    ("Thousands of Bolivian protesters marched to the palace.", "protesters", "Bolivian protesters", "BOL", "OPP"),
    ("Some 400 Malian rebels crossed into the next valley.", "rebels", "Malian rebels", "MLI", "REB"),
    ("Thousands of Syrian Kurds fled the town.", "Kurds", "Syrian Kurds", "SYR", None),
    ("The minister praised Senegal's vibrant civil society on Tuesday.", "society",
     "Senegalese civil society", "SEN", "SOC"),
])
def test_demonym_and_sector_noun_is_a_group_with_that_country(nlp, text, word, name, iso, sector):
    doc, table = _table(nlp, text)
    a = _actor_at(doc, table, word)
    assert a is not None and a.kind == "group"
    assert (a.name, a.country, a.sector) == (name, iso, sector)


@pytest.mark.parametrize("text,word,country", [
    ("Chilean soldiers crossed the river.", "soldiers", "Chile"),        # the state's organs
    ("The Peruvian government protested.", "government", "Peru"),
    ("Three Malian civilians were wounded.", "civilians", "Mali"),       # its people
    ("Bolivian teachers went on strike.", "teachers", "Bolivia"),         # its ordinary sectors
])
def test_the_state_and_its_people_stay_the_country(nlp, text, word, country):
    doc, table = _table(nlp, text)
    tok = [t for t in doc if t.text == word][0]
    a = table.by_id(table.resolve(tok))
    assert a is not None and a.kind == "country" and a.name == country


def test_several_countries_or_a_backer_make_no_group(nlp):
    doc, table = _table(nlp, "Chilean and Peruvian protesters met. Iranian-backed militants left.")
    assert not any(a.kind == "group" and a.country for a in table.actors)


# --- described groups: the name and the sentence's country ----------------------------------


def test_a_described_group_does_not_swallow_an_including_clause(nlp):
    doc, table = _table(nlp, "Security forces, including the riot police, dispersed peaceful "
                             "protesters in Bolivia on Monday.")
    forces = [t for t in doc if t.text == "forces"][0]
    a = table.by_id(table.phrase_actor(forces, need_country=True))
    assert a is not None and a.country == "BOL"
    assert "including" not in a.name and "," not in a.name
    assert [m.text for m in a.mentions] == ["Security forces"]


def test_a_group_named_by_an_evaluative_adjective_takes_the_place_country(nlp):
    doc, table = _table(nlp, "The police dispersed peaceful protestors across Bolivia on Monday, "
                             "and later arrested peaceful protestors in Bolivia again.")
    toks = [t for t in doc if t.text == "protestors"]
    a = table.by_id(table.phrase_actor(toks[0]))
    assert a is not None and a.country == "BOL" and a.sector == "OPP"
    assert a.name == "Bolivian protesters"                 # demonym + the usual spelling
    assert a.mentions[0].text == "peaceful protestors"     # the text's own words
    assert table.phrase_actor(toks[1]) == a.id             # the same group named again


def test_a_group_takes_no_country_from_another_clause_or_side(nlp):
    doc, table = _table(nlp, "Chilean forces killed six militants in a raid.")
    militants = [t for t in doc if t.text == "militants"][0]
    aid = table.phrase_actor(militants)
    assert aid is not None and table.by_id(aid).country is None


# --- persons: the country an appositive or the sentence gives -------------------------------


def test_an_appositive_gives_a_person_a_country(nlp):
    doc, table = _table(nlp, "A member of the Bolivian parliament, Tomas Quispe Mamani, began a "
                             "hunger strike on Monday.")
    a = _actor_at(doc, table, "Quispe")
    assert a is not None and a.kind == "person" and a.country == "BOL"


def test_a_titled_person_takes_the_one_country_of_the_sentence(nlp):
    doc, table = _table(nlp, "President Hakainde Mweetwa lifted the state of emergency in Zambia.")
    a = _actor_at(doc, table, "Mweetwa")
    assert a is not None and a.country == "ZMB"
    doc, table = _table(nlp, "President Hakainde Mweetwa welcomed Malawian leader Peter Chakwera.")
    a = _actor_at(doc, table, "Mweetwa")
    assert a is not None and a.country is None       # the other man's title is not his


def test_the_title_names_the_first_person_even_when_the_knowledge_base_does_not(run_text):
    """"Remarks by Ambassador Jane Roe at ...": "I" is Jane Roe, with the publisher's country."""
    rec = run_text("I met Russian counterparts in Geneva yesterday.", published="2022-03-01",
                   title="Remarks by Ambassador Jane Roe at the Conference on Disarmament",
                   url="https://www.state.gov/remarks-by-ambassador-jane-roe/")
    me = [a for a in rec.actors if a.name == "Jane Roe"]
    assert me and me[0].kind == "person" and me[0].country == "USA"
    ev = [e for e in rec.events if e.type == "CONSULT"]
    by = {a.id: a.name for a in rec.actors}
    assert ev and [by[i] for i in ev[0].actor] == ["Jane Roe"]
