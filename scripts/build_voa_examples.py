"""Write the shipped example corpus ``examples/voa_stories.jsonl`` from the VOA stories in ../shared.

    python scripts/build_voa_examples.py [--voa ../shared/datasets/voa/voa_stories.jsonl]
                                         [-o examples/voa_stories.jsonl]

The 89 Voice of America stories of ``../shared/datasets/voa/`` are VOA-authored news, works of the US
government and in the public domain, so unlike the FNC-1 example corpus they are committed to the
repository: ``make run`` reads them on a bare clone, without ../shared. The committed file is the
product; this script documents how it was made and remakes it byte for byte.

Each line is what ``dossier ingest`` reads (``id``, ``text``, ``title``, ``url``, ``published``,
``outlet``) plus the story's ``author``, ``section`` and ``keywords`` and a ``credit`` line, all as VOA
published them: the text, title, url, author and publication time are copied unchanged (``published``
is VOA's UTC timestamp, which ``dossier ingest`` reads as its date); ``outlet`` is "VOA". The ids are
VOA's own, as in ``../shared/datasets/claims/voa_claims_dev.jsonl``, so the claim gold scores a database
built from this file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VOA = ROOT.parent / "shared" / "datasets" / "voa" / "voa_stories.jsonl"
OUTPUT = ROOT / "examples" / "voa_stories.jsonl"
OUTLET = "VOA"
CREDIT = "Voice of America (voanews.com), public domain"
FIELDS = ("id", "title", "url", "published", "author", "section", "keywords")


def example_line(story: dict) -> dict:
    """The shipped record of one VOA story: its own fields unchanged, the outlet and the credit added."""
    missing = [name for name in (*FIELDS, "text") if not isinstance(story.get(name), str)]
    if missing:
        raise SystemExit(f"story {story.get('id')!r}: no {', '.join(missing)}")
    record = {name: story[name] for name in FIELDS}
    record.update(outlet=OUTLET, credit=CREDIT, text=story["text"])
    return record


def build(voa: Path, output: Path) -> int:
    """Write one JSON line per story, in the order of ``voa``; return how many."""
    stories = [json.loads(line) for line in voa.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [example_line(story) for story in stories]
    ids = [record["id"] for record in records]
    if len(set(ids)) != len(ids):
        raise SystemExit(f"{voa}: repeated story ids")
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--voa", type=Path, default=VOA, help="the VOA stories of ../shared")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    if not args.voa.is_file():
        sys.exit(f"no VOA stories at {args.voa}: the shipped file is built from ../shared")
    count = build(args.voa, args.output)
    print(f"{count} stories -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
