"""Parse PolNeAR once and cache the spaCy docs (DocBin) for the attribution training and dev loop.

    .venv/bin/python training/attribution_corpus.py [train|dev ...]

Docs go to /tmp/dossier-cache/attribution/<split>.spacy; ``load_split`` reads them back with the gold.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from spacy.tokens import Doc, DocBin

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "datasets" / "polnear"
CACHE = Path("/tmp/dossier-cache/attribution")


def read_gold(split: str) -> list[dict]:
    """The PolNeAR articles of ``split`` (train or dev) with their gold attributions."""
    with open(POLNEAR / f"{split}.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def load_split(split: str) -> list[tuple[dict, Doc]]:
    """(gold article, parsed doc) pairs for ``split``, parsing and caching on first use."""
    from dossier.nlp import load_pipeline

    nlp = load_pipeline()
    gold = read_gold(split)
    path = CACHE / f"{split}.spacy"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        bin_ = DocBin(store_user_data=False)
        for doc in nlp.pipe((g["text"] for g in gold), batch_size=16):
            bin_.add(doc)
        bin_.to_disk(path)
    docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    return list(zip(gold, docs, strict=True))


if __name__ == "__main__":
    for split in sys.argv[1:] or ["dev", "train"]:
        load_split(split)
