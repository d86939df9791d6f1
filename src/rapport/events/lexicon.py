"""The predicate lexicon (data/predicates.tsv): trigger word + frame -> CAMEO code."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional


@dataclass(frozen=True)
class Entry:
    lemma: str
    pos: str
    prep: Optional[str]
    objects: frozenset
    cameo: str
    mode: Optional[str]
    recipient: tuple
    reciprocal: bool
    line: int

    def describe(self) -> str:
        frame = self.lemma + (f" {self.prep}" if self.prep else "")
        if self.objects:
            objs = sorted(self.objects)
            frame += " +" + "|".join(objs[:6]) + (f"|...({len(objs) - 6} more)" if len(objs) > 6 else "")
        return f"predicates.tsv:{self.line} {self.pos} '{frame}' -> {self.cameo}"


@lru_cache(maxsize=1)
def entries() -> dict[tuple[str, str], list[Entry]]:
    """Entries by (lemma, pos), in file order (specific frames first)."""
    text = resources.files("rapport.data").joinpath("predicates.tsv").read_text(encoding="utf-8")
    out: dict[tuple[str, str], list[Entry]] = {}
    header = None
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        row = dict(zip(header, cells))
        dash = lambda v: None if v in ("-", "", None) else v
        e = Entry(lemma=row["lemma"], pos=row["pos"], prep=dash(row["prep"]),
                  objects=frozenset((dash(row["object"]) or "").split("|")) - {""},
                  cameo=row["cameo"], mode=dash(row["mode"]),
                  recipient=tuple((dash(row["recipient"]) or "").split("|")) if dash(row["recipient"]) else (),
                  reciprocal=row["reciprocal"] == "yes", line=n)
        out.setdefault((e.lemma, e.pos), []).append(e)
    return out


def lemmas(pos: str) -> list[str]:
    return sorted({lemma for lemma, p in entries() if p == pos})
