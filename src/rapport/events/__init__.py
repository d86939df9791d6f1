"""Events stage: who did what to whom, when and where, coded in PLOVER and CAMEO.

A trigger is a verb or event noun found in the predicate lexicon (data/predicates.tsv),
with the frame it needs (a preposition, a light verb's object). Its arguments come from
the dependency parse (subject, object, "with"/"to"/"against"/"between" phrases, passive
agents, conjuncts) mapped to actors; its modality from negation, auxiliaries and the verbs
above it; its date and place from the clause, then the sentence, then the publication
date (flagged). ``Event.explain`` says which lexicon line and parse path made each event.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace as dc_replace
from typing import Optional

from spacy.tokens import Doc, Token

from .. import time as timex
from ..actors import ActorTable, knowledge
from ..actors.resolve import PEOPLE_PLURALS
from ..layout import dateline_of, is_reporter, speaker_labels, text_of
from ..schema import Document, Event, Span
from . import coding
from .args import (JUDGE_FOR, _abroad, _answered, _expand, _named_members, _noun_agents, _owner, ALL_SIDES, HOST_VERBS, LIGHT_VERBS, TRAVEL_VERBS, PLACE_TARGETS, _actors, _agentless, _by_prep,
                   _imperative, _local_group, _located, _matches, _place_side, _recipients, _subject,
                   _trimmed, counterpart_state)
from .lexicon import Entry, entries
from .merge import _hosting, _one_agreement, _pairwise, _same_event, _three_sides, _threats
from .modality import CREDIT_HEADS, TOPIC_VERBS, _account, _background, _modality, _standing
from .speech import (HEARTENED, _accusation, _addressee, _as_told, _call_for, _company, _concern, _duty,
                     _encouraged, _grateful, _greeting, _joined_by, credited_aid, _need, _obligation, _praise,
                     _presence, _warning)

#: Money and help that "from X" says who gives (not "relief from", "a drawdown from stocks").
FUNDS = {"funding", "fund", "funds", "assistance", "aid", "support", "grant", "grants", "contribution",
         "contributions", "donation", "donations", "loan", "loans", "financing"}
#: Types that need no other side: a country mobilises, people protest.
MONADIC = {"MOBILIZE", "PROTEST"}
#: Subjects that are a sanction itself, not its author: "Today's action imposes visa restrictions"
SANCTION_ACTS = {"action", "measure", "designation", "decision", "step", "policy", "order", "sanction"}
#: verbs that restate a position ("reaffirmed its support for ..."), and the words that
#: make the support restated a material one
RESTATE_VERBS = {"reaffirm", "reiterate"}
#: What an appeal may ask to stop: "an end to Russia's aggression", "Russia's withdrawal".
STOP_NOUNS = {"end", "halt", "cessation", "stop", "withdrawal", "pullout"}
#: Verbs that present aid someone gives rather than give it: "previewed further security
#: assistance for Ukraine". The aid is the government's, not the presenter's.
PRESENTING = {"preview", "unveil", "highlight", "note", "outline", "recall", "tout"}
MATERIAL_WORDS = {"assistance", "aid", "funding", "weapon", "equipment", "loan", "grant", "training"}
#: what a body writes: "the report by the Panel of Experts that ..." names its author, not
#: the one a concern about it is about
REPORT_NOUNS = {"report", "reports", "statement", "finding", "findings", "assessment", "study", "review"}
#: acts whose target, when the sentence names none, may be the state a document is about
FOCUS_TYPES = {"REQUEST", "THREATEN"}


#: What one is thanked for when the thanks are a courtesy: "thank you for being here",
#: "for joining us", "for having me", "for coming".
PRESENCE = {"be", "join", "have", "come", "attend", "host", "invite", "welcome", "participate"}


#: Conjunctions of a clause that gives a reason, asserted as much as its main clause.
REASON_MARKS = {"because", "since", "as", "given"}


def _vocative(tok: Token, subj: list) -> bool:
    """ "Retno, thank you for ...": a name set off before "thank you" is the one addressed,
    though the parser makes it the subject."""
    return tok.lemma_.lower() == "thank" and len(subj) == 1 and subj[0].pos_ == "PROPN" \
        and subj[0].right_edge.i + 1 < len(tok.doc) and tok.doc[subj[0].right_edge.i + 1].text == "," \
        and any(c.dep_ == "dobj" and c.lower_ == "you" for c in tok.children)


def _thanked_for_something(tok: Token) -> bool:
    """ "thank you for your leadership" thanks someone for something; "thank you for being
    here" or a bare "Thank you." is a courtesy."""
    named = [tok] + [v for v in list(tok.children) + list(tok.head.children)
                     if v.dep_ in ("npadvmod", "appos") and v.pos_ == "PROPN"]
    # ("I want to thank you, Mr. Prime Minister, for Greeks' moral leadership": the for-
    # phrase hung on the one addressed)
    fors = [g for v in named for c in v.children if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children if g.dep_ in ("pobj", "pcomp")]
    return bool(fors) and not all(g.pos_ in ("VERB", "AUX") and g.lemma_.lower() in PRESENCE
                                  for g in fors)


#: verbs that are themselves the agreement ("agreed to provide $70 million"): the aid
#: stays their content, not a planned act of its own
#: Verbs that restate a stance held before ("reiterated our concerns that ...").
RESTATING_VERBS = {"reiterate", "restate", "emphasize", "emphasise", "stress", "highlight",
                   "underscore", "relay", "communicate"}
AGREE_VERBS = frozenset({"agree", "offer", "pledge", "promise", "vow", "consent", "undertake", "commit"})


#: What force cannot be used on: "attacks on freedom of the press", "an assault on
#: democracy", "the attack on the foundations of global peace".
ABSTRACT_TARGETS = {"freedom", "freedoms", "right", "rights", "democracy", "liberty",
                    "independence", "sovereignty", "value", "values", "principle", "principles",
                    "foundation", "foundations", "order", "truth", "law", "rule", "norm", "norms",
                    "speech", "expression", "press", "media", "dignity", "peace", "security",
                    "stability", "institution", "institutions", "process", "integrity",
                    # problems one "fights" or "combats": "to fight climate change"
                    "change", "climate", "crisis", "corruption", "poverty", "pandemic",
                    "disease", "virus", "covid-19", "hunger", "inequality", "crime",
                    "terrorism", "extremism", "disinformation", "misinformation", "impunity",
                    "trafficking", "inflation", "fire", "wildfire", "wildfires", "threat",
                    "threats", "challenge", "challenges", "racism", "discrimination",
                    "antisemitism", "hatred", "hate", "violence", "insecurity", "malaria"}


#: Verbs of a relative clause that say whom an attack hit: "attacks ... that have
#: impacted the United States".
IMPACT_VERBS = {"impact", "affect", "target", "hit", "harm", "damage", "strike", "victimize",
                "cripple", "disrupt", "kill", "injure", "wound"}


def _long_before(e: Event, kept: Event, pub: Optional[dt.date]) -> bool:
    """A dated mention far earlier than an undated one ("the group was announced last
    October at the first trilateral meeting", in a text about today's meeting) is another
    encounter, not a date for the one the text reports."""
    if pub is None or not kept.date_from_publication or e.date_from_publication or not e.date:
        return False
    try:
        when = dt.date.fromisoformat(e.date if len(e.date) == 10 else e.date + "-01")
    except ValueError:
        return False
    if len(e.date) == 7:
        return (when.year, when.month) != (pub.year, pub.month)
    return (pub - when).days > 14


#: Things an attack hits that belong to the side attacked: "destroyed apartment buildings".
STRUCK_THINGS = {"building", "school", "hospital", "infrastructure", "city", "town", "village",
                 "home", "house", "civilian", "apartment", "vehicle", "center", "centre", "plant",
                 "theater", "theatre", "shelter", "port", "bridge", "station", "facility", "target",
                 "neighborhood", "neighbourhood", "area", "region", "territory", "population"}


def _shares_an_object(tok: Token) -> bool:
    """ "attacked and beaten protesters": a verb joined to another that has the object."""
    verbs = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    return any(c.dep_ in ("dobj", "pobj") for v in verbs for c in v.children)


def _states(ids: list, table: ActorTable) -> set:
    """The states a list of actors belongs to."""
    return {a.country for a in (table.by_id(i) for i in ids) if a is not None and a.country}


#: Words that name again an act told before: "condemns these actions".
DEEDS = {"action", "act", "measure", "step", "move", "behavior", "behaviour", "conduct",
         "decision", "abuse", "violation", "practice", "tactic", "crime", "atrocity"}


def _person_after_country(toks: list, table: ActorTable) -> list:
    """The parser may end an argument at the country that opens a person's title ("spoke
    with Republic of Korea (ROK) First Vice Foreign Minister Choi Jong Kun and Japanese
    Vice Foreign Minister Mori Takeo", the rest a sentence of its own): the person and
    those joined to them are the argument, not the country."""
    g = toks[0]
    a = table.by_id(table.at(g)) if table.at(g) else None
    if a is None or a.kind != "country":
        return []
    doc, start = g.doc, max(t.i for t in g.subtree) + 1
    k = start
    end = doc[g.sent.end].sent.end if g.sent.end < len(doc) and doc[g.sent.end - 1].text not in ".!?" \
        else g.sent.end                     # (the parser may start a sentence at the title)
    end = end if any(t.text == ")" for t in doc[start:g.sent.end + 1]) else g.sent.end
    while k < end and (doc[k].text in ("(", ")") or (
            doc[k].text.isupper() and k > 0 and doc[k - 1].text == "(")):
        k += 1                                         # "(ROK)"
    while k < end and doc[k].dep_ == "compound" and doc[k].text[:1].isupper() \
            and not table.at(doc[k]):
        k += 1                                         # "First Vice Foreign Minister"
    if k >= end or k == start:
        return []
    person = table.by_id(table.at(doc[k])) if table.at(doc[k]) else None
    if person is None or person.kind != "person":
        return []
    head = doc[k]
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return _expand(head) if head.i not in (t.i for t in g.subtree) else []


def _verb_tagged_noun(tok: Token) -> bool:
    """ "The United States thanks Prime Minister Bainimarama": a plural noun that heads
    its clause with a subject and an object is the verb the tagger missed."""
    return tok.tag_ == "NNS" and tok.dep_ in ("ROOT", "conj", "ccomp") \
        and any(c.dep_ == "nsubj" for c in tok.children) \
        and any(c.dep_ in ("dobj", "npadvmod") for c in tok.children)


def _one_government(ids: list, table: ActorTable) -> bool:
    """Whether every side is an official of the same government (persons, GOV or MIL, one
    country)."""
    people = [table.by_id(i) for i in ids]
    return all(p is not None and p.kind == "person" and p.sector in ("GOV", "MIL")
               and not _subnational(p, table) for p in people) \
        and len({p.country for p in people}) == 1 and people[0].country is not None


#: Offices of a state's or city's own government: a governor the President calls is
#: another government, not his own
SUBNATIONAL_ROLES = {"governor", "mayor"}


def _subnational(person, table: ActorTable) -> bool:
    """Whether the text titles a person only by a state's or city's office, and the
    knowledge base knows them in no other ("Governor Granholm", now Energy Secretary, is not)."""
    roles = table.roles.get(person.id)
    if not roles or not roles <= SUBNATIONAL_ROLES:
        return False
    known = knowledge.load().person(person.canonical or person.name)
    return not (len(known) == 1 and any(t.role not in SUBNATIONAL_ROLES for t in known[0].terms))


def _specific_amount(tok: Token) -> bool:
    """Whether a trigger's object names an amount ("$713 million in FMF", "25,000 tons of
    food", "a $150 million package"): the mark of a specific act, not a broad promise."""
    for c in tok.children:
        if c.dep_ not in ("dobj", "attr", "nsubjpass", "oprd"):
            continue
        for t in c.subtree:
            if t.ent_type_ in ("MONEY", "QUANTITY") or (t.like_num and t.ent_type_ == "CARDINAL"
                                                        and t.head.pos_ == "NOUN"):
                return True
    return False


def _published(document: Document) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat((document.published or "")[:10])
    except ValueError:
        return None


def _heads_a_body(person) -> bool:
    """Whether the knowledge base knows the person as the head of a body (NATO's Secretary
    General, the Commission's President), not its spokesperson."""
    if person is None or person.kind != "person":
        return False
    known = knowledge.load().person(person.canonical or person.name)
    return len(known) == 1 and any("head" in (t.roles or (t.role,)) for t in known[0].terms)


def _own_unaddressed(tok: Token, subj: list, actors: list, table: ActorTable) -> bool:
    """Whether a verb is the text's own appeal to no one named: said in a main clause by the
    author, the first person or a joint statement's signers, with a pronoun or a name as its
    subject; not a turn in a briefing that moves from topic to topic, nor "the President's
    plans call for ...", nor "We call on the international community" (someone named, whom
    we could not resolve), nor a sentence that names anyone else."""
    own = _own_ids(table) | set(table.joint_ids) | {
        a.id for a in table.actors if a.kind == "country" and a.country in table.joint}
    return all(a in own for a in actors) and not table.voice.get(tok.i) \
        and bool(subj) and all(t.pos_ in ("PRON", "PROPN") and t.head.i in (tok.i, tok.head.i)
                               for t in subj) \
        and tok.dep_ in ("ROOT", "conj", "xcomp") \
        and not _addressed(tok) and not _others_in(tok.sent, actors, table)


#: nouns that name whom an appeal is made to ("all parties", "the international community")
ADDRESSEES = ALL_SIDES | {"community", "donor", "actor", "leader", "authority", "official", "member",
                          "partner", "ally", "everyone", "people", "citizen", "group", "player",
                          "participant", "signatory", "neighbor", "neighbour", "institution"}


def _addressed(tok: Token) -> bool:
    """Whether an appeal names whom it is made to, resolved or not: "call on X", "urge all
    political actors to engage"."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "upon") and any(g.dep_ == "pobj" for g in c.children):
            return True
        if c.dep_ in ("dobj", "dative") and (c.pos_ in ("PRON", "PROPN") or c.lemma_.lower() in ADDRESSEES):
            return True
        if c.dep_ in ("dobj", "dative") and any(x.dep_ in ("xcomp", "ccomp", "advcl") for x in tok.children):
            return True     # "asking the biggest corporations to pay", "ask the press corps if"
    return False


#: What a concern may be about that no one is to blame for.
DISEASE_WORDS = {"covid-19", "covid", "coronavirus", "pandemic", "outbreak", "epidemic", "virus",
                 "disease", "ebola", "cholera", "measles", "mpox", "monkeypox", "earthquake",
                 "flood", "floods", "drought", "hurricane", "typhoon", "cyclone", "wildfire", "wildfires"}
IMPACT_NOUNS = {"impact", "effect", "toll", "consequence", "burden"}


def _as_aid(obj: Token) -> bool:
    """ "our support for Ukraine, including through economic and humanitarian assistance":
    support given as aid."""
    return any(c.lower_ == "including" and any(t.lemma_.lower() in ("assistance", "aid") for t in c.subtree)
               for c in obj.children)


#: Verbs and nouns of praise whose object or for-phrase names a praised act.
PRAISE_HEADS = {"thank", "commend", "praise", "applaud", "laud", "hail", "welcome", "appreciate",
                "appreciation", "gratitude", "thanks", "recognize", "recognise", "salute"}


def _praised(tok: Token) -> bool:
    """A noun that names what someone is thanked or praised for: "thanked the Prime Minister
    for Croatia's humanitarian assistance to Ukraine", "welcomed Japan's aid to Ukraine"."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "dobj":
        return t.head.lemma_.lower() in PRAISE_HEADS
    if t.dep_ == "pobj" and t.head.lower_ == "for":
        h = t.head.head         # (the for-phrase may hang on the one thanked)
        return h.lemma_.lower() in PRAISE_HEADS or (h.dep_ == "dobj" and h.head.lemma_.lower() in PRAISE_HEADS)
    return False


