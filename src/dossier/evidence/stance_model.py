"""The two-stage stance model: related or not, then agree / disagree / discuss; fit, save and load."""

from __future__ import annotations

import json
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from dossier.errors import ModelError
from dossier.evidence.stance_features import PairFeatures, Vocabulary

LABELS = ("agree", "disagree", "discuss", "unrelated")
RELATED_LABELS = ("agree", "disagree", "discuss")
MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "stance"
FORMAT_VERSION = 1
TREE_WEIGHT = 0.6  # chosen on story-held-out folds of the training pairs
TREE_ENSEMBLE = 3


def _stance_dense(features: PairFeatures) -> np.ndarray:
    return np.hstack([features.related, features.words])


def _stance_linear(features: PairFeatures, scale: np.ndarray) -> np.ndarray:
    return np.hstack([_stance_dense(features) / scale, features.embeddings])


def fit_related(features: PairFeatures, related: np.ndarray, seed: int) -> Any:
    """Gradient-boosted trees on the overlap and similarity features: is the pair about the same story?"""
    from sklearn.ensemble import HistGradientBoostingClassifier

    model = HistGradientBoostingClassifier(
        max_iter=300, learning_rate=0.1, max_leaf_nodes=31, random_state=seed
    )
    return model.fit(features.related, related)


@dataclass
class StanceClassifier:
    """Agree / disagree / discuss: boosted trees on the features, blended with a linear model that also
    reads the headline-sentence MiniLM product."""

    trees: list[Any] | None  # an ensemble of seeds, averaged
    linear: Any
    scale: np.ndarray
    tree_weight: float = 0.5

    def probabilities(self, features: PairFeatures) -> np.ndarray:
        """Blended class probabilities, columns in ``RELATED_LABELS`` order."""
        parts, weights = [], []
        if self.trees is not None:
            dense = _stance_dense(features)
            parts.append(np.mean([tree.predict_proba(dense) for tree in self.trees], axis=0))
            weights.append(self.tree_weight)
        if self.linear is not None:
            parts.append(self.linear.predict_proba(_stance_linear(features, self.scale)))
            weights.append(1.0 - self.tree_weight)
        log_p = sum(w * np.log(np.clip(p, 1e-9, 1.0)) for w, p in zip(weights, parts, strict=True)) / sum(
            weights
        )
        p = np.exp(log_p - log_p.max(axis=1, keepdims=True))
        return p / p.sum(axis=1, keepdims=True)


def fit_stance(
    features: PairFeatures,
    labels: np.ndarray,
    seed: int,
    kind: str = "blend",
    tree_weight: float = TREE_WEIGHT,
) -> StanceClassifier:
    """Fit the agree / disagree / discuss classifier on related pairs, weighting the rare classes up."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression

    index = {label: i for i, label in enumerate(RELATED_LABELS)}
    y = np.array([index[label] for label in labels])
    scale = np.maximum(np.abs(_stance_dense(features)).max(axis=0), 1e-6)
    trees = linear = None
    if kind in ("blend", "trees"):
        trees = [
            HistGradientBoostingClassifier(
                max_iter=200,
                learning_rate=0.05,
                max_leaf_nodes=15,
                class_weight="balanced",
                max_features=0.8,
                random_state=seed * TREE_ENSEMBLE + i,
            ).fit(_stance_dense(features), y)
            for i in range(TREE_ENSEMBLE)
        ]
    if kind in ("blend", "linear"):
        linear = LogisticRegression(C=0.5, class_weight="balanced", max_iter=1000, random_state=seed).fit(
            _stance_linear(features, scale), y
        )
    weight = {"trees": 1.0, "linear": 0.0}.get(kind, tree_weight)
    return StanceClassifier(trees=trees, linear=linear, scale=scale, tree_weight=weight)


@dataclass
class StanceModel:
    """Both stages and the TF-IDF vocabulary they read."""

    vocabulary: Vocabulary | None
    related_model: Any
    stance_model: StanceClassifier
    related_threshold: float = 0.5

    def predict(self, features: PairFeatures) -> list[str]:
        """A label from ``LABELS`` for every pair."""
        if len(features.related) == 0:
            return []
        related = self.related_model.predict_proba(features.related)[:, 1] >= self.related_threshold
        labels = np.array(["unrelated"] * len(related), dtype=object)
        if related.any():
            idx = np.flatnonzero(related)
            best = self.stance_model.probabilities(features.rows(idx)).argmax(axis=1)
            labels[idx] = [RELATED_LABELS[i] for i in best]
        return labels.tolist()

    def save(self, directory: Path) -> None:
        """Write the vocabulary as JSON + NumPy and the two classifiers as one pickle."""
        if self.vocabulary is None:
            raise ModelError("cannot save a stance model without its vocabulary")
        directory.mkdir(parents=True, exist_ok=True)
        terms = sorted(self.vocabulary.index, key=self.vocabulary.index.__getitem__)
        meta = {"format": FORMAT_VERSION, "terms": terms, "related_threshold": self.related_threshold}
        (directory / "vocabulary.json").write_text(json.dumps(meta), encoding="utf-8")
        np.save(directory / "idf.npy", self.vocabulary.idf)
        with open(directory / "classifiers.pkl", "wb") as fh:
            pickle.dump({"related": self.related_model, "stance": self.stance_model}, fh, protocol=5)

    @classmethod
    def load(cls, directory: Path = MODEL_DIR) -> StanceModel:
        """Read a model written by ``save``."""
        try:
            meta = json.loads((directory / "vocabulary.json").read_text(encoding="utf-8"))
            idf = np.load(directory / "idf.npy")
            with open(directory / "classifiers.pkl", "rb") as fh:
                classifiers = pickle.load(fh)  # noqa: S301 - our own bundled file
        except (OSError, ValueError, pickle.UnpicklingError) as exc:
            raise ModelError(f"the stance model in {directory} is missing or unreadable: {exc}") from exc
        if meta.get("format") != FORMAT_VERSION:
            raise ModelError(
                f"the stance model in {directory} has format {meta.get('format')}, not {FORMAT_VERSION}"
            )
        vocabulary = Vocabulary({t: i for i, t in enumerate(meta["terms"])}, idf)
        return cls(vocabulary, classifiers["related"], classifiers["stance"], meta["related_threshold"])
