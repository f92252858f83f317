"""Train the FNC-1 stance model shipped in src/dossier/data/stance/ (train pairs only, dev stories removed).

    .venv/bin/python training/train_stance.py [--seed 0] [--cv 5] [--no-save]

Two stages: related/unrelated from overlap and similarity features, then agree/disagree/discuss on the
related pairs. ``--cv K`` first scores the configuration on K folds held out by story (connected
components of related headline-body pairs), the same way the dev split was cut.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from stance_data import CACHE, cached_encode, cached_facts, read_bodies, story_groups, train_rows  # noqa: E402

from dossier.evidence.stance_features import (  # noqa: E402
    PairFeatures,
    Vocabulary,
    attribution_features,
    featurize_pairs,
    read_texts,
)
from dossier.evidence.stance_model import (  # noqa: E402
    LABELS,
    MODEL_DIR,
    StanceModel,
    fit_related,
    fit_stance,
)


def training_features(rows: list[dict[str, str]], vocabulary: Vocabulary) -> PairFeatures:
    """Features of the training pairs, cached under /tmp/dossier-cache/evidence (a cache of the features
    before the attribution block is extended with that block rather than recomputed)."""
    path = CACHE / "train_features_attr.pkl"
    if path.exists():
        with open(path, "rb") as fh:
            return pickle.load(fh)
    bodies = read_bodies()
    pairs = [(r["Headline"], bodies[r["Body ID"]]) for r in rows]
    older = CACHE / "train_features.pkl"
    if older.exists():
        with open(older, "rb") as fh:
            base = pickle.load(fh)
        heads = list(dict.fromkeys(h for h, _ in pairs))
        texts = list(dict.fromkeys(b for _, b in pairs))
        head_views = dict(zip(heads, read_texts(heads, vocabulary, cached_encode, True), strict=True))
        body_views = dict(zip(texts, read_texts(texts, vocabulary, cached_encode, False), strict=True))
        facts = dict(zip(texts, cached_facts(texts), strict=True))
        block = np.vstack([attribution_features(head_views[h], body_views[b], facts[b]) for h, b in pairs])
        features = PairFeatures(base.related, np.hstack([base.words, block]), base.embeddings)
    else:
        features = featurize_pairs(pairs, vocabulary, cached_encode, cached_facts)
    with open(path, "wb") as fh:
        pickle.dump(features, fh)
    return features


def subset(features: PairFeatures, mask: np.ndarray) -> PairFeatures:
    """The rows of ``features`` where ``mask`` holds."""
    return features.rows(np.flatnonzero(mask))


def fnc_figures(gold: list[str], pred: list[str]) -> tuple[float, float, float]:
    """Relative FNC score, macro-F1 over the four classes and disagree F1 (the scorer's rules)."""
    score = sum(
        (0.25 if g == p else 0.0)
        + (0.5 if g == p and g != "unrelated" else 0.0)
        + (0.25 if g != "unrelated" and p != "unrelated" else 0.0)
        for g, p in zip(gold, pred, strict=True)
    )
    best = sum(1.0 if g != "unrelated" else 0.25 for g in gold)
    f1s = {}
    for lab in LABELS:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == p == lab)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if p == lab and g != lab)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p != lab)
        f1s[lab] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return 100 * score / best, float(np.mean(list(f1s.values()))), f1s["disagree"]


def cross_validate(rows: list[dict[str, str]], features: PairFeatures, folds: int, seed: int) -> None:
    """Score the two-stage model on story-held-out folds of the training pairs and print the figures."""
    heads, bodies = story_groups(rows)
    rng = np.random.default_rng(seed)
    n_stories = max(max(heads.values()), max(bodies.values())) + 1
    fold_of = rng.integers(0, folds, size=n_stories)
    h_fold = np.array([fold_of[heads[r["Headline"]]] for r in rows])
    b_fold = np.array([fold_of[bodies[r["Body ID"]]] for r in rows])
    gold = np.array([r["Stance"] for r in rows])
    results = []
    for k in range(folds):
        train = (h_fold != k) & (b_fold != k)
        test = (h_fold == k) & (b_fold == k)
        model = fit_model(subset(features, train), gold[train], seed)
        pred = model.predict(subset(features, test))
        results.append(fnc_figures(gold[test].tolist(), pred))
        print(
            f"fold {k}: n={test.sum()} relative={results[-1][0]:.2f} macroF1={results[-1][1]:.4f} "
            f"disagreeF1={results[-1][2]:.4f}",
            flush=True,
        )
    mean = np.mean(results, axis=0)
    print(f"cv mean: relative={mean[0]:.2f} macroF1={mean[1]:.4f} disagreeF1={mean[2]:.4f}", flush=True)


def fit_model(
    features: PairFeatures, gold: np.ndarray, seed: int, vocabulary: Vocabulary | None = None
) -> StanceModel:
    """Fit both stages on ``features`` with gold labels ``gold``."""
    related = gold != "unrelated"
    related_model = fit_related(features, related, seed)
    stance_model = fit_stance(subset(features, related), gold[related], seed)
    return StanceModel(vocabulary=vocabulary, related_model=related_model, stance_model=stance_model)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cv", type=int, default=0, help="score on K story-held-out folds first")
    parser.add_argument("--no-save", action="store_true")
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    args = parser.parse_args()
    torch.set_num_threads(1)
    rows = train_rows()
    bodies = read_bodies()
    train_body_ids = sorted({r["Body ID"] for r in rows}, key=int)
    vocabulary = Vocabulary.fit([bodies[b] for b in train_body_ids] + sorted({r["Headline"] for r in rows}))
    features = training_features(rows, vocabulary)
    if args.cv:
        cross_validate(rows, features, args.cv, args.seed)
    if not args.no_save:
        gold = np.array([r["Stance"] for r in rows])
        model = fit_model(features, gold, args.seed, vocabulary)
        model.save(args.out)
        print(f"saved to {args.out}")


if __name__ == "__main__":
    main()
