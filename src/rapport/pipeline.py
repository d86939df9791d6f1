"""Documents in, records out: the stages in order.

``run()`` streams documents through spaCy's ``nlp.pipe`` (batched by count and length;
across processes with ``rapport.engines.local``) and then through rapport's own stages, one record per input in input order.
A document that fails at any stage becomes a ``Failure`` and the stream goes on.
"""
from __future__ import annotations

import logging
from typing import Iterable, Iterator, Union

from . import actors as actors_stage
from . import events as events_stage
from . import quotes as quotes_stage
from .nlp import MAX_CHARS, language, load
from .schema import Article, Document, Failure, Record, Warning, realised

log = logging.getLogger(__name__)
Item = Union[Document, Failure]


def _nlp_text(doc: Document) -> str:
    """The text spaCy sees: boilerplate blanked with spaces so every offset still holds."""
    text = doc.text
    for b in doc.boilerplate:
        text = text[:b.start] + " " * (b.end - b.start) + text[b.end:]
    return text


def _check(item: Item, max_chars: int) -> Item:
    if isinstance(item, Failure):
        return item
    if len(item.text) > max_chars:
        return Failure(item.id, item.origin,
                       f"document has {len(item.text):,} characters, above the limit of "
                       f"{max_chars:,}; split it or raise --max-chars")
    return item


def analyse(doc, document: Document) -> Record:
    """Run rapport's own stages on one parsed document."""
    lang = language(document.text) if document.text.strip() else "und"
    article = Article(id=document.id, url=document.url, title=document.title,
                      published=document.published, source=document.source,
                      language=lang, text=document.text, content_hash=document.content_hash)
    record = Record(article=article, boilerplate=list(document.boilerplate))
    record.warnings.extend(Warning(kind="ingest", message=n) for n in document.notes)
    if lang != "en":
        record.warnings.append(Warning(kind="language", message=(
            "text does not look like English; the English model was not run on it")))
        return record
    table = actors_stage.extract(doc, document)
    record.actors = table.actors
    record.warnings.extend(table.warnings)
    record.quotes = quotes_stage.extract(doc, table)
    # whose voice each token of a direct quote is in: events there are the speaker's account
    voice = {t.i: q.speaker for q in record.quotes if q.kind == "direct"
             for t in (doc.char_span(q.start, q.end, alignment_mode="expand") or [])}
    found = events_stage.extract(doc, table, document, voice)
    record.events = [e for e in found if realised(e)]
    record.unrealised = [e for e in found if not realised(e)]
    _check_ids(record)
    return record


def _check_ids(record: Record) -> None:
    """Ids are keys in the store: a repeat would abort a whole batch's transaction there,
    so it fails this one document here instead."""
    for kind, items in (("actor", record.actors), ("quote", record.quotes), ("event", record.events + record.unrealised)):
        ids = [x.id for x in items]
        if len(ids) != len(set(ids)):
            raise ValueError(f"repeated {kind} ids in the record: {sorted(ids)}")


#: Characters parsed together at most: a batch is cut at ``batch_size`` documents or this
#: many characters, whichever comes first. The parser's memory grows with the batch's
#: length, not its document count: on the press releases (median 2,000 characters, some
#: 50,000) 16 documents a batch peaked at 860 MB, a 10,000-character budget at 435 MB (the
#: longest document alone), at the same speed.
BATCH_CHARS = 10_000


def _batches(pairs: Iterator[tuple[str, Item]], size: int, chars: int
             ) -> Iterator[list[tuple[str, Item]]]:
    batch: list[tuple[str, Item]] = []
    n = 0
    for text, item in pairs:
        if batch and (len(batch) >= size or n + len(text) > chars):
            yield batch
            batch, n = [], 0
        batch.append((text, item))
        n += len(text)
    if batch:
        yield batch


def run(items: Iterable[Item], *, processes: int = 1, batch_size: int = 16,
        max_chars: int = MAX_CHARS, batch_chars: int = BATCH_CHARS
        ) -> Iterator[Item | Record]:
    """Stream documents through the pipeline; yield a Record or a Failure per input.

    ``processes`` > 1 runs the whole pipeline in that many worker processes (see
    ``rapport.engines.local``), still one result per input in input order.
    """
    if processes > 1:
        from .engines.local import run as run_parallel
        yield from run_parallel(items, processes=processes, batch_size=batch_size,
                                max_chars=max_chars)
        return
    nlp = load()
    nlp.max_length = max(nlp.max_length, max_chars + 1)
    checked = (_check(it, max_chars) for it in items)

    def feed():
        for it in checked:
            if isinstance(it, Failure) or language(it.text) != "en":
                yield "", it          # skip the parse, keep the order
            else:
                yield _nlp_text(it), it

    for batch in _batches(feed(), max(1, batch_size), batch_chars):
        for doc, item in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
            if isinstance(item, Failure):
                yield item
                continue
            try:
                yield analyse(doc, item)
            except Exception as exc:  # one bad document never stops a batch
                log.exception("analysis failed for %s", item.id)
                yield Failure(item.id, item.origin,
                              f"analysis failed: {type(exc).__name__}: {exc}")
