"""The model's attribute rules (coarse part of speech, morphology and some lemmas from the fine tag, the
word and its dependency) applied by table lookup rather than by spaCy's ``Matcher``.

spaCy's ``AttributeRuler`` runs its 179 rules through a token ``Matcher``, which cost as much as the
parser (about 12% of the parse of PolNeAR dev). Almost every rule looks at one token only, so what they
set on a token depends on its (tag, lower-case form, dependency, is-space) alone: ``TableAttributeRuler``
works that out once per distinct combination, keeps it in a table, and writes every token's attributes
in one ``Doc.from_array``. The few rules that span two tokens ("gon na", "let 's") still go through a
``Matcher`` of their own. Rules apply in the ruler's order, later ones winning, and every rule sees the
token as the parser left it, exactly as in spaCy, so the annotations are the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

FACTORY = "dossier_attribute_ruler"
READ = [TAG, LOWER, DEP, IS_SPACE]  # what a one-token rule may test, in this order
WRITTEN = [POS, MORPH, LEMMA, TAG, DEP]  # what a rule may set
_COLUMN = {attr: i for i, attr in enumerate(WRITTEN)}
_KEYS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}

Key = tuple[int, int, int, int]
Token = tuple[str, str, str, bool]  # (tag, lower, dep, is_space)
Test = Callable[[Token], bool]


@dataclass(frozen=True)
class _Pattern:
    """A one-token pattern of a rule, its test of the word split from its other tests."""

    rule: int
    words: frozenset[str] | None  # the lower-case forms the pattern accepts, when it lists them
    word_test: Test | None  # a test of the lower-case form that is not a list (REGEX, NOT_IN)
    rest: Test  # the tests of tag, dependency and is_space

    def accepts_word(self, lower: str) -> bool:
        if self.words is not None and lower not in self.words:
            return False
        return self.word_test is None or self.word_test(("", lower, "", False))


class TableAttributeRuler:
    """An ``AttributeRuler``'s rules applied per distinct (tag, lower, dep, is_space) of a token.

    >>> nlp.replace_pipe("attribute_ruler", FACTORY).take_rules(ruler)  # doctest: +SKIP
    """

    def __init__(self, vocab: Any, name: str = "attribute_ruler") -> None:
        self.vocab = vocab
        self.name = name
        self.attrs: dict[int, dict[int, int]] = {}  # rule -> the values it sets
        self.any_word: list[_Pattern] = []  # one-token patterns whatever the word
        self.by_word: dict[str, list[_Pattern]] = {}  # one-token patterns that list their words
        self.word_tested: list[_Pattern] = []  # one-token patterns with another test of the word
        # the rules with a pattern of two tokens or more: (rule, a test per token, index of the one set)
        self.spanning: list[tuple[int, list[Test], int]] = []
        self.table: dict[Key, tuple[tuple[tuple[int, int], ...], tuple[int, ...]]] = {}
        self._by_shape: dict[tuple[str, str, bool], list[int]] = {}
        self._word_patterns: dict[str, list[_Pattern]] = {}

    def take_rules(self, ruler: AttributeRuler) -> TableAttributeRuler:
        """Load the rules of ``ruler``, in its order; a rule with a test this class cannot read as a
        table raises ``ValueError`` (the caller then keeps spaCy's ruler)."""
        for rule, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices, strict=True)):
            patterns = ruler.matcher.get(str(rule))[1]
            unknown = set(attrs) - set(WRITTEN)
            if unknown:
                raise ValueError(f"attribute rule {rule} sets {sorted(unknown)}")
            self.attrs[rule] = dict(attrs)
            if all(len(p) == 1 for p in patterns) and index in (0, -1):
                for pattern in patterns:
                    self._add_one_token(rule, pattern[0])
            else:
                for pattern in patterns:
                    if any("OP" in token for token in pattern):
                        raise ValueError(f"attribute rule {rule} has a pattern of variable length")
                    self.spanning.append((rule, [_token_test(token) for token in pattern], index))
        self.table.clear()
        return self

    def _add_one_token(self, rule: int, pattern: dict[str, Any]) -> None:
        wanted = pattern.get("LOWER")
        words = None
        word_test = None
        if isinstance(wanted, str):
            words = frozenset([wanted])
        elif isinstance(wanted, dict) and set(wanted) == {"IN"}:
            words = frozenset(wanted["IN"])
        elif wanted is not None:
            word_test = _token_test({"LOWER": wanted})
        rest = _token_test({k: v for k, v in pattern.items() if k != "LOWER"})
        found = _Pattern(rule, words, word_test, rest)
        if words is not None:
            for word in words:
                self.by_word.setdefault(word, []).append(found)
        elif word_test is not None:
            self.word_tested.append(found)
        else:
            self.any_word.append(found)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        keys = [tuple(key) for key in doc.to_array(READ).tolist()]
        values = doc.to_array(WRITTEN)
        table = self.table
        starts = []  # (token, spanning patterns whose first token it matches)
        for i, key in enumerate(keys):
            entry = table.get(key)
            if entry is None:
                entry = table[key] = self._resolve(key)
            for column, value in entry[0]:
                values[i, column] = value
            if entry[1]:
                starts.append((i, entry[1]))
        if starts:
            self._apply_spanning(keys, starts, values)
        doc.from_array(WRITTEN, values)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    def rules_matching(self, token: Token) -> list[int]:
        """The one-token rules that match ``token`` (tag, lower, dep, is_space), in rule order."""
        tag, lower, dep, space = token
        shape = (tag, dep, space)
        rules = self._by_shape.get(shape)
        if rules is None:
            rules = self._by_shape[shape] = [p.rule for p in self.any_word if p.rest(token)]
        word_patterns = self._word_patterns.get(lower)
        if word_patterns is None:
            word_patterns = self.by_word.get(lower, []) + [
                p for p in self.word_tested if p.accepts_word(lower)
            ]
            self._word_patterns[lower] = word_patterns
        if not word_patterns:
            return rules
        return sorted({*rules, *(p.rule for p in word_patterns if p.rest(token))})

    def _token(self, key: Key) -> Token:
        strings = self.vocab.strings
        return strings[key[0]], strings[key[1]], strings[key[2]], bool(key[3])

    def _resolve(self, key: Key) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
        """What the one-token rules set on a token with ``key``, the later rule winning, as (column,
        value) pairs; and the spanning patterns whose first token it matches."""
        token = self._token(key)
        found: dict[int, int] = {}
        for rule in self.rules_matching(token):
            for attr, value in self.attrs[rule].items():
                found[_COLUMN[attr]] = value
        starts = tuple(n for n, (_, tests, _) in enumerate(self.spanning) if tests[0](token))
        return tuple(found.items()), starts

    def _apply_spanning(
        self, keys: list[Key], starts: list[tuple[int, tuple[int, ...]]], values: numpy.ndarray
    ) -> None:
        """The rules of two tokens or more, applied over the table's values in rule order (as spaCy sorts
        its matches): a token's value from a later rule, of either kind, wins."""
        matches = []
        for i, patterns in starts:
            for n in patterns:
                rule, tests, index = self.spanning[n]
                end = i + len(tests)
                if end <= len(keys) and all(test(self._token(keys[i + k])) for k, test in enumerate(tests)):
                    matches.append((rule, i, end, index))
        for rule, start, end, index in sorted(matches):
            i = range(start, end)[index]
            later = {
                _COLUMN[attr]
                for other in self.rules_matching(self._token(keys[i]))
                if other > rule
                for attr in self.attrs[other]
            }
            for attr, value in self.attrs[rule].items():
                if _COLUMN[attr] not in later:
                    values[i, _COLUMN[attr]] = value


