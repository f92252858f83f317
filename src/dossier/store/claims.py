"""The claim tables: items grouped at ingest, their blocking keys, the claims and the links between them.

``ClaimTables`` is the store's side of claim grouping: it is the ``ItemIndex`` the grouper adds to (so
candidates come from an indexed key lookup, never from all pairs) and it answers the reads that boards and
listings need. Every statement runs on the store's connection, inside the caller's transaction.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import numpy as np

from dossier.evidence.claims import Member
from dossier.evidence.items import ClaimItem, item_from_dict

BATCH = 500  # bound parameters per statement, under SQLite's limit


def _batches(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), BATCH):
        yield values[start : start + BATCH]


def _vector(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float32)


class ClaimTables:
    """Claim items, keys, claims and links on the store's connection (see ``Store.claims``)."""

    def __init__(self, db: Any) -> None:
        """``db``: the store's connection (``sqlite3.Connection`` or ``dialect.PostgresConnection``)."""
        self._db = db
        self._count: int | None = None
        self._members: dict[str, list[Member]] = {}  # parsed members of the claims read so far

    def forget(self) -> None:
        """Drop what was read (another writer may have changed the claims since)."""
        self._count = None
        self._members.clear()

    def grouped(self, article: str) -> bool:
        """Whether ``article``'s items are grouped (in its stored version)."""
        query = "SELECT 1 FROM grouped_articles WHERE article_id = ?"
        return self._db.execute(query, (article,)).fetchone() is not None

    # --- the grouper's index -----------------------------------------------------------------------------

    def item_count(self) -> int:
        if self._count is None:
            self._count = self._db.execute("SELECT count(*) FROM claim_items").fetchone()[0]
        return self._count

    def key_counts(self, keys: Sequence[str]) -> dict[str, int]:
        counts: dict[str, int] = {}
        for batch in _batches(list(keys)):
            marks = ", ".join("?" * len(batch))
            query = f"SELECT key, count(*) FROM claim_keys WHERE key IN ({marks}) GROUP BY key"
            counts.update(self._db.execute(query, batch).fetchall())
        return counts

    def candidates(self, keys: Sequence[str], exclude_article: str, limit: int) -> list[str]:
        if not keys:
            return []
        keys = list(keys)[:BATCH]
        marks = ", ".join("?" * len(keys))
        query = f"""SELECT min(i.claim_id), count(*) AS shared FROM claim_keys AS k
            JOIN claim_items AS i ON i.article_id = k.article_id AND i.idx = k.idx
            WHERE k.key IN ({marks}) AND k.article_id != ?
            GROUP BY k.article_id, k.idx ORDER BY shared DESC, k.article_id, k.idx LIMIT ?"""
        rows = self._db.execute(query, [*keys, exclude_article, limit]).fetchall()
        return list(dict.fromkeys(claim for claim, _ in rows))

    def members(self, claims: Sequence[str]) -> dict[str, list[Member]]:
        found: dict[str, list[Member]] = {c: [] for c in claims}
        missing = [c for c in claims if c not in self._members]
        for batch in _batches(missing):
            marks = ", ".join("?" * len(batch))
            query = f"""SELECT claim_id, item, vector FROM claim_items WHERE claim_id IN ({marks})
                ORDER BY rowid"""
            for claim, item, vector in self._db.execute(query, batch):
                found[claim].append(Member(item_from_dict(json.loads(item)), _vector(vector), claim))
        for claim in missing:
            self._members[claim] = found[claim]
        return {c: list(self._members[c]) for c in claims}

    def add(self, members: Sequence[Member]) -> None:
        rows = []
        keys = []
        for m in members:
            item = m.item
            start = min((s for s, _ in item.spans), default=None)
            end = max((e for _, e in item.spans), default=None)
            rows.append(
                (
                    item.article,
                    item.idx,
                    m.claim,
                    item.kind,
                    item.stance,
                    item.source,
                    item.source_key,
                    item.source_kind,
                    item.via,
                    item.type,
                    item.published,
                    start,
                    end,
                    item.text,
                    json.dumps(item.to_dict(), ensure_ascii=False, separators=(",", ":")),
                    np.asarray(m.vector, dtype=np.float32).tobytes(),
                )
            )
            keys.extend((key, item.article, item.idx) for key in dict.fromkeys(item.keys))
        self._db.executemany(
            """INSERT OR REPLACE INTO claim_items (article_id, idx, claim_id, kind, stance, source, source_key,
                source_kind, via, type, published, "start", "end", text, item, vector)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            rows,
        )
        self._db.executemany("INSERT OR IGNORE INTO claim_keys (key, article_id, idx) VALUES (?, ?, ?)", keys)
        if self._count is not None:
            self._count += len(rows)
        for m in members:  # a claim not read yet is read from the table, new rows included
            if m.claim in self._members:
                self._members[m.claim].append(m)

    def link(self, claim: str, other: str, relation: str) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO claim_links (claim_id, other_id, relation) VALUES (?, ?, ?)",
            (claim, other, relation),
        )

    # --- upkeep ------------------------------------------------------------------------------------------

    def mark_grouped(self, article: str, items: int) -> None:
        """Record that ``article``'s items are grouped (in the transaction that grouped them)."""
        self._db.execute(
            "INSERT OR REPLACE INTO grouped_articles (article_id, items) VALUES (?, ?)", (article, items)
        )

    def ungrouped(self) -> list[str]:
        """Stored articles whose items are not grouped yet (new, re-extracted, or cut off by a crash),
        in the order they were stored."""
        query = """SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM grouped_articles)
            ORDER BY seq"""
        return [row[0] for row in self._db.execute(query)]

    def drop_article(self, article: str) -> list[str]:
        """Remove an article's items from their claims; the claims they were in (to refresh)."""
        touched = [
            row[0]
            for row in self._db.execute(
                "SELECT DISTINCT claim_id FROM claim_items WHERE article_id = ?", (article,)
            )
        ]
        self._db.execute("DELETE FROM claim_keys WHERE article_id = ?", (article,))
        self._db.execute("DELETE FROM claim_items WHERE article_id = ?", (article,))
        self._db.execute("DELETE FROM grouped_articles WHERE article_id = ?", (article,))
        self._count = None
        self._members.clear()
        return touched

    def save_claims(self, claims: Iterable[tuple[Any, np.ndarray, str | None]]) -> None:
        """Write (``Claim``, statement vector, first reported date) rows; a claim with no items is removed."""
        for claim, vector, first in claims:
            if not claim.items:
                self._db.execute("DELETE FROM claims WHERE id = ?", (claim.id,))
                self._db.execute(
                    "DELETE FROM claim_links WHERE claim_id = ? OR other_id = ?", (claim.id,) * 2
                )
                continue
            self._db.execute(
                """INSERT OR REPLACE INTO claims (id, statement, type, actor, recipient, date, item_count,
                    article_count, first_reported, vector) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    claim.id,
                    claim.statement,
                    claim.type,
                    ";".join(claim.actor),
                    ";".join(claim.recipient),
                    claim.date,
                    len(claim.items),
                    len(claim.articles),
                    first,
                    np.asarray(vector, dtype=np.float32).tobytes(),
                ),
            )

    def replace_grades(self, rows: Iterable[dict[str, Any]]) -> int:
        """Replace the claims' grades (``claim_grades``: claim_id, grade, grade_label, standing,
        contradicted, assertion_sources, denial_sources, independent_assertions, independent_denials,
        graded_at) with ``rows``; how many were written."""
        columns = (
            "claim_id, grade, grade_label, standing, contradicted, assertion_sources, denial_sources, "
            "independent_assertions, independent_denials, graded_at"
        )
        names = [c.strip() for c in columns.split(",")]
        values = [tuple(row[n] for n in names) for row in rows]
        self._db.execute("DELETE FROM claim_grades")
        marks = ", ".join("?" * len(names))
        self._db.executemany(f"INSERT INTO claim_grades ({columns}) VALUES ({marks})", values)
        return len(values)

    # --- reading -----------------------------------------------------------------------------------------

    def claim_rows(self, ids: Sequence[str] | None = None, min_articles: int = 1) -> list[dict[str, Any]]:
        """Claims (without vectors), most-reported first; only ``ids`` when given."""
        columns = "id, statement, type, actor, recipient, date, item_count, article_count, first_reported"
        order = "ORDER BY article_count DESC, item_count DESC, coalesce(date, first_reported, '9999'), id"
        if ids is not None and not ids:
            return []
        if ids is None:
            query = f"SELECT {columns} FROM claims WHERE article_count >= ? {order}"
            cursor = self._db.execute(query, (min_articles,))
            rows = cursor.fetchall()
        else:
            rows = []
            for batch in _batches(list(ids)):
                marks = ", ".join("?" * len(batch))
                cursor = self._db.execute(f"SELECT {columns} FROM claims WHERE id IN ({marks})", batch)
                rows.extend(cursor.fetchall())
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in rows]

    def claim_items(self, claims: Sequence[str] | None = None) -> dict[str, list[ClaimItem]]:
        """Each claim's items in the order they joined; every claim's when ``claims`` is None."""
        found: dict[str, list[ClaimItem]] = defaultdict(list)
        if claims is None:
            query = "SELECT claim_id, item FROM claim_items ORDER BY rowid"
            for claim, item in self._db.execute(query):
                found[claim].append(item_from_dict(json.loads(item)))
            return found
        for batch in _batches(list(claims)):
            marks = ", ".join("?" * len(batch))
            query = f"SELECT claim_id, item FROM claim_items WHERE claim_id IN ({marks}) ORDER BY rowid"
            for claim, item in self._db.execute(query, batch):
                found[claim].append(item_from_dict(json.loads(item)))
        return found

    def claim_vectors(self, min_articles: int = 1) -> tuple[list[str], np.ndarray]:
        """Every claim's id and statement vector (for a search by meaning)."""
        rows = self._db.execute("SELECT id, vector FROM claims WHERE article_count >= ?", (min_articles,))
        ids, vectors = [], []
        for claim, blob in rows:
            ids.append(claim)
            vectors.append(_vector(blob))
        return ids, (np.stack(vectors) if vectors else np.zeros((0, 384), dtype=np.float32))

    def links(self, claims: Sequence[str]) -> dict[str, list[str]]:
        """Claims linked to each of ``claims`` (conflicting figures), both ways."""
        found: dict[str, list[str]] = defaultdict(list)
        for batch in _batches(list(claims)):
            marks = ", ".join("?" * len(batch))
            query = f"""SELECT claim_id, other_id FROM claim_links
                WHERE claim_id IN ({marks}) OR other_id IN ({marks})"""
            for a, b in self._db.execute(query, [*batch, *batch]):
                found[a].append(b)
                found[b].append(a)
        return found

    def claim_ids(self, prefix: str) -> list[str]:
        """The ids of the claims whose id begins with ``prefix`` (at most ten)."""
        pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = "SELECT id FROM claims WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 10"
        return [row[0] for row in self._db.execute(query, (pattern,))]

    def close_items(self, claim: str, cosine: float, limit: int, max_share: float = 0.05) -> list[str]:
        """Articles outside ``claim`` holding an item at least ``cosine`` close to its statement, closest
        first: candidates share a rare key with the claim's items (an indexed lookup, not a scan)."""
        row = self._db.execute("SELECT vector FROM claims WHERE id = ?", (claim,)).fetchone()
        if row is None:
            return []
        vector = _vector(row[0])
        keys = [
            k
            for (k,) in self._db.execute(
                """SELECT DISTINCT k.key FROM claim_keys AS k JOIN claim_items AS i
                ON i.article_id = k.article_id AND i.idx = k.idx WHERE i.claim_id = ?""",
                (claim,),
            )
        ]
        counts = self.key_counts(keys)
        rare = [k for k in keys if counts.get(k, 0) <= max(2, max_share * self.item_count())][:BATCH]
        if not rare:
            return []
        marks = ", ".join("?" * len(rare))
        query = f"""SELECT i.article_id, i.vector FROM claim_keys AS k
            JOIN claim_items AS i ON i.article_id = k.article_id AND i.idx = k.idx
            WHERE k.key IN ({marks}) AND i.claim_id != ?
            GROUP BY k.article_id, k.idx, i.article_id, i.idx ORDER BY count(*) DESC LIMIT 500"""
        scored: dict[str, float] = {}
        for article, blob in self._db.execute(query, [*rare, claim]):
            score = float(_vector(blob) @ vector)
            if score >= cosine:
                scored[article] = max(score, scored.get(article, 0.0))
        return sorted(scored, key=lambda a: -scored[a])[:limit]

    def source_items(self) -> list[tuple[str, ClaimItem]]:
        """(claim id, item) of every item, in the order they were grouped."""
        rows = self._db.execute("SELECT claim_id, item FROM claim_items ORDER BY rowid")
        return [(claim, item_from_dict(json.loads(item))) for claim, item in rows]

    def article_items(self, article: str) -> list[tuple[str, ClaimItem]]:
        """(claim id, item) of one article's items, in the article's order."""
        query = "SELECT claim_id, item FROM claim_items WHERE article_id = ? ORDER BY idx"
        return [
            (claim, item_from_dict(json.loads(item))) for claim, item in self._db.execute(query, (article,))
        ]
