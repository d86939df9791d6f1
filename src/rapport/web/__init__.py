"""The web view of a rapport database (``rapport serve``): FastAPI, Jinja, read-only.

    >>> from rapport.web import create_app
    >>> app = create_app("rapport.duckdb")        # then: uvicorn.run(app)

See ``app.py`` for the pages and the API, ``queries.py`` for the reads (and how actors
are grouped across articles), ``markup.py`` for the article text with its spans marked.
"""
from .app import create_app

__all__ = ["create_app"]
