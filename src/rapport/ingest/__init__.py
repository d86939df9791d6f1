"""Ingest: paths, feeds and stdin in; one Document (or Failure) per input document out.

``read()`` is the stage's entry point; ``make_document()`` builds a Document from parts
(for callers that already hold text, such as the Python API); boilerplate spans are found
by ``boilerplate.find()``.
"""
from .document import make_document
from .errors import IngestError
from .sources import read

__all__ = ["IngestError", "make_document", "read"]
