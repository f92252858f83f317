"""STIX 2.1: the evidence base as one bundle a threat-intelligence platform (OpenCTI, MISP) imports as is.

Each article is a ``report`` (its outlet the ``identity`` that created it, its URL an external reference),
each source an ``identity``, each claim a ``grouping`` of the reports that state it, with the
claim's Admiralty credibility grade as its ``confidence``, and each assertion, denial or refusal an
``opinion`` (agree, disagree, neutral) created by the source's identity, its explanation quoting the span.
Ids are UUIDv5 of dossier's own ids, and timestamps come from when the articles were stored, so exporting
the same store twice gives the same bundle, and a re-export after more reports updates the objects a
platform already holds instead of duplicating them.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from dossier.evidence.records import GRADE_LABELS, Board
from dossier.export.evidence import Evidence, Statement, standing

# The namespace of every id dossier gives a STIX object: uuid5(namespace, "<type>:<dossier id>").
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:dossier:stix")
# Admiralty (STANAG 2511) information credibility -> STIX confidence (0-100); 6 (cannot be judged): none.
CONFIDENCE = {1: 90, 2: 70, 3: 50, 4: 30, 5: 10}
OPINION = {"assert": "agree", "deny": "disagree", "decline": "neutral"}
IDENTITY_CLASS = {"outlet": "organization", "official_statement": "organization"}
SOURCE_NAME = "dossier"
DESCRIPTION = {
    "outlet": "A news outlet (its own voice, and the reports it published)",
    "named": "A named source",
    "anonymous": "An anonymous source",
    "official_statement": "An official statement",
    "unspecified": "A source the text does not specify",
}


def stix_id(kind: str, dossier_id: str) -> str:
    """The STIX id of the object of ``kind`` made from dossier's ``dossier_id``: the same every export.

    >>> stix_id("report", "8011076")
    'report--...'
    """
    return f"{kind}--{uuid.uuid5(NAMESPACE, f'{kind}:{dossier_id}')}"


def confidence(grade: int) -> int | None:
    """The STIX confidence of an Admiralty credibility grade: 1 -> 90, 2 -> 70 ... 5 -> 10, 6 -> None.

    >>> [confidence(g) for g in range(1, 7)]
    [90, 70, 50, 30, 10, None]
    """
    return CONFIDENCE.get(grade)


def timestamp(value: str | None) -> str | None:
    """A STIX timestamp (UTC, milliseconds, Z) from an ISO date or date-time; None when there is none.

    >>> timestamp("2025-03-12"), timestamp("2026-11-29T20:22:50+00:00")
    ('2025-03-12T00:00:00.000Z', '2026-11-29T20:22:50.000Z')
    """
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _common(kind: str, dossier_id: str, stamps: Iterable[str | None]) -> dict[str, Any]:
    """type, spec_version, id, created and modified (the earliest and latest of ``stamps``)."""
    known = sorted(s for s in (timestamp(v) for v in stamps) if s)
    first = known[0] if known else "1970-01-01T00:00:00.000Z"
    return {
        "type": kind,
        "spec_version": "2.1",
        "id": stix_id(kind, dossier_id),
        "created": first,
        "modified": known[-1] if known else first,
    }


def _reference(dossier_id: str) -> dict[str, str]:
    return {"source_name": SOURCE_NAME, "external_id": dossier_id}


def _explanation(statement: Statement, name: str, article: dict[str, Any]) -> str:
    item = statement.item
    spans = ", ".join(f"{start}-{end}" for start, end in item.spans)
    where = ", ".join(x for x in (article.get("outlet"), article.get("published")) if x)
    copy = f"; a copy of report {statement.copy_of}" if statement.copy_of else ""
    return (
        f"{name} {statement.position} (report {item.article}{', ' + where if where else ''}, "
        f"characters {spans}{copy}): “{item.text}”"
    )


def _identities(evidence: Evidence, by_source: dict[str, list[Statement]]) -> dict[str, dict[str, Any]]:
    """An identity per outlet and per source, by key; an outlet's own voice is its outlet's identity."""
    articles = evidence.articles
    identities: dict[str, dict[str, Any]] = {}

    def add(key: str, name: str, kind: str, in_articles: Iterable[str]) -> None:
        if key not in identities:
            identities[key] = _common(
                "identity", key, (articles[a].get("stored_at") for a in in_articles)
            ) | {
                "name": name,
                "identity_class": IDENTITY_CLASS.get(kind, "unknown"),
                "description": DESCRIPTION.get(kind, "A source") + " in the dossier evidence base.",
                "external_references": [_reference(key)],
            }

    outlets: dict[str, list[str]] = defaultdict(list)
    for article in articles.values():
        outlets[article["outlet_key"]].append(article["id"])
    for key, ids in sorted(outlets.items()):
        name = next((articles[a]["outlet"] for a in ids if articles[a]["outlet"]), None)
        name = name or (f"the outlet of report {ids[0]}" if key.startswith("outlet:report:") else key[7:])
        add(key, name, "outlet", [*ids, *(s.item.article for s in by_source.get(key, []))])
    for key, said in sorted(by_source.items()):
        kind = evidence.sources[key].kind if key in evidence.sources else said[0].item.source_kind
        add(key, evidence.source_name(key), kind, (s.item.article for s in said))
    return identities


def _grouping(board: Board, evidence: Evidence) -> dict[str, Any]:
    """A claim as the grouping of the reports that state it, its grade as confidence and labels."""
    claim = board.claim
    reports = [a for a in claim.articles if a in evidence.articles]
    counts = (
        f"{len(board.assertions)} assertion(s), {len(board.denials)} denial(s) and "
        f"{len(board.declines)} refusal(s) to confirm, in {len(reports)} report(s)"
    )
    grouping = _common("grouping", claim.id, (evidence.articles[a].get("stored_at") for a in reports)) | {
        "name": claim.statement,
        "description": f"Credibility {board.grade} ({GRADE_LABELS[board.grade]}): {counts}."
        + "".join(f" {reason[:1].upper()}{reason[1:]}." for reason in board.reasons),
        "context": "unspecified",
        "object_refs": [stix_id("report", a) for a in reports],
        "labels": [
            standing(board),
            f"admiralty-{board.grade}",
            *([f"plover-{claim.type.lower()}"] if claim.type else []),
        ],
        "external_references": [_reference(claim.id)],
    }
    level = confidence(board.grade)
    if level is not None:
        grouping["confidence"] = level
    return grouping


def _opinion(statement: Statement, evidence: Evidence, author: str) -> dict[str, Any]:
    """One assertion, denial or refusal as its source's opinion of the claim, quoting the span."""
    item = statement.item
    article = evidence.articles.get(item.article, {})
    name = evidence.source_name(statement.source)
    return _common("opinion", f"{item.article}:{item.idx}", [article.get("stored_at")]) | {
        "created_by_ref": author,
        "opinion": OPINION[item.stance],
        "explanation": _explanation(statement, name, article),
        "authors": [name],
        "object_refs": [stix_id("grouping", statement.claim), stix_id("report", item.article)],
        "external_references": [_reference(f"{item.article}:{item.idx}")],
    }


