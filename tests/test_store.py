"""Store: round trips, idempotent saves, all-or-nothing transactions and flat rows for CSV export."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from dossier.errors import NotFoundError, UsageError
from dossier.schema import (
    Attribution,
    Entity,
    Event,
    EventActor,
    EventSize,
    Extraction,
    Location,
    Quantity,
    Source,
    TextSpan,
    to_dict,
)
from dossier.store import TABLES, Store

TEXT = (
    "The United States has informed allies that it believes Iran has transferred short-range ballistic "
    "missiles to Russia, according to two people familiar with the matter. The Kremlin tries to repel "
    "Ukraine's surprise offensive that has led to the seizure of about 500 square miles of Russia's Kursk "
    "region. Iran denied the report."
)


def span(piece: str, after: int = 0) -> tuple[int, int]:
    """The span of ``piece`` in TEXT (first occurrence at or after ``after``)."""
    start = TEXT.index(piece, after)
    return start, start + len(piece)


def text_span(piece: str) -> TextSpan:
    return TextSpan(piece, [span(piece)])


def briefing() -> Extraction:
    """A hand-built extraction of TEXT with every kind of record filled in."""
    iran = Entity("Iran", "GPE", [span("Iran"), span("Iran", span("Iran")[1])], "Iran", country="IRN")
    russia = Entity("Russia", "GPE", [span("Russia")], "Russia", country="RUS")
    usa = Entity("The United States", "GPE", [span("The United States")], "United States", country="USA")
    content = "it believes Iran has transferred short-range ballistic missiles to Russia"
    sources = Source(
        "two people familiar with the matter", [span("two people familiar")], "anonymous", count=2
    )
    attributions = [
        Attribution(
            Source(usa.text, usa.spans, "government", entity=2, country="USA"),
            text_span("informed"),
            text_span(content),
        ),
        Attribution(sources, text_span("according to"), text_span(content), stance="assert", parent=0),
        Attribution(
            Source("Iran", [span("Iran", span("Iran denied")[0])], "government"),
            text_span("denied"),
            text_span("the report"),
            stance="deny",
        ),
    ]
    transfer = Event(
        "AID",
        text_span("transferred"),
        span(TEXT.split(". ")[0]),
        mode="military",
        context=["military", "international"],
        actor=[EventActor("Iran", "IRN", "GOV", [span("Iran", 40)], entity=0)],
        recipient=[EventActor("Russia", "RUS", None, [span("Russia")], entity=1)],
        status="attributed",
        attributions=[0, 1],
        date="2024-09-07",
        confidence=0.8,
    )
    seizure = Event(
        "ASSAULT",
        text_span("seizure"),
        span("The Kremlin tries"),
        actor=[EventActor("Ukraine", "UKR", "MIL", [span("Ukraine")])],
        location=Location("Kursk", "RUS", 51.73, 36.19, 538560, "region", [span("Kursk")]),
        size=[EventSize("seized_sq_km", 1295.0, [span("about 500 square miles")], approximate=True)],
    )
    area = Quantity(
        "about 500 square miles",
        [span("about 500 square miles")],
        500.0,
        "mi**2",
        1294994.4,
        "m**2",
        approximate=True,
        flags=["converted", "rounded"],
        counted="territory",
    )
    people = Quantity("two", [span("two")], 2.0, counted="people", bound="lower")
    return Extraction(
        id="ap-2024-09-07-iran",
        text=TEXT,
        title="US tells allies Iran has sent missiles to Russia",
        url="https://apnews.com/article/iran-russia-missiles",
        published="2024-09-07",
        outlet="AP",
        entities=[iran, russia, usa],
        attributions=attributions,
        events=[transfer, seizure],
        quantities=[area, people],
    )


@pytest.fixture
def store(db_target):
    """An empty store on each backend (SQLite, PostgreSQL)."""
    with Store(db_target) as opened:
        yield opened


def test_seed_extraction_round_trips_exactly(store, seed_record, seed_dict):
    assert store.save(seed_record, origin="examples/iran_missiles_ap.txt") is True
    assert store.has(seed_record.id) and not store.has("other")
    assert store.get(seed_record.id) == seed_dict
    assert list(store.records()) == [seed_dict]
    [article] = store.rows("articles")
    assert article["article_id"] == seed_record.id and article["origin"] == "examples/iran_missiles_ap.txt"
    assert article["text"] == seed_record.text and article["entity_count"] == len(seed_record.entities)


def test_saved_records_survive_reopening(db_target):
    with Store(db_target) as store:
        store.save(briefing())
    with Store(db_target, create=False) as store:
        assert store.ids() == ["ap-2024-09-07-iran"]
        assert store.get("ap-2024-09-07-iran") == to_dict(briefing())


def test_saving_the_same_id_twice_keeps_one_record(store, seed_record):
    assert store.save(seed_record) is True
    assert store.save(seed_record) is False  # identical content: nothing written
    changed = dataclasses.replace(
        seed_record, title="Iran sends missiles to Russia", entities=seed_record.entities[:3]
    )
    assert store.save(changed) is True
    assert store.count() == 1 and store.ids() == [seed_record.id]
    assert store.get(seed_record.id)["title"] == "Iran sends missiles to Russia"
    assert [row["text"] for row in store.rows("entities")] == [e.text for e in seed_record.entities[:3]]


def test_insertion_order_is_kept_when_a_record_is_replaced(store, seed_record):
    store.save(seed_record)
    store.save(briefing())
    store.save(dataclasses.replace(seed_record, outlet="AP"))
    assert store.ids() == [seed_record.id, "ap-2024-09-07-iran"]
    assert [r["id"] for r in store.records()] == store.ids()


def test_interrupted_save_leaves_no_partial_article(store, monkeypatch):
    write_rows = Store._insert_rows

    def fail_at_events(self, table, article_id, rows):
        if table == "events":
            raise RuntimeError("killed mid-save")
        write_rows(self, table, article_id, rows)

    monkeypatch.setattr(Store, "_insert_rows", fail_at_events)
    with pytest.raises(RuntimeError):
        store.save(briefing())
    assert not store.has("ap-2024-09-07-iran") and store.count() == 0
    assert all(list(store.rows(table)) == [] for table in TABLES)


def test_interrupted_replace_keeps_the_previous_version(store, monkeypatch):
    original = briefing()
    store.save(original)

    def fail(self, table, article_id, rows):
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "_insert_rows", fail)
    with pytest.raises(KeyboardInterrupt):
        store.save(dataclasses.replace(original, title="Changed", quantities=[]))
    monkeypatch.undo()
    assert store.get(original.id) == to_dict(original)
    assert len(list(store.rows("quantities"))) == 2
    assert store.save(briefing()) is False


def test_database_file_is_in_wal_mode_with_foreign_keys(tmp_path):
    path = tmp_path / "wal.db"
    with Store(path) as store:
        assert store.journal_mode == "wal"
        store.save(briefing())
    other = sqlite3.connect(path)
    assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert other.execute("PRAGMA user_version").fetchone()[0] >= 1
    assert [r[2] for r in other.execute("PRAGMA foreign_key_list(events)")] == ["articles"]
    other.close()


def test_rows_for_each_table(store):
    record = briefing()
    store.save(record, origin="wire/ap.jsonl:3")
    [article] = store.rows("articles")
    assert article["url"] == record.url and article["origin"] == "wire/ap.jsonl:3"
    assert (article["attribution_count"], article["event_count"], article["quantity_count"]) == (3, 2, 2)

    entities = list(store.rows("entities"))
    assert [(e["idx"], e["text"], e["country"]) for e in entities] == [
        (0, "Iran", "IRN"),
        (1, "Russia", "RUS"),
        (2, "The United States", "USA"),
    ]
    iran = entities[0]
    assert iran["mentions"] == 2 and TEXT[iran["start"] : iran["end"]] == "Iran"
    assert iran["spans"] == ";".join(f"{s}-{e}" for s, e in record.entities[0].spans)

    attributions = list(store.rows("attributions"))
    assert [a["stance"] for a in attributions] == ["assert", "assert", "deny"]
    anonymous = attributions[1]
    assert (anonymous["source_kind"], anonymous["source_count"], anonymous["parent"]) == ("anonymous", 2, 0)
    assert anonymous["cue_text"] == "according to"
    assert TEXT[anonymous["start"] : anonymous["end"]].startswith("it believes Iran")

    events = list(store.rows("events"))
    assert [e["type"] for e in events] == ["AID", "ASSAULT"]
    transfer, seizure = events
    assert TEXT[transfer["start"] : transfer["end"]] == "transferred"
    assert transfer["context"] == "military;international" and transfer["attributions"] == "0;1"
    assert (transfer["actor_code"], transfer["recipient_code"], transfer["recipient_sector"]) == (
        "IRN",
        "RUS",
        "",
    )
    assert (seizure["location"], seizure["location_country"], seizure["size"]) == (
        "Kursk",
        "RUS",
        "seized_sq_km=1295",
    )

    quantities = list(store.rows("quantities"))
    assert [q["text"] for q in quantities] == ["about 500 square miles", "two"]
    assert quantities[0]["flags"] == "converted;rounded" and quantities[0]["approximate"] == 1
    assert TEXT[quantities[0]["start"] : quantities[0]["end"]] == "about 500 square miles"
    assert quantities[1]["bound"] == "lower"


def test_child_rows_follow_article_order(store, seed_record):
    store.save(briefing())
    store.save(seed_record)
    article_ids = [row["article_id"] for row in store.rows("entities")]
    assert article_ids == ["ap-2024-09-07-iran"] * 3 + [seed_record.id] * len(seed_record.entities)


def test_unknown_id_and_table(store):
    assert Store.TABLES == TABLES == ("articles", "entities", "attributions", "events", "quantities")
    with pytest.raises(NotFoundError, match="no-such-article"):
        store.get("no-such-article")
    with pytest.raises(UsageError, match="unknown table"):
        list(store.rows("sources"))


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("The White House declined to confirm the weapons transfer.\n" * 100)
    with pytest.raises(UsageError, match="not a dossier database"):
        Store(path)
    with pytest.raises(UsageError, match="cannot open the database"):
        Store(tmp_path / "no-such-folder" / "dossier.db")


def test_copy_groups_round_trip_and_replace(db_target, seed_record):
    from dataclasses import replace

    with Store(db_target) as store:
        for suffix in ("a", "b", "c"):
            store.save(replace(seed_record, id=f"seed-{suffix}"))
        assert store.copy_groups() == []
        store.replace_copy_groups([["seed-b", "seed-a"]])
        assert store.copy_groups() == [["seed-b", "seed-a"]]
        store.replace_copy_groups([["seed-a", "seed-b", "seed-c"]])
        assert store.copy_groups() == [["seed-a", "seed-b", "seed-c"]]


def test_vectors_are_cached_by_key(db_target):
    with Store(db_target) as store:
        assert store.vectors(["a", "b"]) == {}
        store.save_vectors({"a": b"\x00\x01", "b": b"\x02"})
        store.save_vectors({"b": b"\x03"})
        assert store.vectors(["a", "b", "c"]) == {"a": b"\x00\x01", "b": b"\x03"}
        many = {f"k{i}": bytes([i % 256]) for i in range(1200)}  # more keys than one lookup binds
        store.save_vectors(many)
        assert store.vectors(many) == many


def _open_new_store(path: str, barrier, queue) -> None:
    from dossier.store import Store

    barrier.wait()
    try:
        with Store(path) as store:
            queue.put(store.count())
    except Exception as exc:  # reported to the parent, which asserts there is none
        queue.put(repr(exc))


def test_processes_opening_one_new_database_at_once_all_succeed(tmp_path):
    import multiprocessing

    context = multiprocessing.get_context("fork")
    for trial in range(4):  # the losers failed with "table articles already exists" 2 times in 5
        path = str(tmp_path / f"new{trial}.db")
        barrier, queue = context.Barrier(4), context.Queue()
        processes = [context.Process(target=_open_new_store, args=(path, barrier, queue)) for _ in range(4)]
        for process in processes:
            process.start()
        results = [queue.get(timeout=60) for _ in processes]
        for process in processes:
            process.join()
        assert results == [0, 0, 0, 0]
