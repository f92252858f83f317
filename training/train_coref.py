"""Train the cross-document event coreference model (``dossier.evidence.coref``) on ECB+ train.

    python training/train_coref.py [--data JSONL] [--seed 13] [--cache DIR]

Reads ../shared/datasets/ecbplus/ecbplus_fulldoc_train.jsonl (its validated event mentions; the documents'
full texts are the input), never dev or test. Chooses the document-grouping threshold, then fits boosted
trees on the candidate mention pairs (same predicted document group) and chooses the average-link threshold
by 3-fold cross-validation over topics, scored with ../shared/scoring/score_coref.py's CoNLL F1. Writes
src/dossier/data/coref/coref_model.json. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import importlib.util
import pickle
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from ecbplus import read_ecbplus  # noqa: E402

from dossier.evidence.coref import (  # noqa: E402
    FEATURES,
    MODEL_PATH,
    Coref,
    CorefModel,
    average_link,
)

DEFAULT = SHARED / "datasets" / "ecbplus" / "ecbplus_fulldoc_train.jsonl"
DOCUMENT_THRESHOLDS = (0.1, 0.2)
CLUSTER_THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.25, 0.76, 0.05))
NEGATIVE_RATE = 0.2  # negative pairs kept for fitting (weighted back up), which quarters the cost
FOLDS = 3
TREES = dict(max_iter=200, max_leaf_nodes=15, learning_rate=0.1, min_samples_leaf=40, l2_regularization=1.0)


def scorer():
    spec = importlib.util.spec_from_file_location("score_coref", SHARED / "scoring" / "score_coref.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def conll(score, gold_clusters: list[str], labels) -> tuple[float, float, float, float]:
    """MUC, B-cubed, CEAF-e F1 and CoNLL F1 (percent) of predicted ``labels`` against gold clusters."""
    groups_gold: dict[str, set] = {}
    groups_pred: dict[str, set] = {}
    for k, (g, p) in enumerate(zip(gold_clusters, labels, strict=True)):
        groups_gold.setdefault(g, set()).add(k)
        groups_pred.setdefault(str(p), set()).add(k)
    key, resp = list(groups_gold.values()), list(groups_pred.values())
    f = [score.muc(key, resp)[2], score.bcub(key, resp)[2], score.ceafe(key, resp)[2]]
    return (*[100 * v for v in f], 100 * sum(f) / 3)


def fit_trees(x: np.ndarray, y: np.ndarray, seed: int):
    from sklearn.ensemble import HistGradientBoostingClassifier

    # every positive and every hard negative (same lemma, or triggers close in context); easy negatives
    # sampled and weighted back up
    hard = (
        (y == 1) | (x[:, FEATURES.index("same_lemma")] > 0) | (x[:, FEATURES.index("context_cosine")] > 0.5)
    )
    keep = hard | (np.random.default_rng(seed).random(len(y)) < NEGATIVE_RATE)
    weight = np.where(hard[keep], 1.0, 1.0 / NEGATIVE_RATE)
    clf = HistGradientBoostingClassifier(random_state=seed, early_stopping=False, **TREES)
    return clf.fit(x[keep], y[keep], sample_weight=weight)


def tree_to_json(predictor) -> dict:
    """One of a fitted HistGradientBoostingClassifier's trees as plain lists (leaves: left = -1)."""
    nodes = predictor.nodes
    leaf = nodes["is_leaf"].astype(bool)
    return {
        "left": np.where(leaf, -1, nodes["left"].astype(np.int64)).tolist(),
        "right": np.where(leaf, -1, nodes["right"].astype(np.int64)).tolist(),
        "feature": nodes["feature_idx"].astype(int).tolist(),
        "threshold": [float(t) for t in nodes["num_threshold"]],
        "value": [round(float(v), 6) for v in nodes["value"]],
    }


