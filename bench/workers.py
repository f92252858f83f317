#!/usr/bin/env python3
"""Extraction throughput over cores: plain processes against Ray workers, on the same articles.

    python bench/scale.py --workers [--data ../shared/datasets/polnear/train.jsonl] [--limit 500]
    python bench/workers.py [the same options]

Runs the extraction that `dossier ingest` spreads out, one setting after another, in one run:
`--processes 1`, `--processes 2` (dossier's worker processes), `--ray` with 1 and 2 workers (a local Ray
runtime, `distributed.RayPool`). Each time runs from the start of the workers (models loaded in each)
to the last extraction back in the driver, so start-up is counted as a user sees it; Ray's own runtime
start is timed apart (`ray_start_s`). Prints articles/s for each, Ray's overhead against processes at
the same core count, and the scaling from 1 to 2 workers. Storing and claim grouping run in the driver
whichever way extraction runs, so they are left out. Not a test: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "datasets" / "polnear" / "train.jsonl"


def load_articles(path: Path, limit: int) -> list:
    from dossier.ingest import make_article

    articles = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                articles.append(make_article(row["text"], id=str(row["id"])))
            if len(articles) >= limit:
                break
    return articles


def with_processes(articles: list, processes: int, batch_size: int) -> float:
    from dossier.pipeline import extract_many

    start = time.perf_counter()
    count = sum(1 for _ in extract_many(articles, processes=processes, batch_size=batch_size))
    assert count == len(articles)
    return time.perf_counter() - start


def with_ray(articles: list, workers: int, batch_size: int) -> float:
    import ray

    from dossier.distributed import RayPool

    start = time.perf_counter()
    with RayPool(workers=workers) as pool:
        count = sum(1 for _ in pool.extract(articles, batch_size=batch_size))
    assert count == len(articles)
    assert ray.is_initialized()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL with id and text per line")
    parser.add_argument("--limit", type=int, default=500, help="how many articles (default 500)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"{args.data} not found (../shared beside the checkout, or --data)", file=sys.stderr)
        return 2
    import os

    import ray

    articles = load_articles(args.data, args.limit)
    n = len(articles)
    rates: dict[str, float] = {}
    for processes in (1, 2):
        rates[f"processes_{processes}"] = n / with_processes(articles, processes, args.batch_size)
        print(f"--processes {processes}: {rates[f'processes_{processes}']:.2f} articles/s", file=sys.stderr)
    started = time.perf_counter()
    ray.init(num_cpus=os.cpu_count(), include_dashboard=False, logging_level="ERROR", log_to_driver=False)
    ray_start = time.perf_counter() - started
    try:
        for workers in (1, 2):
            rates[f"ray_{workers}"] = n / with_ray(articles, workers, args.batch_size)
            print(f"--ray, {workers} worker(s): {rates[f'ray_{workers}']:.2f} articles/s", file=sys.stderr)
    finally:
        ray.shutdown()
    figures = {
        "articles": n,
        "cores": os.cpu_count(),
        "articles_per_s": {k: round(v, 2) for k, v in rates.items()},
        "ray_start_s": round(ray_start, 1),
        "ray_2_vs_1_workers": round(rates["ray_2"] / rates["ray_1"], 2),  # target >= 1.8
        "processes_2_vs_1": round(rates["processes_2"] / rates["processes_1"], 2),
        "ray_vs_processes_1": round(rates["ray_1"] / rates["processes_1"], 2),  # target >= 0.9
        "ray_vs_processes_2": round(rates["ray_2"] / rates["processes_2"], 2),
    }
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
