"""Date expressions in news text, resolved against the publication date.

``find(text)`` returns every date expression with character offsets; ``resolve(mention,
published)`` turns one into an ISO date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) with a
precision (``day``, ``month``, ``year``). Standard library only.

Conventions (``pub`` is the publication date):

* A bare weekday ("on Sunday", "early Sunday morning", "Sunday night") is the last such
  day on or before ``pub`` (the same day counts); with ``future=True`` the first on or
  after. "last Tuesday" / "this past Tuesday" / "previous Tuesday": the last one strictly
  before ``pub``; "next Friday" / "this coming Friday" / "coming Friday": the first one
  strictly after; "this Friday": the Friday of ``pub``'s Monday-to-Sunday week.
* "today", "tonight", "this morning/afternoon/evening", "earlier/later today": ``pub``.
  "overnight" / "over the night": ``pub`` (a report of something that happened
  overnight is dated to the morning it ends in, the day the report appears).
  "yesterday" and "last night": ``pub`` - 1; "tomorrow": ``pub`` + 1; "the day
  before/after yesterday/tomorrow": -2 / +2.
* Anaphoric phrases ("the day before", "the previous day", "the next day", "the
  following day", "the same day", "that day") have kind ``anaphoric``: they count from
  the date passed as ``published``, which a caller may set to the date they refer to.
  When followed by a noun phrase ("the day before the vote") they are not matched.
* Spans of several days get month precision: "last week" / "the past week" -> the
  month of ``pub`` - 7 days (the gold convention), "this week" / "earlier this week" ->
  the month that holds most of the week's days up to ``pub`` (Monday to ``pub``), "next
  week" -> the month of ``pub`` + 7; the weekend ("over the weekend", "last weekend")
  -> the month of its Saturday; "in recent weeks/days", "in the coming weeks/days" -> the
  month of ``pub`` ("recent/coming months" -> its year).
* "last/this/next month" -> previous / same / next month; "last/this/next year" -> year.
  "earlier this month/year", "late last year", "early next month": same as without the
  modifier.
* A bare month ("in November", "February", "mid-June") is the most recent such month on
  or before ``pub``'s month (so "in June" published in June is that June); with
  ``future=True`` the first on or after. "last October": the most recent October
  strictly before ``pub``'s month; "next October": the first strictly after; "this
  October": ``pub``'s year. "May" and "March" need a preposition or modifier ("in May",
  "last March", "since May") to count as months; month names must be capitalised.
* Explicit dates: "June 18, 2023", "18 June 2023", "Sunday, June 18", "2023-06-18",
  "Jan. 5". Without a year, the year that puts the date nearest on or before ``pub``
  (on or after with ``future=True``). "on the 18th": the nearest 18th likewise.
  "November 2022" -> month; "in 2021", "since 2014", "early 2022" -> year.
* "N days ago" -> ``pub`` - N days (day); "N weeks ago" -> month of ``pub`` - 7N;
  "N months ago" -> month; "N years ago" -> year; "a few/several days ago" -> month of
  ``pub`` - 3, "a few weeks ago" -> month of ``pub`` - 21; vaguer ones -> None.

``resolve`` returns None (never raises) for anything it cannot resolve.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Optional, Union

__all__ = ["DateMention", "Resolved", "find", "resolve", "MONTHS", "WEEKDAYS"]

# ---------------------------------------------------------------------------- word lists

#: Month names (full and abbreviated, lower case) -> month number.
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
#: Full month names, in order.
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
#: Month abbreviations usable before or after a day number ("Jan. 5", "5 Sept").
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep",
                       "Oct", "Nov", "Dec")
#: Month names that are also common words: as bare months they need a modifier.
AMBIGUOUS_MONTHS = frozenset({"may", "march"})

#: Weekday names -> Python weekday number (Monday = 0).
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
#: Words before a weekday name that make it a name of something else ("Bloody Sunday").
WEEKDAY_BLOCKERS_BEFORE = frozenset({"bloody", "black", "super", "cyber", "good", "easter",
                                     "palm", "ash", "holy", "maundy", "shrove", "whit"})
#: Words after a weekday name that make it a title ("Sunday Times").
WEEKDAY_BLOCKERS_AFTER = frozenset({"times", "telegraph", "express", "mirror", "post",
                                    "herald", "mail", "independent", "sport", "people",
                                    "star", "tribune", "club"})

#: Single-day words -> offset in days from the publication date.
RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                 "this morning": 0, "this afternoon": 0, "this evening": 0,
                 "last night": -1, "last evening": -1,
                 "overnight": 0, "over the night": 0, "over night": 0}
#: Anaphoric day phrases -> offset in days from the anchor date.
ANAPHORIC_DAYS = {"the day before": -1, "the previous day": -1, "the day prior": -1,
                  "the day after": 1, "the next day": 1, "the following day": 1,
                  "the same day": 0, "that day": 0}
#: Words before a weekday, month or period meaning "the one before".
PAST_WORDS = frozenset({"last", "past", "previous", "this past"})
#: Words meaning "the one after".
NEXT_WORDS = frozenset({"next", "coming", "this coming"})
#: Words meaning "the current one".
THIS_WORDS = frozenset({"this", "current"})
#: Number words for "N days ago".
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
                "a couple of": 2, "couple of": 2}
#: Vague quantities for "a few days ago": no exact count.
VAGUE_NUMBERS = frozenset({"a few", "few", "several", "some"})
#: Units of "N ... ago" and their length in days (month and year handled separately).
UNITS = ("hour", "day", "week", "fortnight", "month", "year", "decade")

# ---------------------------------------------------------------------------- patterns


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH_FULL = _alt(MONTH_NAMES)
_MONTH_ANY = rf"(?:(?:{_MONTH_FULL})\b|(?:{_alt(MONTH_ABBREVIATIONS)})\b\.?)"
_WEEKDAY = _alt(w.capitalize() for w in WEEKDAYS)
_NUMBER = _alt(set(NUMBER_WORDS) | VAGUE_NUMBERS)
_PART_OF_DAY = r"morning|afternoon|evening|night"
_EDGE = r"early|late|mid|the\s+end\s+of|end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of"
_CTX = r"since|until|till|before|after|from|through|throughout|of|by|to|and"
_YEAR = r"(?:19|20)\d{2}"
_FLAGS = re.IGNORECASE | re.VERBOSE

# Explicit dates: 2023-06-18, 2023/06/18.
_ISO_RE = re.compile(r"\b(?P<year>\d{4})(?P<sep>[-/])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)")
# Month day [year]: "June 18, 2023", "Sunday, June 18", "Jan. 5", "Jan. 10-12, 2024" (first day).
_MDY_RE = re.compile(rf"""
    \b(?:(?P<on>on)\s+)?(?:(?P<wd>{_WEEKDAY}),?\s+)?
    (?P<month>{_MONTH_ANY})\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)
    (?:\s*[-–]\s*\d{{1,2}}(?:st|nd|rd|th)?(?!\d))?
    (?:,?\s+(?P<year>{_YEAR})(?!\d))?
