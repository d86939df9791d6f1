"""One Document from its parts: the single place text is cleaned, hashed and dated.

Every source kind (files, JSONL lines, feed entries, stdin) ends here, so documents from
different inputs are made the same way and the store's content-hash dedup can trust them.
"""
from __future__ import annotations

import hashlib

from ..schema import Document
from . import boilerplate, dates
from .errors import IngestError
from .html import extract
from .text import clean


def _optional(name: str, value) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise IngestError(f"{name!r} must be a string, not {type(value).__name__}")
    return value.strip() or None


def make_document(*, id, text=None, html=None, url=None, title=None, published=None,
                  source=None, origin=None, author=None) -> Document:
    """Build a Document from text or HTML; raise IngestError for input that cannot be one.

    ``source`` defaults to the URL's host (``www.`` dropped). A ``published`` value that
    is not a date becomes None and a note, never an error.
    """
    if id is None or (isinstance(id, str) and not id.strip()):
        raise IngestError("document has no id")
    if isinstance(id, bool) or not isinstance(id, (str, int)):
        raise IngestError(f"id must be a string, not {type(id).__name__}")
    text, html = _optional("text", text), _optional("html", html)
    url, title, source = _optional("url", url), _optional("title", title), \
        _optional("source", source)
    author = author.strip() or None if isinstance(author, str) else None
    if text is None and html is None:
        raise IngestError("empty document")
    if text is None:
        page = extract(html, metadata=title is None or published is None or url is None)
        text, title = page.text, title or page.title
        url, published = url or page.url, published or page.date
    text = clean(text)
    source = source or dates.host(url)
    day, moment, note = dates.normalise(published, source, url)
    return Document(
        id=str(id).strip(), text=text, url=url, title=clean_title(title),
        published=day, published_at=moment, source=source, author=author, origin=origin,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        boilerplate=boilerplate.find(text), notes=[note] if note else [])


def clean_title(title: str | None) -> str | None:
    """A title on one line with single spaces, or None."""
    if not title:
        return None
    return " ".join(title.replace("\u00a0", " ").split()) or None
