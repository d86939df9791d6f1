"""Analytical speed: >= 1M synthetic events in a DuckDB file, then the relations queries.

    .venv/bin/python bench/relations.py [--events 1000000] [--db /tmp/rapport-bench.duckdb]

Builds the store's tables in bulk (``INSERT ... SELECT`` over ``range()``, no Python
rows): articles from 20 sources over two years, events between 30 countries with a
skewed choice of sides (USA, CHN and RUS are frequent), 16 PLOVER types with their CAMEO
codes and Goldstein scores, 90 % asserted. Then it times the cluster refresh, and
``rapport relations USA CHN`` (clusters, and mentions), ``--top 20`` and the network edges
(goal for the relations query: < 1 s). Prints the figures.
"""
import argparse
import os
import time
from pathlib import Path

from rapport.analyse import clusters, network, relations
from rapport.store import TABLES, Store

COUNTRIES = ("USA CHN RUS UKR GBR FRA DEU JPN IND BRA ZAF NGA EGY ISR IRN SAU TUR PAK KOR "
             "PRK AUS CAN MEX ARG POL ITA ESP NLD SWE NOR").split()
#: (PLOVER type, CAMEO code, Goldstein, quad class)
TYPES = [("AGREE", "030", 4.0, 1), ("CONSULT", "040", 1.0, 1), ("SUPPORT", "051", 3.4, 1),
         ("CONCEDE", "080", 5.0, 2), ("COOPERATE", "061", 6.4, 2), ("AID", "070", 7.0, 2),
         ("RETREAT", "084", 7.0, 2), ("REQUEST", "100", -5.0, 3), ("ACCUSE", "112", -2.0, 3),
         ("REJECT", "120", -4.0, 3), ("THREATEN", "130", -4.4, 3), ("PROTEST", "140", -6.5, 3),
         ("SANCTION", "163", -8.0, 4), ("MOBILIZE", "150", -7.2, 4), ("COERCE", "170", -7.0, 4),
         ("ASSAULT", "190", -10.0, 4)]


def build(db: Path, n_events: int, per_article: int = 5) -> None:
    if db.exists():
        db.unlink()
    store = Store(db, create=True)
    n_articles = n_events // per_article
    countries = "[" + ", ".join(f"'{c}'" for c in COUNTRIES) + "]"
    types = ", ".join(f"('{t}', '{c}', {g}, {q}, {i})" for i, (t, c, g, q) in enumerate(TYPES))
    with store._connect(write=True) as con:
        con.execute(f"""
            INSERT INTO articles (id, url, title, published, source, language, text,
                                  content_hash, ingested_at)
            SELECT 'a' || i, NULL, NULL, DATE '2021-01-01' + CAST(i % 730 AS INTEGER),
                   'source' || (i % 20), 'en', '', md5(CAST(i AS VARCHAR)), now()
            FROM range({n_articles}) t(i)""")
        # sides: a skewed pick (the square of a uniform number favours the first codes)
        pick = ("{c}[1 + CAST(floor(30 * pow((hash(i, {s}) % 1000000) / 1e6, 2)) AS INTEGER)]")
        expr = {
            "article_id": f"'a' || (i // {per_article})",
            "event_id": f"'e' || (i % {per_article} + 1)",
            "type": "ty.type", "mode": "NULL", "cameo": "ty.cameo",
            "goldstein": "ty.goldstein", "quad_class": "ty.quad",
            "actor": "['a1']", "recipient": "['a2']",
            "actor_names": f"[{pick.format(c=countries, s=1)}]",
            "recipient_names": f"[{pick.format(c=countries, s=2)}]",
            "actor_countries": f"[{pick.format(c=countries, s=1)}]",
            "recipient_countries": f"[{pick.format(c=countries, s=2)}]",
            "date": f"CAST(DATE '2021-01-01' + CAST((i // {per_article}) % 730 AS INTEGER) "
                    f"- CAST(hash(i, 3) % 2 AS INTEGER) AS VARCHAR)",
            "date_precision": "'day'", "date_from_publication": "false",
            "negated": "hash(i, 4) % 20 = 0", "modality": "CASE WHEN hash(i, 5) % 10 = 0 "
                                                          "THEN 'future' ELSE 'asserted' END",
            "reciprocal": "ty.type = 'CONSULT'", "alleged": "false",
            "reported_by": "[]", "seq": f"CAST(i % {per_article} AS INTEGER)",
        }
        cols = [c for c, _ in TABLES["events"]]
        select = ", ".join(expr.get(c, "NULL") for c in cols)
        con.execute(f"""
            INSERT INTO events ({', '.join(f'"{c}"' for c in cols)})
            SELECT {select}
            FROM range({n_events}) t(i)
            JOIN (VALUES {types}) ty(type, cameo, goldstein, quad, k)
              ON ty.k = hash(i, 6) % {len(TYPES)}""")


def timed(label, fn, repeat=3):
    best = None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        dt = time.perf_counter() - t
        best = dt if best is None else min(best, dt)
    print(f"{label:<48} {best:7.3f} s  (best of {repeat}; {len(out) if hasattr(out, '__len__') else out} rows)")
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", default="/tmp/rapport-bench-relations.duckdb")
    ap.add_argument("--keep", action="store_true", help="keep the database file")
    args = ap.parse_args()
    db = Path(args.db)
    print(f"{os.cpu_count()} CPUs; {args.events:,} events -> {db}")
    t = time.perf_counter()
    build(db, args.events)
    print(f"{'build (bulk INSERT ... SELECT over range())':<48} {time.perf_counter() - t:7.3f} s")
    store = Store(db)
    t = time.perf_counter()
    counts = clusters.refresh(store)
    print(f"{'cluster refresh':<48} {time.perf_counter() - t:7.3f} s  "
          f"({counts['events']:,} events -> {counts['clusters']:,} clusters)")
    with store._connect() as con:
        happened = con.execute("SELECT count(*) FROM cluster_events WHERE happened").fetchone()[0]
        dyad = con.execute("SELECT count(*) FROM cluster_events WHERE happened AND "
                           "list_contains(actors, 'USA') AND list_contains(recipients, 'CHN')"
                           ).fetchone()[0]
    print(f"events that happened: {happened:,}; USA->CHN mentions: {dyad:,}")
    r1 = timed("relations USA CHN --by month (clusters)",
               lambda: relations.relations(store, "USA", "CHN", by="month"))
    r2 = timed("relations USA CHN --by month --mentions",
               lambda: relations.relations(store, "USA", "CHN", by="month", mentions=True))
    timed("relations USA CHN --by day (clusters)",
          lambda: relations.relations(store, "USA", "CHN", by="day"))
    timed("relations --top 20 (clusters)", lambda: relations.top_dyads(store, 20))
    timed("network edges (clusters)", lambda: network.edges(store))
    print(f"goal < 1 s for the relations query: {'met' if max(r1, r2) < 1 else 'NOT met'}")
    if not args.keep:
        db.unlink()


if __name__ == "__main__":
    main()
