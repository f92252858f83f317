"""The model's rule lemmatizer with its answers kept per (word, part of speech, morphology).

spaCy's ``Lemmatizer`` in rule mode was 8% of the parse of PolNeAR dev once the attribute rules went by
table (``nlp.attributes``): nearly all of it looking candidate forms up in word lists
(``index_words_as_sets``), the rest a ``Token`` per word and answers it does not cache (base forms, the
commonest case). Its answer is a function of the word, its coarse part
of speech and its morphology alone (``rule_lemmatize`` and the English ``is_base_form`` read nothing
else), so ``TableLemmatizer`` asks the model's own lemmatizer once per distinct triple, keeps the answer,
and writes every lemma of a document in one ``Doc.from_array``. Words that already have a lemma (set by
the attribute rules) keep it, as in spaCy.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

FACTORY = "dossier_lemmatizer"
READ = [ORTH, POS, MORPH, LEMMA]


class TableLemmatizer:
    """A rule-mode ``Lemmatizer`` (``lemmatizer``) whose answers are kept per (orth, pos, morph).

    >>> nlp.replace_pipe("lemmatizer", FACTORY).wrap(lemmatizer)  # doctest: +SKIP
    """

    def __init__(self, vocab: Any, name: str = "lemmatizer") -> None:
        self.vocab = vocab
        self.name = name
        self.lemmatizer: Lemmatizer | None = None
        self.table: dict[tuple[int, int, int], int] = {}  # (orth, pos, morph) -> lemma hash

    def wrap(self, lemmatizer: Lemmatizer) -> TableLemmatizer:
        self.lemmatizer = lemmatizer
        self.table.clear()
        return self

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if lemmatizer is None or not len(doc):
            return doc
        values = doc.to_array(READ)
        table = self.table
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(values.tolist()):
            if lemma:
                continue  # set by the attribute rules: the lemmatizer keeps it too
            key = (orth, pos, morph)
            found = table.get(key)
            if found is None:
                found = table[key] = self.vocab.strings.add(lemmatizer.lemmatize(doc[i])[0])
            values[i, 3] = found
            changed = True
        if changed:
            doc.from_array([LEMMA], values[:, 3])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(FACTORY)
def make_table_lemmatizer(nlp: Language, name: str) -> TableLemmatizer:
    """An empty ``TableLemmatizer``; ``wrap`` gives it the model's lemmatizer."""
    return TableLemmatizer(nlp.vocab, name)


def use_table_lemmatizer(nlp: Language) -> None:
    """Put a ``TableLemmatizer`` around the model's ``lemmatizer`` when it is spaCy's, in rule mode, with
    the English ``is_base_form`` or spaCy's own (what the answers depend on is then known); else leave it."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule" or lemmatizer.overwrite:
        return
    from spacy.lang.en.lemmatizer import EnglishLemmatizer

    if type(lemmatizer) not in (Lemmatizer, EnglishLemmatizer):
        return
    if not lemmatizer._validated:
        lemmatizer._validate_tables()
    index_words_as_sets(lemmatizer)
    nlp.replace_pipe("lemmatizer", FACTORY).wrap(lemmatizer)


def index_words_as_sets(lemmatizer: Lemmatizer) -> None:
    """Hold the lemmatizer's word index (the known lemmas of each part of speech) as sets: it is stored as
    lists of up to 57,528 words, and ``rule_lemmatize`` asks ``form in index`` of each candidate form,
    which scanned the list (about 0.1 ms a word, nearly all of the lemmatizer's time). A set answers the
    same, at once; nothing else reads the index."""
    index = lemmatizer.lookups.get_table("lemma_index", None)
    if index is None:
        return
    for pos, words in list(index.items()):
        if isinstance(words, list):
            index[pos] = frozenset(words)
