"""``Store``: one SQLite database of extractions, with normalised tables to query with SQL or Datasette."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

from dossier.errors import BusyError, NotFoundError, UsageError
from dossier.schema import Extraction, to_dict
from dossier.store.claims import ClaimTables
from dossier.store.dialect import DERIVED_LOCK, MIGRATION_LOCK, PostgresConnection, ddl, is_postgres, redact
from dossier.store.flatten import Row, child_rows
from dossier.store.migrations import MIGRATIONS, SCHEMA_VERSION

CHILD_TABLES = ("entities", "attributions", "events", "quantities")
VIEWS = ("claim_list", "claim_evidence", "attribution_list", "event_list")  # readable views (Datasette)
TABLES = ("articles", *CHILD_TABLES)
BUSY_TIMEOUT = 30.0  # seconds a SQLite writer waits for another writer's transaction before giving up
WAIT_SECONDS = BUSY_TIMEOUT  # how long to wait for another process holding the database
VECTOR_BATCH = 500  # keys per lookup, under SQLite's limit on bound parameters

_ARTICLE_ROWS = """
    SELECT id AS article_id, title, url, published, outlet, origin, stored_at,
        (SELECT count(*) FROM entities WHERE article_id = a.id) AS entity_count,
        (SELECT count(*) FROM attributions WHERE article_id = a.id) AS attribution_count,
        (SELECT count(*) FROM events WHERE article_id = a.id) AS event_count,
        (SELECT count(*) FROM quantities WHERE article_id = a.id) AS quantity_count,
        text
    FROM articles AS a ORDER BY seq
