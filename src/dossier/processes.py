"""Extraction over local worker processes: ``extract_many(..., processes=N)``.

Each worker parses *and* extracts whole chunks of articles and sends back finished ``Extraction``
records, so the parent only reads the input and hands out chunks (spaCy's own ``n_process`` parsed in
the workers but ran every stage in the parent, which then held the workers up). Chunks are cut by the
length of their texts (``CHUNK_CHARS``), not by their count, so that workers get even shares of work.
The models and tables are loaded before the workers are forked, so they start at once and share those
pages with the parent; each worker's numeric libraries run one thread, so N workers use N cores.
Results come back in input order; at most ``IN_FLIGHT`` chunks per worker are out at once, so a long
input streams through in bounded memory.

>>> list(chunks(["ab", "cd", "ef"], max_chars=4, max_items=10))
[['ab', 'cd'], ['ef']]
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import AbstractContextManager, nullcontext
from typing import Any

from dossier.errors import InputError, WorkerError
from dossier.schema import Article, Extraction

CHUNK_CHARS = 40_000  # characters of text per chunk handed to a worker (about eight news articles)
IN_FLIGHT = 2  # chunks out per worker, so that none waits for the parent between chunks
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")

Outcome = tuple[str, Any]  # ("record", Extraction) | ("failed", (item, reason)) | ("raise", exception)


def chunks(items: Iterable[Article | str], max_chars: int, max_items: int) -> Iterator[list[Article | str]]:
    """``items`` in runs of at most ``max_items`` that end once their texts reach ``max_chars``."""
    chunk: list[Article | str] = []
    size = 0
    for item in items:
        chunk.append(item)
        size += len(item.text if isinstance(item, Article) else item)
        if size >= max_chars or len(chunk) >= max_items:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def preload() -> None:
    """Load what every article needs (the spaCy pipeline, the cue model, the actor tables, the gazetteer,
    the unit registry) in this process, so that forked workers share it instead of each loading it."""
    from dossier.actors.lexicon import tables
    from dossier.attribution.model import load_cue_model
    from dossier.enrich.gazetteer import load_gazetteer
    from dossier.enrich.places import regions_by_code
    from dossier.enrich.units import registry
    from dossier.events.confidence import load_weights
    from dossier.nlp import load_pipeline

    load_pipeline()
    load_cue_model()
    tables()
    load_gazetteer()
    regions_by_code()
    registry()
    load_weights()


def one_thread() -> None:
    """Pin the numeric libraries of this process to one thread (a worker shares the cores with others)."""
    _one_thread_from_now()
    _loaded_held_to_one_thread()  # the limit applies as it is made, and stays


def _one_thread_from_now() -> None:
    for name in THREAD_VARIABLES:
        os.environ[name] = "1"  # for a library loaded from now on


def _loaded_held_to_one_thread() -> AbstractContextManager:
    """The libraries already loaded held to one thread, until the returned context is left, if ever."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - threadpoolctl comes with the dependencies
        return nullcontext()
    return threadpool_limits(1)


def _start_worker(forked: bool) -> None:
    if forked:  # the loaded libraries were held to one thread in the parent before the fork
        _one_thread_from_now()
        return
    one_thread()
    preload()


def _extract_chunk(chunk: list[Article | str], batch_size: int, raising: bool) -> list[Outcome]:
    """Extract ``chunk`` in a worker: its records and failures in input order; with ``raising``, the
    first failure ends the chunk, as it ends ``extract_many`` without ``on_error``."""
    from dossier.pipeline import extract_many

    out: list[Outcome] = []

    def failed(exc: InputError) -> None:
        out.append(("failed", (exc.item, exc.reason)))  # an InputError does not unpickle as itself

    try:
        for record in extract_many(chunk, 1, batch_size, on_error=None if raising else failed):
            out.append(("record", record))
    except InputError as exc:
        out.append(("failed", (exc.item, exc.reason)))
    except Exception as exc:
        out.append(("raise", exc if _picklable(exc) else RuntimeError(f"{type(exc).__name__}: {exc}")))
    return out


def _picklable(exc: Exception) -> bool:
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return False
    return True


def extract_in_processes(
    articles: Iterable[Article | str],
    processes: int,
    batch_size: int = 32,
    on_error: Callable[[InputError], None] | None = None,
    chunk_chars: int = CHUNK_CHARS,
) -> Iterator[Extraction]:
    """``extract_many`` over ``processes`` worker processes: the same records in the same order.

    >>> [r.id for r in extract_in_processes(["Iran denied it.", "Israel did not."], 2)]  # doctest: +SKIP
    ['...', '...']
    """
    methods = multiprocessing.get_all_start_methods()
    forked = "fork" in methods
    if forked:
        preload()
    context = multiprocessing.get_context("fork" if forked else "spawn")
    # Forked workers inherit one-thread numeric libraries from the parent, limited here before the fork:
    # a native thread pool called into for the first time after a fork can hang or crash the child.
    with _loaded_held_to_one_thread() if forked else nullcontext():
        pool = ProcessPoolExecutor(processes, context, _start_worker, (forked,))
        finished = False
        try:
            pending: deque[Future] = deque()
            for chunk in chunks(articles, chunk_chars, batch_size):
                pending.append(pool.submit(_extract_chunk, chunk, batch_size, on_error is None))
                while len(pending) >= processes * IN_FLIGHT:
                    yield from _outcomes(_result(pending.popleft()), on_error)
            while pending:
                yield from _outcomes(_result(pending.popleft()), on_error)
            finished = True
        finally:  # done: the workers are joined; on an error or an early stop, what is not yet running
            pool.shutdown(wait=finished, cancel_futures=not finished)  # is dropped, not waited for


def _result(future: Future) -> list[Outcome]:
    """A chunk's outcomes; a worker that died is an error, never a wait without end (a pool of
    ``multiprocessing`` waits for ever on a task whose worker was killed)."""
    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise WorkerError(
            "a worker process ended before it returned its articles (killed, or crashed in a native "
            "library); run again, or with one process"
        ) from exc


def _outcomes(outcomes: list[Outcome], on_error: Callable[[InputError], None] | None) -> Iterator[Extraction]:
    for kind, value in outcomes:
        if kind == "record":
            yield value
        elif kind == "failed":
            error = InputError(*value)
            if on_error is None:
                raise error
            on_error(error)
        else:
            raise value
