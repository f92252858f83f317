"""Enrichment: quantities with units and checks, event dates and places.

Public interface:
- ``extract_quantities(doc) -> list[Quantity]``
- ``enrich_events(events, doc, entities, published) -> list[Event]``: dates, locations, sizes.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dossier.schema import Entity, Event, Quantity


def extract_quantities(doc: Doc) -> list[Quantity]:
    """Quantities in ``doc`` (placeholder until the enrichment stage lands)."""
    return []


def enrich_events(
    events: list[Event], doc: Doc, entities: list[Entity], published: str | None
) -> list[Event]:
    """Events with date, location and size filled in (placeholder until the enrichment stage lands)."""
    return events
