#!/usr/bin/env python3
"""Time and peak memory of one extraction as an article grows: is any step quadratic, and how much memory
does a megabyte of text cost?

    python bench/long_texts.py [--kind sentence|article|entities|all] [--sizes 20000,80000,200000]

Each size runs in a fresh process (so its peak resident memory is its own) and prints chars, seconds,
seconds per 100 KB (flat when linear) and peak memory less the loaded models. Kinds:
``sentence``: one sentence of clauses with speech verbs, no sentence end (the worst case for
per-sentence work); ``article``: the seed article repeated in paragraphs; ``entities``: ``&amp;&#x41;&nbsp;``
repeated (issue 14's 4.6 MB case).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLAUSE = "the minister said that the army of Iran attacked 3 villages near Basra on Monday and "


def make_text(kind: str, size: int) -> str:
    if kind == "sentence":
        return "Officials said " + CLAUSE * (size // len(CLAUSE)) + "the talks ended."
    if kind == "entities":
        return "&amp;&#x41;&nbsp;" * (size // 17)
    seed = (ROOT / "examples" / "iran_missiles_ap.txt").read_text(encoding="utf-8")
    return (seed + "\n\n") * max(1, size // (len(seed) + 2))


def one(kind: str, size: int) -> dict:
    """Run in the child: extract one text of ``kind`` and ``size`` chars."""
    import dossier

    dossier.extract("Iran denied it.")  # load every model first
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    text = make_text(kind, size)
    start = time.perf_counter()
    record = dossier.extract(text)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "kind": kind,
        "chars": len(text),
        "seconds": round(seconds, 2),
        "s_per_100k": round(seconds / len(text) * 100_000, 2),
        "models_mb": base // 1024,
        "extra_mb": (peak - base) // 1024,
        "mb_per_mb": round((peak - base) / 1024 / (len(text.encode()) / 1_000_000)),
        "attributions": len(record.attributions),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--kind", default="all", choices=["sentence", "article", "entities", "all"])
    parser.add_argument("--sizes", default="20000,80000,200000")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(one(args.child[0], int(args.child[1]))))
        return
    kinds = ["sentence", "article", "entities"] if args.kind == "all" else [args.kind]
    for kind in kinds:
        for size in map(int, args.sizes.split(",")):
            out = subprocess.run(
                [sys.executable, __file__, "--child", kind, str(size)],
                capture_output=True,
                text=True,
                check=True,
            )
            print(out.stdout.strip().splitlines()[-1], flush=True)


if __name__ == "__main__":
    main()
