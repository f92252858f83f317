#!/usr/bin/env python3
"""Throughput of the whole dossier pipeline against the bare spaCy parse, on the same texts.

    python bench/speed.py [--data ../shared/datasets/polnear/dev.jsonl] [--limit N] [--repeat 3]

Prints articles/s and words/s for the bare parse (nlp.pipe with the same model and batch size) and for
dossier's extraction (what `dossier extract` runs: parse, every stage, JSON serialisation), their ratio,
and the peak resident memory. Each figure is the best of --repeat runs, the two alternating.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "datasets" / "polnear" / "dev.jsonl"


def load_texts(path: Path, limit: int | None) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                rows.append({"id": str(row["id"]), "text": row["text"]})
            if limit and len(rows) >= limit:
                break
    return rows


def bare_parse(texts: list[str], batch_size: int) -> float:
    from dossier.nlp import load_pipeline

    nlp = load_pipeline()
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - start


def whole_pipeline(rows: list[dict], batch_size: int) -> float:
    from dossier import extract_many, to_dict
    from dossier.ingest import make_article

    articles = [make_article(r["text"], id=r["id"]) for r in rows]
    start = time.perf_counter()
    for record in extract_many(articles, batch_size=batch_size):
        json.dumps(to_dict(record), ensure_ascii=False)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL with id and text per line")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best is reported")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"error: {args.data} not found", file=sys.stderr)
        return 2

    rows = load_texts(args.data, args.limit)
    texts = [r["text"] for r in rows]
    words = sum(len(t.split()) for t in texts)
    whole_pipeline(rows[:2], args.batch_size)  # load the model and every bundled table before timing

    bare_times, whole_times = [], []
    for _ in range(args.repeat):
        bare_times.append(bare_parse(texts, args.batch_size))
        whole_times.append(whole_pipeline(rows, args.batch_size))
    bare, whole = min(bare_times), min(whole_times)
    figures = {
        "articles": len(rows),
        "words": words,
        "bare_parse": {
            "seconds": round(bare, 3),
            "articles_per_s": round(len(rows) / bare, 2),
            "words_per_s": round(words / bare),
        },
        "dossier_extract": {
            "seconds": round(whole, 3),
            "articles_per_s": round(len(rows) / whole, 2),
            "words_per_s": round(words / whole),
        },
        "ratio": round(bare / whole, 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    if args.json:
        print(json.dumps(figures))
        return 0
    print(f"data: {args.data} ({len(rows)} articles, {words} words), best of {args.repeat}")
    for name in ("bare_parse", "dossier_extract"):
        f = figures[name]
        print(
            f"{name:16} {f['seconds']:8.2f} s  {f['articles_per_s']:8.2f} articles/s  {f['words_per_s']:8d} words/s"
        )
    print(f"ratio (dossier / bare parse throughput): {figures['ratio']:.1%}")
    print(f"peak RSS: {figures['peak_rss_mb']} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
