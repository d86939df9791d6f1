"""The web view (`rapport serve`): every page and API route in process (FastAPI's
TestClient), an ingest writing to the database while the server reads it, and a real
browser (Playwright driving Debian's chromium) clicking article -> actor -> relations.

The database is built once from the seed, a few press releases of the bundled sample and
one hostile article (script tags and an onerror attribute in its text, title and a quote).
RAPPORT_SCREENSHOTS=1 saves a screenshot of each page under bench/screenshots/.
"""
from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import warnings
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from urllib.parse import quote

import duckdb
import httpx
import pytest

from rapport import api
from rapport.ingest import make_document
from rapport.web import create_app

with warnings.catch_warnings():      # starlette would rather have httpx2; httpx works
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "bench" / "screenshots"
CHROMIUM = "/usr/bin/chromium"

#: Short press releases of the sample with Russia/Ukraine events, over several months.
PRESS = [
    "deputy-secretary-shermans-call-with-saudi-deputy-foreign-minister-waleed-el-khereiji",
    "the-secretarys-call-with-greek-foreign-minister-dendias",
    "secretary-blinkens-call-with-saudi-foreign-minister-prince-faisal-bin-farhan-al-saud-4",
    "deputy-secretary-shermans-call-with-omani-deputy-foreign-minister-al-harthy",
    "statement-by-nsc-spokesperson-adrienne-watson-on-national-security-advisor-jake-"
    "sullivans-call-with-romanian-presidential-security-advisor-ion-oprisor",
    "secretary-blinkens-phone-call-with-holy-see-secretary-of-state-parolin",
]
#: More of them, for the ingest that runs while the server reads.
PRESS_MORE = [
    "secretary-blinkens-call-with-ukrainian-foreign-minister-kuleba-15",
    "readout-of-president-bidens-video-call-with-transatlantic-leaders",
    "deputy-secretary-shermans-meeting-with-rwandan-foreign-minister-biruta",
    "secretary-blinkens-meeting-with-jamaican-prime-minister-holness",
]
XSS_SCRIPT = "<script>window.__xss=1</script>"
XSS_IMG = '<img src=x onerror="window.__xss=2">'
XSS_TITLE = "Odesa <script>window.__xss=3</script> report"
XSS_TEXT = (
    "Ukrainian Foreign Minister Dmytro Kuleba said on Monday that Russia had shelled the "
    f"port of Odesa. {XSS_SCRIPT}\n\n"
    f"“Russia will answer for this {XSS_IMG} attack,” Kuleba told reporters in Kyiv on "
    "Monday. Russia denied the accusation.\n")


# --------------------------------------------------------------------------- data


def _press(ids: list[str], path: Path) -> Path:
    sample = resources.files("rapport.sample").joinpath("press-sample.jsonl.gz")
    wanted = set(ids)
    with gzip.open(str(sample), "rt", encoding="utf-8") as fh, path.open("w") as out:
        for line in fh:
            if json.loads(line)["id"] in wanted:
                out.write(line)
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("web")
    path = d / "web.duckdb"
    seed = resources.files("rapport.sample").joinpath("seed.txt")
    xss = make_document(id="xss", text=XSS_TEXT, title=XSS_TITLE, published="2022-03-14",
                        source="hostile.example", url="javascript:alert(1)")
    report = api.ingest([str(seed), _press(PRESS, d / "press.jsonl"), xss], db=path)
    assert report.added == 2 + len(PRESS), report
    return path


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    with TestClient(create_app(db)) as c:
        yield c


@pytest.fixture(scope="module")
def seed(client) -> dict:
    return client.get("/api/articles/seed").json()


def actor_path(actor: dict) -> str:
    name = actor.get("canonical") or actor["name"]
    return f"/actors/{actor['country'] or '_'}/{quote(name, safe='')}"


def speaker(record: dict) -> dict:
    """The actor who says the most quotes in the record."""
    counts: dict[str, int] = {}
    for q in record["quotes"]:
        if q["speaker"]:
            counts[q["speaker"]] = counts.get(q["speaker"], 0) + 1
    best = max(counts, key=counts.get)
    return next(a for a in record["actors"] if a["id"] == best)


