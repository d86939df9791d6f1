"""Records -> DuckDB: bulk loads, content-hash dedup, queries and export.

One embedded DuckDB file (``rapport.duckdb`` by default) holds one row per article and one
row per actor, mention, quote, event, warning and boilerplate span, keyed by
``(article_id, <item id>)`` because item ids (``a1``, ``q1``, ``e1``) are per article.
The tables are documented in docs/SCHEMA.md.

Writes go in batches: the rows of a batch of records are gathered into Arrow tables and
inserted with ``INSERT INTO t SELECT * FROM <arrow table>``, one transaction per batch.
Connections are short-lived; queries open the file read-only.

Dedup and id collisions:

* A record whose ``content_hash`` is already stored (or appeared earlier in the batch) is
  skipped, so ingesting the same documents twice changes nothing.
* A record whose article id is already stored with a *different* hash is kept under a new
  id, ``<id>~2`` (then ``~3``...; the same scheme ingest uses for ids repeated within one
  run, so ``x~2`` colliding becomes ``x~3``), and gets a ``store`` warning naming the id;
  nothing is ever dropped silently. With ``replace=True`` the stored article (and all its
  rows) is replaced by the new one instead, for a source that updates its articles.
* A failure identical to a stored one (same id, origin and reason) is not stored twice.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

import duckdb
import pyarrow as pa

from .schema import (Actor, Article, Boilerplate, Event, Failure, Quote, Record, Span, realised,
                     Warning)

DEFAULT_DB = "rapport.duckdb"
#: Records written per transaction by ``Store.add``.
BATCH_SIZE = 200
#: ... or fewer, when the records came slower than this many seconds per batch.
FLUSH_SECONDS = 60.0
#: Events that happened: asserted, not negated, not a mere accusation. Future,
#: hypothetical, cancelled, background and alleged events are stored but not counted as events.
HAPPENED = "modality = 'asserted' AND NOT negated AND NOT alleged"
#: Separator between an article id and the suffix that keeps colliding ids apart.
ID_SUFFIX = "~"
_SUFFIXED = re.compile(re.escape(ID_SUFFIX) + r"\d+$")
#: Seconds a connection waits (retrying with backoff) while another process holds the
#: file's lock. DuckDB lets one process write, and a writer and readers in other processes
#: exclude each other; every connection here is short-lived, so an ingest and readers such
#: as ``rapport serve`` take turns. ``RAPPORT_LOCK_WAIT`` overrides it; 0 fails at once.
LOCK_WAIT = float(os.environ.get("RAPPORT_LOCK_WAIT", "30"))

# --------------------------------------------------------------------------- tables

_V, _I, _D, _B, _L = "VARCHAR", "INTEGER", "DOUBLE", "BOOLEAN", "VARCHAR[]"

#: Column name -> DuckDB type, in table order. ``seq`` keeps a record's list order.
TABLES: dict[str, list[tuple[str, str]]] = {
    "articles": [("id", _V), ("url", _V), ("title", _V), ("published", "DATE"),
                 ("source", _V), ("language", _V), ("text", _V), ("content_hash", _V),
                 ("ingested_at", "TIMESTAMP")],
    "actors": [("article_id", _V), ("actor_id", _V), ("name", _V), ("kind", _V),
               ("country", _V), ("sector", _V), ("role", _V), ("canonical", _V),
               ("link_reason", _V), ("seq", _I)],
    "mentions": [("article_id", _V), ("actor_id", _V), ("start", _I), ("end", _I),
                 ("text", _V), ("seq", _I)],
    "quotes": [("article_id", _V), ("quote_id", _V), ("text", _V), ("start", _I),
               ("end", _I), ("kind", _V), ("speaker", _V), ("speaker_name", _V),
               ("speaker_mention_text", _V), ("speaker_mention_start", _I),
               ("speaker_mention_end", _I), ("cue", _V), ("cue_text", _V),
               ("cue_start", _I), ("cue_end", _I), ("via", _L), ("clause_start", _I),
               ("clause_end", _I), ("clause_text", _V), ("seq", _I)],
    "events": [("article_id", _V), ("event_id", _V), ("type", _V), ("mode", _V),
               ("cameo", _V), ("goldstein", _D), ("quad_class", _I), ("actor", _L),
               ("recipient", _L), ("actor_names", _L), ("recipient_names", _L),
               ("actor_countries", _L), ("recipient_countries", _L), ("date", _V),
               ("date_text", _V), ("date_precision", _V), ("date_from_publication", _B),
               ("place", _V), ("place_country", _V), ("negated", _B), ("modality", _V),
               ("reciprocal", _B), ("evidence_start", _I), ("evidence_end", _I),
               ("evidence_text", _V), ("trigger_start", _I), ("trigger_end", _I),
               ("trigger_text", _V), ("explain", _V), ("reported_by", _L),
               ("alleged", _B), ("seq", _I)],
    "warnings": [("article_id", _V), ("kind", _V), ("message", _V), ("start", _I),
                 ("end", _I), ("seq", _I)],
    "boilerplate": [("article_id", _V), ("start", _I), ("end", _I), ("text", _V),
                    ("reason", _V), ("seq", _I)],
    "failures": [("id", _V), ("origin", _V), ("reason", _V), ("at", "TIMESTAMP")],
}
_KEYS = {
    "articles": ["PRIMARY KEY (id)", "UNIQUE (content_hash)"],
    "actors": ["PRIMARY KEY (article_id, actor_id)"],
    "quotes": ["PRIMARY KEY (article_id, quote_id)"],
    "events": ["PRIMARY KEY (article_id, event_id)"],
}
_CHILDREN = ("actors", "mentions", "quotes", "events", "warnings", "boilerplate")

_ARROW = {_V: pa.string(), _I: pa.int32(), _D: pa.float64(), _B: pa.bool_(),
          _L: pa.list_(pa.string()), "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us")}


_INSERT_FAILURES = (
    "INSERT INTO failures SELECT * FROM {src} b WHERE NOT EXISTS ("
    "SELECT 1 FROM failures f WHERE f.id = b.id AND f.reason = b.reason "
    "AND f.origin IS NOT DISTINCT FROM b.origin)")


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _ddl() -> list[str]:
    out = []
    for table, cols in TABLES.items():
        parts = [f"{_q(c)} {t}" for c, t in cols] + _KEYS.get(table, [])
        out.append(f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(parts)})")
        # a database made by an older rapport gains the columns added since (inserts
        # go BY NAME, so column order does not matter)
        out += [f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {_q(c)} {t}" for c, t in cols]
    return out


def _arrow(table: str, rows: dict[str, list]) -> pa.Table:
    schema = pa.schema([(c, _ARROW[t]) for c, t in TABLES[table]])
    return pa.table({c: rows[c] for c, _ in TABLES[table]}, schema=schema)


def _empty(table: str) -> dict[str, list]:
    return {c: [] for c, _ in TABLES[table]}


# --------------------------------------------------------------------------- errors


class StoreError(RuntimeError):
    """The database cannot be opened or used; the message says why, for people."""


class StoreNotFound(StoreError, FileNotFoundError):
    """No database file at the given path."""


class StoreBusy(StoreError):
    """Another process held the database's lock for longer than the store waits."""


