"""Quotation marks in the text, before any parse: the spans inside the marks, a paragraph
at a time so an unclosed mark cannot swallow the article, and the tests on the quoted
string that tell speech from a name or a term in scare quotes."""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span as SpacySpan

OPEN_CLOSE = {"“": "”", "«": "»", "„": "“", "‹": "›", '"': '"'}
MIN_DIRECT_WORDS = 4      # fewer quoted words without a cue is a term, not speech


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


def _opens_clause(span: SpacySpan) -> bool:
    """Quoted words right after a verb or a colon or comma (“said “Foosball.””, “the slide
    that said “Selected Therapeutics” is ...”) may be what was said, even when they look
    like a name."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and (doc[i].text in OPEN_CLOSE or doc[i].is_space):
        i -= 1
    return i < 0 or doc[i].pos_ in ("VERB", "AUX") or doc[i].text in (":", ",")


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