class Spans(HTMLParser):
    """The text of every marked element of the article text, by (kind, id)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth, self.stack, self.text, self.plain = 0, [], {}, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div" and a.get("id") == "text":
            self.depth = 1
        elif self.depth and tag == "div":
            self.depth += 1
        elif self.depth and tag == "span":
            self.stack.append((a.get("data-kind"), (a.get("data-id") or "").split()))

    def handle_endtag(self, tag):
        if not self.depth:
            return
        if tag == "span":
            self.stack.pop()
        elif tag == "div":
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            return
        self.plain.append(data)
        for kind, ids in self.stack:
            for i in ids:
                self.text.setdefault((kind, i), []).append(data)


def expected_spans(record: dict) -> dict[tuple[str, str], str]:
    """(kind, id) -> the text its marked elements must hold, from the record's spans."""
    text = record["article"]["text"]
    out = {}
    for q in record["quotes"]:
        out[("quote", q["id"])] = text[q["start"]:q["end"]]
    for e in record["events"]:
        out[("event", e["id"])] = text[e["trigger"]["start"]:e["trigger"]["end"]]
    for a in record["actors"]:
        if a["mentions"]:
            out[("actor", a["id"])] = "".join(text[m["start"]:m["end"]] for m in a["mentions"])
    return out


# --------------------------------------------------------------------------- pages


def test_articles_page_lists_and_searches(client, seed):
    r = client.get("/articles")
    assert r.status_code == 200
    assert "text/html" in r.headers["content-type"]
    assert r.text.count('href="/articles/') >= 2 + len(PRESS)
    assert "Secretary Blinken" in r.text
    # text search, source, dates, actor
    r = client.get("/articles", params={"q": "Chen Gang"})
    assert 'href="/articles/seed"' in r.text and "1 article" in r.text
    assert "<mark>Chen Gang</mark>" in r.text
    r = client.get("/articles", params={"source": "seed"})
    assert 'href="/articles/seed"' in r.text and "1 article" in r.text
    r = client.get("/articles", params={"since": "2023-01-01", "until": "2023-12-31"})
    assert 'href="/articles/seed"' in r.text and "1 article" in r.text
    r = client.get("/articles", params={"actor": "Xi Jinping"})
    assert 'href="/articles/seed"' in r.text
    r = client.get("/articles", params={"actor": "UKR"})
    assert 'href="/articles/xss"' in r.text and 'href="/articles/seed"' not in r.text
    r = client.get("/articles", params={"q": "no such words anywhere"})
    assert "No article matches" in r.text
    assert client.get("/articles", params={"since": "last week"}).status_code == 400


def test_article_page_marks_every_span(client, seed):
    r = client.get("/articles/seed")
    assert r.status_code == 200
    parser = Spans()
    parser.feed(r.text)
    assert "".join(parser.plain) == seed["article"]["text"]
    want = expected_spans(seed)
    assert want
    for key, text in want.items():
        assert "".join(parser.text.get(key, [])) == text, key
    # speakers colour-coded, records beside the text, warnings shown as such
    sp = speaker(seed)
    assert re.search(r'class="hl q q-\w+ sp0" data-kind="quote"', r.text)
    assert f'id="card-actor-{sp["id"]}"' in r.text
    for q in seed["quotes"]:
        assert f'id="card-quote-{q["id"]}"' in r.text
    for e in seed["events"]:
        assert f'id="card-event-{e["id"]}"' in r.text
        assert f'CAMEO</dt><dd>{e["cameo"]}' in r.text
    assert any(e["date_from_publication"] for e in seed["events"])
    assert "publication date (the text gives no date)" in r.text
    assert "from “On Sunday” in the text" in r.text
    assert seed["warnings"]
    assert 'class="warnings"' in r.text and 'class="hl w"' in r.text
    for w in seed["warnings"]:
        assert w["kind"] in r.text
    assert client.get("/articles/no-such-article").status_code == 404


def test_article_page_shows_boilerplate(tmp_path):
    text = ("Germany pledged new aid to Ukraine on Wednesday, the ministry in Berlin said.\n\n"
            "Share this article on Facebook\n")
    path = tmp_path / "bp.duckdb"
    api.ingest([make_document(id="bp", text=text, published="2024-03-06")], db=path)
    with TestClient(create_app(path)) as c:
        record = c.get("/api/articles/bp").json()
        assert record["boilerplate"], "the share line should be boilerplate"
        page = c.get("/articles/bp").text
    assert 'class="hl bp"' in page and "left out of the analysis" in page


