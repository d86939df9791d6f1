"""Spans of text that are not the report: share lines, newsletter pitches, bios, copyright.

They are found on the cleaned text and kept (offsets stay valid); the pipeline blanks them
before extraction. Phrases live in ``data/boilerplate.txt`` so users can extend them.
The "spam author bio" that content farms append ("Hardcore alcohol maven. Introvert.
Devoted social media advocate.") has no fixed words, so its shape is checked here.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files
from typing import NamedTuple

from ..schema import Boilerplate

#: A line longer than this is a paragraph of the report, never boilerplate.
MAX_LINE = 300

_NO_QUOTES = str.maketrans("", "", "\"“”‘’«»„")
_SENTENCE_GAP = re.compile(r"[.!?][”\"’)]*\s+")
_SENTENCE_END = re.compile(r"[.!?]+[”\"’)]*(?=\s|$)")
_FRAGMENT_END = re.compile(r"[.!]+(?:\s+|$)")
#: Words that make a fragment a clause or a function-word phrase, not a bio label.
_CLAUSE_WORDS = frozenset("""a an the is are was were be been being am has have had do
does did will would shall should can could may might must said says say told thank thanks
go goes went come let please yes no not okay ok i you he she we they it this that these
those there here what who whom why how when where which then now today yesterday""".split())
#: Nouns a spam bio fragment ends with ("... maven", "... advocate").
_BIO_NOUNS = frozenset("""addict advocate aficionado ambassador analyst buff champion coder
communicator connoisseur creator designer developer devotee enthusiast entrepreneur
evangelist expert explorer extrovert fan fanatic fiend foodie freak gamer geek guru hacker
introvert junkie lover maker maven nerd ninja nut organizer pioneer practitioner reader
scholar solver specialist student thinker trailblazer traveler troublemaker wizard writer
zealot""".split())
_BIO_SUFFIXES = ("aholic", "holic", "phile", "vert")  # not "-ist": "loyalist", "activist"


class Rules(NamedTuple):
    lines: tuple[tuple[str, re.Pattern], ...]   # "^..." patterns: tried on each line
    phrases: re.Pattern | None                  # the others, one alternation (?P<g0>...)
    phrase_reasons: tuple[str, ...]             # reason of each group gN


@lru_cache(maxsize=1)
def patterns() -> Rules:
    """The rules of data/boilerplate.txt, compiled once.

    Line patterns are matched line by line and the others are joined into one regex, so
    a multi-megabyte text is scanned once rather than once per pattern.
    """
    lines, phrases, reasons, reason = [], [], [], "boilerplate"
    text = files("rapport").joinpath("data/boilerplate.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            reason = line[1:-1].strip()
        elif line.startswith("^"):
            lines.append((reason, re.compile(line, re.IGNORECASE)))
        else:
            re.compile(line)  # a bad pattern is reported as itself, not as the alternation
            phrases.append(f"(?P<g{len(phrases)}>{line})")
            reasons.append(reason)
    joined = re.compile("|".join(phrases), re.IGNORECASE) if phrases else None
    return Rules(tuple(lines), joined, tuple(reasons))


def is_spam_bio(line: str) -> bool:
    """True for a line of >= 3 short verbless labels ending in period, like a spam bio."""
    inner = line.translate(_NO_QUOTES).strip()
    if len(inner) > 200 or not inner.endswith((".", "!")):
        return False
    fragments = [f for f in _FRAGMENT_END.split(inner) if f]
    if len(fragments) < 3:
        return False
    bio_nouns = 0
    for fragment in fragments:
        words = fragment.split()
        if not 1 <= len(words) <= 4 or not fragment[0].isupper():
            return False
        if any(not w.replace("-", "").replace("'", "").isalpha()
               for w in words):
            return False          # digits, commas, colons: not a label
        if len(words) == 1 and len(words[0]) <= 3:
            return False          # "U.S.", "Sen.", "Jan." are abbreviations
        if any(w.lower() in _CLAUSE_WORDS for w in words):
            return False
        last = words[-1].lower().split("-")[-1]
        bio_nouns += last in _BIO_NOUNS or last.endswith(_BIO_SUFFIXES)
    return bio_nouns >= 2


def _line_span(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a match, so "Please click here." spares the news before it."""
    line_start, line_end = _line_span(text, start, end)
    before = None
    for before in _SENTENCE_GAP.finditer(text, line_start, start):
        pass
    after = _SENTENCE_END.search(text, end, line_end)
    return (before.end() if before else line_start), (after.end() if after else line_end)


def find(text: str) -> list[Boilerplate]:
    """Boilerplate lines and sentences of text, in order, as spans into text."""
    rules = patterns()
    found: dict[tuple[int, int], str] = {}
    if rules.phrases is not None:
        for m in rules.phrases.finditer(text):
            start, end = _sentence_span(text, m.start(), m.end())
            if end - start <= MAX_LINE and text[start:end].strip():
                found.setdefault((start, end), rules.phrase_reasons[int(m.lastgroup[1:])])
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and len(line) <= MAX_LINE:
            reason = next((r for r, regex in rules.lines if regex.match(stripped)), None)
            if reason is None and "." in line and is_spam_bio(line):
                reason = "author-bio"
            if reason:
                found.setdefault((pos, pos + len(line)), reason)
        pos += len(line) + 1
    spans, last_end = [], -1
    for (start, end), reason in sorted(found.items()):
        if start >= last_end:
            spans.append(Boilerplate(start, end, text[start:end], reason))
            last_end = end
    return spans