def _token_test(pattern: dict[str, Any]) -> Test:
    """The one-token ``pattern`` of the Matcher as a test of (tag, lower, dep, is_space)."""
    tests: list[Test] = []
    for name, wanted in pattern.items():
        if name not in _KEYS:
            raise ValueError(f"attribute rule tests {name}")
        at = _KEYS[name]
        if not isinstance(wanted, dict):
            tests.append(lambda t, at=at, wanted=wanted: t[at] == wanted)
            continue
        for op, arg in wanted.items():
            if op == "IN":
                tests.append(lambda t, at=at, arg=frozenset(arg): t[at] in arg)
            elif op == "NOT_IN":
                tests.append(lambda t, at=at, arg=frozenset(arg): t[at] not in arg)
            elif op == "REGEX":
                tests.append(lambda t, at=at, rx=re.compile(arg): bool(rx.search(t[at])))
            else:
                raise ValueError(f"attribute rule uses {op}")
    return lambda t: all(test(t) for test in tests)


@Language.factory(FACTORY)
def make_table_attribute_ruler(nlp: Language, name: str) -> TableAttributeRuler:
    """An empty ``TableAttributeRuler``; ``take_rules`` loads a model's rules into it."""
    return TableAttributeRuler(nlp.vocab, name)


def use_table_attribute_ruler(nlp: Language) -> None:
    """Put a ``TableAttributeRuler`` with the model's rules in place of its ``attribute_ruler``; leave
    the model as it is when it has none, or rules the table cannot read."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return
    try:
        TableAttributeRuler(nlp.vocab).take_rules(ruler)
    except ValueError:
        return
    nlp.replace_pipe("attribute_ruler", FACTORY).take_rules(ruler)
