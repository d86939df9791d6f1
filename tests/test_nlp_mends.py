"""The sentence boundaries rapport sets before the parser."""
from rapport import nlp


def test_a_title_abbreviation_before_a_name_ends_no_sentence():
    doc = nlp.load()("Kerry met with Special Envoy for Climate Change Dr. Sultan Al Jaber. "
                     "They discussed the climate.")
    assert len(list(doc.sents)) == 2
    assert "Sultan" in list(doc.sents)[0].text


def test_rank_abbreviations_stay_whole_and_end_no_sentence():
    doc = nlp.load()("Sherman met the Deputy Minister of Defense Sr. Lt. Gen. Hoang Xuan Chien in "
                     "Hanoi. They discussed the sea.")
    assert [t.text for t in doc][7:9] == ["Sr.", "Lt."]
    assert len(list(doc.sents)) == 2
    assert "Chien" in list(doc.sents)[0].text


def test_a_people_written_without_its_hyphen_is_one_people_not_the_united_states():
    doc = nlp.load()("The Vice President met with leaders of the Asian American community.")
    assert [(e.text, e.label_) for e in doc.ents if "American" in e.text] == [("Asian American", "NORP")]


def test_an_under_secretary_s_name_is_the_subject_not_the_object_of_under():
    doc = nlp.load()("Under Secretary of State Bonnie Jenkins and Assistant Secretary of State Mallory Stewart "
                     "met with Director-General Fernando Arias.")
    met = next(t for t in doc if t.text == "met")
    assert [c.text for c in met.children if c.dep_ == "nsubj"] == ["Jenkins"]
    assert doc[0].dep_ == "compound" and doc[0].head.text == "Secretary"
    doc = nlp.load()("Under Secretary Bass, Ambassador Jones, and senior officials thanked the coalition.")
    thanked = next(t for t in doc if t.text == "thanked")
    assert [c.text for c in thanked.children if c.dep_ == "nsubj"] == ["Bass"]
    assert {c.text for c in doc[2].conjuncts} == {"Jones", "officials"}


def test_the_surnames_a_plural_title_opens_are_people():
    doc = nlp.load()("Thank you to Representatives Katko, Cuellar, Cole, Joyce, Mullin, Gallego and Senators "
                     "Sinema, Hoeven, Kelly, and Hassan for their leadership.")
    people = {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert {"Cuellar", "Cole", "Hassan"} <= people and any("Katko" in p for p in people), people
    doc = nlp.load()("The Senators met in Washington, and Ministers of Finance spoke.")
    assert not [e for e in doc.ents if e.label_ == "PERSON"]


def test_the_members_a_legislative_plural_title_lists_are_people_even_untagged():
    doc = nlp.load()("Thank you to Senator Hirono and Representatives Kahele and Case for their leadership.")
    people = {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert {"Kahele", "Case"} <= people, people