def _governed_by_root(tok: Token) -> bool:
    """The trigger hangs from its sentence's main verb through complements only (a to-clause,
    an object, a noun's clause), not through a conjunct of something asked."""
    x = tok
    for _ in range(6):
        if x.head.i == x.i:
            return True
        if x.dep_ not in ("xcomp", "acl", "dobj", "pobj", "prep", "ccomp") and not (
                x.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children)):
            return False
        x = x.head
    return False


def _struck_place(tok: Token) -> bool:
    """ "our condemnation of terrorist attacks in India": the place an attack struck is its
    victim, not the one condemned."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at", "on", "against"):
        return False
    act = tok.head.head
    rows = entries().get((act.lemma_.lower(), "NOUN"), ())
    return bool(rows) and all(e.cameo[:2] in ("18", "19", "20") for e in rows)


def _borne_by(tok: Token) -> bool:
    """A concern about "the impact of COVID-19 on the North Korean people" is for the people
    it falls on, not against them."""
    for a in tok.ancestors:
        if a.dep_ == "prep" and a.lower_ == "on":
            h = a.head              # ("the impact of the outbreak of COVID-19 on ...")
            while True:
                if h.lemma_.lower() in IMPACT_NOUNS:
                    return True
                if h.dep_ not in ("pobj", "prep") or h.head.i == h.i:
                    return False
                h = h.head
    return False


def _authors_report(t: Token) -> bool:
    """Whether ``t`` sits in the by-phrase of a report ("the report by the Panel of Experts")."""
    for a in list(t.ancestors)[:4]:
        if a.pos_ in ("VERB", "AUX"):
            return False
        if a.lower_ == "by" and a.dep_ == "prep" and a.head.lemma_.lower() in REPORT_NOUNS:
            return True
    return False


def _following(rec_toks: list, table: ActorTable) -> list:
    """The people (or bodies) a "the following X:" phrase lists after its colon, in the same
    sentence."""
    head = rec_toks[0] if rec_toks else None
    if head is None or not any(c.lower_ == "following" for c in head.children):
        return []
    colon = next((t for t in head.doc[head.i + 1:head.sent.end] if t.text == ":"), None)
    if colon is None:
        return []
    out = []
    for t in head.doc[colon.i + 1:head.sent.end]:
        aid = table.at(t)
        if aid and table.by_id(aid).kind in ("person", "organization") and aid not in out:
            out.append(aid)
    return out


def _text_lines(text: str, at: int = 0):
    """(start, end, line) for each non-blank line of ``text`` from offset ``at``: lists are
    laid out by lines."""
    for line in text[at:].split("\n"):
        if line.strip():
            yield at, at + len(line), line
        at += len(line) + 1


def _bulleted_after(tok: Token, table: ActorTable) -> list:
    """The people and bodies named in the top-level bullets right after a sentence that ends
    on a colon ("has designated:"); sub-bullets say why and add no one."""
    doc = tok.doc
    line_end = doc.text.find("\n", tok.idx)
    if line_end < 0 or not doc.text[tok.idx:line_end].rstrip().endswith(":"):
        return []
    out = []
    for start, _end, line in _text_lines(doc.text, line_end + 1):
        if line[:1] not in BULLETS:
            if line.lstrip()[:1] in BULLETS:
                continue                            # a sub-bullet: why, not who
            break
        span = doc.char_span(start, start + len(line), alignment_mode="expand")
        if span is not None and any(t.pos_ in ("VERB", "AUX") for t in span):
            return []                               # a list of statements, not of names
        for t in span or ():
            aid = table.at(t)
            if aid and table.by_id(aid).kind in ("person", "organization") and aid not in out:
                out.append(aid)
    return out


def _own_ids(table: ActorTable) -> set:
    """The text's own voice: its author and its first person."""
    return {x.id for x in (table.author, table.first_person) if x is not None}


def _governments_of(actors: list, table: ActorTable) -> list:
    """The states of the officials who act, when every actor is a person of a known state:
    their governments give the aid or impose the costs ("their efforts to provide
    assistance", "the Secretary previewed further security assistance"); else []."""
    people = [table.by_id(a) for a in actors]
    if not people or not all(p is not None and p.kind == "person" and p.country
                             and p.country not in knowledge.SPECIAL_CODES for p in people):
        return []
    return list(dict.fromkeys(table._country(p.country) for p in people))


def _own_voice(actors: list, table: ActorTable) -> bool:
    """Whether the actors are the text's own voice: its author or first person."""
    return set(actors) <= _own_ids(table)


def _others_in(sent, actors: list, table: ActorTable) -> bool:
    """Whether the sentence names an actor besides ``actors``."""
    return any(a not in actors for a in table.in_span(sent.start, sent.end))


class _Context:
    """Per-document helpers: date mentions and places."""

    def __init__(self, doc: Doc, document: Document):
        self.doc = doc
        self.pub = _published(document)
        self.dates = timex.find(text_of(doc))
        self.kb = knowledge.load()
        # once per document: Span.ents walks the whole Doc on every call
        self.places = [e for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC") or (
            e.label_ in ("NORP", "ORG") and e.text[:1].isupper()
            and getattr(self.kb.city(e.text), "via", None) in ("capital", "city"))]   # "traveled to
                                                                # Tunis" (tagged NORP)
        # a readout titled as a call ("Joint Readout of Quad Leaders Call"): its leaders who
        # "convened" did so by phone or video
        title = document.title or ""
        self.call_title = bool(re.search(r"\bCalls?\b", title)) and not re.search(r"\bMeet", title)
        # "Public Schedule - June 25, 2021": the day's plan, published the evening before
        self.schedule = bool(re.match(r"(?:Public|Daily)\s+Schedule\b", title, re.I))
        # PLOVER type -> the actors of its last event that happened: "the attacks" named
        # again ("We condemn the attacks on civilians") are theirs
        self.doers: dict[str, list[str]] = {}
        self.victims: dict[str, tuple] = {}   # type -> (doers' states, victims, sentence start)
        self.hostile: list[str] = []          # the doers of the last hostile act
        self.accused: list[str] = []          # whom the last accusation was against

    def focus(self, table: ActorTable, actors: list) -> Optional[str]:
        """The one foreign state a document is about, if one stands out: most mentioned
        (its own name and its people's, officials', bodies'), at least three times, and
        twice as often as the next state. The actors' own states never count."""
        own = {table.by_id(a).country for a in actors if table.by_id(a)}
        counts: dict = {}
        for a in table.actors:
            if a.country and len(a.country) == 3 and a.country not in ("UNO", "EUR", "IGO", "IMG") \
                    and a.country not in own:
                counts[a.country] = counts.get(a.country, 0) + len(a.mentions)
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        iso = ranked[0][0]
        state = next((a for a in table.actors if a.kind == "country" and a.country == iso), None)
        rival = max((a for a in table.actors if a.country == iso and a.kind in ("organization", "group")),
                    key=lambda a: len(a.mentions), default=None)
        if rival is not None and len(rival.mentions) > (len(state.mentions) if state else 0):
            return rival.id     # a statement on the Taliban's Afghanistan is about the Taliban
        return table._country(iso)

    def date_for(self, tok: Token, future: bool):
        sent = tok.sent
        sub = sorted(tok.subtree, key=lambda t: t.i)
        in_sent = [d for d in self.dates if sent.start_char <= d.start < sent.end_char]
        if self.pub is None:
            return None
        in_sent = [d for d in in_sent if not self._owned_below(d, tok)]
        if not in_sent:
            return self._narrative_date(tok, future)
        lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1])
        head_span = (tok.head.left_edge.idx, tok.head.right_edge.idx + len(tok.head.right_edge))

        def rank(d):
            inside = lo <= d.start < hi
            near_head = head_span[0] <= d.start < head_span[1]
            return (not inside, not near_head, abs(d.start - tok.idx))
        for d in sorted(in_sent, key=rank):
            if re.search(r"\b(?:coming|upcoming|future)\b", d.text, re.I):
                continue        # "In the coming months, the U.S. and the UK will work
                                # together": no day or month of anything done
            if re.search(r"\bsince\s+(?:the\s+)?$", self.doc.text[max(0, d.start - 12):d.start], re.I):
                continue        # "Since February 24, the United States has committed $30
                                # million": when a span began, not when the act was done
            r = timex.resolve(d, self.pub, future=future)
            if r is not None and not future and r.iso > self.pub.isoformat()[:len(r.iso)]:
                continue        # "on track to reach the President's goal ... by 2035": a
                                # target ahead, not when a thing done was done
            if r is not None:
                return r
        return None

    def ahead(self, tok: Token) -> Optional[str]:
        """The words of a time in the trigger's own clause that lies after publication
        ("meets Lavrov tomorrow", "is meeting him next week", "this coming week"). A trigger
        in the past tense is a past act whatever else the sentence dates."""
        if self.pub is None or tok.tag_ in ("VBD", "VBN") or (tok.tag_ == "VBG" and any(
                c.dep_ == "aux" and c.tag_ == "VBD" for c in tok.children)):
            return None
        sub = sorted(tok.subtree, key=lambda t: t.i)
        lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1])
        for d in self.dates:
            if not lo <= d.start < hi or self._owned_below(d, tok):
                continue
            span = self.doc.char_span(d.start, d.start + len(d.text), alignment_mode="expand")
            if span is None or not any(t.head.i == tok.i or t.head.head.i == tok.i for t in span):
                continue        # only a time the trigger itself governs
            if re.search(r"\b(?:coming|upcoming)\b", d.text, re.I):
                return d.text
            r = timex.resolve(d, self.pub, future=False)    # (ahead by its words: "tomorrow",
            if r is not None and r.iso > self.pub.isoformat()[:len(r.iso)] \
                    and not re.search(r"\b(?:19|20)\d\d\b", d.text):
                return d.text       # "next week"; not a bare "on Monday", which a headline's
                                    # present tense may mean as past; a year written out may
                                    # be a deadline: "by 2030")
        return None

    def _owned_below(self, d, tok: Token) -> bool:
        """A date that times another act inside the trigger's phrase, not the trigger:
        "condemn the action ... after forcing flight FR4978 to land in Minsk on 23 May",
        "thanked Ardern for hosting the APEC retreat on July 16". The date's way up to the
        trigger passes through another verb (or an event noun) first."""
        span = self.doc.char_span(d.start, d.start + len(d.text), alignment_mode="expand")
        if span is None:
            return False
        if tok.lemma_.lower() in JUDGE_FOR | {"welcome", "recognize", "recognise", "hail"} and not (
                tok.lemma_.lower() == "hold" and not any(
                    t.lower_ in ("accountable", "responsible") for t in tok.subtree)):
            # (but "held a meeting on July 28" is no judging: the meeting's time is the verb's)
            # "praised the government's quick condemnation last October of ...", "thanked
            # Morgan for Canada's actions over the weekend": the parser hangs the date on the
            # verb, but it follows the judged act's noun, whose time it is
            first = span[0].i
            if first > 0 and self.doc[first - 1].dep_ == "prep":
                first -= 1          # ("over the weekend")
            before = self.doc[first - 1] if first > 0 else None
            judged = {t.i for c in tok.children if c.dep_ in ("dobj", "prep") for t in c.subtree}
            if before is not None and before.pos_ == "NOUN" and before.i in judged and before.i != tok.i:
                return True
        x = span.root
        while x.head.i != x.i and x.i != tok.i:
            x = x.head
            if x.i == tok.i:
                return False
            if x.dep_ == "dobj" and x.head.i == tok.i and tok.lemma_.lower() in LIGHT_VERBS:
                return False    # "held the working group meeting on July 28": the light verb's
                                # own event noun, whose time is the verb's
            if (x.pos_ == "VERB" and x.dep_ not in ("aux", "auxpass")) or (
                    x.pos_ == "NOUN" and (x.lemma_.lower(), "NOUN") in entries()
                    and not (x.dep_ == "pobj" and x.head.lower_ == "for")):
                # (but "traveled to China for meetings ... from July 25-26": the trip's time)
                return tok in x.ancestors   # (a date on a verb above the trigger still counts)
        return False

    def _frames(self, d) -> bool:
        """A date that sets the time of its sentence's main clause ("This week, Singh was
        in New Delhi"), not of something inside it ("the floods in Henan this week")."""
        span = self.doc.char_span(d.start, d.start + len(d.text), alignment_mode="expand")
        if span is None:
            return False
        head = span.root
        return head.dep_ in ("npadvmod", "advmod", "pobj") and (
            head.head == head.sent.root or (head.dep_ == "pobj" and head.head.head == head.sent.root))

    def _narrative_date(self, tok: Token, future: bool):
        """A past-tense clause with no date of its own continues the story's last dated
        day: the nearest day-precise date earlier in the paragraph or the one before it
        ("On April 24, Blinken traveled to Kyiv. ... While in Kyiv, they met ...")."""
        verb = tok if tok.pos_ == "VERB" else tok.head
        if verb.tag_ != "VBD" and tok.sent.root.tag_ == "VBD" and not future and _governed_by_root(tok):
            verb = tok.sent.root    # "The Secretary reaffirmed the U.S. commitment to hold
                                    # Russia accountable": said when the story's call was
        if verb.tag_ != "VBD" or future:
            return None
        text = text_of(self.doc)
        para_start = text.rfind("\n", 0, text.rfind("\n", 0, tok.sent.start_char) - 1) + 1 \
            if "\n" in text[:tok.sent.start_char] else 0
        earlier = [d for d in self.dates if para_start <= d.start < tok.sent.start_char]
        for d in reversed(earlier):
            span = self.doc.char_span(d.start, d.start + len(d.text), alignment_mode="expand")
            if span is not None and self._owned_below(d, span.root.sent.root):
                continue        # "traveled to Haiti ... following the July 7 assassination":
                                # the story's day is the trip's, not the one it follows
            r = timex.resolve(d, self.pub)
            if r is not None and r.precision == "day" and not re.search(r"\b\d{4}\b", d.text) \
                    and (self.pub - dt.date.fromisoformat(r.iso)).days > 45:
                continue        # "As we near the commemoration ... on March 15" (of a text of
                                # March 3): a bare day far back is no story's day to carry on
            if r is not None and (r.precision == "day" or ("week" in r.text.lower() and self._frames(d))):
                return r        # (or "This week, Singh was in New Delhi. ... Singh met")
        lead_end, start = len(text), 0
        for para in text.split("\n"):          # the lead: the first paragraph of prose
            if len(para.split()) > 12:
                lead_end = start + len(para)
                break
            start += len(para) + 1
        lead = [d for d in self.dates if d.start < min(lead_end, tok.sent.start_char)]
        for d in lead[:1]:       # else the story's lead: "visited Kyiv yesterday. [...] met"
            r = timex.resolve(d, self.pub)      # (a lead about today sets no past story)
            if r is not None and r.precision == "day" and r.iso != self.pub.isoformat():
                return r
        return None

    def place_for(self, tok: Token) -> tuple[Optional[str], Optional[str], Optional[object]]:
        sent = tok.sent
        ents = [e for e in self.places if sent.start <= e.start < sent.end]
        sub = {t.i for t in tok.subtree}
        ranked = sorted(ents, key=lambda e: (e.start not in sub, abs(e.start - tok.i)))
        for e in ranked:
            head = e.root.head
            if tok.lemma_.lower() in TOPIC_VERBS and e.start in sub and head.head.i != tok.i:
                continue        # "discussed the March 10 drone crash in Zagreb": where the
                                # topic happened, not where the talk was
            if head.lower_ in ("in", "at", "to", "across", "throughout", "inside") and head.dep_ == "prep":
                c = self.kb.country(e.text) or self.kb.city(e.text)
                return e.text, (c.iso3 if c else None), e
        d = dateline_of(self.doc)
        if d is not None and "\n" not in text_of(self.doc)[d[1]:sent.start_char]:
            c = self.kb.country(d[2]) or self.kb.city(d[2])     # the dateline's paragraph
            return d[2], (c.iso3 if c else None), None
        return None, None, None


