"""Actors stage: placeholder until resolve.py lands."""
from dataclasses import dataclass, field

from ..schema import Actor, Warning


@dataclass
class ActorTable:
    actors: list[Actor] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)


def extract(doc, document) -> ActorTable:
    return ActorTable()
