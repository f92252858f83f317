"""Plain-text files: the whole file is one article."""

from __future__ import annotations

import os

from dossier.ingest.articles import make_article
from dossier.ingest.decoding import decode_text
from dossier.ingest.limits import read_file_bounded
from dossier.schema import Article


def read_text_file(path: str | os.PathLike[str], published: str | None, max_bytes: int) -> Article:
    """One article from a text file (UTF-8, or a detected legacy encoding); its origin is the path."""
    item = os.fspath(path)
    text = decode_text(read_file_bounded(path, max_bytes), item)
    return make_article(text, published=published, origin=item)