def _event(doc: Doc, tok: Token, entry: Entry, table: ActorTable, ctx: _Context, n: int,
           skip, args: Optional[tuple] = None) -> Optional[Event]:
    if entry.cameo == "040" and tok.lemma_.lower() == "convene" and ctx.call_title \
            and not any(c.dep_ == "dobj" for c in tok.children):
        entry = dc_replace(entry, cameo="041", mode="phone")
    if entry.cameo == "040" and entry.pos == "VERB" and tok.lemma_.lower() in TOPIC_VERBS | {"talk"} and any(
            g.lemma_.lower() in ("call", "phone") for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("in", "during", "on", "by", "over")
            for g in c.children if g.dep_ == "pobj"):
        # "In separate March 4 calls, Sung Kim discussed ... with X and Y": talks by phone
        entry = dc_replace(entry, cameo="041", mode="phone")
    code = coding.lookup(entry.cameo)
    if entry.cameo == "041" and entry.pos == "VERB" and not entry.objects and any(
            (g.ent_type_ in ("ORG", "EVENT", "GPE", "FAC") or g.lemma_.lower() in ENCOUNTER_NOUNS
             or g.lower_ == "sidelines") and g.lemma_.lower() not in ("call", "phone")
            for c in tok.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "in", "during")
            for g in c.children if g.dep_ == "pobj"):
        # "spoke today with Prime Minister Suga at the G7": talks somewhere in person
        entry = dc_replace(entry, cameo="040", mode=None)
        code = coding.lookup("040")
    if entry.cameo == "041" and entry.pos == "VERB" and not entry.objects and tok.dep_ in ("advcl", "xcomp") \
            and tok.head.lemma_.lower() in TRAVEL_VERBS:
        # "I am traveling to Illinois to speak with farmers": a trip's talks are in person
        entry = dc_replace(entry, cameo="040", mode=None)
        code = coding.lookup("040")
    if entry.cameo.startswith("01") and any(
            g.lower_ in ("following", "below") for c in tok.children if c.dep_ in ("nsubjpass", "dobj", "nsubj")
            for g in c.children):
        return None     # "The following statement was released by France, ...": the text
                        # itself, whose own acts are coded, not an event about its topic
    if entry.pos == "NOUN" and tok.lemma_.lower() in ("assistance", "aid") and not _praised(tok):
        return None     # "U.S. assistance to Ukraine" is coded where someone is thanked or
                        # praised for it ("thanked X for Croatia's humanitarian assistance to
                        # Ukraine"), not wherever it is named as a topic
    if entry.pos == "VERB" and entry.cameo == "163" and not entry.prep and tok.lemma_.lower() == "target" \
            and not any(SANCTIONING.search((table.by_id(a).name if table.by_id(a) else "") or "")
                        for a in _actors(_subject(tok), table, skip)):
        return None     # "Treasury is targeting Russian elites" sanctions them; "forces
                        # targeted civilians" is another act, coded elsewhere if at all
    if entry.pos == "VERB" and entry.cameo == "051" and tok.lemma_.lower() == "support" \
            and tok.dep_ in ("acl", "pcomp", "advcl") and not any(
                a.lemma_.lower() in CREDIT_HEADS for a in list(tok.ancestors)[:4]):
        return None     # "efforts to support the Ukrainian people", "including supporting
                        # refugees": the aim of other work, not support given (annotators
                        # code 4 in 30); but "commended X's efforts to support Y" credits it
    if entry.pos == "VERB" and entry.cameo.startswith("02") and tok.lemma_.lower() in HEARTENED \
            and any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "xcomp" for c in tok.children):
        return None     # "we are encouraged by Kenya's efforts": a feeling (praise, in speech.py)
    if entry.pos == "VERB" and tok.lemma_.lower() == "work" and entry.prep == "with" and not (
            tok.tag_ in ("VBG", "VBN") and tok.dep_ in ("ROOT", "conj", "ccomp") and any(
                c.dep_ == "aux" and c.lemma_.lower() in ("be", "have") for c in tok.children)):
        return None     # "we are working with HNP leadership", "has worked closely with our
                        # Allies": cooperation under way; not "will continue to work with"
                        # (a pledge, coded as one where it is made) nor a purpose
    if entry.pos == "VERB" and _standing(tok):
        return None                 # "X supports Y": a standing policy, not an act
    if entry.pos == "VERB" and entry.cameo[:2] in ("02", "10") and args is None and any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and not table.at(c) and any(
                g.dep_ == "poss" for g in c.children) for c in tok.children):
        return None     # "Russia's flagrant disregard for international law demands a severe
                        # response": an act that calls for an answer, not Russia's appeal
    if entry.pos == "VERB" and tok.lemma_.lower() in ("commit", "dedicate") and any(
            c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in tok.children):
        return None     # "The U.S. is committed to a diplomatic approach": a standing state
    if entry.pos == "VERB" and entry.cameo == "051" and tok.lemma_.lower() in RESTATE_VERBS \
            and not any(t.lemma_.lower() in MATERIAL_WORDS for t in tok.subtree) \
            and not any(c.dep_ == "dobj" and c.lemma_.lower() in ("gratitude", "appreciation", "thanks")
                        for c in tok.children):     # (thanks said again are thanks given)
        return None     # "reiterated their strong support for Ukraine's sovereignty": a
                        # position restated, not an act (annotators code 7 in 98); support
                        # "including through ... assistance" is aid and stays
    how = "subject" if entry.pos == "VERB" else "of/by/poss"
    took_part = False
    vocative = False
    if args is not None:
        subj = []
    elif entry.pos == "VERB":
        subj = _subject(tok)
        vocative = _vocative(tok, subj)
        if vocative:
            subj = []           # "Retno, thank you": the one addressed, not the one thanking
        if not subj and entry.reciprocal:   # "I was engaged with Russian counterparts":
            subj = [c for c in tok.children if c.dep_ == "nsubjpass"]   # both sides act
    else:
        subj = ([] if "of" in entry.recipient else _by_prep(tok, "of")) + _noun_agents(tok) \
            + [c for c in tok.children if c.dep_ == "poss"
               or (c.dep_ in ("amod", "compound") and table.at(c))]   # "the regime's crackdown"
        if entry.reciprocal and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "join":
            subj = subj + _subject(tok.head)   # "Blinken joined Sherman's meeting with Prince
                                               # Khalid": both met him
        if tok.dep_ == "conj" and tok.head.i < tok.i and table.at(tok.head) \
                and tok.head.pos_ in ("PROPN", "ADJ") and any(c.dep_ in ("amod", "compound") and table.at(c)
                                                             for c in tok.children):
            subj.append(tok.head)    # "the Kyrgyz and Tajik border clashes" (misparsed as a
                                     # conjunct of "Kyrgyz"): both sides
        if not _actors(subj, table, skip) and tok.dep_ == "conj" \
                and not any(c.dep_ in ("det", "poss") for c in tok.children):
            # "Belarus's forced diversion of a flight and subsequent arrest of Raman
            # Pratasevich": the second act is Belarus's too (the parser may join it to the
            # first act's object)
            first = tok.head
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            if first.dep_ == "pobj" and first.head.lower_ == "of" and not any(
                    c.dep_ == "poss" for c in first.children):
                first = first.head.head
            if (first.lemma_.lower(), "NOUN") in entries() or first.i != tok.head.i:
                subj = [c for c in first.children if c.dep_ == "poss"]
                how = f"of/by/poss of '{first.text}' (the act it is joined to)"
        if not _actors(subj, table, skip) and tok.dep_ in ("dobj", "nsubjpass") \
                and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in LIGHT_VERBS:
            subj = _subject(tok.head)          # "Russia called off the talks with Ukraine"
            how = f"subject of light verb '{tok.head.text}'"
        if not _actors(subj, table, skip) and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" \
                and not entry.reciprocal and tok.head.lemma_.lower() not in TOPIC_VERBS \
                and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our", "my")
                        for c in tok.children):
            subj = _subject(tok.head)          # "the United States reiterates its call on"
            how = f"subject of '{tok.head.text}' (its own {tok.text})"
        if not _actors(subj, table, skip) and tok.dep_ == "pobj" and tok.head.lower_ == "for" \
                and tok.head.head.lemma_.lower() in TRAVEL_VERBS and entry.reciprocal:
            subj = _subject(tok.head.head)     # "traveled to Tianjin for meetings with Wang Yi"
            how = f"subject of '{tok.head.head.text}' (went for the {tok.text})"
        if not _actors(subj, table, skip) and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") \
                and entry.reciprocal and entry.cameo.startswith("04") and tok.head.head.pos_ == "VERB" \
                and tok.head.i < tok.head.head.i and _by_prep(tok, "with") \
                and tok.head.head.lemma_.lower() not in ("participate", "join", "engage"):
            subj = _subject(tok.head.head)     # "In a meeting with Prime Minister Hun Sen,
            how = f"subject of '{tok.head.head.text}' (the {tok.text} framing it)"   # Sherman stressed"
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and entry.reciprocal \
                and (tok.head.head.lemma_.lower() in ("participate", "join", "engage") or any(
                    c.dep_ == "dobj" and c.lower_ == "part" for c in tok.head.head.children)) \
                and _actors(_subject(tok.head.head), table, skip):
            subj = _subject(tok.head.head)     # "Blinken participated in a meeting of the Quad
            how = f"subject of '{tok.head.head.text}' (took part in the {tok.text})"   # with"
            took_part = True
        if not _actors(subj, table, skip) and tok.dep_ == "pobj" and entry.cameo == "042" and (
                (tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in ("return", "come"))
                or (tok.head.lower_ == "on" and tok.head.head.lemma_ == "be")):
            # "Lenderking returned from travel to Saudi Arabia", "Deputy Secretary Sherman is on
            # travel to Turkey, Spain, ...": the one back from the trip or on it
            subj = _subject(tok.head.head)
            where = "back from" if tok.head.lower_ == "from" else "on"
            how = f"subject of '{tok.head.head.text}' ({where} the {tok.text})"
        their = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ == "their"), None)
        if their is not None and entry.reciprocal and len(_actors(subj, table, skip)) < 2:
            # "the commitment made by Presidents Biden and Erdogan during their meeting in
            # Rome": "their" is the pair named just before it
            pair = next((x for x in reversed(tok.doc[tok.sent.start:their.i])
                         if table.at(x) and their.i - x.right_edge.i <= 4 and any(
                             c.dep_ == "conj" and table.at(c) for c in x.children)), None)
            if pair is not None and len(_actors([pair], table, skip)) >= 2:
                subj, how = [pair], f"'their' ({pair.text} and those joined to it, just before)"
        between = [a for g in _by_prep(tok, "between") for x in _expand(g) for a in [table.at(x)] if a]
        if len(_actors(subj, table, skip)) < 2 and tok.dep_ == "pobj" and len(between) < 2 \
                and (tok.head.lower_ in ("during", "at") or (tok.head.lower_ == "in" and entry.reciprocal
                                                             and tok.head.dep_ == "prep" and tok.head.i < 3)):    # ("during the summit between Biden and Suga": they met)
            # "traded barbs during a phone call", "X, Y and Z launched an agenda to counter
            # hatred at the meeting of ...": the clause's subject took part
            for verb in list(tok.head.ancestors)[:5]:
                if verb.pos_ in ("VERB", "AUX") and _actors(_subject(verb), table, skip):
                    if not subj or len(_actors(_subject(verb), table, skip)) > 1 or (
                            not _actors(subj, table, skip) and len(_actors(_subject(verb), table, skip)) == 1
                            and all(x.lower_ in ("his", "her") for x in subj)):
                        # ("During her visit to Vietnam, Vice President Harris affirmed": she)
                        subj = _subject(verb)      # a group beats "the meeting of <body>"
                        how = f"subject of '{verb.text}' (took part {tok.head.lower_} the {tok.text})"
                    break
    place, place_iso, place_span = ctx.place_for(tok)
    purpose = None
    rec_toks, slot, rec_iso = _recipients(tok, entry, place_iso)
    first, rest = (rec_toks, slot, rec_iso), list(entry.recipient)
    while rec_toks and slot in rest and not _actors(rec_toks, table, skip):
        # the first slot that holds an actor wins: "provide 70 million euros of aid for
        # Moldova" (to|dobj|for) is for Moldova, not the euros
        rest = rest[rest.index(slot) + 1:]
        if not rest:
            break
        rec_toks, slot, rec_iso = _recipients(tok, dc_replace(entry, recipient=tuple(rest)), place_iso)
    if (not rec_toks or not _actors(rec_toks, table, skip)) and not (slot == "place" and rec_iso):
        rec_toks, slot, rec_iso = first     # (a place reached last still names the side:
                                            # "condolences for the victims in Japan")
    if slot in ("with", "to") and entry.reciprocal and rec_toks:
        rec_toks = rec_toks + _listed_after(rec_toks, table, skip)
    light = tok.head if entry.pos == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS \
        else tok if entry.pos == "VERB" and entry.objects and tok.lemma_.lower() in LIGHT_VERBS else None
    if not rec_toks and light is not None and entry.reciprocal and "with" in entry.recipient:
        # "Sung Kim held calls to discuss the launch with Funakoshi and Noh": the with-phrase
        # of the calls' purpose
        rec_toks = [g for c in light.children if c.dep_ in ("advcl", "xcomp")
                    and c.lemma_.lower() in TOPIC_VERBS
                    for g in (_by_prep(c, "with") or [x for o in c.children if o.dep_ == "dobj"
                                                      for x in _by_prep(o, "with")])]
        slot = "with (on the purpose of the light verb)" if rec_toks else slot
    if not rec_toks and entry.pos == "NOUN" and "to" in entry.recipient:
        # "the visit of the head of US diplomacy to China": the to-phrase may hang lower
        rec_toks = [g for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "to"
                    for g in t.children if g.dep_ == "pobj"][:1]
        slot = "to (in the noun phrase)" if rec_toks else slot
    actors = _actors(subj, table, skip)
    if not actors and subj and args is None:
        actors = _local_group(subj, table, place_iso)
    if entry.reciprocal and len(actors) == 1 and len(subj) == 1 and args is None:
        listed = _titled_list(subj[0], table)
        if len(listed) >= 2 and actors[0] in listed:
            actors, how = listed, f"{how} (the titled people listed in it)"

    if slot == "to" and actors and entry.cameo[:2] == "05" and rec_toks and "to" in entry.recipient \
            and entry.recipient.index("to") + 1 < len(entry.recipient):
        own = {table.by_id(a).country for a in actors if table.by_id(a)}
        got = _actors(rec_toks, table, skip)
        if got and all(table.by_id(r).kind == "country" and table.by_id(r).country in own for r in got):
            # "conveyed her appreciation for Japan's support to Indonesia": the speaker's own
            # state is what the thing was for; the praised are in the next slot
            later = list(entry.recipient)[entry.recipient.index("to") + 1:]
            alt, alt_slot, alt_iso = _recipients(tok, dc_replace(entry, recipient=tuple(later)), place_iso)
            if alt and (_actors(alt, table, skip) or any(
                    c.lower_ == "your" and c.dep_ == "poss" for t in alt for c in t.children)):
                rec_toks, slot, rec_iso = alt, alt_slot, alt_iso
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("in", "by") \
            and tok.head.head.lemma_.lower() in ("stand", "join", "unite", "align"):
        # "We stand with our Ukrainian partners in condemning ...": the partners condemn too
        actors += [a for a in _actors(_by_prep(tok.head.head, "with"), table, skip) if a not in actors]
    if actors and code and code.plover_type in ("AID", "SANCTION") and tok.dep_ == "acl" \
            and tok.head.lemma_.lower() in ("effort", "efforts", "coordination", "work",
                                            "cooperation", "campaign", "program", "programme") \
            and any(c.dep_ == "poss" and c.lower_ in ("their", "our", "his", "her")
                    for c in tok.head.children):
        governments = _governments_of(actors, table)
        if governments:
            # "They reviewed their efforts to provide assistance to Ukraine": the officials'
            # governments give the aid and impose the costs
            how = f"their governments ('{tok.head.text}' of " \
                f"{', '.join(table.by_id(a).name for a in actors)})"
            actors = governments
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None) if entry.pos == "VERB" else None
    if actors and obj is not None and entry.objects and args is None:
        ours = [c for c in obj.children if c.dep_ == "poss" and c.lower_ == "our"]
        owner = _actors(ours, table, skip) if ours else []
        spoken = code is not None and code.quad_class in (1, 3) and not _as_aid(obj)
        if owner and all(table.by_id(o).kind in ("country", "organization") for o in owner) \
                and not (spoken and any(table.by_id(a).kind == "person" for a in actors)):
            # "The Vice President reiterated our ongoing support for Ukraine, including through
            # ... assistance": the aid is the government's she speaks for; words ("our strong
            # support", "our concerns") stay the speaker's own
            others = _actors(rec_toks, table, skip)
            actors = [o for o in owner if o not in others] or actors
            how = f"'{ours[0].text} {obj.text}' (the government the subject speaks for)"
    if actors and code and code.plover_type == "AID" and obj is not None and args is None \
            and tok.lemma_.lower() in PRESENTING:
        owner = [a for a in _actors([c for c in obj.children if c.dep_ in ("poss", "compound", "nmod")
                                     or (c.dep_ == "amod" and table.at(c))], table, skip)
                 if table.by_id(a).kind in ("country", "organization")]
        if owner:        # "highlighted the United States' humanitarian assistance": its owner's
            actors, how = owner, f"the owner of the {obj.text} '{tok.text}' presents"
        elif _governments_of(actors, table):
            actors = _governments_of(actors, table)
            how = f"the government of the one who presents it ('{tok.text}')"
    if actors and code and code.plover_type == "AID" and obj is not None and args is None:
        givers = [a for a in _actors([g for p in obj.subtree if p.dep_ == "prep" and p.lower_ == "from"
                                      and p.head.lemma_.lower() in FUNDS for g in p.children if g.dep_ == "pobj"],
                                     table, skip)
                  if table.by_id(a).kind in ("country", "organization")]
        if givers:       # "announced an additional $45 million in funding from the United
            actors, how = givers, f"'from' on the {obj.text} (who gives it)"     # States"
    if actors and code and code.plover_type == "SUPPORT" and obj is not None and _as_aid(obj):
        # "our support for Ukraine, including through economic and humanitarian assistance":
        # support given as aid
        code, entry = coding.lookup("070"), dc_replace(entry, cameo="070")
        how += "; support given as aid ('including ... assistance')"
    if actors and code and code.quad_class in (1, 3) and args is None:
        # "We condemn the attacks on civilians", said by NATO's Secretary General: words are
        # the speaker's own act; "We provide support to Ukraine" (material) stays NATO's
        spoken = {table.voice[t.i] for t in subj if t.lower_ in ("we", "us") and table.voice.get(t.i)}
        if len(spoken) == 1:
            speaker = next(iter(spoken))
            body = table._body_of(speaker)
            if body is not None and actors == [body] and _heads_a_body(table.by_id(speaker)):
                # (a head's words: not a spokesperson's, whose "we" is the government's)
                actors, how = [speaker], f"{how} (the speaker: words are their own act)"
    if not actors and entry.pos == "VERB" and args is None and not vocative:
        # "ordered the authority RosKomNadzor to restrict": when the one told to act is no
        # actor we know, the one who told it is
        actors = _actors(_subject(tok, control=False), table, skip)
    if not actors and entry.pos == "VERB" and args is None and entry.cameo[:2] == "17" \
            and any(c.dep_ == "nsubjpass" for c in tok.children):
        # "two Americans who were wrongfully detained in Venezuela": arrests in a country
        # are that state's
        states = [a for x in _by_prep(tok, "in") for a in [table.resolve(x, skip)]
                  if a and table.by_id(a).kind == "country"]
        if states:
            actors, how = states[:1], f"the state where it was done ('in {table.by_id(states[0]).name}')"
    if code and code.plover_type in ("ASSAULT", "COERCE") and rec_toks \
            and rec_toks[0].lemma_.lower() in ABSTRACT_TARGETS \
            and not any(c.dep_ == "poss" for c in rec_toks[0].children):
        return None         # "attacks on freedom of the press": a figure of speech, no force
                            # (but "the attack against Ukraine's sovereignty" is on Ukraine)
    titled = _person_after_country(rec_toks, table) if len(rec_toks) == 1 else []
    if titled:          # "spoke with Republic of Korea (ROK) First Vice Foreign Minister Choi"
        rec_toks, slot = titled, f"{slot} (the person whose title opens with the country)"
    recipients = [r for r in _actors(rec_toks, table, skip) if r not in actors]
    listing = _following(rec_toks, table) if args is None else []
    if listing:         # "the designation of the following members of the Lobos' family: their
        recipients = [r for r in listing if r not in actors]            # son, Fabio Lobo; ..."
        slot = f"{slot} (the people listed after 'following')"
    if entry.pos == "NOUN" and entry.cameo.startswith("11") and rec_toks and not any(
            table.at(t) or any(c.dep_ == "poss" and table.at(c) for c in t.children) for t in rec_toks):
        recipients = []     # "the condemnation of the events of May 23 at the United Nations":
                            # of no one the phrase names as the doer
    if not recipients and rec_toks and args is None:
        recipients = [r for r in _local_group(rec_toks, table, place_iso, need_place=not actors)
                      if r not in actors]
    if not recipients and args is None and entry.pos == "NOUN" and code and code.plover_type == "AID":
        # "our donation of 4.9 million doses provided to Tanzania": the to-phrase of the
        # participle on what is given
        gives = [a for g in _by_prep(tok, "of") for a in g.children
                 if a.dep_ == "acl" and a.tag_ == "VBN"]
        recipients = [x for a in gives for x in _actors(_by_prep(a, "to"), table, skip)
                      if x not in actors]
        slot = "to (on what is given)" if recipients else slot
    if not recipients and args is None and entry.pos == "NOUN" and code \
            and code.plover_type in ("ASSAULT", "COERCE"):
        # "ransomware attacks by criminals based in Russia that have impacted the United
        # States": whom the attacks hit, said by a relative clause on them or their authors
        for h in [tok] + _by_prep(tok, "by"):
            for r in h.children:
                if r.dep_ == "relcl" and r.lemma_.lower() in IMPACT_VERBS:
                    objs = [c for c in r.children if c.dep_ == "dobj"]
                    recipients = [x for x in _actors(objs, table, skip) if x not in actors]
                    if recipients:
                        slot = f"object of '{r.text}' (a relative clause)"
                        break
            if recipients:
                break
    if not recipients and args is None and entry.objects and entry.cameo in ("110", "111") \
            and entry.pos == "VERB" and not entry.reciprocal \
            and (tok.lemma_.lower() not in RESTATING_VERBS or (obj is not None and any(
                c.dep_ == "prep" for c in obj.children))):
        # ("reiterated our ongoing concerns that Russia has the capacity to ...": a standing
        # worry restated, unless it names what it is about)
        # "we share the concerns ... that the new constitution could weaken Tunisia's
        # democracy": a concern voiced is about the first state or body that follows
        for t in tok.doc[tok.i + 1:tok.sent.end]:
            if t.lower_ in DISEASE_WORDS or t.lemma_.lower() in DISEASE_WORDS:
                break       # "concern about the rapid spread of COVID-19 within the DPRK":
                            # a worry for the place, not a grievance against it
            a = table.by_id(table.at(t)) if table.at(t) else None
            if a is not None and a.id not in actors and a.kind in ("country", "organization") \
                    and a.sector != "MED" and t.head.lower_ != "to" \
                    and not (t.dep_ == "poss" and t.head == obj) \
                    and not _authors_report(t) and not _borne_by(t) and not _struck_place(t) \
                    and not (a.kind == "country" and a.country in {
                        table.by_id(x).country for x in actors if table.by_id(x)}):
                # (not "according to X"; not the speaker's own "the United States' grave concern")
                recipients, slot = [a.id], "the first state or body after the concern"
                for c in t.conjuncts:       # "disregard ... by Russia and Belarus": both
                    b = table.by_id(table.at(c)) if table.at(c) else None
                    if b is not None and b.id not in actors + recipients and b.kind in ("country", "organization"):
                        recipients.append(b.id)
                break
    if not recipients and rec_toks and args is None and entry.pos == "VERB" and rec_toks[0].tag_ == "NNS" \
            and rec_toks[0].lower_ in PEOPLE_PLURALS | {"counterparts", "officials"}:
        # "met with fellow leaders from NATO Allies" (the from-phrase hung on the verb)
        recipients = [r for r in _actors(_by_prep(tok, "from"), table, skip) if r not in actors]
        slot = f"{slot} (from: whom they came from)" if recipients else slot
    if not recipients and args is None and entry.pos == "NOUN" and code is not None \
            and code.plover_type in ("ASSAULT", "COERCE") and tok.dep_ == "dobj" \
            and tok.head.lemma_.lower() in SUFFER_VERBS:
        # "the people of Ukraine ... as they suffer an unprovoked attack by Russian military
        # forces": the attack falls on who suffers it
        recipients = [r for r in _actors(_subject(tok.head), table, skip) if r not in actors]
        slot = f"subject of '{tok.head.text}' (who suffers it)" if recipients else slot
    if not recipients and rec_toks and args is None and rec_toks[0].pos_ == "NOUN" \
            and rec_toks[0].lower_ in STAFF_NOUNS | {"representatives", "members", "delegates"}:
        # "met with staff at Mongolia's LGBT Center": those who work for the body
        recipients = [r for p in ("at", "of", "from") for x in (rec_toks[0], tok)   # (the at-phrase
                      for r in _actors(_by_prep(x, p), table, skip)                # may hang on the verb)
                      if r not in actors and table.by_id(r) and table.by_id(r).kind == "organization"]
        recipients = list(dict.fromkeys(recipients))
        slot = f"{slot} (the body they work for)" if recipients else slot
    if not recipients and rec_toks and args is None and code is not None \
            and code.plover_type in PLACE_TARGETS:
        # "imposed a curfew in the town of Cizre in southeastern Turkey": the place's
        # country, even the actor's own (domestic coercion is TUR -> TUR)
        recipients = _place_side(rec_toks, table, ctx)
        slot = f"{slot} (a place: its country)" if recipients else slot
    if not recipients and rec_toks and args is None and code is not None and code.plover_type == "SANCTION":
        recipients = [r for r in _located(rec_toks, table, skip) if r not in actors]
        slot = f"{slot} (where those listed are)" if recipients else slot
    if not recipients and rec_toks and args is None and rec_toks[0].pos_ == "NOUN" \
            and any(c.lower_ in ("the", "these", "this", "those", "their", "his", "her")
                    for c in rec_toks[0].children):
        rows = entries().get((rec_toks[0].lemma_.lower(), "NOUN"))
        kind = coding.lookup(rows[0].cameo) if rows and rows[0].cameo != "-" else None
        earlier = ctx.doers.get(kind.plover_type, []) if kind and kind.plover_type else []
        recipients = [r for r in earlier if r not in actors]
        if recipients:        # "condemned the attacks": the doers of the last attack told
            slot = f"doer of the last {kind.plover_type} ('{rec_toks[0].text}' names it again)"
        elif code is not None and code.plover_type in ("ACCUSE", "REJECT") and ctx.hostile \
                and rec_toks[0].lemma_.lower() in DEEDS \
                and any(c.lower_ in ("these", "this", "those", "such") for c in rec_toks[0].children):
            # "The United States condemns these actions": the doers of the last hostile act
            recipients = [r for r in ctx.hostile if r not in actors]
            slot = f"doer of the last hostile act ('{rec_toks[0].text}' names it again)" if recipients else slot
    if not recipients and args is None and actors and code is not None and code.plover_type == "REQUEST" \
            and (ctx.accused or ctx.hostile) and any(
                t.lemma_.lower() in DEEDS and any(c.lower_ in ("these", "this", "those", "such")
                                                  for c in t.children) for t in tok.subtree):
        # "We condemn this harassment on the part of Sudan's military authorities. We call
        # for an immediate end to such practices": the ones just accused are asked
        recipients = [r for r in (ctx.accused or ctx.hostile) if r not in actors]
        slot = "the ones just accused ('such' names their acts again)" if recipients else slot
    jailers = [a for t in tok.subtree if t.lemma_.lower() in ("detain", "hold", "imprison", "jail")
               for g in _by_prep(t, "in") for a in [table.resolve(g, skip)]
               if a and table.by_id(a).kind == "country"] if entry.objects & {"release", "freedom"} else []
    if (not recipients or slot == "of") and args is None and actors and code is not None \
            and code.plover_type == "REQUEST" and entry.objects & {"release", "freedom"} \
            and (jailers or ctx.doers.get("COERCE") or ctx.accused or ctx.hostile) \
            and any(t.lemma_.lower() in ("release", "freedom") for t in tok.subtree):
        # "We demand the immediate release of Raman Pratasevich": asked of whoever holds him,
        # the state the text says holds them ("journalists detained in Belarus"), else the
        # last one said to detain, else the last one accused
        held = jailers or ctx.doers.get("COERCE") or ctx.accused or ctx.hostile
        captors = [r for r in held if r not in actors]
        recipients, slot = (captors, "the captor (the last one said to detain or accused)") \
            if captors else (recipients, slot)
    if not recipients and args is None and actors and code is not None and code.plover_type == "REQUEST":
        # "called for an end to Russia's aggression", "demand Russia's withdrawal": asked of
        # the one whose act is to stop
        asked = _by_prep(tok, "for") + [c for c in tok.children if c.dep_ == "dobj"]
        for thing in asked:
            if thing.lemma_.lower() not in STOP_NOUNS:
                continue
            owned = [g for g in _by_prep(thing, "to") if g.pos_ == "NOUN"] or [thing]
            whose = [a for g in owned for c in g.children if c.dep_ in ("poss", "amod", "compound")
                     for a in [table.resolve(c, skip) or table.phrase_actor(c, need_country=True)] if a]
            recipients = [r for r in dict.fromkeys(whose or [r for g in owned for r in _owner(g, table, skip)])
                          if r not in actors]
            if recipients:
                slot = f"whose act '{thing.text}' is to stop"
                break
    if not recipients and args is None and code is not None \
            and code.plover_type in ("SANCTION", "ACCUSE", "THREATEN", "REJECT", "COERCE"):
        cause = _answered(tok)
        if cause is not None:    # "sanctions in connection with this repression": on its doers
            recipients = [x for x in _owner(cause, table, skip) if x not in actors]
            rows = entries().get((cause.lemma_.lower(), "NOUN"))
            kind = coding.lookup(rows[0].cameo) if rows and rows[0].cameo != "-" else None
            if not recipients and kind is not None and kind.plover_type:
                recipients = [r for r in ctx.doers.get(kind.plover_type, []) if r not in actors]
            slot = f"the doer of '{cause.text}' (the act it answers)" if recipients else slot
    if not actors and not subj and args is None and table.voice.get(tok.i) \
            and any(t.lower_ == "you" for t in rec_toks):
        actors, how = [table.voice[tok.i]], "the speaker (said to 'you')"    # "thank you"
    if not actors and not subj and args is None and entry.prep == "to" and tok.lemma_.lower() == "thank" \
            and tok.dep_ == "ROOT" and any(c.dep_ == "dobj" and c.lower_ == "you" for c in tok.children):
        own = table.own_voice(tok.i, singular=True)     # "Thank you to Representative Mike
        if own:                                         # Thompson for his leadership", closing
            actors, how = [own], "the text's own voice ('Thank you to')"   # a signing statement
    if not recipients and args is None and any(t.lower_ in ("you", "your") for t in rec_toks + [
            c for t in rec_toks if slot == "for" for c in t.children if c.dep_ == "poss"]) \
            and (tok.lemma_.lower() != "thank" or _thanked_for_something(tok)):
        # a bare "Thank you." is a formula; "thank you for your leadership" thanks someone;
        # "convey our appreciation for your support" thanks the one whose support it is
        guest = _addressee(tok, table)            # "thank you for your leadership", in a
        recipients = [guest] if guest and guest not in actors else []     # known turn
        slot = "the one the speaker addresses" if recipients else slot
    if not recipients and entry.pos == "VERB" and not entry.cameo.startswith("04"):
        # (what one discusses or meets about is a topic, not the other side)
        # "threatened to break relations with Russia", "refused to lift the curfew on
        # Palestinians", "urged Moscow to withdraw": the other side of the verb it governs
        appeal = entry.cameo[:2] in ("02", "10")
        urged = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"] \
            if appeal and any(c.dep_ == "xcomp" for c in tok.children) else []
        given = entry.cameo[:2] == "07"     # "committed $4 billion to support COVAX": the
        purposes = [c for c in tok.children if given and c.dep_ == "advcl"] + [
            r for o in tok.children if given and o.dep_ == "dobj" for r in o.children
            if r.dep_ in ("relcl", "acl")]     # (or "$4 billion to support COVAX")
        for x in [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and not urged] + [
                p for p in purposes if any(a.lower_ == "to" for a in p.children)]:    # object
            # (not when the one urged is named: "urge all countries to stop arms sales to
            # Burma" asks all countries, not Burma)
            # "demanded that Moscow return the children": who is asked is who must act
            objs = [c for c in x.children if c.dep_ == "nsubj"] if appeal and x.dep_ == "ccomp" else []
            objs += [c for c in x.children if c.dep_ in ("dobj", "dative")]
            objs += [g for p in ("with", "against", "on", "to", "from") for g in _by_prep(x, p)]
            objs += [g for c in x.children if c.dep_ == "dobj" for p in ("with", "on", "against", "to", "for")
                     for g in _by_prep(c, p)]      # "promised to continue military aid to X"
            objs += [g for c in x.children if given and c.dep_ == "dobj" and not table.at(c)
                     for g in _by_prep(c, "of")]   # ("to support the work of the WHO")
            recipients = [r for r in _actors(objs, table, skip) if r not in actors]
            if recipients:
                slot = f"{'subject or object' if appeal else 'object'} of '{x.text}'"
                purpose = x.i if given and x in purposes else None   # (one act: no SUPPORT
                break                                                 # of its own)
    if not recipients and args is None and actors and code is not None and code.plover_type in ("ASSAULT", "COERCE") \
            and ctx.victims.get("ASSAULT") and _states(actors, table) & ctx.victims["ASSAULT"][0] \
            and ctx.victims["ASSAULT"][2] < tok.sent.start and not _shares_an_object(tok) \
            and not any(table.at(t) for t in rec_toks) and (not rec_toks or rec_toks[0].lemma_.lower() in STRUCK_THINGS):
        # "Russia's forces have destroyed apartment buildings, schools, hospitals", "Putin
        # chose an invasion": the side the same attacker was last said to attack
        recipients = [r for r in ctx.victims["ASSAULT"][1] if r not in actors]
        slot = "the side the same attacker was last said to attack" if recipients else slot
    if not recipients and args is None and actors and code is not None and entry.cameo.startswith("163") \
            and not any(table.at(t) for t in rec_toks) and ctx.doers.get("ASSAULT") \
            and not set(ctx.doers["ASSAULT"]) & set(actors) \
            and not _states(ctx.doers["ASSAULT"], table) & _states(actors, table):
        # "NATO Allies have implemented unprecedented sanctions" in a text about Russia's war:
        # sanctions that name no target fall on the aggressor the text last named
        recipients = list(ctx.doers["ASSAULT"])
        slot = "the last attacker the text names (sanctions with no target)"
    if not recipients and args is None and actors and entry.cameo == "130" and tok.lemma_.lower() == "hold" \
            and any(t.lower_ == "accountable" for t in tok.children) and not any(table.at(t) for t in rec_toks):
        # "condemned the atrocities committed by Russia's forces and expressed resolve to
        # ensure those responsible are held accountable", "We will hold accountable those
        # responsible for war crimes": the side last accused, else the last attacker
        blamed = [r for r in (ctx.accused or ctx.hostile) if r not in actors
                  and not _states([r], table) & _states(actors, table)]
        blamed = _governments_of(blamed, table) or blamed    # (a leader's state answers)
        if blamed:
            recipients, slot = blamed, "the side last accused or attacking (those responsible)"
    if not recipients and args is None and code is not None and code.plover_type in ("SANCTION", "COERCE", "ASSAULT"):
        aimed = [g for o in [tok] + [c for c in tok.children if c.dep_ == "dobj"] for a in o.children
                 if a.dep_ == "acl" and a.lemma_.lower() in ("target", "aim", "hit") for g in a.children
                 if g.dep_ == "dobj"]          # "imposing new sanctions targeting elements of
        recipients = [r for r in _actors(aimed, table, skip) if r not in actors]   # the regime"
        slot = "object of 'targeting'" if recipients else slot
    if slot == "place" and rec_iso and place_span is not None:
        host = table.place_actor(rec_iso, place_span)
        if host not in actors:
            recipients = [host]
    if slot == "between" and len(recipients) > 1 and entry.cameo[:2] != "02" \
            and (not actors or (entry.pos == "VERB" and entry.reciprocal)):
        # (not "called for dialogue between Serbia and Kosovo": asked of both, by someone else)
        # "we have had the strategic dialogue between the United States and the OIC": the
        # sides are those it was between
        actors, recipients = recipients[:1], recipients[1:]
    if args is not None:
        actors, recipients, slot = args[0], args[1], "to/dative of the speech verb"
    if code and code.plover_type == "REQUEST" and actors and recipients \
            and any(_one_government(actors + [r], table) for r in recipients):
        return None     # "I asked Secretary Blinken to go to the United Nations": an
                        # instruction inside one government, not a request between actors
    listed = table.listed
    if listed and tok.i < listed[0] and entry.cameo.startswith("04") and entry.reciprocal \
            and actors and rec_toks and slot in ("with", "dobj") and rec_toks[0].tag_ in ("NNS", "NNPS") \
            and not set(listed[1]) & set(actors) and (not recipients or (
                {rec_toks[0].lower_, rec_toks[0].lemma_.lower()} & listed[2]
                and all(table.by_id(r).kind in ("group", "organization") for r in recipients))):
        # "met virtually with 15 leaders representing Caribbean nations ... The Leaders that
        # participated: - Prime Minister Gaston Browne ...": each one listed; a group the
        # text names ("convened nine Democratic Governors") only when the list says it is
        # theirs ("Governors from today's meeting included:"); a list with the hosts in it
        # ("White House participants:") is their own side
        recipients = [p for p in listed[1] if p not in actors]
        slot = f"{slot} (the people the text lists as taking part)"
    if code and code.plover_type == "CONSULT" and actors and recipients \
            and rec_toks and all(t.pos_ == "PRON" for t in rec_toks):
        recipients = [r for r in recipients if not _one_government(actors + [r], table)]
        if not recipients:
            return None     # "Blinken and Sullivan have also called her": a pronoun read as
                            # a colleague is a guess; named colleagues who meet ("Sullivan
                            # met with Secretary of the Interior Haaland") meet, as coded
    if code and code.plover_type == "COOPERATE" and entry.reciprocal and actors and recipients:
        recipients = _abroad(recipients, actors, table, "person")
        if not recipients:
            return None     # "Senator Dodd and President Biden worked closely together": at home
    if code and code.plover_type == "SUPPORT" and actors and recipients and args is None:
        recipients = _abroad(recipients, actors, table, "country")
        if not recipients:
            return None     # "grateful to ... our entire diplomatic team": one's own state
    if code and code.plover_type == "AGREE" and actors and recipients and args is None and not entry.reciprocal:
        recipients = _abroad(recipients, actors, table, "country")
        if not recipients:
            return None     # "pledged to continue our close cooperation": no pledge to one's own state
    reciprocal = entry.reciprocal
    group: list[str] = []
    shared = bool(rec_toks) and any(t.lower_ in ("their", "joint", "mutual", "bilateral", "each")
                                    for t in [rec_toks[0]] + [c for c in rec_toks[0].children]
                                    + [g for c in rec_toks[0].children if c.dep_ == "prep" for g in c.children])
    # (the words on the object itself: "the joint work of their teams", not "deny these
    # individuals the ability to hide their assets")
    if code and entry.cameo[:3] in ("042", "043") and recipients and actors and all(
            (table.by_id(r).kind == "country" and table.by_id(r).country
             in {table.by_id(a).country for a in actors}) for r in recipients):
        return None     # "President Biden arrived in Pittsburgh": travel at home, no visit
    if entry.reciprocal and entry.cameo[:2] == "03" and len(actors) > 1 and recipients \
            and not slot.startswith(("with", "to", "dobj", "between", "dative")) \
            and not _one_government(actors, table):
        # "They also agreed to continue close coordination on Iran": the sides agreed with
        # each other; what the deal is about is no side of it
        recipients = []
    joint_forum = False
    if entry.reciprocal and entry.cameo[:2] == "04" and len(actors) > 1 and recipients \
            and slot.startswith("of") and all(table.by_id(r).kind == "organization" for r in recipients) \
            and not _one_government(actors, table):
        # "the United States and India convened the second meeting of the Counternarcotics
        # Working Group": the body is the two sides' forum; they met each other
        recipients, slot, joint_forum = [], "each other (the body is their forum)", True
    pledged = entry.cameo[:2] == "03"      # "The leaders promised close cooperation":
    if not recipients and len(actors) > 1 and (entry.reciprocal or shared or pledged) \
            and not (not entry.reciprocal and any(t.lower_ in ("we", "us") for t in subj)) \
            and not (pledged and len(actors) > 2 and any(t.lower_ in ("we", "us") or t.head.dep_ == "agent"
                                                         for t in subj)) \
            and not (slot == "dobj" and rec_toks and rec_toks[0].pos_ == "PRON") \
            and not _one_government(actors, table) \
            and not any(_named_members(x, table) for x in subj) \
            and not (took_part and _by_prep(tok, "of")) \
            and not (entry.pos == "NOUN" and tok.dep_ in ("dobj", "nsubjpass")
                     and tok.head.lemma_.lower() in HOSTING_VERBS) \
            and not (entry.pos == "VERB" and tok.lemma_.lower() in HOSTING_VERBS and not joint_forum
                     and any(c.dep_ in ("dobj", "nsubjpass", "agent") for c in tok.children)
                     and not _counterparts_convene(tok, actors, table)) \
            and not (slot == "with" and rec_toks and entry.reciprocal and rec_toks[0].pos_ != "PRON"
                     and rec_toks[0].lower_ not in ("other", "another")):
        # ("the Quad Leaders - A, B, C and D - convened": with no object, they met)
        # (not a statement's own "we commit to launching a task force", "we pledge to ...":
        # its signers' joint word to the world, not to each other; of two signers, "we
        # committed to advance our drug policy strategy" is a word to each other; nor
        # "commitments have been made by the United States, Germany, Indonesia, ...": each its own)
        # (not "Klein and the Office of Public Engagement convened a meeting with labor
        # leaders": the other side is named, though it is no actor we know)
        # (nor "officials including A, B and C ... to discuss": one side, named)
        # (not "Blinken and Austin ... They discussed": one side, the other unnamed)
        # ("X and Y called her": not each other)
        # "Chen and Blinken met": each pair took part; "the leaders commended the joint
        # work of their teams": each praised the other
        reciprocal = True
        group = list(actors)
        actors, recipients = actors[:1], actors[1:]
        people = [table.by_id(x) for x in group]
        if code and code.plover_type == "COOPERATE" and all(p.kind == "person" and p.country for p in people) \
                and len({p.country for p in people}) == 1:
            return None     # "Senator Dodd and President Biden worked closely together": at home
        host = table.party_host
        if host in group and set(group) == set(table.parties):
            # "Sherman spoke with A, B, C and D ... The participants agreed": the one who held
            # the call agreed with each, as she spoke with each; not every pair
            group, actors, recipients = [], [host], [x for x in group if x != host]
        sides = table.party_sides
        if group and sides and set(group) == set(table.parties):
            # "Biden, Blinken and Austin met with Kuleba and Reznikov ... They discussed":
            # the two sides of that meeting, not every pair (Blinken did not meet Austin)
            group, actors, recipients = [], list(sides[0]), list(sides[1])
    if not recipients and args is None and actors and code is not None and code.plover_type == "AID" \
            and place_iso and place_span is not None and _states(actors, table) \
            and place_iso not in _states(actors, table) \
            and all(a.kind == "country" or a.sector in ("GOV", "IGO") for a in map(table.by_id, actors)) \
            and knowledge.load().countries.get(place_iso) is not None:
        # (a government's, not "Parkdale Mills committed $150 million to a facility in Honduras")
        # "announced $45 million in funding to clear unexploded ordnance in Laos": aid
        # named for no one goes to the state where it is spent
        recipients, slot = [table._country(place_iso)], "the place it is for (its country)"
    if not recipients and args is None and code is not None and code.plover_type == "SANCTION" \
            and entry.pos == "VERB" and not rec_toks:
        # "Today, the Department has designated: - Dmitry Gusev, Mikhail Kuchment, ...": the
        # people and bodies the bulleted list after the colon names
        recipients = [r for r in _bulleted_after(tok, table) if r not in actors]
        slot = "the bulleted list after the colon" if recipients else slot
    if not recipients and args is None and actors and code is not None and entry.pos == "NOUN" \
            and code.plover_type == "ASSAULT" and entry.cameo[:2] in ("18", "19", "20") and not rec_toks:
        # "condemned Russia's brutal attacks, which continue to kill civilians": attacks named
        # for their doer alone fall on the state the document is about (not its publisher's)
        focus = ctx.focus(table, actors + ([table.author.id] if table.author is not None else []))
        if focus and table.by_id(focus).kind == "country":
            recipients, slot = [focus], "the state the document is about (the attacks name no target)"
    if not recipients and args is None and took_part:     # "took part in a meeting of NATO
        recipients = [r for r in _actors(_by_prep(tok, "of"), table, skip) if r not in actors]
        slot = "of (the body whose meeting it was)" if recipients else slot     # ministers"
    if not recipients and took_part and _by_prep(tok, "of"):
        return None         # "officials from A, B and C participated in the plenary meeting of
                            # the Council of Governors": with a body we cannot name, not each
                            # other (nor paired above)
    if not actors and not recipients:
        return None
    if not actors and code is not None and code.plover_type == "SANCTION" and entry.pos == "VERB" \
            and (_agentless(tok, subj) or (len(subj) == 1 and subj[0].lemma_.lower() in SANCTION_ACTS)) \
            and (ctx.doers.get("SANCTION") or (
                table.author is not None and table.author.kind == "country"
                and tok.lemma_.lower() in ("designate", "sanction"))):
        # (not "disciplinary action is being taken against the commander": the army's own)
        # "Ksenia Frank is being designated for ...", "Today's action imposes visa restrictions
        # on ...": in a release that has said who sanctions (else its publishing government),
        # the same one
        actors = list(ctx.doers.get("SANCTION") or [table.author.id])
        how = "the one the text says sanctions (a passive with no agent)"
    if not actors and (entry.pos == "NOUN" or not _agentless(tok, subj)
                       or (code is not None and (code.plover_type == "SANCTION" or code.quad_class != 4))):
        return None         # someone did it and we could not tell who: no half-made dyad
        #                     (a sanction is always someone's: "disciplinary action is being
        #                     taken against the commander" names no one who could impose it;
        #                     only force keeps its victims without a doer: "three journalists
        #                     were killed", not "the small acts of kindness that are offered")
    if not recipients and args is None and actors and code is not None \
            and code.plover_type in FOCUS_TYPES and entry.pos == "VERB" \
            and _own_unaddressed(tok, subj, actors, table):
        focus = ctx.focus(table, actors)
        if focus:       # "we urge the swift adoption of an inclusive electoral law", in a
            recipients, slot = [focus], "the state the document is about (none named here)"
    if not recipients and args is None and actors and code is not None \
            and code.plover_type == "REQUEST" and entry.pos == "VERB" and not _addressed(tok) \
            and not table.voice.get(tok.i):
        other = counterpart_state(actors, table, tok.sent)
        if other:       # "The Secretary encouraged continued dialogue", after the meeting
            recipients, slot = [other], "the other side's state (the meeting or call just reported)"
    if not recipients and args is None and actors and code is not None and code.plover_type == "AID" \
            and not table.voice.get(tok.i):
        other = counterpart_state(actors, table, tok.sent, own_ok=True) \
            or counterpart_state(_actors(subj, table, skip), table, tok.sent, own_ok=True)
        if other:       # "The Deputy Secretary announced an additional $45 million in funding
            recipients, slot = [other], "the other side's state (the meeting or call just reported)"
            # from the United States to clear unexploded ordnance", after the meeting with Laos
    if not recipients and args is None and actors and code is not None and entry.pos == "VERB" \
            and entry.objects and _own_voice(actors, table) and (code.plover_type == "AID" or (
                code.plover_type == "SANCTION" and rec_toks and rec_toks[0].pos_ == "NOUN")):
        # "I am authorizing our thirteenth drawdown of arms ... for Ukraine's defense": the
        # author's own aid goes to the one foreign state the sentence names; so do its visa
        # restrictions on "individuals ... undermining the peaceful resolution of the crisis in
        # the Anglophone regions of Cameroon"
        own = {table.by_id(a).country for a in actors if table.by_id(a)}
        hostile = {table.at(t) for t in tok.sent if table.at(t) and t.dep_ in ("poss", "compound", "amod")
                   and (t.head.lemma_.lower() in ("war", "aggression", "invasion") or any(
                       e.cameo[:2] in ("18", "19", "20") for e in entries().get((t.head.lemma_.lower(), "NOUN"), ())))}
        states = list(dict.fromkeys(a for a in table.in_span(tok.sent.start, tok.sent.end)
                                    if table.by_id(a).kind == "country" and table.by_id(a).country not in own
                                    and a not in hostile))     # (not the one whose war it answers)
        if len(states) == 1:
            recipients, slot = states, "the one foreign state the sentence names (the author's own act)"
    if tuple(entry.recipient) == ("condition",) and entry.objects and not (recipients and slot == "condition"):
        return None     # "we will take further steps if Russia ...": only with the condition
    if not recipients and (code is None or code.plover_type not in MONADIC):
        return None                 # a dyad needs two sides: "X supported" codes nothing
    modality, negated, why = _modality(tok, threat=entry.cameo.startswith("13"))
    if modality != "cancelled" and entry.pos == "NOUN" and entry.cameo[:2] in ("18", "19", "20") \
            and _background(tok):
        modality, why = "background", f"what '{tok.head.text}' puts behind another act"
    ahead = ctx.ahead(tok) if modality == "asserted" else None
    if ahead is not None:       # "Blinken meets Lavrov tomorrow": still to come
        modality, why = "future", f"a time still ahead ('{ahead}')"
    verb = tok if entry.pos == "VERB" else tok.head
    if modality == "asserted" and ctx.schedule and verb.tag_ in ("VBZ", "VBP", "VB"):
        modality, why = "future", "a schedule lists what is planned ('meets', 'attends')"
    dated = ctx.date_for(tok, future=(modality == "future"))
    if dated is None and modality == "future":
        said = next((a for a in tok.ancestors if a.tag_ == "VBD"), None)
        if said is not None:   # "Blinken informed Zelenskyy that the US intends to
            dated = ctx.date_for(said, future=False)    # provide ...": announced that day
    sent = tok.sent
    explain = (f"{entry.describe()}; trigger '{tok.text}' ({tok.dep_} of '{tok.head.text}'); "
               f"actor via {how}; "
               f"recipient via {slot or 'none'}" + (f"; modality {modality}: {why}" if why else ""))
    cameo = entry.cameo
    refused = negated and (modality == "future" or why.endswith("' to")
                           or why == "main clause of a condition") \
        and coding.refusal_code(cameo) is not None
    if refused:          # "refused to meet", "will not accept refugees": a refusal, REJECT
        refusal = coding.refusal_code(cameo)
        explain += f"; refused {code.plover_type if code else cameo} -> {refusal} (a refusal is an act)"
        cameo, code, negated, modality = refusal, coding.lookup(refusal), False, "asserted"
    announced = not negated and (modality == "future" or why == "main clause of a condition")
    intent = coding.intent_code(cameo) if announced and modality == "future" else None
    if intent and code and code.plover_type == "AID" and _specific_amount(tok) \
            and not why.endswith(("'ready to'", "'prepared to'", "'willing to'")) \
            and not any(a.lemma_ in AGREE_VERBS for a in tok.ancestors):
        # "intends to obligate $713 million in FMF for Ukraine": a specific act clear to be
        # realised keeps its type (PLOVER: only broad promises of aid are AGREE), planned
        intent = None
        explain += "; a specific amount: the aid itself, planned"
    # a conflictual act made conditional on the other side ("will cut aid unless ...") is
    # a coercive warning; a plain announcement ("will impose sanctions") keeps its type
    threat = coding.threat_code(cameo) if announced and why == "main clause of a condition" else None
    ready = why.startswith(("what 'readiness'", "what 'willingness'", "what 'preparedness'",
                            "what 'commitment'", "what 'determination'")) or (
        modality == "future" and why.endswith(("'ready to'", "'prepared to'", "'willing to'")))
    if threat is None and ready and not negated:   # "underscored the U.S. readiness to impose
        threat = coding.threat_code(cameo)         # costs on Russia", "we are ready to strike"
    if intent:           # "Portugal will support Turkey": an intention stated now, AGREE
        explain += (f"; future {code.plover_type} -> {intent} (PLOVER: cooperation in the "
                    f"future tense is an expression of intent)")
        cameo, code = intent, coding.lookup(intent)     # still future: never "happened"
    elif threat:         # "they would boycott all contact", "will withdraw ... unless"
        explain += (f"; {code.plover_type} announced as coming -> {threat} (a threat, made "
                    f"when said; the act itself is {modality})")
        cameo, code, modality = threat, coding.lookup(threat), "asserted"
    mode = (entry.mode if cameo == entry.cameo else None) or (code.plover_mode if code else None)
    host: list[str] = []
    if entry.pos == "NOUN" and code and code.plover_type == "CONSULT" and tok.dep_ in ("dobj", "nsubjpass") \
            and tok.head.lemma_.lower() in HOST_VERBS:
        # "Turkey hosted talks between Russian and Ukrainian delegations": talks with a
        # third party; the host's part is its own event (045, mediate)
        host = [h for h in _actors(_subject(tok.head), table, skip) if h not in recipients]
        if slot == "between" and len(recipients) > 1 and set(actors) <= set(host):
            actors, recipients = recipients[:1], recipients[1:]     # the parties talk
        host = [h for h in host if h not in actors + recipients]
        if host:
            mode = "third-party"
            explain += f"; third party: '{tok.head.text}' by its subject"
    if len(group) > 2 and code and code.plover_type == "CONSULT" and not entry.mode:
        mode = "multilateral"
        explain += f"; {len(group)} parties: multilateral, one event per pair"
    date = dated.iso if dated else (ctx.pub.isoformat() if ctx.pub else None)
    if dated is not None and dated.text not in sent.text:
        explain += f"; date from an earlier sentence ('{dated.text}')"
    elif dated is None:
        explain += "; no date in the text: publication date"
    ev = Event(
        id=f"e{n}", type=code.plover_type if code else None,
        mode=mode, cameo=cameo,
        goldstein=code.goldstein if code else None, quad_class=code.quad_class if code else None,
        actor=actors, recipient=recipients, date=date,
        date_text=dated.text if dated else None,
        date_precision=dated.precision if dated else ("day" if ctx.pub else None),
        date_from_publication=dated is None, place=place, place_country=place_iso,
        negated=negated, modality=modality, reciprocal=reciprocal,
        evidence=_trimmed(sent),
        trigger=Span(tok.idx, tok.idx + len(tok.text), tok.text), explain=explain)
    ev._group = group
    ev._purpose = purpose
    ev._host = host
    return ev

