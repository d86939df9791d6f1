"""The Python API: what the CLI does, callable from code.

    >>> from rapport.api import extract, extract_text, ingest, open_db
    >>> for item in extract(["news/"], published="2024-05-01"):
    ...     print(item.to_dict())                   # a Record, or a Failure
    >>> record = extract_text("Biden met Xi in Woodside.", published="2023-11-15")
    >>> record.article.text                          # spans are offsets into this
    >>> report = ingest(["news/"], db="rapport.duckdb")   # IngestReport(added, skipped, failed)
    >>> open_db("rapport.duckdb").events(actor="china", since="2024-01-01")
"""
from __future__ import annotations

import dataclasses
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

from .nlp import MAX_CHARS
from .schema import Document, Failure, Record
from .store import (BATCH_SIZE, DEFAULT_DB, IngestReport, Store, StoreError,  # noqa: F401
                    StoreNotFound, content_hash)

PathLike = Union[str, Path]
Input = Union[PathLike, Document, Failure]

__all__ = ["extract", "extract_text", "ingest", "open_db", "IngestReport", "Store",
           "StoreError", "StoreNotFound", "DEFAULT_DB"]


def check_date(value: Optional[str], what: str = "published") -> Optional[str]:
    """``value`` if it is an ISO date (YYYY-MM-DD), else ValueError; None passes."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        raise ValueError(f"{what} must be a date as YYYY-MM-DD, not {value!r}") from None


def _read(paths: list[str], published: Optional[str]) -> Iterator[Union[Document, Failure]]:
    from . import ingest as ingest_stage   # imported late: built alongside this module
    return ingest_stage.read(paths, published=published)


def _items(inputs: Union[Input, Iterable[Input]], published: Optional[str]
           ) -> Iterator[Union[Document, Failure]]:
    """Paths (read by ``rapport.ingest``) and ready Documents, in the order given."""
    if isinstance(inputs, (str, Path, Document, Failure)):
        inputs = [inputs]
    paths: list[str] = []
    for x in inputs:
        if isinstance(x, (Document, Failure)):
            if paths:
                yield from _read(paths, published)
                paths = []
            if isinstance(x, Document) and published and not x.published:
                x = dataclasses.replace(x, published=published)
            yield x
        else:
            paths.append(str(x))
    if paths:
        yield from _read(paths, published)


def extract(paths_or_docs: Union[Input, Iterable[Input]], published: Optional[str] = None,
            processes: int = 1, *, max_chars: int = MAX_CHARS, batch_size: int = 16
            ) -> Iterator[Union[Record, Failure]]:
    """One Record or Failure per input document, in input order (a lazy iterator).

    ``paths_or_docs``: file or directory paths (``-`` is stdin), ``Document`` objects, or
    a mix. ``published`` (YYYY-MM-DD) is the publication date for documents without one.
    """
    published = check_date(published)
    from . import pipeline
    return pipeline.run(_items(paths_or_docs, published), processes=processes,
                        batch_size=batch_size, max_chars=max_chars)


def extract_text(text: str, published: Optional[str] = None, id: str = "doc", *,
                 max_chars: int = MAX_CHARS) -> Record:
    """The Record for one plain text.

    The text is cleaned the way ingest cleans every document (whitespace, boilerplate
    spans), so the record is the one ``rapport extract`` gives for the same text; spans are
    offsets into ``record.article.text``. Raises ValueError when the text cannot be
    processed (empty, too long...).
    """
    from .ingest import IngestError, make_document
    published = check_date(published)
    try:
        doc = make_document(id=id, text=text, published=published, origin="<text>")
    except IngestError as exc:
        raise ValueError(str(exc)) from None
    out = next(iter(extract([doc], max_chars=max_chars)))
    if isinstance(out, Failure):
        raise ValueError(out.reason)
    return out


def _chunks(items: Iterable, n: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, n)):
        yield chunk


def ingest(paths: Union[Input, Iterable[Input]], db: PathLike = DEFAULT_DB,
           processes: int = 1, on_progress: Optional[Callable[[int, int], None]] = None, *,
           published: Optional[str] = None, max_chars: int = MAX_CHARS,
           batch_size: int = BATCH_SIZE, replace: bool = False, engine: str = "local",
           scheduler: Optional[str] = None, out: Optional[PathLike] = None,
           workers: Optional[int] = None, partition_size: Optional[int] = None,
           cluster: bool = True) -> IngestReport:
    """Read, analyse and store documents; the database file is created when missing.

    Documents whose content hash is already stored are skipped before any analysis, so
    re-ingesting is cheap and changes nothing, and an interrupted ingest resumes where it
    stopped. ``on_progress(done, failed)`` is called as documents are done. ``replace=True``
    lets a new text replace a stored article with the same id (default: keep both, the new
    one as ``<id>~2``). See ``rapport.store``.

    ``engine``: ``local`` (this machine; ``processes`` worker processes, each loading the
    model once) or ``dask`` (partitions on a Dask cluster at ``scheduler``, or a
    LocalCluster of ``workers`` processes; partitions of ``partition_size`` documents,
    written as Parquet in ``out``; see
    ``rapport.engines.dask``). ``cluster``: recompute the event clusters at the end
    (``rapport.analyse.clusters``).
    """
    published = check_date(published)
    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r}; use local or dask")
    store = Store(db, create=True)
    report = IngestReport()
    done = [0, 0]

    def tick(n: int = 1, failed: int = 0) -> None:
        done[0] += n
        done[1] += failed
        if on_progress is not None:
            on_progress(done[0], done[1])

    def unseen(items):
        for chunk in _chunks(items, batch_size):
            docs = [d for d in chunk if isinstance(d, Document)]
            for d in docs:
                if not d.content_hash:
                    d.content_hash = content_hash(d.text)
            known = store.known_hashes(d.content_hash for d in docs)
            for item in chunk:
                if isinstance(item, Document) and item.content_hash in known:
                    report.skipped += 1
                    tick()
                else:
                    yield item

    items = unseen(_items(paths, published))
    if engine == "dask":
        from .engines import dask as dask_engine
        dask_engine.ingest(items, store, scheduler=scheduler, out=out, workers=workers,
                           partition_size=partition_size or dask_engine.PARTITION_SIZE,
                           max_chars=max_chars, replace=replace, report=report,
                           on_progress=tick)
    else:
        from .engines import local
        records = local.run(items, processes=processes, max_chars=max_chars)
        store.add(records, batch_size=batch_size, replace=replace, report=report,
                  on_item=lambda item: tick(1, isinstance(item, Failure)))
    if cluster:
        from .analyse import clusters
        clusters.refresh(store)
    return report


def open_db(path: PathLike = DEFAULT_DB) -> Store:
    """The store at ``path`` for queries; StoreNotFound when there is no such file."""
    return Store(path)