@dataclass
class IngestReport:
    """What a load did: records added, skipped (content already stored), failures."""
    added: int = 0
    skipped: int = 0
    failed: list[Failure] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)   # (input id, stored id)
    replaced: list[str] = field(default_factory=list)              # ids replaced in place


def content_hash(text: str) -> str:
    """The hash used when a record arrives without one: sha256 of the UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _iso_date(value: Optional[str]) -> Optional[date]:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


# --------------------------------------------------------------------------- rows


def _record_rows(rec: Record, rows: dict[str, dict[str, list]]) -> None:
    """Append the rows of one record to the per-table column lists in ``rows``."""
    a = rec.article
    aid = a.id
    art = rows["articles"]
    for c, v in (("id", aid), ("url", a.url), ("title", a.title),
                 ("published", _iso_date(a.published)), ("source", a.source),
                 ("language", a.language), ("text", a.text),
                 ("content_hash", a.content_hash), ("ingested_at", _now())):
        art[c].append(v)
    by_id = {x.id: x for x in rec.actors}

    t = rows["actors"]
    m = rows["mentions"]
    for i, x in enumerate(rec.actors):
        for c, v in (("article_id", aid), ("actor_id", x.id), ("name", x.name),
                     ("kind", x.kind), ("country", x.country), ("sector", x.sector),
                     ("role", x.role), ("canonical", x.canonical),
                     ("link_reason", x.link_reason), ("seq", i)):
            t[c].append(v)
        for j, s in enumerate(x.mentions):
            for c, v in (("article_id", aid), ("actor_id", x.id), ("start", s.start),
                         ("end", s.end), ("text", s.text), ("seq", j)):
                m[c].append(v)

    t = rows["quotes"]
    for i, q in enumerate(rec.quotes):
        sm, cs = q.speaker_mention, q.cue_span
        sp = by_id.get(q.speaker) if q.speaker else None
        for c, v in (("article_id", aid), ("quote_id", q.id), ("text", q.text),
                     ("start", q.start), ("end", q.end), ("kind", q.kind),
                     ("speaker", q.speaker), ("speaker_name", sp.name if sp else None),
                     ("speaker_mention_text", sm.text if sm else None),
                     ("speaker_mention_start", sm.start if sm else None),
                     ("speaker_mention_end", sm.end if sm else None),
                     ("cue", q.cue), ("cue_text", cs.text if cs else None),
                     ("cue_start", cs.start if cs else None),
                     ("cue_end", cs.end if cs else None), ("via", list(q.via)),
                     ("clause_start", q.clause.start if q.clause else None),
                     ("clause_end", q.clause.end if q.clause else None),
                     ("clause_text", q.clause.text if q.clause else None),
                     ("seq", i)):
            t[c].append(v)

    def names(ids):
        return [by_id[x].name if x in by_id else x for x in ids]

    def countries(ids):
        return [by_id[x].country if x in by_id else None for x in ids]

    t = rows["events"]
    for i, e in enumerate(rec.events + rec.unrealised):
        for c, v in (("article_id", aid), ("event_id", e.id), ("type", e.type),
                     ("mode", e.mode), ("cameo", e.cameo), ("goldstein", e.goldstein),
                     ("quad_class", e.quad_class), ("actor", list(e.actor)),
                     ("recipient", list(e.recipient)), ("actor_names", names(e.actor)),
                     ("recipient_names", names(e.recipient)),
                     ("actor_countries", countries(e.actor)),
                     ("recipient_countries", countries(e.recipient)), ("date", e.date),
                     ("date_text", e.date_text), ("date_precision", e.date_precision),
                     ("date_from_publication", e.date_from_publication),
                     ("place", e.place), ("place_country", e.place_country),
                     ("negated", e.negated), ("modality", e.modality),
                     ("reciprocal", e.reciprocal),
                     ("evidence_start", e.evidence.start), ("evidence_end", e.evidence.end),
                     ("evidence_text", e.evidence.text), ("trigger_start", e.trigger.start),
                     ("trigger_end", e.trigger.end), ("trigger_text", e.trigger.text),
                     ("explain", e.explain), ("reported_by", list(e.reported_by)),
                     ("alleged", e.alleged), ("seq", i)):
            t[c].append(v)

    t = rows["warnings"]
    for i, w in enumerate(rec.warnings):
        for c, v in (("article_id", aid), ("kind", w.kind), ("message", w.message),
                     ("start", w.start), ("end", w.end), ("seq", i)):
            t[c].append(v)

    t = rows["boilerplate"]
    for i, b in enumerate(rec.boilerplate):
        for c, v in (("article_id", aid), ("start", b.start), ("end", b.end),
                     ("text", b.text), ("reason", b.reason), ("seq", i)):
            t[c].append(v)


def _with_id(rec: Record, new_id: str, note: Optional[str] = None) -> Record:
    """A shallow copy of ``rec`` under another article id (the input record is untouched)."""
    a = rec.article
    art = Article(id=new_id, url=a.url, title=a.title, published=a.published,
                  source=a.source, language=a.language, text=a.text,
                  content_hash=a.content_hash)
    warnings = list(rec.warnings)
    if note:
        warnings.append(Warning(kind="store", message=note))
    return Record(article=art, actors=rec.actors, quotes=rec.quotes, events=rec.events,
                  unrealised=rec.unrealised, warnings=warnings, boilerplate=rec.boilerplate)


def record_tables(records: Iterable[Record]) -> dict[str, pa.Table]:
    """The rows of ``records`` as one Arrow table per store table (``articles`` and its
    children, in ``TABLES`` order and types). Shared by ``Store.add`` and the engines that
    write Parquet partitions (``rapport.engines``), so both write the same rows."""
    rows = {t: _empty(t) for t in TABLES if t != "failures"}
    for rec in records:
        _record_rows(rec, rows)
    return {t: _arrow(t, r) for t, r in rows.items()}


def failure_table(failures: Iterable[Failure], at: Optional[datetime] = None) -> pa.Table:
    """Failures as the Arrow table of ``failures``, once per (id, origin, reason)."""
    rows = _empty("failures")
    now = at or _now()
    for f in {(f.id, f.origin, f.reason): f for f in failures}.values():
        rows["id"].append(f.id)
        rows["origin"].append(f.origin)
        rows["reason"].append(f.reason)
        rows["at"].append(now)
    return _arrow("failures", rows)


class Rows(list):
    """Query rows (dicts) that know their columns, even when there are no rows."""

    def __init__(self, rows: Iterable[dict] = (), columns: Iterable[str] = ()):
        super().__init__(rows)
        self.columns = list(columns)


def _dicts(cur) -> Rows:
    cols = [d[0] for d in cur.description]
    return Rows((dict(zip(cols, r)) for r in cur.fetchall()), cols)


def _span(start, end, text) -> Optional[Span]:
    if start is None and end is None and text is None:
        return None
    return Span(start=start, end=end, text=text)


# --------------------------------------------------------------------------- store


class Store:
    """One DuckDB file of rapport records. Every method opens and closes its own connection."""

    def __init__(self, path: Union[str, Path] = DEFAULT_DB, *, create: bool = False,
                 lock_wait: Optional[float] = None):
        self.path = Path(path)
        self.lock_wait = LOCK_WAIT if lock_wait is None else lock_wait
        if create:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect(write=True) as con:
                for stmt in _ddl():
                    con.execute(stmt)
        elif not self.path.exists():
            raise StoreNotFound(
                f"no database at {str(self.path)!r}; create one with "
                f"`rapport ingest PATH --db {self.path}`")

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    @contextmanager
    def _connect(self, write: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        deadline = time.monotonic() + self.lock_wait
        pause = 0.01
        while True:
            try:
                con = duckdb.connect(str(self.path), read_only=not write)
                break
            except duckdb.IOException as exc:
                msg = str(exc)
                if "lock" not in msg.lower():
                    raise StoreError(f"cannot open {self.path}: {msg}") from exc
                left = deadline - time.monotonic()
                if left <= 0:     # another process kept the lock: give up, say so
                    raise StoreBusy(f"{self.path} is in use by another process (an ingest "
                                    f"still running?): {msg}") from exc
                time.sleep(min(pause, left))
                pause = min(pause * 2, 0.25)
        try:
            yield con
        finally:
            con.close()

    # ---------------------------------------------------------------- writing

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """The subset of ``hashes`` already stored."""
        hs = list({h for h in hashes if h})
        if not hs:
            return set()
        keys = pa.table({"h": pa.array(hs, pa.string())})
        with self._connect(write=True) as con:
            con.register("_keys", keys)
            return {r[0] for r in con.execute(
                "SELECT a.content_hash FROM articles a JOIN _keys k ON a.content_hash = k.h"
            ).fetchall()}

    def add(self, items: Iterable[Union[Record, Failure]], *, batch_size: int = BATCH_SIZE,
            replace: bool = False, on_item=None,
            report: Optional[IngestReport] = None,
            flush_seconds: Optional[float] = FLUSH_SECONDS) -> IngestReport:
        """Write records and failures in batches of ``batch_size`` (one transaction each),
        or of what came in ``flush_seconds`` when that is fewer (a slow stream still
        commits often, so an interrupted ingest loses little work).

        ``on_item(item)`` is called for every item as it is taken from ``items``; counts
        are added to ``report`` when one is given.
        """
        report = report if report is not None else IngestReport()
        records: list[Record] = []
        failures: list[Failure] = []
        started = time.monotonic()
        for item in items:
            if isinstance(item, Failure):
                failures.append(item)
                report.failed.append(item)
            else:
                records.append(item)
            if on_item is not None:
                on_item(item)
            if len(records) + len(failures) >= batch_size or (
                    flush_seconds is not None
                    and time.monotonic() - started >= flush_seconds):
                self._write_resilient(records, failures, replace, report)
                records, failures = [], []
                started = time.monotonic()
        if records or failures:
            self._write_resilient(records, failures, replace, report)
        return report

    def _write_resilient(self, records: list[Record], failures: list[Failure], replace: bool,
                         report: IngestReport) -> None:
        """One transaction for the batch; if the database refuses it, each record on its
        own, and a record it still refuses becomes a stored Failure: one bad document
        never stops a batch."""
        try:
            self.write_batch(records, failures, replace=replace, report=report)
            return
        except duckdb.Error:
            if len(records) <= 1 and not failures:
                pass
            elif not records:
                raise
        for rec in records:
            try:
                self.write_batch([rec], [], replace=replace, report=report)
            except duckdb.Error as exc:
                bad = Failure(rec.article.id, None, f"could not be stored: {type(exc).__name__}: {exc}")
                report.failed.append(bad)
                self.write_batch([], [bad], replace=replace, report=report)
        if failures:
            self.write_batch([], failures, replace=replace, report=report)

    def write_batch(self, records: list[Record], failures: list[Failure] = (), *,
                    replace: bool = False, report: Optional[IngestReport] = None
                    ) -> IngestReport:
        """Insert one batch in one transaction. Adds counts to ``report`` (and returns it)."""
        report = report if report is not None else IngestReport()
        done = IngestReport()           # counted only once the transaction commits
        with self._connect(write=True) as con:
            con.begin()
            try:
                self._write(con, list(records), list(failures), replace, done)
                con.commit()
            except BaseException:
                con.rollback()
                raise
        report.added += done.added
        report.skipped += done.skipped
        report.failed.extend(done.failed)
        report.renamed.extend(done.renamed)
        report.replaced.extend(done.replaced)
        return report

    def _plan(self, con, keys: list[tuple[str, str]], replace: bool,
              report: IngestReport) -> tuple[list[tuple[int, str, Optional[str]]], list[str]]:
        """Which of the (article id, content hash) pairs of one batch (in input order) are
        stored, and under which id: ``([(index, stored id, store-warning or None)], ids
        to delete first)``. Counts go to ``report``."""
        # 1. hashes: drop what is stored or repeated in the batch.
        fresh: list[tuple[int, str, str]] = []
        seen: set[str] = set()
        stored_ids: set[str] = set()
        for i, (aid, h) in enumerate(keys):
            if h in seen:
                report.skipped += 1
                continue
            seen.add(h)
            fresh.append((i, aid, h))
        if fresh:
            keys_t = pa.table({"id": pa.array([aid for _, aid, _ in fresh], pa.string()),
                               "h": pa.array([h for _, _, h in fresh], pa.string())})
            con.register("_keys", keys_t)
            stored_hashes = {r[0] for r in con.execute(
                "SELECT a.content_hash FROM articles a JOIN _keys k "
                "ON a.content_hash = k.h").fetchall()}
            stored_ids = {r[0] for r in con.execute(
                "SELECT a.id FROM articles a JOIN _keys k ON a.id = k.id").fetchall()}
            con.unregister("_keys")
            kept = []
            for item in fresh:
                if item[2] in stored_hashes:
                    report.skipped += 1
                else:
                    kept.append(item)
            fresh = kept

        # 2. ids: a stored (or earlier in-batch) id with another text is suffixed or replaced.
        final: dict[str, tuple[int, Optional[str]]] = {}
        to_delete: list[str] = []
        taken_cache: dict[str, set[str]] = {}
        for i, aid, _ in fresh:
            clash_db = aid in stored_ids
            clash_batch = aid in final
            if not (clash_db or clash_batch):
                final[aid] = (i, None)
                continue
            if replace:
                if clash_db and aid not in to_delete:
                    to_delete.append(aid)
                    report.replaced.append(aid)
                if clash_batch:       # an earlier version in this batch is superseded
                    report.skipped += 1
                final[aid] = (i, None)
                continue
            base = _SUFFIXED.sub("", aid)      # "x~2" taken too: the next is "x~3"
            if base not in taken_cache:
                taken_cache[base] = {r[0] for r in con.execute(
                    "SELECT id FROM articles WHERE starts_with(id, ?)",
                    [base + ID_SUFFIX]).fetchall()}
            taken = taken_cache[base] | set(final)
            n = 2
            while f"{base}{ID_SUFFIX}{n}" in taken:
                n += 1
            new_id = f"{base}{ID_SUFFIX}{n}"
            final[new_id] = (i, (
                f"article id {aid!r} was already stored with a different text; "
                f"this article was stored as {new_id!r}"))
            report.renamed.append((aid, new_id))
        report.added += len(final)
        return [(i, fid, note) for fid, (i, note) in final.items()], to_delete

    @staticmethod
    def _delete(con, ids: list[str]) -> None:
        if not ids:
            return
        con.register("_del", pa.table({"id": pa.array(ids, pa.string())}))
        for table in _CHILDREN:
            con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM _del)")
        con.execute("DELETE FROM articles WHERE id IN (SELECT id FROM _del)")
        con.unregister("_del")

    def _write(self, con, records, failures, replace, report) -> None:
        recs: list[Record] = []
        for rec in records:
            if not rec.article.content_hash:
                rec = _with_id(rec, rec.article.id)
                rec.article.content_hash = content_hash(rec.article.text)
            recs.append(rec)
        plan, to_delete = self._plan(
            con, [(r.article.id, r.article.content_hash) for r in recs], replace, report)
        final = [recs[i] if fid == recs[i].article.id and note is None
                 else _with_id(recs[i], fid, note) for i, fid, note in plan]

        # 3. rows -> Arrow -> INSERT ... SELECT.
        self._delete(con, to_delete)
        if final:
            for table, data in record_tables(final).items():
                if data.num_rows:
                    self._insert(con, table, data)

        # 4. failures, once per (id, origin, reason).
        if failures:
            con.register("_batch", failure_table(failures))
            con.execute(_INSERT_FAILURES.format(src="_batch"))
            con.unregister("_batch")

    def load_parquet(self, files: dict[str, Union[str, Path]], *, replace: bool = False,
                     report: Optional[IngestReport] = None) -> IngestReport:
        """Load one Parquet partition (``{table: file}``, as ``record_tables`` and
        ``failure_table`` write them) in one transaction, with the same dedup and id rules
        as ``add``: DuckDB reads the files directly (``INSERT ... SELECT FROM
        read_parquet``); only the (id, hash) pairs of the articles go through Python.
        Article ids must be unique within one partition."""
        report = report if report is not None else IngestReport()
        src = {t: _sql_str(Path(f)) for t, f in files.items()}
        with self._connect(write=True) as con:
            con.begin()
            try:
                if "articles" in src:
                    keys = con.execute(f"SELECT id, content_hash FROM read_parquet('{src['articles']}')"
                                       ).fetchall()
                    plan, to_delete = self._plan(con, keys, replace, report)
                    self._delete(con, to_delete)
                    if plan:
                        con.register("_map", pa.table({
                            "input_id": pa.array([keys[i][0] for i, _, _ in plan], pa.string()),
                            "final_id": pa.array([fid for _, fid, _ in plan], pa.string()),
                            "note": pa.array([note for _, _, note in plan], pa.string()),
                            "ord": pa.array(range(len(plan)), pa.int64())}))
                        con.execute(
                            f"INSERT INTO articles SELECT p.* EXCLUDE (file_row_number) "
                            f"REPLACE (m.final_id AS id) FROM read_parquet('{src['articles']}', "
                            f"file_row_number = true) p JOIN _map m ON p.id = m.input_id "
                            f"ORDER BY m.ord")
                        for table in _CHILDREN:
                            if table in src:
                                con.execute(
                                    f"INSERT INTO {table} SELECT p.* EXCLUDE (file_row_number) "
                                    f"REPLACE (m.final_id AS article_id) FROM read_parquet("
                                    f"'{src[table]}', file_row_number = true) p JOIN _map m "
                                    f"ON p.article_id = m.input_id ORDER BY m.ord, "
                                    f"p.file_row_number")
                        # renamed articles get the same 'store' warning as in add()
                        wsrc = (f"read_parquet('{src['warnings']}')" if "warnings" in src
                                else "(SELECT NULL::VARCHAR AS article_id, NULL::INTEGER AS seq)")
                        con.execute(
                            f"INSERT INTO warnings SELECT m.final_id, 'store', m.note, NULL, "
                            f"NULL, coalesce((SELECT max(w.seq) + 1 FROM {wsrc} w "
                            f"WHERE w.article_id = m.input_id), 0) FROM _map m "
                            f"WHERE m.note IS NOT NULL ORDER BY m.ord")
                        con.unregister("_map")
                if "failures" in src:
                    report.failed.extend(Failure(*r) for r in con.execute(
                        f"SELECT id, origin, reason FROM read_parquet('{src['failures']}')"
                    ).fetchall())
                    con.execute(_INSERT_FAILURES.format(
                        src=f"read_parquet('{src['failures']}')"))
                con.commit()
            except BaseException:
                con.rollback()
                raise
        return report

    @staticmethod
    def _insert(con, table: str, data: pa.Table) -> None:
        con.register("_batch", data)
        try:
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _batch")
        finally:
            con.unregister("_batch")

    # ---------------------------------------------------------------- reading

    def count(self, table: str) -> int:
        if table not in TABLES:
            raise ValueError(f"no table {table!r}")
        with self._connect() as con:
            return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def quotes(self, speaker: Optional[str] = None, limit: Optional[int] = None
               ) -> list[dict]:
        """Quotes in publication order; ``speaker`` is a case-insensitive substring of the
        speaker's name (or, for an unresolved speaker, of the text naming them)."""
        where, params = [], []
        if speaker:
            where.append("(contains(lower(coalesce(q.speaker_name, '')), lower(?)) OR "
                         "contains(lower(coalesce(q.speaker_mention_text, '')), lower(?)))")
            params += [speaker, speaker]
        sql = f"""
            SELECT q.article_id, q.quote_id, CAST(a.published AS VARCHAR) AS published,
                   coalesce(q.speaker_name, q.speaker_mention_text) AS speaker,
                   q.kind, q.cue, q.text, q.start, q."end"
            FROM quotes q JOIN articles a ON a.id = q.article_id
            {'WHERE ' + ' AND '.join(where) if where else ''}
            ORDER BY a.published NULLS LAST, a.rowid, q.seq
            {_limit(limit)}"""
        with self._connect() as con:
            return _dicts(con.execute(sql, params))

    def events(self, actor: Optional[str] = None, type: Optional[str] = None,
               since: Optional[str] = None, limit: Optional[int] = None,
               recipient: Optional[str] = None) -> list[dict]:
        """Events in date order (the event's date, else the article's publication date).

        ``actor`` / ``recipient``: case-insensitive substring of a name or country on that
        side. ``type``: a PLOVER type (any case) or, when all digits, a CAMEO code prefix.
        ``since``: ISO date (``YYYY-MM-DD``), inclusive.
        """
        where, params = [], []
        for side, value in (("actor", actor), ("recipient", recipient)):
            if value:
                where.append(
                    f"(list_bool_or(list_transform({side}_names, lambda x: "
                    f"contains(lower(coalesce(x, '')), lower(?)))) OR "
                    f"list_bool_or(list_transform({side}_countries, lambda x: "
                    f"contains(lower(coalesce(x, '')), lower(?)))))")
                params += [value, value]
        if type:
            if type.isdigit():
                where.append("starts_with(e.cameo, ?)")
            else:
                where.append("upper(e.type) = upper(?)")
            params.append(type)
        if since:
            try:
                since = date.fromisoformat(since).isoformat()
            except ValueError:
                raise ValueError(f"--since wants a date as YYYY-MM-DD, not {since!r}") from None
            where.append("coalesce(e.date, CAST(a.published AS VARCHAR)) >= ?")
            params.append(since)
        sql = f"""
            SELECT e.article_id, e.event_id,
                   coalesce(e.date, CAST(a.published AS VARCHAR)) AS date,
                   e.type, e.cameo, e.mode, e.actor_names AS actor,
                   e.recipient_names AS recipient, e.actor_countries,
                   e.recipient_countries, e.goldstein, e.quad_class, e.negated,
                   e.modality, e.reciprocal, e.place, e.trigger_text AS trigger,
                   e.evidence_text AS evidence, e.explain
            FROM events e JOIN articles a ON a.id = e.article_id
            {'WHERE ' + ' AND '.join(where) if where else ''}
            ORDER BY 3 NULLS LAST, a.rowid, e.seq
            {_limit(limit)}"""
        with self._connect() as con:
            return _dicts(con.execute(sql, params))

    def actors(self, limit: Optional[int] = None, name: Optional[str] = None) -> list[dict]:
        """Actors across articles (one row per knowledge-base entry, else per name), with
        the number of articles and mentions, most mentioned first."""
        where, params = "", []
        if name:
            where = ("WHERE contains(lower(x.name), lower(?)) OR "
                     "contains(lower(coalesce(x.canonical, '')), lower(?))")
            params = [name, name]
        sql = f"""
            WITH m AS (SELECT article_id, actor_id, count(*) AS n FROM mentions
                       GROUP BY article_id, actor_id)
            SELECT mode(x.name) AS name, mode(x.kind) AS kind, mode(x.country) AS country,
                   x.canonical, count(DISTINCT x.article_id) AS articles,
                   CAST(coalesce(sum(m.n), 0) AS BIGINT) AS mentions
            FROM actors x LEFT JOIN m USING (article_id, actor_id)
            {where}
            GROUP BY coalesce(x.canonical, x.name), x.canonical
            ORDER BY mentions DESC, articles DESC, name
            {_limit(limit)}"""
        with self._connect() as con:
            return _dicts(con.execute(sql, params))

    def failures(self, limit: Optional[int] = None) -> list[dict]:
        """Failures in the order they were stored."""
        with self._connect() as con:
            return _dicts(con.execute(
                f"SELECT id, origin, reason, CAST(\"at\" AS VARCHAR) AS \"at\" FROM failures "
                f"ORDER BY rowid {_limit(limit)}"))

    @staticmethod
    def _cluster_summary(con) -> dict:
        """Event clusters (the same event reported by several articles counted once), when
        the analyse stage has built them."""
        has = con.execute("SELECT count(*) FROM information_schema.tables "
                          "WHERE table_name = 'clusters'").fetchone()[0]
        if not has:
            return {}
        rows = con.execute("SELECT coalesce(type, '(none)') AS t, count(*) AS n FROM clusters "
                           "WHERE happened GROUP BY t ORDER BY n DESC, t").fetchall()
        return {"event_clusters_happened": sum(n for _, n in rows),
                "clusters_by_type": {t: n for t, n in rows}}

    def summary(self, top: int = 10) -> dict:
        """Counts for the whole database, events by type and the most frequent dyads."""
        with self._connect() as con:
            one = lambda sql: con.execute(sql).fetchone()  # noqa: E731
            n_art, first, last = one(
                "SELECT count(*), CAST(min(published) AS VARCHAR), "
                "CAST(max(published) AS VARCHAR) FROM articles")
            # events that happened: asserted and not negated (future, hypothetical and
            # cancelled events are stored but not counted as events)
            happened = HAPPENED
            by_type = con.execute(
                "SELECT coalesce(type, '(none)') AS t, count(*) AS n FROM events "
                f"WHERE {happened} GROUP BY t ORDER BY n DESC, t").fetchall()
            by_kind = con.execute(
                "SELECT kind, count(*) AS n FROM quotes GROUP BY kind "
                "ORDER BY n DESC, kind").fetchall()
            dyads = _dicts(con.execute(f"""
                WITH e AS (
                    SELECT list_transform(range(1, len(actor_names) + 1),
                               lambda i: coalesce(actor_countries[i], actor_names[i])) AS s,
                           list_transform(range(1, len(recipient_names) + 1),
                               lambda i: coalesce(recipient_countries[i], recipient_names[i])) AS r
                    FROM events WHERE {happened}),
                s AS (SELECT unnest(s) AS actor, r FROM e),
                p AS (SELECT actor, unnest(r) AS recipient FROM s)
                SELECT actor, recipient, count(*) AS events FROM p
                WHERE actor IS NOT NULL AND recipient IS NOT NULL AND actor <> recipient
                GROUP BY actor, recipient ORDER BY events DESC, actor, recipient
                LIMIT {int(top)}"""))
            return {
                "articles": n_art,
                "published_from": first,
                "published_to": last,
                "actors": one("SELECT count(*) FROM actors")[0],
                "distinct_actors": one(
                    "SELECT count(DISTINCT coalesce(canonical, name)) FROM actors")[0],
                "mentions": one("SELECT count(*) FROM mentions")[0],
                "quotes": one("SELECT count(*) FROM quotes")[0],
                "quotes_by_kind": {k: n for k, n in by_kind},
                "events": one("SELECT count(*) FROM events")[0],
                "events_happened": one(f"SELECT count(*) FROM events WHERE {happened}")[0],
                **self._cluster_summary(con),
                "events_by_type": {t: n for t, n in by_type},
                "top_dyads": dyads,
                "warnings": one("SELECT count(*) FROM warnings")[0],
                "failures": one("SELECT count(*) FROM failures")[0],
            }

    # ---------------------------------------------------------------- records

    def ids(self) -> list[str]:
        """Article ids in the order they were stored."""
        with self._connect() as con:
            return [r[0] for r in con.execute("SELECT id FROM articles ORDER BY rowid").fetchall()]

    def record(self, article_id: str) -> Optional[Record]:
        """The stored article rebuilt as a ``Record``, or None when there is no such id."""
        with self._connect() as con:
            recs = self._records(con, [article_id])
        return recs[0] if recs else None

    def article(self, article_id: str) -> Optional[dict]:
        """The stored article in the Record JSON shape (``Record.to_dict()``), or None."""
        rec = self.record(article_id)
        return rec.to_dict() if rec else None

    def records(self, chunk: int = 500) -> Iterator[Record]:
        """Every stored article as a Record, in the order they were stored."""
        ids = self.ids()
        for i in range(0, len(ids), chunk):
            with self._connect() as con:
                yield from self._records(con, ids[i:i + chunk])

    @staticmethod
    def _records(con, ids: list[str]) -> list[Record]:
        if not ids:
            return []
        con.register("_ids", pa.table({"id": pa.array(ids, pa.string())}))

        def fetch(table: str, order: str) -> dict[str, list[dict]]:
            out: dict[str, list[dict]] = {}
            key = "id" if table == "articles" else "article_id"
            for row in _dicts(con.execute(
                    f"SELECT * FROM {table} WHERE {key} IN (SELECT id FROM _ids) "
                    f"ORDER BY {order}")):
                out.setdefault(row[key], []).append(row)
            return out

        arts = fetch("articles", "rowid")
        actors = fetch("actors", "article_id, seq")
        mentions: dict[tuple, list[Span]] = {}
        for rows in fetch("mentions", "article_id, actor_id, seq").values():
            for r in rows:
                mentions.setdefault((r["article_id"], r["actor_id"]), []).append(
                    Span(r["start"], r["end"], r["text"]))
        quotes = fetch("quotes", "article_id, seq")
        events = fetch("events", "article_id, seq")
        warnings = fetch("warnings", "article_id, seq")
        boiler = fetch("boilerplate", "article_id, seq")
        con.unregister("_ids")

        out = []
        for aid in ids:
            if aid not in arts:
                continue
            a = arts[aid][0]
            rec = Record(article=Article(
                id=a["id"], url=a["url"], title=a["title"],
                published=a["published"].isoformat() if a["published"] else None,
                source=a["source"], language=a["language"], text=a["text"],
                content_hash=a["content_hash"]))
            rec.actors = [Actor(id=r["actor_id"], name=r["name"], kind=r["kind"],
                                country=r["country"], sector=r["sector"], role=r["role"],
                                mentions=mentions.get((aid, r["actor_id"]), []),
                                canonical=r["canonical"], link_reason=r["link_reason"])
                          for r in actors.get(aid, [])]
            rec.quotes = [Quote(id=r["quote_id"], text=r["text"], start=r["start"],
                                end=r["end"], kind=r["kind"], speaker=r["speaker"],
                                speaker_mention=_span(r["speaker_mention_start"],
                                                      r["speaker_mention_end"],
                                                      r["speaker_mention_text"]),
                                cue=r["cue"],
                                cue_span=_span(r["cue_start"], r["cue_end"], r["cue_text"]),
                                via=list(r["via"] or []),
                                clause=_span(r["clause_start"], r["clause_end"],
                                             r["clause_text"]))
                          for r in quotes.get(aid, [])]
            found = [Event(id=r["event_id"], type=r["type"], mode=r["mode"],
                           cameo=r["cameo"], goldstein=r["goldstein"],
                           quad_class=r["quad_class"], actor=list(r["actor"] or []),
                           recipient=list(r["recipient"] or []), date=r["date"],
                           date_text=r["date_text"], date_precision=r["date_precision"],
                           date_from_publication=r["date_from_publication"],
                           place=r["place"], place_country=r["place_country"],
                           negated=r["negated"], modality=r["modality"],
                           reciprocal=r["reciprocal"],
                           evidence=Span(r["evidence_start"], r["evidence_end"],
                                         r["evidence_text"]),
                           trigger=Span(r["trigger_start"], r["trigger_end"],
                                        r["trigger_text"]),
                           explain=r["explain"],
                           reported_by=list(r["reported_by"] or []),
                           alleged=bool(r["alleged"]))
                     for r in events.get(aid, [])]
            rec.events = [e for e in found if realised(e)]
            rec.unrealised = [e for e in found if not realised(e)]
            rec.warnings = [Warning(kind=r["kind"], message=r["message"], start=r["start"],
                                    end=r["end"]) for r in warnings.get(aid, [])]
            rec.boilerplate = [Boilerplate(start=r["start"], end=r["end"], text=r["text"],
                                           reason=r["reason"]) for r in boiler.get(aid, [])]
            out.append(rec)
        return out

    # ---------------------------------------------------------------- export

    def export(self, format: str, out: Union[str, Path]) -> list[Path]:
        """Write the database out; returns the files written.

        ``jsonl``: one Record-shaped JSON object per article in the file ``out`` (``-``:
        stdout).
        ``csv`` / ``parquet``: one file per table (``articles.csv``...) in the directory
        ``out``; in CSV, list columns are written as JSON arrays.
        """
        if format == "jsonl":
            if str(out) == "-":
                for rec in self.records():
                    sys.stdout.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
                sys.stdout.flush()
                return []
            out = Path(out)
            out.parent.mkdir(parents=True, exist_ok=True)
            with out.open("w", encoding="utf-8") as fh:
                for rec in self.records():
                    fh.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
            return [out]
        out = Path(out)
        if format not in ("csv", "parquet"):
            raise ValueError(f"unknown export format {format!r}; use jsonl, csv or parquet")
        if out.exists() and not out.is_dir():
            raise ValueError(f"{out} is a file; {format} export writes a directory of files")
        out.mkdir(parents=True, exist_ok=True)
        written = []
        with self._connect() as con:
            for table, cols in TABLES.items():
                path = out / f"{table}.{format}"
                if format == "parquet":
                    src, opts = table, "(FORMAT parquet)"
                else:
                    lists = [c for c, t in cols if t == _L]
                    src = (f"(SELECT * REPLACE ({', '.join(f'to_json({_q(c)}) AS {_q(c)}' for c in lists)}) FROM {table})"
                           if lists else table)
                    opts = "(FORMAT csv, HEADER)"
                con.execute(f"COPY {src} TO '{_sql_str(path)}' {opts}")
                written.append(path)
        return written


def _limit(limit: Optional[int]) -> str:
    return f"LIMIT {int(limit)}" if limit is not None else ""


def _sql_str(path: Path) -> str:
    return str(path).replace("'", "''")
