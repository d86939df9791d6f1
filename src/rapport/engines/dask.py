"""The Dask engine: partitions of the input run on a Dask cluster, Parquet in between.

The client (the machine running ``rapport ingest --engine dask``) reads the input stream,
drops documents whose content hash is already stored, and cuts the rest into partitions
of ``partition_size`` documents. Each partition is a task (``client.submit``, a delayed
call over one chunk of the stream): the worker runs the pipeline on it (the model is
loaded once per worker process, by the ``LoadModel`` worker plugin and ``nlp.load``'s
cache) and writes one Parquet file per table, with the store's own rows and Arrow schemas
(``store.record_tables``)::

    OUT/articles/<run>-<part>.parquet     OUT/events/<run>-<part>.parquet
    OUT/actors/...  OUT/mentions/...  OUT/quotes/...  OUT/warnings/...
    OUT/boilerplate/...  OUT/failures/...

``<run>`` names one ingest (UTC time and a random suffix), ``<part>`` is the partition's
number in input order (6 digits). Files are written under a temporary name and renamed,
so a file that exists is complete. The client then loads the partitions into the DuckDB
file in input order, one transaction each (``Store.load_parquet``: ``INSERT ... SELECT
FROM read_parquet``, with the same dedup and id rules as a local ingest), so the database
ends up with the same rows as a single-process run. At most ``window`` partitions are in
flight: the input can be any size.

Resuming: a partition is in the database once its transaction committed; an interrupted
run leaves the rest out, and running it again sends only what is not stored.
"""
from __future__ import annotations

import os
import secrets
import shutil
import tempfile
import time
from collections import deque
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

from ..nlp import MAX_CHARS
from ..schema import Document, Failure

Item = Union[Document, Failure]

#: Documents per partition (one task).
PARTITION_SIZE = 50
TABLE_NAMES = ("articles", "actors", "mentions", "quotes", "events", "warnings",
               "boilerplate", "failures")

try:  # the plugin base class, when distributed is installed
    from distributed import WorkerPlugin as _PluginBase
except ImportError:  # pragma: no cover
    _PluginBase = object


class LoadModel(_PluginBase):
    """Worker plugin: load the spaCy model and the knowledge base when a worker starts, so
    each worker process loads them once (``nlp.load`` is cached per process)."""
    name = "rapport-load-model"

    def setup(self, worker=None):
        from .. import pipeline
        from ..ingest import make_document
        list(pipeline.run([make_document(id="warm-up", text="Warm-up: Biden met Xi.",
                                         published="2023-06-19")]))


def process_partition(docs: list[Item], out: str, run: str, part: int,
                      max_chars: int = MAX_CHARS, batch_size: int = 16) -> dict:
    """Run on a worker: the pipeline over one partition, written as Parquet files.

    Returns ``{"part", "files": {table: path}, "records", "failures", "pid",
    "model_loads"}``; ``model_loads`` is how many times this worker process loaded the
    model so far (1 once warm)."""
    import pyarrow.parquet as pq

    from .. import nlp, pipeline
    from ..store import failure_table, record_tables
    records, failures = [], []
    for item in pipeline.run(docs, batch_size=batch_size, max_chars=max_chars):
        (failures if isinstance(item, Failure) else records).append(item)
    tables = record_tables(records)
    tables["failures"] = failure_table(failures)
    files = {}
    name = f"{run}-{part:06d}.parquet"
    for table, data in tables.items():
        folder = Path(out) / table
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{name}.{os.getpid()}.tmp"
        pq.write_table(data, tmp)
        os.replace(tmp, folder / name)          # a file that exists is complete
        files[table] = str(folder / name)
    return {"part": part, "files": files, "records": len(records),
            "failures": len(failures), "pid": os.getpid(),
            "model_loads": nlp.load.cache_info().misses}


def _partitions(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Chunks of ``size`` items; a chunk is cut early so no article id occurs twice in
    it (``Store.load_parquet`` maps ids within a partition)."""
    part: list[Item] = []
    ids: set[str] = set()
    for item in items:
        key = item.id if isinstance(item, Document) else None
        if part and (len(part) >= size or (key is not None and key in ids)):
            yield part
            part, ids = [], set()
        part.append(item)
        if key is not None:
            ids.add(key)
    if part:
        yield part


def run_id() -> str:
    return time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + "-" + secrets.token_hex(3)


def ingest(items: Iterable[Item], store, *, scheduler: Optional[str] = None,
           out: Optional[Union[str, Path]] = None, workers: Optional[int] = None,
           partition_size: int = PARTITION_SIZE, window: Optional[int] = None,
           max_chars: int = MAX_CHARS, replace: bool = False, report=None,
           on_progress: Optional[Callable[[int, int], None]] = None,
           stats: Optional[dict] = None):
    """Run ``items`` through the pipeline on a Dask cluster and load the result into
    ``store``; returns the ``IngestReport``.

    ``scheduler``: address of a running scheduler (``tcp://host:8786``); None starts a
    LocalCluster of ``workers`` processes (default: the CPU count), one thread each.
    ``out``: directory for the Parquet partitions, which must be reachable by the workers
    and by this process under the same path (shared storage on a real cluster); kept
    after the run. None: a temporary directory next to the database, removed at the end.
    ``on_progress(documents, failures)`` is called with the counts of each partition once
    it is loaded.
    ``stats`` receives ``{"workers": n, "model_loads": {pid: n}, "out": path}``.
    """
    from distributed import Client, LocalCluster

    from ..store import IngestReport
    report = report if report is not None else IngestReport()
    keep = out is not None
    out_dir = Path(out) if keep else Path(tempfile.mkdtemp(
        prefix=".rapport-parts-", dir=str(Path(store.path).resolve().parent)))
    out_dir.mkdir(parents=True, exist_ok=True)
    out_abs = str(out_dir.resolve())
    run = run_id()
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1,
                               threads_per_worker=1, processes=True,
                               dashboard_address=":0")
        client = Client(cluster)
    try:
        client.register_plugin(LoadModel(), name=LoadModel.name)
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        window = window or 2 * n_workers
        pending: deque = deque()

        def take() -> None:
            fut, part_items = pending.popleft()
            res = fut.result()
            store.load_parquet(res["files"], replace=replace, report=report)
            if stats is not None:
                loads = stats.setdefault("model_loads", {})
                loads[res["pid"]] = res["model_loads"]
            fut.release()
            if not keep:
                for f in res["files"].values():
                    Path(f).unlink(missing_ok=True)
            if on_progress is not None:
                on_progress(len(part_items), res["failures"])

        for n, part in enumerate(_partitions(items, partition_size)):
            fut = client.submit(process_partition, part, out_abs, run, n, max_chars,
                                key=f"rapport-{run}-{n:06d}", pure=False)
            pending.append((fut, part))
            while len(pending) >= window:
                take()
        while pending:
            take()
        if stats is not None:
            stats["workers"] = n_workers
            stats["out"] = out_abs
    finally:
        for fut, _ in pending:
            fut.cancel()
        client.close()
        if cluster is not None:
            cluster.close()
        if not keep:
            shutil.rmtree(out_dir, ignore_errors=True)
    return report
