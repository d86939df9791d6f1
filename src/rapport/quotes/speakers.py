"""Who speaks: the subject of a speech verb (never the one a passive verb put the words
to), the named speaker behind "who", the words naming them, and ``_Speakers``, which
resolves a speaker token to an actor (pronouns, roles, report owners, collectives)."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from ..actors import ActorTable
from ..schema import Actor, Span
from .lexicon import cues

SUBJ = ("nsubj", "nsubjpass", "csubj")
#: Words that make a plural noun phrase a collective of unnamed members ("many Tunisians").
QUANTIFIERS = {"many", "some", "several", "most", "few", "numerous", "various", "multiple",
               "countless", "dozens", "hundreds", "thousands", "millions"}
#: Finite verb tags: a verb that can carry its own subject.
FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _passive(verb: Token, participle_only: bool = False) -> bool:
    """A speech verb in the passive with no agent: "Asked whether the talks would go on,
    he said", "he was told that": the words were put to the subject, who did not say them.
    ``participle_only``: only a participle clause with no subject of its own ("Asked
    whether"), which is never the cue of the sentence's quote; a finite passive ("were
    accused of “...”") still introduces quoted words, of an unnamed speaker."""
    if verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return not participle_only
    # a participle clause of its own, with no subject and no auxiliary ("Asked whether",
    # "When told of the plan"): passive, its unnamed agent put the words to the main subject
    return verb.dep_ in ("advcl", "acl", "xcomp") and not any(
        c.dep_ in SUBJ or c.dep_ in ("aux", "auxpass") for c in verb.children)


def _subject(verb: Token) -> Optional[Token]:
    if _passive(verb):
        return None         # the one spoken to is no speaker
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if subjects:
        # "Mr. Ambassador, I cannot help but say ...": of two subjects the parser gives a
        # verb, the one next to it is the subject; the other is a vocative or a fronted
        # phrase
        before = [c for c in subjects if c.i < verb.i]
        if len(before) >= 2 and before[-1].pos_ == before[-2].pos_ == "PROPN" \
                and max(t.i for t in before[-2].subtree) + 2 == min(t.i for t in before[-1].subtree):
            return before[-2]       # "President Joseph R. Biden, Jr. declared": one name
        return before[-1] if before else subjects[0]
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" \
            and cues().verbs.get(verb.lemma_.lower()) == "speech" \
            and cues().verbs.get(verb.head.head.lemma_.lower()):
        return _subject(verb.head.head)    # "They noted that X ... and underscored that Y"
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        head = verb.head
        # "underscored the need for Russia to take action to disrupt X and emphasized that
        # ...": a finite conjunct the parser hung on a non-finite verb (or a noun) below
        # is coordinated with the nearest finite verb above it
        if verb.dep_ == "conj" and verb.tag_ in FINITE:
            while head.tag_ not in FINITE and head.head.i != head.i:
                head = head.head
        return _subject(head)
    return None


def _unrelativise(subj: Optional[Token], cue: Token, table: ActorTable) -> Optional[Token]:
    """ "who, as David Beasley said, ...": a relative pronoun parsed as the subject hides the
    named speaker between it and the verb; "officials who said" means the officials."""
    if subj is None or subj.lower_ not in ("who", "which", "that"):
        return subj
    named = [t for t in cue.doc[subj.i + 1:cue.i] if table.at(t)]
    if named:
        t = named[-1]
        while t.head.i != t.i and table.at(t.head) == table.at(t):
            t = t.head
        return t
    if cue.dep_ == "relcl":
        return cue.head
    return subj


def _mention_span(tok: Token) -> Span:
    """The words naming a speaker: the noun phrase without trailing clauses."""
    keep = [c for c in tok.subtree if c.i <= tok.i or c.dep_ in ("compound", "flat", "appos")
            and c.head == tok]
    left = min(c.i for c in keep)
    while left < tok.i and tok.doc[left].is_punct:
        left += 1
    span = tok.doc[left:tok.i + 1]
    return Span(span.start_char, span.end_char, span.text)


def _is_document(tok: Token) -> bool:
    """A noun naming something said or written ("statement", "report", "summary"): it
    speaks for whoever issued it."""
    return tok.pos_ in ("NOUN", "PROPN") and cues().nouns.get(tok.lemma_.lower()) in ("speech", "document")


_LOCUTORS = {"i", "we", "you", "me", "us"}          # never "he" or "she" later on
#: Verbs of an encounter between two people: "met with", "spoke with", "called".
_ENCOUNTERS = {"meet", "speak", "call", "talk", "host", "welcome", "receive"}
_THIRD_PERSON = {"he", "she", "him", "his", "her", "hers"}
_OTHER_PERSON = {"he": {"she", "her", "hers"}, "she": {"he", "him", "his"}}


class _Speakers:
    """Resolves speaker tokens with the actor table, never to quoted words.

    Beyond the table's own resolution: a report or statement speaks for its owner ("the
    IDF summary states", "the report of the commission found", "It found" after a report);
    a quantified plural is a collective of its own ("many Tunisians", not Tunisia); and
    "he"/"she" right after a speaker's mention continues that speaker ("as he said")."""

    def __init__(self, doc: Doc, table: ActorTable, quoted: set[int]):
        self.doc, self.table, self.skip = doc, table, frozenset(quoted)
        self.said: dict[int, str] = {}      # token of a speaker's mention -> actor id
        self.made: dict[int, str] = {}      # head of a collective -> the actor made for it

    def resolve(self, tok: Optional[Token]) -> Optional[str]:
        if tok is None:
            return None
        tok = self.named(tok)
        aid = None
        if tok.lower_ in ("he", "she"):
            aid = self._last_speaker(tok)
        elif tok.lower_ == "they" and tok.dep_ == "nsubj":
            aid = self._met_before(tok)
        elif tok.lower_ in ("it", "this"):
            report = self._report_before(tok)
            aid = self.owner(report) if report is not None else None
        # "for a President to say": an indefinite noun introduces someone, it does not
        # point back to a president named before
        indefinite = not self.table.at(tok) and any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "another", "any") for c in tok.children) \
            and not any(self.table.at(c) for c in tok.children)
        if aid is None and not indefinite:
            aid = self.table.resolve(tok, self.skip)
            found = self.table.by_id(aid)
            if found is None or found.kind == "country":
                aid = self._collective(tok) or aid
        if aid is None and _is_document(tok):
            aid = self.owner(tok)
        if aid is None:
            aid = self.table.phrase_actor(tok)
        return aid

    def named(self, tok: Token) -> Token:
        """ "the Pentagon's spokesman, John Kirby,": a name in apposition to a described
        speaker is who speaks (the head word of that name). The appositive may hang on the
        noun or on a noun inside its phrase ("the spokesman for the Pentagon, John Kirby")."""
        if tok.pos_ != "NOUN":
            return tok
        near = [tok] + [g for p in tok.children if p.dep_ == "prep"
                        for g in p.children if g.dep_ == "pobj"]
        for head in near:
            for c in head.children:
                if c.dep_ != "appos" or c.i in self.skip or c.pos_ != "PROPN":
                    continue
                a = self.table.by_id(self.table.at(c))
                if a is not None and a.kind == "person":
                    return c
        return tok

    def note(self, tok: Optional[Token], aid: Optional[str]) -> None:
        """Remember who spoke at a mention, for "he"/"she" right after it."""
        if tok is not None and aid is not None:
            self.said[tok.i] = aid

    def _ref(self, tok: Token) -> Optional[str]:
        """The actor a noun names, also through a name modifying it ("the IDF Commanders'")."""
        aid = self.table.resolve(tok, self.skip)
        if aid is None:
            aid = next((self.table.at(c) for c in tok.children
                        if c.dep_ in ("nmod", "compound", "amod") and self.table.at(c)), None)
        return aid

    def owner(self, n: Token, depth: int = 0) -> Optional[str]:
        """Whose words a report or statement noun carries: its possessor ("the minister's
        statement"; "its findings": the report before it), a name modifying it ("the IDF
        summary"), "of X" / "by X" / "released by X", or the noun it elaborates ("its
        findings, including the determination that ...")."""
        if depth > 4:
            return None
        for c in n.children:
            if c.dep_ != "poss":
                continue
            if c.lower_ in ("its", "their"):
                report = next((t for t in reversed(self.doc[n.sent.start:c.i]) if _is_document(t)), None)
                if report is not None:
                    return self.owner(report, depth + 1) or self._ref(report)
                return self.table.resolve(c, self.skip)
            aid = self._ref(c)
            if aid is None and _is_document(c):
                aid = self.owner(c, depth + 1)
            if aid is not None:
                return aid
        for c in n.children:
            if c.dep_ in ("compound", "nmod", "amod") and self.table.at(c):
                return self.table.at(c)
        for c in n.children:
            preps = [c] if c.dep_ == "prep" and c.lower_ in ("of", "by", "from") else \
                [b for b in c.children if b.dep_ == "agent"] if c.dep_ == "acl" else []
            for g in (g for p in preps for g in p.children if g.dep_ == "pobj"):
                aid = self._ref(g)
                if aid is None and _is_document(g):
                    aid = self.owner(g, depth + 1)
                if aid is not None:
                    return aid
        if n.dep_ == "pobj" and n.head.lower_ in ("including", "namely") \
                and n.head.head.pos_ in ("NOUN", "PROPN"):
            return self.owner(n.head.head, depth + 1)
        if n.dep_ in ("appos", "conj") and n.head.pos_ in ("NOUN", "PROPN") and n.head.i != n.i:
            return self.owner(n.head, depth + 1)
        return None

    def _report_before(self, tok: Token) -> Optional[Token]:
        """ "The commission's report ... It found that": a report that is the nearest
        subject before "it" (in its sentence or the one before) is what "it" is."""
        sent = tok.sent
        start = self.doc[sent.start - 1].sent.start if sent.start else sent.start
        for t in reversed(self.doc[start:tok.i]):
            if t.dep_ in ("nsubj", "nsubjpass") and t.i not in self.skip:
                return t if _is_document(t) else None
        return None

    def _last_speaker(self, tok: Token) -> Optional[str]:
        """ "who, as David Beasley said, “...”. It's about, as he said, “...”": when the
        nearest person mentioned before "he"/"she" (in its sentence or the one before) is
        a speaker already, the pronoun continues that speaker."""
        sent = tok.sent
        start = self.doc[sent.start - 1].sent.start if sent.start else sent.start
        for i in range(tok.i - 1, start - 1, -1):
            if i in self.skip:
                continue
            w = self.doc[i].lower_
            if i in self.said and w not in _LOCUTORS and w not in _OTHER_PERSON.get(tok.lower_, ()):
                a = self.table.by_id(self.said[i])
                if a is not None and a.kind == "person":
                    return a.id
            if w in _THIRD_PERSON:
                return None         # a chain of pronouns the table follows
            aid = self.table.at(self.doc[i])
            if aid and self.table.by_id(aid) is not None and self.table.by_id(aid).kind == "person":
                return None         # someone else was mentioned since: the table decides
        return None

    def _met_before(self, tok: Token) -> Optional[str]:
        """ "Sullivan met with Jaishankar ... They agreed that ...": a "they" whose sentence
        follows a meeting or call between two named people, with only "they" sentences
        between, is those people, not a state the sentences between happen to name. The one
        who met speaks for both (a quote has one speaker)."""
        sent = tok.sent
        for _ in range(4):
            if sent.start == 0:
                return None
            sent = self.doc[sent.start - 1].sent
            root = sent.root
            if any(c.dep_ == "nsubj" and c.lower_ == "they" for c in root.children):
                continue            # "They welcomed ... They discussed ...": the same two
            if root.lemma_.lower() not in _ENCOUNTERS:
                return None
            subj = [c for c in root.children if c.dep_ == "nsubj"]
            other = [g for c in root.children if c.dep_ == "prep" and c.lower_ == "with"
                     for g in c.children if g.dep_ == "pobj"] + [
                c for c in root.children if c.dep_ == "dobj" and root.lemma_.lower() in ("meet", "call")]
            people = [self.table.resolve(t, self.skip) for t in subj + other]
            if len(people) >= 2 and all(p is not None and self.table.by_id(p).kind == "person"
                                        for p in people):
                return people[0]
            return None
        return None

    def _collective(self, tok: Token) -> Optional[str]:
        """ "many Tunisians", "several witnesses", "A hundred and forty-one countries": a
        quantified plural names a collective of unnamed members, not their country."""
        if tok.tag_ not in ("NNS", "NNPS") or tok.i in self.skip or any(
                c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                for c in tok.children):
            return None             # "the two sides": parties named before, not a collective
        if tok.i in self.made:
            return self.made[tok.i]
        quant = [c for c in tok.children if c.dep_ == "nummod" and c.like_num
                 or c.dep_ in ("amod", "det", "quantmod") and c.lower_ in QUANTIFIERS]
        if not quant:
            return None
        start = min(t.i for q in quant for t in q.subtree)
        span = self.doc[start:tok.i + 1]
        own = self.table.by_id(self.table.at(tok))
        country = own.country if own is not None and own.kind == "country" else next(
            (self.table.by_id(self.table.at(c)).country for c in tok.children
             if c.dep_ in ("amod", "compound") and self.table.at(c)
             and self.table.by_id(self.table.at(c)).kind == "country"), None)
        actor = Actor(id=self.table.next_id(), name=span.text, kind="group", country=country,
                      link_reason="described (quantified noun phrase)",
                      mentions=[Span(span.start_char, span.end_char, span.text)])
        self.table.actors.append(actor)
        self.made[tok.i] = actor.id
        return actor.id
