"""The spaCy stage: one English pipeline, loaded once, fed in batches; and the word lists and syntax
helpers the stages share (``nlp.words``, ``nlp.syntax``).

Names are imported on first use, so a module that needs only the word lists does not load spaCy.
"""

from dossier._lazy import lazy_getattr

_WHERE = {
    "MODEL_NAME": "pipeline",
    "load_pipeline": "pipeline",
    "parse": "pipeline",
    "merge_spans": "spans",
    "text_span": "spans",
    "token_spans": "spans",
}

__all__ = sorted(_WHERE)


__getattr__ = lazy_getattr(__name__, _WHERE)
