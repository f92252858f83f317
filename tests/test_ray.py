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
