"""The records rapport passes between stages and writes out.

One module so every stage, the store, the CLI and the web view agree on one shape.
Every span is a character offset into ``Article.text`` (the text as rapport stores it,
after ingest cleaned it). ``to_dict()`` gives the JSON form documented in docs/SCHEMA.md.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal, Optional

ActorKind = Literal["person", "organization", "country", "group"]
QuoteKind = Literal["direct", "indirect", "mixed"]
Modality = Literal["asserted", "future", "hypothetical", "cancelled", "background"]

#: The 16 PLOVER event types, in the manual's order (cooperation to conflict).
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
    "COERCE", "ASSAULT",
)


@dataclass
class Span:
    start: int
    end: int
    text: str


@dataclass
class Document:
    """One input document as read by ingest, before any NLP.

    ``text`` is the cleaned plain text that every span refers to. ``published`` is an
    ISO date (``YYYY-MM-DD``) or None; ``published_at`` keeps a full datetime when given.
    """
    id: str
    text: str
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    published_at: Optional[str] = None
    source: Optional[str] = None
    author: Optional[str] = None          # the byline field ("Wendy R. Sherman, Deputy Secretary of State")
    origin: Optional[str] = None          # file path (and line) it came from
    content_hash: str = ""
    boilerplate: list["Boilerplate"] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)   # ingest remarks (bad date, encoding)


@dataclass
class Failure:
    """A document that could not be read or processed: reported, never fatal to a batch."""
    id: str
    origin: Optional[str]
    reason: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Article:
    id: str
    url: Optional[str]
    title: Optional[str]
    published: Optional[str]
    source: Optional[str]
    language: Optional[str]
    text: str
    content_hash: str = ""


@dataclass
class Actor:
    id: str
    name: str
    kind: ActorKind
    country: Optional[str] = None
    sector: Optional[str] = None
    role: Optional[str] = None
    mentions: list[Span] = field(default_factory=list)
    canonical: Optional[str] = None   # knowledge-base entry it was linked to, if any
    link_reason: Optional[str] = None  # why it was linked (exact, alias, surname, fuzzy, role)


@dataclass
class Quote:
    id: str
    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: Optional[str] = None
    speaker_mention: Optional[Span] = None
    cue: Optional[str] = None
    cue_span: Optional[Span] = None
    via: list[str] = field(default_factory=list)
    clause: Optional[Span] = None   # mixed quotes: the reported clause the words sit in


@dataclass
class Event:
    id: str
    type: Optional[str]            # PLOVER type, or None for CAMEO 01/02 statements
    mode: Optional[str]
    cameo: str
    goldstein: Optional[float]
    quad_class: Optional[int]
    actor: list[str]
    recipient: list[str]
    date: Optional[str]
    date_text: Optional[str]
    date_precision: Optional[str]   # day | month | year
    date_from_publication: bool
    place: Optional[str]
    place_country: Optional[str]
    negated: bool
    modality: Modality
    reciprocal: bool
    evidence: Span
    trigger: Span
    explain: str = ""               # lexicon entry and parse path behind the code
    reported_by: list[str] = field(default_factory=list)  # whose account, when the text
                                    # reports what someone said ("..., an official said")
    alleged: bool = False           # only an accusation or claim ("accused Y of attacking Z")


def realised(e: Event) -> bool:
    """Whether the text says the event took place, is announced or was promised (``Record.events``)
    rather than only supposed, called off, denied, alleged, merely scheduled or named as the
    background of another act (``Record.unrealised``). A meeting, call or visit still to come ("will travel to Brussels,
    where he will meet ...") is a schedule, not an act: CAMEO 036 kept apart, as event data
    built from news codes the meeting when it happens (aid and sanctions announced stay)."""
    if e.modality == "future" and (e.cameo or "").startswith("036"):
        return False
    if e.modality == "future" and e.type in ("ASSAULT", "COERCE"):
        return False    # "Russian forces intend to attack Ukraine": force still to come
    return e.modality not in ("hypothetical", "cancelled", "background") and not e.negated and not e.alleged


@dataclass
class Warning:
    kind: str
    message: str
    start: Optional[int] = None
    end: Optional[int] = None


@dataclass
class Boilerplate:
    start: int
    end: int
    text: str
    reason: str


@dataclass
class Record:
    """Everything rapport read in one article."""
    article: Article
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # events the text names but does not say took place: hypothetical ("could impose"),
    # called off, negated ("did not meet") or only alleged ("accused X of attacking Y").
    # Kept, with the same fields, apart from what happened, announced or was promised.
    unrealised: list[Event] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)