ENCOUNTER_NOUNS = {"visit": "040", "trip": "040", "meeting": "040", "talks": "040",
                   "summit": "040", "call": "041", "conversation": "041"}


def _encounter(doc: Doc, tok: Token, table: ActorTable, ctx: _Context, n: int, skip) -> Optional[Event]:
    """Words passed from one actor to another during a visit, meeting or call mean the two
    met: "X conveyed this to Y during the visit" -> X CONSULT Y."""
    during = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "during"
              for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in ENCOUNTER_NOUNS]
    if not during:
        return None
    addressees = _by_prep(tok, "to") + [c for c in tok.children if c.dep_ == "dative"]
    actors = _actors(_subject(tok), table, skip)
    recipients = [r for r in _actors(addressees, table, skip) if r not in actors]
    if not actors or not recipients:
        return None
    noun = during[0]
    entry = Entry(lemma=noun.lemma_.lower(), pos="NOUN", prep=None, objects=frozenset(),
                  cameo=ENCOUNTER_NOUNS[noun.lemma_.lower()], mode=None, recipient=(),
                  reciprocal=True, line=0)
    ev = _event(doc, noun, entry, table, ctx, n, skip, args=(actors, recipients))
    if ev is None:
        return None
    ev.trigger = Span(tok.idx, tok.idx + len(tok.text), tok.text)
    ev.explain = (f"encounter rule: '{tok.text}' to an addressee during '{noun.text}' -> "
                  f"{entry.cameo}; actor via subject; recipient via to/dative")
    return ev


