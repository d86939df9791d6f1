"""The FastAPI app of ``rapport serve``: server-rendered pages and a JSON API, read-only.

Pages (Jinja templates in ``templates/``, assets in ``static/``, nothing from a CDN)::

    /articles                         search articles (text, source, dates, actor)
    /articles/{id}                    one article as rapport read it (#q3, #e2 select an item)
    /actors                           actors across articles
    /actors/{country or _}/{name}     one actor across articles (see queries.py)
    /relations?a=RUS&b=UKR            events between two sides over time

JSON API (OpenAPI docs at /api/docs, schema at /api/openapi.json)::

    /api/articles, /api/articles/{id}, /api/actors, /api/actors/{country}/{name},
    /api/quotes, /api/events, /api/relations, /api/summary

Concurrency: every request reads through short-lived read-only DuckDB connections (one
per query, closed before the response is rendered), so a ``rapport ingest`` writing to
the same file gets the lock between queries; while the writer holds it, a query waits
with backoff (``lock_wait`` seconds, default 10) and then the request answers 503 with
``Retry-After``. Only GET routes exist: the server never writes.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Union
from urllib.parse import quote as urlquote
from urllib.parse import urlencode

from fastapi import APIRouter, FastAPI, HTTPException, Query, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..store import StoreBusy, StoreError
from .markup import annotate, mark_terms, safe_url, speaker_colours
from .queries import NO_COUNTRY, WebStore, country_name, parse_side
from .relations import INTERVALS, analysed, chart_spec, direction_labels, series

HERE = Path(__file__).parent
PAGE_SIZE = 50
#: Seconds a request waits for an ingest to release the database before answering 503.
LOCK_WAIT = 10.0
#: No inline script, no eval (the chart uses Vega's CSP-safe expression interpreter):
#: even markup that slipped through escaping could not run.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
QUAD = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
        4: "material conflict"}
KIND_PREFIX = {"actor": "a", "quote": "q", "event": "e", "warning": "w", "boilerplate": "b"}

API_DESCRIPTION = """\
Read-only JSON over a rapport database: the queries of the `rapport` command line
(`quotes`, `events`, `actors`, `show`, `summary`) plus the article search, actor and
relations views of the web pages.

Actor ids (`a1`...) are per article. An actor across articles is identified by its
canonical name (the knowledge-base entry, else the name as read) and its ISO3 country:
`/api/actors/{country}/{name}`, with `_` for no country (`/api/actors/RUS/Sergei Lavrov`,
`/api/actors/_/Hamas`). A relations side is a country (`RUS`) or an actor key
(`RUS/Sergei Lavrov`, or a bare name for any country).
"""


# --------------------------------------------------------------------------- helpers


def article_url(article_id: str, item: Optional[str] = None) -> str:
    return "/articles/" + urlquote(article_id, safe="") + (f"#{item}" if item else "")


def actor_url(name: str, country: Optional[str]) -> str:
    return f"/actors/{urlquote(country or NO_COUNTRY, safe='')}/{urlquote(name, safe='')}"


def relations_url(a: str, b: Optional[str] = None, **extra) -> str:
    params = {"a": a}
    if b:
        params["b"] = b
    params.update({k: v for k, v in extra.items() if v})
    return "/relations?" + urlencode(params)


def page_url(request: Request, **changes) -> str:
    params = dict(request.query_params)
    params.update({k: str(v) for k, v in changes.items()})
    return request.url.path + "?" + urlencode({k: v for k, v in params.items() if v})


def _date_how(e: dict) -> str:
    """How an event's date was found, for people."""
    if e.get("date_from_publication"):
        return "publication date (the text gives no date)"
    if e.get("date_text"):
        prec = f", to the {e['date_precision']}" if e.get("date_precision") else ""
        return f"from “{e['date_text']}” in the text{prec}"
    return "no date" if not e.get("date") else "from the text"


def _cameo_name(code: Optional[str]) -> Optional[str]:
    if not code:
        return None
    try:
        from ..events.coding import lookup
        c = lookup(code)
        return c.name if c else None
    except Exception:  # the code table is the events stage's; never break a page for it
        return None


