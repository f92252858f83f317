"""HTML pages: the main text and metadata (title, date, canonical URL, site) through trafilatura."""

from __future__ import annotations

import os

import trafilatura
from trafilatura.settings import set_date_params

from dossier.errors import InputError
from dossier.ingest.articles import make_article
from dossier.ingest.decoding import decode_text
from dossier.ingest.limits import read_file_bounded
from dossier.schema import Article

NO_TEXT = "no article text found in the HTML page"


def article_from_html(html: str, origin: str, published: str | None = None) -> Article:
    """The article in an HTML page: boilerplate (navigation, footers, comments) left out.

    The page's own publication date wins over ``published``. Only the page's metadata is searched for
    that date, never dates mentioned in the story itself.
    """
    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        date_extraction_params=set_date_params(extensive=False),
    )
    text = getattr(document, "text", None)
    if not text or not text.strip():
        raise InputError(origin, NO_TEXT)
    return make_article(
        text,
        title=document.title,
        url=document.url,
        published=document.date or published,
        outlet=document.sitename,
        origin=origin,
    )


def read_html_file(path: str | os.PathLike[str], published: str | None, max_bytes: int) -> Article:
    """One article from an .html/.htm file; its origin is the path."""
    item = os.fspath(path)
    html = decode_text(read_file_bounded(path, max_bytes), item)
    return article_from_html(html, item, published)
