"""The actor network: actors (keys: country, else canonical name) as nodes, directed
edges actor -> recipient weighted by event count, with the mean Goldstein score and PLOVER
scale of those events. Clusters by default, mentions on request; events that happened
only (see ``rapport.analyse.relations``)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Union

from ..store import Rows, Store
from .relations import _check, _period_filter, _source

FORMATS = ("graphml", "gexf", "html")


def edges(store: Store, *, since: Optional[str] = None, until: Optional[str] = None,
          mentions: bool = False, min_events: int = 1) -> Rows:
    """One row per directed pair: source, target, events, goldstein_mean, plover_mean."""
    where, params = _period_filter(since, until)
    sql = f"""
        WITH e AS (SELECT actors, recipients, goldstein, plover
                   FROM {_source(mentions)} WHERE {' AND '.join(where)}),
        s AS (SELECT unnest(actors) AS source, recipients, goldstein, plover FROM e),
        p AS (SELECT source, unnest(recipients) AS target, goldstein, plover FROM s)
        SELECT source, target, count(*) AS events,
               round(avg(goldstein), 3) AS goldstein_mean,
               round(avg(plover), 3) AS plover_mean
        FROM p WHERE source <> target
        GROUP BY source, target HAVING count(*) >= {int(min_events)}
        ORDER BY events DESC, source, target"""
    with store._connect() as con:
        _check(con)
        cur = con.execute(sql, params)
        cols = [c[0] for c in cur.description]
        return Rows((dict(zip(cols, r)) for r in cur.fetchall()), cols)


def graph(rows: list[dict]):
    """A networkx DiGraph of the edge rows; nodes carry ``events_out``, ``events_in``."""
    import networkx as nx
    g = nx.DiGraph()
    for r in rows:
        for node in (r["source"], r["target"]):
            if node not in g:
                g.add_node(node, label=node, events_out=0, events_in=0)
        g.add_edge(r["source"], r["target"], weight=int(r["events"]),
                   events=int(r["events"]),
                   goldstein_mean=float(r["goldstein_mean"] or 0.0),
                   plover_mean=float(r["plover_mean"] or 0.0))
        g.nodes[r["source"]]["events_out"] += int(r["events"])
        g.nodes[r["target"]]["events_in"] += int(r["events"])
    return g


def write(rows: list[dict], out: Union[str, Path]) -> Path:
    """Write the network as GraphML, GEXF or a self-contained HTML drawing (by suffix)."""
    import networkx as nx
    out = Path(out)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(f"--out must end in .graphml, .gexf or .html, not {out.name!r}")
    out.parent.mkdir(parents=True, exist_ok=True)
    g = graph(rows)
    if fmt == "graphml":
        nx.write_graphml(g, out)
    elif fmt == "gexf":
        nx.write_gexf(g, out)
    else:
        from .plots import network_chart, save
        save(network_chart(g), out)
    return out
