"""Charts with Altair, rendered by vl-convert: PNG and SVG are drawn here, HTML pages carry
the Vega, Vega-Lite and Vega-Embed JavaScript inline (no CDN, they open offline)."""
from __future__ import annotations

from pathlib import Path
from typing import Union

QUAD_NAMES = {"verbal_coop": "verbal cooperation", "material_coop": "material cooperation",
              "verbal_conflict": "verbal conflict", "material_conflict": "material conflict"}
QUAD_COLOURS = ["#4c78a8", "#72b7b2", "#f58518", "#e45756"]
PLOT_FORMATS = ("png", "svg", "html")


def relations_chart(rows: list[dict], title: str):
    """Events per period by quad class (both directions together), and the mean Goldstein
    score per period for each direction."""
    import altair as alt
    by = [{"period": r["period"], "quad": QUAD_NAMES[q], "events": r[q]}
          for r in rows if r["direction"] == "both" for q in QUAD_NAMES if r[q]]
    scores = [{"period": r["period"], "direction": r["direction"],
               "goldstein_mean": r["goldstein_mean"], "events": r["events"]}
              for r in rows if r["goldstein_mean"] is not None]
    periods = sorted({r["period"] for r in rows})
    directions = list(dict.fromkeys(r["direction"] for r in rows
                                    if r["direction"] != "both")) + ["both"]
    x = alt.X("period:O", title=None, sort=periods, scale=alt.Scale(domain=periods),
              axis=alt.Axis(labelAngle=-45, labelOverlap=True))
    bars = alt.Chart(alt.Data(values=by)).mark_bar().encode(
        x=x,
        y=alt.Y("events:Q", title="events (both directions)"),
        color=alt.Color("quad:N", title="quad class",
                        scale=alt.Scale(domain=list(QUAD_NAMES.values()),
                                        range=QUAD_COLOURS)),
        tooltip=["period:N", "quad:N", "events:Q"],
    ).properties(width=640, height=200, title=title)
    lines = alt.Chart(alt.Data(values=scores)).mark_line(point=True).encode(
        x=x,
        y=alt.Y("goldstein_mean:Q", title="mean Goldstein", scale=alt.Scale(domain=[-10, 10])),
        color=alt.Color("direction:N", sort=directions,
                        scale=alt.Scale(domain=directions,
                                        range=["#1f77b4", "#d62728", "#999999"][:len(directions) - 1]
                                        + ["#999999"])),
        strokeDash=alt.StrokeDash("direction:N", sort=directions, legend=None,
                                  scale=alt.Scale(domain=directions,
                                                  range=[[1, 0]] * (len(directions) - 1)
                                                  + [[4, 3]])),
        tooltip=["period:N", "direction:N", "goldstein_mean:Q", "events:Q"],
    ).properties(width=640, height=200)
    zero = alt.Chart(alt.Data(values=[{"y": 0}])).mark_rule(color="#999").encode(y="y:Q")
    return alt.vconcat(bars, lines + zero).resolve_scale(color="independent")


def network_chart(g, max_nodes: int = 150):
    """The network drawn with a spring layout: node size by events, edge colour by mean
    Goldstein (red conflict, blue cooperation). The busiest ``max_nodes`` nodes only."""
    import altair as alt
    import networkx as nx
    if g.number_of_nodes() > max_nodes:
        keep = sorted(g.nodes, key=lambda n: -(g.nodes[n]["events_out"]
                                              + g.nodes[n]["events_in"]))[:max_nodes]
        g = g.subgraph(keep).copy()
    pos = nx.spring_layout(g, seed=1, weight=None) if g.number_of_nodes() else {}
    nodes = [{"id": n, "x": float(pos[n][0]), "y": float(pos[n][1]),
              "events": d["events_out"] + d["events_in"]} for n, d in g.nodes(data=True)]
    edges = [{"source": s, "target": t, "x": float(pos[s][0]), "y": float(pos[s][1]),
              "x2": float(pos[t][0]), "y2": float(pos[t][1]), "events": d["events"],
              "goldstein_mean": d["goldstein_mean"]} for s, t, d in g.edges(data=True)]
    axis = dict(axis=None)
    e = alt.Chart(alt.Data(values=edges)).mark_rule(opacity=0.6).encode(
        x=alt.X("x:Q", **axis), y=alt.Y("y:Q", **axis), x2="x2:Q", y2="y2:Q",
        strokeWidth=alt.StrokeWidth("events:Q", scale=alt.Scale(range=[0.5, 6]),
                                    title="events"),
        color=alt.Color("goldstein_mean:Q", title="mean Goldstein",
                        scale=alt.Scale(scheme="redblue", domain=[-10, 10])),
        tooltip=["source:N", "target:N", "events:Q", "goldstein_mean:Q"])
    n = alt.Chart(alt.Data(values=nodes)).mark_circle(color="#333").encode(
        x=alt.X("x:Q", **axis), y=alt.Y("y:Q", **axis),
        size=alt.Size("events:Q", title="events", scale=alt.Scale(range=[30, 800])),
        tooltip=["id:N", "events:Q"])
    labels = alt.Chart(alt.Data(values=nodes)).mark_text(dy=-10, fontSize=10).encode(
        x=alt.X("x:Q", **axis), y=alt.Y("y:Q", **axis), text="id:N")
    return (e + n + labels).properties(width=700, height=600, title="rapport: actor network")


def save(chart, out: Union[str, Path]) -> Path:
    """Write ``chart`` as PNG, SVG or self-contained HTML, by the file's suffix."""
    import vl_convert as vlc
    out = Path(out)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in PLOT_FORMATS:
        raise ValueError(f"the plot file must end in .png, .svg or .html, not {out.name!r}")
    out.parent.mkdir(parents=True, exist_ok=True)
    spec = chart.to_dict()
    if fmt == "png":
        out.write_bytes(vlc.vegalite_to_png(spec, scale=2))
    elif fmt == "svg":
        out.write_text(vlc.vegalite_to_svg(spec), encoding="utf-8")
    else:
        out.write_text(vlc.vegalite_to_html(spec, bundle=True), encoding="utf-8")
    return out
