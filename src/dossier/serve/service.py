"""The server's hold on the evidence base: one ``EvidenceBase`` per thread (SQLite connections stay in
the thread that opened them), writes in one thread of their own, and the answers of the slow reads kept
until the next write."""

from __future__ import annotations

import asyncio
import gc
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from dossier.base import EvidenceBase
from dossier.evidence.encoder import Encoder

T = TypeVar("T")
log = logging.getLogger("dossier.serve")
CACHE_SIZE = 256


class Service:
    """The evidence base at ``db`` as the views use it; ``token`` enables writes."""

    def __init__(self, db: str, token: str | None, encoder: Encoder | None = None) -> None:
        self.db = db
        self.token = token or None
        self.encoder = encoder
        self._local = threading.local()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dossier-write")
        self._cache: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._lock = threading.Lock()
        self._pending: dict[tuple[Any, ...], threading.Lock] = {}
        self.generation = 0  # bumped by every write: cached answers of older generations are dropped
        EvidenceBase(db, create=False, encoder=encoder).close()  # fails at once on a missing database

    @property
    def writable(self) -> bool:
        return self.token is not None

    def base(self) -> EvidenceBase:
        """This thread's evidence base."""
        base = getattr(self._local, "base", None)
        if base is None:
            base = EvidenceBase(self.db, create=False, encoder=self.encoder)
            self._local.base = base
        return base

    def cached(self, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """``compute()``'s answer, kept under ``key`` until the next write (least recently used first out)."""
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
            pending = self._pending.setdefault(key, threading.Lock())
        with pending:  # requests that miss the same key at once wait for one computation
            with self._lock:
                if key in self._cache:
                    return self._cache[key]
                generation = self.generation
            try:
                value = compute()
            except BaseException:
                with self._lock:
                    self._pending.pop(key, None)
                raise
            with self._lock:
                self._pending.pop(key, None)
                if generation == self.generation:
                    self._cache[key] = value
                    while len(self._cache) > CACHE_SIZE:
                        self._cache.popitem(last=False)
                    # What is cached lives until the next write: out of the cyclic collector's sight until
                    # then (a full collection over every board of a large base stalls requests for seconds).
                    gc.freeze()
        return value

    async def write(self, job: Callable[[EvidenceBase], T]) -> T:
        """Run ``job`` on the writing thread's evidence base, one write at a time, then forget cached
        answers."""

        def run() -> T:
            try:
                return job(self.base())
            finally:
                with self._lock:
                    self.generation += 1
                    self._cache.clear()
                    gc.unfreeze()

        return await asyncio.get_running_loop().run_in_executor(self._writer, run)

    def warm(self) -> None:
        """Read what the first pages ask for (the claims listing, event types, sources) into the cache."""
        from dossier.serve import queries

        try:
            queries.claims(self, queries.ClaimQuery())
            queries.event_types(self)
            queries.sources(self)
        except Exception:  # a page asking later reports the failure
            log.exception("warming the cache failed")

    def close(self) -> None:
        self._writer.shutdown(wait=True, cancel_futures=True)
