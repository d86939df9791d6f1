"""Article text -> HTML with every span rapport read marked up, safely.

``annotate(record)`` returns the article text as escaped HTML in which boilerplate,
quotes, warnings, actor mentions and event triggers are ``<span>`` elements::

    <span class="hl q sp2" data-kind="quote" data-id="q3" title="...">...</span>

Spans overlap freely in the records (a trigger inside a quote, a warning across a
mention), but HTML elements must nest, so the renderer keeps the outer one open and
splits any span that crosses another's end into pieces with the same ``data-id``: the
text of all the pieces of one item, in order, is always ``article.text[start:end]``.
Items with exactly the same span and kind share one element (``data-id="e1 e2"``).

Every piece of text and every attribute value goes through ``markupsafe.escape``: article
text is untrusted, and a ``<script>`` in it is shown as text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from markupsafe import Markup, escape

#: Nesting order when two spans start together and are as long: lower is outer.
RANK = {"boilerplate": 0, "quote": 1, "warning": 2, "actor": 3, "event": 4}
#: Distinct speaker colours (CSS classes sp0..sp7); more speakers reuse them.
N_COLOURS = 8


@dataclass
class Item:
    kind: str
    start: int
    end: int
    ids: list[str]
    classes: list[str] = field(default_factory=list)
    title: str = ""

    @property
    def rank(self) -> int:
        return RANK[self.kind]


def speaker_colours(record: dict) -> dict[str, int]:
    """Actor id -> colour index, in the order speakers first speak."""
    out: dict[str, int] = {}
    for q in record.get("quotes", []):
        sp = q.get("speaker")
        if sp and sp not in out:
            out[sp] = len(out) % N_COLOURS
    return out


def _items(record: dict, colours: dict[str, int]) -> list[Item]:
    names = {a["id"]: a["name"] for a in record.get("actors", [])}
    out: list[Item] = []
    for i, b in enumerate(record.get("boilerplate", [])):
        out.append(Item("boilerplate", b["start"], b["end"], [f"b{i + 1}"], ["bp"],
                        f"boilerplate ({b['reason']}): left out of the analysis"))
    for q in record.get("quotes", []):
        sp = q.get("speaker")
        who = names.get(sp) if sp else None
        if who is None:
            who = "unresolved speaker"
            if q.get("speaker_mention"):
                who += f" ({q['speaker_mention']['text']})"
        colour = f"sp{colours[sp]}" if sp in colours else "sp-none"
        via = f" via {' → '.join(q['via'])}" if q.get("via") else ""
        out.append(Item("quote", q["start"], q["end"], [q["id"]], ["q", f"q-{q['kind']}", colour],
                        f"{q['id']} · {q['kind']} quote · {who}{via}"))
    for i, w in enumerate(record.get("warnings", [])):
        if w.get("start") is None or w.get("end") is None:
            continue
        out.append(Item("warning", w["start"], w["end"], [f"w{i + 1}"], ["w"],
                        f"warning ({w['kind']}): {w['message']}"))
    for a in record.get("actors", []):
        colour = [f"sp{colours[a['id']]}"] if a["id"] in colours else []
        extra = ", ".join(x for x in (a.get("kind"), a.get("country"), a.get("role")) if x)
        for m in a.get("mentions", []):
            out.append(Item("actor", m["start"], m["end"], [a["id"]], ["m"] + colour,
                            f"{a['id']} · {a['name']} ({extra})"))
    for e in record.get("events", []) + record.get("unrealised", []):
        t = e["trigger"]
        src = ", ".join(names.get(x, x) for x in e["actor"]) or "?"
        dst = ", ".join(names.get(x, x) for x in e["recipient"]) or "?"
        out.append(Item("event", t["start"], t["end"], [e["id"]], ["t"],
                        f"{e['id']} · {e['type'] or 'statement'} (CAMEO {e['cameo']}): "
                        f"{src} → {dst}"))
    return out


def _merge(items: list[Item], n: int) -> list[Item]:
    """Clamp spans to the text, drop empty ones, and merge same-kind identical spans."""
    by_span: dict[tuple, Item] = {}
    for it in items:
        start, end = max(0, int(it.start)), min(n, int(it.end))
        if end <= start:
            continue
        key = (it.kind, start, end)
        if key in by_span:
            old = by_span[key]
            old.ids += [i for i in it.ids if i not in old.ids]
            old.classes += [c for c in it.classes if c not in old.classes]
            old.title += "\n" + it.title
        else:
            by_span[key] = Item(it.kind, start, end, list(it.ids), list(it.classes), it.title)
    return list(by_span.values())


def _open(it: Item) -> str:
    return (f'<span class="hl {" ".join(it.classes)}" data-kind="{it.kind}" '
            f'data-id="{escape(" ".join(it.ids))}" title="{escape(it.title)}">')


def annotate(record: dict, colours: Optional[dict[str, int]] = None) -> Markup:
    """The article text as HTML with every item's span marked (see the module doc)."""
    text = record["article"]["text"] or ""
    colours = speaker_colours(record) if colours is None else colours
    items = _merge(_items(record, colours), len(text))
    starts: dict[int, list[Item]] = {}
    ends: set[int] = {0, len(text)}
    for it in items:
        starts.setdefault(it.start, []).append(it)
        ends.update((it.start, it.end))
    out: list[str] = []
    stack: list[Item] = []
    points = sorted(ends)
    for k, pos in enumerate(points):
        # close what ends here; what is above it on the stack is closed and reopened
        reopen: list[Item] = []
        while any(it.end <= pos for it in stack):
            top = stack.pop()
            out.append("</span>")
            if top.end > pos:
                reopen.append(top)
        opening = reopen + starts.get(pos, [])
        opening.sort(key=lambda it: (-it.end, it.rank))   # longest outermost
        for it in opening:
            out.append(_open(it))
            stack.append(it)
        if k + 1 < len(points):
            out.append(str(escape(text[pos:points[k + 1]])))
    while stack:
        stack.pop()
        out.append("</span>")
    return Markup("".join(out))


def mark_terms(text: Optional[str], term: Optional[str]) -> Markup:
    """``text`` escaped, with case-insensitive occurrences of ``term`` in ``<mark>``."""
    text = text or ""
    if not term:
        return escape(text)
    low, t = text.lower(), term.lower()
    if len(low) != len(text):        # lower() changed the length: do not risk offsets
        return escape(text)
    out, i = [], 0
    while (j := low.find(t, i)) >= 0 and t:
        out.append(str(escape(text[i:j])))
        out.append(f"<mark>{escape(text[j:j + len(t)])}</mark>")
        i = j + len(t)
    out.append(str(escape(text[i:])))
    return Markup("".join(out))


def safe_url(url: Optional[str]) -> Optional[str]:
    """The URL when it is http(s), else None (never a ``javascript:`` link)."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None
