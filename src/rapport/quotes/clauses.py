"""The grammar of a speech cue, shared by the three steps and the via chains: which verb
of a sentence introduces its quote, the clause a verb reports (without "that", a
trailing relay or the narrator's framing), a sentence-closing relay ("..., Xinhua
reported"), an "according to" phrase."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..layout import dateline_of
from .lexicon import cues
from .marks import OPEN_CLOSE
from .speakers import FINITE, SUBJ, _passive

VIA_VERBS = {"release", "publish", "post", "quote", "report", "carry", "broadcast", "cite",
             "air", "issue", "tell", "give", "provide"}
#: Words opening the narrator's framing at the end of a reported clause.
NARRATOR_FRAMES = {"given", "amid", "despite", "following", "ahead"}


def _trailing_relay(v: Token) -> bool:
    """ "..., the Xinhua news agency reported.", "..., Lavrov said, Interfax reported.": a
    reporting verb whose subject follows a comma and which closes the sentence reports the
    whole sentence before it, wherever the parser hung it."""
    lemma = v.lemma_.lower()
    if v.pos_ != "VERB" or not (cues().verbs.get(lemma) == "speech" or lemma in VIA_VERBS):
        return False
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > v.i:
        return False
    left = min(t.i for t in subj.subtree)
    sent = v.sent
    return left > sent.start + 2 and v.doc[left - 1].text == "," \
        and not any(c.dep_ == "ccomp" and c.i > v.i for c in v.children) \
        and all(t.is_punct or t.is_space or t in v.subtree for t in v.doc[v.i + 1:sent.end])


def _cue_of(sent: SpacySpan, inside: set[int], strength=("speech",)) -> Optional[Token]:
    """The speech verb of a sentence that lies outside the quoted tokens."""
    lex = cues().verbs
    best = None
    for t in sent:
        if t.i in inside or t.pos_ not in ("VERB", "AUX"):
            continue
        if lex.get(t.lemma_.lower()) in strength and not _passive(t, participle_only=True):
            if any(c.dep_ in SUBJ or c.dep_ == "agent" for c in t.children) \
                    or t.dep_ in ("ROOT", "parataxis", "ccomp", "conj", "advcl", "xcomp"):
                if best is None or t.dep_ == "ROOT":
                    best = t
    if best is not None:
        # "“...,” the minister told Kyodo, Xinhua reported": a speech verb with a subject of
        # its own in the clause of the chosen one is the nearer speaker; the outer one relays
        inner = next((c for c in best.children if c.dep_ == "ccomp" and c.i not in inside
                      and c.pos_ == "VERB" and c.tag_ in FINITE and lex.get(c.lemma_.lower()) == "speech"
                      and not _passive(c) and not _trailing_relay(c)
                      and any(g.dep_ == "nsubj" and g.i not in inside for g in c.children)), None)
        if inner is not None:
            best = inner
    return best


def _according_to(sent: SpacySpan, inside: set[int]) -> Optional[Token]:
    for t in sent:
        if t.lower_ == "according" and t.i not in inside and t.i + 1 < len(t.doc) \
                and t.doc[t.i + 1].lower_ == "to":
            for c in t.doc[t.i + 1].children:
                if c.dep_ == "pobj":
                    return c
    return None


def _reported_clause(cue: Token) -> Optional[SpacySpan]:
    """The clause a speech verb reports (ccomp), without its complementiser."""
    for c in cue.children:
        if c.dep_ == "ccomp" or (c.dep_ == "dobj" and c.lemma_.lower() in ("statement",)):
            toks = sorted(c.subtree, key=lambda t: t.i)
            if c.dep_ == "ccomp":
                doc = cue.doc
                # "noted that X inspires us all and underscored that ...": a second speech
                # verb joined to the clause starts a report of its own
                for cj in c.children:
                    if cj.dep_ == "conj" and cues().verbs.get(cj.lemma_.lower()) == "speech":
                        cut = min(t.i for t in cj.subtree)
                        toks = [t for t in toks if t.i < cut]
                        break
                # "the talks were constructive, Xinhua reported": the relay of the whole
                # sentence is not part of what was said
                for v in c.subtree:
                    if v.i != cue.i and _trailing_relay(v):
                        subj = next(g for g in v.children if g.dep_ == "nsubj")
                        cut = min(t.i for t in subj.subtree)
                        toks = [t for t in toks if t.i < cut]
                        break
                # "..., given the many areas of contention": the narrator's framing after a
                # comma at the clause's end is not what was said
                for adj in c.subtree:
                    if adj.lower_ in NARRATOR_FRAMES and adj.i > c.i and adj.i > 0 \
                            and adj.doc[adj.i - 1].text == "," and adj.dep_ in ("prep", "advcl", "advmod"):
                        toks = [t for t in toks if t.i < adj.i - 1]
                        break
                if not toks:
                    continue
                start, end = _after_dateline(doc, toks[0].i), toks[-1].i + 1
                while start < end and (doc[start].dep_ == "mark" or doc[start].is_punct
                                       and doc[start].text not in OPEN_CLOSE):
                    start += 1
                while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in "”’\""
                                       or doc[end - 1].dep_ == "cc"):
                    end -= 1
                if end - start >= 3:
                    return doc[start:end]
    return None


def _after_dateline(doc: Doc, start: int) -> int:
    """A reported clause never starts with the dateline ("WASHINGTON — ...")."""
    d = dateline_of(doc)
    if d is not None and doc[start].idx < d[1]:
        span = doc.char_span(d[1], d[1] + 1, alignment_mode="expand")
        if span is not None:
            return span.start
    return start