"""


class Store:
    """A SQLite evidence base: one record per article id, each save its own committed transaction.

    >>> with Store(":memory:") as store:
    ...     store.count()
    0
    """

    TABLES = TABLES  # the tables ``rows`` exports, in order

    def __init__(
        self, path: str | os.PathLike[str] = "dossier.db", create: bool = True, timeout: float = BUSY_TIMEOUT
    ) -> None:
        """Open (or, with ``create``, create) the database at ``path`` (a SQLite file, or a
        ``postgresql://`` URL); ``UsageError`` when it cannot be. On SQLite a writer waits up to
        ``timeout`` seconds while another process writes, then raises ``BusyError`` (PostgreSQL writers
        wait on row and advisory locks as long as they are held)."""
        self.path = os.fspath(path)
        self.timeout = timeout
        self.postgres = is_postgres(self.path)
        if self.postgres:
            self._open_postgres(create)
        else:
            self._open_sqlite(create)
        self.claims = ClaimTables(self._db)  # claim items, keys, claims and links (``dossier.EvidenceBase``)

    def _open_sqlite(self, create: bool) -> None:
        if not create and self.path != ":memory:" and not os.path.exists(self.path):
            raise UsageError(
                f"no database at {self.path}: run 'dossier ingest PATH... --db {self.path}' first"
            )
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=self.timeout)
        except sqlite3.Error as exc:
            raise UsageError(f"{self.path}: cannot open the database ({exc})") from None
        try:
            self._db.execute("PRAGMA foreign_keys = ON")
            self._set_wal()
            self._db.execute("PRAGMA synchronous = NORMAL")  # with WAL, commits survive a killed process
            self._migrate()
        except sqlite3.OperationalError as exc:  # locked, read-only, ...
            self._db.close()
            raise UsageError(f"{self.path}: cannot open the database ({exc})") from None
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise UsageError(f"{self.path}: not a dossier database ({exc})") from None

    def _open_postgres(self, create: bool) -> None:
        import psycopg

        url, self.path = self.path, redact(self.path)  # the URL in messages, without its password
        try:
            self._db = PostgresConnection(url)
        except psycopg.Error as exc:
            raise UsageError(f"{self.path}: cannot open the database ({exc})") from None
        try:
            self._migrate_postgres(create)
        except psycopg.Error as exc:
            self._db.close()
            raise UsageError(f"{self.path}: not a dossier database ({exc})") from None
        except BaseException:
            self._db.close()
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection; everything saved is already committed."""
        self._db.close()

    @property
    def journal_mode(self) -> str:
        """SQLite's journal mode: ``wal`` for a database file (``postgresql`` on PostgreSQL)."""
        if self.postgres:
            return "postgresql"
        return self._db.execute("PRAGMA journal_mode").fetchone()[0]

    # --- writing ---------------------------------------------------------------------------------------

    def save(self, extraction: Extraction, origin: str | None = None) -> bool:
        """Store one article's extraction in one committed transaction, replacing any record with its id.

        Returns False when the same id was already stored with identical content (nothing is written).
        ``origin`` (where the article was read from) is kept from an earlier save when not given.
        """
        payload = json.dumps(to_dict(extraction), ensure_ascii=False, separators=(",", ":"))
        with self._transaction():
            if self.postgres:  # concurrent saves of one id: the second waits, then finds it stored
                self._db.lock_article(extraction.id)
            stored = self._db.execute(
                "SELECT extraction, origin FROM articles WHERE id = ?", (extraction.id,)
            ).fetchone()
            if stored is not None and stored[0] == payload and origin in (None, stored[1]):
                return False
            if stored is not None:  # its claim items go: claims are written by one writer at a time
                self._serialise()
            self._write_article(extraction, payload, origin)
            self._mark("claim", self.claims.drop_article(extraction.id))
            self._mark("copies", [""])
            for table in CHILD_TABLES:
                self._db.execute(f"DELETE FROM {table} WHERE article_id = ?", (extraction.id,))
            for table, rows in child_rows(extraction).items():
                self._insert_rows(table, extraction.id, rows)
        return True

    def _write_article(self, extraction: Extraction, payload: str, origin: str | None) -> None:
        self._db.execute(
            """INSERT INTO articles (id, title, url, published, outlet, origin, text, extraction, stored_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                title = excluded.title, url = excluded.url, published = excluded.published,
                outlet = excluded.outlet, origin = coalesce(excluded.origin, articles.origin),
                text = excluded.text, extraction = excluded.extraction, stored_at = excluded.stored_at""",
            (
                extraction.id,
                extraction.title,
                extraction.url,
                extraction.published,
                extraction.outlet,
                origin,
                extraction.text,
                payload,
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )

    def _insert_rows(self, table: str, article_id: str, rows: list[Row]) -> None:
        if not rows:
            return
        columns = ["article_id", "idx", *rows[0]]
        names = ", ".join(f'"{column}"' for column in columns)
        marks = ", ".join("?" for _ in columns)
        self._db.executemany(
            f"INSERT INTO {table} ({names}) VALUES ({marks})",
            ((article_id, idx, *row.values()) for idx, row in enumerate(rows)),
        )

    def transaction(self, serial: bool = False) -> Any:
        """A context manager: everything written inside commits together, or not at all.

        ``serial``: the transaction writes the tables derived across articles (claims, copy groups,
        grades), which one writer at a time may change: on PostgreSQL it takes the store's advisory lock
        for them (other writers wait for its commit); SQLite's write lock already serialises writers.
        Claims another process wrote since are read afresh."""
        return self._transaction(serial)

    @contextmanager
    def _transaction(self, serial: bool = False) -> Iterator[None]:
        if self.postgres:
            self._db.execute("BEGIN")
        else:
            try:
                self._db.execute("BEGIN IMMEDIATE")  # waits up to ``timeout`` for another writer
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                raise BusyError(
                    f"{self.path}: another process kept the database locked for {self.timeout:g} s "
                    "while it wrote; gave up waiting (try again once it is done)"
                ) from None
        try:
            if serial:
                self._serialise()
            yield
        except BaseException:
            if self._db.in_transaction:  # SQLite may already have rolled back on its own
                self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _set_wal(self) -> None:
        """Put the database in WAL mode. Switching takes a lock SQLite's busy timeout does not wait for,
        so another process opening the same new database at that moment is waited for here."""
        deadline = time.monotonic() + WAIT_SECONDS
        while True:
            try:
                self._db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _serialise(self) -> None:
        """Inside a transaction: wait for the derived tables' lock and forget claims read before it."""
        if self.postgres:
            self._db.lock(DERIVED_LOCK)
            self.claims.forget()
            return
        version = self._db.execute("PRAGMA data_version").fetchone()[0]
        if version != getattr(self, "_data_version", None):  # another connection committed
            self.claims.forget()
        self._data_version = version

    def _migrate_postgres(self, create: bool) -> None:
        """Apply the migrations PostgreSQL's version table says are missing, under an advisory lock so
        that processes opening a fresh database at once apply them once."""
        with self._transaction():
            self._db.lock(MIGRATION_LOCK)
            self._db.execute("CREATE TABLE IF NOT EXISTS dossier_schema (version INTEGER NOT NULL)")
            row = self._db.execute("SELECT version FROM dossier_schema").fetchone()
            version = row[0] if row else 0
            if version == 0 and not create:
                raise UsageError(
                    f"no dossier database at {self.path}: run 'dossier ingest PATH... --db URL' first"
                )
            if version > SCHEMA_VERSION:
                raise UsageError(
                    f"{self.path}: written by a newer dossier (schema version {version}, "
                    f"this one reads up to {SCHEMA_VERSION})"
                )
            for statements in MIGRATIONS[version:]:
                for statement in statements:
                    self._db.execute(ddl(statement))
            if row is None:
                self._db.execute("INSERT INTO dossier_schema (version) VALUES (?)", (SCHEMA_VERSION,))
            elif version < SCHEMA_VERSION:
                self._db.execute("UPDATE dossier_schema SET version = ?", (SCHEMA_VERSION,))

    def _migrate(self) -> None:
        """Bring the schema up to date. The version is read again inside each step's write transaction:
        several processes opening one new database at once each see the steps the others ran, and none
        runs a step twice ("table articles already exists")."""
        if self._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            return  # up to date: no write lock needed (a read-only database opens)
        while True:
            with self._transaction():
                version = self._db.execute("PRAGMA user_version").fetchone()[0]
                if version > SCHEMA_VERSION:
                    raise UsageError(
                        f"{self.path}: written by a newer dossier (schema version {version}, "
                        f"this one reads up to {SCHEMA_VERSION})"
                    )
                if version == SCHEMA_VERSION:
                    return
                for statement in MIGRATIONS[version]:
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {version + 1}")

    # --- reading ---------------------------------------------------------------------------------------

    def has(self, id: str) -> bool:
        """Whether an article with this id is stored."""
        return self._db.execute("SELECT 1 FROM articles WHERE id = ?", (id,)).fetchone() is not None

    def get(self, id: str) -> dict[str, Any]:
        """The stored extraction of one article, as ``dossier.schema.to_dict`` gives it.

        Raises ``NotFoundError`` for an unknown id.
        """
        row = self._db.execute("SELECT extraction FROM articles WHERE id = ?", (id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no article with id {id!r} in {self.path}")
        return json.loads(row[0])

    def ids(self) -> list[str]:
        """Every stored article id, in the order the articles were first stored."""
        return [row[0] for row in self._db.execute("SELECT id FROM articles ORDER BY seq")]

    def listing(self) -> list[dict[str, Any]]:
        """Every stored article's id, title, outlet, published date and origin, in the order first stored."""
        query = "SELECT id, title, outlet, published, origin FROM articles ORDER BY seq"
        cursor = self._db.execute(query)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def count(self) -> int:
        """How many articles are stored."""
        return self._db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def records(self) -> Iterator[dict[str, Any]]:
        """Every stored extraction, in the order first stored, one at a time."""
        for (payload,) in self._db.execute("SELECT extraction FROM articles ORDER BY seq"):
            yield json.loads(payload)

    def copy_groups(self) -> list[list[str]]:
        """Groups of article ids that are copies of one story, the original first."""
        groups: dict[str, list[str]] = {}
        query = "SELECT group_id, article_id FROM copy_groups ORDER BY group_id, position"
        for group_id, article_id in self._db.execute(query):
            groups.setdefault(group_id, []).append(article_id)
        return list(groups.values())

    def replace_copy_groups(self, groups: Iterable[Sequence[str]]) -> None:
        """Record which stored articles copy one another (``evidence.find_copies``), in one transaction."""
        with self._transaction(serial=True):
            self._db.execute("DELETE FROM copy_groups")
            self._db.execute("DELETE FROM upkeep WHERE task = 'copies'")
            for group in groups:
                self._db.executemany(
                    "INSERT INTO copy_groups (article_id, group_id, position) VALUES (?, ?, ?)",
                    [(article_id, group[0], position) for position, article_id in enumerate(group)],
                )

    def copies_stale(self) -> bool:
        """Whether an article was stored or replaced since the copy groups were last found."""
        return self._pending("copies")

    def has_stale_claims(self) -> bool:
        """Whether some claims lost items to a re-extraction and are still to be refreshed."""
        return self._pending("claim")

    def take_stale_claims(self) -> set[str]:
        """The claims still to be refresh, unmarked: call it in the transaction that refreshes them."""
        found = {row[0] for row in self._db.execute("SELECT key FROM upkeep WHERE task = 'claim'")}
        self._db.execute("DELETE FROM upkeep WHERE task = 'claim'")
        return found

    def _pending(self, task: str) -> bool:
        return self._db.execute("SELECT 1 FROM upkeep WHERE task = ? LIMIT 1", (task,)).fetchone() is not None

    def _mark(self, task: str, keys: Iterable[str]) -> None:
        self._db.executemany(
            "INSERT OR IGNORE INTO upkeep (task, key) VALUES (?, ?)", ((task, key) for key in keys)
        )

    def vectors(self, keys: Iterable[str]) -> dict[str, bytes]:
        """The cached vectors stored under ``keys`` (those that are), as raw bytes."""
        keys = list(keys)
        found: dict[str, bytes] = {}
        for start in range(0, len(keys), VECTOR_BATCH):
            batch = keys[start : start + VECTOR_BATCH]
            marks = ", ".join("?" * len(batch))
            query = f"SELECT key, vector FROM text_vectors WHERE key IN ({marks})"
            found.update(self._db.execute(query, batch).fetchall())
        return found

    def save_vectors(self, vectors: dict[str, bytes]) -> None:
        """Cache vectors under their keys, in one transaction."""
        with self._transaction():  # in key order: concurrent writers lock shared keys in one order
            self._db.executemany(
                "INSERT OR REPLACE INTO text_vectors (key, vector) VALUES (?, ?)", sorted(vectors.items())
            )

    def columns(self, table: str) -> dict[str, str]:
        """The columns of one of ``TABLES`` as ``rows`` gives them, with their SQLite types (INTEGER, REAL,
        TEXT)."""
        if table not in TABLES:
            raise UsageError(f"unknown table {table!r} (choose from {', '.join(TABLES)})")
        if table == "articles":
            counts = ("entity_count", "attribution_count", "event_count", "quantity_count")
            declared = dict(self._table_info("articles"))
            names = ["title", "url", "published", "outlet", "origin", "stored_at"]
            columns = {"article_id": "TEXT", **{n: declared[n] for n in names}}
            return columns | dict.fromkeys(counts, "INTEGER") | {"text": "TEXT"}
        return dict(self._table_info(table))

    def view_columns(self, view: str) -> list[str]:
        """The columns of one of the readable ``VIEWS``."""
        if view not in VIEWS:
            raise UsageError(f"unknown view {view!r} (choose from {', '.join(VIEWS)})")
        return [name for name, _ in self._table_info(view)]

    def _table_info(self, table: str) -> list[tuple[str, str]]:
        """(name, declared SQLite type) of a table's or view's columns, in order."""
        if self.postgres:
            return list(self._db.table_info(table))
        return [(row[1], row[2]) for row in self._db.execute(f"PRAGMA table_info({table})")]

    def view_rows(self, view: str) -> Iterator[dict[str, Any]]:
        """The rows of one of the readable ``VIEWS``, as Datasette shows them."""
        if view not in VIEWS:
            raise UsageError(f"unknown view {view!r} (choose from {', '.join(VIEWS)})")
        cursor = self._db.execute(f"SELECT * FROM {view}")
        columns = [description[0] for description in cursor.description]
        for values in cursor:
            yield dict(zip(columns, values, strict=True))

    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        """Flat rows of one table for CSV export, in article order; list fields are ``;``-joined.

        ``table`` is one of ``TABLES``: articles, entities, attributions, events, quantities.
        """
        if table not in TABLES:
            raise UsageError(f"unknown table {table!r} (choose from {', '.join(TABLES)})")
        if table == "articles":
            query = _ARTICLE_ROWS
        else:
            query = f"""SELECT c.* FROM {table} AS c JOIN articles AS a ON a.id = c.article_id
                        ORDER BY a.seq, c.idx"""
        cursor = self._db.execute(query)
        columns = [description[0] for description in cursor.description]
        for values in cursor:
            yield dict(zip(columns, values, strict=True))
