"""Throughput: spaCy's nlp.pipe alone vs the whole rapport pipeline, on the same texts,
in one process and in N worker processes, with the peak RSS of every process.

    .venv/bin/python bench/throughput.py [--docs N] [--corpus PATH] [--processes 2]
                                         [--spacy-n-process]

For 1 process and for ``--processes`` processes it prints articles/s and words/s for
(a) nlp.pipe alone (the parse, batched as the pipeline batches it) and (b) the whole
pipeline (rapport.pipeline.run / rapport.engines.local.run), and the ratio b/a
(1.0 = rapport's own stages cost nothing; goal >= 0.8). Then the speed-up of N processes
over one (goal >= 1.7 for 2) and the peak RSS of each process (goal <= 800 MB).
The N-process runs include starting the workers and loading the model in each.
``--spacy-n-process`` also times spaCy's own multiprocessing (``nlp.pipe(n_process=N)``
with rapport's stages in the parent), which the local engine replaced.
"""
import argparse
import itertools
import os
import resource
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

from rapport import ingest, nlp, pipeline
from rapport.engines import local

HERE = Path(__file__).resolve().parent.parent
#: CPU seconds of the one-process runs (not skewed by other programs on the machine).
CPU = {}


def _rss() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _parse_init():
    nlp.load()
    list(nlp.load().pipe(["warm up"]))


def _parse_chunk(texts):
    """Worker: nlp.pipe alone over one chunk, batched as pipeline.run batches."""
    model = nlp.load()
    n = 0
    for batch in pipeline._batches(((t, None) for t in texts), 16, pipeline.BATCH_CHARS):
        for _ in model.pipe([t for t, _ in batch], batch_size=len(batch)):
            n += 1
    return n, os.getpid(), _rss()


def parse_alone(texts, processes):
    """(a): seconds for nlp.pipe over ``texts``; peak RSS per process."""
    if processes == 1:
        t, c = time.perf_counter(), time.process_time()
        _parse_chunk(texts)
        CPU["a"] = time.process_time() - c
        return time.perf_counter() - t, {os.getpid(): _rss()}
    peaks = {}
    chunks = [texts[i:i + local.CHUNK] for i in range(0, len(texts), local.CHUNK)]
    t = time.perf_counter()
    with ProcessPoolExecutor(processes, mp_context=get_context("fork"),
                             initializer=_parse_init) as ex:
        for _, pid, rss in ex.map(_parse_chunk, chunks):
            peaks[pid] = max(peaks.get(pid, 0), rss)
    return time.perf_counter() - t, peaks


def whole(docs, processes):
    """(b): seconds for the whole pipeline; peak RSS per process; the results."""
    stats = {}
    t, c = time.perf_counter(), time.process_time()
    out = list(local.run(docs, processes=processes, stats=stats))
    if processes == 1:
        CPU["b"] = time.process_time() - c
    return time.perf_counter() - t, stats["peak_rss_mb"], out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--corpus", default=str(HERE.parent / "shared/corpus/usgov-press-2021-2022.jsonl.gz"))
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--spacy-n-process", action="store_true",
                    help="also time nlp.pipe(n_process=N) with rapport's stages in the parent")
    args = ap.parse_args()
    corpus = args.corpus if Path(args.corpus).exists() else str(HERE / "src/rapport/sample/press-sample.jsonl.gz")
    docs = [d for d in itertools.islice(ingest.read([corpus]), args.docs) if hasattr(d, "text")]
    texts = [pipeline._nlp_text(d) for d in docs]
    words = sum(len(d.text.split()) for d in docs)
    chars = sum(len(t) for t in texts)
    print(f"corpus {corpus}: {len(docs)} docs, {words} words, {chars} characters "
          f"(longest {max(len(t) for t in texts)}); {os.cpu_count()} CPUs")
    # warm-up: the model, the knowledge base and the stages' caches, outside the timings
    list(pipeline.run(docs[:5]))

    rows = {}
    for p in (1, args.processes):
        a, a_rss = parse_alone(texts, p)
        b, b_rss, out = whole(docs, p)
        rows[p] = (a, b)
        print(f"\n== {p} process{'es' if p > 1 else ''}")
        print(f"(a) nlp.pipe alone : {len(docs) / a:7.2f} articles/s {words / a:9.0f} words/s  ({a:.1f} s)")
        print(f"(b) rapport        : {len(docs) / b:7.2f} articles/s {words / b:9.0f} words/s  ({b:.1f} s)")
        print(f"ratio b/a (throughput): {a / b:.2f}   rapport's own share of the time: {(b - a) / b:.0%}")
        if p == 1:
            print(f"in CPU seconds: (a) {CPU['a']:.1f} s, (b) {CPU['b']:.1f} s, ratio b/a "
                  f"{CPU['a'] / CPU['b']:.2f} (wall-clock ratios move with the machine's "
                  f"other load: {os.getloadavg()[0]:.1f} now)")
        print(f"records: {sum(1 for r in out if hasattr(r, 'article'))}, "
              f"failures: {sum(1 for r in out if not hasattr(r, 'article'))}")
        print("peak RSS per process, MB: (a) " +
              ", ".join(f"{v:.0f}" for v in a_rss.values()) + "; (b) " +
              ", ".join(f"{v:.0f}" for v in b_rss.values()))
    p = args.processes
    if p > 1:
        print(f"\nspeed-up of {p} processes over 1: (a) {rows[1][0] / rows[p][0]:.2f}x   "
              f"(b) {rows[1][1] / rows[p][1]:.2f}x")
    if args.spacy_n_process and p > 1:
        t = time.perf_counter()
        model = nlp.load()
        n = 0
        for doc, d in model.pipe(zip(texts, docs), as_tuples=True, n_process=p, batch_size=16):
            pipeline.analyse(doc, d)
            n += 1
        c = time.perf_counter() - t
        print(f"spaCy nlp.pipe(n_process={p}) + stages in the parent: {n / c:.2f} articles/s "
              f"({c:.1f} s; {rows[1][1] / c:.2f}x one process)")
    print(f"peak RSS of this (parent) process: {_rss():.0f} MB")


if __name__ == "__main__":
    main()