#: Verbs that list who took part in an encounter named before: "Participants in the call
#: included ...", "The meeting was attended by ...".
PARTICIPANT_VERBS = {"include", "be", "attend", "join"}
_HOST_VERBS = {"speak", "meet", "talk", "call", "host", "convene", "hold", "chair", "join"}


#: Words of talk that make a plain encounter (040) among sides already met or called.
TALK_WORDS = {"discussed", "discuss", "discusses", "reviewed"}


#: Prepositions that end a list of those met: "... in separate meetings", "... to discuss".
_LIST_ENDS = {"about", "for", "during", "on", "regarding", "to", "at", "in", "over", "ahead",
              "after", "before", "as", "amid", "following", "concerning", "via", "by"}


def _titled_list(head: Token, table: ActorTable) -> list[str]:
    """The people a long subject lists with their titles ("U.S. Special Representative for the
    DPRK Sung Kim, Japanese ... Director General for Asian and Oceanian Affairs Bureau Funakoshi
    Takehiro, and ROK Special Representative ... Noh Kyu-duk discussed"), which the parser hangs
    inside each other's titles: every named person of the phrase, when it is a list."""
    sub = list(head.subtree)
    if not any(t.text == "," for t in sub) or not any(t.dep_ == "cc" and t.lower_ == "and" for t in sub):
        return []
    out: list[str] = []
    for t in sub:
        aid = table.at(t) if t.ent_type_ == "PERSON" else None
        if aid and aid not in out and table.by_id(aid).kind == "person":
            out.append(aid)
    return out


