"""Flat rows for the child tables: one row per entity, attribution, event and quantity of an article.

Each row carries the article id, the record's index in its list, the start and end of the text it
covers (an entity's first mention; the whole extent of an attribution), and its main fields; list fields are joined with ``;`` and spans are written ``start-end``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from dossier.schema import Attribution, Entity, Event, EventActor, Extraction, Quantity, Span

Row = dict[str, Any]


def join(values: Iterable[object]) -> str:
    """List values as one ``;``-separated string (None as empty).

    >>> join(["IRN", None, "RUS"])
    'IRN;;RUS'
    """
    return ";".join("" if value is None else str(value) for value in values)


def join_spans(spans: Iterable[Span]) -> str:
    """Spans as ``start-end`` pieces joined with ``;``.

    >>> join_spans([(0, 4), (10, 14)])
    '0-4;10-14'
    """
    return join(f"{start}-{end}" for start, end in spans)


def extent(*span_lists: Iterable[Span]) -> tuple[int | None, int | None]:
    """The first start and last end over all given spans; ``(None, None)`` when there are none."""
    spans = [span for spans in span_lists for span in spans]
    if not spans:
        return None, None
    return min(start for start, _ in spans), max(end for _, end in spans)


def entity_row(entity: Entity) -> Row:
    start, end = entity.spans[0] if entity.spans else (None, None)  # the first mention
    return {
        "text": entity.text,
        "label": entity.label,
        "canonical": entity.canonical,
        "country": entity.country,
        "sector": entity.sector,
        "role": entity.role,
        "start": start,
        "end": end,
        "mentions": len(entity.spans),
        "spans": join_spans(entity.spans),
    }


def attribution_row(attribution: Attribution) -> Row:
    source, cue, content = attribution.source, attribution.cue, attribution.content
    source_spans = source.spans if source else []
    content_spans = content.spans if content else []
    start, end = extent(source_spans, cue.spans, content_spans)
    return {
        "start": start,
        "end": end,
        "stance": attribution.stance,
        "form": attribution.form,
        "parent": attribution.parent,
        "source_text": source.text if source else None,
        "source_kind": source.kind if source else None,
        "source_count": source.count if source else None,
        "source_entity": source.entity if source else None,
        "source_country": source.country if source else None,
        "source_sector": source.sector if source else None,
        "source_role": source.role if source else None,
        "source_anonymity": source.anonymity if source else None,
        "source_spans": join_spans(source_spans),
        "cue_text": cue.text,
        "cue_spans": join_spans(cue.spans),
        "content_text": content.text if content else None,
        "content_spans": join_spans(content_spans),
    }


def _actors(actors: list[EventActor]) -> tuple[str, str, str]:
    return join(a.text for a in actors), join(a.code for a in actors), join(a.sector for a in actors)


def event_row(event: Event) -> Row:
    start, end = extent(event.trigger.spans)
    actor, actor_code, actor_sector = _actors(event.actor)
    recipient, recipient_code, recipient_sector = _actors(event.recipient)
    location = event.location
    return {
        "start": start,
        "end": end,
        "type": event.type,
        "status": event.status,
        "mode": event.mode,
        "context": join(event.context),
        "trigger_text": event.trigger.text,
        "trigger_spans": join_spans(event.trigger.spans),
        "sentence_start": event.sentence[0],
        "sentence_end": event.sentence[1],
        "actor": actor,
        "actor_code": actor_code,
        "actor_sector": actor_sector,
        "recipient": recipient,
        "recipient_code": recipient_code,
        "recipient_sector": recipient_sector,
        "location": location.name if location else None,
        "location_country": location.country if location else None,
        "location_lat": location.lat if location else None,
        "location_lon": location.lon if location else None,
        "location_geonameid": location.geonameid if location else None,
        "date": event.date,
        "attributions": join(event.attributions),
        "size": join(f"{size.kind}={size.value:g}" for size in event.size),
        "confidence": event.confidence,
    }


def quantity_row(quantity: Quantity) -> Row:
    start, end = extent(quantity.spans)
    low, high = quantity.range or (None, None)
    return {
        "start": start,
        "end": end,
        "text": quantity.text,
        "value": quantity.value,
        "unit": quantity.unit,
        "si_value": quantity.si_value,
        "si_unit": quantity.si_unit,
        "approximate": quantity.approximate,
        "bound": quantity.bound,
        "range_low": low,
        "range_high": high,
        "counted": quantity.counted,
        "flags": join(quantity.flags),
        "note": quantity.note,
        "spans": join_spans(quantity.spans),
    }


def child_rows(extraction: Extraction) -> dict[str, list[Row]]:
    """The rows of every child table for one extraction, keyed by table name."""
    return {
        "entities": [entity_row(x) for x in extraction.entities],
        "attributions": [attribution_row(x) for x in extraction.attributions],
        "events": [event_row(x) for x in extraction.events],
        "quantities": [quantity_row(x) for x in extraction.quantities],
    }
