"""The spaCy stage: one English pipeline, loaded once, fed in batches."""

from dossier.nlp.pipeline import MODEL_NAME, load_pipeline, parse
from dossier.nlp.spans import merge_spans, text_span, token_spans

__all__ = ["MODEL_NAME", "load_pipeline", "merge_spans", "parse", "text_span", "token_spans"]
