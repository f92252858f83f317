"""Datasette: a ``metadata.json`` that describes a dossier store's readable views and tables, so that
``datasette dossier.db -m metadata.json`` opens on useful facets at once.

The views (``Store.VIEWS``) are SQL over the store's tables with readable column names; the claims'
grades weigh sources across every report, so ``EvidenceBase.grade`` writes them to the store first
(``dossier datasette-metadata`` does; ``claim_list`` shows them with the time they were graded).
"""

from __future__ import annotations

from typing import Any

VIEWS: dict[str, dict[str, Any]] = {
    "claim_list": {
        "title": "Claims across reports",
        "description": "Each claim (a proposition stated across reports) with how many reports state it, how "
        "many items assert, deny or decline to confirm it, how many distinct sources do, and its "
        "Admiralty credibility grade (1 confirmed by other sources ... 6 truth cannot be judged).",
        "sort_desc": "reports",
        "facets": ["standing", "grade_label", "event_type", "actors"],
        "label_column": "statement",
        "columns": {
            "event_type": "PLOVER event type, when the claim is an event",
            "actors": "PLOVER actor codes of who acts",
            "recipients": "PLOVER actor codes of who is acted on",
            "reports": "Reports that state the claim",
            "asserts": "Items (statements in reports) that assert it",
            "denies": "Items that deny it",
            "declines": "Items that decline to confirm or comment",
            "assertion_sources": "Distinct sources that assert it (one official quoted by three reports is one)",
            "grade": "Admiralty (STANAG 2511) information credibility, 1 to 6",
            "standing": "confirmed, contradicted or unresolved",
            "graded_at": "When the grades were written (dossier datasette-metadata)",
        },
    },
    "claim_evidence": {
        "title": "Who says what of each claim",
        "description": "One row per assertion, denial or refusal to confirm: the claim, the source, the quoted "
        "span and the report it is in (copies name the report they copy).",
        "facets": ["stance", "source_kind", "outlet", "source"],
        "label_column": "quote",
        "columns": {
            "stance": "assert, deny or decline",
            "quote": "The proposition as the report gives it",
            "start": "Character offset of the quote in the article text",
            "end": "End offset of the quote",
            "copy_of": "The report this one copies: its evidence is not independent",
        },
    },
    "attribution_list": {
        "title": "Attributions: who said what",
        "description": "Every attribution of every article: the source, the cue, the content quoted or "
        "paraphrased and the stance the source takes.",
        "facets": ["stance", "source_kind", "source_country", "form"],
        "label_column": "quote",
        "columns": {
            "source_kind": "named, anonymous, official_statement, outlet or unspecified",
            "anonymity": "Why the source is anonymous, when the text says",
            "form": "direct (quoted), indirect or mixed",
        },
    },
    "event_list": {
        "title": "Events: who did what to whom",
        "description": "PLOVER events with their actors and codes, place (mapped by latitude and "
        "longitude), date, sizes and the sentence they are in.",
        "facets": ["event_type", "status", "actor_code", "recipient_code", "location_country"],
        "label_column": "sentence",
        "columns": {
            "event_type": "PLOVER event type",
            "status": "asserted, attributed, negated, denied, hypothetical ...",
            "actor_code": "PLOVER actor codes (ISO alpha-3 country, sector), ;-separated",
            "size": "Counts the event gives (dead=31)",
            "confidence": "The event's calibrated confidence",
        },
    },
}
TABLES: dict[str, dict[str, Any]] = {
    "articles": {
        "description": "The stored articles, with their full extraction as JSON.",
        "facets": ["outlet"],
    },
    "entities": {"facets": ["label", "country", "sector"]},
    "events": {"facets": ["type", "status"]},
    "attributions": {"facets": ["stance", "source_kind"]},
    "quantities": {"facets": ["unit", "counted"]},
    "claims": {"description": "Claims as grouped at ingest; claim_list reads them with counts and grades."},
    "claim_grades": {"description": "The claims' grades, written by dossier datasette-metadata."},
    "text_vectors": {"hidden": True},
    "claim_keys": {"hidden": True},
    "grouped_articles": {"hidden": True},
}


def metadata(database: str) -> dict[str, Any]:
    """The Datasette metadata for a dossier store that Datasette names ``database`` (its file's stem)."""
    return {
        "title": "dossier evidence base",
        "description": "News reports read into a sourced evidence base: claims across reports, who asserts, "
        "denies or declines to confirm them, and the events, attributions and quantities of each report.",
        "databases": {database: {"tables": {**VIEWS, **TABLES}}},
    }
