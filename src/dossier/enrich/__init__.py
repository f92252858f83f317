"""Enrichment: quantities with units and checks, event dates, places and sizes.

Public interface:
- ``extract_quantities(doc) -> list[Quantity]``
- ``enrich_events(events, doc, entities, published) -> list[Event]``: dates, locations, sizes.
- ``resolve_place(name, context_countries=()) -> Location | None``
- ``resolve_date(text, published) -> str | None``
"""

from __future__ import annotations

from dossier.enrich.dates import resolve_date
from dossier.enrich.events import enrich_events
from dossier.enrich.places import resolve_place
from dossier.enrich.quantities import extract_quantities

__all__ = ["enrich_events", "extract_quantities", "resolve_date", "resolve_place"]
