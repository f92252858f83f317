"""PLOVER events on whole articles: ``dossier extract`` on coded stories, scored with the shared scorer.

    .venv/bin/python bench/articles.py [--corpus ../shared/datasets/voa/voa_stories.jsonl]
                                       [--gold ../shared/datasets/events/voa_events_dev.jsonl]
                                       [--pred OUT.jsonl] [--json]

Takes from the corpus (any JSONL of {"id", "text", "published"?, ...} lines) the stories the gold codes,
extracts them with ``dossier extract`` as a user would (publication dates included), and prints
../shared/scoring/score_article_events.py's figures: event precision and recall matched by sentence and
type, type-blind detection, and actor, recipient, status and date accuracy on the matched events; then
the extraction's wall-clock time. It only measures: nothing is tuned on the gold here.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from harness import SCORING, extract

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=SHARED / "datasets" / "voa" / "voa_stories.jsonl")
    parser.add_argument("--gold", type=Path, default=SHARED / "datasets" / "events" / "voa_events_dev.jsonl")
    parser.add_argument("--pred", type=Path, help="keep the extraction here (default: a temporary file)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    with open(args.gold, encoding="utf-8") as fh:
        coded = {json.loads(line)["article"] for line in fh if line.strip()}
    with tempfile.TemporaryDirectory() as tmp:
        stories = Path(tmp) / "stories.jsonl"
        with open(args.corpus, encoding="utf-8") as src, open(stories, "w", encoding="utf-8") as out:
            kept = [line for line in src if line.strip() and str(json.loads(line)["id"]) in coded]
            out.writelines(kept)
        if len(kept) != len(coded):
            sys.exit(f"the corpus holds {len(kept)} of the {len(coded)} stories the gold codes")
        pred = args.pred or Path(tmp) / "pred.jsonl"
        seconds = extract(stories, pred)
        cmd = [sys.executable, str(SCORING / "score_article_events.py"), str(args.gold), str(pred)]
        scored = subprocess.run(cmd + (["--json"] if args.json else []), capture_output=True, text=True)
    if scored.returncode:
        sys.exit(scored.stderr)
    if args.json:
        print(json.dumps(json.loads(scored.stdout) | {"extract_seconds": round(seconds, 1)}))
        return
    print(scored.stdout, end="")
    print(f"{'extract_seconds':20s} {seconds:6.1f}")


if __name__ == "__main__":
    main()
