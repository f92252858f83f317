"""The bundled cue classifier: a logistic regression over sparse token features, stored as JSON weights."""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from dossier.errors import ModelError

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "attribution" / "cue_model.json"


@lru_cache(maxsize=1)
def load_cue_model() -> tuple[dict[str, float], float, dict[str, float]]:
    """(feature weights, decision threshold, cue extension rates) of the bundled cue model."""
    try:
        data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"attribution cue model unreadable: {exc}") from exc
    return data["weights"], float(data["threshold"]), data.get("extend", {})


def cue_probability(features: list[str]) -> float:
    """Probability that a token with ``features`` heads an attribution cue."""
    weights, _, _ = load_cue_model()
    get = weights.get
    z = sum([get(f, 0.0) for f in features])
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
