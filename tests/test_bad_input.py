"""Bad input in one batch: every bad document gets a clear reason, the good ones go on.

Empty file, binary file, broken HTML with no text, a 5 MB text (over the default size
limit), a JSONL line that is not JSON, and a non-English text, mixed with good documents,
through `rapport extract` and `rapport ingest`.
"""
import json

import duckdb
import pytest
from typer.testing import CliRunner

from rapport.cli import app

runner = CliRunner()
GOOD = "Antony Blinken met Wang Yi in Beijing on Sunday. “We made progress,” Blinken said."


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    d = tmp_path_factory.mktemp("bad")
    (d / "a-good.txt").write_text(GOOD, encoding="utf-8")
    (d / "b-empty.txt").write_text("", encoding="utf-8")
    (d / "c-binary.txt").write_bytes(bytes(range(256)) * 40)
    (d / "d-broken.html").write_text("<html><body><div><script>var x=1;</script></div", encoding="utf-8")
    (d / "e-huge.txt").write_text(("The council met again today and discussed the budget. " * 95_000),
                                  encoding="utf-8")
    (d / "f-lines.jsonl").write_text(
        json.dumps({"id": "ok1", "text": GOOD, "published": "2023-06-19"}) + "\n"
        + "{not json at all\n"
        + json.dumps({"id": "ok2", "text": "Joe Biden called Olaf Scholz on Tuesday."}) + "\n",
        encoding="utf-8")
    (d / "g-german.txt").write_text(
        "Der Bundeskanzler sagte am Montag, dass die Regierung die Hilfe für die Ukraine "
        "fortsetzen werde und dass die Gespräche mit den Partnern weitergehen.", encoding="utf-8")
    return d


def test_huge_file_is_over_5mb(batch):
    assert (batch / "e-huge.txt").stat().st_size > 5_000_000


def test_extract_reports_each_bad_document_and_goes_on(batch):
    result = runner.invoke(app, ["extract", str(batch), "--format", "jsonl", "--published", "2023-06-19"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    ids = [r["article"]["id"] for r in records]
    assert ids == ["a-good", "f-lines:1", "f-lines:3", "g-german"] or \
        ids == ["a-good", "ok1", "ok2", "g-german"]
    err = result.stderr
    assert "FAILED b-empty" in err and "empty" in err
    assert "FAILED c-binary" in err and "binary" in err
    assert "FAILED d-broken" in err and "no text" in err
    assert "FAILED e-huge" in err and "above the limit" in err
    assert "is not valid JSON" in err
    german = records[-1]
    assert german["article"]["language"] == "und"
    assert any(w["kind"] == "language" for w in german["warnings"])
    good = records[0]
    assert good["quotes"] and good["events"]


def test_ingest_stores_good_and_failures(batch, tmp_path):
    db = tmp_path / "r.duckdb"
    result = runner.invoke(app, ["ingest", str(batch), "--db", str(db), "--published", "2023-06-19"])
    assert result.exit_code == 0, result.output
    # ok1 has the same text as a-good: stored once (content hash)
    assert "skipped 1" in result.stdout
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
        reasons = [r[0] for r in con.execute("SELECT reason FROM failures").fetchall()]
    assert len(reasons) == 5
