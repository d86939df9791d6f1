"""How far two annotators agree, scored the way rapport is (../../shared/eval/score.py).

A second annotation is turned into extractor output and scored against the first:
  - dev/: the 21 dev articles re-annotated by three helpers, against ../shared/dev;
  - holdout/: 12 held-out texts re-annotated blind, against bench/holdout.
The figures say how much of a gap to the gold is the annotators' own. Run from the
repository root (stdlib only):

    python3 bench/agreement/agree.py
"""
import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "shared" / "eval"))
import score as S  # noqa: E402

TYPES = {"MEET": ("CONSULT", "meet"), "VISIT": ("CONSULT", "visit"), "CALL": ("CONSULT", "phone"),
         "STATEMENT": ("STATEMENT", None), "PRAISE/COOPERATE": ("COOPERATE", None),
         "AGREE": ("AGREE", None), "APPEAL/DEMAND": ("REQUEST", None),
         "CRITICIZE/ACCUSE": ("ACCUSE", None), "THREATEN": ("THREATEN", None),
         "SANCTION": ("SANCTION", None), "PROTEST": ("PROTEST", None), "AID": ("AID", None),
         "FORCE/ATTACK": ("ASSAULT", None)}


def as_output(gold: dict) -> dict:
    """One annotation as an extractor's record: names become actors, types PLOVER types."""
    ids: dict = {}
    actors = []

    def aid(name):
        if not name:
            return []
        if name not in ids:
            ids[name] = str(len(ids) + 1)
            country = next((a.get("country") for a in gold.get("actors", []) if a["name"] == name), None)
            actors.append({"id": ids[name], "name": name, "country": country})
        return [ids[name]]
    events = [{"type": TYPES[e["type"]][0], "mode": TYPES[e["type"]][1], "actor": aid(e.get("source")),
               "recipient": aid(e.get("target")), "date": e.get("date")} for e in gold.get("events", [])]
    quotes = [{"text": q["text"], "kind": q.get("kind"), "speaker": (aid(q.get("speaker")) or [None])[0]}
              for q in gold.get("quotes", [])]
    return {"actors": actors, "events": events, "quotes": quotes}


def compare(name: str, first: Path, second: Path) -> None:
    seconds = {p.stem: as_output(json.loads(p.read_text(encoding="utf-8"))) for p in second.glob("*.json")}
    items = [it for it in S.load_gold(first) if it["id"] in seconds]
    r = S.score(items, seconds)
    e = r["events"]
    print(f"{name}: {len(items)} texts; second annotation against the first: event F1 {e['f1']} "
          f"(P {e['precision']}, R {e['recall']}; {e['predicted']} against {e['gold']}); "
          f"dates {r['event_dates']['accuracy']} ({r['event_dates']['scored']} scored)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.parse_args()
    root = HERE.parents[1]
    compare("dev", root.parent / "shared" / "dev", HERE / "dev")
    compare("held-out", root / "bench" / "holdout", HERE / "holdout")


if __name__ == "__main__":
    main()
