"""Plain-text files: the whole file is one article."""

from __future__ import annotations

import os

from dossier.ingest.articles import make_article
from dossier.ingest.decoding import Warn, decode
from dossier.ingest.limits import read_file_bounded
from dossier.schema import Article


def read_text_file(
    path: str | os.PathLike[str], published: str | None, max_bytes: int, warn: Warn | None = None
) -> Article:
    """One article from a text file (UTF-8, or a detected legacy encoding, recorded on the article, with
    an ``InputWarning`` to ``warn``); its origin is the path."""
    item = os.fspath(path)
    text, encoding = decode(read_file_bounded(path, max_bytes), item, warn)
    return make_article(text, published=published, origin=item, encoding=encoding)
