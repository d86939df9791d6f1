"""Step two, transcript turns: each paragraph after a speaker label ("SECRETARY BLINKEN:
...", found by layout.speaker_labels) is a direct quote of the labelled speaker, marks
or not."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..actors import ActorTable
from ..layout import is_reporter, speaker_labels, text_of
from ..schema import Quote, Span
from .marks import MIN_DIRECT_WORDS

MIN_TURN_WORDS = 3        # "It's very high." is an answer; "Thank you." is no statement


def _only_thanks(para: str) -> bool:
    """ "Thank you, Your Majesty. Thank you all.": a turn of nothing but thanks formulas."""
    parts = [p for p in re.split(r"(?<=[.!])\s+", para.strip()) if p]
    return bool(parts) and all(re.fullmatch(r"(?i)(thank you|thanks)[\w ,’'.!-]{0,40}", p) for p in parts)


def _turns(doc: Doc, table: ActorTable, inside: set[int]) -> list[Quote]:
    """Transcript turns: each paragraph after a speaker label ("SECRETARY BLINKEN: ...")
    up to the next label is a direct quote of that speaker, marks or not."""
    text = text_of(doc)
    labels = speaker_labels(text)
    out: list[Quote] = []
    for k, (ls, le, label) in enumerate(labels):
        stop = labels[k + 1][0] if k + 1 < len(labels) else len(text)
        if is_reporter(label):
            continue        # an unnamed reporter's question: speech no one can be quoted for
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
            if re.fullmatch(r"(?i)(END\s+)?\d{1,2}:\d{2}\s*[AP]\.?\s?M\.?(\s+[A-Z]{2,4})?\.?", para):
                continue    # "9:18 A.M. EST", "END 7:21 P.M. CDT": the closing time, nobody's words
            # a labelled turn is speech however short ("It's very high."), but not thanks
            if len(para.split()) < MIN_TURN_WORDS or re.fullmatch(
                    r"(?i)(thank you|thanks)[\w ,.!]*", para) and len(para.split()) < MIN_DIRECT_WORDS + 2 \
                    or _only_thanks(para):
                continue
            toks = doc.char_span(s, e, alignment_mode="expand")
            if toks is not None:
                inside.update(range(toks.start, toks.end))
            out.append(Quote(id="", text=text[s:e], start=s, end=e, kind="direct", speaker=speaker,
                             speaker_mention=Span(ls, le, label), cue=":", via=[]))
    return out
