#!/usr/bin/env python3
"""Extraction throughput over cores: plain processes against Ray workers, on the same articles.

    python bench/scale.py --workers [--data ../shared/datasets/polnear/train.jsonl] [--limit 500]
    python bench/workers.py [the same options]

Runs the extraction that `dossier ingest` spreads out, one setting after another, in one run:
`--processes 1`, `--ray` with 1 worker, `--processes 2`, `--ray` with 2 workers (dossier's worker
processes; a local Ray runtime, `distributed.RayPool`), interleaved so that a slow spell of a shared
machine falls on each alike, for `--repeat` rounds (2 by default); each figure is its best round, as
`timeit` reports, and every round is printed too. Each setting runs in a fresh interpreter, as a user's
`dossier ingest` does: run in one process, a later setting would inherit the caches an earlier one
warmed (forked workers start with the parent's vocabulary and lookups), which made plain processes look
faster than they are. Each time runs from the start of the workers (models loaded in each) to the last
extraction back in the driver, so start-up is counted as a user sees it; Ray's own runtime start is
timed apart (`ray_start_s`). Prints articles/s for each, Ray's overhead against processes at
the same core count, and the scaling from 1 to 2 workers. Storing and claim grouping run in the driver
whichever way extraction runs, so they are left out. Not a test: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import subprocess
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


def one_setting(args: argparse.Namespace) -> dict[str, float]:
    """Run one setting (``processes:N`` or ``ray:N``) in this process: its seconds (and Ray's start)."""
    import os

    way, workers = args.setting.split(":")
    articles = load_articles(args.data, args.limit)
    if way == "processes":
        return {"seconds": with_processes(articles, int(workers), args.batch_size)}
    import ray

    started = time.perf_counter()
    ray.init(num_cpus=os.cpu_count(), include_dashboard=False, logging_level="ERROR", log_to_driver=False)
    ray_start = time.perf_counter() - started
    try:
        return {"seconds": with_ray(articles, int(workers), args.batch_size), "ray_start_s": ray_start}
    finally:
        ray.shutdown()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL with id and text per line")
    parser.add_argument("--limit", type=int, default=500, help="how many articles (default 500)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument(
        "--repeat", type=int, default=2, help="rounds of the four settings; each figure is its best round"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--setting", help=argparse.SUPPRESS)  # WAY:N, run in a fresh interpreter by main
    args = parser.parse_args()
    if not args.data.exists():
        print(f"{args.data} not found (../shared beside the checkout, or --data)", file=sys.stderr)
        return 2
    if args.setting:
        print(json.dumps(one_setting(args)))
        return 0
    import os

    count = len(load_articles(args.data, args.limit))
    runs: dict[str, list[float]] = {}
    ray_starts: list[float] = []
    settings = [("processes", 1), ("ray", 1), ("processes", 2), ("ray", 2)]
    for round_ in range(1, args.repeat + 1):
        for way, workers in settings:  # interleaved, so that a slow spell of the machine hits each alike
            command = [sys.executable, __file__, "--data", str(args.data), "--limit", str(args.limit)]
            command += ["--batch-size", str(args.batch_size), "--setting", f"{way}:{workers}"]
            done = subprocess.run(command, check=True, capture_output=True, text=True)
            result = json.loads(done.stdout.strip().splitlines()[-1])
            ray_starts += [result["ray_start_s"]] if "ray_start_s" in result else []
            runs.setdefault(f"{way}_{workers}", []).append(count / result["seconds"])
            print(
                f"round {round_}, {way} {workers}: {count / result['seconds']:.2f} articles/s",
                file=sys.stderr,
            )
    rates = {key: max(values) for key, values in runs.items()}  # the best of the rounds, as timeit does
    figures = {
        "articles": count,
        "cores": os.cpu_count(),
        "articles_per_s": {k: round(v, 2) for k, v in rates.items()},
        "rounds": {k: [round(v, 2) for v in values] for k, values in runs.items()},
        "ray_start_s": round(min(ray_starts), 1),
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
