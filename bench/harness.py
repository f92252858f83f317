"""What the scored benches share: run ``dossier extract`` on a gold corpus, then a scorer from ../shared."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORING = ROOT.parent / "shared" / "scoring"


def extract(data: Path, pred: Path) -> float:
    """Run ``dossier extract`` on ``data`` into ``pred``; the seconds it took. Exits when it crashed."""
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


def run_scored_bench(description: str, scorer: str, data_help: str) -> None:
    """The command line of a scored bench: --data GOLD [--pred OUT] [--json]; prints the scorer's figures."""
    ap = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, required=True, help=data_help)
    ap.add_argument("--pred", type=Path, help="keep the extraction here (default: a temporary file)")
    ap.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pred = args.pred or Path(tmp) / "pred.jsonl"
        seconds = extract(args.data, pred)
        cmd = [sys.executable, str(SCORING / scorer), str(args.data), str(pred)] + (
            ["--json"] if args.json else []
        )
        scored = subprocess.run(cmd, capture_output=True, text=True, check=True)
    print(scored.stdout, end="")
    if not args.json:
        print(f"{'extract_seconds':20s} {seconds:6.1f}")
