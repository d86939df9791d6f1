"""Relations between two sides over time: the series and its Vega-Lite chart.

Two ways to count. When both sides are what ``rapport relations A B`` takes (a country, or
an actor without a country) and the database has its event clusters, ``analysed`` asks
``rapport.analyse.relations`` for the series, so the page shows the command's numbers
(each event once, however many reports tell it) and lists the reports behind each point.
Otherwise (an actor with a country, such as ``USA/Antony Blinken``, or events that did not
happen asked for too), ``series`` counts the rows of ``WebStore.relation_events``: one per
report.

``series(events, interval)`` buckets the events of ``WebStore.relation_events`` by month
(or year) and direction; ``chart_spec`` draws it as a Vega-Lite spec (plain JSON, so no
Altair is needed at run time): events per period by direction on top, the mean Goldstein
score (-10 conflict ... +10 cooperation) below. Periods between the first and the last
with no events count 0, so the lines do not bridge quiet months. Events dated only to the
year (``date_precision == "year"``) have no month: with the monthly interval they are
listed apart, not drawn.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Optional

INTERVALS = ("month", "year")
#: Colours of the two directions and of reciprocal events.
COLOURS = ("#1f77b4", "#d62728", "#7f7f7f")


def period(date: Optional[str], interval: str) -> Optional[str]:
    """``2022-03-14`` -> ``2022-03`` (month) or ``2022`` (year); None when the date is
    not that precise."""
    if not date:
        return None
    n = 7 if interval == "month" else 4
    return date[:n] if len(date) >= n else None


def _periods(first: str, last: str, interval: str) -> list[str]:
    if interval == "year":
        return [str(y) for y in range(int(first), int(last) + 1)]
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return out


def direction_labels(a_label: str, b_label: str) -> dict[str, str]:
    return {"a->b": f"{a_label} → {b_label}", "b->a": f"{b_label} → {a_label}",
            "both": f"{a_label} ↔ {b_label}"}


def series(events: list[dict], interval: str, labels: dict[str, str]) -> dict:
    """Rows ``{period, direction, events, goldstein}`` for the chart (every period from
    the first to the last, zero-filled), the events grouped by period, and the events
    that could not be placed (dated to the year only, with the monthly interval)."""
    if interval not in INTERVALS:
        raise ValueError(f"interval must be one of {', '.join(INTERVALS)}, not {interval!r}")
    groups: dict[str, list[dict]] = defaultdict(list)
    unplaced: list[dict] = []
    for e in events:
        p = period(e.get("date"), interval)
        if p is None:
            unplaced.append(e)
        else:
            groups[p].append(e)
    rows = []
    if groups:
        present = [d for d in ("a->b", "b->a", "both")
                   if any(e["direction"] == d for es in groups.values() for e in es)]
        for p in _periods(min(groups), max(groups), interval):
            for d in present:
                es = [e for e in groups.get(p, []) if e["direction"] == d]
                scores = [e["goldstein"] for e in es if e.get("goldstein") is not None]
                rows.append({"period": p, "direction": labels[d], "events": len(es),
                             "goldstein": round(sum(scores) / len(scores), 2) if scores
                             else None})
    return {"rows": rows, "groups": dict(sorted(groups.items())), "unplaced": unplaced}


def analysed(store, sa, sb, interval: str) -> Optional[dict]:
    """The series of ``rapport relations A B`` (``rapport.analyse.relations``: each event
    cluster once, events that happened) and the event mentions behind each point, when
    both sides are what that command takes (a country, or an actor without a country)
    and the clusters are computed; None otherwise (the caller then counts per report)."""
    def plain(side) -> bool:
        return side.kind == "country" or side.any_country or side.country is None

    if not (plain(sa) and plain(sb)):
        return None
    try:
        from ..analyse import relations as rel
    except ImportError:
        return None
    raw_a = sa.country if sa.kind == "country" else sa.name
    raw_b = sb.country if sb.kind == "country" else sb.name
    try:
        rows = rel.relations(store, raw_a, raw_b, by=interval, types="none")
        keys = rel.resolve(raw_a), rel.resolve(raw_b)
        names = rel.label(store, raw_a), rel.label(store, raw_b)
    except ValueError:                     # no cluster tables in this database yet
        return None
    labels = direction_labels(*names)
    theirs = {f"{names[0]}->{names[1]}": "a->b", f"{names[1]}->{names[0]}": "b->a"}
    counts: dict[tuple[str, str], dict] = {}
    for r in rows:
        d = theirs.get(r["direction"])
        p = period(r["period"], interval)
        if d and p:
            counts[(p, d)] = r
    mentions = store.cluster_relation_events(keys[0], keys[1], interval)
    groups: dict[str, list[dict]] = defaultdict(list)
    unplaced: list[dict] = []
    for e in mentions:
        e["direction_label"] = labels[e["direction"]]
        p = period(e.get("period_start"), interval)
        (groups[p] if p else unplaced).append(e)
    series_rows = []
    if counts:
        present = [d for d in ("a->b", "b->a") if any(k[1] == d for k in counts)]
        ps = sorted({k[0] for k in counts})
        for p in _periods(ps[0], ps[-1], interval):
            for d in present:
                r = counts.get((p, d))
                series_rows.append({"period": p, "direction": labels[d],
                                    "events": r["events"] if r else 0,
                                    "goldstein": r["goldstein_mean"] if r else None})
    return {"rows": series_rows, "groups": dict(sorted(groups.items())),
            "unplaced": unplaced, "labels": labels, "names": names, "events": mentions}


def chart_spec(rows: list[dict], labels: dict[str, str], interval: str,
               width: int = 720) -> dict:
    """The Vega-Lite (v6) spec of the series ``rows``."""
    present = {r["direction"] for r in rows}
    pairs = [(labels[d], c) for d, c in zip(("a->b", "b->a", "both"), COLOURS)
             if labels[d] in present]
    colour = {"field": "direction", "type": "nominal", "title": None,
              "scale": {"domain": [p[0] for p in pairs], "range": [p[1] for p in pairs]},
              "legend": {"orient": "top", "labelLimit": 400}}
    x = {"field": "period", "type": "ordinal", "sort": "ascending", "title": None,
         "axis": {"labelAngle": -45 if len({r["period"] for r in rows}) > 12 else 0}}
    tooltip = [{"field": "period", "title": interval},
               {"field": "direction"}, {"field": "events"},
               {"field": "goldstein", "title": "mean Goldstein"}]
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "description": "Events between two sides per period, and their mean Goldstein score",
        "data": {"values": rows},
        "config": {"view": {"stroke": None}, "font": "system-ui, sans-serif",
                   "axis": {"labelFontSize": 11, "titleFontSize": 12}},
        "vconcat": [
            {"width": width, "height": 190,
             "title": {"text": f"Events per {interval}", "anchor": "start", "fontSize": 13},
             "encoding": {"x": x, "y": {"field": "events", "type": "quantitative",
                                        "title": "events", "axis": {"tickMinStep": 1}},
                          "color": colour},
             "layer": [
                 {"mark": {"type": "line", "strokeWidth": 2}},
                 # points only where there are events: those are what a click lists
                 {"transform": [{"filter": "datum.events > 0"}],
                  "mark": {"type": "point", "filled": True, "size": 90, "opacity": 1,
                           "cursor": "pointer"},
                  "encoding": {"tooltip": tooltip}}]},
            {"width": width, "height": 150,
             "title": {"text": "Mean Goldstein score (−10 conflict … +10 cooperation)",
                       "anchor": "start", "fontSize": 13},
             "transform": [{"filter": "datum.events > 0"}],
             "layer": [
                 {"mark": {"type": "rule", "color": "#999", "strokeDash": [3, 3]},
                  "encoding": {"y": {"datum": 0}}},
                 {"mark": {"type": "point", "filled": True, "cursor": "pointer"},
                  "encoding": {"x": x,
                               "y": {"field": "goldstein", "type": "quantitative",
                                     "title": "Goldstein",
                                     "scale": {"domain": [-10, 10]}},
                               "size": {"field": "events", "type": "quantitative",
                                        "legend": None, "scale": {"range": [40, 400]}},
                               "color": colour, "tooltip": tooltip}}]},
        ],
        "resolve": {"scale": {"x": "shared", "color": "shared"}},
    }
