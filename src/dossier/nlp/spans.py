"""Small helpers that turn token ranges into the character spans of the output contract."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from dossier.schema import Span as CharSpan
from dossier.schema import TextSpan

TEXT_KEY = "dossier.text"


def doc_text(doc: Doc) -> str:
    """The document's text, built once and kept in its ``user_data`` (``Doc.text`` joins every token
    again on each access).

    >>> from dossier.nlp import load_pipeline
    >>> doc_text(load_pipeline().make_doc("Iran denied it."))
    'Iran denied it.'
    """
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def merge_spans(spans: Iterable[CharSpan], text: str | None = None) -> list[CharSpan]:
    """Sort spans and join those that overlap, touch, or (given ``text``) are separated only by spaces.

    >>> merge_spans([(5, 9), (0, 4)], "said that")
    [(0, 9)]
    """
    out: list[list[int]] = []
    for start, end in sorted((int(s), int(e)) for s, e in spans if e > s):
        if out and (start <= out[-1][1] or (text is not None and not text[out[-1][1] : start].strip())):
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


def token_spans(tokens: Sequence[Token] | Span, text: str | None = None) -> list[CharSpan]:
    """Character spans covering ``tokens`` (contiguous runs merged).

    >>> from dossier.nlp import load_pipeline
    >>> doc = load_pipeline().make_doc("Iran denied it.")
    >>> token_spans([doc[0], doc[1]])
    [(0, 11)]
    """
    tokens = list(tokens)
    if not tokens:
        return []
    text = text if text is not None else doc_text(tokens[0].doc)
    return merge_spans(((t.idx, t.idx + len(t.text)) for t in tokens), text)


def text_span(doc: Doc | str, spans: Iterable[CharSpan]) -> TextSpan:
    """A ``TextSpan`` over ``spans`` of the text, fragments joined by a space.

    >>> text_span("Iran denied it.", [(0, 4)])
    TextSpan(text='Iran', spans=[(0, 4)])
    """
    text = doc if isinstance(doc, str) else doc_text(doc)
    merged = merge_spans(spans, text)
    return TextSpan(text=" ".join(text[s:e] for s, e in merged), spans=merged)