def test_untrusted_text_is_escaped(client):
    page = client.get("/articles/xss").text
    for raw in (XSS_SCRIPT, XSS_IMG, "<script>window.__xss=3"):
        assert raw not in page
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=" in page
    assert "Odesa &lt;script&gt;window.__xss=3&lt;/script&gt; report" in page
    assert "javascript:" not in page                     # the url is not made a link
    listing = client.get("/articles", params={"q": "__xss"}).text
    assert 'href="/articles/xss"' in listing
    assert "<script>window" not in listing and "<img src=x" not in listing
    record = client.get("/api/articles/xss").json()
    assert XSS_SCRIPT in record["article"]["text"]       # the API gives the text as stored
    assert any(XSS_IMG in q["text"] for q in record["quotes"])   # ... and in a quote
    missing = client.get("/articles/" + quote(XSS_SCRIPT, safe="")).text
    assert XSS_SCRIPT not in missing                     # error pages escape too
    kuleba = [a for a in record["actors"] if "Kuleba" in a["name"]]
    if kuleba:
        page = client.get(actor_path(kuleba[0])).text
        assert "<img src=x" not in page and "<script>window" not in page


def test_actor_page(client, seed):
    sp = speaker(seed)
    r = client.get(actor_path(sp))
    assert r.status_code == 200
    assert f"<h1>{sp['name']}</h1>" in r.text
    said = [q for q in seed["quotes"] if q["speaker"] == sp["id"]]
    assert f'Quotes <span class="count">{len(said)}</span>' in r.text or len(said) == 0
    for m in sp["mentions"][:3]:
        assert f"“{m['text']}”" in r.text                # aliases seen
    if sp.get("role"):
        assert sp["role"] in r.text
    assert "Events as actor" in r.text and "Events as recipient" in r.text
    data = client.get("/api" + actor_path(sp)).json()
    assert data["country"] == sp["country"]
    assert {"roles", "aliases", "quotes", "events_as_actor", "events_as_recipient",
            "warnings", "articles"} <= set(data)
    assert any(x["article_id"] == "seed" for x in data["articles"])
    # the misspelt Blinken: the warning shows on his page
    blinken = next(a for a in seed["actors"] if a["name"] == "Antony Blinken")
    page = client.get(actor_path(blinken)).text
    assert "misspelling" in page
    assert client.get("/actors/USA/Nobody%20At%20All").status_code == 404


def test_actors_page(client):
    r = client.get("/actors")
    assert r.status_code == 200 and "Xi Jinping" in r.text
    r = client.get("/actors", params={"q": "xi", "kind": "person"})
    assert "Xi Jinping" in r.text and "United States" not in r.text
    rows = client.get("/api/actors", params={"country": "CHN"}).json()["actors"]
    assert rows and all(r["country"] == "CHN" for r in rows)
    assert all(r["api_url"].startswith("/api/actors/CHN/") for r in rows)


def _dyad(client) -> tuple[str, str]:
    events = client.get("/api/events", params={"actor": "RUS", "recipient": "UKR"}).json()
    assert events, "the press releases should give Russia -> Ukraine events"
    return "RUS", "UKR"


def test_relations_page(client):
    a, b = _dyad(client)
    r = client.get("/relations", params={"a": a, "b": b})
    assert r.status_code == 200
    m = re.search(r'<script type="application/json" id="chart-spec">(.*?)</script>', r.text, re.S)
    spec = json.loads(m.group(1))
    rows = spec["data"]["values"]
    assert rows and sum(x["events"] for x in rows) >= 2
    assert len({x["period"] for x in rows}) >= 2                   # a series over months
    assert 'class="period" data-period="' in r.text
    assert '<script src="/static/vendor/vega-embed.min.js">' in r.text
    one = rows[0]["period"]
    r = client.get("/relations", params={"a": a, "b": b, "period": one})
    assert f'data-period="{one}" id="p-{one}">' in r.text or "no events" in r.text
    assert client.get("/relations", params={"a": a, "b": b, "interval": "year"}).status_code == 200
    assert client.get("/relations", params={"a": a, "b": b, "interval": "week"}).status_code == 400
    r = client.get("/relations", params={"a": a})                   # one side: its partners
    assert "has events with" in r.text and 'b=UKR' in r.text
    r = client.get("/relations")                                    # none: top pairs
    assert "Most frequent pairs" in r.text
    # an actor side, as the actor page links it
    r = client.get("/relations", params={"a": "CHN/Xi Jinping", "b": "USA"})
    assert r.status_code == 200


