"""The local engine: the whole pipeline in N worker processes of this machine.

spaCy's own multiprocessing (``nlp.pipe(n_process=N)``) parallelises only the parse: the
parsed ``Doc`` objects are serialised back to the parent, which then runs rapport's own
stages (actors, quotes, events) alone and, with N = the number of cores, competes with
the workers for them. Here each worker process loads the model once and runs the whole
pipeline on small chunks of documents; only the finished records travel back, and the
parent just writes them. On 2 cores and 500 press releases (``bench/throughput.py``):
one process 3.6 docs/s; spaCy's ``n_process=2`` 6.2 (1.73x); this engine with 2
processes 7.0 (1.96x). On 80 releases spaCy's was slower than one process (2.2 vs 3.1
docs/s, on a busy machine): it starts its workers for every call.

* Order: results come back in input order (a window of futures, read first in first out).
* Memory: at most ``window`` chunks are in flight, whatever the size of the input.
* Ctrl-C: workers ignore SIGINT; the parent stops them and the interrupt goes on to the
  caller (``Store.add`` rolls back the batch it was writing, committed batches stay).
* A worker that dies (killed, out of memory) stops the run with ``EngineError``; what was
  committed stays and running the ingest again resumes after it.
"""
from __future__ import annotations

import gzip
import multiprocessing
import os
import resource
import signal
import zlib
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from ..nlp import MAX_CHARS
from ..schema import Document, Failure, Record

Item = Union[Document, Failure]

#: Documents sent to a worker at a time.
CHUNK = 4
#: Chunks in flight per worker process (bounds memory; keeps every worker busy).
WINDOW_PER_PROCESS = 3


class EngineError(RuntimeError):
    """The engine could not go on (a worker process died); committed batches are kept."""


# --------------------------------------------------------------------------- sizing


def _jsonl_lines(path: Path) -> Optional[int]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    n = 0
    try:
        with opener(path, "rb") as fh:
            for line in fh:
                if line.strip():
                    n += 1
    except (OSError, EOFError, zlib.error):
        return None
    return n


def count_documents(paths: Iterable[Union[str, Path]]) -> Optional[int]:
    """How many documents ``paths`` hold (for progress and ETA), or None when that cannot be
    known cheaply (stdin, RSS/Atom feeds). JSON lines files are counted by their non-blank
    lines, other files as one document each: the count can be off by the lines ingest
    rejects, never by much."""
    from ..ingest.sources import directory_files, kind
    total = 0
    for p in paths:
        if isinstance(p, (Document, Failure)):
            total += 1
            continue
        if str(p) == "-":
            return None
        path = Path(p)
        files = directory_files(path) if path.is_dir() else [path]
        for f in files:
            k = kind(f)
            if k == "jsonl":
                n = _jsonl_lines(f)
                if n is None:
                    return None
                total += n
            elif k == "feed" or (k is None and f.is_file()):
                return None        # a feed holds any number of items
            else:
                total += 1
    return total


# --------------------------------------------------------------------------- workers


def _init_worker() -> None:
    """Runs once in each worker process: ignore Ctrl-C (the parent handles it), load the
    model and the knowledge base once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from .. import pipeline
    from ..ingest import make_document
    list(pipeline.run([make_document(id="warm-up", text="Warm-up: Biden met Xi.",
                                     published="2023-06-19")]))


def _work(chunk: list[Item], batch_size: int, max_chars: int
          ) -> tuple[list[Union[Record, Failure]], int, float]:
    from .. import pipeline
    out = list(pipeline.run(chunk, batch_size=batch_size, max_chars=max_chars))
    return out, os.getpid(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _chunks(items: Iterable, n: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, n)):
        yield chunk


def _stop(executor: ProcessPoolExecutor) -> None:
    """Stop the workers now (on an interrupt or error), not after their current chunk."""
    executor.shutdown(wait=False, cancel_futures=True)
    for proc in list((getattr(executor, "_processes", None) or {}).values()):
        try:
            proc.terminate()
        except Exception:  # pragma: no cover - already gone
            pass


def run(items: Iterable[Item], *, processes: int = 1, batch_size: int = 16,
        max_chars: int = MAX_CHARS, chunk: int = CHUNK,
        stats: Optional[dict] = None) -> Iterator[Union[Record, Failure]]:
    """One Record or Failure per input item, in input order, using ``processes`` worker
    processes (1: this process, ``pipeline.run`` directly).

    ``stats``, when given, receives ``{"peak_rss_mb": {pid: MB}}`` for the workers.
    """
    from .. import pipeline
    if processes <= 1:
        yield from pipeline.run(items, batch_size=batch_size, max_chars=max_chars)
        if stats is not None:
            stats.setdefault("peak_rss_mb", {})[os.getpid()] = \
                resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return
    # fork: workers start at once and scripts need no ``if __name__ == "__main__"`` guard;
    # the workers only parse and analyse (no DuckDB, no console), so the parent's threads
    # do not matter to them. spawn where there is no fork.
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    executor = ProcessPoolExecutor(max_workers=processes, mp_context=ctx,
                                   initializer=_init_worker)
    window = processes * WINDOW_PER_PROCESS
    pending: deque = deque()
    try:
        def take():
            results, pid, rss = pending.popleft().result()
            if stats is not None:
                peaks = stats.setdefault("peak_rss_mb", {})
                peaks[pid] = max(peaks.get(pid, 0.0), rss)
            return results

        for part in _chunks(items, chunk):
            pending.append(executor.submit(_work, part, batch_size, max_chars))
            while pending and (len(pending) >= window or pending[0].done()):
                yield from take()      # full window: wait; else what is done already
        while pending:
            yield from take()
    except BrokenProcessPool as exc:
        _stop(executor)
        raise EngineError(
            "a worker process died (killed, or out of memory on a very long document?); "
            "the batches already written are kept: run the same ingest again to resume, "
            "with --max-chars lower or fewer --processes") from exc
    except BaseException:
        _stop(executor)
        raise
    executor.shutdown(wait=True)
