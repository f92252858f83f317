"""Event confidence: a small logistic model over sparse features of a coded event.

The weights (``data/events/confidence.json``) are learned by ``training/train_event_confidence.py``
from the synthetic NGEC stories: every event the rules code in a story's lead sentence is a positive
when its type is the story's label and a negative otherwise, so the model learns which triggers,
statuses and role patterns the rules get right. ``Event.confidence`` is that probability.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources

from dossier.errors import ModelError
from dossier.schema import Event

MODEL_FILE = "confidence.json"


def event_features(event: Event, trigger_lemma: str, sentence_types: int) -> list[str]:
    """The sparse (binary) features of one coded event."""
    type_ = event.type
    return [
        f"type={type_}",
        f"lemma={trigger_lemma}",
        f"type_lemma={type_}|{trigger_lemma}",
        f"status={event.status}",
        f"type_status={type_}|{event.status}",
        f"actor={'coded' if any(a.code for a in event.actor) else 'found' if event.actor else 'none'}",
        f"recipient={'coded' if any(r.code for r in event.recipient) else 'found' if event.recipient else 'none'}",
        f"words={min(len(event.trigger.text.split()), 3)}",
        f"sentence_types={min(sentence_types, 3)}",
        f"mode={'set' if event.mode else 'none'}",
    ]


@lru_cache(maxsize=1)
def load_weights() -> tuple[dict[str, float], float]:
    """The bundled weights and bias (read once)."""
    try:
        raw = resources.files("dossier").joinpath("data", "events", MODEL_FILE).read_text(encoding="utf-8")
        model = json.loads(raw)
        return {str(k): float(v) for k, v in model["weights"].items()}, float(model["bias"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"event confidence model {MODEL_FILE!r} is missing or unreadable: {exc}") from exc


def confidence(features: list[str]) -> float:
    """The model's probability that an event with these features is coded right."""
    weights, bias = load_weights()
    z = bias + sum(weights.get(f, 0.0) for f in features)
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 4)