# --------------------------------------------------------------------------- API


def test_api_routes(client, seed):
    r = client.get("/api/articles", params={"limit": 3})
    body = r.json()
    assert body["total"] == 2 + len(PRESS) and len(body["articles"]) == 3
    assert {"id", "title", "published", "quotes", "events", "actors"} <= set(body["articles"][0])
    assert client.get("/api/articles/seed").json()["article"]["id"] == "seed"
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/api/actors", params={"name": "xi"}).json()["actors"][0]["name"] \
        == "Xi Jinping"
    quotes = client.get("/api/quotes", params={"speaker": "Xi"}).json()
    assert quotes and all(q["article_id"] == "seed" for q in quotes)
    events = client.get("/api/events", params={"type": "CONSULT", "limit": 2}).json()
    assert len(events) == 2 and all(e["type"] == "CONSULT" for e in events)
    assert client.get("/api/events", params={"since": "yesterday"}).status_code == 400
    rel = client.get("/api/relations", params={"a": "RUS", "b": "UKR"}).json()
    assert rel["series"] and rel["spec"]["vconcat"] and rel["events"]
    assert rel["counted"] == "mentions" or _same_as_relations_command(client, rel)
    per_report = client.get("/api/relations", params={"a": "RUS", "b": "UKR", "all": True})
    rel = per_report.json()
    assert rel["counted"] == "mentions"
    listed = sum(len(v) for v in rel["events"].values()) + len(rel["unplaced"])
    assert listed == sum(x["events"] for x in rel["series"]) + len(rel["unplaced"])
    person = client.get("/api/relations", params={"a": "CHN/Xi Jinping", "b": "USA"}).json()
    assert person["counted"] == "mentions" and person["series"]
    assert client.get("/api/relations", params={"a": "RUS"}).status_code == 422
    summary = client.get("/api/summary").json()
    assert summary["articles"] == 2 + len(PRESS)
    spec = client.get("/api/openapi.json").json()
    assert {"/api/articles", "/api/articles/{article_id}", "/api/actors",
            "/api/actors/{country}/{name}", "/api/quotes", "/api/events", "/api/relations",
            "/api/summary"} <= set(spec["paths"])
    assert not any(p.startswith(("/articles", "/actors", "/relations")) for p in spec["paths"])
    docs = client.get("/api/docs").text
    assert '<script src="/static/vendor/swagger-ui-bundle.js">' in docs


def _same_as_relations_command(client, rel: dict) -> bool:
    """The web's series is the one `rapport relations A B` prints, and the reports listed
    behind each point are those of the events it counts."""
    from typer.testing import CliRunner

    from rapport.cli import app
    db = client.app.state.store.path
    out = CliRunner().invoke(app, ["relations", rel["a"], rel["b"], "--db", str(db),
                                   "--format", "json"])
    assert out.exit_code == 0, out.output
    cli = {(r["period"][:7], r["direction"].replace("->", " → ")): r["events"]
           for r in json.loads(out.stdout) if r["direction"] != "both"}
    web = {(r["period"], r["direction"]): r["events"] for r in rel["series"] if r["events"]}
    assert web == cli
    for (period, direction), n in web.items():
        clusters = {e["cluster_id"] for e in rel["events"][period]
                    if e["direction_label"] in (direction, rel["directions"]["both"])}
        assert len(clusters) == n, (period, direction)
    return True


def test_read_only_and_local_assets(client):
    assert client.post("/api/articles").status_code == 405
    assert client.delete("/api/articles/seed").status_code == 405
    for path in ("/articles", "/articles/seed", "/actors", "/relations?a=RUS&b=UKR",
                 "/api/docs"):
        r = client.get(path)
        assert "script-src 'self'" in r.headers["content-security-policy"]
        for ref in re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', r.text):
            assert ref.startswith("/"), f"{path} loads {ref} from elsewhere"
            assert client.get(ref).status_code == 200, ref


def test_serve_command_without_database(tmp_path):
    from typer.testing import CliRunner

    from rapport.cli import app
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "no database" in result.stderr


# --------------------------------------------------------------------------- concurrency


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """uvicorn serving an app in a thread, on a free port of 127.0.0.1."""

    def __init__(self, app):
        import uvicorn
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port,
                                                    log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.02)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(10)


