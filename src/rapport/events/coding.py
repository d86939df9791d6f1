"""CAMEO and PLOVER code tables: look-ups for the events stage.

The tables are data files a user can read and extend without code:

* ``data/cameo.tsv``: every CAMEO code (311: 20 roots, 3- and 4-digit) with name,
  Goldstein score, quad class (the CAMEO/GDELT rule) and the PLOVER type, mode and
  context it converts to. Built by ``scripts/build_cameo_table.py`` from the reference
  CAMEO list and the CAMEO2PLOVER-2021 conversion table; the script documents every
  normalisation. 01x statements have no PLOVER type (empty); 02x appeals are REQUEST
  with the mode of their 10x twin (PLOVER's REQUEST is all requests, demands and orders).
* ``data/plover.tsv``: the 16 PLOVER types with PLOVER quad class, the default CAMEO
  code to use when only the type is known, the manual's conflict/cooperation score for
  the type and for each mode (``modes`` column: ``mode=score;...``), a one-line
  definition and a note.

Note on quad classes: ``Code.quad_class`` is CAMEO's by the GDELT rule (by root: 01-05
verbal cooperation, 06-09 material cooperation, 10-14 verbal conflict, 15-20 material
conflict). It differs from PLOVER's quad class of the code's type for CONCEDE codes
(080-083: 2 vs 1), INVESTIGATE codes (09x ACCUSE: 2 vs 3) and PROTEST codes (14x: 3 vs
4). ``Code.plover_quad_class`` gives PLOVER's.

Both tables are read once per process (``functools.lru_cache``).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Optional

__all__ = [
    "Code", "PloverType", "lookup", "root", "plover", "plover_score", "codes",
    "PLOVER_ALIASES", "PLOVER_SCALE",
]

#: Older PLOVER / CAMEO category names accepted by :func:`plover`, and what they are now.
PLOVER_ALIASES = {
    "DEMAND": "REQUEST",
    "APPEAL": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "YIELD": "CONCEDE",
    "THREAT": "THREATEN",
    "FIGHT": "ASSAULT",
}

_CODE_RE = re.compile(r"\d{2,4}")


@dataclass(frozen=True)
class Code:
    """One CAMEO code and its PLOVER coding. Empty values are None.

    ``plover_context`` may hold several contexts joined by ``;`` (see ``contexts``).
    """
    code: str
    name: str
    goldstein: Optional[float]
    quad_class: Optional[int]
    plover_type: Optional[str]
    plover_mode: Optional[str]
    plover_context: Optional[str]

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def contexts(self) -> tuple[str, ...]:
        return tuple(c for c in (self.plover_context or "").split(";") if c)

    @property
    def plover_quad_class(self) -> Optional[int]:
        p = plover(self.plover_type) if self.plover_type else None
        return p.quad_class if p else None


@dataclass(frozen=True)
class PloverType:
    """One of the 16 PLOVER event types."""
    name: str
    quad_class: int
    definition: str
    default_cameo: str
    score: Optional[float]
    modes: tuple[str, ...] = ()
    mode_scores: dict = field(default_factory=dict, compare=False, repr=False)
    note: str = ""


def _none(value: str) -> Optional[str]:
    value = (value or "").strip()
    return value or None


def _float(value: str) -> Optional[float]:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _int(value: str) -> Optional[int]:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _rows(name: str) -> list[dict]:
    text = resources.files("rapport").joinpath("data", name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@lru_cache(maxsize=1)
def _cameo_table() -> dict[str, Code]:
    table: dict[str, Code] = {}
    for row in _rows("cameo.tsv"):
        code = row["code"].strip()
        table[code] = Code(
            code=code,
            name=row["name"].strip(),
            goldstein=_float(row["goldstein"]),
            quad_class=_int(row["quad_class"]),
            plover_type=_none(row["plover_type"]),
            plover_mode=_none(row["plover_mode"]),
            plover_context=_none(row["plover_context"]),
        )
    return table


@lru_cache(maxsize=1)
def _plover_table() -> dict[str, PloverType]:
    table: dict[str, PloverType] = {}
    for row in _rows("plover.tsv"):
        modes: list[str] = []
        scores: dict[str, float] = {}
        for item in (row.get("modes") or "").split(";"):
            name, _, score = item.strip().partition("=")
            if not name:
                continue
            modes.append(name)
            if _float(score) is not None:
                scores[name] = float(score)
        name = row["type"].strip().upper()
        table[name] = PloverType(
            name=name,
            quad_class=int(row["quad_class"]),
            definition=row["definition"].strip(),
            default_cameo=row["default_cameo"].strip(),
            score=_float(row["score"]),
            modes=tuple(modes),
            mode_scores=scores,
            note=(row.get("note") or "").strip(),
        )
    return table


def _normalise(code) -> Optional[str]:
    if not isinstance(code, str):
        return None
    code = code.strip()
    return code if _CODE_RE.fullmatch(code) else None


def root(code: str) -> Optional[str]:
    """The two-digit CAMEO root of ``code`` ("0411" -> "04"), or None if it has none."""
    code = _normalise(code)
    if code is None or code[:2] not in _cameo_table():
        return None
    return code[:2]


def codes() -> tuple[str, ...]:
    """Every CAMEO code in the table, in table order."""
    return tuple(_cameo_table())


def lookup(code: str) -> Optional[Code]:
    """The CAMEO code's entry, or None for a malformed code or unknown root.

    A code that is not in the table (e.g. "1213") or a field that is empty is filled
    from the nearest ancestor (4-digit -> 3-digit -> root): name, Goldstein score and
    quad class from the nearest ancestor that has them; the PLOVER type likewise; the
    PLOVER mode and context only from ancestors with the same PLOVER type (so a code
    whose type differs from its parent's, like 0813 RETREAT under 081 CONCEDE, never
    takes the parent's mode). ``Code.code`` is always the code asked for.
    """
    code = _normalise(code)
    return _lookup(code) if code is not None else None


@lru_cache(maxsize=4096)
def _lookup(code: str) -> Optional[Code]:
    table = _cameo_table()
    keys: list[str] = []
    for n in (len(code), 3, 2):
        if n <= len(code) and code[:n] not in keys:
            keys.append(code[:n])
    chain = [table[k] for k in keys if k in table]
    if not chain:
        return None

    def first(attr: str, among: list[Code]):
        for entry in among:
            value = getattr(entry, attr)
            if value is not None and value != "":
                return value
        return None

    ptype = first("plover_type", chain)
    same = [c for c in chain if c.plover_type == ptype] if ptype else []
    return Code(
        code=code,
        name=first("name", chain) or "",
        goldstein=first("goldstein", chain),
        quad_class=first("quad_class", chain),
        plover_type=ptype,
        plover_mode=first("plover_mode", same),
        plover_context=first("plover_context", same),
    )


def plover(type_name: str) -> Optional[PloverType]:
    """The PLOVER type by name (any case; old names such as DEMAND are mapped), or None."""
    if not isinstance(type_name, str):
        return None
    name = type_name.strip().upper()
    name = PLOVER_ALIASES.get(name, name)
    return _plover_table().get(name)


def plover_score(type_name: str, mode: Optional[str] = None) -> Optional[float]:
    """The manual's conflict/cooperation score (-10..+10) for a type, or a type and mode.

    Falls back to the type's score when the mode has none; None for an unknown type.
    """
    p = plover(type_name)
    if p is None:
        return None
    if mode:
        score = p.mode_scores.get(mode.strip().lower())
        if score is not None:
            return score
    return p.score


@lru_cache(maxsize=1)
def _plover_scale() -> dict[tuple[str, Optional[str]], float]:
    scale: dict[tuple[str, Optional[str]], float] = {}
    for p in _plover_table().values():
        if p.score is not None:
            scale[(p.name, None)] = p.score
        for mode, score in p.mode_scores.items():
            scale[(p.name, mode)] = score
    return scale


def __getattr__(name: str):
    # PLOVER_SCALE is built lazily from data/plover.tsv on first access:
    # {(type, None): type score, (type, mode): mode score}.
    if name == "PLOVER_SCALE":
        return _plover_scale()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")



#: CAMEO's "express intent to" codes for cooperation reported in the future tense: the
#: PLOVER manual codes future CONSULT, SUPPORT, COOPERATE and AID as AGREE (an intention
#: stated now), not as the act itself; CONCEDE and RETREAT keep their type.
_INTENT = {"04": "036", "05": "032", "06": "031", "061": "0311", "062": "0312", "063": "0313",
           "064": "0314", "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
           # a yielding act announced ("will release the prime minister", "is willing to
           # withdraw its troops"): CAMEO's express-intent-to-yield codes, AGREE as the
           # PLOVER gold sentences code them (the manual's text would keep RETREAT/CONCEDE)
           "08": "035", "081": "0351", "082": "0352", "084": "0353", "085": "0354",
           "086": "0355", "087": "0356"}


def intent_code(code: str) -> Optional[str]:
    """The 03x code for a future cooperative act ("will visit" 042 -> 036, "will send
    military aid" 072 -> 0332), or None when the code is not one PLOVER reduces to AGREE."""
    code = _normalise(code) or ""
    return _INTENT.get(code[:3]) or _INTENT.get(code[:2])


#: CAMEO's "threaten" codes for a conflictual act made conditional on the other side:
#: "will cut off aid unless ..." (1311), "would impose sanctions if ..." (1312). PLOVER:
#: threats are "coercive or forceful warnings"; the act itself stays future or
#: hypothetical. MOBILIZE (15x) is left alone: moving troops to defend an ally is no threat.
_THREAT = {"14": "133", "16": "131", "160": "1313", "161": "1313", "162": "1311", "163": "1312",
           "164": "134", "165": "135", "166": "136", "17": "137", "172": "132", "1721": "1321",
           "1722": "1322", "1723": "1323", "1724": "1324", "18": "1383", "19": "1384",
           "191": "1381", "192": "1382", "20": "1385"}


def threat_code(code: str) -> Optional[str]:
    """The 13x code for a conflictual act announced as coming, or None."""
    code = _normalise(code) or ""
    return _THREAT.get(code[:4]) or _THREAT.get(code[:3]) or _THREAT.get(code[:2])


#: CAMEO's "reject" and "refuse" codes for cooperation refused: "refused to meet" (125),
#: "will not accept refugees" (121), "declined to release the prisoners" (1243). A refusal
#: is an act of its own (PLOVER REJECT), not a cooperative event that did not happen.
_REFUSAL = {"03": "120", "04": "125", "045": "126", "046": "125", "05": "120", "06": "121",
            "061": "1211", "062": "1212", "07": "121", "08": "124", "081": "1241",
            "082": "1242", "084": "1243", "0841": "1243", "085": "1244", "086": "1245",
            "087": "1246"}


def refusal_code(code: str) -> Optional[str]:
    """The 12x code for refusing a cooperative act, or None."""
    code = _normalise(code) or ""
    return _REFUSAL.get(code[:4]) or _REFUSAL.get(code[:3]) or _REFUSAL.get(code[:2])
