"""Quotes stage: direct, indirect and mixed quotations, their speakers and the chain
they came through.

Conventions (docs/SCHEMA.md):
- direct: the words inside the marks, with the punctuation inside them. A quote split by
  its attribution ("X," he said, "Y.") gives two quotes with the same speaker.
- mixed: quoted words inside a reported clause; the text is the quoted words, and
  ``clause`` is the span of the reported clause they sit in.
- indirect: the reported clause after (or before) a speech cue, without "that".
- quoted words with no speech cue nearby (scare quotes, titles, the bio at the foot of a
  page) are not quotes.
Speakers are actor ids; pronouns and role nouns are resolved to the nearest fitting actor
before them, and an unresolved speaker stays null with its mention kept. A report or
statement speaks for its owner ("the IDF summary states", "It found" after "the report of
X"); a quantified plural ("many Tunisians") is a collective of its own; "he"/"she" right
after a speaker continues that speaker. Speech verbs of the first person in the present
("I can announce that", "we reiterate that") are the author's own voice, not quotes.
A passive speech verb ("Asked whether ..., he said") puts words to its subject, who is
not their speaker; a name in apposition ("the Pentagon's spokesman, John Kirby,") is the
speaker. ``via`` also names where the words were posted or aired ("said on Telegram", "in
a tweet", "a transcript posted on the ministry's website", data/channels.tsv) and an outlet
relaying the whole sentence ("..., the Xinhua news agency reported").
"""
from __future__ import annotations

import bisect
import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

from spacy.tokens import Doc, Span as SpacySpan, Token

from .actors import ActorTable
from .layout import dateline_of, speaker_labels, text_of
from .schema import Actor, Quote, Span

OPEN_CLOSE = {"“": "”", "«": "»", "„": "“", "‹": "›", '"': '"'}
SUBJ = ("nsubj", "nsubjpass", "csubj")
VIA_VERBS = {"release", "publish", "post", "quote", "report", "carry", "broadcast", "cite",
             "air", "issue", "tell", "give", "provide"}
#: Words opening the narrator's framing at the end of a reported clause.
NARRATOR_FRAMES = {"given", "amid", "despite", "following", "ahead"}
#: Title words that may head a speaker phrase whose name the parser hung elsewhere.
TITLE_HEADS = {"secretary", "minister", "president", "spokesperson", "ambassador", "official"}
#: Words that make a plural noun phrase a collective of unnamed members ("many Tunisians").
QUANTIFIERS = {"many", "some", "several", "most", "few", "numerous", "various", "multiple",
               "countless", "dozens", "hundreds", "thousands", "millions"}
#: Finite verb tags: a verb that can carry its own subject.
FINITE = {"VBD", "VBZ", "VBP", "MD"}
MIN_DIRECT_WORDS = 4      # fewer quoted words without a cue is a term, not speech


@dataclass
class Cues:
    verbs: dict[str, str]
    nouns: dict[str, str]


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The cue lexicon (data/cues.tsv)."""
    verbs, nouns = {}, {}
    text = resources.files("rapport.data").joinpath("cues.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((l for l in text.splitlines() if l and not l.startswith("#")),
                          delimiter="\t")
    for row in rows:
        (verbs if row["part"] == "verb" else nouns)[row["lemma"]] = row["strength"]
    return Cues(verbs, nouns)


@dataclass
class Channels:
    platforms: dict[str, str]       # name as written (one or more words) -> platform
    posts: dict[str, str]           # lemma of a post ("tweet") -> its platform
    media: set[str]                 # lemmas (or "news agency") of kinds of outlet


@lru_cache(maxsize=1)
def channels() -> Channels:
    """The relay channels lexicon (data/channels.tsv): platforms, posts, kinds of outlet."""
    platforms, posts, media = {}, {}, set()
    text = resources.files("rapport.data").joinpath("channels.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((l for l in text.splitlines() if l and not l.startswith("#")),
                          delimiter="\t")
    for row in rows:
        words = [w.strip() for w in (row["words"] or "").split("|") if w.strip()]
        if row["kind"] == "platform":
            platforms.update((w, row["name"]) for w in words)
        elif row["kind"] == "post":
            posts.update((w.lower(), row["name"]) for w in words)
        elif row["kind"] == "medium":
            media.update(w.lower() for w in words)
    return Channels(platforms, posts, media)


#: Prepositions that say where words were posted or aired ("on Telegram", "in a tweet",
#: "via X", "in an interview with CNN").
CHANNEL_PREPS = {"on", "in", "via", "with"}
#: Verbs that put words somewhere ("a transcript posted on the ministry's website").
POSTING_VERBS = {"post", "publish", "release", "broadcast", "air", "share", "upload", "carry",
                 "issue", "put", "televise", "stream"}


def _platform(tok: Token) -> Optional[str]:
    """The platform a token names ("Telegram", the "Social" of "Truth Social")."""
    names = channels().platforms
    for n in (1, 2, 3):
        if tok.i - n + 1 < 0:
            break
        # "on X.": the tokenizer may keep the sentence's full stop on a one-letter name
        name = names.get(tok.doc[tok.i - n + 1:tok.i + 1].text.rstrip("."))
        if name is not None:
            return name
    return None


def _medium(tok: Token) -> bool:
    """A common noun for a kind of outlet ("state media", "the Xinhua news agency")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    words = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    media = channels().media
    # the word as written too: "media" is lemmatised "medium"
    return any(" ".join(words[k:] + [w]) in media
               for w in {tok.lemma_.lower(), tok.lower_} for k in range(len(words) + 1))


