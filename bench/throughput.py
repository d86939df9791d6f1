"""Throughput: spaCy's nlp.pipe alone vs the whole rapport pipeline, on the same texts.

    .venv/bin/python bench/throughput.py [--docs N] [--corpus PATH]

Prints articles/s and words/s for (a) nlp.pipe alone and (b) rapport.pipeline.run, and the
ratio b/a (1.0 = rapport's own stages cost nothing; the goal is >= 0.8), plus peak RSS.
"""
import argparse
import itertools
import resource
import time
from pathlib import Path

from rapport import ingest, nlp, pipeline

HERE = Path(__file__).resolve().parent.parent


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--corpus", default=str(HERE.parent / "shared/corpus/usgov-press-2021-2022.jsonl.gz"))
    ap.add_argument("--batch-size", type=int, default=16)
    args = ap.parse_args()
    corpus = args.corpus if Path(args.corpus).exists() else str(HERE / "src/rapport/sample/press-sample.jsonl.gz")
    docs = [d for d in itertools.islice(ingest.read([corpus]), args.docs) if hasattr(d, "text")]
    words = sum(len(d.text.split()) for d in docs)
    model = nlp.load()
    list(model.pipe(["warm up"]))
    t = time.perf_counter()
    for _ in model.pipe((pipeline._nlp_text(d) for d in docs), batch_size=args.batch_size):
        pass
    a = time.perf_counter() - t
    t = time.perf_counter()
    out = list(pipeline.run(docs, batch_size=args.batch_size))
    b = time.perf_counter() - t
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus {corpus}: {len(docs)} docs, {words} words")
    print(f"(a) nlp.pipe alone : {len(docs) / a:7.1f} articles/s {words / a:9.0f} words/s")
    print(f"(b) rapport        : {len(docs) / b:7.1f} articles/s {words / b:9.0f} words/s")
    print(f"ratio b/a (throughput): {a / b:.2f}   rapport's own share of the time: {(b - a) / b:.0%}")
    print(f"records: {sum(1 for r in out if hasattr(r, 'article'))}, failures: {sum(1 for r in out if not hasattr(r, 'article'))}")
    print(f"peak RSS: {rss:.0f} MB")


if __name__ == "__main__":
    main()
