"""Parquet: one file per table for pandas, DuckDB, Polars or Spark, with typed columns.

The article tables (articles, entities, attributions, events, quantities) have the columns of the store's
flat tables (``dossier export --format csv``), but typed: dates as dates, flags as booleans, list fields
as lists (event actors, codes, contexts, quantity flags) and every span as a list of ``[start, end]``
integer pairs into the article text. The evidence tables are claims (with their counts and grade),
claim_items (one row per assertion, denial or refusal, with its source across reports) and sources.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from dossier.base import EvidenceBase
from dossier.export.evidence import Evidence, gather, standing
from dossier.schema import Extraction, Span, from_dict
from dossier.store.flatten import child_rows

TABLES = (
    "articles",
    "entities",
    "attributions",
    "events",
    "quantities",
    "claims",
    "claim_items",
    "sources",
)
SPANS = pa.list_(pa.list_(pa.int64(), 2))  # [[start, end], ...]
STRINGS = pa.list_(pa.string())
SIZE = pa.list_(pa.struct([("kind", pa.string()), ("value", pa.float64()), ("approximate", pa.bool_())]))
SQL_TYPES = {"INTEGER": pa.int64(), "REAL": pa.float64(), "TEXT": pa.string()}
# Columns whose type the SQLite declaration does not tell (lists, dates, flags), by table.
TYPED: dict[str, dict[str, pa.DataType]] = {
    "articles": {"published": pa.date32(), "stored_at": pa.timestamp("s", tz="UTC")},
    "entities": {"spans": SPANS},
    "attributions": {"source_spans": SPANS, "cue_spans": SPANS, "content_spans": SPANS},
    "events": {
        "context": STRINGS,
        "trigger_spans": SPANS,
        "actor": STRINGS,
        "actor_code": STRINGS,
        "actor_sector": STRINGS,
        "recipient": STRINGS,
        "recipient_code": STRINGS,
        "recipient_sector": STRINGS,
        "date": pa.date32(),
        "attributions": pa.list_(pa.int64()),
        "size": SIZE,
    },
    "quantities": {"approximate": pa.bool_(), "flags": STRINGS, "spans": SPANS},
}
EVIDENCE_SCHEMAS = {
    "claims": pa.schema(
        [
            ("claim_id", pa.string()),
            ("statement", pa.string()),
            ("event_type", pa.string()),
            ("actor", STRINGS),
            ("recipient", STRINGS),
            ("event_date", pa.date32()),
            ("first_reported", pa.date32()),
            ("first_article", pa.string()),
            ("reports", pa.int64()),
            ("items", pa.int64()),
            ("assert_items", pa.int64()),
            ("deny_items", pa.int64()),
            ("decline_items", pa.int64()),
            ("independent_assertions", pa.int64()),
            ("independent_denials", pa.int64()),
            ("assertion_sources", pa.int64()),
            ("denial_sources", pa.int64()),
            ("contradicted", pa.bool_()),
            ("grade", pa.int8()),
            ("grade_label", pa.string()),
            ("standing", pa.string()),
            ("reasons", STRINGS),
            ("conflicts", STRINGS),
        ]
    ),
    "claim_items": pa.schema(
        [
            ("claim_id", pa.string()),
            ("article_id", pa.string()),
            ("idx", pa.int64()),
            ("kind", pa.string()),
            ("stance", pa.string()),
            ("source_key", pa.string()),
            ("source", pa.string()),
            ("source_kind", pa.string()),
            ("via", pa.string()),
            ("text", pa.string()),
            ("spans", SPANS),
            ("published", pa.date32()),
            ("outlet", pa.string()),
            ("copy_of", pa.string()),
            ("event_type", pa.string()),
        ]
    ),
    "sources": pa.schema(
        [
            ("source_key", pa.string()),
            ("name", pa.string()),
            ("kind", pa.string()),
            ("items", pa.int64()),
            ("claims", pa.int64()),
            ("reports", pa.int64()),
            ("asserts", pa.int64()),
            ("denies", pa.int64()),
            ("declines", pa.int64()),
            ("via", STRINGS),
        ]
    ),
}


def _day(value: str | None) -> date | None:
    """A YYYY-MM-DD date (the first ten characters of an ISO date or date-time); None when not one."""
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _moment(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def _pairs(spans: list[Span]) -> list[list[int]]:
    return [[int(start), int(end)] for start, end in spans]


def _typed_children(record: Extraction) -> dict[str, list[dict[str, Any]]]:
    """The child tables' rows of one extraction, with list and span fields as lists (not ``;``-joined)."""
    rows = child_rows(record)
    for row, entity in zip(rows["entities"], record.entities, strict=True):
        row["spans"] = _pairs(entity.spans)
    for row, a in zip(rows["attributions"], record.attributions, strict=True):
        row["source_spans"] = _pairs(a.source.spans) if a.source else []
        row["cue_spans"] = _pairs(a.cue.spans)
        row["content_spans"] = _pairs(a.content.spans) if a.content else []
    for row, event in zip(rows["events"], record.events, strict=True):
        row["context"] = list(event.context)
        row["trigger_spans"] = _pairs(event.trigger.spans)
        for side in ("actor", "recipient"):
            actors = getattr(event, side)
            row[side] = [x.text for x in actors]
            row[f"{side}_code"] = [x.code for x in actors]
            row[f"{side}_sector"] = [x.sector for x in actors]
        row["date"] = _day(event.date)
        row["attributions"] = list(event.attributions)
        row["size"] = [{"kind": s.kind, "value": s.value, "approximate": s.approximate} for s in event.size]
    for row, quantity in zip(rows["quantities"], record.quantities, strict=True):
        row["flags"] = list(quantity.flags)
        row["spans"] = _pairs(quantity.spans)
    return rows


