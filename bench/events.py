"""Score PLOVER event coding on annotated sentences with ../shared/scoring/score_events.py.

    .venv/bin/python bench/events.py --data ../shared/datasets/plover/gsr_dev.jsonl [--pred OUT.jsonl] [--json]

Runs ``dossier extract`` on the sentences (JSON Lines with "id" and "text"), then the shared scorer on
its output; prints the scorer's per-type table and figures, and the extraction's wall-clock time.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "scoring" / "score_events.py"


def extract(data: Path, pred: Path) -> float:
    """Run ``dossier extract`` on ``data`` into ``pred``; the seconds it took."""
    pred.unlink(missing_ok=True)
    start = time.perf_counter()
    cmd = [sys.executable, "-m", "dossier", "extract", str(data), "-o", str(pred)]
    done = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    lines = len(pred.read_text(encoding="utf-8").splitlines()) if pred.exists() else 0
    # exit status 1 means some items failed; a crash also exits 1, so an empty output is a failure
    if done.returncode not in (0, 1) or lines == 0 or "Traceback" in done.stderr:
        sys.exit(f"dossier extract failed ({done.returncode}):\n{done.stderr[-2000:]}")
    if done.returncode == 1:
        print(f"warning: some items failed:\n{done.stderr[-1000:]}", file=sys.stderr)
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True, help="gold JSON Lines (gsr_dev.jsonl format)")
    ap.add_argument("--pred", type=Path, help="keep the extraction here (default: a temporary file)")
    ap.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pred = args.pred or Path(tmp) / "pred.jsonl"
        seconds = extract(args.data, pred)
        cmd = [sys.executable, str(SCORER), str(args.data), str(pred)] + (["--json"] if args.json else [])
        scored = subprocess.run(cmd, capture_output=True, text=True, check=True)
    print(scored.stdout, end="")
    if not args.json:
        print(f"{'extract_seconds':20s} {seconds:6.1f}")


if __name__ == "__main__":
    main()
