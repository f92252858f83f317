"""How often the rules code a synthetic story's labelled type in its lead sentence (training material).

    .venv/bin/python bench/ngec_leads.py [--limit 1500] [--seed 7] [--misses N]

Takes the first sentence of each synthetic NGEC story (../shared/datasets/plover/ngec_synthetic_events.csv.zip,
the material the event confidence model is trained on, never a test set), extracts it with dossier and
counts, per labelled PLOVER type, the stories whose lead sentence gets an event of that type. The
generated stories often drift from their label, so the figures are a ceiling-free recall proxy for finding
lexical gaps on training data, not an accuracy. ``--misses N`` prints N missed lead sentences per type.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from ngec_baseline import stories  # noqa: E402

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=1500, help="stories to read, drawn with --seed")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--misses", type=int, default=0, help="missed lead sentences to print per type")
    args = ap.parse_args()

    import dossier
    from dossier.schema import Article

    rows = stories()
    random.Random(args.seed).shuffle(rows)
    rows = rows[: args.limit]
    leads = [SENTENCE_END.split(r["text"].strip())[0] for r in rows]
    start = time.perf_counter()
    records = dossier.extract_many(Article(id=str(i), text=t) for i, t in enumerate(leads))
    total, found = Counter(), Counter()
    missed: dict[str, list[str]] = {}
    for row, lead, record in zip(rows, leads, records, strict=True):
        label = row["label"]
        total[label] += 1
        if label in {e.type for e in record.events}:
            found[label] += 1
        else:
            missed.setdefault(label, []).append(lead)
    print(f"{'type':<10} {'stories':>7} {'coded':>6}")
    for label in sorted(total):
        print(f"{label:<10} {total[label]:>7} {100 * found[label] / total[label]:>5.1f}%")
    print(f"{'all':<10} {sum(total.values()):>7} {100 * sum(found.values()) / sum(total.values()):>5.1f}%")
    print(f"seconds {time.perf_counter() - start:.1f}")
    for label in sorted(missed) if args.misses else ():
        print(f"\n== {label}")
        for lead in missed[label][: args.misses]:
            print("  ", lead[:200])


if __name__ == "__main__":
    main()
