"""Train the event confidence model shipped in src/dossier/data/events/confidence.json.

    .venv/bin/python training/train_event_confidence.py [--no-save]

Weak supervision from ../shared/datasets/plover/ngec_synthetic_events.csv.zip: the rules code the lead
sentence of every synthetic story; an event is a positive when its type is the story's (noisy) label.
Stories are split by headline template (20% of templates held out) to report how well the model ranks
events it has not seen; the shipped model is then fitted on all stories. Parses are cached as a DocBin
under /tmp/dossier-cache/events/.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dossier import actors  # noqa: E402
from dossier.events import extract_events  # noqa: E402
from dossier.events.confidence import MODEL_FILE, event_features  # noqa: E402
from dossier.nlp import load_pipeline  # noqa: E402

STORIES = ROOT.parent / "shared" / "datasets" / "plover" / "ngec_synthetic_events.csv.zip"
CACHE = Path("/tmp/dossier-cache/events")
OUT = ROOT / "src" / "dossier" / "data" / "events" / MODEL_FILE


def lead_sentences() -> tuple[list[str], list[str], list[bool]]:
    """The lead sentence, label and held-out flag (by headline template) of every synthetic story."""
    with zipfile.ZipFile(STORIES) as zf, zf.open(zf.namelist()[0]) as fh:
        rows = list(csv.DictReader(io.TextIOWrapper(fh, encoding="utf-8")))
    leads = [re.split(r"(?<=[.!?])\s+(?=[A-Z\"'])", r["text"].strip())[0] for r in rows]
    held = [int(hashlib.md5(r["title"].encode()).hexdigest(), 16) % 100 < 20 for r in rows]
    return leads, [r["label"] for r in rows], held


def parsed(texts: list[str]):
    """spaCy parses of ``texts``, cached on disk."""
    from spacy.tokens import DocBin

    nlp = load_pipeline()
    key = hashlib.sha1("\n".join(texts).encode()).hexdigest()[:16]
    path = CACHE / f"leads-{key}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts, batch_size=64))
    CACHE.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=False, docs=docs).to_disk(path)
    return docs


def examples(docs, labels: list[str]) -> list[tuple[int, list[str], int]]:
    """(story index, features, label) for every event the rules code in the lead sentences."""
    out = []
    for i, (doc, label) in enumerate(zip(docs, labels, strict=True)):
        events = extract_events(doc, actors.extract_entities(doc), [])
        types = len({e.type for e in events})
        for event in events:
            start = event.trigger.spans[0][0]
            lemma = next((t.lemma_.lower() for t in doc if t.idx == start), "")
            out.append((i, event_features(event, lemma, types), int(event.type == label)))
    return out


def fit(rows: list[tuple[int, list[str], int]], c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1) for _, f, _ in rows])
    model = LogisticRegression(C=c, max_iter=2000).fit(x, [y for _, _, y in rows])
    return vec, model


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--c", type=float, default=0.5, help="inverse regularisation strength")
    args = ap.parse_args()
    from sklearn.metrics import roc_auc_score

    leads, labels, held = lead_sentences()
    rows = examples(parsed(leads), labels)
    train = [r for r in rows if not held[r[0]]]
    test = [r for r in rows if held[r[0]]]
    vec, model = fit(train, args.c)
    probs = model.predict_proba(vec.transform([dict.fromkeys(f, 1) for _, f, _ in test]))[:, 1]
    gold = np.array([y for _, _, y in test])
    base = float(gold.mean())
    brier, brier_base = float(np.mean((probs - gold) ** 2)), float(np.mean((base - gold) ** 2))
    auc = roc_auc_score(gold, probs)
    found = {i for i, _, y in rows if y}
    print(f"events: {len(rows)} ({sum(y for *_, y in rows)} right); held-out templates: {len(test)} events")
    print(
        f"stories whose lead sentence the rules code with the story's label: {100 * len(found) / len(leads):.1f}%"
    )
    print(f"held-out AUC {auc:.3f}  Brier {brier:.4f} (constant {brier_base:.4f})")
    if args.no_save:
        return
    vec, model = fit(rows, args.c)
    weights = {name: round(float(w), 4) for name, w in zip(vec.feature_names_, model.coef_[0], strict=True)}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"bias": round(float(model.intercept_[0]), 4), "weights": weights}, indent=0))
    print(f"wrote {OUT} ({len(weights)} weights)")


if __name__ == "__main__":
    main()
