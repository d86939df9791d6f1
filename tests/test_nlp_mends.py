"""The sentence boundaries rapport sets before the parser."""
from rapport import nlp


def test_a_title_abbreviation_before_a_name_ends_no_sentence():
    doc = nlp.load()("Kerry met with Special Envoy for Climate Change Dr. Sultan Al Jaber. "
                     "They discussed the climate.")
    assert len(list(doc.sents)) == 2
    assert "Sultan" in list(doc.sents)[0].text
