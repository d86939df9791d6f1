"""The read queries behind the web view, on top of ``rapport.store.Store``.

``WebStore`` adds what the pages need and the CLI does not have: the article list with
search and counts, actors grouped across articles, one actor's page, and relations
between two sides over time. Like every ``Store`` method, each query opens its own
short-lived read-only connection (waiting, with backoff, while an ingest holds the file's
lock; see ``Store._connect``) and closes it before the page is rendered, so the server
never keeps the lock an ingest needs.

Actors across articles. Actor ids (``a1``...) are per article; an actor *across* the
database is the group of per-article actors with the same key::

    (name, country) = (coalesce(canonical, name), country)

i.e. the knowledge-base entry they were linked to (else the name as read) and their ISO3
country (or none). Its web address is ``/actors/{country or _}/{name}``, e.g.
``/actors/RUS/Sergei Lavrov``, ``/actors/_/Hamas``.

Relations. A side is a country (``RUS``: every actor whose country is RUS) or an actor
key (``RUS/Sergei Lavrov``, ``_/Hamas``, or a bare name matched on any country). An event
links A to B when an actor of A is on its source side and an actor of B on its target side
(or the reverse, for B -> A).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Optional

import pyarrow as pa

from ..store import Store, _dicts

#: Events that happened (asserted, not negated, not a mere accusation): what
#: ``rapport summary`` and the relations chart count (``store.HAPPENED`` on alias ``e``).
HAPPENED = "e.modality = 'asserted' AND NOT e.negated AND NOT coalesce(e.alleged, false)"
NO_COUNTRY = "_"


# --------------------------------------------------------------------------- keys


def actor_key(name: str, country: Optional[str]) -> str:
    """``RUS/Sergei Lavrov``; ``_/Hamas`` when the country is unknown."""
    return f"{country or NO_COUNTRY}/{name}"


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """ISO3 -> the short name of ``data/countries.tsv`` (``RUS`` -> ``Russia``)."""
    from importlib import resources
    out = {}
    text = resources.files("rapport.data").joinpath("countries.tsv").read_text("utf-8")
    for line in text.splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) < 2 or parts[0] == "iso3":
            continue
        out[parts[0]] = parts[1]
    return out


def country_name(code: Optional[str]) -> Optional[str]:
    """``RUS`` -> ``Russia``; the code itself when it is not a country (``IGO``)."""
    if not code:
        return None
    try:
        return _country_names().get(code, code)
    except (OSError, ValueError):  # pragma: no cover - the file ships with the package
        return code


@dataclass(frozen=True)
class Side:
    """One side of a relation: a country, or an actor (name, maybe with a country)."""
    kind: str                      # "country" | "actor"
    country: Optional[str] = None  # ISO3 (for an actor: None when unknown)
    name: Optional[str] = None     # actor name (coalesce(canonical, name))
    any_country: bool = False      # a bare name: match the name in any country

    @property
    def key(self) -> str:
        if self.kind == "country":
            return self.country or ""
        if self.any_country:
            return self.name or ""
        return actor_key(self.name or "", self.country)

    @property
    def label(self) -> str:
        if self.kind == "country":
            return self.country or ""
        if self.any_country or not self.country:
            return self.name or ""
        return f"{self.name} ({self.country})"

    def sql(self, x: str = "x") -> tuple[str, list]:
        """A condition on an ``actors`` row aliased ``x``, and its parameters."""
        if self.kind == "country":
            return f"{x}.country = ?", [self.country]
        if self.any_country:
            return f"lower(coalesce({x}.canonical, {x}.name)) = lower(?)", [self.name]
        return (f"coalesce({x}.canonical, {x}.name) = ? AND "
                f"{x}.country IS NOT DISTINCT FROM ?", [self.name, self.country])


def parse_side(value: Optional[str]) -> Optional[Side]:
    """``RUS`` / ``country:RUS`` -> a country; ``RUS/Sergei Lavrov`` / ``_/Hamas`` -> an
    actor; any other text -> an actor name in any country. Empty -> None."""
    value = (value or "").strip()
    if not value:
        return None
    if value.lower().startswith("country:"):
        return Side("country", country=value[8:].strip().upper())
    if len(value) == 3 and value.isalpha() and value.isupper():
        return Side("country", country=value)
    head, sep, tail = value.partition("/")
    if sep and tail and (head == NO_COUNTRY or (len(head) == 3 and head.isalpha()
                                                and head.isupper())):
        return Side("actor", country=None if head == NO_COUNTRY else head, name=tail)
    return Side("actor", name=value, any_country=True)


def _iso(value: Optional[str], what: str) -> Optional[str]:
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError(f"{what} must be a date as YYYY-MM-DD, not {value!r}") from None


# --------------------------------------------------------------------------- store


class WebStore(Store):
    """``Store`` plus the queries of the web pages (all read-only)."""

    # ---------------------------------------------------------------- status

    def status(self) -> dict:
        """Counts for the page footer: articles, last ingest time."""
        with self._connect() as con:
            n, last = con.execute(
                "SELECT count(*), CAST(max(ingested_at) AS VARCHAR) FROM articles").fetchone()
        return {"articles": n, "last_ingest": last}

    def sources(self) -> list[dict]:
        with self._connect() as con:
            return _dicts(con.execute(
                "SELECT source, count(*) AS articles FROM articles WHERE source IS NOT NULL "
                "GROUP BY source ORDER BY articles DESC, source"))

    # ---------------------------------------------------------------- articles

    def article_list(self, q: Optional[str] = None, source: Optional[str] = None,
                     since: Optional[str] = None, until: Optional[str] = None,
                     actor: Optional[str] = None, limit: int = 50, offset: int = 0
                     ) -> tuple[list[dict], int]:
        """Articles matching every filter given, newest first, with counts of actors,
        quotes, events and warnings; and the number of matches.

        ``q``: text or title contains (any case); ``source``: exact; ``since`` /
        ``until``: publication dates, inclusive; ``actor``: an actor of the article whose
        name contains it (any case) or whose country is it (``RUS``).
        """
        where, params = [], []
        if q:
            where.append("(contains(lower(a.text), lower(?)) OR "
                         "contains(lower(coalesce(a.title, '')), lower(?)))")
            params += [q, q]
        if source:
            where.append("a.source = ?")
            params.append(source)
        if since:
            where.append("a.published >= CAST(? AS DATE)")
            params.append(_iso(since, "since"))
        if until:
            where.append("a.published <= CAST(? AS DATE)")
            params.append(_iso(until, "until"))
        if actor:
            where.append(
                "EXISTS (SELECT 1 FROM actors x WHERE x.article_id = a.id AND ("
                "contains(lower(x.name), lower(?)) OR "
                "contains(lower(coalesce(x.canonical, '')), lower(?)) OR "
                "upper(coalesce(x.country, '')) = upper(?)))")
            params += [actor, actor, actor]
        snippet = ("CASE WHEN strpos(lower(a.text), lower(?)) > 0 THEN "
                   "substr(a.text, greatest(strpos(lower(a.text), lower(?)) - 90, 1), 260) "
                   "ELSE substr(a.text, 1, 260) END") if q else "substr(a.text, 1, 260)"
        cond = "WHERE " + " AND ".join(where) if where else ""
        sql = f"""
            WITH
              hit AS (SELECT a.id, a.published, a.rowid AS r FROM articles a {cond}),
              page AS (SELECT id, published, r FROM hit
                       ORDER BY published DESC NULLS LAST, r DESC LIMIT ? OFFSET ?),
              nx AS (SELECT article_id, count(*) AS n FROM actors
                     WHERE article_id IN (SELECT id FROM page) GROUP BY article_id),
              nq AS (SELECT article_id, count(*) AS n FROM quotes
                     WHERE article_id IN (SELECT id FROM page) GROUP BY article_id),
              ne AS (SELECT article_id, count(*) AS n FROM events
                     WHERE article_id IN (SELECT id FROM page) GROUP BY article_id),
              nw AS (SELECT article_id, count(*) AS n FROM warnings
                     WHERE article_id IN (SELECT id FROM page) GROUP BY article_id)
            SELECT a.id, a.title, CAST(a.published AS VARCHAR) AS published, a.source,
                   a.url, length(a.text) AS chars, {snippet} AS snippet,
                   coalesce(nx.n, 0) AS actors, coalesce(nq.n, 0) AS quotes,
                   coalesce(ne.n, 0) AS events, coalesce(nw.n, 0) AS warnings
            FROM page JOIN articles a USING (id)
                 LEFT JOIN nx ON nx.article_id = a.id LEFT JOIN nq ON nq.article_id = a.id
                 LEFT JOIN ne ON ne.article_id = a.id LEFT JOIN nw ON nw.article_id = a.id
            ORDER BY page.published DESC NULLS LAST, page.r DESC"""
        args = params + [int(limit), int(offset)] + ([q, q] if q else [])
        with self._connect() as con:
            rows = _dicts(con.execute(sql, args))
            total = con.execute(f"SELECT count(*) FROM articles a {cond}", params).fetchone()[0]
        return rows, total

    # ---------------------------------------------------------------- actors

    def actor_groups(self, name: Optional[str] = None, country: Optional[str] = None,
                     kind: Optional[str] = None, limit: int = 50, offset: int = 0
                     ) -> tuple[list[dict], int]:
        """Actors across articles, one row per (canonical or name, country), with counts
        of articles, mentions, quotes said and events taken part in; most mentioned
        first."""
        where, params = [], []
        if name:
            where.append("(contains(lower(x.name), lower(?)) OR "
                         "contains(lower(coalesce(x.canonical, '')), lower(?)))")
            params += [name, name]
        if country:
            where.append("x.country = ?")
            params.append(country.upper())
        if kind:
            where.append("x.kind = ?")
            params.append(kind)
        sql = f"""
            WITH m AS (SELECT article_id, actor_id, count(*) AS n FROM mentions GROUP BY ALL),
                 q AS (SELECT article_id, speaker AS actor_id, count(*) AS n FROM quotes
                       WHERE speaker IS NOT NULL GROUP BY ALL),
                 s AS (SELECT article_id, event_id, unnest(list_distinct(
                           list_concat(actor, recipient))) AS actor_id FROM events),
                 e AS (SELECT article_id, actor_id, count(*) AS n FROM s GROUP BY ALL),
                 g AS (
                   SELECT coalesce(x.canonical, x.name) AS name, x.country,
                          mode(x.name) AS display, mode(x.kind) AS kind, mode(x.sector) AS sector,
                          count(DISTINCT x.article_id) AS articles,
                          CAST(coalesce(sum(m.n), 0) AS BIGINT) AS mentions,
                          CAST(coalesce(sum(q.n), 0) AS BIGINT) AS quotes,
                          CAST(coalesce(sum(e.n), 0) AS BIGINT) AS events
                   FROM actors x LEFT JOIN m USING (article_id, actor_id)
                        LEFT JOIN q USING (article_id, actor_id)
                        LEFT JOIN e USING (article_id, actor_id)
                   {'WHERE ' + ' AND '.join(where) if where else ''}
                   GROUP BY 1, 2)
            SELECT *, count(*) OVER () AS total FROM g
            ORDER BY mentions DESC, articles DESC, name, country NULLS LAST
            LIMIT ? OFFSET ?"""
        with self._connect() as con:
            rows = _dicts(con.execute(sql, params + [int(limit), int(offset)]))
        total = rows[0]["total"] if rows else 0
        for r in rows:
            r.pop("total", None)
            r["key"] = actor_key(r["name"], r["country"])
        return rows, total

    def actor(self, name: str, country: Optional[str]) -> Optional[dict]:
        """Everything about one actor across articles, or None when no article has it.

        ``articles``: where it appears (with the per-article actor id, name, role...);
        ``names``, ``roles`` (with first and last publication date), ``sectors``,
        ``kinds``, ``aliases`` (mention texts, with counts); ``quotes`` it said;
        ``events_as_actor`` / ``events_as_recipient``; ``warnings`` whose span touches
        one of its mentions.
        """
        with self._connect() as con:
            ids = _dicts(con.execute(
                """SELECT x.article_id, x.actor_id, x.name, x.kind, x.country, x.sector,
                          x.role, x.canonical, x.link_reason,
                          CAST(a.published AS VARCHAR) AS published, a.title,
                          (SELECT count(*) FROM mentions m WHERE m.article_id = x.article_id
                             AND m.actor_id = x.actor_id) AS mentions
                   FROM actors x JOIN articles a ON a.id = x.article_id
                   WHERE coalesce(x.canonical, x.name) = ?
                     AND x.country IS NOT DISTINCT FROM ?
                   ORDER BY a.published NULLS LAST, a.rowid""", [name, country]))
            if not ids:
                return None
            con.register("_ids", pa.table({
                "article_id": pa.array([r["article_id"] for r in ids], pa.string()),
                "actor_id": pa.array([r["actor_id"] for r in ids], pa.string())}))
            try:
                aliases = _dicts(con.execute(
                    "SELECT m.text, count(*) AS n FROM mentions m JOIN _ids USING "
                    "(article_id, actor_id) GROUP BY m.text ORDER BY n DESC, m.text"))
                quotes = _dicts(con.execute(
                    """SELECT q.article_id, q.quote_id, CAST(a.published AS VARCHAR) AS published,
                              a.title, q.kind, q.cue, q.text, q.via, q.start, q."end",
                              q.speaker_mention_text
                       FROM quotes q JOIN _ids i ON i.article_id = q.article_id
                            AND i.actor_id = q.speaker
                            JOIN articles a ON a.id = q.article_id
                       ORDER BY a.published NULLS LAST, a.rowid, q.seq"""))
                events = {}
                for side in ("actor", "recipient"):
                    events[side] = _dicts(con.execute(f"""
                        SELECT {_EVENT_COLUMNS}
                        FROM events e JOIN articles a ON a.id = e.article_id
                        WHERE EXISTS (SELECT 1 FROM _ids i WHERE i.article_id = e.article_id
                                      AND list_contains(e.{side}, i.actor_id))
                        ORDER BY date NULLS LAST, a.rowid, e.seq"""))
                warnings = _dicts(con.execute(
                    """SELECT DISTINCT w.article_id, w.kind, w.message, w.start, w."end",
                              w.seq, CAST(a.published AS VARCHAR) AS published
                       FROM warnings w JOIN mentions m ON m.article_id = w.article_id
                            AND w.start < m."end" AND m.start < w."end"
                            JOIN _ids i ON i.article_id = m.article_id
                            AND i.actor_id = m.actor_id
                            JOIN articles a ON a.id = w.article_id
                       ORDER BY published NULLS LAST, w.article_id, w.seq"""))
            finally:
                con.unregister("_ids")

        def tally(field: str) -> list[dict]:
            out: dict[str, dict] = {}
            for r in ids:
                v = r[field]
                if not v:
                    continue
                d = out.setdefault(v, {"value": v, "articles": 0, "first": r["published"],
                                       "last": r["published"]})
                d["articles"] += 1
                if r["published"]:
                    d["first"] = min(filter(None, (d["first"], r["published"])))
                    d["last"] = max(filter(None, (d["last"], r["published"])))
            return sorted(out.values(), key=lambda d: (-d["articles"], d["value"]))

        for r in warnings:
            r.pop("seq", None)
        names = tally("name")
        return {
            "name": name, "display": names[0]["value"] if names else name,
            "country": country, "country_name": country_name(country),
            "key": actor_key(name, country),
            "kind": tally("kind")[0]["value"] if tally("kind") else None,
            "kinds": tally("kind"), "sectors": tally("sector"), "roles": tally("role"),
            "names": names, "link_reasons": tally("link_reason"),
            "canonical": next((r["canonical"] for r in ids if r["canonical"]), None),
            "aliases": aliases, "articles": ids, "quotes": quotes,
            "events_as_actor": events["actor"], "events_as_recipient": events["recipient"],
            "warnings": warnings,
        }

    def canonical_name(self, name: str, country: Optional[str]) -> Optional[str]:
        """The group name (canonical, else name) of an actor stored under the display
        ``name`` and ``country`` (event rows carry display names), or None."""
        with self._connect() as con:
            row = con.execute(
                "SELECT coalesce(canonical, name) FROM actors WHERE name = ? AND "
                "country IS NOT DISTINCT FROM ? GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
                [name, country]).fetchone()
        return row[0] if row else None

    def side_options(self, limit: int = 300) -> list[dict]:
        """Suggestions for the relations form: countries and actors with events, most
        events first (``value`` is what ``parse_side`` reads)."""
        with self._connect() as con:
            rows = _dicts(con.execute(f"""
                WITH s AS (SELECT article_id, unnest(list_concat(actor, recipient)) AS actor_id
                           FROM events e WHERE {HAPPENED}),
                     j AS (SELECT x.country, coalesce(x.canonical, x.name) AS name, x.kind
                           FROM s JOIN actors x USING (article_id, actor_id))
                SELECT 'country' AS type, country AS value, NULL AS name, country,
                       count(*) AS events FROM j WHERE country IS NOT NULL GROUP BY country
                UNION ALL
                SELECT 'actor', NULL, name, country, count(*) FROM j
                WHERE kind <> 'country' GROUP BY name, country
                ORDER BY events DESC, value, name LIMIT {int(limit)}"""))
        for r in rows:
            if r["type"] == "actor":
                r["value"] = actor_key(r["name"], r["country"])
                r["label"] = r["name"] + (f" ({r['country']})" if r["country"] else "")
            else:
                r["label"] = f"{r['country']} — {country_name(r['country'])}"
        return rows

    # ---------------------------------------------------------------- relations

    def relation_events(self, a: Side, b: Side, happened_only: bool = True) -> list[dict]:
        """Events between ``a`` and ``b`` in date order, each with ``direction``:
        ``a->b``, ``b->a``, or ``both`` (each side on both ends)."""
        ca, pa_ = a.sql("x")
        cb, pb = b.sql("x")
        keep = f"AND {HAPPENED}" if happened_only else ""
        sql = f"""
            WITH s AS (
                SELECT article_id, event_id, 'actor' AS side, unnest(actor) AS actor_id
                FROM events
                UNION ALL
                SELECT article_id, event_id, 'recipient', unnest(recipient) FROM events),
            k AS (
                SELECT s.article_id, s.event_id, s.side, bool_or({ca}) AS is_a,
                       bool_or({cb}) AS is_b
                FROM s JOIN actors x ON x.article_id = s.article_id
                     AND x.actor_id = s.actor_id
                GROUP BY ALL),
            d AS (
                SELECT article_id, event_id,
                       bool_or(side = 'actor' AND is_a) AND bool_or(side = 'recipient' AND is_b) AS ab,
                       bool_or(side = 'actor' AND is_b) AND bool_or(side = 'recipient' AND is_a) AS ba
                FROM k GROUP BY ALL)
            SELECT CASE WHEN d.ab AND d.ba THEN 'both' WHEN d.ab THEN 'a->b' ELSE 'b->a' END
                       AS direction, {_EVENT_COLUMNS}
            FROM d JOIN events e USING (article_id, event_id)
                 JOIN articles a ON a.id = e.article_id
            WHERE (d.ab OR d.ba) {keep}
            ORDER BY date NULLS LAST, a.rowid, e.seq"""
        with self._connect() as con:
            return _dicts(con.execute(sql, pa_ + pb))

    def cluster_relation_events(self, a: tuple[str, bool], b: tuple[str, bool],
                                by: str) -> list[dict]:
        """The event mentions behind ``rapport relations A B`` (``rapport.analyse``): rows
        of ``cluster_events`` that happened, between the side keys ``a`` and ``b``
        (``(key, exact)`` as ``analyse.relations.resolve`` gives them), with the same
        direction rule (a reciprocal event counts both ways), their ``cluster_id`` and
        ``period_start`` (``date_trunc(by, day)``), in period and cluster order."""
        def has(column: str, side: tuple[str, bool]) -> tuple[str, list]:
            key, exact = side
            if exact:
                return f"list_contains(ce.{column}, ?)", [key]
            return (f"list_contains(list_transform(ce.{column}, lambda x: lower(x)), "
                    f"lower(?))", [key])
        a_src, p1 = has("actors", a)
        b_dst, p2 = has("recipients", b)
        b_src, p3 = has("actors", b)
        a_dst, p4 = has("recipients", a)
        ab = f"(({a_src} AND {b_dst}) OR (ce.reciprocal AND {b_src} AND {a_dst}))"
        ba = f"(({b_src} AND {a_dst}) OR (ce.reciprocal AND {a_src} AND {b_dst}))"
        if by not in ("day", "week", "month", "year"):
            raise ValueError(f"interval must be day, week, month or year, not {by!r}")
        sql = f"""
            WITH c AS (
                SELECT ce.article_id, ce.event_id, ce.cluster_id,
                       CAST(CAST(date_trunc('{by}', ce.day) AS DATE) AS VARCHAR) AS period_start,
                       {ab} AS ab, {ba} AS ba
                FROM cluster_events ce WHERE ce.happened)
            SELECT CASE WHEN c.ab AND c.ba THEN 'both' WHEN c.ab THEN 'a->b' ELSE 'b->a' END
                       AS direction, c.period_start, CAST(c.cluster_id AS VARCHAR) AS cluster_id,
                   {_EVENT_COLUMNS}
            FROM c JOIN events e USING (article_id, event_id)
                 JOIN articles a ON a.id = e.article_id
            WHERE c.ab OR c.ba
            ORDER BY c.period_start NULLS LAST, c.cluster_id, a.published, a.rowid, e.seq"""
        with self._connect() as con:
            return _dicts(con.execute(sql, p1 + p2 + p3 + p4 + p3 + p4 + p1 + p2))

    def counterparts(self, a: Side, limit: int = 20) -> list[dict]:
        """Who ``a`` has events with (events that happened): countries, else actors."""
        ca, params = a.sql("x")
        sql = f"""
            WITH s AS (
                SELECT article_id, event_id, 'actor' AS side, unnest(actor) AS actor_id
                FROM events e WHERE {HAPPENED}
                UNION ALL
                SELECT article_id, event_id, 'recipient', unnest(recipient)
                FROM events e WHERE {HAPPENED}),
            k AS (SELECT s.*, ({ca}) AS is_a, x.country,
                         coalesce(x.canonical, x.name) AS name
                  FROM s JOIN actors x ON x.article_id = s.article_id
                       AND x.actor_id = s.actor_id),
            ev AS (SELECT DISTINCT article_id, event_id, side FROM k WHERE is_a),
            other AS (
                SELECT DISTINCT k.article_id, k.event_id,
                       coalesce(k.country, '{NO_COUNTRY}/' || k.name) AS value
                FROM k JOIN ev ON ev.article_id = k.article_id AND ev.event_id = k.event_id
                     AND ev.side <> k.side
                WHERE NOT k.is_a)
            SELECT value, count(*) AS events FROM other GROUP BY value
            ORDER BY events DESC, value LIMIT {int(limit)}"""
        with self._connect() as con:
            return _dicts(con.execute(sql, params))


#: Event columns shared by the actor and relations queries (``e`` events, ``a`` articles).
_EVENT_COLUMNS = """e.article_id, e.event_id,
    coalesce(e.date, CAST(a.published AS VARCHAR)) AS date, e.date_text,
    e.date_precision, e.date_from_publication, e.type, e.mode, e.cameo, e.goldstein,
    e.quad_class, e.actor_names AS actor, e.recipient_names AS recipient,
    e.actor_countries, e.recipient_countries, e.modality, e.negated, e.reciprocal,
    e.alleged, e.reported_by,
    e.place, e.place_country, e.trigger_text AS trigger, e.trigger_start, e.trigger_end,
    e.evidence_text AS evidence, a.title, CAST(a.published AS VARCHAR) AS published"""
