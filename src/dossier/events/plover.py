"""PLOVER JSON records (the manual's "Data Fields" chapter) from an extraction's events."""

from __future__ import annotations

from typing import Any

from dossier.schema import Event, EventActor, Extraction

# Quad categories (manual, each event type's "Quad category").
QUAD_CODES = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip
# PLOVER conflict-cooperation scores (manual, "Numeric conflict/cooperation scores" table). The table
# prints ACCUSE as 3 beside modes of -2 to -3.5, a lost minus sign: it is an act of verbal conflict.
EVENT_SCALE = {
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5.0, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10.0,
    "RETREAT": 6.5, "REQUEST": 0.0, "ACCUSE": -3.0, "REJECT": -2.0, "THREATEN": -3.5, "PROTEST": -5.0,
    "SANCTION": -6.0, "MOBILIZE": -5.5, "COERCE": -7.0, "ASSAULT": -9.0,
}  # fmt: skip
MODE_SCALE = {
    ("CONSULT", "visit"): 4.0, ("CONSULT", "third-party"): 1.0, ("CONSULT", "multilateral"): 4.0,
    ("CONSULT", "phone"): 1.5, ("RETREAT", "withdraw"): 8.0, ("RETREAT", "release"): 6.5,
    ("RETREAT", "disarm"): 10.0, ("RETREAT", "ceasefire"): 7.5, ("RETREAT", "access"): 6.5,
    ("RETREAT", "resign"): 4.5, ("REQUEST", "assist"): 0.5, ("REQUEST", "change"): -1.0,
    ("REQUEST", "yield"): -1.0, ("REQUEST", "meet"): 0.0, ("ACCUSE", "disapprove"): -2.0,
    ("ACCUSE", "investigate"): -3.5, ("ACCUSE", "allege"): -3.5, ("REJECT", "assist"): -1.5,
    ("REJECT", "change"): -2.0, ("REJECT", "yield"): -2.0, ("REJECT", "meet"): -2.0,
    ("PROTEST", "demo"): -5.0, ("PROTEST", "riot"): -7.0, ("PROTEST", "strike"): -5.0,
    ("PROTEST", "hunger"): -4.5, ("PROTEST", "boycott"): -4.5, ("PROTEST", "obstruct"): -4.5,
    ("SANCTION", "convict"): -6.0, ("SANCTION", "expel"): -5.5, ("SANCTION", "withdraw"): -6.0,
    ("SANCTION", "discontinue"): -6.0, ("MOBILIZE", "troops"): -6.5, ("MOBILIZE", "weapons"): -6.5,
    ("MOBILIZE", "police"): -5.5, ("MOBILIZE", "militia"): -6.0, ("COERCE", "seize"): -7.0,
    ("COERCE", "restrict"): -7.0, ("COERCE", "censor"): -6.5, ("COERCE", "curfew"): -6.5,
    ("COERCE", "martial-law"): -7.5, ("COERCE", "arrest"): -7.0, ("COERCE", "deport"): -7.0,
    ("COERCE", "withhold"): -7.0, ("COERCE", "misinformation"): -6.5, ("COERCE", "cyber"): -7.0,
    ("ASSAULT", "abduct"): -8.5, ("ASSAULT", "beat"): -7.5, ("ASSAULT", "torture"): -8.5,
    ("ASSAULT", "sexual"): -8.5, ("ASSAULT", "targeted"): -9.5, ("ASSAULT", "destroy"): -8.5,
    ("ASSAULT", "primitive"): -8.0, ("ASSAULT", "firearms"): -9.0, ("ASSAULT", "explosives"): -9.0,
    ("ASSAULT", "suicide-attack"): -9.5, ("ASSAULT", "aerial"): -9.5, ("ASSAULT", "drone"): -9.5,
    ("ASSAULT", "heavy-weapons"): -9.5, ("ASSAULT", "crowd-control"): -7.5,
    ("ASSAULT", "unconventional"): -10.0,
}  # fmt: skip
# The location object's resolution codes (manual, "Location object"): 4 city, 2 province, 1 country.
RESOLUTION = {"city": 4, "region": 2, "country": 1}
# The manual's auxiliary modes, which it puts in the context field (historical is not coded here).
AUXILIARY = {"future": "future", "hypothetical": "hypothetical", "negated": "negation"}


def _entity(actor: EventActor) -> dict[str, Any]:
    return {"code": actor.country or actor.code, "sector": actor.sector, "entity_text": actor.text}


def _location(event: Event, text: str) -> dict[str, Any] | None:
    loc = event.location
    if loc is None:
        return None
    return {
        "extracted_place": " ".join(text[s:e] for s, e in loc.spans) or loc.name,
        "resolved_place": loc.name,
        "geonameid": loc.geonameid,
        "lat": loc.lat,
        "lon": loc.lon,
        "country_code": loc.country,
        "resolution": RESOLUTION.get(loc.kind or ""),
    }


def plover_record(extraction: Extraction, index: int, sequence: int) -> dict[str, Any]:
    """One PLOVER record for the ``index``-th event of ``extraction``."""
    event = extraction.events[index]
    start, end = event.sentence
    context = list(event.context)
    if event.status in AUXILIARY:
        context.append(AUXILIARY[event.status])
    return {
        "id": f"{extraction.id}-{index:03d}",
        "has_event": True,
        "date": event.date or extraction.published,  # the story's date when the text gives none
        "actor": [_entity(a) for a in event.actor],
        "recipient": [_entity(r) for r in event.recipient],
        "event": [event.type],
        "event_loc": _location(event, extraction.text),
        "event_text": [event.trigger.text],
        "quad_code": QUAD_CODES[event.type],
        "event_scale": MODE_SCALE.get((event.type, event.mode), EVENT_SCALE[event.type]),
        "mode": [event.mode] if event.mode else [],
        "context": context,
        "text": extraction.text[start:end],
        "text_info": {"sequence": sequence, "start": start, "end": end},
        "cite_info": {
            "url": extraction.url,
            "title": extraction.title,
            "publication": extraction.outlet,
            "coder": "dossier",
            "codebook": "plover",
        },
        "status": event.status,
        "attributions": list(event.attributions),
    }


def to_plover(extraction: Extraction) -> list[dict[str, Any]]:
    """The extraction's events as PLOVER JSON records, one per event, in text order."""
    sentence_starts = sorted({e.sentence[0] for e in extraction.events})
    sequence = {s: i for i, s in enumerate(sentence_starts)}
    return [plover_record(extraction, i, sequence[e.sentence[0]]) for i, e in enumerate(extraction.events)]