def to_model(clf, document_threshold: float, cluster_threshold: float, meta: dict) -> CorefModel:
    return CorefModel(
        trees=[tree_to_json(predictors[0]) for predictors in clf._predictors],
        base_score=float(np.ravel(clf._baseline_prediction)[0]),
        learning_rate=1.0,
        document_threshold=document_threshold,
        cluster_threshold=cluster_threshold,
        meta=meta,
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--cache", type=Path, help="keep the parsed and encoded train set here between runs")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    args = ap.parse_args()
    score = scorer()
    t0 = time.perf_counter()
    cached = args.cache / (args.data.stem + ".pkl") if args.cache else None
    coref = Coref(model=None)
    if cached and cached.exists():
        with open(cached, "rb") as fh:
            prepared, gold = pickle.load(fh)[:2]
    else:
        documents, mentions, gold = read_ecbplus(args.data)
        prepared = coref.prepare(documents, mentions)
        if cached:
            cached.parent.mkdir(parents=True, exist_ok=True)
            with open(cached, "wb") as fh:
                pickle.dump((prepared, gold, documents), fh)
    print(f"prepared {len(prepared.mentions)} mentions in {time.perf_counter() - t0:.0f} s", flush=True)
    clusters = [g["cluster"] for g in gold]
    topics = sorted({g["topic"] for g in gold}, key=int)
    fold_of_topic = {t: k % FOLDS for k, t in enumerate(topics)}
    fold = np.array([fold_of_topic[g["topic"]] for g in gold])
    y_all = np.array(clusters)
    rng_seed = args.seed
    results = []
    best = None
    for dt in DOCUMENT_THRESHOLDS:
        groups = coref.document_groups(prepared, dt)
        pairs = coref.candidate_pairs(prepared, groups)
        x = coref.features(prepared, pairs, groups)
        y = (y_all[pairs[:, 0]] == y_all[pairs[:, 1]]).astype(int)
        pair_fold = np.where(fold[pairs[:, 0]] == fold[pairs[:, 1]], fold[pairs[:, 0]], -1)
        probs = np.zeros(len(pairs))
        print(f"documents {dt:.2f}: features in {time.perf_counter() - t0:.0f} s", flush=True)
        for f in range(FOLDS):
            train = (pair_fold != f) & (fold[pairs[:, 0]] != f) & (fold[pairs[:, 1]] != f)
            test = pair_fold == f
            clf = fit_trees(x[train], y[train], rng_seed)
            probs[test] = clf.predict_proba(x[test])[:, 1]
        keep = pair_fold >= 0
        recall = y[keep].sum() / max(1, _coreferent_pairs(clusters, fold))
        for ct in CLUSTER_THRESHOLDS:
            labels = average_link(len(clusters), pairs[keep], probs[keep], ct)
            labels = [f"{fold[k]}-{lab}" for k, lab in enumerate(labels)]
            muc, b3, ceaf, f1 = conll(score, clusters, labels)
            results.append((f1, dt, ct))
            print(
                f"documents {dt:.2f} ({len(set(groups))} groups, {len(pairs)} pairs, pair recall "
                f"{100 * recall:.1f}) clusters {ct:.2f}: MUC {muc:.1f} B3 {b3:.1f} CEAF-e {ceaf:.1f} "
                f"CoNLL {f1:.2f}",
                flush=True,
            )
            if best is None or f1 > best[0]:
                best = (f1, dt, ct, x, y)
    f1, dt, ct, x, y = best
    print(f"chosen: document threshold {dt}, cluster threshold {ct} (cross-validated CoNLL {f1:.2f})")
    clf = fit_trees(x, y, rng_seed)
    meta = {
        "trained_on": args.data.name,
        "seed": args.seed,
        "pairs": int(len(y)),
        "cv_conll_f1": round(f1, 2),
        "trees": TREES,
    }
    model = to_model(clf, dt, ct, meta)
    check = model.predict(x[:2000])
    assert np.allclose(check, clf.predict_proba(x[:2000])[:, 1], atol=1e-4), "exported trees disagree"
    model.save(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KB) in {time.perf_counter() - t0:.0f} s")


def _coreferent_pairs(clusters: list[str], fold: np.ndarray) -> int:
    from collections import Counter

    counts = Counter(zip(clusters, fold.tolist(), strict=True))
    return sum(c * (c - 1) // 2 for c in counts.values())


if __name__ == "__main__":
    main()
