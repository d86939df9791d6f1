"""Publication dates: any common format in, ``YYYY-MM-DD`` out, in the source's time zone.

Feeds and archives stamp items in UTC; the date a reader saw is the newsroom's local date.
``data/sources.tsv`` maps source domains to time zones. A date that cannot be read is left
empty with a note: a bad date never makes a document fail.
"""
from __future__ import annotations

import email.utils
from datetime import date, datetime
from functools import lru_cache
from importlib.resources import files
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d",
            "%d.%m.%Y", "%B %d, %Y %H:%M", "%B %d, %Y %I:%M %p")


@lru_cache(maxsize=1)
def zones() -> dict[str, str]:
    """Source domain -> IANA time zone name, from data/sources.tsv."""
    table = {}
    text = files("rapport").joinpath("data/sources.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("domain\t"):
            continue
        domain, _, zone = line.partition("\t")
        table[domain.strip().lower()] = zone.strip()
    return table


def host(url: str | None) -> str | None:
    """The host of a URL without a leading ``www.``, or None."""
    if not url or "//" not in url:
        return None
    name = (urlsplit(url).hostname or "").lower()
    return name.removeprefix("www.") or None


def source_zone(source: str | None, url: str | None = None) -> ZoneInfo | None:
    """The time zone of a source (a domain) or of the URL's host; None when unknown."""
    table = zones()
    for name in (source, host(url)):
        labels = (name or "").lower().strip().removeprefix("www.").split(".")
        for i in range(len(labels) - 1):
            zone = table.get(".".join(labels[i:]))
            if zone:
                try:
                    return ZoneInfo(zone)
                except (ZoneInfoNotFoundError, ValueError):
                    return None
    return None


def parse(value: str) -> date | datetime | None:
    """A date or datetime from ISO 8601, RFC 822 (feeds) or a written-out date; else None."""
    value = value.strip()
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    for reader in (datetime.fromisoformat, email.utils.parsedate_to_datetime):
        try:
            return reader(value)
        except (ValueError, TypeError, IndexError):
            pass
    for fmt in _FORMATS:
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            pass
    return None


def normalise(value, source: str | None = None, url: str | None = None
              ) -> tuple[str | None, str | None, str | None]:
    """(ISO date, ISO datetime or None, note or None) for a publication date value."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None, None
    parsed = value if isinstance(value, (date, datetime)) else parse(str(value))
    if parsed is None or not 1800 <= parsed.year <= 2200:
        return None, None, f"publication date {str(value)!r} is not a readable date; left empty"
    if not isinstance(parsed, datetime):
        return parsed.isoformat(), None, None
    local = parsed
    if parsed.tzinfo is not None:
        zone = source_zone(source, url)
        if zone is not None:
            local = parsed.astimezone(zone)
    return local.date().isoformat(), parsed.isoformat(), None