HOLD_LOCK = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])          # a writer: the file is locked
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
con.close()
"""

WRITER = """
import json, sys
from rapport import api
report = api.ingest([sys.argv[1]], db=sys.argv[2], batch_size=1)
print(json.dumps({"added": report.added, "failed": len(report.failed)}))
"""


def _hold_lock(db: Path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db), str(seconds)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_requests_wait_for_a_writer_then_give_up(db, tmp_path):
    copy = tmp_path / "copy.duckdb"
    shutil.copy(db, copy)
    with TestClient(create_app(copy, lock_wait=10)) as patient, \
            TestClient(create_app(copy, lock_wait=0.3)) as hasty:
        writer = _hold_lock(copy, 1.0)
        t0 = time.monotonic()
        r = patient.get("/api/articles")                 # waits for the writer, then reads
        waited = time.monotonic() - t0
        writer.wait(10)
        assert r.status_code == 200 and r.json()["total"] == 2 + len(PRESS)
        assert waited > 0.3
        writer = _hold_lock(copy, 2.0)
        api_busy = hasty.get("/api/articles")
        page_busy = hasty.get("/articles")
        writer.wait(10)
    assert api_busy.status_code == 503 and api_busy.headers["retry-after"]
    assert "busy" in api_busy.json()["detail"]
    assert page_busy.status_code == 503 and "an ingest is writing" in page_busy.text


def test_serves_while_an_ingest_writes(db, tmp_path, monkeypatch):
    """A `rapport ingest` process adds documents (one transaction each) while the server
    answers requests: no request fails, the ingest does not fail, new articles appear.
    The two really collide: the server meets the writer's lock (and the writer the
    server's) and both wait their turn."""
    conflicts = []
    connect = duckdb.connect

    def counting_connect(*args, **kwargs):
        try:
            return connect(*args, **kwargs)
        except duckdb.IOException as exc:
            conflicts.append(str(exc))
            raise

    monkeypatch.setattr(duckdb, "connect", counting_connect)
    copy = tmp_path / "live.duckdb"
    shutil.copy(db, copy)
    more = _press(PRESS_MORE, tmp_path / "more.jsonl")
    before = 2 + len(PRESS)
    with Server(create_app(copy)) as server, httpx.Client(base_url=server.url,
                                                          timeout=30) as http:
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(more), str(copy)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        codes, totals = [], []
        deadline = time.monotonic() + 120
        while writer.poll() is None and time.monotonic() < deadline:
            for path in ("/api/articles?limit=5", "/articles", "/api/summary"):
                r = http.get(path)
                codes.append(r.status_code)
                if path.startswith("/api/articles"):
                    totals.append(r.json()["total"])
        out, err = writer.communicate(timeout=30)
        after = http.get("/api/articles").json()["total"]
        page = http.get("/articles/" + PRESS_MORE[0])
    assert writer.returncode == 0, err
    assert json.loads(out.strip().splitlines()[-1]) == {"added": len(PRESS_MORE), "failed": 0}
    assert codes and set(codes) == {200}, codes
    assert len(codes) >= 6                        # the server kept answering meanwhile
    assert totals == sorted(totals) and totals[0] >= before
    assert after == before + len(PRESS_MORE)
    assert page.status_code == 200
    assert conflicts and all("lock" in c for c in conflicts)


# --------------------------------------------------------------------------- browser


def _chromium_problem() -> str | None:
    """None when Debian's chromium is there (installing it when we can), else why not."""
    if os.path.exists(CHROMIUM):
        return None
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("apt-get"):
        return (f"{CHROMIUM} is missing and cannot be installed here (needs root and "
                "apt-get): run `apt-get install -y chromium`")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    log = ""
    for cmd in (["apt-get", "install", "-y", "-q", "chromium"],
                ["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q", "chromium"]):
        try:
            done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
            log = (done.stderr or done.stdout)[-400:]
        except (OSError, subprocess.TimeoutExpired) as exc:
            log = str(exc)
        if os.path.exists(CHROMIUM):
            return None
    return f"`apt-get install -y chromium` did not install {CHROMIUM}: {log}"


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install -e '.[test]')")
    problem = _chromium_problem()
    if problem:
        pytest.skip(problem)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def site(db):
    with Server(create_app(db)) as server:
        yield server.url


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.errors = errors
    yield pg
    context.close()


