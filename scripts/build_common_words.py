"""Build data/common_words.txt: words the press-release corpus writes in lower case.

A capitalised token whose lower-case form is a common word ("Prevention", "Human",
"Secretary") is part of a title, not of a personal name; the actors stage uses this list to
trim the title words the NER leaves at the front of a PERSON entity. Re-run with
`python scripts/build_common_words.py [CORPUS.jsonl.gz]`.
"""
import collections
import gzip
import json
import re
import sys
from pathlib import Path

corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/usgov-press-2021-2022.jsonl.gz")
out = Path(__file__).resolve().parent.parent / "src/rapport/data/common_words.txt"
counts = collections.Counter()
with gzip.open(corpus, "rt", encoding="utf-8") as f:
    for line in f:
        html = json.loads(line).get("html") or ""
        text = re.sub(r"<[^>]+>", " ", html)
        counts.update(w for w in re.findall(r"\b[a-z][a-z'-]+\b", text))
words = sorted(w for w, c in counts.items() if c >= 5 and len(w) > 1)
out.write_text("# Words the corpus writes in lower case at least 5 times (scripts/build_common_words.py)\n"
               + "\n".join(words) + "\n", encoding="utf-8")
print(f"{len(words)} words -> {out}")
