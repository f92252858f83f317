"""Ingest: read .txt, .html, .jsonl, directories and stdin into ``Article`` records.

Public interface:
- ``read_inputs(paths, published=None, max_bytes=DEFAULT_MAX_BYTES, on_error=None) -> Iterator[Article]``
- ``make_article(text, id=None, ...) -> Article``: validate one text and give it a stable id.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator

from dossier.errors import InputError
from dossier.schema import Article

DEFAULT_MAX_BYTES = 5_000_000


def content_id(text: str) -> str:
    """A stable id for a text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def make_article(
    text: str,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    origin: str | None = None,
) -> Article:
    """Validate one text and wrap it as an ``Article`` (placeholder until the ingest stage lands)."""
    if not isinstance(text, str) or not text.strip():
        raise InputError(origin or id or "<text>", "empty text")
    return Article(
        id=id or content_id(text),
        text=text,
        title=title,
        url=url,
        published=published,
        outlet=outlet,
        origin=origin,
    )


def read_inputs(
    paths: Iterable[str],
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[Article]:
    """Articles from files and ``-`` (placeholder: plain UTF-8 text files only)."""
    for path in paths:
        try:
            with open(path, encoding="utf-8") as fh:
                yield make_article(fh.read(), published=published, origin=path)
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)