""", _FLAGS)
# Day month [year]: "18 June 2023", "Sunday 18 June", "the 18th of June", "10-12 June" (first day).
_DMY_RE = re.compile(rf"""
    \b(?:(?P<on>on)\s+)?(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?
    (?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}}(?:st|nd|rd|th)?)?
    \s+(?:of\s+)?(?P<month>{_MONTH_ANY})
    (?:,?\s+(?P<year>{_YEAR})(?!\d))?
""", _FLAGS)
# "on the 18th" (followed by punctuation or a function word, not "the 18th century").
_DAY_OF_MONTH_RE = re.compile(r"""
    \bon\s+the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\b
    (?=\s*(?:[,.;:!?)\]]|$)|\s+(?:and|or|at|in|when|as|after|before|but|to|with|by|from|while|until|amid|during)\b)
""", _FLAGS)
# Month year: "November 2022", "in early June 2021", "March of 2020".
_MONTH_YEAR_RE = re.compile(rf"""
    \b(?:(?P<ctx>{_CTX})\s+)?(?P<pre>(?:in|during)\s+)?(?:(?P<edge>{_EDGE})(?:-|\s+))?
    (?P<month>{_MONTH_ANY}),?\s+(?:of\s+)?(?P<year>{_YEAR})(?!\d)
