"""Relations between two actors over time, and the busiest dyads.

Both read the cluster tables (``rapport.analyse.clusters``): ``clusters`` by default (an
event reported by five articles counts once), ``cluster_events`` with ``mentions=True``
(every report counts). Only events that happened count (``happened``: asserted, not
negated, not alleged, as in ``Store.summary``).

An actor is named by its key: an ISO alpha-3 country code (``USA``), a country name the
knowledge base knows (``Russia``, ``Chinese``), or an actor's canonical name (``NATO``,
``Sergei Lavrov``) for actors with no country. An event counts for A->B when A is among its
actors and B among its recipients; a reciprocal event ("met", "agreed") also counts for
B->A. ``both`` is every event of either direction, once.

The day of an event is its date when the text gives the day (or the publication date when
the text gives no date); a date known only to the month or year counts on its first day.
"""
from __future__ import annotations

from datetime import date
from typing import Optional

from ..schema import PLOVER_TYPES
from ..store import Rows, Store
from . import clusters as clusters_mod

PERIODS = ("day", "week", "month", "year")
QUADS = (("verbal_coop", 1), ("material_coop", 2), ("verbal_conflict", 3),
         ("material_conflict", 4))


def check_day(value: str, what: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        raise ValueError(f"--{what} wants a date as YYYY-MM-DD, not {value!r}") from None


def resolve(name: str) -> tuple[str, bool]:
    """``(key, exact)``: the ISO code for a country name / code, else the name itself
    (matched without regard to case)."""
    text = name.strip()
    if not text:
        raise ValueError("an actor name cannot be empty")
    from ..actors.knowledge import load
    kb = load()
    if len(text) == 3 and text.isalpha() and kb.is_code(text.upper()):
        return text.upper(), True
    country = kb.country(text)
    if country is not None:
        return country.iso3, True
    return text, False


def _key_filter(column: str, name: str) -> tuple[str, list]:
    key, exact = resolve(name)
    if exact:
        return f"list_contains({column}, ?)", [key]
    return f"list_contains(list_transform({column}, lambda x: lower(x)), lower(?))", [key]


def label(store: Store, name: str) -> str:
    """How ``name`` is written in the database: its ISO code, or the stored spelling of
    an actor name (``nato`` -> ``NATO``); the name as given when it is not stored."""
    key, exact = resolve(name)
    if exact:
        return key
    with store._connect() as con:
        if not clusters_mod.has_tables(con):
            return key
        row = con.execute(
            "SELECT x FROM (SELECT unnest(actors || recipients) AS x FROM clusters) "
            "WHERE lower(x) = lower(?) LIMIT 1", [key]).fetchone()
    return row[0] if row else key


def _source(mentions: bool) -> str:
    return "cluster_events" if mentions else "clusters"


def _check(con) -> None:
    if not clusters_mod.has_tables(con):
        raise ValueError("this database has no event clusters yet; run `rapport ingest` "
                         "(with any input, even one already stored) to compute them")


def _period_filter(since: Optional[str], until: Optional[str]) -> tuple[list[str], list]:
    where, params = ["happened"], []
    if since:
        where.append("day >= CAST(? AS DATE)")
        params.append(check_day(since, "since"))
    if until:
        where.append("day <= CAST(? AS DATE)")
        params.append(check_day(until, "until"))
    return where, params


def relations(store: Store, a: str, b: str, *, by: str = "month",
              since: Optional[str] = None, until: Optional[str] = None,
              mentions: bool = False, types: str = "present") -> Rows:
    """Per period and direction (``A->B``, ``B->A``, ``both``): event counts, counts by
    quad class and PLOVER type, mean and summed Goldstein score and PLOVER scale.

    ``types``: ``present`` (a column for each PLOVER type that occurs in the result),
    ``all`` (the 16 types) or ``none``.
    """
    if by not in PERIODS:
        raise ValueError(f"--by wants one of {', '.join(PERIODS)}, not {by!r}")
    a_sql, a_p = _key_filter("actors", a)
    b_sql, b_p = _key_filter("actors", b)
    ar_sql, ar_p = _key_filter("recipients", a)
    br_sql, br_p = _key_filter("recipients", b)
    label_a, label_b = label(store, a), label(store, b)
    ab = f"(({a_sql} AND {br_sql}) OR (reciprocal AND {b_sql} AND {ar_sql}))"
    ba = f"(({b_sql} AND {ar_sql}) OR (reciprocal AND {a_sql} AND {br_sql}))"
    ab_p = a_p + br_p + b_p + ar_p
    ba_p = b_p + ar_p + a_p + br_p
    where, wparams = _period_filter(since, until)
    type_cols = ", ".join(f"count(*) FILTER (WHERE type = '{t}') AS \"{t}\""
                          for t in PLOVER_TYPES)
    quad_cols = ", ".join(f"count(*) FILTER (WHERE quad_class = {q}) AS {n}"
                          for n, q in QUADS)
    sql = f"""
        WITH base AS (
            SELECT date_trunc('{by}', day) AS period, type, quad_class, goldstein, plover,
                   {ab} AS ab, {ba} AS ba
            FROM {_source(mentions)}
            WHERE {' AND '.join(where)}),
        d AS (
            SELECT period, 1 AS o, ? AS direction, * EXCLUDE (period, ab, ba)
            FROM base WHERE ab
            UNION ALL
            SELECT period, 2 AS o, ? AS direction, * EXCLUDE (period, ab, ba)
            FROM base WHERE ba
            UNION ALL
            SELECT period, 3 AS o, 'both' AS direction, * EXCLUDE (period, ab, ba)
            FROM base WHERE ab OR ba)
        SELECT CAST(CAST(period AS DATE) AS VARCHAR) AS period, direction,
               count(*) AS events, {quad_cols},
               round(avg(goldstein), 3) AS goldstein_mean,
               round(sum(goldstein), 2) AS goldstein_sum,
               round(avg(plover), 3) AS plover_mean, round(sum(plover), 2) AS plover_sum,
               {type_cols}
        FROM d GROUP BY period, o, direction ORDER BY period, o"""
    params = ab_p + ba_p + wparams + [f"{label_a}->{label_b}", f"{label_b}->{label_a}"]
    with store._connect() as con:
        _check(con)
        cur = con.execute(sql, params)
        cols = [c[0] for c in cur.description]
        rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    if types != "all":
        drop = {t for t in PLOVER_TYPES
                if types == "none" or not any(r[t] for r in rows)}
        cols = [c for c in cols if c not in drop]
        rows = [{c: r[c] for c in cols} for r in rows]
    return Rows(rows, cols)


def top_dyads(store: Store, n: int = 20, *, since: Optional[str] = None,
              until: Optional[str] = None, mentions: bool = False) -> Rows:
    """The ``n`` pairs of actor keys with the most events between them (either way), with
    the count each way and the mean Goldstein score and PLOVER scale."""
    where, params = _period_filter(since, until)
    where.append("len(actors) > 0 AND len(recipients) > 0")
    sql = f"""
        WITH e AS (SELECT rowid AS id, actors, recipients, goldstein, plover
                   FROM {_source(mentions)} WHERE {' AND '.join(where)}),
        s AS (SELECT id, unnest(actors) AS actor, recipients, goldstein, plover FROM e),
        p AS (SELECT id, actor, unnest(recipients) AS recipient, goldstein, plover FROM s),
        u AS (SELECT id, least(actor, recipient) AS a, greatest(actor, recipient) AS b,
                     bool_or(actor < recipient) AS fwd, bool_or(actor > recipient) AS bwd,
                     any_value(goldstein) AS goldstein, any_value(plover) AS plover
              FROM p WHERE actor <> recipient GROUP BY ALL)
        SELECT a AS actor_a, b AS actor_b, count(*) AS events,
               count(*) FILTER (WHERE fwd) AS a_to_b, count(*) FILTER (WHERE bwd) AS b_to_a,
               round(avg(goldstein), 3) AS goldstein_mean,
               round(avg(plover), 3) AS plover_mean
        FROM u GROUP BY a, b ORDER BY events DESC, a, b LIMIT {int(n)}"""
    with store._connect() as con:
        _check(con)
        cur = con.execute(sql, params)
        cols = [c[0] for c in cur.description]
        return Rows((dict(zip(cols, r)) for r in cur.fetchall()), cols)


def stale(store: Store) -> Optional[str]:
    with store._connect() as con:
        return clusters_mod.stale(con)


def table_view(rows: list[dict]) -> list[dict]:
    """Relations rows as the compact columns of the table format: coop and conflict are
    verbal/material counts, gold and plover the mean Goldstein score and PLOVER scale
    (json and csv keep every column: the sums, and a column per PLOVER type)."""
    out = []
    for r in rows:
        types = sorted(((r[t], t) for t in PLOVER_TYPES if r.get(t)), reverse=True)
        out.append({
            "period": r["period"], "direction": r["direction"], "events": r["events"],
            "coop": f"{r['verbal_coop']}/{r['material_coop']}",
            "conflict": f"{r['verbal_conflict']}/{r['material_conflict']}",
            "gold": r["goldstein_mean"], "plover": r["plover_mean"],
            "top type": f"{types[0][1]} {types[0][0]}" if types else ""})
    return out