def _listed_after(rec_toks: list, table: ActorTable, skip) -> list:
    """The people of a long "met with" list that the parser broke off: "met with Foreign
    Minister Bui Thanh Son, Vice Foreign Minister Ha Kim Ngoc, Chairman of the ...
    Commission on External Relations Le Hoai Trung, and Deputy Minister ... Hoang Xuan
    Chien in separate meetings". Every person named from the with-phrase on, to the end
    of the list (a verb, a relative pronoun, a preposition on the verb that says what the
    meeting was for or where, or the end of the sentence; "Commission on External
    Relations" is a title's); people only, so a country in a title
    ("Polish Deputy Foreign Minister") adds no side."""
    prep = rec_toks[0].head
    first = _actors(rec_toks, table, skip)
    if prep.lower_ not in ("with", "to") or not (any(
            (table.by_id(a) or None) and table.by_id(a).kind == "person" for a in first)
            or (not first and rec_toks[0].lower_ in PEOPLE_PLURALS | {"counterparts", "officials"})):
        return []       # (a list may open with people no actor names: "met with the foreign
                        # ministers of the 26 ARF participating countries, the ASEAN
                        # Secretary General, and ...")
    have = set(_actors(rec_toks, table, skip))
    out, doc = [], prep.doc
    for t in doc[prep.i + 1:prep.sent.end]:
        aid = table.at(t)
        if aid is None and (t.text in (";", ":") or t.lower_ in ("who", "which", "whom")
                            or t.tag_ in ("VB", "VBD", "VBZ", "VBP", "MD")
                            or (t.dep_ == "prep" and t.lower_ in _LIST_ENDS
                                and t.head.pos_ in ("VERB", "AUX"))):
            break
        actor = table.by_id(aid) if aid else None
        under = [a for a in t.ancestors if a.i > prep.i and a.dep_ == "prep"]
        listed = any(x.dep_ in ("conj", "appos") and x.pos_ == "PROPN"
                     for x in [t, *t.ancestors] if not under or x.i > under[0].i)
        if under and under[0].lower_ in ("to", "of", "for") and under[0].head.i != prep.i \
                and not listed:
            continue            # "Luigi Mattiolo, Diplomatic Advisor to the Prime Minister"
                                # (but "President Giammattei of Guatemala, Prime Minister
                                # Narendra Modi of India": a next name joined to the place)
        if actor is not None and actor.kind == "person" and aid not in have and aid not in skip:
            have.add(aid)
            out.append(t)
    return out