def shot(page, name: str) -> None:
    if os.environ.get("RAPPORT_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


PIECES_JS = """() => Array.from(document.querySelectorAll('#text [data-kind]')).map(
    el => [el.dataset.kind, el.dataset.id, el.textContent])"""


def test_browser_article_actor_relations(page, site, client, seed):
    page.goto(site + "/articles")
    page.fill("input[name=q]", "Xi Jinping")
    page.click("form.search button")
    page.wait_for_url("**/articles?*")
    shot(page, "articles")
    page.click('a.title[href="/articles/seed"]')
    page.wait_for_url("**/articles/seed")

    # every highlighted span holds exactly the record's text[start:end]
    got: dict[tuple[str, str], str] = {}
    for kind, ids, text in page.evaluate(PIECES_JS):
        for i in ids.split():
            got[(kind, i)] = got.get((kind, i), "") + text
    want = expected_spans(seed)
    for key, text in want.items():
        assert got.get(key) == text, key
    assert page.inner_text("#text").strip() == seed["article"]["text"].strip()

    # click a quote: its record (speaker, via chain) shows beside the text
    q = next(q for q in seed["quotes"] if q["via"])
    page.click(f'#text [data-kind="quote"][data-id~="{q["id"]}"] >> nth=0')
    selected = page.locator("#selected .card.quote")
    assert selected.count() == 1
    sp = next(a for a in seed["actors"] if a["id"] == q["speaker"])
    assert sp["name"] in selected.inner_text()
    assert q["via"][0] in selected.inner_text()
    # click an event trigger: type, CAMEO, date and how it was found
    e = next(e for e in seed["events"] if e["date_text"])
    page.click(f'#text [data-kind="event"][data-id~="{e["id"]}"] >> nth=0')
    card = page.locator("#selected .card.event").inner_text()
    assert e["cameo"] in card and e["date_text"] in card and e["date"] in card
    shot(page, "article")

    # the speaker's mention -> their card -> their actor page
    page.click(f'#text [data-kind="actor"][data-id~="{sp["id"]}"] >> nth=0')
    page.click("#selected .card.actor a.actor-link")
    page.wait_for_url("**/actors/**")
    assert page.inner_text("h1") == sp["name"]
    shot(page, "actor")

    # the actor's first partner -> the relations chart
    partner = page.locator("ul.partners a").first
    assert partner.count() == 1, "the speaker should have events with someone"
    partner.click()
    page.wait_for_url("**/relations?*")
    page.wait_for_selector("#chart[data-rendered]")
    assert page.locator("#chart svg .mark-symbol path").count() > 0
    assert not page.errors, page.errors


def test_browser_relations_chart(page, site):
    page.goto(site + "/relations?a=RUS&b=UKR")
    page.wait_for_selector("#chart[data-rendered]")
    points = page.locator("#chart svg .mark-symbol path")
    assert points.count() >= 2
    shot(page, "relations")
    # click the first point with events: only that period's events are listed
    periods = page.eval_on_selector_all("section.period", "els => els.map(e => e.dataset.period)")
    points.first.click(force=True)        # a point of another direction may lie on top
    page.wait_for_selector("#period-filter:not([hidden])")
    shown = page.eval_on_selector_all("section.period:not([hidden])",
                                      "els => els.map(e => e.dataset.period)")
    picked = page.inner_text("#period-name")
    assert picked in periods and shown == [picked]      # only points with events are drawn
    assert "period=" in page.url
    assert not page.errors, page.errors


def test_browser_never_runs_article_scripts(page, site):
    page.goto(site + "/articles/xss")
    page.wait_for_load_state("load")
    assert page.evaluate("typeof window.__xss") == "undefined"
    text = page.inner_text("#text")
    assert XSS_SCRIPT in text and XSS_IMG in text
    assert XSS_TITLE in page.inner_text("h1")
    assert page.locator("#text img, #text script, h1 script").count() == 0
    # clicking around (cards are cloned into the panel) runs nothing either
    for el in page.locator("#text [data-kind]").all()[:8]:
        el.click()
    assert page.evaluate("typeof window.__xss") == "undefined"
    shot(page, "article-xss")
    page.goto(site + "/articles?q=__xss")
    assert page.evaluate("typeof window.__xss") == "undefined"
    page.goto(site + "/api/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=15000)
    shot(page, "api-docs")
    page.goto(site + "/actors")
    shot(page, "actors")
