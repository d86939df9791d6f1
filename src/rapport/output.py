"""Rows and records for people and programs: table (rich), json, jsonl, csv, text.

``print_rows`` writes query rows in any of the query formats; ``print_summary`` and
``print_article`` do the same for ``Store.summary()`` and one stored article;
``text_summary`` is the readable account of one record used by ``extract --format text``
and ``show``. Non-table formats go to stdout unchanged so they can be piped.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from datetime import date, datetime
from typing import Any, Optional, Sequence, Union

from rich import box
from rich.console import Console
from rich.table import Table

from .schema import Record

TABLE, JSON, JSONL, CSV = "table", "json", "jsonl", "csv"
FORMATS = (TABLE, JSON, JSONL, CSV)


# --------------------------------------------------------------------------- plain


def _default(obj: Any):
    if isinstance(obj, (date, datetime)):
        return obj.isoformat()
    return str(obj)


def dumps(obj: Any, indent: Optional[int] = None) -> str:
    """JSON with dates as ISO strings and non-ASCII text kept readable."""
    return json.dumps(obj, ensure_ascii=False, indent=indent, default=_default)


def _cell(value: Any, sep: str) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return sep.join("?" if v is None else str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def _columns(rows: Sequence[dict], columns: Optional[Sequence[str]] = None) -> list[str]:
    """``columns`` if given, else the rows' own (``Store`` rows know theirs even when empty)."""
    if columns:
        return list(columns)
    if getattr(rows, "columns", None):
        return list(rows.columns)
    seen: dict[str, None] = {}
    for r in rows:
        seen.update(dict.fromkeys(r))
    return list(seen)


def format_rows(rows: Sequence[dict], fmt: str,
                columns: Optional[Sequence[str]] = None) -> str:
    """Rows as json (an array), jsonl (one object a line) or csv (header + rows).

    ``columns`` chooses and orders the csv columns (default: every field); json/jsonl
    always carry every field. In csv, list values are joined with ``"; "``.
    """
    if fmt == JSON:
        return dumps(list(rows), indent=2) + "\n"
    if fmt == JSONL:
        return "".join(dumps(r) + "\n" for r in rows)
    if fmt == CSV:
        cols = _columns(rows, columns)
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([_cell(r.get(c), "; ") for c in cols])
        return buf.getvalue()
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


# --------------------------------------------------------------------------- rich


#: Columns holding ids (long slugs, URLs): cut with an ellipsis rather than wrapped.
ID_COLUMNS = {"article", "article_id", "id", "origin", "url"}
#: Columns of short values (dates, kinds) that are never wrapped.
SHORT_COLUMNS = {"date", "published", "kind", "type", "cameo", "at", "period", "direction"}
#: Longest cell a table shows; the json/jsonl/csv formats always carry the whole value.
MAX_CELL = 200


def rich_table(rows: Sequence[dict], columns: Optional[Sequence[str]] = None,
               title: Optional[str] = None, wide: Sequence[str] = ()) -> Table:
    """A rich Table of ``rows``; ``wide`` columns (long text) are not capped in width."""
    cols = _columns(rows, columns)
    table = Table(title=title, box=box.SIMPLE_HEAVY, show_lines=False, header_style="bold")
    for c in cols:
        numeric = bool(rows) and all(isinstance(r.get(c), (int, float)) and
                                     not isinstance(r.get(c), bool)
                                     for r in rows if r.get(c) is not None)
        if c in wide:
            table.add_column(c, overflow="fold", min_width=12)
        elif numeric:
            table.add_column(c, justify="right", no_wrap=True)
        elif c in SHORT_COLUMNS:
            table.add_column(c, no_wrap=True)
        elif c in ID_COLUMNS:
            table.add_column(c, overflow="ellipsis", no_wrap=True, max_width=16)
        else:
            table.add_column(c, overflow="fold", max_width=20)
    for r in rows:
        table.add_row(*(_short(_cell(r.get(c), ", "), MAX_CELL) for c in cols))
    return table


def events_view(rows: Sequence[dict], explain: bool = False) -> list[dict]:
    """``Store.events()`` rows as the compact columns of the events table; with ``explain``
    also the lexicon entry or rule and the parse path behind each event."""
    out = []
    for r in rows:
        note = [n for n, on in (("negated", r.get("negated")),
                                (r.get("modality"), r.get("modality") not in (None, "asserted")),
                                ("reciprocal", r.get("reciprocal"))) if on]
        event = f"{r.get('type') or '-'} {r.get('cameo')}"
        out.append({"date": r.get("date"),
                    "event": event + (f" ({', '.join(note)})" if note else ""),
                    "actor": r.get("actor"), "recipient": r.get("recipient"),
                    "trigger": r.get("trigger"), "article": r.get("article_id")})
        if explain:
            out[-1]["explain"] = r.get("explain")
    return out


