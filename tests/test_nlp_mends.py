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
