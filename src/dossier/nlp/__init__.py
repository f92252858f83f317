"""The spaCy stage: one English pipeline, loaded once, fed in batches; and the word lists and syntax
helpers the stages share (``nlp.words``, ``nlp.syntax``).

Names are imported on first use, so a module that needs only the word lists does not load spaCy.
"""

from importlib import import_module

_WHERE = {
    "MODEL_NAME": "pipeline",
    "load_pipeline": "pipeline",
    "parse": "pipeline",
    "merge_spans": "spans",
    "text_span": "spans",
    "token_spans": "spans",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name in _WHERE:
        return getattr(import_module(f"dossier.nlp.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'dossier.nlp' has no attribute {name!r}")
