"""A parsed document's token attributes as plain Python lists, read once per document.

Every ``doc[i]`` and every ``token.head`` or ``token.children`` makes a new ``Token`` object; a stage that
reads a few attributes of every token and of its neighbours spends most of its time making them. A
``TokenTable`` reads the attributes the per-token stages look at in one ``Doc.to_array`` and keeps them
as lists of strings and ints, so a scan over the whole document touches no ``Token``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import DEP, ENT_TYPE, HEAD, IS_SPACE, LEMMA, LOWER, ORTH, POS, SENT_START, TAG
from spacy.tokens import Doc

from dossier.nlp.syntax import sentence_bounds

_KEY = "dossier.tokens"
_SIGN, _WRAP = 1 << 63, 1 << 64
_ATTRS = [ORTH, LOWER, LEMMA, POS, TAG, DEP, HEAD, ENT_TYPE, IS_SPACE, SENT_START]


@dataclass
class TokenTable:
    """Per token of a document (by index): its text, lower-case form, lower-cased lemma, coarse and fine
    tags, dependency label, head index, entity type, whether it is white space and whether it starts a
    sentence; each token's children are read from the heads on first use.

    >>> from dossier.nlp import load_pipeline
    >>> table = TokenTable.of(load_pipeline()("Iran denied it."))
    >>> table.lemma[1], table.children[1]
    ('deny', [0, 2, 3])
    """

    text: list[str]
    lower: list[str]
    lemma: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    head: list[int]
    ent_type: list[str]
    is_space: list[bool]
    sent_start: list[bool]
    sentence: list[int]  # the index of each token's sentence
    _children: list[list[int]] | None = field(default=None, repr=False)

    @classmethod
    def of(cls, doc: Doc) -> TokenTable:
        """The table of ``doc``, built on first use and kept in its ``user_data``."""
        table = doc.user_data.get(_KEY)
        if table is None or len(table.text) != len(doc):
            table = doc.user_data[_KEY] = cls._read(doc)
        return table

    @classmethod
    def _read(cls, doc: Doc) -> TokenTable:
        strings = doc.vocab.strings
        rows = doc.to_array(_ATTRS).tolist() if len(doc) else []  # uint64: a head offset < 0 wraps
        names: dict[int, str] = {}

        def name(value: int) -> str:
            found = names.get(value)
            if found is None:
                found = names[value] = strings[value] if value else ""
            return found

        lemmas: dict[int, str] = {}

        def lemma(value: int) -> str:
            found = lemmas.get(value)
            if found is None:
                found = lemmas[value] = name(value).lower()
            return found

        columns: list[list] = [[] for _ in range(10)]
        (text, lower, lem, pos, tag, dep, head, ent_type, space, start) = columns
        for i, (o, lo, le, p, t, d, h, e, s, ss) in enumerate(rows):
            text.append(name(o))
            lower.append(name(lo))
            lem.append(lemma(le))
            pos.append(name(p))
            tag.append(name(t))
            dep.append(name(d))
            head.append(i + (h - _WRAP if h >= _SIGN else h))
            ent_type.append(name(e))
            space.append(bool(s))
            start.append(ss == 1)
        sentence = sentence_bounds(doc)[0]
        return cls(text, lower, lem, pos, tag, dep, head, ent_type, space, start, sentence)

    @property
    def children(self) -> list[list[int]]:
        """The indexes of each token's children, in text order (``Token.children``)."""
        if self._children is None:
            kids: list[list[int]] = [[] for _ in self.head]
            for i, h in enumerate(self.head):
                if h != i:
                    kids[h].append(i)
            self._children = kids
        return self._children
