"""Shared fixtures: the model and the seed are loaded once per test session."""
from importlib import resources

import pytest


@pytest.fixture(scope="session")
def seed_record():
    """The seed report run through the whole pipeline."""
    from rapport import ingest, pipeline
    path = resources.files("rapport.sample").joinpath("seed.txt")
    docs = list(ingest.read([str(path)]))
    records = list(pipeline.run(docs))
    assert len(records) == 1
    return records[0]


@pytest.fixture(scope="session")
def run_text():
    """Run one text through the pipeline: run_text(text, published='2023-06-19')."""
    from rapport import pipeline
    from rapport.ingest import make_document

    def _run(text, published="2023-06-19", id="t", **meta):
        doc = make_document(id=id, text=text, published=published, **meta)
        out = list(pipeline.run([doc]))
        return out[0]
    return _run
