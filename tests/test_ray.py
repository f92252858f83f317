"""Distributed ingest on a local Ray runtime: actors extract the batches, the driver stores them, and a
worker killed mid-batch is restarted by Ray with nothing lost or stored twice."""

from __future__ import annotations

import os
import signal

from dossier.base import EvidenceBase
from dossier.distributed import BatchDone, RayPool
from dossier.schema import Article
from test_backends import TINY


def test_ray_ingest_survives_workers_killed_mid_batch(tmp_path):
    articles = [
        Article(id=i, text=t, published=f"2025-03-1{n}", outlet="Wire") for n, (i, t) in enumerate(TINY)
    ]
    progress: list[BatchDone] = []
    killed: list[int] = []

    def kill_workers_once(done: BatchDone) -> None:
        progress.append(done)
        if not killed:  # the first batch is back; the others are being extracted: kill every worker
            for pid in pool.pids():
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

    with RayPool("local", workers=2, on_batch=kill_workers_once) as pool:
        with EvidenceBase(str(tmp_path / "ray.db")) as base:
            statuses = [r.status for r in base.ingest(articles, batch_size=1, pool=pool)]
            assert statuses == ["stored"] * len(TINY)
            assert base.store.ids() == [a.id for a in articles]  # in input order, each once
            assert base.store.claims.ungrouped() == []
            items = [(i.article, i.idx) for group in base.store.claims.claim_items().values() for i in group]
            assert items and len(items) == len(set(items))
        assert len(killed) == 2 and not set(pool.pids()) & set(killed)  # restarted in new processes
    assert [d.batches for d in progress] == list(range(1, len(TINY) + 1))
    assert progress[-1].articles == len(TINY)


def test_the_ingest_command_hands_extraction_to_a_ray_pool(tmp_path, monkeypatch):
    """`dossier ingest PATHS --ray [ADDRESS]` extracts through a ``RayPool`` at that address (one that
    extracts in this process here: the Ray runtime itself is exercised above)."""
    import json

    from click.testing import CliRunner

    import dossier.distributed
    from dossier.cli import cli
    from dossier.pipeline import extract_many

    pools: list[tuple] = []

    class InProcessPool:
        def __init__(self, address, workers=None, on_batch=None):
            pools.append((address, workers))

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            pools.append("closed")

        def extract(self, articles, batch_size=32, on_error=None, on_batch=None):
            pools.append("extract")
            yield from extract_many(articles, 1, batch_size, on_error)

    monkeypatch.setattr(dossier.distributed, "RayPool", InProcessPool)
    source = tmp_path / "tiny.jsonl"
    source.write_text(
        "\n".join(json.dumps({"id": i, "text": t}) for i, t in TINY[:2]) + "\n", encoding="utf-8"
    )
    db = str(tmp_path / "ray.db")
    runs = [
        [str(source), "--db", db, "--ray"],
        [str(source), "--db", db, "--force", "--ray", "auto", "--ray-workers", "3"],
        [str(source), "--db", db],
    ]
    results = [CliRunner().invoke(cli, ["ingest", *args]) for args in runs]
    assert [r.exit_code for r in results] == [0, 0, 0], [r.stderr for r in results]
    assert "2 stored" in results[0].stderr and "2 unchanged" in results[1].stderr
    assert pools == [
        ("local", None),
        "extract",
        "closed",
        ("auto", 3),
        "extract",
        "closed",
    ]  # none without --ray