def _phrase(tok: Token) -> str:
    """The words of a noun phrase up to its head, as written, without "a"/"an"."""
    left = [w for w in tok.subtree if w.i <= tok.i]
    start = min(w.i for w in left)
    while start < tok.i and (tok.doc[start].lower_ in ("a", "an") or tok.doc[start].is_punct):
        start += 1
    return tok.doc[start:tok.i + 1].text


def _outlet(tok: Token, table: ActorTable) -> Optional[str]:
    """The name of a media outlet a noun phrase names: a news actor (sector JRN), also
    through a name modifying it ("the Xinhua news agency"), or a kind of outlet as written
    ("state media")."""
    for t in [tok] + [c for c in tok.children if c.dep_ in ("compound", "nmod", "poss")]:
        a = table.by_id(table.at(t))
        if a is not None and a.sector == "JRN":
            return a.name
    return _phrase(tok) if _medium(tok) else None


def _channel(noun: Token, table: ActorTable, inside: set[int], depth: int = 0) -> Optional[str]:
    """Where words went, read from the object of "on"/"in"/"via"/"with" of a cue or a
    document noun: a news outlet ("in an interview with CNN"), a platform ("on Telegram",
    "in a Facebook post", "in a post on Weibo", "in a video posted on X"), a post that names
    its platform ("in a tweet"), or a kind of outlet ("on state television", "posted on the
    ministry's website")."""
    if noun.i in inside or depth > 3 or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    outlet = next((table.by_id(table.at(t)).name for t in (noun,) if table.at(t)
                   and table.by_id(table.at(t)).sector == "JRN"), None)
    if outlet:
        return outlet
    if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "via") and _platform(noun):
        return _platform(noun)
    for c in noun.children:
        if c.dep_ in ("compound", "nmod", "amod") and c.i < noun.i and _platform(c):
            return _platform(c)         # "a Telegram channel", "his Facebook post"
    for c in noun.children:
        preps = [c] if c.dep_ == "prep" and c.lower_ in CHANNEL_PREPS else \
            [p for p in c.children if p.dep_ == "prep" and p.lower_ in ("on", "in", "via")] \
            if c.dep_ == "acl" and c.lemma_.lower() in POSTING_VERBS else []
        for g in (g for p in preps for g in p.children if g.dep_ == "pobj"):
            found = _channel(g, table, inside, depth + 1)
            if found:
                return found
    post = channels().posts.get(noun.lemma_.lower())
    if post:
        return post
    if _medium(noun) and noun.dep_ == "pobj":
        return _outlet(noun, table)
    return None


def _cue_channel(cue: Token, table: ActorTable, inside: set[int]) -> Optional[str]:
    """The channel a speech verb names ("said on Telegram", "wrote in a post on X",
    "tweeted")."""
    for p in cue.children:
        if p.dep_ == "prep" and p.lower_ in CHANNEL_PREPS and p.i not in inside:
            for g in p.children:
                if g.dep_ == "pobj":
                    found = _channel(g, table, inside)
                    if found:
                        return found
    return channels().posts.get(cue.lemma_.lower())


