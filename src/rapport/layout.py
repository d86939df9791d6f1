"""The layout of a news text that the words alone do not say: datelines and transcript
speaker labels. Plain regular expressions over the stored text, shared by the actors,
quotes and events stages."""
from __future__ import annotations

import re
from typing import Optional

#: "WASHINGTON —", "BEIJING, June 19 (Reuters) -", "KYIV, Ukraine —" at a paragraph's start.
#: Capitals of any Latin alphabet: "BOGOTÁ —", "PRESIDENT NIINISTÖ:", "MINISTER ŠEFČOVIČ:".
_CAP = "A-ZÀ-ÖØ-ÞĀ-Ž"
DATELINE = re.compile(
    rf"^(?P<place>[{_CAP}][{_CAP}.'’ -]{{1,40}}[{_CAP}.])(?:,[ ][A-Z][\w. ]{{1,30}})?"
    r"(?:,[ ]\w+\.?[ ]\d{1,2}(?:,[ ]\d{4})?)?(?:[ ]\([\w .]+\))?[ ]*[—–-]+[ ]+(?=\S)", re.M)

#: A transcript turn: a paragraph opening with a speaker label in capitals and a colon,
#: or a reporter's "Q" paragraph.
LABEL = re.compile(rf"^(?:(?P<label>[{_CAP}][{_CAP}.'’ -]{{2,60}}):|(?P<q>Q)(?=[ \t]))[ \t]+(?=\S)", re.M)


def dateline(text: str) -> Optional[tuple[int, int, str]]:
    """(start, end, place) of the dateline opening the first paragraph, if any; ``end``
    is where the story's own words begin."""
    m = DATELINE.match(text)
    if m is None:
        return None
    return m.start(), m.end(), m.group("place").strip().title()


def speaker_labels(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of every transcript speaker label ("SECRETARY BLINKEN:", "Q")."""
    out = []
    for m in LABEL.finditer(text):
        g = "label" if m.group("label") else "q"
        out.append((m.start(g), m.end(g), m.group(g)))
    return out


#: Labels of an unnamed reporter's turn: a question, no one's statement.
REPORTER_LABELS = frozenset({"Q", "QUESTION", "QUESTIONS", "REPORTER"})


def is_reporter(label: str) -> bool:
    """Whether a speaker label ("Q", "QUESTION:") marks a reporter's question."""
    return label.strip().rstrip(".:").upper() in REPORTER_LABELS


def text_of(doc) -> str:
    """``doc.text``, joined once per Doc (spaCy rebuilds it from the tokens on every call)."""
    cached = doc.user_data.get("rapport.text")
    if cached is None:
        cached = doc.user_data["rapport.text"] = doc.text
    return cached


def dateline_of(doc) -> Optional[tuple[int, int, str]]:
    """``dateline()`` of a parsed document, found once per Doc."""
    if "rapport.dateline" not in doc.user_data:
        doc.user_data["rapport.dateline"] = dateline(text_of(doc))
    return doc.user_data["rapport.dateline"]
