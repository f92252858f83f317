"""Events: PLOVER type, mode, context, actor, recipient and epistemic status.

Public interface: ``extract_events(doc, entities, attributions) -> list[Event]``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dossier.schema import Attribution, Entity, Event


def extract_events(doc: Doc, entities: list[Entity], attributions: list[Attribution]) -> list[Event]:
    """Every PLOVER event in ``doc`` (placeholder until the events stage lands)."""
    return []
