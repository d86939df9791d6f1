"""Engines: the process pool keeps input order, a killed ingest resumes with nothing lost
or doubled, and the Dask engine (a LocalCluster of 2 workers) stores exactly what a
single-process ingest stores."""
import itertools
import os
import signal
import subprocess
import sys
import time
from importlib import resources

import duckdb
import pytest

from rapport import api, ingest
from rapport.engines import count_documents
from rapport.engines import local
from rapport.schema import Failure, Record
from rapport.store import TABLES

SAMPLE = str(resources.files("rapport.sample").joinpath("press-sample.jsonl.gz"))
#: Columns that say when a row was written, not what was read.
WHEN = {"ingested_at", "at"}


def sample_docs(n, start=0):
    return list(itertools.islice(ingest.read([SAMPLE]), start, start + n))


def table_contents(db):
    """Every table's rows in storage order, without the ingest timestamps."""
    out = {}
    con = duckdb.connect(str(db), read_only=True)
    try:
        for table, cols in TABLES.items():
            keep = ", ".join(f'"{c}"' for c, _ in cols if c not in WHEN)
            out[table] = con.execute(f"SELECT {keep} FROM {table} ORDER BY rowid").fetchall()
        have = {r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables").fetchall()}
        for table in ("clusters", "cluster_events"):
            if table in have:
                out[table] = con.execute(
                    f"SELECT * FROM {table} ORDER BY ALL").fetchall()
    finally:
        con.close()
    return out


@pytest.fixture(scope="module")
def single_db(tmp_path_factory):
    """20 sample documents (plus one broken line) ingested by one process."""
    db = tmp_path_factory.mktemp("single") / "one.duckdb"
    items = sample_docs(20) + [Failure("broken:1", "broken.jsonl:1", "line 1 is not valid JSON")]
    report = api.ingest(items, db=db)
    assert report.added == 20 and len(report.failed) == 1
    return db


def test_count_documents(tmp_path):
    assert count_documents([SAMPLE]) == 300
    (tmp_path / "a.txt").write_text("One.")
    (tmp_path / "b.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n')
    assert count_documents([str(tmp_path)]) == 3
    assert count_documents(["-"]) is None


def test_process_pool_keeps_order_and_results(tmp_path):
    docs = sample_docs(10) + [Failure("bad", "x", "unreadable")] + sample_docs(4, 10)
    stats = {}
    pooled = list(local.run(docs, processes=2, chunk=3, stats=stats))
    single = list(local.run(docs, processes=1))
    ids = [x.article.id if isinstance(x, Record) else x.id for x in pooled]
    assert ids == [d.id for d in docs]
    assert [x.to_dict() for x in pooled] == [x.to_dict() for x in single]
    assert len(stats["peak_rss_mb"]) == 2          # two worker processes did the work


def test_ingest_with_processes_equals_single(tmp_path, single_db):
    db = tmp_path / "two.duckdb"
    items = sample_docs(20) + [Failure("broken:1", "broken.jsonl:1", "line 1 is not valid JSON")]
    report = api.ingest(items, db=db, processes=2)
    assert report.added == 20
    assert table_contents(db) == table_contents(single_db)


def test_dask_local_cluster_equals_single_process(tmp_path, single_db):
    db, out = tmp_path / "dask.duckdb", tmp_path / "parts"
    items = sample_docs(20) + [Failure("broken:1", "broken.jsonl:1", "line 1 is not valid JSON")]
    stats = {}
    from rapport.engines import dask as dask_engine
    from rapport.store import IngestReport, Store
    store = Store(db, create=True)
    report = dask_engine.ingest(iter(items), store, workers=2, out=out, partition_size=4,
                                report=IngestReport(), stats=stats)
    from rapport.analyse import clusters
    clusters.refresh(store)
    assert report.added == 20 and [f.id for f in report.failed] == ["broken:1"]
    assert stats["workers"] == 2
    assert set(stats["model_loads"].values()) == {1}      # one model load per worker
    # record for record, as Records and as table rows
    one = {r.article.id: r.to_dict() for r in api.open_db(single_db).records()}
    two = {r.article.id: r.to_dict() for r in api.open_db(db).records()}
    assert list(two) == list(one) and two == one
    assert table_contents(db) == table_contents(single_db)
    # the Parquet partitions are kept in --out, one file per table and partition
    parts = sorted(p.name for p in (out / "events").glob("*.parquet"))
    assert len(parts) == 6 and all(p.endswith(f"-{i:06d}.parquet") for i, p in enumerate(parts))
    assert {p.name for p in out.iterdir()} == set(TABLES)
    # again: everything is already stored, nothing is added or sent
    again = api.ingest(sample_docs(20), db=db, engine="dask", workers=1)
    assert again.added == 0 and again.skipped == 20


def test_dask_renames_like_local(tmp_path):
    """A stored id with another text is kept as id~2 by the Parquet load too."""
    from rapport.ingest import make_document
    a = make_document(id="same", text="Russia condemned Ukraine on Monday.", published="2022-03-01")
    b = make_document(id="same", text="China praised Brazil on Tuesday.", published="2022-03-02")
    local_db, dask_db = tmp_path / "l.duckdb", tmp_path / "d.duckdb"
    for db, engine in ((local_db, "local"), (dask_db, "dask")):
        api.ingest([a], db=db, cluster=False)
        report = api.ingest([b], db=db, engine=engine, workers=1, cluster=False)
        assert report.renamed == [("same", "same~2")]
    assert table_contents(dask_db) == table_contents(local_db)


KILL_SCRIPT = """
import signal, sys, time
from rapport import api, ingest, store

# Ctrl-C must reach the ingest even when the test runner ignores SIGINT (an ignored signal
# stays ignored across exec, and Python then installs no KeyboardInterrupt handler)
signal.signal(signal.SIGINT, signal.default_int_handler)

write = store.Store.write_batch

def slow_write(self, *args, **kwargs):   # a pause after each committed batch, with the
    report = write(self, *args, **kwargs)    # file unlocked: time to see the first batch
    time.sleep(2.0)                          # and stop the ingest mid-run, even on a
    return report                            # loaded machine

store.Store.write_batch = slow_write
api.ingest(ingest.read([sys.argv[1]]), db=sys.argv[2], batch_size=int(sys.argv[3]),
           processes=int(sys.argv[4]))
"""


@pytest.mark.parametrize("processes,sig", [(1, signal.SIGINT), (2, signal.SIGKILL)])
def test_interrupted_ingest_resumes_without_loss_or_doubles(tmp_path, single_db, processes,
                                                            sig):
    """Interrupt an ingest (Ctrl-C, or SIGKILL of it and its workers) after its first
    batches committed: the database holds whole batches only, and the same ingest run
    again stores the rest exactly once, the same rows as an uninterrupted run."""
    import json
    src = tmp_path / "docs.jsonl"
    with src.open("w") as fh:
        for d in sample_docs(20):
            fh.write(json.dumps({"id": d.id, "text": d.text, "published": d.published,
                                 "title": d.title, "url": d.url, "source": d.source}) + "\n")
    db = tmp_path / "killed.duckdb"
    script = tmp_path / "run.py"
    script.write_text(KILL_SCRIPT)
    proc = subprocess.Popen([sys.executable, str(script), str(src), str(db), "4",
                             str(processes)], start_new_session=True,
                            stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 120
        stored = 0
        while time.time() < deadline and proc.poll() is None:
            time.sleep(0.2)
            try:
                con = duckdb.connect(str(db), read_only=True)
            except duckdb.Error:
                continue        # the writer holds the lock
            try:
                stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
            except duckdb.Error:
                stored = 0
            finally:
                con.close()
            if stored >= 4:
                break
        assert proc.poll() is None, "the ingest finished before it could be stopped"
        os.killpg(proc.pid, sig)      # the ingest and its workers, mid-run
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    con = duckdb.connect(str(db), read_only=True)
    n_art, n_orphans = con.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events e "
        "WHERE e.article_id NOT IN (SELECT id FROM articles))").fetchone()
    con.close()
    assert 4 <= n_art < 20 and n_art % 4 == 0 and n_orphans == 0   # whole batches only
    report = api.ingest([str(src)], db=db, batch_size=4)
    assert report.skipped == n_art and report.added == 20 - n_art
    a, b = table_contents(db), table_contents(single_db)
    for table in ("articles", "actors", "mentions", "quotes", "events", "boilerplate",
                  "clusters", "cluster_events"):
        assert sorted(a[table], key=repr) == sorted(b[table], key=repr), table


def test_cli_ingest_with_dask_and_progress(tmp_path):
    from typer.testing import CliRunner
    from rapport.cli import app
    import json
    src = tmp_path / "three.jsonl"
    src.write_text("".join(json.dumps({"id": d.id, "text": d.text, "published": d.published})
                           + "\n" for d in sample_docs(3)) + "not json\n")
    db, out = tmp_path / "c.duckdb", tmp_path / "parts"
    runner = CliRunner()
    r = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--engine", "dask",
                            "--workers", "1", "--partition-size", "2", "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert "added 3, skipped 0" in r.stdout and "FAILED three:4" in r.stdout
    assert "4/4 docs" in r.stderr and "1 failed" in r.stderr      # progress with the total
    assert len(list((out / "articles").glob("*.parquet"))) == 2
    r = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--scheduler", "tcp://x:1"])
    assert r.exit_code == 1 and "--engine dask" in r.stderr
