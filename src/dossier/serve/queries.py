"""What the pages and the API ask of the evidence base: claims filtered, sorted and paged, one board with
its related and conflicting claims, articles and sources; every answer comes from ``EvidenceBase``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from dossier.base import ArticleRecord, SourceRecord, keep_boards
from dossier.errors import NotFoundError
from dossier.evidence.records import Board, EvidenceItem
from dossier.serve.service import Service

DATE = r"^\d{4}-\d{2}-\d{2}$"
SORTS = ("relevance", "asserting", "denying", "declining", "grade", "first_reported")
RELATED = 5
_WORD = re.compile(r"\w+")


class ClaimQuery(BaseModel):
    """The claims' search, filters, order and page (the same for the Claims page and ``/api/claims``)."""

    model_config = ConfigDict(extra="forbid")

    q: str | None = Field(
        None, max_length=500, description="Search: claims close in meaning, or holding every word"
    )
    contradicted: bool = Field(False, description="Only claims where an assertion meets a denial")
    min_sources: int = Field(
        1, ge=1, le=10_000, description="Asserted or denied by at least N distinct sources"
    )
    type: str | None = Field(
        None, pattern=r"^[A-Za-z_]{1,40}$", description="PLOVER event type (ASSAULT, ...)"
    )
    country: str | None = Field(
        None, pattern=r"^[A-Za-z]{3}$", description="ISO 3166 alpha-3 actor or recipient"
    )
    since: str | None = Field(None, pattern=DATE, description="First reported on or after (YYYY-MM-DD)")
    until: str | None = Field(None, pattern=DATE, description="First reported on or before (YYYY-MM-DD)")
    sort: Literal["relevance", "asserting", "denying", "declining", "grade", "first_reported"] = "relevance"
    order: Literal["asc", "desc"] = "desc"
    page: int = Field(1, ge=1, le=1_000_000)
    per_page: int = Field(25, ge=1, le=200)

    def filters(self) -> tuple[Any, ...]:
        return (self.contradicted, self.min_sources, self.type, self.country, self.since, self.until)


@dataclass(frozen=True, slots=True)
class ClaimPage:
    boards: list[Board]
    total: int
    query: ClaimQuery

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.query.per_page))


def _sort_key(sort: str) -> Any:
    return {
        "asserting": lambda b: b.assertion_sources,
        "denying": lambda b: b.denial_sources,
        "declining": decline_sources,
        "grade": lambda b: b.grade,
        "first_reported": lambda b: b.first_reported or "",
    }[sort]


def _boards(service: Service, query: ClaimQuery, text: str | None) -> list[Board]:
    """The claims ``query``'s filters keep (``dossier.base.keep_boards``) among every claim's board, or
    those close in meaning to ``text``, closest first; every board is read once and kept until the next
    write, so a new filter costs no second read."""

    def read() -> list[Board]:
        base = service.base()
        return base.claims(query=text) if base.count() else []

    contradicted, min_sources, type_, country, since, until = query.filters()
    every = service.cached(("boards", text), read)
    return keep_boards(
        every,
        min_sources=min_sources,
        contradicted=contradicted,
        type=type_,
        country=country,
        since=since,
        until=until,
    )


def _holds_words(board: Board, words: list[str]) -> bool:
    texts = " ".join([board.claim.statement, *(i.text for i in board.claim.items)]).lower()
    found = set(_WORD.findall(texts))
    return all(w in found for w in words)


def _listing(service: Service, query: ClaimQuery, text: str | None) -> list[Board]:
    """Every claim ``query`` keeps, in its order (kept until the next write: pages only slice it)."""

    def compute() -> list[Board]:
        found = _boards(service, query, text)
        if text:
            words = _WORD.findall(text.lower())
            seen = {b.claim.id for b in found}
            rest = _boards(service, query, None)
            found = found + [b for b in rest if b.claim.id not in seen and _holds_words(b, words)]
        if query.sort != "relevance":
            return sorted(found, key=_sort_key(query.sort), reverse=query.order == "desc")
        return found[::-1] if query.order == "asc" else found

    return service.cached(("listing", text, *query.filters(), query.sort, query.order), compute)