def article_view(record: dict) -> dict:
    """A stored record with what the article page shows next to each item."""
    actors = {a["id"]: a for a in record["actors"]}
    colours = speaker_colours(record)
    text = record["article"]["text"]

    def who(ids: list[str]) -> list[dict]:
        out = []
        for i in ids:
            a = actors.get(i)
            out.append({"id": i, "name": a["name"] if a else i,
                        "url": actor_url(a.get("canonical") or a["name"], a["country"])
                        if a else None})
        return out

    view_actors = []
    for a in record["actors"]:
        seen: dict[str, int] = {}
        for m in a["mentions"]:
            seen[m["text"]] = seen.get(m["text"], 0) + 1
        view_actors.append({**a, "url": actor_url(a.get("canonical") or a["name"], a["country"]),
                            "colour": colours.get(a["id"]), "forms": seen,
                            "country_name": country_name(a["country"])})
    quotes = []
    for q in record["quotes"]:
        sp = actors.get(q["speaker"]) if q.get("speaker") else None
        quotes.append({**q, "speaker_name": sp["name"] if sp else None,
                       "speaker_url": actor_url(sp.get("canonical") or sp["name"], sp["country"])
                       if sp else None,
                       "colour": colours.get(q["speaker"]) if q.get("speaker") else None})
    events = []
    for e in record["events"] + record.get("unrealised", []):
        events.append({**e, "actors": who(e["actor"]), "recipients": who(e["recipient"]),
                       "reporters": who(e.get("reported_by") or []),
                       "cameo_name": _cameo_name(e["cameo"]),
                       "quad_name": QUAD.get(e["quad_class"]), "date_how": _date_how(e),
                       "place_country_name": country_name(e.get("place_country"))})
    warnings = []
    for i, w in enumerate(record["warnings"]):
        span = text[w["start"]:w["end"]] if w.get("start") is not None and w.get("end") else None
        warnings.append({**w, "id": f"w{i + 1}", "span_text": span})
    boiler = [{**b, "id": f"b{i + 1}"} for i, b in enumerate(record["boilerplate"])]
    speakers = [{"id": sid, "colour": c, "name": actors[sid]["name"] if sid in actors else sid,
                 "quotes": sum(1 for q in record["quotes"] if q.get("speaker") == sid)}
                for sid, c in colours.items()]
    return {"article": record["article"], "url": safe_url(record["article"].get("url")),
            "html": annotate(record, colours), "actors": view_actors, "quotes": quotes,
            "events": events, "warnings": warnings, "boilerplate": boiler,
            "speakers": speakers,
            "unresolved": sum(1 for q in record["quotes"] if not q.get("speaker"))}


def _event_rows(events: list[dict]) -> list[dict]:
    """Event rows of the actor and relations queries, with links and labels added."""
    for e in events:
        e["url"] = article_url(e["article_id"], e["event_id"])
        e["cameo_name"] = _cameo_name(e["cameo"])
        e["quad_name"] = QUAD.get(e["quad_class"])
        e["date_how"] = _date_how(e)
        e["happened"] = _happened(e)
        e["actor_links"] = [{"name": n, "country": c}
                            for n, c in zip(e["actor"] or [], e["actor_countries"] or [])]
        e["recipient_links"] = [{"name": n, "country": c}
                                for n, c in zip(e["recipient"] or [],
                                                e["recipient_countries"] or [])]
    return events


def _side_label(side) -> str:
    if side is None:
        return ""
    if side.kind == "country":
        name = country_name(side.country)
        return f"{name} ({side.country})" if name and name != side.country else side.country
    return side.label


# --------------------------------------------------------------------------- app