def _console(console: Optional[Console]) -> Console:
    return console if console is not None else Console()


def print_rows(rows: Sequence[dict], fmt: str, *, columns: Optional[Sequence[str]] = None,
               title: Optional[str] = None, wide: Sequence[str] = (),
               empty: str = "nothing found", console: Optional[Console] = None) -> None:
    """Write rows in ``fmt``: a rich table of ``columns`` (default: all), or json/jsonl/csv
    with every field."""
    if fmt == TABLE:
        if not rows:
            Console(stderr=True).print(f"[dim]{empty}[/dim]")
            return
        _console(console).print(rich_table(rows, columns, title, wide))
        return
    sys.stdout.write(format_rows(rows, fmt))
    sys.stdout.flush()


def summary_rows(summary: dict) -> list[dict]:
    """``Store.summary()`` flattened into (section, key, value) rows for csv/tables."""
    rows = []
    for key, value in summary.items():
        if isinstance(value, dict):
            rows += [{"section": key, "key": k, "value": v} for k, v in value.items()]
        elif isinstance(value, list):
            rows += [{"section": key, "key": f"{d['actor']} -> {d['recipient']}",
                      "value": d["events"]} for d in value]
        else:
            rows.append({"section": "counts", "key": key, "value": value})
    return rows


def print_summary(summary: dict, fmt: str, console: Optional[Console] = None) -> None:
    if fmt == JSON:
        sys.stdout.write(dumps(summary, indent=2) + "\n")
    elif fmt == JSONL:
        sys.stdout.write(dumps(summary) + "\n")
    elif fmt == CSV:
        sys.stdout.write(format_rows(summary_rows(summary), CSV, ["section", "key", "value"]))
    elif fmt == TABLE:
        con = _console(console)
        counts = [{"": k.replace("_", " "), "count": v} for k, v in summary.items()
                  if not isinstance(v, (dict, list))]
        con.print(rich_table(counts, title="rapport database"))
        if summary.get("events_by_type"):
            con.print(rich_table([{"type": k, "events": v}
                                  for k, v in summary["events_by_type"].items()],
                                 title="events that happened (asserted, not negated, not alleged), by type"))
        if summary.get("clusters_by_type"):
            con.print(rich_table([{"type": k, "clusters": v}
                                  for k, v in summary["clusters_by_type"].items()],
                                 title="event clusters that happened (each event once), by type"))
        if summary.get("top_dyads"):
            con.print(rich_table(summary["top_dyads"], title="top dyads (events that happened, between two sides)"))
    else:
        raise ValueError(f"unknown format {fmt!r}")
    sys.stdout.flush()


def article_rows(record: dict) -> list[dict]:
    """One stored article (Record dict) flattened to one row per item with a span."""
    rows = []
    for a in record.get("actors", []):
        for m in a["mentions"] or [{"start": None, "end": None, "text": None}]:
            rows.append({"section": "actor", "id": a["id"], "start": m["start"],
                         "end": m["end"], "text": m["text"],
                         "detail": "; ".join(x for x in (a["name"], a["kind"], a["country"],
                                                         a["role"]) if x)})
    for q in record.get("quotes", []):
        rows.append({"section": "quote", "id": q["id"], "start": q["start"], "end": q["end"],
                     "text": q["text"],
                     "detail": "; ".join(x for x in (q["kind"], q["speaker"], q["cue"]) if x)})
    for section, key in (("event", "events"), ("unrealised event", "unrealised")):
        for e in record.get(key, []):
            ev = e["evidence"]
            rows.append({"section": section, "id": e["id"], "start": ev["start"],
                         "end": ev["end"], "text": ev["text"],
                         "detail": "; ".join(str(x) for x in (
                             e["type"], e["cameo"], ",".join(e["actor"]) + " -> " +
                             ",".join(e["recipient"]), e["date"]) if x)})
    for w in record.get("warnings", []):
        rows.append({"section": "warning", "id": w["kind"], "start": w["start"],
                     "end": w["end"], "text": w["message"], "detail": ""})
    for b in record.get("boilerplate", []):
        rows.append({"section": "boilerplate", "id": "", "start": b["start"],
                     "end": b["end"], "text": b["text"], "detail": b["reason"]})
    return rows


