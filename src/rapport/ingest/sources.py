"""Paths and stdin to Documents: one item per input document, in input order, never raising.

Each input kind has a small reader that yields Documents or Failures. Every problem (a
missing file, a binary file, a bad JSON line) becomes a Failure with a reason a user can
act on, so one bad input never stops a batch.
"""
from __future__ import annotations

import gzip
import json
import os
import re
import sys
import zlib
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator, Union

import feedparser

from ..schema import Document, Failure
from . import dates
from .document import make_document
from .errors import IngestError
from .html import extract, looks_like_html
from .text import decode

Item = Union[Document, Failure]

KINDS = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl",
         ".jsonl.gz": "jsonl", ".xml": "feed", ".rss": "feed", ".atom": "feed"}
_FEED_START = re.compile(r"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:rdf)\b",
                         re.IGNORECASE | re.DOTALL)
_HEADER_LINE = re.compile(r"^([A-Za-z][\w-]*):(?: (.*))?$")
_HEADER_KEYS = {"id", "url", "published", "date", "title", "source"}


def kind(path: Path) -> str | None:
    """The input kind a file name announces, or None for an unknown extension."""
    name = path.name.lower()
    if name.endswith(".jsonl.gz"):
        return "jsonl"
    return KINDS.get(path.suffix.lower())


def stem(path: Path) -> str:
    """File name without its extension (both of ``.jsonl.gz``)."""
    name = path.name
    return name[:-len(".jsonl.gz")] if name.lower().endswith(".jsonl.gz") else path.stem


def _document(id, origin, *, notes=(), **fields) -> Item:
    """make_document, with any problem turned into a Failure."""
    try:
        doc = make_document(id=id, origin=origin, **fields)
    except IngestError as exc:
        return Failure(str(id), origin, str(exc))
    except Exception as exc:  # a bug or an odd input must not stop the batch
        return Failure(str(id), origin, f"could not read: {type(exc).__name__}: {exc}")
    doc.notes.extend(notes)
    return doc


def _encoding_notes(encoding: str) -> list[str]:
    plain = encoding.lower().replace("_", "-") in ("utf-8", "ascii", "str")
    return [] if plain else [f"text decoded as {encoding}"]