def claims(service: Service, query: ClaimQuery) -> ClaimPage:
    """The page of claims ``query`` asks for: close in meaning to ``q`` (closest first), then those
    holding every word of it; filtered; sorted; paged."""
    text = query.q.strip() if query.q and query.q.strip() else None
    found = _listing(service, query, text)
    start = (query.page - 1) * query.per_page
    return ClaimPage(found[start : start + query.per_page], len(found), query)


def event_types(service: Service) -> list[str]:
    """The PLOVER types the stored claims have, for the type filter."""

    def compute() -> list[str]:
        return sorted({b.claim.type for b in _boards(service, ClaimQuery(), None) if b.claim.type})

    return service.cached(("types",), compute)


def claim_summary(board: Board) -> dict[str, Any]:
    """One claim as a row of the claims list."""
    data = board.to_dict()
    data.pop("items")
    data.pop("stances")
    data["decline_sources"] = decline_sources(board)
    return data


def decline_sources(board: Board) -> int:
    """How many distinct sources decline to confirm the claim."""
    return len({i.source_key or i.source or i.outlet for i in board.declines})


def board(service: Service, claim_id: str) -> Board:
    return service.cached(("claim", claim_id), lambda: service.base().claim(claim_id))


def statements(service: Service, ids: list[str]) -> list[dict[str, Any]]:
    """Id, statement and grade of each claim in ``ids`` still stored."""
    found = []
    for claim_id in ids:
        try:
            b = board(service, claim_id)
        except NotFoundError:
            continue
        found.append({"id": b.claim.id, "statement": b.claim.statement, "grade": b.grade})
    return found


def related(service: Service, found: Board) -> list[dict[str, Any]]:
    """The claims closest in meaning to ``found``'s statement (itself left out)."""

    def compute() -> list[dict[str, Any]]:
        close = service.base().claims(query=found.claim.statement, limit=RELATED + 1)
        return [
            {"id": b.claim.id, "statement": b.claim.statement, "grade": b.grade}
            for b in close
            if b.claim.id != found.claim.id
        ][:RELATED]

    return service.cached(("related", found.claim.id), compute)


def best_quote(found: Board) -> EvidenceItem | None:
    """The evidence that speaks for the claim: the assertion quoting the statement itself, else the first
    assertion, else the first item."""
    items = [*found.assertions, *found.denials, *found.declines]
    exact = [i for i in found.assertions if i.quote.strip() == found.claim.statement.strip()]
    return (exact or found.assertions or items or [None])[0]


def evidence(found: Board) -> list[EvidenceItem]:
    """Every evidence item of the board, by publication date."""
    items = [*found.assertions, *found.denials, *found.declines]
    return sorted(items, key=lambda i: (i.published or "9999", i.article))


def board_data(service: Service, claim_id: str) -> dict[str, Any]:
    """One claim's board as the API gives it: the claim, evidence by position, conflicting and related."""
    found = board(service, claim_id)
    return found.to_dict() | {
        "evidence": found.evidence(),
        "conflicting": statements(service, found.claim.conflicts),
        "related": related(service, found),
    }


def articles(service: Service) -> list[dict[str, Any]]:
    return service.cached(("articles",), lambda: service.base().articles())


def article(service: Service, article_id: str) -> ArticleRecord:
    return service.cached(("article", article_id), lambda: service.base().article(article_id))


def sources(service: Service) -> list[dict[str, Any]]:
    """Every source across reports, most items first, JSON-ready."""

    def compute() -> list[dict[str, Any]]:
        base = service.base()
        return [s.to_dict() for s in base.sources()] if base.count() else []

    return service.cached(("sources",), compute)


def source(service: Service, key: str) -> SourceRecord:
    return service.cached(("source", key), lambda: service.base().source(key))
