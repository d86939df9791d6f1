"""Event clusters: the same event reported by several articles counted once.

Two event mentions (rows of ``events``) belong to the same cluster when they have

* the same sides: the set of actor keys and the set of recipient keys, where an actor's
  key is its country (ISO alpha-3) or, for an actor with no country, its canonical name;
* the same kind: the PLOVER type, or the CAMEO root for 01/02 statements (no type);
* the same status: both happened (``store.HAPPENED``: asserted, not negated, not alleged)
  or both did not (future, hypothetical, cancelled, background, negated, alleged);
* dates within a day: within a group of the above, the day-precision dates (a date read
  in the text, or the publication date when the text gives none) are cut into greedy
  windows: a window starts at the earliest date not yet taken and holds the dates up to
  one day after it, so no two mentions of a cluster are more than a day apart and a
  daily series of the same event does not melt into one cluster. A mention whose date
  is unknown at day precision (only a month or year, or none) joins the latest window of
  its group that starts on or before its article's publication date and matches the month
  or year it has, else the earliest matching window, else it makes a cluster of its own;
* the same place, or none: within a window, mentions with a place (its country, else the
  place as written) make one cluster per place; a mention with no place joins the place
  cluster of its window with the most mentions, else the window's placeless cluster.

``refresh()`` recomputes everything in one transaction after every ingest (the API and
CLI call it; 7 s for a million events on two cores, ``bench/relations.py``): SQL for the
keys, groups and joins, one linear pass in Python over the sorted distinct (group, day)
pairs for the greedy windows. A cluster's id is a hash of its key (sides, kind, status, window start or
partial date, place), so a cluster keeps its id across refreshes as long as its first
day does. Two tables (documented in docs/SCHEMA.md):

* ``cluster_events``: one row per event mention, its ``cluster_id`` and the normalised
  columns the analyses read (sides as keys, day, happened, Goldstein, PLOVER scale);
* ``clusters``: one row per cluster with ``num_mentions``, ``num_articles``,
  ``num_sources``, ``first_seen`` / ``last_seen`` (publication dates of the first and last
  article reporting it) and the same analysis columns (means over the mentions).

Until the refresh after an ingest has run (an ingest killed at its very end), events
without a row in ``cluster_events`` are missing from cluster counts; ``stale()`` says so
and the next ingest (even one with nothing new) brings the tables up to date.
"""
from __future__ import annotations

from datetime import timedelta
from typing import Optional

import pyarrow as pa

from ..store import HAPPENED, Store

CLUSTER_EVENTS = """CREATE OR REPLACE TABLE cluster_events (
    article_id VARCHAR, event_id VARCHAR, cluster_id UBIGINT,
    actors VARCHAR[], recipients VARCHAR[], type VARCHAR, cameo VARCHAR,
    quad_class INTEGER, goldstein DOUBLE, plover DOUBLE, day DATE, dated BOOLEAN,
    happened BOOLEAN, reciprocal BOOLEAN, place VARCHAR, published DATE, source VARCHAR)"""

CLUSTERS = """CREATE OR REPLACE TABLE clusters (
    cluster_id UBIGINT, actors VARCHAR[], recipients VARCHAR[], type VARCHAR,
    cameo VARCHAR, quad_class INTEGER, goldstein DOUBLE, plover DOUBLE, day DATE,
    happened BOOLEAN, reciprocal BOOLEAN, place VARCHAR, num_mentions INTEGER,
    num_articles INTEGER, num_sources INTEGER, first_seen DATE, last_seen DATE)"""

#: A side of an event as the sorted, distinct keys of its actors (country, else name).
_SIDE = ("list_sort(list_distinct(list_filter(list_transform(range(1, len({n}) + 1), "
         "lambda i: coalesce({c}[i], {n}[i])), lambda x: x IS NOT NULL)))")


def _plover_table() -> pa.Table:
    """(type, mode, score) rows of the PLOVER scale; mode NULL is the type's own score."""
    from ..events.coding import _plover_table as table
    types, modes, scores = [], [], []
    for p in table().values():
        if p.score is not None:
            types.append(p.name)
            modes.append(None)
            scores.append(p.score)
        for mode, score in p.mode_scores.items():
            types.append(p.name)
            modes.append(mode)
            scores.append(score)
    return pa.table({"type": pa.array(types, pa.string()),
                     "mode": pa.array(modes, pa.string()),
                     "score": pa.array(scores, pa.float64())})


def ensure(con) -> None:
    """(Re)create the cluster tables, empty: they are derived from ``events``, so a
    refresh rebuilds them whole (and a new rapport's columns come with it)."""
    con.execute(CLUSTER_EVENTS)
    con.execute(CLUSTERS)