def split_header(text: str) -> tuple[dict[str, str | None], str] | None:
    """(header fields, body) for the dev-gold format (``key: value`` lines, ``---``)."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").split("\n", 60)
    try:
        end = next(i for i, line in enumerate(lines[:60]) if line.strip() == "---")
    except StopIteration:
        return None
    fields = {}
    for line in lines[:end]:
        m = _HEADER_LINE.match(line.strip())
        if not m:
            return None
        value = (m.group(2) or "").strip()
        fields[m.group(1).lower()] = None if value in ("", "(none)") else value
    if not fields.keys() & _HEADER_KEYS:
        return None
    return fields, "\n".join(lines[end + 1:])


def _text_document(text: str, id: str, origin: str, notes: list[str]) -> Item:
    """A plain-text document, reading the header block when there is one."""
    split = split_header(text)
    if split is None:
        return _document(id, origin, text=text, notes=notes)
    fields, body = split
    doc = _document(fields.get("id") or id, origin, text=body, url=fields.get("url"),
                    title=fields.get("title"), source=fields.get("source"),
                    author=fields.get("author"),
                    published=fields.get("published") or fields.get("date"), notes=notes)
    moment = fields.get("published_utc")
    if isinstance(doc, Document) and moment:
        doc.published_at = dates.normalise(moment)[1] or doc.published_at
    return doc


def drop_byline(text: str, author: str | None) -> str:
    """Text without its leading author lines ("Office of the Spokesperson").

    Press releases repeat their author field as the first paragraph(s); the dev texts
    leave it out, so documents read from such archives do too.
    """
    remaining = " ".join((author or "").split())
    while remaining:
        first, _, rest = text.partition("\n")
        line = " ".join(first.split())
        if not line or not rest.strip() or not remaining.startswith(line):
            break
        text, remaining = rest.lstrip("\n"), remaining[len(line):].lstrip(" ,;")
    return text


def _record_document(record: dict, id, origin: str, notes=()) -> Item:
    """A Document from a JSONL record or a feed entry (text or HTML plus metadata)."""
    text, markup, author = record.get("text"), record.get("html"), record.get("author")
    fields = {k: record.get(k) for k in ("url", "title", "published", "source")}
    if not (isinstance(text, str) and text.strip()) and isinstance(markup, str) \
            and markup.strip() and isinstance(author, str):
        try:
            text = drop_byline(extract(markup, metadata=False).text, author)
        except IngestError as exc:
            return Failure(str(id), origin, str(exc))
        markup = None
    return _document(id, origin, text=text, html=markup, notes=list(notes),
                     author=author if isinstance(author, str) else None, **fields)


def read_jsonl_lines(lines: Iterable[tuple[int, bytes | str]], name: str,
                     origin: str) -> Iterator[Item]:
    """One item per non-blank line; a bad line is a Failure and the rest goes on."""
    for n, raw in lines:
        line_id, line_origin = f"{name}:{n}", f"{origin}:{n}"
        notes: list[str] = []
        if isinstance(raw, bytes):
            try:
                raw, encoding = raw.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                try:
                    raw, encoding = decode(raw)
                except IngestError as exc:
                    yield Failure(line_id, line_origin, f"line {n}: {exc}")
                    continue
            notes = _encoding_notes(encoding)
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield Failure(line_id, line_origin, f"line {n} is not valid JSON: {exc}")
            continue
        if not isinstance(record, dict):
            yield Failure(line_id, line_origin, f"line {n} is not a JSON object")
            continue
        if not any(isinstance(record.get(k), str) and record[k].strip()
                   for k in ("text", "html")):
            yield Failure(line_id, line_origin, f'line {n} has no "text" or "html"')
            continue
        rid = record.get("id")
        yield _record_document(record, line_id if rid in (None, "") else rid,
                               line_origin, notes)


def read_jsonl(path: Path) -> Iterator[Item]:
    """A .jsonl or .jsonl.gz file, streamed line by line."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    n = 0
    try:
        with opener(path, "rb") as handle:
            for item in read_jsonl_lines(enumerate(handle, 1), stem(path), str(path)):
                n += 1
                yield item
    except (OSError, EOFError, zlib.error) as exc:
        reason = f"could not read the file after {n} documents: {exc}" if n else \
            f"could not read the file: {exc}"
        yield Failure(stem(path), str(path), reason)


def _entry_record(entry, feed_link: str | None) -> dict:
    """The fields of a feed entry, with the fullest body (content:encoded, then summary)."""
    body, plain = None, False
    for part in list(entry.get("content") or []) + [entry.get("summary_detail")]:
        if part and (part.get("value") or "").strip():
            body, plain = part["value"], part.get("type") == "text/plain"
            break
    published = entry.get("published") or entry.get("updated")
    if published and dates.parse(published) is None:
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        if parsed:
            published = datetime(*parsed[:6], tzinfo=timezone.utc).isoformat()
    url = entry.get("link") or None
    return {"text" if plain else "html": body, "url": url, "title": entry.get("title"),
            "published": published, "author": entry.get("author"),
            "source": None if url else dates.host(feed_link)}


def read_feed(data: bytes, name: str, origin: str) -> Iterator[Item]:
    """An RSS or Atom feed: one Document per entry."""
    feed = feedparser.parse(data)
    if not feed.entries:
        problem = feed.get("bozo_exception")
        reason = ("feed has no entries" if feed.get("version")
                  else f"not a readable feed: {problem}" if problem
                  else "not an RSS or Atom feed")
        yield Failure(name, origin, reason)
        return
    feed_link = feed.feed.get("link")
    for n, entry in enumerate(feed.entries, 1):
        record = _entry_record(entry, feed_link)
        id = entry.get("id") or record["url"] or f"{name}:{n}"
        if not (record.get("text") or record.get("html") or "").strip():
            yield Failure(str(id), f"{origin}:{n}", f"feed entry {n} has no content or summary")
            continue
        yield _record_document(record, id, f"{origin}:{n}")


def looks_like_feed(text: str) -> bool:
    return bool(_FEED_START.match(text[:4096].lstrip("\ufeff")))