def _report(
    article: dict[str, Any], said: list[Statement], identities: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    """An article as a report by its outlet, referring to the claims it states, its opinions and sources."""
    outlet = identities[article["outlet_key"]]["id"]
    refs = [
        *dict.fromkeys(stix_id("grouping", s.claim) for s in said),
        *(stix_id("opinion", f"{s.item.article}:{s.item.idx}") for s in said),
        *dict.fromkeys(identities[s.source]["id"] for s in said),
    ]
    reference = {"source_name": article.get("outlet") or SOURCE_NAME, "external_id": article["id"]}
    if article.get("url"):
        reference["url"] = article["url"]
    return _common("report", article["id"], [article.get("stored_at")]) | {
        "name": article.get("title") or article["id"],
        "published": timestamp(article.get("published")) or timestamp(article.get("stored_at")),
        "object_refs": refs or [outlet],  # a report must refer to something: at least its outlet
        "external_references": [reference],
        "created_by_ref": outlet,
    }


def bundle(evidence: Evidence) -> dict[str, Any]:
    """The STIX 2.1 bundle of ``evidence``: identities, reports, groupings and opinions, as plain JSON."""
    statements = list(evidence.statements())
    by_source: dict[str, list[Statement]] = defaultdict(list)
    by_article: dict[str, list[Statement]] = defaultdict(list)
    for s in statements:
        by_source[s.source].append(s)
        by_article[s.item.article].append(s)
    identities = _identities(evidence, by_source)
    objects = [
        *identities.values(),
        *(
            _report(article, by_article.get(article["id"], []), identities)
            for article in evidence.articles.values()
        ),
        *(_grouping(board, evidence) for board in evidence.boards),
        *(_opinion(s, evidence, identities[s.source]["id"]) for s in statements),
    ]
    return {
        "type": "bundle",
        "id": f"bundle--{uuid.uuid5(NAMESPACE, 'bundle:' + ','.join(sorted(evidence.articles)))}",
        "objects": objects,
    }
