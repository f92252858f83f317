"""Claims bench: claims across reports against an exhaustive claim gold.

    .venv/bin/python bench/claims.py [--corpus ../shared/datasets/voa/voa_stories.jsonl]
                                     [--gold ../shared/datasets/claims/voa_claims_dev.jsonl]
                                     [--db PATH] [--keep] [--json]

Ingests the corpus (any JSONL of {"id", "text", "published"?, ...} lines) into a fresh database with
``dossier ingest``, exports every claim with ``dossier claims --format json``, and prints the figures of
``../shared/scoring/score_claims.py`` (cross-article pair precision and recall, claims recovered whole,
stance accuracy, largest claim) and the time each step took. Nothing here is tuned on the gold: it only
measures.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DOSSIER = [sys.executable, "-m", "dossier"]


def run(args: list[str], out: Path | None = None) -> float:
    """Run a dossier command (stdout to ``out``); the seconds it took."""
    start = time.perf_counter()
    with open(out, "w", encoding="utf-8") if out else open("/dev/null", "w") as handle:
        subprocess.run([*DOSSIER, *args], check=True, stdout=handle, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=SHARED / "datasets" / "voa" / "voa_stories.jsonl")
    parser.add_argument("--gold", type=Path, default=SHARED / "datasets" / "claims" / "voa_claims_dev.jsonl")
    parser.add_argument("--db", type=Path, help="Database to build (default: a temporary file).")
    parser.add_argument("--keep", action="store_true", help="Reuse --db if it exists (skip the ingest).")
    parser.add_argument("--json", action="store_true", help="Print the figures as one JSON object.")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="dossier-claims-"))
    db = args.db or workdir / "claims.db"
    timings = {}
    if not (args.keep and db.exists()):
        db.unlink(missing_ok=True)
        timings["ingest_s"] = run(["ingest", str(args.corpus.resolve()), "--db", str(db)])
    predictions = workdir / "claims.json"
    timings["claims_s"] = run(["claims", "--db", str(db), "--format", "json"], predictions)
    claims = json.loads(predictions.read_text(encoding="utf-8"))
    if claims:
        largest = max(claims, key=lambda c: (c["articles"], len(c["items"])))
        timings["board_s"] = run(["claim", largest["id"], "--db", str(db)])
    scorer = SHARED / "scoring" / "score_claims.py"
    result = subprocess.run(
        [sys.executable, str(scorer), str(args.gold), str(predictions), "--json"],
        check=True,
        capture_output=True,
        text=True,
    )
    figures = json.loads(result.stdout) | {k: round(v, 2) for k, v in timings.items()}
    figures["claims_across_reports"] = sum(1 for c in claims if c["articles"] >= 2)
    if args.json:
        print(json.dumps(figures))
        return
    for key, value in figures.items():
        print(f"{key:24s} {value}")


if __name__ == "__main__":
    main()
