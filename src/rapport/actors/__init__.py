"""Actors stage: every mention in a report, grouped into canonical actors.

``extract(doc, document)`` returns an ``ActorTable``: the actors with their mentions,
warnings where the text contradicts the knowledge base, and an index from token to actor
that the quotes and events stages use to turn syntax into actor ids.
"""
from .resolve import ActorTable, extract

__all__ = ["ActorTable", "extract"]
