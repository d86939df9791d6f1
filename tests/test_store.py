"""The DuckDB store, on hand-built records (no NLP)."""
from __future__ import annotations

import json

import duckdb
import pytest

from rapport.schema import (Actor, Article, Boilerplate, Event, Failure, Quote, Record, Span,
                            Warning)
from rapport.store import TABLES, Store, StoreNotFound, content_hash


def find(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(start, start + len(part), part)


def default_text(id: str) -> str:
    return (f"[{id}] Russian Foreign Minister Sergei Lavrov said on Monday that "
            "Ukraine had attacked the Kursk region. \"We will respond,\" he said. "
            "Kyiv rejected the claims. The United States did not sanction Moscow.")


def make_record(id: str, text: str | None = None, published: str | None = "2024-03-05",
                title: str | None = None) -> Record:
    """A record in the shape the stages produce: two countries, a person, a quote, events."""
    text = text or default_text(id)
    lav, rus, ukr = "a1", "a2", "a3"
    actors = [
        Actor(id=lav, name="Sergei Lavrov", kind="person", country="RUS", sector="GOV",
              role="foreign minister", mentions=[find(text, "Sergei Lavrov"), find(text, "he")],
              canonical="Q83161", link_reason="exact"),
        Actor(id=rus, name="Russia", kind="country", country="RUS",
              mentions=[find(text, "Russian"), find(text, "Moscow")], canonical="RUS",
              link_reason="metonym"),
        Actor(id=ukr, name="Ukraine", kind="country", country="UKR",
              mentions=[find(text, "Ukraine"), find(text, "Kyiv")]),
        Actor(id="a4", name="United States", kind="country", country=None,
              mentions=[find(text, "United States")]),
    ]
    q = find(text, "We will respond")
    quotes = [Quote(id="q1", text=q.text, start=q.start, end=q.end, kind="direct", speaker=lav,
                    speaker_mention=find(text, "he", q.end), cue="say",
                    cue_span=find(text, "said", q.end), via=[]),
              Quote(id="q2", text="Ukraine had attacked the Kursk region",
                    start=text.index("Ukraine"), end=text.index(" region") + 7,
                    kind="indirect", speaker=None, speaker_mention=None, cue=None,
                    cue_span=None, via=["TASS", "Sergei Lavrov"])]
    accuse = find(text, "said")
    events = [
        Event(id="e1", type="ACCUSE", mode=None, cameo="112", goldstein=-2.0, quad_class=3,
              actor=[lav], recipient=[ukr], date="2024-03-04", date_text="on Monday",
              date_precision="day", date_from_publication=False, place="Kursk",
              place_country="RUS", negated=False, modality="asserted", reciprocal=False,
              evidence=find(text, "Sergei Lavrov said on Monday that Ukraine had attacked"),
              trigger=accuse, explain="say+that -> ACCUSE via lexicon"),
        Event(id="e2", type="REJECT", mode="deny", cameo="1231", goldstein=-4.0, quad_class=3,
              actor=[ukr], recipient=[rus], date=None, date_text=None, date_precision=None,
              date_from_publication=True, place=None, place_country=None, negated=False,
              modality="asserted", reciprocal=False,
              evidence=find(text, "Kyiv rejected the claims"), trigger=find(text, "rejected")),
        Event(id="e3", type="SANCTION", mode=None, cameo="163", goldstein=-8.0, quad_class=4,
              actor=["a4"], recipient=[rus, ukr], date="2024-03", date_text=None,
              date_precision="month", date_from_publication=False, place=None,
              place_country=None, negated=True, modality="asserted", reciprocal=False,
              evidence=find(text, "did not sanction Moscow"), trigger=find(text, "sanction")),
    ]
    return Record(
        article=Article(id=id, url=f"https://example.org/{id}", title=title or f"Story {id}",
                        published=published, source="example", language="en", text=text,
                        content_hash=content_hash(text)),
        actors=actors, quotes=quotes, events=events[:2], unrealised=events[2:],
        warnings=[Warning(kind="actors", message="unresolved pronoun", start=0, end=2),
                  Warning(kind="time", message="relative date")],
        boilerplate=[Boilerplate(start=0, end=len(id) + 2, text=f"[{id}]", reason="tag")],
    )


@pytest.fixture
def db(tmp_path):
    return tmp_path / "r.duckdb"


def counts(store: Store) -> dict:
    return {t: store.count(t) for t in TABLES}


def test_bulk_insert_counts(db):
    store = Store(db, create=True)
    recs = [make_record(f"d{i}") for i in range(5)]
    report = store.add(recs + [Failure("bad", "x.jsonl:3", "not JSON")], batch_size=2)
    assert (report.added, report.skipped, len(report.failed)) == (5, 0, 1)
    assert counts(store) == {"articles": 5, "actors": 20, "mentions": 35, "quotes": 10,
                             "events": 15, "warnings": 10, "boilerplate": 5, "failures": 1}


def test_dedup_by_hash_twice_changes_nothing(db):
    store = Store(db, create=True)
    recs = [make_record(f"d{i}") for i in range(3)]
    fail = Failure("bad", "x.jsonl:3", "not JSON")
    store.add(recs + [fail])
    before = counts(store)
    again = store.add([make_record(f"d{i}") for i in range(3)] + [fail])
    assert (again.added, again.skipped) == (0, 3)
    assert counts(store) == before
    # same text under another id is the same content: skipped too
    other = make_record("d0")
    other.article.id = "renamed"
    assert store.add([other]).skipped == 1
    # a repeat inside one batch
    twice = store.add([make_record("n1"), make_record("n1")])
    assert (twice.added, twice.skipped) == (1, 1)
    assert store.known_hashes([recs[0].article.content_hash, "nope"]) == {
        recs[0].article.content_hash}


def test_missing_hash_is_computed(db):
    store = Store(db, create=True)
    rec = make_record("h")
    rec.article.content_hash = ""
    assert store.add([rec]).added == 1
    assert store.article("h")["article"]["content_hash"] == content_hash(rec.article.text)
    assert rec.article.content_hash == ""          # input left untouched
    assert store.add([rec]).skipped == 1


def test_id_collision_keeps_both(db):
    store = Store(db, create=True)
    store.add([make_record("x")])
    r2 = make_record("x", text=default_text("x") + " Updated.")
    r3 = make_record("x", text=r2.article.text + " More.")
    report = store.add([r2, r3])
    assert report.renamed == [("x", "x~2"), ("x", "x~3")]
    assert store.ids() == ["x", "x~2", "x~3"]
    stored = store.article("x~2")
    assert stored["article"]["text"] == r2.article.text
    assert stored["warnings"][-1]["kind"] == "store"
    assert r2.article.id == "x"                    # input left untouched
    assert store.add([r2]).skipped == 1            # and re-ingesting it is still a no-op
    # an id already suffixed (by ingest, within a run) takes the next free suffix
    r4 = make_record("x~2", text=r3.article.text + " Again.")
    assert store.add([r4]).renamed == [("x~2", "x~4")]


def test_id_collision_replace(db):
    store = Store(db, create=True)
    store.add([make_record("x"), make_record("y")])
    new = make_record("x", text="Updated: " + make_record("x").article.text)
    report = store.add([new], replace=True)
    assert (report.added, report.replaced) == (1, ["x"])
    assert store.ids() == ["y", "x"]
    assert store.article("x") == new.to_dict()
    assert counts(store)["articles"] == 2 and counts(store)["events"] == 6


def test_article_round_trip(db):
    store = Store(db, create=True)
    rec = make_record("rt")
    empty = Record(article=Article(id="empty", url=None, title=None, published=None,
                                   source=None, language="und", text="", content_hash="e"))
    store.add([rec, empty])
    assert store.article("rt") == rec.to_dict()
    assert store.article("empty") == empty.to_dict()
    assert store.article("nope") is None
    assert store.record("rt") == rec


def test_queries_filter(db):
    store = Store(db, create=True)
    store.add([make_record("old", published="2023-01-02"), make_record("new")])
    qs = store.quotes()
    assert [q["article_id"] for q in qs] == ["old", "old", "new", "new"]
    assert {q["speaker"] for q in store.quotes(speaker="LAVROV")} == {"Sergei Lavrov"}
    assert len(store.quotes(speaker="lavrov")) == 2
    assert store.quotes(speaker="nobody") == []
    assert len(store.quotes(limit=3)) == 3

    assert len(store.events()) == 6
    by_actor = store.events(actor="lavrov")
    assert {e["type"] for e in by_actor} == {"ACCUSE"}
    assert {e["type"] for e in store.events(actor="ukr")} == {"REJECT"}    # country code
    assert {e["type"] for e in store.events(recipient="russia")} == {"REJECT", "SANCTION"}
    assert len(store.events(type="reject")) == 2
    assert {e["cameo"] for e in store.events(type="12")} == {"1231"}      # CAMEO prefix
    # an undated event falls back to the publication date (old: 2023-01-02)
    since = store.events(since="2024-01-01")
    assert [(e["article_id"], e["event_id"]) for e in since] == [
        ("old", "e3"), ("new", "e3"), ("old", "e1"), ("new", "e1"), ("new", "e2")]
    assert [e["date"] for e in since] == ["2024-03", "2024-03", "2024-03-04", "2024-03-04",
                                          "2024-03-05"]
    assert [e["event_id"] for e in store.events(since="2024-03-05")] == ["e2"]
    assert len(store.events(actor="russia", type="ACCUSE")) == 0
    assert len(store.events(limit=1)) == 1
    with pytest.raises(ValueError):
        store.events(since="March")

    actors = store.actors()
    assert actors[0]["name"] in ("Sergei Lavrov", "Russia", "Ukraine")
    top = {a["name"]: a for a in actors}
    assert top["Sergei Lavrov"]["mentions"] == 4 and top["Sergei Lavrov"]["articles"] == 2
    assert top["United States"]["mentions"] == 2
    assert len(store.actors(limit=2)) == 2
    assert [a["name"] for a in store.actors(name="states")] == ["United States"]


def test_summary(db):
    store = Store(db, create=True)
    store.add([make_record("a"), make_record("b"), Failure("c", None, "empty")])
    s = store.summary()
    assert (s["articles"], s["actors"], s["quotes"], s["events"], s["failures"]) == (
        2, 8, 4, 6, 1)
    # the negated sanction ("did not sanction") is stored but did not happen: not counted
    assert s["events_happened"] == 4
    assert s["events_by_type"] == {"ACCUSE": 2, "REJECT": 2}
    dyads = {(d["actor"], d["recipient"]): d["events"] for d in s["top_dyads"]}
    # country where known, else the name
    assert dyads == {("RUS", "UKR"): 2, ("UKR", "RUS"): 2}
    assert s["published_from"] == s["published_to"] == "2024-03-05"
    assert json.dumps(s)


def test_export_all_formats(db, tmp_path):
    store = Store(db, create=True)
    recs = [make_record(f"e{i}") for i in range(3)]
    store.add(recs + [Failure("bad", "f.txt", "binary file")])

    out = tmp_path / "all.jsonl"
    assert store.export("jsonl", out) == [out]
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [r.to_dict() for r in recs]
    with duckdb.connect() as con:
        assert con.execute(f"SELECT count(*) FROM read_json_auto('{out}')").fetchone()[0] == 3

    for fmt in ("csv", "parquet"):
        d = tmp_path / fmt
        written = store.export(fmt, d)
        assert sorted(p.name for p in written) == sorted(f"{t}.{fmt}" for t in TABLES)
        con = duckdb.connect()          # an in-memory one, to read the files back
        for table in TABLES:
            n = con.execute(f"SELECT count(*) FROM '{d / (table + '.' + fmt)}'").fetchone()[0]
            assert n == store.count(table), (fmt, table)
        cols = [c[0] for c in con.execute(f"DESCRIBE SELECT * FROM '{d}/events.{fmt}'").fetchall()]
        assert cols == [c for c, _ in TABLES["events"]]
        via = con.execute(f"SELECT via FROM '{d}/quotes.{fmt}' WHERE quote_id = 'q2' "
                          "LIMIT 1").fetchone()[0]
        assert (json.loads(via) if fmt == "csv" else via) == ["TASS", "Sergei Lavrov"]
        con.close()
    # exporting again overwrites
    store.export("parquet", tmp_path / "parquet")


def test_missing_db(tmp_path):
    with pytest.raises(StoreNotFound, match="rapport ingest"):
        Store(tmp_path / "none.duckdb")
    assert not (tmp_path / "none.duckdb").exists()


def test_a_record_the_database_refuses_fails_alone(db):
    """A record whose ids repeat aborts its transaction; the batch is retried record by
    record, the good ones are stored and the bad one becomes a failure."""
    store = Store(db, create=True)
    good, bad = make_record("good"), make_record("bad", title="other")
    bad.article.text += " (another text)"
    bad.article.content_hash = content_hash(bad.article.text)
    bad.actors.append(bad.actors[0])            # the same actor id twice
    report = store.add([good, bad])
    assert report.added == 1
    assert [f.id for f in report.failed] == ["bad"] and "could not be stored" in report.failed[0].reason
    s = store.summary()
    assert s["articles"] == 1 and s["failures"] == 1
