"""Ingest: read .txt, .html, .jsonl, directories and stdin into ``Article`` records.

Public interface:
- ``read_inputs(paths, published=None, max_bytes=DEFAULT_MAX_BYTES, on_error=None) -> Iterator[Article]``
- ``make_article(text, id=None, ...) -> Article``: validate one text and give it a stable id.
- ``content_id(text) -> str``: the id of a text that has none (16 hex digits of its SHA-256).
- ``with_furniture(article) -> Article``: the article with its page furniture listed (``make_article``
  already does this; for ``Article`` records built by hand).

Two articles with one id and different texts: the second is an error (it would replace the first in a
store, and two records would share one id); the same text twice goes through.

Bad input never stops a batch: each bad item is handed to ``on_error`` as ``InputError(item, reason)``
(raised when ``on_error`` is None) and the other items go through.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Iterable, Iterator

from dossier.errors import InputError, InputWarning, UsageError
from dossier.ingest.articles import content_id, make_article, normalise_date, with_furniture
from dossier.ingest.html import article_from_html
from dossier.ingest.limits import DEFAULT_MAX_BYTES
from dossier.ingest.sources import DIRECTORY_SUFFIXES, STDIN, read_path
from dossier.schema import Article

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DIRECTORY_SUFFIXES",
    "STDIN",
    "article_from_html",
    "content_id",
    "make_article",
    "normalise_date",
    "read_inputs",
    "with_furniture",
]


def read_inputs(
    paths: Iterable[str | os.PathLike[str]],
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_error: Callable[[InputError], None] | None = None,
    on_warning: Callable[[InputWarning], None] | None = None,
) -> Iterator[Article]:
    """Stream the articles in ``paths``: files, directories (recursively) and ``-`` for stdin.

    An item read but not exactly as given (bad UTF-8 bytes replaced, an encoding detected) is handed to
    ``on_warning`` as an ``InputWarning`` (``warnings.warn`` when None); the encoding used is recorded
    on each article.

    ``.html``/``.htm`` pages go through trafilatura, ``.jsonl`` holds one article per line, anything else
    is read as text. ``published`` (YYYY-MM-DD) fills in the date of articles that carry none; a file
    over ``max_bytes`` (for JSONL, a line over it) is refused. Raises ``UsageError`` at once for an
    invalid ``published`` or ``max_bytes``.

    >>> [a.origin for a in read_inputs(["examples/iran_missiles_ap.txt"], published="2024-09-07")]
    ['examples/iran_missiles_ap.txt']
    """
    try:
        published = normalise_date(published)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if max_bytes <= 0:
        raise UsageError(f"max_bytes must be positive, not {max_bytes}")
    return _read_all(paths, published, max_bytes, on_error, on_warning)


def _read_all(
    paths: Iterable[str | os.PathLike[str]],
    published: str | None,
    max_bytes: int,
    on_error: Callable[[InputError], None] | None,
    on_warning: Callable[[InputWarning], None] | None,
) -> Iterator[Article]:
    def report(error: InputError | InputWarning) -> None:
        if isinstance(error, InputWarning):
            if on_warning is None:
                warnings.warn(error, stacklevel=2)
            else:
                on_warning(error)
        elif on_error is None:
            raise error
        else:
            on_error(error)

    first: dict[str, tuple[str, str | None]] = {}  # id -> (hash of its text, where it was read)
    for path in paths:
        for article in read_path(os.fspath(path), published, max_bytes, report):
            digest = content_id(article.text)
            seen = first.setdefault(article.id, (digest, article.origin))
            if seen[0] != digest:  # two texts under one id: the second would replace the first
                report(
                    InputError(
                        article.origin or article.id,
                        f"duplicate id {article.id!r} with a different text (first read from {seen[1]})",
                    )
                )
                continue
            yield article