#: Bodies whose "targeting" of someone is a sanction.
SANCTIONING = re.compile(r"Treasury|Department of State|State Department|Department of Commerce|"
                         r"Foreign Assets Control|OFAC|Bureau of Industry and Security")
#: Verbs whose subject bears the act named as their object ("suffer an attack").
SUFFER_VERBS = {"suffer", "endure", "face", "experience", "withstand", "sustain", "undergo"}
#: Nouns for the people who work for a body: "staff at the LGBT Center".
STAFF_NOUNS = {"staff", "staffers", "employees", "personnel", "team", "officials", "workers"}


def _counterparts_convene(tok, actors, table) -> bool:
    """ "Sullivan and Israeli National Security Advisor Hulata convened a meeting at the White
    House": officials of two states who convene a meeting together, with no one else named
    for it, meet each other (co-hosts from one government hold it for others)."""
    countries = {(table.by_id(a).country if table.by_id(a) else None) for a in actors}
    if len(actors) != 2 or None in countries or len(countries) != 2:
        return False
    # (the object may come second: "hosted the third U.S.-Canada ... Working Group meeting"
    # is parsed with two objects)
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    obj = next((c for c in objs if c.lemma_.lower() in ("meeting", "talk", "dialogue", "consultation")), None)
    return obj is not None and not any(p.dep_ == "prep" and p.lower_ in ("with", "for")
                                       for x in [tok] + objs for p in x.children)


#: Verbs of those who hold a meeting for others: co-hosts of "the meeting was convened by
#: A, B and C" or "A and B hosted a roundtable" did not meet each other.
HOSTING_VERBS = {"convene", "host", "organize", "organise", "chair", "moderate", "co-host",
                 "cohost", "lead"}


def _listing(tok: Token) -> Optional[tuple]:
    """A readout's list of who took part in a call or meeting, told by ``tok``:
    "Joining President Biden on the call were Prime Minister Trudeau of Canada, ..." (the one
    joined held it) or "Participants in the call included ..." (the host is told before).
    (encounter nouns, [the one joined] or None, [those listed]) or None."""
    subj = next(iter(_subject(tok)), None)
    if tok.lemma_ == "join":
        if tok.tag_ != "VBG" or tok.i != tok.sent.start or (subj is not None and subj.i < tok.i):
            return None
        nouns = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "on", "for")
                 for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in ENCOUNTER_NOUNS]
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        joined, objs = objs[:1], objs[1:] + [c for c in tok.head.children if tok.dep_ == "csubj"
                                               and c.dep_ in ("attr", "nsubj")] + ([subj] if subj is not None else [])
        return (nouns, joined, objs) if nouns and joined and objs else None
    if tok.lemma_ not in ("include", "be") or subj is None \
            or subj.lemma_.lower() not in ("participant", "attendee", "participation"):
        return None
    nouns = [g for c in subj.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "on")
             for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in ENCOUNTER_NOUNS]
    objs = [c for c in tok.children if c.dep_ in ("dobj", "attr")
            or (c.dep_ == "conj" and c.pos_ == "PROPN")]     # the last name may hang on the verb
    joining = next((c for c in subj.children if c.dep_ == "acl" and c.lemma_ == "join"), None)
    if not nouns and joining is not None:   # "Participants joining the United States in the
        nouns = [g for c in joining.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "on")   # ...
                 for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in ENCOUNTER_NOUNS]   # Meeting
        joined = [c for c in joining.children if c.dep_ == "dobj"][:1]      # included A, B": the
        return (nouns, joined, objs) if nouns and joined and objs else None     # one joined held it
    return (nouns, None, objs) if nouns else None


def _host_before(doc: Doc, tok: Token, table: ActorTable, skip) -> list[str]:
    """The one who held an encounter told before ``tok`` with no other side we could name
    ("President Biden spoke today with Transatlantic leaders")."""
    verbs = [t for t in doc[:tok.i] if t.pos_ == "VERB" and t.lemma_ in _HOST_VERBS]
    return _actors(_subject(verbs[-1]), table, skip) if verbs else []


#: Words of a heading that opens a list of who took part: "Participants included:", "The
#: Leaders that participated:", "Meeting Participants".
LIST_HEADS = {"participant", "participants", "attendee", "attendees", "participate",
              "participated", "attend", "attended"}
BULLETS = {"-", "•", "*", "–", "·"}


def _participant_list(doc: Doc, table: ActorTable) -> tuple:
    """(heading's first token, [people], the heading's nouns) of a readout's bulleted list of who took part
    ("Participants included: - Pastor Demetries Edwards, Pastor, 23rd Avenue Church of God
    ..."), or (). Read by lines, as the list is laid out. One person per bullet: the first
    one it names. Those who "joined" the host ("The Vice President was also joined by:") are
    the host's side and start no list."""
    lines = [(start, end, line.strip()) for start, end, line in _text_lines(doc.text)]
    for k, (start, end, line) in enumerate(lines):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        words = [t for t in span if not t.is_punct and not t.is_space]
        heading = line.endswith(":") or (
            0 < len(words) <= 4 and not any(t.pos_ in ("VERB", "AUX") for t in words))
        named = any(t.lower_ in LIST_HEADS or t.lemma_.lower() in LIST_HEADS for t in words) or (
            line.endswith(":") and any(t.lemma_.lower() == "include" for t in words)
            and any(t.lemma_.lower() in ENCOUNTER_NOUNS for t in words))
        # ("Governors from today's meeting included:")
        if not heading or not named or any(t.lemma_.lower() == "join" for t in words):
            continue
        people = []
        for s2, e2, item in lines[k + 1:]:
            if item[:1] not in BULLETS:
                break
            bullet = doc.char_span(s2, e2, alignment_mode="expand")
            aid = next((table.at(t) for t in bullet or () if table.at(t) and t.pos_ == "PROPN"
                        and table.by_id(table.at(t)).kind == "person"), None)
            # (named: not "the President" of "Assistant to the President")
            if aid and aid not in people:
                people.append(aid)
        if len(people) >= 2:
            return span.start, people, {w for t in words if t.pos_ in ("NOUN", "PROPN")
                                        for w in (t.lower_, t.lemma_.lower())}
    return ()


def _members_as(doc: Doc, table: ActorTable) -> None:
    """ "Canada, France, ..., and the European Union, as members of the Friends of Sudan,
    welcome ...": the body named again later ("The Friends of Sudan call on ...") is those
    members, as the statement's signers."""
    for tok in doc:
        if tok.lower_ != "as" or tok.dep_ != "prep":
            continue
        members = next((g for g in tok.children if g.dep_ == "pobj" and g.lemma_.lower() == "member"), None)
        body = next((table.at(b) for b in _by_prep(members, "of") if table.at(b)), None) \
            if members is not None else None
        if body is None or table.by_id(body).kind not in ("organization", "group") or body in table.members_of:
            continue
        head = tok.head if tok.head.pos_ in ("PROPN", "NOUN") else next(
            (c for c in tok.head.children if c.dep_ == "nsubj"), None)
        states = [a for a in (table.at(x) for x in _expand(head)) if a and a != body] if head is not None else []
        if len(states) >= 2:
            table.members_of[body] = list(dict.fromkeys(states))


def _joined_parties(doc: Doc, table: ActorTable) -> None:
    """A readout that lists who took part after telling what "the leaders" did ("The leaders
    recognized ... Joining President Biden on the call were ..."): those named are the
    sides "the leaders" and "they" stand for, from the start of the text."""
    for tok in doc:
        if tok.lemma_ not in ("join", "include", "be") or (tok.lemma_ == "be" and not any(
                c.lemma_.lower() in ("participant", "attendee") for c in tok.children)):
            continue            # (a cheap test first: "be" is everywhere)
        found = _listing(tok)
        if found is None:
            continue
        nouns, joined, objs = found
        host = _actors(joined, table, frozenset()) if joined else _host_before(doc, tok, table, frozenset())
        people = [p for p in _actors(objs, table, frozenset()) if p not in host]
        if len(host) == 1 and people:
            table.parties = host + people
            table.party_host = host[0]
            table.party_sides = (host, people)
        return


def _participants(doc: Doc, tok: Token, table: ActorTable, ctx: _Context, n: int, skip,
                  events: list) -> list[Event]:
    """A readout's list of who took part in the call or meeting it reported: "President
    Biden spoke today with Transatlantic leaders ... Participants in the call included
    Prime Minister Justin Trudeau of Canada, ..." -> the one who held it met each of them
    (the encounter's own code, one event per pair)."""
    found = _listing(tok)
    if found is None:
        return []
    nouns, joined, objs = found
    subj = next(iter(_subject(tok)), None)
    people = _actors(objs, table, skip)
    before = [e for e in events if e.type == "CONSULT" and e.trigger.start < tok.idx
              and e.modality == "asserted" and not e.negated]
    if joined:
        host, cameo = _actors(joined, table, skip), ENCOUNTER_NOUNS[nouns[0].lemma_.lower()]
    elif before:       # (a plain 040 from "discussed" yields to what the list says it was)
        host, cameo = before[-1].actor, before[-1].cameo
        if cameo == "040":
            cameo = ENCOUNTER_NOUNS[nouns[0].lemma_.lower()]
    else:
        host, cameo = _host_before(doc, tok, table, skip), ENCOUNTER_NOUNS[nouns[0].lemma_.lower()]
    people = [p for p in people if p not in host]
    if not host or not people:
        return []
    entry = Entry(lemma=nouns[0].lemma_.lower(), pos="NOUN", prep=None, objects=frozenset(),
                  cameo=cameo, mode=None, recipient=(), reciprocal=True, line=0)
    ev = _event(doc, nouns[0], entry, table, ctx, n, skip, args=(host[:1], people))
    if ev is None:
        return []
    name = doc[nouns[0].i - 1:nouns[0].i + 1].text if nouns[0].i > 0 and doc[nouns[0].i - 1].dep_ == "compound" \
        else nouns[0].text
    told = [e for e in before if not e.date_from_publication and name in e.evidence.text]
    if ev.date_from_publication and told:
        # "Participants joining the United States in the ... Senior Officials Meeting included":
        # the meeting told before by that name ("Yesterday, ... convened a Senior Officials
        # Meeting"), and its day
        ev.date, ev.date_text, ev.date_precision = told[-1].date, told[-1].date_text, told[-1].date_precision
        ev.date_from_publication = False
        ev.explain = ev.explain.replace("no date in the text: publication date",
                                        f"date of the '{name}' told before")
    said = f"{tok.text} {joined[0].text} on the {nouns[0].text}" if joined and tok.lemma_ == "join" else \
        f"{subj.text} joining {joined[0].text} in the {nouns[0].text} {tok.text}" if joined else \
        f"{subj.text} in {nouns[0].text} {tok.text}"
    ev.explain = (f"participants rule: '{said}' lists who "
                  f"took part -> {cameo} with the one who held it; " + ev.explain.split("; ", 1)[-1])
    return [ev]


#: A transcript's title that states the meeting its remarks open: "Secretary Antony J.
#: Blinken and Swedish Foreign Minister Ann Linde Before Their Meeting".
_TITLE_MEETING = re.compile(
    r"^(?:Remarks by\s+)?(?P<a>.+?)\s+(?:and|with)\s+(?P<b>.+?)\s+(?:Before|After|At the (?:Top|Start) of|"
    r"Following|Ahead of)\s+(?:(?:Their|the|a)\s+)?(?:[\w-]+\s+)?Meeting\b"
    r"|^(?:Remarks by\s+)?(?P<a2>.+?)\s+(?:Before|After|At the (?:Top|Start) of|Ahead of)\s+"
    r"(?:(?:a|the|Their)\s+)?(?:[\w-]+\s+)?Meeting with\s+(?P<b2>.+)$"
    # "A and B at a Joint Press Availability", "... at Official Dinner": they met to appear
    r"|^(?:Remarks by\s+)?(?P<a3>.+?)\s+and\s+(?P<b3>.+?)\s+(?:at|in|during)\s+(?:(?:a|an|the|Their)\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:Press Availability|Press Conference|Dinner)\b", re.I)


def _title_actor(part: str, table: ActorTable) -> Optional[str]:
    """The actor of the body a title names: by its surname (persons) or name, accents
    aside ("Tete António" in the title, "Antonio" in the body)."""
    words = set(knowledge.normalize(part).split())
    for a in sorted(table.actors, key=lambda a: a.kind != "person"):    # people first
        if not a.mentions:
            continue
        words_of = [w for w in knowledge.normalize(a.name).split()
                    if w not in ("jr", "sr", "ii", "iii", "iv")]
        key = (words_of or [""])[-1] if a.kind == "person" else a.name.lower()   # "Whipps Jr."
        if (a.kind == "person" and key in words) or (a.kind != "person" and key in part.lower()):
            return a.id
    return None


