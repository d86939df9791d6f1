"""The `rapport` command, in process (typer's CliRunner), on a handful of tiny documents."""
from __future__ import annotations

import csv
import io
import json

import duckdb
import pytest
from typer.testing import CliRunner

from rapport.cli import app

runner = CliRunner()

NOTE = ("Russian Foreign Minister Sergei Lavrov said on Monday that Ukraine had attacked "
        "the Kursk region. \"We will respond to this provocation,\" Lavrov told reporters "
        "in Moscow.\n\nKyiv rejected the claims. The United States urged both sides to "
        "return to talks.\n")
LINES = [
    {"id": "j1", "title": "Talks", "published": "2024-03-06", "url": "https://example.org/j1",
     "text": "Chinese President Xi Jinping met French President Emmanuel Macron in Paris on "
             "Tuesday. \"We agreed to deepen cooperation,\" Macron said after the meeting."},
    "{this is not json",
    {"id": "j3", "title": "Aid", "published": "2024-03-07",
     "text": "Germany pledged new military aid to Ukraine on Wednesday, the defence "
             "ministry in Berlin said. Russia condemned the decision."},
]


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("corpus")
    (d / "note.txt").write_text(NOTE, encoding="utf-8")
    (d / "feed.jsonl").write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x) for x in LINES) + "\n",
        encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def db(corpus, tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "r.duckdb"
    result = run("ingest", corpus / "note.txt", corpus / "feed.jsonl", "--db", path,
                 "--published", "2024-03-05")
    assert result.exit_code == 0, result.output
    assert "added 3, skipped 0 (already stored), failed 1" in result.stdout
    assert "FAILED feed:2: line 2 is not valid JSON" in result.stdout
    return path


# --------------------------------------------------------------------------- extract


def test_extract_jsonl_input_order_and_failures(corpus):
    result = run("extract", corpus / "note.txt", corpus / "feed.jsonl", "--format", "jsonl",
                 "--published", "2024-03-05")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["article"]["id"] for r in records] == ["note", "j1", "j3"]
    assert result.stderr.startswith("FAILED feed:2: line 2 is not valid JSON")
    note, j1, _ = records
    assert note["article"]["published"] == "2024-03-05"            # from --published
    assert j1["article"]["published"] == "2024-03-06"              # its own date wins
    assert j1["article"]["title"] == "Talks"
    for r in records:
        assert set(r) == {"article", "actors", "quotes", "events", "unrealised", "warnings",
                          "boilerplate"}
        text = r["article"]["text"]
        for a in r["actors"]:
            for m in a["mentions"]:
                assert text[m["start"]:m["end"]] == m["text"]
        for e in r["events"]:
            assert text[e["evidence"]["start"]:e["evidence"]["end"]] == e["evidence"]["text"]


def test_extract_json_object_or_array(corpus):
    one = run("extract", corpus / "note.txt")
    assert one.exit_code == 0
    assert json.loads(one.stdout)["article"]["id"] == "note"      # one document: an object
    many = run("extract", corpus / "feed.jsonl")
    assert many.exit_code == 0
    assert [r["article"]["id"] for r in json.loads(many.stdout)] == ["j1", "j3"]


def test_extract_text_format(corpus):
    result = run("extract", corpus / "feed.jsonl", "--format", "text")
    assert result.exit_code == 0
    out = result.stdout
    assert "== Talks ==" in out and "== Aid ==" in out
    assert out.index("== Talks ==") < out.index("== Aid ==")
    for section in ("Actors (", "Quotes (", "Events ("):
        assert section in out


def test_extract_stdin():
    result = run("extract", "-", "--format", "jsonl", input=NOTE)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["article"]["id"] == "stdin"


def test_extract_nothing_processed(tmp_path):
    result = run("extract", tmp_path / "missing.txt")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("FAILED missing: no such file or directory")


def test_extract_bad_published(corpus):
    result = run("extract", corpus / "note.txt", "--published", "last week")
    assert result.exit_code == 1
    assert "YYYY-MM-DD" in result.stderr and "Traceback" not in result.output


# --------------------------------------------------------------------------- ingest + queries


def test_ingest_again_skips(db, corpus):
    result = run("ingest", corpus / "note.txt", corpus / "feed.jsonl", "--db", db,
                 "--published", "2024-03-05")
    assert result.exit_code == 0
    assert "added 0, skipped 3 (already stored), failed 1" in result.stdout
    summary = json.loads(run("summary", "--db", db, "--format", "json").stdout)
    assert summary["articles"] == 3 and summary["failures"] == 1


QUERIES = [["quotes"], ["events"], ["actors"], ["summary"], ["failures"],
           ["quotes", "--speaker", "macron"], ["events", "--actor", "rus", "--since", "2024-01-01"],
           ["events", "--type", "AGREE"], ["actors", "--limit", "2"]]


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
@pytest.mark.parametrize("query", QUERIES, ids=lambda q: "-".join(q))
def test_query_formats(db, query, fmt):
    result = run(*query, "--db", db, "--format", fmt)
    assert result.exit_code == 0, result.output
    out = result.stdout
    if fmt == "json":
        data = json.loads(out)
        assert isinstance(data, dict if query == ["summary"] else list)
    elif fmt == "jsonl":
        assert all(json.loads(line) is not None for line in out.splitlines())
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert rows and rows[0]                                      # a header at least