def _windows(pairs: pa.Table) -> pa.Table:
    """Greedy day windows over ``pairs`` (gid, dday) sorted by gid, dday: the anchor of
    each pair is the first day of its window."""
    gids = pairs.column("gid").to_pylist()
    days = pairs.column("dday").to_pylist()
    anchors = []
    last_gid, anchor = None, None
    one = timedelta(days=1)
    for g, d in zip(gids, days):
        if g != last_gid or d > anchor + one:
            anchor, last_gid = d, g
        anchors.append(anchor)
    return pa.table({"gid": pairs.column("gid"), "dday": pairs.column("dday"),
                     "anchor": pa.array(anchors, pa.date32())})


def refresh(store: Store) -> dict:
    """Recompute ``cluster_events`` and ``clusters`` from ``events``; returns counts."""
    with store._connect(write=True) as con:
        con.begin()
        try:
            out = _refresh(con)
            con.commit()
        except BaseException:
            con.rollback()
            raise
    return out


def _refresh(con) -> dict:
    ensure(con)
    con.register("_plover", _plover_table())
    actors = _SIDE.format(n="e.actor_names", c="e.actor_countries")
    recipients = _SIDE.format(n="e.recipient_names", c="e.recipient_countries")
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _ev AS
        SELECT e.article_id, e.event_id, {actors} AS actors, {recipients} AS recipients,
               e.type, e.cameo, e.quad_class, e.goldstein,
               coalesce(pm.score, pt.score) AS plover,
               e.happened,
               e.reciprocal, e.place,
               coalesce(e.place_country, nullif(lower(trim(e.place)), '')) AS pkey,
               coalesce(e.type, 'CAMEO ' || left(e.cameo, 2)) AS kind,
               CASE WHEN e.date_precision = 'day' THEN try_cast(e.date AS DATE) END AS dday,
               CASE WHEN e.date_precision IS DISTINCT FROM 'day' THEN e.date END AS partial,
               coalesce(CASE e.date_precision
                            WHEN 'day' THEN try_cast(e.date AS DATE)
                            WHEN 'month' THEN try_cast(e.date || '-01' AS DATE)
                            WHEN 'year' THEN try_cast(e.date || '-01-01' AS DATE) END,
                        a.published) AS day,
               a.published, a.source, a.rowid AS arow, e.seq
        FROM (SELECT *, ({HAPPENED}) AS happened FROM events) e
        JOIN articles a ON a.id = e.article_id
        LEFT JOIN _plover pt ON pt.type = e.type AND pt.mode IS NULL
        LEFT JOIN _plover pm ON pm.type = e.type AND pm.mode = lower(trim(e.mode))""")
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _g AS
        SELECT *, dense_rank() OVER (ORDER BY happened, actors, recipients, kind) AS gid
        FROM _ev""")
    pairs = con.sql("SELECT DISTINCT gid, dday FROM _g WHERE dday IS NOT NULL "
                    "ORDER BY gid, dday").to_arrow_table()
    con.register("_win", _windows(pairs))
    # the window of each mention: its own (dated), or the one an undated mention joins
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _w AS
        WITH anchors AS (SELECT DISTINCT gid, anchor FROM _win),
        und AS (
            SELECT u.article_id, u.event_id, w.anchor,
                   row_number() OVER (PARTITION BY u.article_id, u.event_id ORDER BY
                       (w.anchor <= u.published) DESC NULLS LAST,
                       CASE WHEN w.anchor <= u.published THEN -epoch(w.anchor)
                            ELSE epoch(w.anchor) END) AS rk
            FROM _g u JOIN anchors w ON w.gid = u.gid
            WHERE u.dday IS NULL
              AND (u.partial IS NULL OR starts_with(CAST(w.anchor AS VARCHAR), u.partial)))
        SELECT g.*, coalesce(CAST(coalesce(d.anchor, und.anchor) AS VARCHAR),
                             'undated:' || coalesce(g.partial, '')) AS wkey
        FROM _g g
        LEFT JOIN _win d ON d.gid = g.gid AND d.dday = g.dday
        LEFT JOIN und ON und.article_id = g.article_id AND und.event_id = g.event_id
                     AND und.rk = 1""")
    # the place: a mention without one joins the biggest place cluster of its window
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _p AS
        WITH sizes AS (
            SELECT gid, wkey, pkey, count(*) AS n FROM _w WHERE pkey IS NOT NULL
            GROUP BY ALL),
        best AS (
            SELECT gid, wkey, arg_max(pkey, n * 1e9 - rank_key) AS pkey FROM (
                SELECT *, dense_rank() OVER (PARTITION BY gid, wkey ORDER BY pkey) AS rank_key
                FROM sizes) GROUP BY ALL)
        SELECT w.*, coalesce(w.pkey, b.pkey) AS ckey
        FROM _w w LEFT JOIN best b ON b.gid = w.gid AND b.wkey = w.wkey""")
    con.execute("""
        INSERT INTO cluster_events
        SELECT article_id, event_id,
               hash(happened, actors, recipients, kind, wkey, coalesce(ckey, '')) AS cluster_id,
               actors, recipients, type, cameo, quad_class, goldstein, plover, day,
               dday IS NOT NULL, happened, reciprocal, place, published, source
        FROM _p""")
    # most frequent CAMEO code, quad class and place of the mentions; ties: the smallest
    con.execute("""
        INSERT INTO clusters
        SELECT cluster_id, any_value(actors), any_value(recipients), any_value(type),
               first(cameo ORDER BY n_cameo DESC, cameo),
               first(quad_class ORDER BY n_quad DESC, quad_class),
               avg(goldstein), avg(plover),
               coalesce(min(day) FILTER (WHERE dated), min(day)),
               any_value(happened), bool_or(reciprocal),
               first(place ORDER BY n_place DESC, place),
               count(*), count(DISTINCT article_id), count(DISTINCT source),
               min(published), max(published)
        FROM (SELECT *,
                     count(*) OVER (PARTITION BY cluster_id, cameo) AS n_cameo,
                     count(*) OVER (PARTITION BY cluster_id, quad_class) AS n_quad,
                     count(place) OVER (PARTITION BY cluster_id, place) AS n_place
              FROM cluster_events)
        GROUP BY cluster_id""")
    for t in ("_ev", "_g", "_w", "_p"):
        con.execute(f"DROP TABLE IF EXISTS {t}")
    con.unregister("_win")
    con.unregister("_plover")
    n_events, n_clusters = con.execute(
        "SELECT (SELECT count(*) FROM cluster_events), (SELECT count(*) FROM clusters)"
    ).fetchone()
    return {"events": n_events, "clusters": n_clusters}