def read_data(data: bytes | str, name: str, origin: str, known: str | None = None
              ) -> Iterator[Item]:
    """Bytes of one input whose kind is known, or sniffed (JSONL, feed, HTML, text)."""
    try:
        text, encoding = (data, "str") if isinstance(data, str) else decode(data)
    except IngestError as exc:
        yield Failure(name, origin, str(exc))
        return
    notes = _encoding_notes(encoding)
    if known is None:
        head = text.lstrip("\ufeff \t\r\n")
        known = ("jsonl" if head.startswith("{") else "feed" if looks_like_feed(head)
                 else "html" if looks_like_html(head) else "text")
    if known == "jsonl":
        lines = enumerate(text.split("\n"), 1)
        yield from read_jsonl_lines(lines, name, origin)
    elif known == "feed":
        yield from read_feed(data if isinstance(data, bytes) else data.encode("utf-8"),
                             name, origin)
    elif known == "html":
        yield _document(name, origin, html=text, notes=notes)
    else:
        yield _text_document(text, name, origin, notes)


def read_file(path: Path) -> Iterator[Item]:
    """One file: by its extension, or sniffed when the extension is unknown."""
    found = kind(path)
    if found == "jsonl":
        yield from read_jsonl(path)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Failure(stem(path), str(path), f"could not read the file: {exc.strerror or exc}")
        return
    yield from read_data(data, stem(path), str(path), found)


def directory_files(root: Path) -> list[Path]:
    """Files of known kinds under root, sorted; hidden files and folders skipped."""
    found = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = [s for s in subfolders if not s.startswith(".")]
        found.extend(Path(folder, n) for n in names
                     if not n.startswith(".") and kind(Path(n)))
    return sorted(found)


def read_stdin(stdin) -> Iterator[Item]:
    """`-`: the whole of stdin as one input, its kind sniffed."""
    stream = sys.stdin if stdin is None else stdin
    try:
        buffer = getattr(stream, "buffer", None)
        data = (stream if buffer is None else buffer).read()
    except (OSError, ValueError) as exc:
        yield Failure("stdin", "-", f"could not read stdin: {exc}")
        return
    yield from read_data(data if data is not None else b"", "stdin", "-")


def read_path(path: str, stdin=None) -> Iterator[Item]:
    """Everything one command-line argument stands for."""
    if str(path) == "-":
        yield from read_stdin(stdin)
        return
    p = Path(path)
    if p.is_dir():
        files = directory_files(p)
        if not files:
            yield Failure(p.name or str(p), str(p), "directory holds no .txt, .html, "
                          ".htm, .jsonl, .jsonl.gz, .xml, .rss or .atom files")
        for f in files:
            yield from read_file(f)
    elif p.is_file():
        yield from read_file(p)
    elif p.exists():
        yield Failure(stem(p), str(p), "not a regular file or directory")
    else:
        yield Failure(stem(p), str(p), f"no such file or directory: {p}")


def _unique(item: Item, seen: dict[str, int]) -> Item:
    """Rename a Document whose id an earlier one in this run already had (id~2, id~3...)."""
    if isinstance(item, Failure):
        return item
    count = seen.get(item.id, 0) + 1
    seen[item.id] = count
    if count > 1:
        new = f"{item.id}~{count}"
        while new in seen:
            count += 1
            new = f"{item.id}~{count}"
        seen[new] = 1
        item.notes.append(f"id {item.id!r} was already used in this input; renamed {new!r}")
        item.id = new
    return item


def read(paths, published: str | None = None, stdin=None) -> Iterator[Item]:
    """Yield one Document or Failure per input document, in input order; never raise.

    ``published`` is the default publication date for documents that carry none.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    default, _, default_note = dates.normalise(published)
    seen: dict[str, int] = {}
    for path in paths:
        try:
            for item in read_path(path, stdin):
                if isinstance(item, Document) and item.published is None and published:
                    if default:
                        item.published = default
                    else:
                        item.notes.append(default_note)
                yield _unique(item, seen)
        except Exception as exc:  # never raise: the rest of the inputs still come out
            yield Failure(stem(Path(str(path))), str(path),
                          f"could not read: {type(exc).__name__}: {exc}")
