"""Attribution: who says what, with what cue, content, stance and form.

Public interface: ``extract_attributions(doc, entities) -> list[Attribution]``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dossier.schema import Attribution, Entity


def extract_attributions(doc: Doc, entities: list[Entity]) -> list[Attribution]:
    """Every attribution in ``doc`` (placeholder until the attribution stage lands)."""
    return []
