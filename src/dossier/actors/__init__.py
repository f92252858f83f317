"""Actors: named entities coded to country (ISO 3166 alpha-3), PLOVER sector and role.

Public interface (other stages use only these):
- ``extract_entities(doc, published=None) -> list[Entity]``: every PERSON/ORG/GPE/NORP/LOC/FAC entity,
  mentions merged (``published``, an ISO date, tells which leaders of the bundled table were in office).
- ``code_phrase(text, entities=None) -> ActorCode``: code any noun phrase ("Iranian officials",
  "the White House", "Ukraine's president") to country, sector and role.
- ``code_span(span, entities) -> ActorCode``: the same for a spaCy span, reading its syntax and the
  entity mentions it contains (``entity`` is then the index of the head entity).
- ``resolve_country(text)``, ``resolve_sector(text)``: one field of ``code_phrase``.
- ``entity_at(entities, index)``: the entity a record's ``entity`` index points at, or None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier._lazy import lazy_getattr
from dossier.actors.coding import (
    ActorCode,
    code_phrase,
    code_words,
    entity_hits_by_name,
    resolve_country,
    resolve_sector,
)
from dossier.actors.lexicon import ARABIC_ARTICLES, Word
from dossier.schema import Entity

if TYPE_CHECKING:
    from spacy.tokens import Span

# What reads a parse (spaCy) is imported on first use, so coding a phrase does not load spaCy.
_PARSE_SIDE = {
    "context_country": "context",
    "dateline_country": "context",
    "ENTITY_LABELS": "entities",
    "entity_hits": "entities",
    "extract_entities": "entities",
}


__getattr__ = lazy_getattr(__name__, _PARSE_SIDE)


def entity_at(entities: list[Entity], index: int | None) -> Entity | None:
    """The entity a record's ``entity`` field points at (an index into ``entities``), if it points at one."""
    return entities[index] if index is not None and 0 <= index < len(entities) else None


def is_country_name(text: str) -> bool:
    """Whether ``text`` names a country ("Pakistan", "the U.S."), not a town, a capital or a region.

    >>> is_country_name("Pakistan"), is_country_name("Quetta"), is_country_name("Kabul")
    (True, False, False)
    """
    from dossier.actors.lexicon import norm, tables

    place = tables()["places"].get(norm(text))
    return bool(place) and place[1] == "name"


__all__ = [
    "ENTITY_LABELS",
    "ActorCode",
    "entity_at",
    "is_country_name",
    "code_phrase",
    "code_span",
    "dateline_country",
    "extract_entities",
    "resolve_country",
    "resolve_sector",
]

CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp"})


def _articled_names(words: list[Word]) -> list[Word]:
    """Words with a name the tokenizer split at its Arabic article joined again ("al", "-", "Shabab" ->
    "al-Shabab"), as the lexicon spells it and ``words_of`` reads it."""
    out: list[Word] = []
    k = 0
    while k < len(words):
        w = words[k]
        if (
            k + 2 < len(words)
            and w.text.lower() in ARABIC_ARTICLES
            and words[k + 1].text == "-"
            and words[k + 1].start == w.end
            and words[k + 2].start == words[k + 1].end
            and words[k + 2].text[:1].isupper()
        ):
            out.append(Word(w.text + "-" + words[k + 2].text, w.start, words[k + 2].end))
            k += 3
            continue
        out.append(w)
        k += 1
    return out


def code_span(span: Span, entities: list[Entity]) -> ActorCode:
    """Code a noun phrase of a parsed article ("Ukraine's president", "Russian troops") to an actor.

    Clauses hanging off the phrase ("who was in London") are left out; a mention of a known entity inside
    it links the code to that entity (``entity`` is its index) and fills what the words leave open.

    >>> from dossier.nlp import load_pipeline
    >>> doc = load_pipeline()("Russian troops crossed the border.")
    >>> code_span(doc[0:2], [])
    ActorCode(country='RUS', sector='MIL', role=None, entity=None)
    """
    if len(span) == 0:
        return ActorCode()
    root = span.root
    clause = {t.i for child in root.children if child.dep_ in CLAUSE_DEPS for t in child.subtree}
    tokens = [t for t in span if t.i not in clause]
    from dossier.actors.context import context_country
    from dossier.actors.entities import entity_hits

    words = _articled_names([Word(t.text, t.idx, t.idx + len(t.text)) for t in tokens])
    # a mention the tagger left unlabelled is still the entity its name is ("Manning thinks", after
    # "Robert Manning, a senior fellow at the Atlantic Council")
    hits = entity_hits(tokens, entities) or entity_hits_by_name(words, entities)
    return code_words(words, hits, entities, context_country=context_country(span.doc, entities))