""", _FLAGS)
# Bare month: "in November", "last October", "February", "mid-June".
_MONTH_RE = re.compile(rf"""
    \b(?:(?P<ctx>{_CTX})\s+)?(?P<pre>(?:in|on|during)\s+)?
    (?:(?P<rel>this\s+past|this\s+coming|last|next|this|coming|past|previous)\s+)?
    (?:(?P<edge>{_EDGE})(?:-|\s+))?
    (?P<month>{_MONTH_FULL})\b
""", _FLAGS)
# Year: "in 2021", "since 2014", "early 2022" (a bare number is not taken as a year).
_YEAR_RE = re.compile(rf"""
    \b(?:(?P<ctx>since|until|till|before|after|from|through|throughout|by)\s+)?
    (?P<pre>(?:in|during)\s+)?(?:(?P<edge>{_EDGE})(?:-|\s+))?
    (?P<year>{_YEAR})\b(?![-/–]\d)
""", _FLAGS)
# Weekday: "on Sunday", "early Sunday morning", "last Tuesday", "This Friday", "late on Monday".
_WEEKDAY_RE = re.compile(rf"""
    \b(?:(?P<ctx>by|until|till|since|from|before|after)\s+)?(?:(?P<on>on)\s+)?
    (?:(?P<just>just|only)\s+)?
    (?:(?P<rel>this\s+past|this\s+coming|last|next|this|coming|previous|past)\s+)?
    (?:(?P<edge>early|late|earlier|later)\s+(?:on\s+)?)?
    (?P<wd>{_WEEKDAY})\b
    (?:\s+(?P<part>{_PART_OF_DAY})\b)?
""", _FLAGS)
# Single days: "today", "earlier today", "yesterday morning", "last night", "overnight".
_DAY_RE = re.compile(rf"""
    \b(?:(?P<edge>earlier|later|early|late)\s+)?
    (?P<word>today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)
       |last\s+(?:night|evening)|overnight|over\s+(?:the\s+)?night)\b
    (?:\s+(?P<part>{_PART_OF_DAY})\b)?
""", _FLAGS)
# "the day before yesterday", "the day after tomorrow".
_TWO_DAYS_RE = re.compile(r"\bthe\s+day\s+(?P<dir>before|after)\s+(?P<ref>yesterday|tomorrow)\b", _FLAGS)
# Anaphoric: "the day before", "the next day" (not "the day before the vote").
_ANAPHORIC_RE = re.compile(r"""
    \b(?P<word>the\s+day\s+(?:before|after|prior)|the\s+(?:previous|next|following|same)\s+day|that\s+day)\b
    (?!\s+(?:the|a|an|his|her|its|their|our|this|that|these|those|yesterday|tomorrow)\b)
""", _FLAGS)
# Periods: "last week", "Just last week", "earlier this month", "late last year", "over the past week".
_PERIOD_RE = re.compile(rf"""
    \b(?:(?P<just>just|only)\s+)?(?:(?P<pre>in|over|during|within)\s+)?(?:the\s+)?
    (?:(?P<edge>earlier|later|{_EDGE})(?:-|\s+))?
    (?P<rel>this\s+past|last|this|next|past|coming|previous|current)\s+
    (?P<unit>week|weekend|month|year|fortnight)\b
""", _FLAGS)
# The weekend without a modifier: "over the weekend", "at the weekend".
_WEEKEND_RE = re.compile(r"\b(?:over|during|at|on)\s+the\s+weekend\b", _FLAGS)
# "in recent weeks", "in the past few days", "in the coming weeks".
_RECENT_RE = re.compile(r"""
    \b(?:(?:in|over|during|within)\s+)?(?:the\s+)?
    (?P<rel>recent|past\s+few|last\s+few|past\s+several|last\s+several|coming|next\s+few)\s+
    (?P<unit>days|weeks|months)\b
""", _FLAGS)
# "three days ago", "two weeks ago", "a year ago", "just a week ago".
_AGO_RE = re.compile(rf"""
    \b(?:(?:just|only|about|around|roughly|nearly|almost|more\s+than|less\s+than|over|some)\s+)?
    (?P<n>\d{{1,3}}|{_NUMBER})\s+(?P<unit>{"|".join(UNITS)})s?\s+ago\b
