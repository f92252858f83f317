"""What the exports read from an evidence base, gathered once: the articles, every claim's board, the
sources across reports and which source each claim item is."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from dossier.base import EvidenceBase, SourceSummary, standing
from dossier.evidence.corroboration import copy_origins
from dossier.evidence.records import Board
from dossier.evidence.sources import canonical_name, outlet_name


@dataclass(frozen=True, slots=True)
class Statement:
    """One claim item with what the exports say of it: the claim, its source across reports, the report."""

    claim: str
    item: Any  # ``ClaimItem``
    source: str  # the source's key across reports (``EvidenceBase.sources``)
    copy_of: str | None  # the report the item's report copies, when it is a copy

    @property
    def position(self) -> str:
        """asserts, denies or declines."""
        return {"assert": "asserts", "deny": "denies", "decline": "declines"}[self.item.stance]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Everything an export writes about the claims across reports, read from one store."""

    articles: dict[str, dict[str, Any]]  # id -> id, title, url, published, outlet, outlet_key, stored_at
    boards: list[Board]  # most-reported first
    sources: dict[str, SourceSummary]  # by key
    source_of: dict[tuple[str, int], str]  # (article, item index) -> source key
    origin: dict[str, str]  # copy -> the report it copies

    def statements(self) -> Iterator[Statement]:
        """Every claim item, claim by claim, in the order the items joined."""
        for board in self.boards:
            for item in board.claim.items:
                key = self.source_of.get((item.article, item.idx)) or item.source_key or "unknown"
                yield Statement(board.claim.id, item, key, self.origin.get(item.article))

    def source_name(self, key: str) -> str:
        """The source's name as ``dossier sources`` shows it (the fullest form), else its key."""
        summary = self.sources.get(key)
        return (summary.name if summary else None) or key.split(":")[-1]


def outlet_key(article: str, outlet: str | None, url: str | None) -> str:
    """The key an article's outlet has as a source ("outlet:voa"): its outlet, else the host of its URL,
    else the report's own ("outlet:report:ID"), as ``evidence.sources`` keys the outlet's own voice."""
    name = outlet_name(SimpleNamespace(outlet=outlet, url=url))  # type: ignore[arg-type]
    return f"outlet:{canonical_name(name)}" if name else f"outlet:report:{article}"


def gather(base: EvidenceBase) -> Evidence:
    """The articles, boards and sources of ``base`` (``UsageError`` when it holds no articles)."""
    boards = base.claims()
    articles = {}
    for row in base.store.rows("articles"):
        record = {key: row.get(key) for key in ("title", "url", "published", "outlet", "stored_at")}
        record["id"] = row["article_id"]
        record["outlet_key"] = outlet_key(record["id"], record["outlet"], record["url"])
        articles[record["id"]] = record
    return Evidence(
        articles=articles,
        boards=boards,
        sources={s.key: s for s in base.sources()},
        source_of=base.item_sources(),
        origin=copy_origins(base.store.copy_groups()),
    )


__all__ = ["Evidence", "Statement", "gather", "outlet_key", "standing"]
