"""``EvidenceBase``: the library's door to the evidence across reports, one object over a store.

>>> with EvidenceBase(":memory:") as base:
...     base.count()
0

It wires the stages as ``pipeline`` does for one article: ``ingest`` extracts and stores articles, then
groups their claim items into claims at once (maintained incrementally: a new article's items join or
found claims; nothing already grouped is recomputed) and finds copies; ``copies``, ``claims``,
``claim``, ``sources`` and ``source`` read what is stored. The CLI and the web server are thin shells over
it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import numpy as np

from dossier.errors import InputError, NotFoundError, UsageError
from dossier.evidence.claims import Grouper, make_claim, speaker
from dossier.evidence.corroboration import copy_origins, corroborate
from dossier.evidence.encoder import Encoder, encode
from dossier.evidence.items import ClaimItem, claim_items
from dossier.evidence.records import Board, Claim
from dossier.evidence.sources import SourceRegistry
from dossier.schema import Article, Extraction, from_dict
from dossier.store import Store

QUERY_COSINE = 0.3  # a query finds the claims at least this close in meaning
RELATED_COSINE = 0.5  # a report holding an item this close to a claim is read whole for its stance
MAX_RELATED_REPORTS = 12


@dataclass(frozen=True, slots=True)
class Ingested:
    """What ``EvidenceBase.ingest`` did with one article: stored, unchanged (same content) or skipped
    (already stored)."""

    id: str
    status: str


@dataclass(frozen=True, slots=True)
class SourceSummary:
    """One source across reports: what it asserted, denied or declined, in how many reports."""

    key: str
    name: str | None
    kind: str
    items: int
    claims: int
    reports: int
    asserts: int
    denies: int
    declines: int
    via: list[str]

    def to_dict(self) -> dict[str, Any]:
        from dossier.schema import to_dict

        return to_dict(self)


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """Everything one source said across reports, with how each of those claims now stands."""

    source: SourceSummary
    statements: list[dict[str, Any]]  # {claim, statement, stance, article, quote, spans, standing, grade}

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source.to_dict(), "statements": self.statements}


SOURCING = ("named", "anonymous", "official_statement", "own_voice", "unspecified")


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """One stored article: its extraction, the claim items it states, and its sourcing profile."""

    record: dict[str, Any]  # the stored extraction (``dossier.schema.to_dict``)
    items: list[dict[str, Any]]  # {claim, kind, stance, source, source_kind, via, text, spans}
    profile: dict[str, float]  # share of its items per kind of sourcing (``SOURCING``), 0 to 1
    copy_of: str | None = None  # the article this one copies

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.record, "items": self.items, "profile": self.profile, "copy_of": self.copy_of}


def sourcing_profile(kinds: Sequence[str]) -> dict[str, float]:
    """The share of each kind of sourcing (``SOURCING``) among items' source kinds; the outlet's own
    voice is ``own_voice``.

    >>> sourcing_profile(["named", "outlet", "outlet", "anonymous"])["own_voice"]
    0.5
    """
    named = ["own_voice" if k == "outlet" else k if k in SOURCING else "unspecified" for k in kinds]
    return {k: round(named.count(k) / len(named), 3) if named else 0.0 for k in SOURCING}


def keep_boards(
    boards: Iterable[Board],
    min_sources: int = 1,
    contradicted: bool = False,
    type: str | None = None,
    country: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[Board]:
    """The ``boards`` that ``EvidenceBase.claims`` keeps with these filters, in their order: asserted or
    denied by at least ``min_sources`` distinct sources, only ``contradicted`` ones, of PLOVER ``type``,
    naming ``country`` as actor or recipient, first reported between ``since`` and ``until``."""

    def keep(b: Board) -> bool:
        c = b.claim
        first = b.first_reported or ""
        return (
            b.assertion_sources + b.denial_sources >= min_sources
            and (not contradicted or b.contradicted)
            and (type is None or c.type == type.upper())
            and (country is None or country.upper() in (*c.actor, *c.recipient))
            and (since is None or first >= since)
            and (until is None or bool(first and first <= until))
        )

    return [b for b in boards if keep(b)]


def standing(board: Board) -> str:
    """How a claim stands: confirmed (grade 1), contradicted, or unresolved."""
    if board.contradicted:
        return "contradicted"
    return "confirmed" if board.grade == 1 else "unresolved"


class EvidenceBase:
    """An evidence base in a store (SQLite by default): reports in, claims and their boards out."""

    def __init__(
        self, db: str | Store = "dossier.db", create: bool = True, encoder: Encoder | None = None
    ) -> None:
        """Open the store at ``db`` (a path, or an open ``Store``); ``create`` a new one when missing;
        ``encoder`` embeds texts (MiniLM by default)."""
        self.store = db if isinstance(db, Store) else Store(db, create=create)
        self.encoder = encoder or encode
        self._grouper: Grouper | None = None

    def __enter__(self) -> EvidenceBase:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the store; everything ingested is already committed."""
        self.store.close()

    def count(self) -> int:
        """How many articles are stored."""
        return self.store.count()

    # --- writing -----------------------------------------------------------------------------------------

    def ingest(
        self,
        articles: Iterable[Article | str],
        force: bool = False,
        processes: int = 1,
        batch_size: int = 32,
        on_error: Callable[[InputError], None] | None = None,
        pool: Any = None,
    ) -> Iterator[Ingested]:
        """Extract, store and group ``articles``, yielding what was done with each as it is done.

        Articles already stored are skipped unless ``force``. Each article is committed as it is
        extracted, and its claim items in a transaction of their own once its batch is grouped, so an
        ingest stopped half-way keeps what it finished. What a crash left undone (articles stored but not
        grouped, claims to refresh, copies to find again: each marked in the store in the transaction that
        made it due) is done first, in the order a clean run does it, so a re-run after a kill at any
        moment gives the clean run's database. Copies are found again once the articles are in. With ``pool`` (a
        ``distributed.RayPool``), Ray actors extract the batches and this process stores them.
        """
        from dossier.pipeline import extract_many

        self.group_pending()

        skipped: list[str] = []
        origins: dict[str, str | None] = {}

        def pending() -> Iterator[Article | str]:
            for article in articles:
                if isinstance(article, Article):
                    if not force and self.store.has(article.id):
                        skipped.append(article.id)
                        continue
                    origins[article.id] = article.origin
                yield article

        batch: list[Extraction] = []
        if pool is not None:
            records = pool.extract(pending(), batch_size, on_error)
        else:
            records = extract_many(pending(), processes, batch_size, on_error)
        for record in records:
            while skipped:
                yield Ingested(skipped.pop(0), "skipped")
            saved = self.store.save(record, origin=origins.pop(record.id, None))
            if saved:
                batch.append(record)
            if len(batch) >= batch_size:
                self._group(batch)
                batch = []
            yield Ingested(record.id, "stored" if saved else "unchanged")
        self._group(batch)
        while skipped:
            yield Ingested(skipped.pop(0), "skipped")
        self.group_pending()
        if self.store.copies_stale():
            self.update_copies()

    def group_pending(self) -> int:
        """Group the stored articles whose items are not grouped yet (after a crash, or stored by an
        older dossier); how many there were."""
        ids = self.store.claims.ungrouped()
        for start in range(0, len(ids), 32):
            self._group([from_dict(self.store.get(a)) for a in ids[start : start + 32]])
        if self.store.has_stale_claims():
            with self.store.transaction(serial=True):
                self._refresh(set())
        return len(ids)

    def _catch_up(self) -> None:
        """Group what a crash or an older dossier left ungrouped, and find copies again if an article came
        in since, before reading claims."""
        if self.store.claims.ungrouped() or self.store.has_stale_claims():
            self.group_pending()
        if self.store.copies_stale():
            self.update_copies()

    def _group(self, records: Sequence[Extraction]) -> None:
        if not records:
            return
        per_article = [claim_items(r) for r in records]
        texts = [i.text for items in per_article for i in items]
        vectors = self.encoder(texts) if texts else np.zeros((0, 384), dtype=np.float32)
        if self._grouper is None:
            self._grouper = Grouper(self.store.claims)
        start = 0
        for record, items in zip(records, per_article, strict=True):
            own = vectors[start : start + len(items)]
            start += len(items)
            with self.store.transaction(
                serial=True
            ):  # one writer of claims at a time (``Store.transaction``)
                if self.store.claims.grouped(record.id):  # another writer grouped it meanwhile
                    continue
                touched = set(self._grouper.add_article(items, own))
                self._refresh(touched)
                self.store.claims.mark_grouped(record.id, len(items))

    def _refresh(self, touched: set[str]) -> None:
        touched |= self.store.take_stale_claims()
        members = self.store.claims.members(sorted(touched))
        rows = []
        for cid in sorted(touched):
            group = members.get(cid, [])
            vector = speaker(group).vector if group else np.zeros(384, dtype=np.float32)
            first = min((m.item.published for m in group if m.item.published), default=None)
            rows.append((make_claim(cid, group), vector, first))
        self.store.claims.save_claims(rows)

    def update_copies(self) -> list[list[str]]:
        """Find copies among the stored articles (the earliest published first) and record them."""
        from dossier.evidence.copies import find_copies

        articles = [
            Article(id=r["id"], text=r["text"], published=r.get("published"), outlet=r.get("outlet"))
            for r in self.store.records()
        ]
        order = {a.id: i for i, a in enumerate(articles)}
        articles.sort(key=lambda a: (a.published or "9999-99-99", order[a.id]))
        groups = find_copies(articles)
        self.store.replace_copy_groups(groups)
        return groups

    # --- reading -----------------------------------------------------------------------------------------

    def copies(self) -> list[list[dict[str, Any]]]:
        """The groups of copies, original first: each article's id, title, outlet, published, opening."""
        if self.store.copies_stale():
            self.update_copies()
        groups = self.store.copy_groups()
        payload = []
        for group in groups:
            rows = []
            for a in group:
                record = self.store.get(a)
                rows.append(
                    {key: record.get(key) for key in ("id", "title", "outlet", "published")}
                    | {"opening": " ".join(record["text"].split()[:12])}
                )
            payload.append(rows)
        return payload

    def _claims(self, ids: Sequence[str] | None, min_articles: int = 1) -> list[Claim]:
        rows = self.store.claims.claim_rows(ids, min_articles=min_articles)
        wanted = [r["id"] for r in rows]
        items = self.store.claims.claim_items(wanted if ids is not None or min_articles > 1 else None)
        links = self.store.claims.links(wanted) if wanted else {}
        return [
            Claim(
                id=r["id"],
                statement=r["statement"],
                type=r["type"],
                actor=[c for c in (r["actor"] or "").split(";") if c],
                recipient=[c for c in (r["recipient"] or "").split(";") if c],
                date=r["date"],
                items=items.get(r["id"], []),
                conflicts=sorted(set(links.get(r["id"], []))),
            )
            for r in rows
        ]

    def claims(
        self,
        query: str | None = None,
        min_articles: int = 1,
        min_sources: int = 1,
        contradicted: bool = False,
        type: str | None = None,
        country: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
        stances: bool = False,
    ) -> list[Board]:
        """The claims' boards, most-reported first (or, with ``query``, closest in meaning first), kept
        when stated by at least ``min_articles`` reports and asserted or denied by ``min_sources``
        distinct sources, only ``contradicted`` ones, of PLOVER ``type``, naming ``country`` (ISO
        alpha-3) as actor or recipient, first reported between ``since`` and ``until``; at most
        ``limit``. With ``stances``, each board also holds what related reports, read whole, say of it."""
        if not self.store.count():
            raise UsageError(f"{self.store.path} holds no articles: run 'dossier ingest PATH...' first")
        self._catch_up()
        ids = None
        if query and query.strip():
            known, vectors = self.store.claims.claim_vectors(min_articles)
            if not known:
                return []
            scores = vectors @ self.encoder([query])[0]
            ranked = sorted(zip(scores.tolist(), known, strict=True), key=lambda x: (-x[0], x[1]))
            ids = [c for score, c in ranked if score >= QUERY_COSINE]
        found = self._claims(ids, min_articles)
        if ids is not None:
            rank = {c: n for n, c in enumerate(ids)}
            found.sort(key=lambda c: rank[c.id])
        boards = keep_boards(
            corroborate(found, self.store.copy_groups()),
            min_sources=min_sources,
            contradicted=contradicted,
            type=type,
            country=country,
            since=since,
            until=until,
        )[:limit]
        return self.read_stances(boards) if stances else boards

    def claim(self, claim_id: str, stances: bool = False) -> Board:
        """One claim's board, by its id or a unique prefix of it; ``NotFoundError`` when there is none."""
        self._catch_up()
        ids = self.store.claims.claim_ids(claim_id)
        if not ids:
            raise NotFoundError(
                f"no claim with id {claim_id!r} in {self.store.path} (list them with 'dossier claims')"
            )
        if len(ids) > 1:
            raise UsageError(f"{claim_id!r} matches {len(ids)} claims; give more of the id")
        (board,) = corroborate(self._claims(ids), self.store.copy_groups())
        return self.read_stances([board])[0] if stances else board

    def read_stances(self, boards: Sequence[Board]) -> list[Board]:
        """Each board with what related reports, read whole by the FNC-1 stance model, say of its claim:
        the claim's own reports and those holding an item close to its statement."""
        from dossier.evidence.corroboration import read_stances

        copies = self.store.copy_groups()
        read = []
        for board in boards:
            records = [from_dict(self.store.get(a)) for a in self._related_reports(board.claim)]
            read.extend(read_stances([board], records, copies, self.encoder))
        return read

    def _related_reports(self, claim: Claim) -> list[str]:
        own = claim.articles
        found = self.store.claims.close_items(claim.id, RELATED_COSINE, MAX_RELATED_REPORTS)
        return list(dict.fromkeys([*own, *found]))[: max(MAX_RELATED_REPORTS, len(own))]

    def articles(self) -> list[dict[str, Any]]:
        """Every stored article's id, title, outlet, published date and origin, first stored first."""
        return self.store.listing()

    def article(self, article_id: str) -> ArticleRecord:
        """One stored article with its claim items and sourcing profile; ``NotFoundError`` when unknown."""
        self._catch_up()
        record = self.store.get(article_id)
        items = [
            {
                "claim": claim,
                "kind": item.kind,
                "stance": item.stance,
                "source": item.source,
                "source_kind": item.source_kind,
                "via": item.via,
                "text": item.text,
                "spans": [list(s) for s in item.spans],
            }
            for claim, item in self.store.claims.article_items(article_id)
        ]
        origin = copy_origins(self.store.copy_groups())
        profile = sourcing_profile([i["source_kind"] for i in items])
        return ArticleRecord(record, items, profile, origin.get(article_id))

    def sources(self, min_items: int = 1) -> list[SourceSummary]:
        """Every source across reports (one identity per person or body: a surname, an acronym or an
        office merged into the one full name it stands for), most items first."""
        origin = copy_origins(self.store.copy_groups())
        summaries = [
            _summary(key, rows, origin) for key, rows in self._by_source().items() if len(rows) >= min_items
        ]
        summaries.sort(key=lambda s: (-s.items, s.key))
        return summaries

    def _by_source(self) -> dict[str, list[tuple[str, ClaimItem]]]:
        """(claim id, item) of every stored item, by source key, surnames and acronyms merged into the full
        names they stand for (``SourceRegistry``)."""
        rows = self.store.claims.source_items()
        registry = SourceRegistry(item.identity() for _, item in rows if item.source_key)
        by_key: dict[str, list[tuple[str, ClaimItem]]] = {}
        for claim, item in rows:
            by_key.setdefault(registry.key(item.source_key or ""), []).append((claim, item))
        return by_key

    def grade(self) -> int:
        """Write every claim's grade, standing and source counts to the store (``claim_grades``, read by
        the ``claim_list`` view), in one transaction; how many claims were graded."""
        from datetime import UTC, datetime

        now = datetime.now(UTC).isoformat(timespec="seconds")
        boards = self.claims() if self.store.count() else []
        rows = [
            {
                "claim_id": b.claim.id,
                "grade": b.grade,
                "grade_label": b.grade_label,
                "standing": standing(b),
                "contradicted": int(b.contradicted),
                "assertion_sources": b.assertion_sources,
                "denial_sources": b.denial_sources,
                "independent_assertions": b.independent_assertions,
                "independent_denials": b.independent_denials,
                "graded_at": now,
            }
            for b in boards
        ]
        with self.store.transaction(serial=True):
            return self.store.claims.replace_grades(rows)

    def item_sources(self) -> dict[tuple[str, int], str]:
        """(article id, item index) of every stored claim item -> the key of its source across reports, as
        ``sources`` merges them (the exports join items to sources with it)."""
        return {(item.article, item.idx): key for key, rows in self._by_source().items() for _, item in rows}

    def source(self, key: str) -> SourceRecord:
        """Everything one source asserted, denied or declined, and how each of those claims stands."""
        rows = self._by_source().get(key)
        if not rows:
            raise NotFoundError(f"no source {key!r} in {self.store.path} (list them with 'dossier sources')")
        copies = self.store.copy_groups()
        boards = {b.claim.id: b for b in corroborate(self._claims(sorted({c for c, _ in rows})), copies)}
        statements = [
            {
                "claim": claim,
                "statement": boards[claim].claim.statement,
                "stance": item.stance,
                "article": item.article,
                "published": item.published,
                "quote": item.text,
                "spans": [list(s) for s in item.spans],
                "standing": standing(boards[claim]),
                "grade": boards[claim].grade,
            }
            for claim, item in rows
            if claim in boards
        ]
        return SourceRecord(_summary(key, rows, copy_origins(copies)), statements)


def _summary(key: str, rows: Sequence[tuple[str, ClaimItem]], origin: dict[str, str]) -> SourceSummary:
    """What one source said across reports (``origin``: copies -> the report they copy)."""
    items = [i for _, i in rows]
    names = [i.source for i in items if i.source]
    return SourceSummary(
        key=key,
        name=max(sorted(set(names)), key=lambda n: (len(n), names.count(n))) if names else None,  # fullest
        kind=items[0].source_kind,
        items=len(items),
        claims=len({c for c, _ in rows}),
        reports=len({origin.get(i.article, i.article) for i in items}),
        asserts=sum(i.stance == "assert" for i in items),
        denies=sum(i.stance == "deny" for i in items),
        declines=sum(i.stance == "decline" for i in items),
        via=sorted({i.via for i in items if i.via}),
    )