""", _FLAGS)

#: (kind, pattern) pairs, all tried on every text; overlaps go to the longer match.
PATTERNS = (
    ("iso", _ISO_RE), ("mdy", _MDY_RE), ("dmy", _DMY_RE), ("day_of_month", _DAY_OF_MONTH_RE),
    ("month_year", _MONTH_YEAR_RE), ("month", _MONTH_RE), ("year", _YEAR_RE),
    ("weekday", _WEEKDAY_RE), ("relative_day", _DAY_RE), ("two_days", _TWO_DAYS_RE),
    ("anaphoric", _ANAPHORIC_RE), ("period", _PERIOD_RE), ("weekend", _WEEKEND_RE),
    ("recent", _RECENT_RE), ("ago", _AGO_RE),
)

# ---------------------------------------------------------------------------- records


@dataclass
class DateMention:
    """A date expression in a text: ``text[start:end]``.

    ``kind`` is one of ``date`` (explicit, with or without year), ``day_of_month``,
    ``month_year``, ``month``, ``year``, ``weekday``, ``relative_day``, ``anaphoric``,
    ``period``, ``weekend``, ``recent``, ``ago``. ``parts`` holds what was read from it
    (month, day, relation word...), used by :func:`resolve`.
    """
    start: int
    end: int
    text: str
    kind: str
    parts: dict = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True)
class Resolved:
    iso: str            # YYYY-MM-DD, YYYY-MM or YYYY
    precision: str      # day | month | year
    text: str           # the date expression as written


# ---------------------------------------------------------------------------- find


def _norm(s: Optional[str]) -> Optional[str]:
    return " ".join(s.lower().split()) if s else None


def _month_number(word: str) -> Optional[int]:
    return MONTHS.get(word.lower().rstrip("."))


def _capitalised(word: Optional[str]) -> bool:
    return bool(word) and word[0].isupper()


def _word_before(text: str, pos: int) -> str:
    m = re.search(r"(\w+)\W*$", text[max(0, pos - 30):pos])
    return m.group(1).lower() if m else ""


def _word_after(text: str, pos: int) -> str:
    m = re.match(r"\W*?(\w+)", text[pos:pos + 30])
    return m.group(1).lower() if m else ""


def _parse(kind: str, m: re.Match, text: str) -> Optional[tuple[int, str, dict]]:
    """(span start, mention kind, parts) for a match, or None to drop it."""
    g = m.groupdict()
    start = m.start()
    if g.get("ctx"):
        start = m.end("ctx")
    if kind in ("iso", "mdy", "dmy"):
        if kind != "iso" and not _capitalised(g["month"]):
            return None
        month = int(g["month"]) if kind == "iso" else _month_number(g["month"])
        year = int(g["year"]) if g.get("year") else None
        return start, "date", {"year": year, "month": month, "day": int(g["day"])}
    if kind == "day_of_month":
        return start, "day_of_month", {"day": int(g["day"])}
    if kind == "month_year":
        if not _capitalised(g["month"]):
            return None
        return start, "month_year", {"year": int(g["year"]), "month": _month_number(g["month"])}
    if kind == "month":
        word = g["month"]
        if not _capitalised(word):
            return None
        if word.lower() in AMBIGUOUS_MONTHS:
            ctx = _norm(g.get("ctx"))
            if not (g.get("pre") or g.get("rel") or g.get("edge")
                    or ctx in ("since", "until", "till", "before", "after", "from",
                               "through", "throughout", "of")):
                return None
        return start, "month", {"month": _month_number(word), "rel": _norm(g.get("rel"))}
    if kind == "year":
        if not (g.get("ctx") or g.get("pre") or g.get("edge")):
            return None
        return start, "year", {"year": int(g["year"])}
    if kind == "weekday":
        if not g.get("rel") and not g.get("on") and not g.get("edge"):
            if _word_before(text, m.start("wd")) in WEEKDAY_BLOCKERS_BEFORE:
                return None
        if not g.get("part") and _word_after(text, m.end("wd")) in WEEKDAY_BLOCKERS_AFTER \
                and _capitalised(text[m.end("wd"):].strip()[:1]):
            return None
        return start, "weekday", {"weekday": WEEKDAYS[g["wd"].lower()], "rel": _norm(g.get("rel"))}
    if kind == "relative_day":
        return start, "relative_day", {"offset": RELATIVE_DAYS[_norm(g["word"])]}
    if kind == "two_days":
        sign = -1 if _norm(g["ref"]) == "yesterday" else 1
        return start, "relative_day", {"offset": 2 * sign}
    if kind == "anaphoric":
        return start, "anaphoric", {"offset": ANAPHORIC_DAYS[_norm(g["word"])]}
    if kind == "period":
        return start, "period", {"unit": g["unit"].lower(), "rel": _norm(g["rel"])}
    if kind == "weekend":
        return start, "weekend", {"rel": None}
    if kind == "recent":
        return start, "recent", {"unit": g["unit"].lower().rstrip("s"), "rel": _norm(g["rel"])}
    if kind == "ago":
        n = _norm(g["n"])
        count = int(n) if n.isdigit() else NUMBER_WORDS.get(n)
        return start, "ago", {"n": count, "unit": g["unit"].lower()}
    return None


def find(text: str) -> list[DateMention]:
    """Every date expression in ``text``, in text order, non-overlapping (longest wins)."""
    if not isinstance(text, str) or not text:
        return []
    candidates: list[DateMention] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            parsed = _parse(kind, m, text)
            if parsed is None:
                continue
            start, mkind, parts = parsed
            end = m.end()
            while start < end and text[start].isspace():
                start += 1
            if end <= start:
                continue
            candidates.append(DateMention(start, end, text[start:end], mkind, parts))
    candidates.sort(key=lambda d: (-(d.end - d.start), d.start))
    chosen: list[DateMention] = []
    for c in candidates:
        if all(c.end <= d.start or c.start >= d.end for d in chosen):
            chosen.append(c)
    chosen.sort(key=lambda d: d.start)
    return chosen


# ---------------------------------------------------------------------------- resolve


def _day(d: dt.date) -> tuple[str, str]:
    return d.isoformat(), "day"


def _month(year: int, month: int) -> tuple[str, str]:
    return f"{year:04d}-{month:02d}", "month"


def _year(year: int) -> tuple[str, str]:
    return f"{year:04d}", "year"


def _shift_month(year: int, month: int, k: int) -> tuple[int, int]:
    i = year * 12 + (month - 1) + k
    return i // 12, i % 12 + 1


def _safe_date(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def _nearest(cands: list[Optional[dt.date]], pub: dt.date, future: bool) -> Optional[dt.date]:
    valid = [c for c in cands if c is not None]
    if future:
        after = [c for c in valid if c >= pub]
        return min(after) if after else None
    before = [c for c in valid if c <= pub]
    return max(before) if before else None


def _weekday(wd: int, rel: Optional[str], pub: dt.date, future: bool) -> dt.date:
    back = (pub.weekday() - wd) % 7
    ahead = (wd - pub.weekday()) % 7
    if rel in PAST_WORDS:
        return pub - dt.timedelta(days=back or 7)
    if rel in NEXT_WORDS:
        return pub + dt.timedelta(days=ahead or 7)
    if rel in THIS_WORDS:
        return pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=wd)
    return pub + dt.timedelta(days=ahead) if future else pub - dt.timedelta(days=back)


def _saturday_of(d: dt.date) -> dt.date:
    """The Saturday of the weekend ``d`` is in, or of the weekend just before it."""
    if d.weekday() == 6:
        return d - dt.timedelta(days=1)
    if d.weekday() == 5:
        return d
    return d - dt.timedelta(days=d.weekday() + 2)


def _resolve_parts(kind: str, p: dict, pub: dt.date, future: bool) -> Optional[tuple[str, str]]:
    if kind == "date":
        if p["year"] is not None:
            d = _safe_date(p["year"], p["month"], p["day"])
            return _day(d) if d else None
        if _safe_date(2000, p["month"], p["day"]) is None:   # not a day of that month at all
            return None
        d = _nearest([_safe_date(pub.year + k, p["month"], p["day"]) for k in range(-4, 5)],
                     pub, future)
        return _day(d) if d else None
    if kind == "day_of_month":
        cands = []
        for k in range(-3, 4):
            y, m = _shift_month(pub.year, pub.month, k)
            cands.append(_safe_date(y, m, p["day"]))
        d = _nearest(cands, pub, future)
        return _day(d) if d else None
    if kind == "month_year":
        return _month(p["year"], p["month"]) if 1 <= p["month"] <= 12 else None
    if kind == "year":
        return _year(p["year"])
    if kind == "month":
        m, rel = p["month"], p["rel"]
        if rel in PAST_WORDS:
            year = pub.year if m < pub.month else pub.year - 1
        elif rel in NEXT_WORDS:
            year = pub.year if m > pub.month else pub.year + 1
        elif rel in THIS_WORDS:
            year = pub.year
        elif future:
            year = pub.year if m >= pub.month else pub.year + 1
        else:
            year = pub.year if m <= pub.month else pub.year - 1
        return _month(year, m)
    if kind == "weekday":
        return _day(_weekday(p["weekday"], p["rel"], pub, future))
    if kind in ("relative_day", "anaphoric"):
        return _day(pub + dt.timedelta(days=p["offset"]))
    if kind in ("period", "weekend"):
        unit, rel = p.get("unit", "weekend"), p["rel"]
        step = -1 if rel in PAST_WORDS else 1 if rel in NEXT_WORDS else 0
        if unit == "weekend":
            this_sat = pub + dt.timedelta(days=5 - pub.weekday())   # Saturday of pub's week
            if rel in THIS_WORDS:
                sat = this_sat
            elif step == 1:
                sat = this_sat + dt.timedelta(days=7)
            elif step == -1:
                sat = _saturday_of(pub) - dt.timedelta(days=7 if pub.weekday() >= 5 else 0)
            elif future:
                sat = this_sat if pub.weekday() < 6 else pub - dt.timedelta(days=1)
            else:
                sat = _saturday_of(pub)
            return _month(sat.year, sat.month)
        if unit in ("week", "fortnight"):
            d = pub + dt.timedelta(days=step * (7 if unit == "week" else 14))
            if step == 0 and unit == "week" and not future:
                # "This week, Singh was in New Delhi" (published Friday, April 1): the days
                # of the week so far lie mostly in March
                d = pub - dt.timedelta(days=(pub.weekday() + 1) // 2)
            return _month(d.year, d.month)
        if unit == "month":
            return _month(*_shift_month(pub.year, pub.month, step))
        if unit == "year":
            return _year(pub.year + step)
        return None
    if kind == "recent":
        if p["unit"] in ("day", "week"):
            return _month(pub.year, pub.month)
        return _year(pub.year)
    if kind == "ago":
        n, unit = p["n"], p["unit"]
        if n is None:        # "a few", "several"
            if unit == "day":
                d = pub - dt.timedelta(days=3)
            elif unit == "week":
                d = pub - dt.timedelta(days=21)
            else:
                return None
            return _month(d.year, d.month)
        if unit == "hour":
            return _day(pub - dt.timedelta(days=n // 24))
        if unit == "day":
            return _day(pub - dt.timedelta(days=n))
        if unit in ("week", "fortnight"):
            d = pub - dt.timedelta(days=n * (7 if unit == "week" else 14))
            return _month(d.year, d.month)
        if unit == "month":
            return _month(*_shift_month(pub.year, pub.month, -n))
        if unit == "year":
            return _year(pub.year - n)
        if unit == "decade":
            return _year(pub.year - 10 * n)
    return None


def _as_date(published) -> Optional[dt.date]:
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        try:
            return dt.date.fromisoformat(published.strip()[:10])
        except ValueError:
            return None
    return None


def resolve(mention_or_text: Union[DateMention, str], published: dt.date,
            future: bool = False) -> Optional[Resolved]:
    """Resolve a date expression against the publication date; None if it cannot be.

    ``mention_or_text`` is a :class:`DateMention` from :func:`find` or a string (its
    first date expression is used). ``published`` is a date (a datetime or an ISO string
    is accepted too). ``future`` says the expression refers forward (future tense):
    bare weekdays, months and dates without a year then go forward from publication.
    """
    try:
        pub = _as_date(published)
        if pub is None:
            return None
        if isinstance(mention_or_text, DateMention):
            mention = mention_or_text
        elif isinstance(mention_or_text, str):
            found = find(mention_or_text)
            if not found:
                return None
            mention = found[0]
        else:
            return None
        kind, parts = mention.kind, mention.parts
        if not parts:                       # a DateMention built by hand: read its text
            found = find(mention.text)
            if not found:
                return None
            kind, parts = found[0].kind, found[0].parts
        out = _resolve_parts(kind, parts, pub, bool(future))
        if out is None:
            return None
        return Resolved(iso=out[0], precision=out[1], text=mention.text)
    except (ValueError, OverflowError, TypeError, KeyError, IndexError):
        return None
