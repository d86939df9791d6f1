"""Cost of each of rapport's own stages relative to spaCy's parse, on the same documents.

    .venv/bin/python bench/stages.py [--docs N] [--corpus PATH]

Parses N documents once with nlp.pipe (timed), then times the actors, quotes and events
stages on the parsed docs. Prints each stage's time as a share of the parse time; the
targets are actors <= 10%, quotes <= 5%, events <= 15% of the pipeline's time per document.
"""
import argparse
import itertools
import time
from pathlib import Path

from rapport import actors, events, ingest, nlp, pipeline, quotes

HERE = Path(__file__).resolve().parent.parent


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--corpus", default=str(HERE.parent / "shared/corpus/usgov-press-2021-2022.jsonl.gz"))
    args = ap.parse_args()
    corpus = args.corpus if Path(args.corpus).exists() else str(HERE / "src/rapport/sample/press-sample.jsonl.gz")
    docs = [d for d in itertools.islice(ingest.read([corpus]), args.docs) if hasattr(d, "text")]
    model = nlp.load()
    list(model.pipe(["warm up"]))
    t = time.perf_counter()
    parsed = list(model.pipe((pipeline._nlp_text(d) for d in docs), batch_size=16))
    parse = time.perf_counter() - t
    spent = {"actors": 0.0, "quotes": 0.0, "events": 0.0}
    for doc, d in zip(parsed, docs):
        t0 = time.perf_counter()
        table = actors.extract(doc, d)
        t1 = time.perf_counter()
        qs = quotes.extract(doc, table)
        t2 = time.perf_counter()
        voice = {t.i: q.speaker for q in qs if q.kind == "direct"
                 for t in (doc.char_span(q.start, q.end, alignment_mode="expand") or [])}
        events.extract(doc, table, d, voice)
        t3 = time.perf_counter()
        spent["actors"] += t1 - t0
        spent["quotes"] += t2 - t1
        spent["events"] += t3 - t2
    total = parse + sum(spent.values())
    words = sum(len(d.text.split()) for d in docs)
    print(f"{len(docs)} docs, {words} words; spaCy parse {parse:.1f} s ({words / parse:.0f} words/s)")
    for name, s in spent.items():
        print(f"  {name:7s} {s:6.2f} s  = {s / parse:6.1%} of the parse, {s / total:6.1%} of the pipeline")
    print(f"  rapport's stages together: {sum(spent.values()) / total:.1%} of the pipeline")


if __name__ == "__main__":
    main()