def print_article(record: dict, fmt: str) -> None:
    if fmt == TABLE:
        sys.stdout.write(text_summary(record) + "\n")
    elif fmt == JSON:
        sys.stdout.write(dumps(record, indent=2) + "\n")
    elif fmt == JSONL:
        sys.stdout.write(dumps(record) + "\n")
    elif fmt == CSV:
        sys.stdout.write(format_rows(article_rows(record), CSV,
                                     ["section", "id", "start", "end", "text", "detail"]))
    else:
        raise ValueError(f"unknown format {fmt!r}")
    sys.stdout.flush()


# --------------------------------------------------------------------------- text


def _short(text: Optional[str], n: int = 200) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[:n - 1] + "…"


def text_summary(record: Union[Record, dict]) -> str:
    """A readable account of one record: article facts, actors, quotes, events, warnings."""
    r = record.to_dict() if isinstance(record, Record) else record
    a = r["article"]
    names = {x["id"]: x["name"] for x in r.get("actors", [])}
    out = [f"== {a.get('title') or a['id']} =="]
    facts = [f"id: {a['id']}"] + [f"{k}: {a[k]}" for k in ("published", "source", "language")
                                   if a.get(k)]
    out.append("  ".join(facts))
    if a.get("url"):
        out.append(f"url: {a['url']}")
    out.append(f"text: {len(a.get('text') or '')} characters")

    actors = r.get("actors", [])
    out.append(f"\nActors ({len(actors)})")
    for x in actors:
        extra = ", ".join(v for v in (x["kind"], x.get("country"), x.get("role"),
                                      x.get("sector")) if v)
        n = len(x.get("mentions") or [])
        link = f" -> {x['canonical']}" if x.get("canonical") not in (None, x["name"]) else ""
        out.append(f"  {x['id']:<4} {x['name']} ({extra}){link}, "
                   f"{n} mention{'s' if n != 1 else ''}")

    quotes = r.get("quotes", [])
    out.append(f"\nQuotes ({len(quotes)})")
    for q in quotes:
        who = names.get(q.get("speaker")) or (q.get("speaker_mention") or {}).get("text") \
            or "unknown speaker"
        via = f" via {', '.join(q['via'])}" if q.get("via") else ""
        cue = f", {q['cue']}" if q.get("cue") else ""
        out.append(f"  {q['id']:<4} {who} [{q['kind']}{cue}]{via}: \"{_short(q['text'])}\"")

    for title, key in (("Events", "events"), ("Named but not said to have happened", "unrealised")):
        events = r.get(key, [])
        if key == "unrealised" and not events:
            continue
        out.append(f"\n{title} ({len(events)})")
        for e in events:
            src = ", ".join(names.get(i, i) for i in e["actor"]) or "?"
            dst = ", ".join(names.get(i, i) for i in e["recipient"]) or "?"
            flags = [f for f, on in (("negated", e.get("negated")), ("alleged", e.get("alleged")),
                                     (e.get("modality"), e.get("modality") not in (None, "asserted")),
                                     ("reciprocal", e.get("reciprocal"))) if on]
            when = e.get("date") or "undated"
            if e.get("date_from_publication"):
                when += " (publication date)"
            kind = f"{e['type'] or 'statement'} / CAMEO {e['cameo']}"
            if e.get("mode"):
                kind += f" / {e['mode']}"
            out.append(f"  {e['id']:<4} {when}  {kind}: {src} -> {dst}"
                       + (f"  [{', '.join(flags)}]" if flags else ""))
            trig = (e.get("trigger") or {}).get("text")
            ev = (e.get("evidence") or {}).get("text")
            if trig:
                out.append(f"       trigger: {trig!r}" + (f"  at {e['place']}" if e.get("place") else ""))
            if ev:
                out.append(f"       evidence: \"{_short(ev)}\"")

    warnings = r.get("warnings", [])
    if warnings:
        out.append(f"\nWarnings ({len(warnings)})")
        for w in warnings:
            out.append(f"  {w['kind']}: {w['message']}")
    boiler = r.get("boilerplate", [])
    if boiler:
        out.append(f"\nBoilerplate left out ({len(boiler)})")
        for b in boiler:
            out.append(f"  {b['start']}-{b['end']} {b['reason']}: \"{_short(b['text'], 80)}\"")
    return "\n".join(out)

