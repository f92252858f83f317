#!/usr/bin/env python3
"""Load time and memory of the bundled gazetteer, and the per-article cost of the enrichment stage.

    python bench/gazetteer.py [--data ../shared/datasets/polnear/dev.jsonl] [--limit 40]

Prints the gazetteer's load time (first load in a fresh process, in seconds), the memory it holds and
its peak while loading (tracemalloc, MB), its size on disk, the one-off cost of pint's unit registry, and,
on parsed articles, the milliseconds per article that enrichment (place mentions, dates, quantities and
sizes) adds beyond the spaCy parse.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "datasets" / "polnear" / "dev.jsonl"


def gazetteer_load() -> tuple[float, float, float]:
    """Seconds for the first load, then MB held and peak over a second load traced by tracemalloc (which
    slows allocation, so it is not timed)."""
    import gc

    from dossier.enrich.gazetteer import load_gazetteer

    start = time.perf_counter()
    load_gazetteer()
    seconds = time.perf_counter() - start
    load_gazetteer.cache_clear()
    gc.collect()
    tracemalloc.start()
    load_gazetteer()
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, held / 1e6, peak / 1e6


def enrichment_cost(path: Path, limit: int) -> tuple[int, float, float]:
    from dossier.enrich.dates import find_dates
    from dossier.enrich.places import find_place_mentions
    from dossier.enrich.quantities import find_quantities
    from dossier.enrich.size import find_sizes
    from dossier.enrich.units import registry
    from dossier.nlp import load_pipeline

    start = time.perf_counter()
    registry()  # pint's registry is built once per process, on the first unit: timed apart
    print(f"pint unit registry (once per process): {time.perf_counter() - start:.2f} s")
    with path.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line, _ in zip(handle, range(limit), strict=False)]
    nlp = load_pipeline()
    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse = time.perf_counter() - start
    start = time.perf_counter()
    for doc in docs:
        find_place_mentions(doc)
        find_dates(doc.text, "2016-01-01")
        find_sizes(doc, find_quantities(doc))
    enrich = time.perf_counter() - start
    return len(docs), 1000 * parse / len(docs), 1000 * enrich / len(docs)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=40)
    args = parser.parse_args()
    seconds, held, peak = gazetteer_load()
    size = (ROOT / "src" / "dossier" / "data" / "gazetteer.txt.gz").stat().st_size / 1e6
    print(f"gazetteer load: {seconds:.2f} s, {held:.0f} MB held, {peak:.0f} MB peak, {size:.1f} MB on disk")
    if args.data.exists() and args.limit > 0:
        count, parse_ms, enrich_ms = enrichment_cost(args.data, args.limit)
        print(
            f"enrichment on {count} articles: {enrich_ms:.1f} ms/article "
            f"({100 * enrich_ms / parse_ms:.0f}% of the {parse_ms:.0f} ms/article parse)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