def schema(base: EvidenceBase, table: str) -> pa.Schema:
    """The Arrow schema of one of ``TABLES``."""
    if table in EVIDENCE_SCHEMAS:
        return EVIDENCE_SCHEMAS[table]
    typed = TYPED[table]
    return pa.schema(
        [
            (name, typed.get(name, SQL_TYPES.get(sql, pa.string())))
            for name, sql in base.store.columns(table).items()
        ]
    )


def _article_rows(base: EvidenceBase) -> Iterator[dict[str, Any]]:
    for row in base.store.rows("articles"):
        yield row | {"published": _day(row["published"]), "stored_at": _moment(row["stored_at"])}


def _child_rows(base: EvidenceBase, table: str) -> Iterator[dict[str, Any]]:
    for payload in base.store.records():
        record = from_dict(payload)
        for idx, row in enumerate(_typed_children(record)[table]):
            yield {"article_id": record.id, "idx": idx, **row}


def _claim_rows(evidence: Evidence) -> Iterator[dict[str, Any]]:
    for board in evidence.boards:
        claim = board.claim
        yield {
            "claim_id": claim.id,
            "statement": claim.statement,
            "event_type": claim.type,
            "actor": list(claim.actor),
            "recipient": list(claim.recipient),
            "event_date": _day(claim.date),
            "first_reported": _day(board.first_reported),
            "first_article": board.first_article,
            "reports": len(claim.articles),
            "items": len(claim.items),
            "assert_items": len(board.assertions),
            "deny_items": len(board.denials),
            "decline_items": len(board.declines),
            "independent_assertions": board.independent_assertions,
            "independent_denials": board.independent_denials,
            "assertion_sources": board.assertion_sources,
            "denial_sources": board.denial_sources,
            "contradicted": board.contradicted,
            "grade": board.grade,
            "grade_label": board.grade_label,
            "standing": standing(board),
            "reasons": list(board.reasons),
            "conflicts": list(claim.conflicts),
        }


def _item_rows(evidence: Evidence) -> Iterator[dict[str, Any]]:
    for s in evidence.statements():
        item = s.item
        yield {
            "claim_id": s.claim,
            "article_id": item.article,
            "idx": item.idx,
            "kind": item.kind,
            "stance": item.stance,
            "source_key": s.source,
            "source": evidence.source_name(s.source),
            "source_kind": item.source_kind,
            "via": item.via,
            "text": item.text,
            "spans": _pairs(item.spans),
            "published": _day(item.published),
            "outlet": item.outlet,
            "copy_of": s.copy_of,
            "event_type": item.type,
        }


def _source_rows(evidence: Evidence) -> Iterator[dict[str, Any]]:
    for summary in evidence.sources.values():
        row = summary.to_dict()
        yield {"source_key": row.pop("key"), **row}


def table_rows(base: EvidenceBase, table: str, evidence: Evidence | None = None) -> Iterator[dict[str, Any]]:
    """The rows of one of ``TABLES``, typed as its ``schema`` says."""
    if table == "articles":
        return _article_rows(base)
    if table in TYPED:
        return _child_rows(base, table)
    evidence = evidence or gather(base)
    rows: dict[str, Callable[[Evidence], Iterator[dict[str, Any]]]] = {
        "claims": _claim_rows,
        "claim_items": _item_rows,
        "sources": _source_rows,
    }
    return rows[table](evidence)


def write_parquet(base: EvidenceBase, folder: str | os.PathLike[str]) -> dict[str, int]:
    """Write every table of ``TABLES`` as ``folder/TABLE.parquet``; how many rows each has."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    evidence = gather(base)
    written = {}
    for table in TABLES:
        arrow = pa.Table.from_pylist(list(table_rows(base, table, evidence)), schema=schema(base, table))
        pq.write_table(arrow, out / f"{table}.parquet")
        written[table] = arrow.num_rows
    return written
