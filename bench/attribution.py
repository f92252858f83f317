"""Score attribution extraction on PolNeAR with ../shared/scoring/score_attribution.py.

    .venv/bin/python bench/attribution.py --data ../shared/datasets/polnear/dev.jsonl [--pred OUT.jsonl] [--json]

Runs ``dossier extract`` over the corpus (JSON Lines with "id" and "text"; falls back to the Python API
``dossier.extract_many`` when the CLI is not available), then the shared scorer on its output; prints the
scorer's figures and the extraction's wall-clock time.
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
SCORER = ROOT.parent / "shared" / "scoring" / "score_attribution.py"


def extract_cli(data: Path, pred: Path) -> bool:
    """Run ``dossier extract`` on ``data`` into ``pred``; False when the CLI cannot run."""
    cmd = [sys.executable, "-m", "dossier", "extract", str(data), "-o", str(pred)]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode in (0, 1) and pred.exists():
        return True
    print(
        f"dossier extract failed ({done.returncode}); using the Python API\n{done.stderr[-800:]}",
        file=sys.stderr,
    )
    return False


def extract_api(data: Path, pred: Path) -> None:
    """Extract with ``dossier.extract_many`` and write the records as JSON Lines."""
    import dossier
    from dossier.schema import Article

    with open(data, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    articles = [Article(id=r["id"], text=r["text"]) for r in rows]
    with open(pred, "w", encoding="utf-8") as out:
        for record in dossier.extract_many(articles):
            out.write(json.dumps(dossier.to_dict(record), ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True, help="gold JSON Lines (PolNeAR format)")
    ap.add_argument("--pred", type=Path, help="keep the extraction here (default: a temporary file)")
    ap.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    ap.add_argument("--api", action="store_true", help="use the Python API instead of the CLI")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pred = args.pred or Path(tmp) / "pred.jsonl"
        start = time.perf_counter()
        if args.api or not extract_cli(args.data, pred):
            extract_api(args.data, pred)
        seconds = time.perf_counter() - start
        cmd = [sys.executable, str(SCORER), str(args.data), str(pred)] + (["--json"] if args.json else [])
        scored = subprocess.run(cmd, capture_output=True, text=True, check=True)
    print(scored.stdout, end="")
    if not args.json:
        print(f"{'extract_seconds':20s} {seconds:6.1f}")


if __name__ == "__main__":
    main()