def test_query_contents(db):
    failures = json.loads(run("failures", "--db", db, "--format", "json").stdout)
    assert [(f["id"], f["origin"].endswith("feed.jsonl:2")) for f in failures] == [
        ("feed:2", True)]
    quotes = json.loads(run("quotes", "--db", db, "--format", "json").stdout)
    assert all({"article_id", "quote_id", "speaker", "text"} <= set(q) for q in quotes)
    actors = json.loads(run("actors", "--db", db, "--format", "json").stdout)
    assert all({"name", "kind", "articles", "mentions"} <= set(a) for a in actors)
    assert [a["mentions"] for a in actors] == sorted((a["mentions"] for a in actors),
                                                     reverse=True)
    table = run("summary", "--db", db)
    assert "articles" in table.stdout and "3" in table.stdout


def test_show(db, corpus):
    text = run("show", "j1", "--db", db)
    assert text.exit_code == 0
    assert text.stdout.startswith("== Talks ==")
    stored = json.loads(run("show", "j1", "--db", db, "--format", "json").stdout)
    extracted = json.loads(run("extract", corpus / "feed.jsonl", "--format", "jsonl")
                           .stdout.splitlines()[0])
    assert stored == extracted                                      # the store round-trips
    line = run("show", "note", "--db", db, "--format", "jsonl").stdout
    assert json.loads(line)["article"]["published"] == "2024-03-05"
    rows = list(csv.DictReader(io.StringIO(
        run("show", "j1", "--db", db, "--format", "csv").stdout)))
    assert all(set(r) == {"section", "id", "start", "end", "text", "detail"} for r in rows)

    missing = run("show", "nope", "--db", db)
    assert missing.exit_code == 1 and "no article 'nope'" in missing.stderr


def test_export(db, tmp_path):
    out = tmp_path / "all.jsonl"
    assert run("export", "--format", "jsonl", "--out", out, "--db", db).exit_code == 0
    ids = [json.loads(line)["article"]["id"] for line in out.read_text().splitlines()]
    assert ids == ["note", "j1", "j3"]
    con = duckdb.connect()
    for fmt in ("csv", "parquet"):
        d = tmp_path / fmt
        assert run("export", "--format", fmt, "--out", d, "--db", db).exit_code == 0
        n = con.execute(f"SELECT count(*) FROM '{d}/articles.{fmt}'").fetchone()[0]
        assert n == 3
        assert con.execute(f"SELECT count(*) FROM '{d}/failures.{fmt}'").fetchone()[0] == 1
        assert (d / f"events.{fmt}").exists() and (d / f"mentions.{fmt}").exists()
    con.close()
    stdout = run("export", "--format", "jsonl", "--out", "-", "--db", db)
    assert len(stdout.stdout.splitlines()) == 3


@pytest.mark.parametrize("command", [["quotes"], ["events"], ["actors"], ["summary"],
                                     ["failures"], ["show", "x"],
                                     ["export", "--format", "csv", "--out", "o"]])
def test_missing_db(tmp_path, command):
    db = tmp_path / "none.duckdb"
    result = run(*command, "--db", db)
    assert result.exit_code == 1
    assert "no database at" in result.stderr and "rapport ingest" in result.stderr
    assert "Traceback" not in result.output
    assert not db.exists()


def test_bad_since(db):
    result = run("events", "--since", "yesterday", "--db", db)
    assert result.exit_code == 1 and "YYYY-MM-DD" in result.stderr


# --------------------------------------------------------------------------- python API


def test_api(corpus, tmp_path):
    from rapport import api
    from rapport.schema import Failure, Record

    rec = api.extract_text("  " + NOTE, published="2024-03-05", id="mine")
    assert isinstance(rec, Record) and rec.article.id == "mine"
    assert rec.article.text == NOTE.strip()                          # cleaned like ingest
    with pytest.raises(ValueError):
        api.extract_text("   ")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        api.extract_text(NOTE, published="05/03/2024")

    items = list(api.extract([corpus / "feed.jsonl"]))
    assert [type(i).__name__ for i in items] == ["Record", "Failure", "Record"]
    assert isinstance(items[1], Failure) and items[1].id == "feed:2"

    seen = []
    db = tmp_path / "api.duckdb"
    report = api.ingest([str(corpus / "feed.jsonl")], db=db,
                        on_progress=lambda done, failed: seen.append((done, failed)))
    assert (report.added, report.skipped, [f.id for f in report.failed]) == (2, 0, ["feed:2"])
    assert seen[-1] == (3, 1)
    again = api.ingest([str(corpus / "feed.jsonl")], db=db)
    assert (again.added, again.skipped) == (0, 2)
    assert api.open_db(db).article("j3")["article"]["title"] == "Aid"
    with pytest.raises(api.StoreNotFound):
        api.open_db(tmp_path / "missing.duckdb")


def test_events_explain(db):
    plain = json.loads(run("events", "--db", db, "--format", "json").stdout)
    assert plain and all("explain" not in e for e in plain)
    told = json.loads(run("events", "--explain", "--db", db, "--format", "json").stdout)
    assert told and all(e["explain"] for e in told)
    # every reason names a lexicon line or a rule, and the parse path of the trigger
    assert all("predicates.tsv:" in e["explain"] or "rule" in e["explain"] for e in told)
    table = run("events", "--explain", "--db", db)
    assert table.exit_code == 0 and "predicates.tsv:" in table.stdout   # one reason a line
