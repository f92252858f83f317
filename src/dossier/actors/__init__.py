"""Actors: named entities coded to country (ISO 3166 alpha-3), PLOVER sector and role.

Public interface (other stages use only these):
- ``extract_entities(doc) -> list[Entity]``: every PERSON/ORG/GPE/NORP/LOC/FAC entity, mentions merged.
- ``code_phrase(text, entities=None) -> ActorCode``: code any noun phrase ("Iranian officials",
  "the White House", "Ukraine's president") to country, sector and role.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from dossier.schema import Entity

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")


@dataclass(frozen=True, slots=True)
class ActorCode:
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    entity: int | None = None  # index into the entities the phrase was matched against


def extract_entities(doc: Doc) -> list[Entity]:
    """Entities of ``doc`` with all their mention spans (placeholder until the actors stage lands)."""
    found: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for ent in doc.ents:
        if ent.label_ in ENTITY_LABELS:
            found.setdefault((ent.text, ent.label_), []).append((ent.start_char, ent.end_char))
    return [Entity(text=t, label=lab, spans=sp, canonical=t) for (t, lab), sp in found.items()]


def code_phrase(text: str, entities: list[Entity] | None = None) -> ActorCode:
    """Code a noun phrase to country, sector and role (placeholder until the actors stage lands)."""
    return ActorCode()