def create_app(db: Union[str, Path], *, lock_wait: float = LOCK_WAIT) -> FastAPI:
    """The app serving the database file ``db`` (StoreNotFound when there is none)."""
    store = WebStore(db, lock_wait=lock_wait)
    app = FastAPI(title="rapport", version=__version__, description=API_DESCRIPTION,
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.store = store
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(article_url=article_url, actor_url=actor_url,
                       relations_url=relations_url, country_name=country_name,
                       mark_terms=mark_terms, safe_url=safe_url, version=__version__,
                       db_name=Path(db).name)
    templates = Jinja2Templates(env=env)
    app.state.templates = templates

    @app.middleware("http")
    async def headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    def is_api(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    def render(request: Request, name: str, status_code: int = 200, **context):
        try:
            status = store.status()
        except StoreError:
            status = None
        return templates.TemplateResponse(request, name, {"status": status, **context},
                                          status_code=status_code)

    def problem(request: Request, code: int, message: str, headers=None):
        if is_api(request):
            return JSONResponse({"detail": message}, status_code=code, headers=headers)
        resp = templates.TemplateResponse(
            request, "error.html", {"status": None, "code": code, "message": message},
            status_code=code)
        for k, v in (headers or {}).items():
            resp.headers[k] = v
        return resp

    @app.exception_handler(StoreBusy)
    async def busy(request: Request, exc: StoreBusy):
        return problem(request, 503, "The database is busy: an ingest is writing to it. "
                       "Try again in a moment.", {"Retry-After": "2"})

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        return problem(request, 503, str(exc), {"Retry-After": "5"})

    @app.exception_handler(ValueError)
    async def bad_value(request: Request, exc: ValueError):
        return problem(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        if is_api(request):
            return await request_validation_exception_handler(request, exc)
        fields = ", ".join(str(e.get("loc", ["?"])[-1]) for e in exc.errors())
        return problem(request, 400, f"Bad value for: {fields}.")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return problem(request, exc.status_code, str(exc.detail), exc.headers)

    pages = APIRouter(include_in_schema=False)
    api = APIRouter(prefix="/api")

    # ------------------------------------------------------------------ pages

    @pages.get("/")
    def home():
        return RedirectResponse("/articles")

    @pages.get("/articles", response_class=HTMLResponse)
    def articles_page(request: Request, q: Optional[str] = None, source: Optional[str] = None,
                      since: Optional[str] = None, until: Optional[str] = None,
                      actor: Optional[str] = None, page: int = Query(1, ge=1)):
        rows, total = store.article_list(q=q, source=source, since=since or None,
                                         until=until or None, actor=actor,
                                         limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
        return render(request, "articles.html", nav="articles", rows=rows, total=total,
                      page=page, pages=max(1, -(-total // PAGE_SIZE)),
                      sources=store.sources(),
                      form={"q": q or "", "source": source or "", "since": since or "",
                            "until": until or "", "actor": actor or ""},
                      prev_url=page_url(request, page=page - 1) if page > 1 else None,
                      next_url=page_url(request, page=page + 1)
                      if page * PAGE_SIZE < total else None)

    @pages.get("/articles/{article_id:path}", response_class=HTMLResponse)
    def article_page(request: Request, article_id: str):
        record = store.article(article_id)
        if record is None:
            raise HTTPException(404, f"No article {article_id!r} in this database.")
        return render(request, "article.html", nav="articles", v=article_view(record))

    @pages.get("/actors", response_class=HTMLResponse)
    def actors_page(request: Request, q: Optional[str] = None, country: Optional[str] = None,
                    kind: Optional[str] = None, page: int = Query(1, ge=1)):
        rows, total = store.actor_groups(name=q, country=country or None, kind=kind or None,
                                         limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
        return render(request, "actors.html", nav="actors", rows=rows, total=total,
                      page=page, pages=max(1, -(-total // PAGE_SIZE)),
                      form={"q": q or "", "country": country or "", "kind": kind or ""},
                      prev_url=page_url(request, page=page - 1) if page > 1 else None,
                      next_url=page_url(request, page=page + 1)
                      if page * PAGE_SIZE < total else None)

    @pages.get("/actors/{country}/{name:path}", response_class=HTMLResponse)
    def actor_page(request: Request, country: str, name: str):
        code = None if country == NO_COUNTRY else country
        data = store.actor(name, code)
        if data is None:
            group = store.canonical_name(name, code)     # a display name: its group's page
            if group and group != name:
                return RedirectResponse(actor_url(group, code))
            raise HTTPException(404, f"No actor {name!r} ({country}) in this database.")
        _event_rows(data["events_as_actor"])
        _event_rows(data["events_as_recipient"])
        partners = store.counterparts(parse_side(data["key"]), limit=12)
        return render(request, "actor.html", nav="actors", a=data, partners=partners)

    @pages.get("/relations", response_class=HTMLResponse)
    def relations_page(request: Request, a: Optional[str] = None, b: Optional[str] = None,
                       interval: str = "month", period: Optional[str] = None,
                       all: bool = False):
        sa, sb = parse_side(a), parse_side(b)
        options = store.side_options()
        ctx = {"nav": "relations", "options": options, "form": {"a": a or "", "b": b or ""},
               "interval": interval, "intervals": INTERVALS, "all": all, "period": period,
               "a_label": _side_label(sa), "b_label": _side_label(sb)}
        if sa and sb:
            ctx.update(_relations(store, sa, sb, interval, all))
        elif sa:
            ctx["partners"] = store.counterparts(sa, limit=30)
        else:
            ctx["dyads"] = store.summary(top=25)["top_dyads"]
        return render(request, "relations.html", **ctx)

    # ------------------------------------------------------------------ docs

    @pages.get("/api/docs", response_class=HTMLResponse)
    def api_docs(request: Request):
        return templates.TemplateResponse(request, "api_docs.html", {})

    @pages.get("/favicon.ico")
    def favicon():
        return RedirectResponse("/static/favicon.svg")

    @pages.get("/api", response_class=HTMLResponse)
    def api_root():
        return RedirectResponse("/api/docs")

    # ------------------------------------------------------------------ API

    @api.get("/articles", tags=["articles"], summary="Search articles")
    def api_articles(q: Optional[str] = Query(None, description="Text or title contains this (any case)."),
                     source: Optional[str] = Query(None, description="Publisher, exactly."),
                     since: Optional[str] = Query(None, description="Published on or after (YYYY-MM-DD)."),
                     until: Optional[str] = Query(None, description="Published on or before (YYYY-MM-DD)."),
                     actor: Optional[str] = Query(None, description="An actor's name contains this, or its country is this ISO3 code."),
                     limit: int = Query(PAGE_SIZE, ge=1, le=1000),
                     offset: int = Query(0, ge=0)):
        """Articles, newest first, with counts of actors, quotes, events and warnings."""
        rows, total = store.article_list(q=q, source=source, since=since, until=until,
                                         actor=actor, limit=limit, offset=offset)
        for r in rows:
            r["api_url"] = "/api" + article_url(r["id"])
        return {"total": total, "limit": limit, "offset": offset, "articles": rows}

    @api.get("/articles/{article_id:path}", tags=["articles"], summary="One article's record")
    def api_article(article_id: str):
        """The stored article as a record (`rapport show ID --format json`): article,
        actors, quotes, events, warnings, boilerplate; spans are offsets into
        `article.text`."""
        record = store.article(article_id)
        if record is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return record

    @api.get("/actors", tags=["actors"], summary="Actors across articles")
    def api_actors(name: Optional[str] = Query(None, description="Name contains this (any case)."),
                   country: Optional[str] = Query(None, description="ISO3 country code."),
                   kind: Optional[str] = Query(None, description="person, organization, country or group."),
                   limit: int = Query(PAGE_SIZE, ge=1, le=1000), offset: int = Query(0, ge=0)):
        """One row per actor across articles (canonical name or name, and country), with
        counts of articles, mentions, quotes and events; most mentioned first
        (`rapport actors`, grouped by country too)."""
        rows, total = store.actor_groups(name=name, country=country, kind=kind, limit=limit,
                                         offset=offset)
        for r in rows:
            r["api_url"] = "/api" + actor_url(r["name"], r["country"])
        return {"total": total, "limit": limit, "offset": offset, "actors": rows}

    @api.get("/actors/{country}/{name:path}", tags=["actors"], summary="One actor across articles")
    def api_actor(country: str, name: str):
        """Names, roles (with first and last dates), aliases seen, the articles, quotes it
        said, events as actor and as recipient, warnings about it. `country` is the ISO3
        code, or `_` for none."""
        data = store.actor(name, None if country == NO_COUNTRY else country)
        if data is None:
            raise HTTPException(404, f"no actor {name!r} ({country})")
        return data

    @api.get("/quotes", tags=["quotes"], summary="Quotations")
    def api_quotes(speaker: Optional[str] = Query(None, description="Speaker name contains this (any case)."),
                   limit: Optional[int] = Query(None, ge=1)):
        """Quotations with their speakers in publication order (`rapport quotes`)."""
        return store.quotes(speaker=speaker, limit=limit)

    @api.get("/events", tags=["events"], summary="Events")
    def api_events(actor: Optional[str] = Query(None, description="Actor name or country contains this (any case)."),
                   recipient: Optional[str] = Query(None, description="Recipient name or country contains this (any case)."),
                   type: Optional[str] = Query(None, description="PLOVER type (ACCUSE) or CAMEO code prefix (11)."),
                   since: Optional[str] = Query(None, description="On or after this date (YYYY-MM-DD)."),
                   limit: Optional[int] = Query(None, ge=1)):
        """Political events (PLOVER/CAMEO) in date order (`rapport events`)."""
        return store.events(actor=actor, recipient=recipient, type=type, since=since,
                            limit=limit)

    @api.get("/relations", tags=["relations"], summary="Events between two sides over time")
    def api_relations(a: str = Query(..., description="A country (RUS) or actor (RUS/Sergei Lavrov, _/Hamas, or a name)."),
                      b: str = Query(..., description="The other side, the same way."),
                      interval: str = Query("month", description="month or year."),
                      all: bool = Query(False, description="Also events that did not happen (negated, future, hypothetical, cancelled, alleged, background).")):
        """The time series (events and mean Goldstein per period and direction), the
        Vega-Lite spec of its chart, and the events behind each point (by period).

        `counted` says how: `clusters` when both sides are countries or actors without a
        country, as `rapport relations A B` counts (each event once, however many reports
        tell it; the events listed are its reports, with their `cluster_id`), else
        `mentions` (one per report: an actor with a country, or `all`)."""
        sa, sb = parse_side(a), parse_side(b)
        if not (sa and sb):
            raise HTTPException(400, "give two sides, a and b")
        out = _relations(store, sa, sb, interval, all)
        return {"a": sa.key, "b": sb.key, "interval": interval, "counted": out["mode"],
                "directions": out["labels"],
                "series": out["rows"], "spec": out["spec"],
                "events": {p: es for p, es in out["groups"].items()},
                "unplaced": out["unplaced"]}

    @api.get("/summary", tags=["summary"], summary="Counts for the whole database")
    def api_summary(top: int = Query(10, ge=1, le=100)):
        """Articles, actors, quotes, events by type, top dyads, failures (`rapport summary`)."""
        return store.summary(top=top)

    app.include_router(api)
    app.include_router(pages)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    return app


def _happened(e: dict) -> bool:
    """Asserted, not negated, not only alleged (``store.HAPPENED``)."""
    return e.get("modality") == "asserted" and not e.get("negated") and not e.get("alleged")


def _relations(store: WebStore, sa, sb, interval: str, include_all: bool) -> dict:
    """The series, chart and events between two sides (see ``relations.py``)."""
    if interval not in INTERVALS:
        raise ValueError(f"interval must be one of {', '.join(INTERVALS)}, not {interval!r}")
    found = None if include_all else analysed(store, sa, sb, interval)
    if found is not None:
        events = _event_rows(found["events"])
        clusters = len({e["cluster_id"] for e in events})
        return {"mode": "clusters", "events": events, "clusters": clusters,
                "rows": found["rows"], "groups": found["groups"],
                "unplaced": found["unplaced"], "labels": found["labels"],
                "spec": chart_spec(found["rows"], found["labels"], interval)
                if found["rows"] else None, "not_happened": None}
    every = _event_rows(store.relation_events(sa, sb, happened_only=False))
    events = every if include_all else [e for e in every if e["happened"]]
    short = (sa.key if sa.kind == "country" else sa.name,
             sb.key if sb.kind == "country" else sb.name)
    labels = direction_labels(*short)
    for e in events:
        e["direction_label"] = labels[e["direction"]]
    s = series(events, interval, labels)
    return {"mode": "mentions", "events": events, "clusters": None, "rows": s["rows"],
            "groups": s["groups"], "unplaced": s["unplaced"], "labels": labels,
            "spec": chart_spec(s["rows"], labels, interval) if s["rows"] else None,
            "not_happened": len(every) - len(events)}