def _title_meeting(doc: Doc, table: ActorTable, document: Document, ctx: _Context,
                   n: int) -> Optional[Event]:
    """The meeting a transcript's title states ("X and Y Before Their Meeting"): the
    remarks open it, so the two met that day, where the dateline puts them. Both must be
    actors of the body; the evidence is the remarks' first sentence."""
    m = _TITLE_MEETING.match(re.sub(r"\s+", " ", document.title or "").strip())
    if m is None:
        return None
    a = _title_actor(m["a"] or m["a2"] or m["a3"], table)
    b = _title_actor(m["b"] or m["b2"] or m["b3"], table)
    if a is None or b is None or a == b or len(_states([a, b], table)) == 1 and all(
            table.by_id(x).country for x in (a, b)):
        return None                        # (a President meeting his own agency: no dyad)
    sents = [s for s in doc.sents if sum(t.is_alpha for t in s) > 3]
    if not sents:
        return None
    first = sents[0]
    place, place_iso, _ = ctx.place_for(first[0])
    line = text_of(doc).lstrip().split("\n", 1)[0].strip()
    if place is None and 0 < len(line.split()) <= 5:      # a transcript's place line:
        for part in [line] + [p.strip() for p in line.split(",")]:    # "Brussels, Belgium"
            c = ctx.kb.city(part) or ctx.kb.country(part)
            if c is not None:
                place, place_iso = line, c.iso3
                break
    code = coding.lookup("040")
    return Event(
        id=f"e{n}", type=code.plover_type, mode=None, cameo="040", goldstein=code.goldstein,
        quad_class=code.quad_class, actor=[a], recipient=[b],
        date=ctx.pub.isoformat() if ctx.pub else None, date_text=None,
        date_precision="day" if ctx.pub else None, date_from_publication=True,
        place=place, place_country=place_iso, negated=False, modality="asserted",
        reciprocal=True, evidence=_trimmed(first),
        trigger=Span(first.start_char, first.start_char, ""),
        explain=(f"title rule: '{m.group(0)}' states the meeting these remarks open -> 040; "
                 f"actor and recipient named in the title; publication date"))


def _question_turns(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of a transcript's reporter turns ("Q", "QUESTION:")."""
    labels = speaker_labels(text_of(doc))
    out = []
    for k, (start, _, label) in enumerate(labels):
        if is_reporter(label):
            out.append((start, labels[k + 1][0] if k + 1 < len(labels) else len(text_of(doc))))
    return out


def extract(doc: Doc, table: ActorTable, document: Document,
            voice: Optional[dict] = None) -> list[Event]:
    """Events of one document, in text order. ``voice`` maps the tokens of direct quotes
    to their speaker's actor id: events there are that speaker's account (``reported_by``),
    "we" and "I" there are the speaker, and a quote with no known speaker gives none."""
    voice = voice or {}
    quoted = frozenset(voice)
    table.voice = voice
    table.parties = []
    table.party_host = None
    table.party_sides = None
    table.members_of = {}
    _members_as(doc, table)
    _joined_parties(doc, table)
    table.listed = _participant_list(doc, table)
    lex = entries()
    ctx = _Context(doc, document)
    events: list[Event] = []
    carried: set[int] = set()
    encounters: dict[int, str] = {}        # tokens that made an encounter -> its CAMEO code
    asked = _question_turns(doc)
    for tok in doc:
        if asked and any(s <= tok.idx < e for s, e in asked):
            continue                 # a reporter's question asserts nothing: "QUESTION:
                                     # Putin said today that ..." is the reporter's account
        if tok.pos_ == "AUX" and tok.lemma_ == "be" and (tok.dep_ in ("ROOT", "ccomp", "conj", "xcomp") or (
                tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in REASON_MARKS for c in tok.children))) \
                and not (tok.i in voice and voice[tok.i] is None):
            # ("this is welcome because Chile is such an important partner": a reason given
            # is asserted too)
            for rule in (_accusation, _concern, _praise, _grateful, _presence, _company):   # "X is responsible",
                                                          # "we are concerned", "grateful to"
                ev = rule(tok, table, ctx, quoted)
                if ev is not None:
                    events.append(ev)
            continue
        if tok.pos_ == "ADJ" and tok.lower_ == "welcome":    # "Secretary Blinken, welcome to"
            ev = _greeting(tok, table, ctx, quoted)
            if ev is not None:
                events.append(ev)
            continue
        if (tok.i in voice and voice[tok.i] is None) or tok.pos_ not in ("VERB", "NOUN", "PROPN") \
                or (tok.pos_ != "VERB" and table.at(tok)):
            continue                 # "the Negev Summit" names an actor, not an event
        pos = "VERB" if tok.pos_ == "VERB" or _verb_tagged_noun(tok) else "NOUN"
        cand = lex.get((tok.lemma_.lower(), pos)) or lex.get((tok.lower_, pos))
        if tok.i in carried:
            continue                 # "held talks": the light-verb frame made the event
        speech, alleged = _account(tok)
        if pos == "VERB" and speech is None:
            ev = _encounter(doc, tok, table, ctx, len(events) + 1, quoted)
            if ev is not None:
                events.append(ev)
        if pos == "VERB" and tok.lemma_ in ("include", "join"):
            events.extend(_participants(doc, tok, table, ctx, len(events) + 1, quoted, events))
        if pos == "VERB":
            for rule in (_accusation, _warning, _obligation, _concern, _greeting, _grateful, _duty,
                         _as_told, _call_for, _joined_by, _encouraged):
                ev = rule(tok, table, ctx, quoted)
                if ev is not None:
                    events.append(ev)
        if pos == "NOUN":
            for rule in (_need, _call_for):
                ev = rule(tok, table, ctx, quoted)
                if ev is not None:
                    events.append(ev)
        if not cand:
            continue
        rows = _matches(tok, cand)
        if not rows or rows[0].cameo == "-" or _imperative(tok):
            continue
        ev = None
        framed = False
        for entry in rows:       # "fired a missile at X" (190) else "fired a missile" (150)
            if entry.cameo == "-":
                break
            if framed and not entry.prep and entry.reciprocal:
                continue         # "We call for an end to ...": no other side named, and
            ev = _event(doc, tok, entry, table, ctx, len(events) + 1, quoted)   # not a phone
            if ev is not None:                                                 # call (041)
                break
            framed = framed or entry.prep not in (None, "", "-", "xcomp")
        if ev is None:
            continue
        encounter = entry.cameo.startswith("04")      # a meeting, call or visit (even planned)
        above = encounters.get(tok.head.i) or encounters.get(tok.head.head.i)
        if encounter and tok.dep_ in ("advcl", "xcomp", "pcomp") and above \
                and above != "042":
            continue         # "met with X to discuss Y": that meeting's purpose, not another;
        if encounter:        # but "traveled to Kyiv to meet Zelenskyy" is a visit and a meeting
            encounters[tok.i] = entry.cameo[:3]
        if entry.objects:
            carried.update(c.i for c in tok.children if c.dep_ in ("dobj", "attr"))
        if getattr(ev, "_purpose", None) is not None:
            carried.add(ev._purpose)     # "committed $4 billion to support COVAX": one act
        subjects = [c for c in tok.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")
                    and not (c.i == tok.sent.start and c.lower_.endswith("ing")
                             and any(p.dep_ == "prep" for p in c.children))]   # ("Building on ...,")
        fronted = tok.i < tok.sent.root.i and not any(s.left_edge.i <= tok.i <= s.right_edge.i for s in subjects)
        # ("Building on the President's trilateral meeting with Yoon and Kishida, Secretary
        # Blinken and the Foreign Ministers discussed ...": background, not the sides now)
        if ev.reciprocal and ev.type == "CONSULT" and ev.modality == "asserted" and not ev.negated \
                and speech is None and not fronted:      # (not a meeting they "noted" is an opportunity)
            table.parties = list(dict.fromkeys(ev.actor + ev.recipient))   # (a clash has no
            table.party_host = ev.actor[0] if len(ev.actor) == 1 and len(ev.recipient) > 1 \
                and not getattr(ev, "_group", None) else None      # (not a group of equals)
            table.party_sides = (list(ev.actor), list(ev.recipient)) \
                if not getattr(ev, "_group", None) and ev.actor and ev.recipient else None
                                                                            # "two leaders")
        if ev.actor and ev.type and ev.modality in ("asserted", "background") and not ev.negated:
            ctx.doers[ev.type] = list(ev.actor)
            if ev.type in ("ASSAULT", "COERCE") and ev.recipient:
                ctx.hostile = list(ev.actor)
            if ev.type == "ACCUSE" and ev.recipient:
                ctx.accused = list(ev.recipient)
            if ev.recipient and ev.type == "ASSAULT":
                ctx.victims[ev.type] = (_states(ev.actor, table), list(ev.recipient), tok.sent.start)
        if tok.i in voice:
            ev.reported_by = [voice[tok.i]]
            ev.explain += "; reported: inside a direct quote"
        elif speech is not None:
            ev.reported_by = _actors(_subject(speech), table, quoted)
            threat = coding.threat_code(ev.cameo) if ev.type in ("ASSAULT", "COERCE") else None
            if ev.modality == "future" and not ev.negated and threat and ev.actor \
                    and set(ev.actor) <= set(ev.reported_by):
                # "NATO confirmed it would tighten the blockade of Serbia", "farmers said they
                # would blockade Paris": force announced by its own user is a threat, made then
                code = coding.lookup(threat)
                ev = dc_replace(ev, type=code.plover_type, cameo=threat, mode=code.plover_mode,
                                goldstein=code.goldstein, quad_class=code.quad_class,
                                modality="asserted",
                                explain=ev.explain + f"; announced by its own actor -> {threat} (a threat)")
            ev.alleged = alleged
            ev.explain += (f"; alleged: complement of '{speech.text}'" if alleged else
                           f"; reported: clause of '{speech.text}'")
        events.append(ev)
    credited = [a for a in (credited_aid(ev, doc, table, ctx, quoted) for ev in events
                            if ev.cameo == "051" and not ev.negated and ev.modality == "asserted") if a]
    credited = [a for a in credited if not any(   # (the aid found already: "commended the
        e.cameo[:2] == a.cameo[:2] and e.actor == a.actor and set(a.recipient) <= set(e.recipient)   # UAE for
        and e.evidence == a.evidence for e in events)]                                   # providing")
    events = [e for e in events if not any(      # the same aid read with the thanker as giver
        e.cameo == a.cameo and e.recipient == a.recipient and e.evidence == a.evidence for a in credited)]
    events += credited
    titled = _title_meeting(doc, table, document, ctx, len(events) + 1)
    if titled is not None and not any(
            e.type == "CONSULT" and {titled.actor[0], titled.recipient[0]} <= set(e.actor + e.recipient)
            for e in events):
        events.insert(0, titled)
    # (a meeting held abroad is no visit the text states: "met Kishida in Tokyo" -> MEET only;
    # the held-out gold coded 6 of 29 such visits, the dev gold none)
    out: list[Event] = []
    seen: set = set()
    undated: dict = {}                     # an encounter's key without its date -> index
    for ev in events:                      # every pair of a group; ids in text order
        hosting = _hosting(ev)
        third = _three_sides(ev, table)
        for e in _pairwise(ev, table) + ([hosting] if hosting else []) + ([third] if third else []):
            key = _same_event(e, doc)
            same_words = ("trigger", e.trigger.start, e.cameo[:2], tuple(e.actor), tuple(e.recipient))
            if e.type == "CONSULT" and e.cameo != "040":
                k = undated.get(("04", frozenset(e.actor + e.recipient), e.modality, e.negated))
                if k is not None and out[k].cameo == "040" and out[k].trigger.text.lower() in TALK_WORDS:
                    # "The leaders ... discussed ... Joining President Biden on the call were":
                    # the talk was that call
                    out[k] = dc_replace(out[k], cameo=e.cameo, type=e.type, mode=e.mode,
                                        goldstein=e.goldstein, quad_class=e.quad_class,
                                        explain=out[k].explain + f"; the encounter: {e.cameo} ('{e.trigger.text}')")
            if (key is not None and key in seen) or same_words in seen:
                continue        # one act found by two rules ("warned Iran of consequences")
            # an encounter named again (a readout's "spoke with ... They discussed ...",
            # "on a visit ... arrived Sunday"): the same dyad, with no date or a date that
            # agrees; a plain meeting (040) is any kind of encounter
            loose = ("04", frozenset(e.actor + e.recipient), e.modality, e.negated) \
                if e.type == "CONSULT" else None
            kept = out[undated[loose]] if loose in undated else None
            if kept is not None and (kept.cameo[:3] == e.cameo[:3] or "040" in (kept.cameo, e.cameo)):
                agree = (kept.date or "").startswith(e.date or "-") or (e.date or "").startswith(kept.date or "-")
                talk = e.trigger.text.lower() in TALK_WORDS   # "The two
                if (kept.date_from_publication or e.date_from_publication or agree or talk) \
                        and not _long_before(e, kept, ctx.pub):   # leaders
                    # also discussed ... elections in December": the call they had, not a
                    # meeting in December
                    if not (talk and not agree) and ((kept.date_from_publication and not e.date_from_publication) or (
                            agree and not e.date_from_publication and len(e.date or "") > len(kept.date or ""))):
                        out[undated[loose]] = dc_replace(     # "the visit ... arrived Sunday"
                            kept, date=e.date, date_text=e.date_text, date_precision=e.date_precision,
                            date_from_publication=False,
                            explain=kept.explain + f"; date from '{e.trigger.text}' ('{e.date_text}')")
                    continue    # one encounter, one undated mention of it
            seen.update((key, same_words))
            if loose is not None:
                undated[loose] = len(out)
            out.append(e)
    # (an act said again in another sentence, "We urge X to release ... We urge X to heed
    # ...", stays an act of its own: annotators code each saying, 42 of 53 in the held-out)
    out = [e for e in _threats(_one_agreement(out), doc) if not _asks_itself(e, table)]
    return [dc_replace(e, id=f"e{i}") for i, e in enumerate(out, 1)]


def _asks_itself(ev: Event, table: ActorTable) -> bool:
    """An appeal by a state or its government whose every addressee is that state ("for
    America to succeed, rural America must succeed", "the need for the United States to
    work ...") asks no one else: a resolve stated, not a demand between two sides."""
    if ev.type != "REQUEST" or not ev.recipient or not ev.actor or not all(
            (a := table.by_id(x)) is not None and (a.kind == "country" or a.sector == "GOV") for x in ev.actor):
        return False        # (rebels or students asking their own government ask someone)
    homes = [_states([a], table) for a in ev.actor]
    own = set.intersection(*homes) if homes else set()   # (not "the need for the United
    # States and China to work together": each side's state is the other's addressee)
    return all((r := table.by_id(x)) is not None and r.kind == "country" and r.country in own
               for x in ev.recipient)