def _relaying_outlets(sent: SpacySpan, cue: Token, inside: set[int], table: ActorTable) -> list[str]:
    """ "The ministry said ..., the Xinhua news agency reported.", "State media said the
    minister told ...": a news outlet that is the subject of another speech verb over the
    cue (or joined to it, not inside what it reports) relays the whole report."""
    lex = cues().verbs
    clause = _reported_clause(cue)
    within = range(clause.start, clause.end) if clause is not None else range(0)
    ancestors = {a.i for a in cue.ancestors}
    out = []
    for v in sent:
        if v.i == cue.i or v.i in inside or v.pos_ != "VERB" \
                or not (lex.get(v.lemma_.lower()) == "speech" or v.lemma_.lower() in VIA_VERBS):
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        # ", the Canadian Press reported.": set off by a comma and closing the sentence,
        # even when the parser hung the reported clause on it
        trailing = v.i > cue.i and _trailing_relay(v)
        if v.i in within and not trailing:
            continue            # "said that Reuters reported": the speaker's own source
        if not (trailing or v.i in ancestors or (v.head.i == cue.i or v.head.i in ancestors)
                and v.dep_ in ("ccomp", "parataxis", "advcl", "conj")):
            continue
        name = _outlet(subj, table) if subj is not None and subj.i not in inside else None
        if name:
            out.append(name)
    return out


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


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the words inside quotation marks (without the marks).

    Works paragraph by paragraph so an unclosed mark cannot swallow the article: a quote
    left open at a paragraph's end continues only if the next paragraph opens with a mark
    (the newspaper convention for multi-paragraph quotes); otherwise it is dropped.
    """
    spans: list[tuple[int, int]] = []
    paras = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    carry: Optional[int] = None
    for k, (off, para) in enumerate(paras):
        i, n = 0, len(para)
        opened: Optional[int] = None
        closer = None
        if carry is not None:
            if para[:1] in OPEN_CLOSE:
                # each paragraph of a continued quote is a quote of its own, from its mark
                opened, closer, i = off + 1, OPEN_CLOSE[para[0]], 1
            carry = None
        while i < n:
            ch = para[i]
            if opened is None:
                if ch in OPEN_CLOSE and not (ch == '"' and i and para[i - 1].isalnum()):
                    opened, closer = off + i + 1, OPEN_CLOSE[ch]
            elif ch == closer and (ch != '"' or i + 1 >= n or not para[i + 1].isalnum()):
                if off + i > opened:
                    spans.append((opened, off + i))
                opened = None
            i += 1
        if opened is not None:
            nxt = paras[k + 1][1] if k + 1 < len(paras) else ""
            if nxt[:1] in OPEN_CLOSE and (closer != '"' or para.count('"') % 2):
                spans.append((opened, off + n))
                carry = opened
    return spans


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


def _according_to(sent: SpacySpan, inside: set[int]) -> Optional[Token]:
    for t in sent:
        if t.lower_ == "according" and t.i not in inside and t.i + 1 < len(t.doc) \
                and t.doc[t.i + 1].lower_ == "to":
            for c in t.doc[t.i + 1].children:
                if c.dep_ == "pobj":
                    return c
    return None


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


def _via(sent: SpacySpan, inside: set[int], table: ActorTable, speaker_tok: Optional[Token],
         cue: Optional[Token]) -> list[str]:
    """The relays between speaker and reader, nearest first, in reading order."""
    out: list[str] = []

    def name(t: Token) -> str:
        aid = table.at(t)
        if aid:
            return table.by_id(aid).name
        words = [w for w in t.subtree if w.i <= t.i and w.dep_ not in ("det", "poss", "case")
                 and not (w.dep_ == "compound" and w.head == t and w.lower_ in ("news",))]
        return " ".join(w.text for w in words)

    skip = {speaker_tok.i} if speaker_tok is not None else set()
    if cue is not None:             # "said on Telegram": the nearest relay
        out.append(_cue_channel(cue, table, inside) or "")
    for t in sent:
        if t.i in inside:
            continue
        if t.dep_ == "agent" and t.head.lemma_.lower() in VIA_VERBS:
            for g in t.children:
                if g.dep_ == "pobj" and g.i not in skip:
                    out.append(name(g))
        if t.lower_ == "to" and t.i and t.doc[t.i - 1].lower_ == "according":
            for g in t.children:
                if g.dep_ == "pobj" and g.i not in skip:
                    if cues().nouns.get(g.lemma_.lower()) and not table.at(g):
                        # "according to a statement ...": the releaser names it (below), or
                        # where it was posted ("a transcript posted on the ministry's website")
                        out.append(_channel(g, table, inside) or "")
                        continue
                    # "Spain's EFE news agency": the agency's own name
                    named = [w for w in g.subtree if table.at(w) and w.dep_ != "poss"]
                    out.append(table.by_id(table.at(named[0])).name if named else name(g))
        if cue is not None and t.head == cue and t.dep_ in ("dative", "dobj") and cue.lemma_ == "tell":
            aid = table.at(t)
            if aid and (table.by_id(aid).sector == "JRN"):
                out.append(table.by_id(aid).name)
            elif not aid and _medium(t):
                out.append(_phrase(t))      # "told state television"
    if cue is not None:             # "..., the Xinhua news agency reported": the farthest
        out.extend(_relaying_outlets(sent, cue, inside, table))
    seen: list[str] = []
    for v in out:
        if v and v not in seen:
            seen.append(v)
    return seen


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


def extract(doc: Doc, table: ActorTable) -> list[Quote]:
    """All quotations of one document, in text order: quotation marks first, then
    transcript turns, then reported speech without marks."""
    qtoks = [(s, e, doc.char_span(s, e, alignment_mode="expand")) for s, e in _quote_spans(text_of(doc))]
    inside = {i for _, _, span in qtoks if span is not None for i in range(span.start, span.end)}
    speakers = _Speakers(doc, table, inside)
    used_cues: set[int] = set()
    quotes = _marked(doc, table, speakers, qtoks, inside, used_cues)
    # quoted words that may be speech: a quoted name inside a reported clause ("states
    # that the commander of the “Netzah Yehuda” Battalion ...") does not make the clause
    # a quotation of its own
    spoken = set(inside)
    for s, e, span in qtoks:
        if span is not None and _is_name(text_of(doc)[s:e]) and not _opens_clause(span):
            spoken.difference_update(range(span.start, span.end))
    turns = _turns(doc, table, set())
    quotes.extend(turns)
    nested = _indirect(doc, table, speakers, inside, used_cues, spoken)
    for q in nested:       # "as the secretary general said, ..." inside Blinken's turn
        turn = next((t for t in turns if t.start <= q.start < t.end), None)
        if turn is not None and turn.speaker and turn.speaker != q.speaker:
            q.via = [table.by_id(turn.speaker).name] + q.via
    quotes.extend(nested)
    quotes.sort(key=lambda q: q.start)
    for k, q in enumerate(quotes):
        q.id = f"q{k + 1}"
    return quotes


def _marked(doc: Doc, table: ActorTable, speakers: "_Speakers", qtoks, inside: set[int],
            used_cues: set[int]) -> list[Quote]:
    """Quotes in quotation marks: direct, or mixed when they sit inside a reported clause;
    an unattributed quote right after another continues that speaker's turn."""
    text = text_of(doc)
    quotes: list[Quote] = []
    prev: Optional[Quote] = None
    prev_para = prev_npara = -1
    para_starts = [m.start() for m in re.finditer(r"[^\n]+", text)]
    for s, e, span in qtoks:
        if span is None or not text[s:e].strip():
            continue
        sent = doc[span.start].sent
        sents = [sent]
        if span.end > sent.end:               # quote spans sentences: look at the last one too
            sents.append(doc[span.end - 1].sent)
        if span.end < len(doc):
            sents.append(doc[min(span.end, len(doc) - 1)].sent)
        words = len(text[s:e].split())
        cue, kind = None, "direct"
        for st in dict.fromkeys(sents):
            cue = _cue_of(st, inside)
            if cue is not None:
                sent = st
                break
        para = text.count("\n", 0, s)
        # the paragraph's number, blank lines or not, and whether the quote opens it
        npara = bisect.bisect_right(para_starts, s)
        opens_para = npara > 0 and para_starts[npara - 1] == s - 1
        if cue is None:
            # mixed via a thought verb ("believes that it would be 'very good'")
            cue = _cue_of(sent, inside, strength=("thought",))
            if cue is not None and span.start > cue.i:
                kind = "mixed"
            else:
                cue = None
        noun = _cue_noun_over(span, cue)
        owner = speakers.owner(noun) if noun is not None else None
        by_noun = cue is None and owner is not None
        if by_noun:
            # "We welcome the report and its conclusion that “...”": the noun is the cue
            cue, kind = noun, "mixed"
        speaker_tok = _unrelativise(_subject(cue), cue, table) if cue is not None and not by_noun \
            else noun if by_noun else None
        if cue is not None and not by_noun and (speaker_tok is None or speaker_tok.lower_ in TITLE_HEADS):
            # "said Under Secretary Uzra Zeya": the parser may miss the inverted subject
            after = next((t for t in doc[cue.i + 1:min(cue.sent.end, cue.i + 15)]
                          if table.at(t) and table.by_id(table.at(t)).kind == "person"), None)
            while after is not None and after.head.i != after.i and table.at(after.head) == table.at(after):
                after = after.head          # the head word of that mention
            speaker_tok = after or speaker_tok
        if cue is not None and kind == "direct" and (_is_embedded(span, cue) or (
                _is_embedded(span, cue, loose=True) and text[:s - 1].rstrip()[-1:] not in ":,")):
            kind = "mixed"          # inside what the cue governs, not set off by : or ,
        if cue is not None and kind == "direct" and _in_host(span, cue):
            kind = "mixed"          # "has shocked the world and, as X attested, “bathed ...”"
        speaker = owner if by_noun else speakers.resolve(speaker_tok)
        relay = None
        if owner is not None and not by_noun and owner != speaker:
            # "We note the report's findings, including the determination that “...”": the
            # words are the report's; the verb's subject only relays them
            relay, speaker, speaker_tok, kind = speaker, owner, noun, "mixed"
        acc = _according_to(sent, inside)
        if cue is None and acc is not None:
            speaker_tok, speaker = acc, speakers.resolve(acc)
        if cue is None and speaker_tok is None:
            # a quote with no attribution continues the previous speaker's turn
            # (the next line, or a next paragraph that opens with the quote: the newspaper
            # convention for a quote running over paragraphs)
            if prev is not None and words >= MIN_DIRECT_WORDS and _is_sentence(text[s:e]) \
                    and (para - prev_para <= 1 or opens_para and npara - prev_npara == 1):
                quotes.append(Quote(id=f"q{len(quotes) + 1}", text=text[s:e], start=s, end=e,
                                    kind="direct", speaker=prev.speaker,
                                    speaker_mention=prev.speaker_mention, cue=prev.cue,
                                    via=list(prev.via)))
                prev_para, prev_npara = para, npara
            continue
        if kind == "direct" and words < MIN_DIRECT_WORDS and not _is_sentence(text[s:e]) \
                and (cue is None or not (_is_embedded(span, cue, loose=True)
                                         or text[s:e].rstrip()[-1:] in ",.!?")):
            continue            # a term in quotation marks; "“We agree,” he said" is speech
        qtext, qs, qe = text[s:e], s, e
        clause_span = None
        if kind == "mixed" and cue is not None:
            clause = _reported_clause(cue)
            # the sentence's full stop inside the marks ("was “extremely serious.”") lies
            # outside the clause the parser gives: the quoted words still sit in it
            core_e = s + len(text[s:e].rstrip(" .,;:!?"))
            if clause is not None and clause.start_char <= s and clause.end_char >= core_e:
                end = clause.end_char
                if end < e:         # take the stop and the closing mark into the clause
                    end = e + 1 if text[e:e + 1] in set(OPEN_CLOSE.values()) else e
                clause_span = Span(clause.start_char, end, text[clause.start_char:end])
        if words <= 2 and clause_span is None and not _is_sentence(qtext) \
                and not (kind == "direct" and _short_turn(text, s, e)):
            continue            # a quoted term outside any reported clause: not speech
        if _is_name(qtext) or kind == "mixed" and _is_name(qtext.rstrip(".")):
            continue            # “Netzah Yehuda”, “Western Europe and Others”: a name
        if cue is not None:     # only a cue that introduced speech is taken
            used_cues.add(cue.i)
        speakers.note(speaker_tok, speaker)
        via = _via(sent, inside, table, speaker_tok, cue)
        if relay is not None and table.by_id(relay) is not None:
            via = [n for n in [table.by_id(relay).name] + via if n]
        q = Quote(id=f"q{len(quotes) + 1}", text=qtext, start=qs, end=qe, kind=kind,
                  speaker=speaker,
                  speaker_mention=_mention_span(speaker_tok) if speaker_tok is not None else None,
                  cue=(cue.text if cue is not None else "according to"),
                  cue_span=(Span(cue.idx, cue.idx + len(cue.text), cue.text) if cue is not None else None),
                  via=via, clause=clause_span)
        quotes.append(q)
        prev, prev_para, prev_npara = q, para, npara
    return quotes


