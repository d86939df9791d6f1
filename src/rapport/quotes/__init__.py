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

from spacy.tokens import Doc

from ..actors import ActorTable
from ..layout import text_of
from ..schema import Quote
from .indirect import _indirect
from .lexicon import Channels, Cues, channels, cues  # noqa: F401  (public, as before the split)
from .marked import _marked
from .marks import _is_name, _opens_clause, _quote_spans
from .speakers import _Speakers
from .turns import _turns


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
        said = (q.speaker_mention.text if q.speaker_mention else "").lower()
        if turn is not None and said in ("i", "we", "me", "us", "my", "our"):
            q.speaker = turn.speaker     # "as I said yesterday, ..." in the King's turn: his
            continue
        if turn is not None and turn.speaker and turn.speaker != q.speaker:
            q.via = [table.by_id(turn.speaker).name] + q.via
    quotes.extend(nested)
    quotes.sort(key=lambda q: q.start)
    for k, q in enumerate(quotes):
        q.id = f"q{k + 1}"
    return quotes
