"""PostgreSQL beside SQLite: the same evidence base from the same reports, migrations applied once when
several processes open a fresh database at once, concurrent ingests that store every article once, and
a SQLite writer that waits for another (busy timeout) and says so when it gives up."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from dossier.base import EvidenceBase
from dossier.cli import cli
from dossier.errors import BusyError, UsageError
from dossier.evidence.items import claim_items
from dossier.schema import Article, from_dict
from dossier.store import TABLES, VIEWS, Store
from dossier.store.migrations import SCHEMA_VERSION
from test_store import briefing


@pytest.fixture(scope="module")
def pg_hijacking(hijacking_db, pg_cluster) -> str:
    """The five hijacking stories ingested into PostgreSQL by the CLI, the URL given in DOSSIER_DB."""
    url = pg_cluster.database()
    source = Path(hijacking_db).parent / "hijacking.jsonl"
    result = CliRunner().invoke(cli, ["ingest", str(source)], env={"DOSSIER_DB": url})
    assert result.exit_code == 0, result.stderr
    assert "5 stored" in result.stderr
    return url


def _boards(base: EvidenceBase) -> list[tuple]:
    return [
        (
            b.claim.id,
            b.claim.statement,
            [(i.article, i.idx, i.stance, i.source) for i in b.claim.items],
            b.claim.conflicts,
            b.grade,
            b.contradicted,
        )
        for b in base.claims()
    ]


def _rows(store: Store, table: str) -> list[dict]:
    return [{k: v for k, v in row.items() if k != "stored_at"} for row in store.rows(table)]


def test_postgresql_holds_the_same_evidence_base_as_sqlite(hijacking_db, pg_hijacking):
    with EvidenceBase(hijacking_db, create=False) as lite, EvidenceBase(pg_hijacking, create=False) as pg:
        assert pg.store.postgres and not lite.store.postgres
        assert pg.store.ids() == lite.store.ids() and pg.count() == 5
        assert list(pg.store.records()) == list(lite.store.records())
        for table in TABLES:
            assert pg.store.columns(table) == lite.store.columns(table), table
            assert _rows(pg.store, table) == _rows(lite.store, table), table
        boards = _boards(pg)
        assert boards == _boards(lite) and any(len({i[0] for i in b[2]}) >= 2 for b in boards)
        assert pg.copies() == lite.copies()
        assert [s.to_dict() for s in pg.sources()] == [s.to_dict() for s in lite.sources()]
        assert pg.grade() == lite.grade() == len(boards)
        for view in VIEWS:
            assert pg.store.view_columns(view) == lite.store.view_columns(view), view
            ignore = {"graded_at"}
            pg_rows = sorted(
                repr({k: v for k, v in r.items() if k not in ignore}) for r in pg.store.view_rows(view)
            )
            lite_rows = sorted(
                repr({k: v for k, v in r.items() if k not in ignore}) for r in lite.store.view_rows(view)
            )
            assert pg_rows == lite_rows, view
        first = boards[0][0]
        assert pg.claim(first[:8]).claim.id == first


def test_ingesting_again_into_postgresql_skips_what_is_stored(hijacking_db, pg_hijacking):
    source = Path(hijacking_db).parent / "hijacking.jsonl"
    with Store(pg_hijacking, create=False) as store:
        items_before = sum(len(v) for v in store.claims.claim_items().values())
    result = CliRunner().invoke(cli, ["ingest", str(source), "--db", pg_hijacking])
    assert result.exit_code == 0, result.stderr
    assert "0 stored, 0 unchanged, 5 skipped" in result.stderr
    with Store(pg_hijacking, create=False) as store:
        assert store.count() == 5
        assert sum(len(v) for v in store.claims.claim_items().values()) == items_before
        assert store.claims.ungrouped() == []


def test_a_missing_or_unreachable_postgresql_database_is_refused(pg_cluster):
    empty = pg_cluster.database()
    with pytest.raises(UsageError, match="no dossier database"):
        Store(empty, create=False)
    with Store(empty) as store:  # created once asked to
        assert store.count() == 0
    unreachable = "postgresql://ana:secret@/nowhere?host=/nonexistent-socket-folder"
    with pytest.raises(UsageError, match="cannot open the database") as refused:
        Store(unreachable)
    assert "secret" not in str(refused.value) and "ana:***@" in str(refused.value)


def test_processes_opening_a_fresh_postgresql_database_at_once_migrate_it_once(pg_cluster):
    url = pg_cluster.database()
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def open_store() -> None:
        start.wait()
        try:
            with Store(url) as store:
                store.save(briefing())
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=open_store) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    import psycopg

    with psycopg.connect(url) as check:
        assert check.execute("SELECT version FROM dossier_schema").fetchall() == [(SCHEMA_VERSION,)]
    with Store(url, create=False) as store:
        assert store.ids() == [briefing().id] and len(list(store.rows("entities"))) == 3


def test_a_second_save_of_one_article_waits_for_the_first_and_finds_it_stored(pg_cluster, monkeypatch):
    url = pg_cluster.database()
    Store(url).close()
    write_rows = Store._insert_rows
    first_inside, release = threading.Event(), threading.Event()

    def slow_first_save(self, table, article_id, rows):
        if threading.current_thread().name == "first" and not first_inside.is_set():
            first_inside.set()
            assert release.wait(60)
        write_rows(self, table, article_id, rows)

    monkeypatch.setattr(Store, "_insert_rows", slow_first_save)
    saved: dict[str, object] = {}

    def save(name: str) -> None:
        with Store(url) as store:
            saved[name] = store.save(briefing())

    first = threading.Thread(target=save, args=("first",), name="first")
    first.start()
    assert first_inside.wait(60)  # the first save is half-way through its transaction
    second = threading.Thread(target=save, args=("second",), name="second")
    second.start()
    _wait_for_advisory_lock(url)  # the second save waits on the article's lock
    release.set()
    first.join()
    second.join()
    assert saved == {"first": True, "second": False}  # the second found it stored, identical
    with Store(url, create=False) as store:
        assert store.count() == 1 and len(list(store.rows("entities"))) == 3


def _wait_for_advisory_lock(url: str) -> None:
    """Return once a connection to ``url`` waits on an advisory lock; fail after a minute."""
    import psycopg

    waiting = (
        "SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'advisory' AND datname = current_database()"
    )
    with psycopg.connect(url, autocommit=True) as watch:
        for _ in range(600):
            if watch.execute(waiting).fetchone()[0] == 1:
                return
            threading.Event().wait(0.1)
    pytest.fail("no writer waited for the lock")


def test_claims_are_grouped_by_one_writer_at_a_time(pg_cluster):
    url = pg_cluster.database()
    article = Article(id="q1", text=TINY[0][1], published="2025-03-10", outlet="Wire")
    done: list[object] = []

    def ingest() -> None:
        with EvidenceBase(url) as base:
            done.extend(r.status for r in base.ingest([article]))

    with Store(url) as holder, holder.transaction(serial=True):  # another writer maintaining claims
        writer = threading.Thread(target=ingest)
        writer.start()
        _wait_for_advisory_lock(url)  # the ingest stored the article and waits to group its items
        assert holder.has("q1") and holder.claims.ungrouped() == ["q1"]
    writer.join()
    assert done == ["stored"]
    with Store(url, create=False) as store:
        assert store.claims.ungrouped() == [] and store.claims.article_items("q1")


# Six short reports: three processes ingest overlapping halves of them into one database at once.
TINY = [
    ("q1", "Police said gunmen attacked a checkpoint near Quetta on Monday, wounding three officers."),
    ("q2", "Gunmen attacked a police checkpoint near Quetta, wounding three officers, police said."),
    ("q3", "The army denied that militants had seized the town of Mach, a spokesman said on Tuesday."),
    ("q4", "Militants seized the town of Mach, residents said. The army denied the report."),
    ("q5", "Pakistan said the attack on the train was planned in Afghanistan. Kabul rejected the charge."),
    ("q6", "Officials said 12 suspects were arrested after the attack on the Jaffar Express train."),
]


def _jsonl(folder: Path, name: str, ids: list[str]) -> Path:
    path = folder / name
    lines = [
        json.dumps({"id": i, "text": t, "published": f"2025-03-1{n}", "outlet": "Wire"})
        for n, (i, t) in enumerate(TINY)
        if i in ids
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_three_concurrent_ingests_into_postgresql_store_each_article_once(pg_cluster, tmp_path):
    url = pg_cluster.database()
    Store(url).close()  # the schema is in place (concurrent first opens are tested above)
    inputs = [
        _jsonl(tmp_path, "a.jsonl", ["q1", "q2", "q3", "q4"]),
        _jsonl(tmp_path, "b.jsonl", ["q3", "q4", "q5", "q6"]),
        _jsonl(tmp_path, "c.jsonl", ["q1", "q2", "q5", "q6"]),
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "DOSSIER_DB": url}
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "dossier", "ingest", str(path), "--batch-size", "2"],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in inputs
    ]
    for run in runs:
        _, err = run.communicate(timeout=600)
        assert run.returncode == 0, err
        assert "0 failed" in err
    with Store(url, create=False) as store:
        assert sorted(store.ids()) == [i for i, _ in TINY] and store.count() == 6
        assert store.claims.ungrouped() == []
        items = store.claims.claim_items()
        stored = Counter((item.article, item.idx) for group in items.values() for item in group)
        assert stored and max(stored.values()) == 1  # no item grouped twice
        for article in store.ids():  # every item of every article, once
            expected = len(claim_items(from_dict(store.get(article))))
            assert sum(1 for a, _ in stored if a == article) == expected, article
        rows = store.claims.claim_rows()
        assert {r["id"] for r in rows} == set(items)
        for row in rows:  # each claim's counts agree with its items
            assert row["item_count"] == len(items[row["id"]])
            assert row["article_count"] == len({i.article for i in items[row["id"]]})


def test_a_sqlite_writer_waits_for_another_and_says_so_when_it_gives_up(tmp_path):
    path = tmp_path / "busy.db"
    Store(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process writing
    with Store(path, timeout=0.1) as impatient, pytest.raises(BusyError, match="gave up waiting"):
        impatient.save(briefing())
    saved: list[object] = []

    def patient_save() -> None:
        try:
            with Store(path) as patient:  # waits up to 30 s
                saved.append(patient.save(briefing()))
        except BaseException as exc:  # collected for the assertion below
            saved.append(exc)

    writer = threading.Thread(target=patient_save)
    writer.start()
    writer.join(0.5)  # it is waiting for the lock; failing at once would have ended it
    other.execute("COMMIT")
    other.close()
    writer.join()
    assert saved == [True]
    with Store(path) as store:
        assert store.ids() == [briefing().id]