def _in_host(span: SpacySpan, cue: Token) -> bool:
    """Quoted words after a parenthetical "as X said" that carry on the narrator's own
    sentence (their head lies outside both the quote and the as-clause) are mixed."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return False
    clause = {t.i for t in cue.subtree}
    root = next((t for t in span if not (span.start <= t.head.i < span.end) or t.head == t), None)
    if root is None:
        return False
    if root.head == root:
        # the parser made the quoted words the main clause: mixed when the narrator's
        # words come before the as-clause ("The shelling has shattered the town and, as")
        return cue.head == root and any(
            not (t.is_punct or t.is_space or t.dep_ == "cc") for t in root.sent
            if t.i < min(clause) and t.i not in clause)
    return root.head.i not in clause


def _cue_noun_over(span: SpacySpan, cue: Optional[Token]) -> Optional[Token]:
    """The report or statement noun whose clause holds the quoted words ("the
    determination that “...”", "a failure to “...”" joined to it), when it is nearer
    to them than any speech verb."""
    root = next((t for t in span if not (span.start <= t.head.i < span.end) or t.head == t), None)
    t, clausal = root, False
    for _ in range(12):
        if t is None or t.head == t or (cue is not None and t.i == cue.i):
            return None
        clausal = clausal or (t.pos_ in ("VERB", "AUX") and t.dep_ in ("acl", "ccomp"))
        t = t.head
        if t.pos_ in ("VERB", "AUX") and cues().verbs.get(t.lemma_.lower()) == "speech":
            return None
        if clausal and _is_document(t):
            return t
    return None


def _opens_clause(span: SpacySpan) -> bool:
    """Quoted words right after a verb or a colon or comma (“said “Foosball.””, “the slide
    that said “Selected Therapeutics” is ...”) may be what was said, even when they look
    like a name."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and (doc[i].text in OPEN_CLOSE or doc[i].is_space):
        i -= 1
    return i < 0 or doc[i].pos_ in ("VERB", "AUX") or doc[i].text in (":", ",")


def _turns(doc: Doc, table: ActorTable, inside: set[int]) -> list[Quote]:
    """Transcript turns: each paragraph after a speaker label ("SECRETARY BLINKEN: ...")
    up to the next label is a direct quote of that speaker, marks or not."""
    text = text_of(doc)
    labels = speaker_labels(text)
    out: list[Quote] = []
    for k, (ls, le, label) in enumerate(labels):
        stop = labels[k + 1][0] if k + 1 < len(labels) else len(text)
        tok = doc.char_span(ls, le, alignment_mode="expand")
        ids = table.in_span(tok.start, tok.end) if tok is not None else []
        speaker = ids[0] if ids else None
        first = True
        for m in re.finditer(r"[^\n]+", text[le:stop]):
            s, e = le + m.start(), le + m.end()
            if first:
                s += len(text[s:e]) - len(text[s:e].lstrip(": \t"))
                first = False
            para = text[s:e].strip()
            if len(para.split()) < MIN_DIRECT_WORDS:
                continue
            toks = doc.char_span(s, e, alignment_mode="expand")
            if toks is not None:
                inside.update(range(toks.start, toks.end))
            out.append(Quote(id="", text=text[s:e], start=s, end=e, kind="direct", speaker=speaker,
                             speaker_mention=Span(ls, le, label), cue=":", via=[]))
    return out


_MINOR = {"of", "and", "the", "for", "in", "on", "de", "la", "al", "el", "du", "von", "van", "&"}


def _is_name(text: str) -> bool:
    """A short quoted string whose words are all capitalised names a thing; it says nothing."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    content = [w for w in words if w.lower() not in _MINOR]
    return 0 < len(words) <= 5 and all(w[:1].isupper() for w in content) \
        and not re.search(r"[.!?,]\s*$", text.strip())


def _short_turn(text: str, s: int, e: int) -> bool:
    """ "he said, “We'll see.”", "“No comment,” he said": a short quote that ends with its
    own punctuation and is set off from the narrator's words (after a comma, colon or dash,
    or opening a sentence) is a turn of speech; "a thing called the “Commerce Clause.”" is
    a term."""
    if text[s:e].rstrip()[-1:] not in ",.!?":
        return False
    before = text[:max(0, s - 1)].rstrip(" \t\xa0")
    return not before or before[-1] in ",:;—–-.!?\n" or before[-1] in OPEN_CLOSE.values()


def _is_sentence(text: str) -> bool:
    t = text.strip()
    return len(t.split()) >= MIN_DIRECT_WORDS and (t[:1].isupper() or t[-1:] in ".,!?")


def _is_embedded(span: SpacySpan, cue: Token, loose: bool = False) -> bool:
    """True when the quoted words sit inside the clause the cue reports (a mixed quote);
    ``loose``: anywhere in what the cue governs ("calling it “illegal and inhumane”")."""
    clause = _reported_clause(cue)
    if loose:
        sub = [t.i for t in cue.subtree]
        return min(sub) <= span.start and span.end <= max(sub) + 2 and span.start > cue.i
    if clause is None:
        return False
    if not (clause.start <= span.start and span.end <= clause.end + 1):
        return False
    before = cue.doc[clause.start - 1] if clause.start else None
    has_mark = before is not None and before.dep_ == "mark"
    outside = (clause.end - clause.start) - (span.end - span.start)
    return has_mark or outside > 2 or loose


def _indirect(doc: Doc, table: ActorTable, speakers: _Speakers, inside: set[int],
              used: set[int], spoken: set[int]) -> list[Quote]:
    """Reported speech without marks: "X said (that) ...", "..., X said". ``inside``: all
    tokens in quotation marks (never a cue); ``spoken``: those already quoted as speech
    (a clause holding them is not reported again)."""
    out = []
    lex = cues().verbs
    for t in doc:
        if t.i in used or t.i in inside or lex.get(t.lemma_.lower()) != "speech" or t.pos_ != "VERB":
            continue
        clause = _reported_clause(t)
        if clause is None or any(i in spoken for i in range(clause.start, clause.end)):
            continue
        if _trailing_relay(t) and t.head.i != t.i and lex.get(t.head.lemma_.lower()) == "speech" \
                and any(c.dep_ == "nsubj" for c in t.head.children):
            continue        # "X said ..., Xinhua reported": X's words, relayed (see _via)
        subj = _unrelativise(_subject(t), t, table)
        if subj is None:
            continue
        if subj.lower_ in ("it", "this", "that", "which") and not table.at(subj):
            if subj.lower_ != "it":
                continue
        if _performative(t, subj):
            continue
        speaker = speakers.resolve(subj)
        if speaker is None and subj.pos_ not in ("PROPN", "PRON", "NOUN"):
            continue
        speakers.note(subj, speaker)
        via = _via(t.sent, inside, table, subj, t)
        out.append(Quote(id="", text=clause.text, start=clause.start_char, end=clause.end_char,
                         kind="indirect", speaker=speaker, speaker_mention=_mention_span(subj),
                         cue=t.text, cue_span=Span(t.idx, t.idx + len(t.text), t.text), via=via))
    out.extend(_as_clauses(doc, table, speakers, inside, used, spoken))
    out.extend(_noun_clauses(doc, table, speakers, inside, spoken))
    return out


def _performative(cue: Token, subj: Token) -> bool:
    """ "I can announce that ...", "We reiterate that ...", "I want to stress that ...": a
    speech verb of the first person in the present is the author speaking now, which is
    the author's own voice, not a report; "I noted then that" and "as we have said" report
    earlier speech."""
    if subj.lower_ not in ("i", "we") or cue.tag_ in ("VBD", "VBN"):
        return False
    top = cue
    while top.dep_ in ("conj", "xcomp") and top.head.pos_ in ("VERB", "AUX") and top.head.i != top.i:
        top = top.head
        if top.tag_ in ("VBD", "VBN"):
            return False
    aux = [c for c in top.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "VBD" or a.lemma_ == "have" for a in aux):
        return False        # "we did say", "we have said"
    return top.tag_ in ("VBP", "VBZ") or (top.tag_ == "VB" and any(a.tag_ == "MD" for a in aux))


def _after_dateline(doc: Doc, start: int) -> int:
    """A reported clause never starts with the dateline ("WASHINGTON — ...")."""
    d = dateline_of(doc)
    if d is not None and doc[start].idx < d[1]:
        span = doc.char_span(d[1], d[1] + 1, alignment_mode="expand")
        if span is not None:
            return span.start
    return start


def _clause_span(doc: Doc, start: int, end: int) -> Optional[SpacySpan]:
    start = _after_dateline(doc, start)
    while start < end and (doc[start].is_punct and doc[start].text not in OPEN_CLOSE
                           or doc[start].dep_ in ("mark", "cc") or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in "”’\""
                           or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if end - start >= 3 else None


def _and_that(doc: Doc, end: int) -> int:
    """ "the concerns that X and also that Y": a second that-clause coordinated with the
    first (which the parser may hang elsewhere) belongs to the same report; the end of
    both."""
    j, sent_end = end, doc[end - 1].sent.end
    saw_cc = False
    while j < sent_end and (doc[j].dep_ == "cc" or doc[j].text == ","
                            or doc[j].lower_ in ("also", "further", "moreover")):
        saw_cc = saw_cc or doc[j].dep_ == "cc"
        j += 1
    if saw_cc and j < sent_end and doc[j].lower_ == "that" and doc[j].dep_ == "mark" \
            and doc[j].head.i > j:
        return max(x.i for x in doc[j].head.subtree) + 1
    return end


def _as_clauses(doc: Doc, table: ActorTable, speakers: "_Speakers", inside: set[int],
                used: set[int], spoken: set[int]) -> list[Quote]:
    """ "As X said, CLAUSE" / "As X told Y: CLAUSE": the main clause is what X said."""
    out = []
    lex = cues().verbs
    for t in doc:
        if t.i in used or t.i in inside or lex.get(t.lemma_.lower()) != "speech" \
                or not any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children):
            continue
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children) \
                and not any(c.dep_ == "agent" for c in t.children):
            continue            # "as it is called locally": a name, not a report
        subj = _unrelativise(_subject(t), t, table)
        if subj is None:
            continue
        sent = t.sent
        as_end = max(x.i for x in t.subtree) + 1
        clause = _clause_span(doc, as_end, sent.end)
        if clause is None or any(i in spoken for i in range(clause.start, clause.end)) \
                or _performative(t, subj):
            continue
        speaker = speakers.resolve(subj)
        speakers.note(subj, speaker)
        out.append(Quote(id="", text=clause.text, start=clause.start_char, end=clause.end_char,
                         kind="indirect", speaker=speaker,
                         speaker_mention=_mention_span(subj), cue=t.text,
                         cue_span=Span(t.idx, t.idx + len(t.text), t.text),
                         via=_via(sent, inside, table, subj, t)))
    return out


def _noun_clauses(doc: Doc, table: ActorTable, speakers: "_Speakers", inside: set[int],
                  spoken: set[int]) -> list[Quote]:
    """ "X's statement that ...", "noted the minister's statement that ...", "reiterated our
    concerns that ...": a cue noun with a that-clause. The speaker is the noun's possessor,
    else the subject of the verb it is the object of; that subject, if another, relays it."""
    out = []
    nouns = cues().nouns
    for n in doc:
        if n.i in inside or n.pos_ != "NOUN" or n.lemma_.lower() not in nouns:
            continue
        comp = [c for c in n.children if c.dep_ in ("acl", "ccomp", "relcl")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        if not comp:
            continue
        c = comp[0]
        toks = sorted(c.subtree, key=lambda x: x.i)
        clause = _clause_span(doc, toks[0].i, _and_that(doc, toks[-1].i + 1))
        if clause is None or any(i in spoken for i in range(clause.start, clause.end)):
            continue
        poss = next((p for p in n.children if p.dep_ == "poss"), None)
        agent = next((g for a in n.children if a.dep_ == "acl" for b in a.children
                      if b.dep_ == "agent" for g in b.children if g.dep_ == "pobj"), None)
        verb = n.head if n.dep_ in ("dobj", "nsubj", "pobj") else None
        vsubj = _subject(verb) if verb is not None and verb.pos_ in ("VERB", "AUX") else None
        own = poss is not None and poss.lower_ in ("our", "my", "their", "his", "her", "its")
        if poss is not None and not own:
            who = poss                      # "the Foreign Minister's statement that"
        elif agent is not None:
            who = agent                     # "the concerns expressed by many Tunisians that"
        elif own or nouns[n.lemma_.lower()] == "thought":
            who = vsubj                     # "reiterated our concerns that"
        else:
            who = None                      # "noted the statement that": whose, unsaid
        if who is None:
            continue
        speaker = speakers.resolve(who)
        speakers.note(who, speaker)
        via = []
        if who is poss and vsubj is not None:
            relay = speakers.resolve(vsubj)
            if relay and relay != speaker:
                via.append(table.by_id(relay).name)
        mention = doc[min(x.i for x in who.subtree):n.i + 1] if who is poss else None
        out.append(Quote(id="", text=clause.text, start=clause.start_char, end=clause.end_char,
                         kind="indirect", speaker=speaker,
                         speaker_mention=(Span(mention.start_char, mention.end_char, mention.text)
                                          if mention is not None else _mention_span(who)),
                         cue=n.text, cue_span=Span(n.idx, n.idx + len(n.text), n.text), via=via))
    return out
