"""The stage's two lexicons, read once from data files a user can extend: speech cues
(data/cues.tsv: verbs and nouns, each with its strength) and relay channels
(data/channels.tsv: platforms, posts, kinds of outlet)."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass
class Cues:
    verbs: dict[str, str]
    nouns: dict[str, str]


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The cue lexicon (data/cues.tsv)."""
    verbs, nouns = {}, {}
    text = resources.files("rapport.data").joinpath("cues.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((l for l in text.splitlines() if l and not l.startswith("#")),
                          delimiter="\t")
    for row in rows:
        (verbs if row["part"] == "verb" else nouns)[row["lemma"]] = row["strength"]
    return Cues(verbs, nouns)


@dataclass
class Channels:
    platforms: dict[str, str]       # name as written (one or more words) -> platform
    posts: dict[str, str]           # lemma of a post ("tweet") -> its platform
    media: set[str]                 # lemmas (or "news agency") of kinds of outlet


@lru_cache(maxsize=1)
def channels() -> Channels:
    """The relay channels lexicon (data/channels.tsv): platforms, posts, kinds of outlet."""
    platforms, posts, media = {}, {}, set()
    text = resources.files("rapport.data").joinpath("channels.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((l for l in text.splitlines() if l and not l.startswith("#")),
                          delimiter="\t")
    for row in rows:
        words = [w.strip() for w in (row["words"] or "").split("|") if w.strip()]
        if row["kind"] == "platform":
            platforms.update((w, row["name"]) for w in words)
        elif row["kind"] == "post":
            posts.update((w.lower(), row["name"]) for w in words)
        elif row["kind"] == "medium":
            media.update(w.lower() for w in words)
    return Channels(platforms, posts, media)