def has_tables(con) -> bool:
    return con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name IN "
        "('clusters', 'cluster_events') AND table_schema = 'main'").fetchone()[0] == 2


def stale(con) -> Optional[str]:
    """Why the cluster tables do not match ``events``, or None when they do."""
    if not has_tables(con):
        return "the event clusters have not been computed"
    n_ev, n_map = con.execute(
        "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM cluster_events)"
    ).fetchone()
    if n_ev != n_map:
        return (f"the event clusters are out of date ({n_ev - n_map:+,} events since they "
                f"were computed)")
    return None


def list_clusters(store: Store, *, actor: Optional[str] = None,
                  recipient: Optional[str] = None, type: Optional[str] = None,
                  since: Optional[str] = None, until: Optional[str] = None,
                  happened: Optional[bool] = True, limit: Optional[int] = None,
                  mentions: bool = False) -> list[dict]:
    """Clusters (most reported first), with their mentions as ``(article_id, event_id)``
    links when ``mentions``. ``actor`` / ``recipient``: a key (ISO code or name, any case)
    on that side."""
    from .relations import _key_filter, check_day
    from ..store import Rows
    where, params = [], []
    for side, value in (("actors", actor), ("recipients", recipient)):
        if value:
            sql, p = _key_filter("c." + side, value)
            where.append(sql)
            params += p
    if type:
        where.append("upper(c.type) = upper(?)" if not type.isdigit()
                     else "starts_with(c.cameo, ?)")
        params.append(type)
    if since:
        where.append("c.day >= ?")
        params.append(check_day(since, "since"))
    if until:
        where.append("c.day <= ?")
        params.append(check_day(until, "until"))
    if happened is not None:
        where.append("c.happened" if happened else "NOT c.happened")
    links = (", (SELECT list({'article_id': m.article_id, 'event_id': m.event_id} "
             "ORDER BY m.published, m.article_id, m.event_id) FROM cluster_events m "
             "WHERE m.cluster_id = c.cluster_id) AS mentions") if mentions else ""
    sql = f"""
        SELECT CAST(c.cluster_id AS VARCHAR) AS cluster_id, CAST(c.day AS VARCHAR) AS day,
               c.type, c.cameo, c.actors, c.recipients, c.num_mentions, c.num_articles,
               c.num_sources, CAST(c.first_seen AS VARCHAR) AS first_seen,
               CAST(c.last_seen AS VARCHAR) AS last_seen, round(c.goldstein, 2) AS goldstein,
               round(c.plover, 2) AS plover, c.place, c.happened {links}
        FROM clusters c
        {'WHERE ' + ' AND '.join(where) if where else ''}
        ORDER BY c.num_mentions DESC, c.day, c.cluster_id
        {f'LIMIT {int(limit)}' if limit else ''}"""
    with store._connect() as con:
        if not has_tables(con):
            return Rows([], [])
        cur = con.execute(sql, params)
        cols = [d[0] for d in cur.description]
        return Rows((dict(zip(cols, r)) for r in cur.fetchall()), cols)
