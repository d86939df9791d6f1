#!/usr/bin/env python3
"""Build ``src/rapport/data/cameo.tsv``: every CAMEO code with its PLOVER coding.

Inputs (read-only reference files, see /work/shared/reference/README.md):

* ``cameo_codes_goldstein_quad.csv``: the 311 CAMEO codes (20 roots, 3- and 4-digit)
  with name, Goldstein score and quad class (GDELT rule). This file decides which
  codes are in the table and gives ``name``, ``goldstein`` and ``quad_class``.
* ``CAMEO2PLOVER-2021.txt``: CAMEO code -> PLOVER ``type, mode, context``
  (P. Schrodt, draft 0.8, 2021-09-17). Gives ``plover_type``, ``plover_mode``,
  ``plover_context``.

Output columns: ``code name goldstein quad_class plover_type plover_mode plover_context``
(tab-separated, UTF-8, header row, rows in CAMEO order, empty string for "none").

Rules applied (all visible below, so the table can be audited and re-built):

1. Codes with no line in the conversion table: 01x statements keep an empty
   ``plover_type``/``mode``/``context`` (PLOVER has no statement type). 02x appeals are
   REQUEST, as the PLOVER manual defines it ("all requests, demands, and orders"): each
   takes the mode and context of its CAMEO 10x twin (021 appeal for material cooperation
   -> 101 demand material cooperation: REQUEST/assist; 025 -> 105: yield; 026 -> 106:
   meet), so appeals and demands differ only in CAMEO code and Goldstein score. Codes of
   other roots missing from the conversion table would inherit the type of their
   parent; in the 2021 table there are none.
2. Old PLOVER type names are mapped to the 16 current types (``TYPE_ALIASES``); any
   type that is not one of the 16 after mapping is an error.
3. Modes that the current manual no longer has are mapped to its closest current mode
   or dropped (``MODE_FIXES``, ``CODE_MODE_FIXES``); ``pro_autocracy``, given as a mode
   for 175, is a context and is moved there.
4. Contexts are normalised to the manual's context names (``CONTEXT_FIXES``) and
   several contexts are joined with ``;`` (no spaces).
5. Where the conversion table lists a code twice, the first line wins (``08`` is listed
   as CONCEDE and as RETREAT: the root keeps CONCEDE, as 080 "Yield" does; 084-087 and
   0813/0814 are RETREAT by their own lines). ``175`` is listed twice identically.
6. Lines for codes that are not in the CAMEO list (1213, 1214) are ignored.
7. Where the conversion table contradicts the manual, the manual wins
   (``CODE_TYPE_FIXES``: 163 sanctions are SANCTION/discontinue).
8. A few CAMEO names are repaired (``NAME_FIXES``): mojibake, typos, and GDELT's
   outdated names for 101 and 105-108; whitespace in names is collapsed.

Usage: ``python scripts/build_cameo_table.py [--reference DIR] [--out FILE]``
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

REFERENCE = Path("/work/shared/reference")
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "rapport" / "data" / "cameo.tsv"

COLUMNS = ("code", "name", "goldstein", "quad_class", "plover_type", "plover_mode",
           "plover_context")

from rapport.events.coding import PLOVER_ALIASES  # noqa: E402
from rapport.schema import PLOVER_TYPES  # noqa: E402

#: Older PLOVER / CAMEO type names -> current type (the coder's, plus one the table uses).
TYPE_ALIASES = {**PLOVER_ALIASES, "REDUCE": "SANCTION"}

#: (type, old mode) -> current mode ("" drops it). Modes not listed are kept as given.
MODE_FIXES = {
    ("RETREAT", "ease"): "",          # the table itself notes "ease" is no longer a mode
    ("RETREAT", "return"): "",        # "return" is commented out of the manual's RETREAT modes
    ("THREATEN", "ban"): "restrict",  # manual: restrict covers "banning of political activities"
    ("THREATEN", "political"): "restrict",
    ("COERCE", "ban"): "restrict",    # manual: restrict covers banning from political life
    ("ASSAULT", "assassinate"): "targeted",  # manual: targeted = (attempted) assassinations
    ("ASSAULT", "massacre"): "targeted",     # manual: targeted includes mass killings
    ("ASSAULT", "cleansing"): "",     # commented out of the manual's ASSAULT modes
    ("ASSAULT", "seize"): "destroy",  # 1712 Destroy property; manual: destroy
    ("ASSAULT", "pro_autocracy"): "",  # a context, not a mode: moved to context below
}

#: Per-code mode overrides, applied after MODE_FIXES.
CODE_MODE_FIXES = {
    "195": "aerial",  # "Employ aerial weapons": the table predates the manual's aerial mode
}

#: Per-code (type, mode, context) overrides where the conversion table contradicts the
#: manual. 163 "Impose embargo, boycott, or sanctions" is COERCE/restrict in the 2021
#: table, but the manual's SANCTION section says "International (political or economic)
#: sanctions are coded as 'discontinue'" and keeps COERCE/restrict for restrictions on
#: political freedoms and movement (CAMEO 172x).
CODE_TYPE_FIXES = {
    "163": ("SANCTION", "discontinue", "economic"),
}

#: Names fixed in the CAMEO list: GDELT's lookup file has a mis-encoded 044, two typos,
#: and older CAMEO names for 101 and 105-108 that contradict their own 4-digit children
#: (1011-1014 are demands for cooperation, 1051-1056 demands to yield), the parallel
#: 02x/12x codes and the conversion table. The CAMEO 1.1b3 names are used instead.
NAME_FIXES = {
    "033": "Express intent to provide material aid, not specified below",
    "044": "Meet at a 'third' location",
    "101": "Demand material cooperation, not specified below",
    "105": "Demand that target yields, not specified below",
    "106": "Demand meeting, negotiation",
    "107": "Demand settling of dispute",
    "108": "Demand mediation",
    "2041": "Use chemical, biological, or radiological weapons",
}

#: Old context name -> current context name in the manual.
CONTEXT_FIXES = {
    "democracy": "pro_democracy",
    "humanitarian": "human_security",  # the manual has no "humanitarian" context
}

_LINE = re.compile(r"^\s*(\d{2,4})\s*:\s*(.*)$")


def read_cameo(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        if not re.fullmatch(r"\d{2,4}", row["code"]):
            raise ValueError(f"bad CAMEO code {row['code']!r}")
        if row["goldstein"].strip() == "":
            raise ValueError(f"no Goldstein score for {row['code']}")
    return rows


def read_conversion(path: Path) -> dict[str, tuple[str, str, str]]:
    """CAMEO code -> (type, mode, context) as written, first line for a code wins."""
    table: dict[str, tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _LINE.match(line)
        if not m:
            continue
        code, body = m.group(1), m.group(2).split("#", 1)[0]
        parts = [p.strip() for p in body.split(",")]
        parts += [""] * (3 - len(parts))
        if code not in table:
            table[code] = (parts[0], parts[1], parts[2])
    return table


def normalise(code: str, ptype: str, mode: str, context: str) -> tuple[str, str, str]:
    ptype = ptype.strip().upper()
    ptype = TYPE_ALIASES.get(ptype, ptype)
    if ptype and ptype not in PLOVER_TYPES:
        raise ValueError(f"{code}: {ptype!r} is not a PLOVER type")
    mode = re.sub(r"\s+", "", mode).lower()
    contexts = [c.strip().lower() for c in context.split(";") if c.strip()]
    if mode == "pro_autocracy":
        contexts.insert(0, "pro_autocracy")
    mode = MODE_FIXES.get((ptype, mode), mode)
    contexts = [CONTEXT_FIXES.get(c, c) for c in contexts]
    seen: list[str] = []
    for c in contexts:
        if c not in seen:
            seen.append(c)
    return ptype, mode, ";".join(seen)


def parents(code: str) -> list[str]:
    """Nearest first: 4-digit -> 3-digit -> root."""
    return [code[:n] for n in (3, 2) if n < len(code)]


def build(reference: Path) -> list[dict]:
    cameo = read_cameo(reference / "cameo_codes_goldstein_quad.csv")
    conv = read_conversion(reference / "CAMEO2PLOVER-2021.txt")
    out: list[dict] = []
    coded: dict[str, tuple[str, str, str]] = {}
    for row in cameo:
        code = row["code"]
        twin = "10" + code[2:] if code.startswith("02") else None
        if code in conv:
            ptype, mode, context = normalise(code, *conv[code])
            mode = CODE_MODE_FIXES.get(code, mode)
        elif twin and (twin in conv or "10" in conv):
            key = twin if twin in conv else "10"
            ptype, mode, context = normalise(key, *conv[key])
            mode = CODE_MODE_FIXES.get(key, mode)
        else:
            ptype = mode = context = ""
            if code[:2] not in ("01", "02"):
                for parent in parents(code):
                    if parent in coded and coded[parent][0]:
                        ptype = coded[parent][0]
                        break
        if code in CODE_TYPE_FIXES:
            ptype, mode, context = CODE_TYPE_FIXES[code]
        coded[code] = (ptype, mode, context)
        out.append({
            "code": code,
            "name": NAME_FIXES.get(code, " ".join(row["name"].split())),
            "goldstein": f"{float(row['goldstein']):.1f}",
            "quad_class": str(int(row["quadclass"])),
            "plover_type": ptype,
            "plover_mode": mode,
            "plover_context": context,
        })
    return out


def write(rows: list[dict], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, delimiter="\t",
                                lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reference", type=Path, default=REFERENCE)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    rows = build(args.reference)
    write(rows, args.out)
    typed = sum(1 for r in rows if r["plover_type"])
    print(f"wrote {len(rows)} codes ({typed} with a PLOVER type) to {args.out}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
