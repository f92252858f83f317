"""The pairwise decision: do two claim items state the same proposition about the same occasion?

A logistic model over features of the pair (MiniLM cosine, IDF-weighted word overlap, shared entities,
agreeing or conflicting figures, event type and codes, days between the reports), trained on ECB+ train
(``training/train_linking.py``) and shipped as a small JSON file. A conflicting figure ("21 killed" /
"31 killed" in otherwise close texts or events of one type), or a negative proposition beside its positive
("has not agreed" / "agreed"), is never the same claim: ``score`` returns ``None``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date as Date
from functools import lru_cache
from importlib import resources

import numpy as np

from dossier.evidence.items import ClaimItem, counted_figures

FEATURES = (
    "cosine",
    "word_overlap",
    "word_containment",
    "entity_overlap",
    "entity_missing",
    "numbers_shared",
    "same_type",
    "type_conflict",
    "code_overlap",
    "days_apart",
    "same_article",
)
# Texts this close that count one thing with different figures state different figures for it; events of one
# type need only be TYPE_CONFLICT_COSINE close ("The military claimed the killing of 33 terrorists" / "The
# sources said 16 terrorists had been killed"; not "killed more than 10 people" / "the single biggest
# attack, in 2009, killed at least 25 people")
CONFLICT_COSINE = 0.75
TYPE_CONFLICT_COSINE = 0.6


def _days_apart(a: str | None, b: str | None) -> float | None:
    try:
        return abs((Date.fromisoformat(a[:10]) - Date.fromisoformat(b[:10])).days) if a and b else None
    except ValueError:
        return None


def conflicting_figures(a: ClaimItem, b: ClaimItem) -> bool:
    """Both count one thing with different figures: "16 terrorists" / "33 BLA terrorists", "21 passengers
    and four troops" / "31 passengers and four troops" (not "21 passengers" / "six attackers": other
    things counted; nor "33 killed and 190 rescued" / "33 killed")."""
    x, y = counted_figures(a.text), counted_figures(b.text)
    return any(not x[word] & y[word] for word in x.keys() & y.keys())


def pair_features(a: ClaimItem, b: ClaimItem, cosine: float, idf: dict[str, float]) -> np.ndarray:
    """The feature vector of a pair (``FEATURES``); ``idf`` weighs keys (missing keys weigh 1)."""
    wa, wb = {f"w:{s}" for s in a.stems}, {f"w:{s}" for s in b.stems}
    weight = lambda keys: sum(idf.get(k, 1.0) for k in keys)  # noqa: E731
    shared = weight(wa & wb)
    union = weight(wa | wb) or 1.0
    smaller = min(weight(wa), weight(wb)) or 1.0
    ea, eb = {e.lower() for e in a.entities}, {e.lower() for e in b.entities}
    codes_a, codes_b = {*a.actor, *a.recipient}, {*b.actor, *b.recipient}
    days = _days_apart(a.date or a.published, b.date or b.published)
    return np.array(
        [
            cosine,
            shared / union,
            shared / smaller,
            len(ea & eb) / len(ea | eb) if ea and eb else 0.0,
            float(not ea or not eb),
            float(bool(set(a.numbers) & set(b.numbers))),
            float(bool(a.type and a.type == b.type)),
            float(bool(a.type and b.type and a.type != b.type)),
            len(codes_a & codes_b) / len(codes_a | codes_b) if codes_a and codes_b else 0.0,
            math.log1p(days) if days is not None else 0.0,
            float(a.article == b.article),
        ],
        dtype=np.float64,
    )


@dataclass(frozen=True)
class Linker:
    """A logistic pairwise model and the average-link threshold a claim's members must reach."""

    weights: np.ndarray
    bias: float
    threshold: float

    def probability(self, features: np.ndarray) -> float:
        return float(1.0 / (1.0 + math.exp(-(features @ self.weights + self.bias))))

    def score(self, a: ClaimItem, b: ClaimItem, cosine: float, idf: dict[str, float]) -> float | None:
        """The probability that ``a`` and ``b`` (MiniLM ``cosine`` apart) state one proposition; ``None``
        for conflicting figures."""
        same_kind = cosine >= CONFLICT_COSINE or (
            bool(a.type and a.type == b.type) and cosine >= TYPE_CONFLICT_COSINE
        )
        if same_kind and a.article != b.article and conflicting_figures(a, b):
            return None  # "killed 33 terrorists" / "16 terrorists had been killed": two figures, two claims
        if same_kind and a.negated != b.negated:
            return None  # "Russia agreed to the ceasefire" / "Russia has not agreed to it": two claims that
            # conflict, not one
        return self.probability(pair_features(a, b, cosine, idf))

    def to_json(self) -> dict:
        return {
            "features": list(FEATURES),
            "weights": [round(float(w), 6) for w in self.weights],
            "bias": round(self.bias, 6),
            "threshold": self.threshold,
        }


@lru_cache(maxsize=1)
def load_linker() -> Linker:
    """The shipped pairwise model (``data/claims/linker.json``)."""
    path = resources.files("dossier") / "data" / "claims" / "linker.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError("data/claims/linker.json was trained on other features: retrain it")
    return Linker(
        np.asarray(data["weights"], dtype=np.float64), float(data["bias"]), float(data["threshold"])
    )
