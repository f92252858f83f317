"""Write the example corpus (``examples/corpus.jsonl``) from the FNC-1 bodies in ../shared.

    python scripts/build_example_corpus.py [--fnc1 ../shared/datasets/fnc1] [-o examples/corpus.jsonl]

``examples/corpus.json`` lists the articles: real reports on three stories, with agreeing, denying and
copied ones. Their texts are copyrighted news shared for research use, so the repository keeps only the
list; this script takes each text from FNC-1's training bodies, checks it against the SHA-1 recorded in
the list and refuses any body of the dev split. ``make run`` calls it.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "examples" / "corpus.json"
FNC1 = ROOT.parent / "shared" / "datasets" / "fnc1"


def build(manifest: Path, fnc1: Path, output: Path) -> int:
    """Write one JSON line per listed article; return how many. Raises ``SystemExit`` on a mismatch."""
    listed = json.loads(manifest.read_text(encoding="utf-8"))["articles"]
    dev = set((fnc1 / "dev_body_ids.txt").read_text(encoding="utf-8").split())
    with open(fnc1 / "train_bodies.csv", encoding="utf-8", newline="") as fh:
        bodies = {row["Body ID"]: row["articleBody"] for row in csv.DictReader(fh)}
    lines = []
    for article in listed:
        body_id = str(article["body_id"])
        if body_id in dev:
            raise SystemExit(f"{article['id']}: body {body_id} belongs to the FNC-1 dev split")
        text = bodies.get(body_id)
        if text is None:
            raise SystemExit(f"{article['id']}: no body {body_id} in {fnc1 / 'train_bodies.csv'}")
        if hashlib.sha1(text.encode("utf-8")).hexdigest() != article["sha1"]:
            raise SystemExit(f"{article['id']}: body {body_id} differs from the text the list records")
        record = {"id": article["id"], "text": text, "outlet": article.get("outlet")}
        lines.append(json.dumps({k: v for k, v in record.items() if v is not None}, ensure_ascii=False))
    output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--manifest", type=Path, default=MANIFEST)
    parser.add_argument("--fnc1", type=Path, default=FNC1, help="the FNC-1 folder of ../shared")
    parser.add_argument("-o", "--output", type=Path, default=MANIFEST.with_suffix(".jsonl"))
    args = parser.parse_args()
    if not (args.fnc1 / "train_bodies.csv").is_file():
        sys.exit(f"no FNC-1 bodies in {args.fnc1}: the example corpus is built from ../shared")
    count = build(args.manifest, args.fnc1, args.output)
    print(f"{count} articles -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
