"""Extraction spread over a Ray cluster: ``RayPool`` keeps one actor per worker core, each loading the
spaCy pipeline and models once, and hands them batches of articles.

The driver reads the inputs, sends batches to the actors and stores what comes back through the store
(``EvidenceBase.ingest(..., pool=...)``): a SQLite file on the driver's machine, or a PostgreSQL database
that the whole cluster shares. An actor whose process dies is restarted by Ray and its unfinished batch
retried (``max_restarts``, ``max_task_retries``); the driver keeps results in input order and takes
each batch's once, and the store's saves are idempotent, so nothing is lost or stored twice.

>>> RayPool.__doc__.splitlines()[0]
'Ray actors that extract batches of articles; a context manager (the actors end with it).'
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from dossier.errors import InputError, UsageError
from dossier.processes import CHUNK_CHARS, chunks
from dossier.schema import Article, Extraction

IN_FLIGHT = 2  # batches queued per actor, so that none waits for the driver between batches


class Extractor:
    """One Ray actor: loads the models once, with its numeric libraries on one thread (it has one core),
    and extracts batches with them."""

    def __init__(self) -> None:
        from dossier.processes import one_thread, preload

        one_thread()
        preload()

    def extract(self, articles: list[Article]) -> tuple[list[Extraction], list[tuple[str, str]]]:
        from dossier.pipeline import extract_many

        errors: list[tuple[str, str]] = []  # (item, reason): an InputError does not travel as itself
        records = list(
            extract_many(articles, 1, len(articles), on_error=lambda e: errors.append((e.item, e.reason)))
        )
        return records, errors

    def pid(self) -> int:
        """The actor's process id (answered during a batch too)."""
        return os.getpid()


def _actor_class(ray: Any) -> Any:
    """``Extractor`` as a Ray actor: one core, restarted when its process dies (its unfinished calls
    retried), ``pid`` answered beside a running batch."""

    @ray.remote(num_cpus=1, max_restarts=-1, max_task_retries=-1, concurrency_groups={"info": 1})
    class RayExtractor(Extractor):
        @ray.method(concurrency_group="info")
        def pid(self) -> int:
            return os.getpid()

    return RayExtractor


@dataclass(frozen=True, slots=True)
class BatchDone:
    """Progress: a batch came back from a worker."""

    batches: int  # batches done so far
    articles: int  # articles done so far


class RayPool:
    """Ray actors that extract batches of articles; a context manager (the actors end with it).

    ``address``: ``None`` or ``"local"`` starts a local Ray runtime with ``workers`` cores (the machine's
    when not given); ``"auto"`` or ``host:port`` joins a running cluster. ``workers``: how many actors
    (one core each; every core of the cluster when not given). ``on_batch`` is told of each batch that
    comes back (progress).
    """

    def __init__(
        self,
        address: str | None = None,
        workers: int | None = None,
        on_batch: Callable[[BatchDone], None] | None = None,
    ) -> None:
        try:
            import ray
        except ImportError:
            raise UsageError("--ray needs Ray: pip install 'ray==2.60.0'") from None
        self._ray = ray
        self._started = False
        self.on_batch = on_batch
        if not ray.is_initialized():
            options: dict[str, Any] = {
                "include_dashboard": False,
                "logging_level": "ERROR",
                "log_to_driver": False,
            }
            if address in (None, "local"):
                self._start_local(workers or os.cpu_count() or 1, options)
            else:
                ray.init(address=address, **options)
            self._started = True
        count = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        actor = _actor_class(ray)
        self.actors = [actor.remote() for _ in range(count)]

    def _start_local(self, cores: int, options: dict[str, Any]) -> None:
        """Start a local Ray runtime; on a busy machine its node agents can miss Ray's 30 s start-up
        deadline, so a start that times out is tried again (three tries)."""
        for attempt in range(3):
            try:
                self._ray.init(num_cpus=cores, **options)
                return
            except Exception as exc:  # Ray raises a plain Exception for a node that did not start
                if "timed out during startup" not in str(exc) or attempt == 2:
                    raise
                self._ray.shutdown()

    def __enter__(self) -> RayPool:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """End the actors, and the Ray runtime when this pool started it."""
        for actor in self.actors:
            self._ray.kill(actor)
        self.actors = []
        if self._started:
            self._ray.shutdown()

    def pids(self) -> list[int]:
        """The actors' process ids."""
        return self._ray.get([a.pid.remote() for a in self.actors])

    def extract(
        self,
        articles: Iterable[Article | str],
        batch_size: int = 32,
        on_error: Callable[[InputError], None] | None = None,
        on_batch: Callable[[BatchDone], None] | None = None,
        batch_chars: int = CHUNK_CHARS,
    ) -> Iterator[Extraction]:
        """Stream extractions for ``articles`` in input order, as ``pipeline.extract_many`` does; the
        batches are extracted by the actors, ``on_batch`` (the pool's by default) told as each comes back.
        A batch holds at most ``batch_size`` articles and ends once its texts reach ``batch_chars``
        characters, so that the actors get even shares of work and none idles long at the end."""
        on_batch = on_batch or self.on_batch
        from dossier.pipeline import make_article

        ray = self._ray
        source = chunks(articles, batch_chars, batch_size)
        pending: dict[Any, tuple[int, int]] = {}  # reference -> (batch number, actor)
        finished: dict[int, tuple[list[Extraction], list[tuple[str, str]]]] = {}
        load = [0] * len(self.actors)
        sent = emitted = done_batches = done_articles = 0
        exhausted = False

        def send() -> bool:
            nonlocal sent
            chunk = next(source, None)
            if chunk is None:
                return False
            batch = [item if isinstance(item, Article) else make_article(item) for item in chunk]
            actor = min(range(len(self.actors)), key=load.__getitem__)
            pending[self.actors[actor].extract.remote(batch)] = (sent, actor)
            load[actor] += 1
            sent += 1
            return True

        while True:
            while not exhausted and len(pending) < IN_FLIGHT * len(self.actors):
                exhausted = not send()
            if not pending:
                break
            [ready], _ = ray.wait(list(pending), num_returns=1)
            number, actor = pending.pop(ready)
            load[actor] -= 1
            records, errors = ray.get(ready)
            finished[number] = (records, errors)
            done_batches += 1
            done_articles += len(records) + len(errors)
            if on_batch is not None:
                on_batch(BatchDone(done_batches, done_articles))
            while emitted in finished:
                records, errors = finished.pop(emitted)
                emitted += 1
                for item, reason in errors:
                    if on_error is None:
                        raise InputError(item, reason)
                    on_error(InputError(item, reason))
                yield from records
