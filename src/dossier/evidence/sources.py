"""Who stands behind a statement, as one identity across reports."""

from __future__ import annotations

from dataclasses import dataclass

from dossier.evidence.corroboration import source_class, source_entity, source_name
from dossier.schema import Extraction


@dataclass(frozen=True, slots=True)
class SourceIdentity:
    """A source as grouping and counting see it: ``key`` is the same for one source in every report."""

    key: str
    name: str | None
    kind: str
    via: str | None = None
    entity: str | None = None


def _normal(name: str) -> str:
    return " ".join(name.lower().removeprefix("the ").split())


def source_identity(record: Extraction, index: int | None) -> SourceIdentity:
    """The identity of attribution ``index``'s source in ``record``; ``None``: the outlet's own voice."""
    if index is None:
        outlet = record.outlet or record.id
        return SourceIdentity(f"outlet:{_normal(outlet)}", record.outlet, "outlet")
    attribution = record.attributions[index]
    kind, _ = source_class(attribution)
    name = source_name(record, attribution)
    entity = source_entity(record, attribution)
    if kind in ("named", "official_statement") and name:
        return SourceIdentity("named:" + _normal(entity or name), name, kind, entity=entity)
    return SourceIdentity(f"report:{record.id}:{_normal(name or '')}", name, kind, entity=entity)
