"""HTML pages: the main text and metadata (title, date, canonical URL, site) through trafilatura."""

from __future__ import annotations

import os
import re

import lxml.etree
import lxml.html

from dossier.errors import InputError
from dossier.ingest.articles import make_article
from dossier.ingest.decoding import Warn, decode
from dossier.ingest.limits import read_file_bounded
from dossier.schema import Article

NO_TEXT = "no article text found in the HTML page"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters no XML tree may hold
TOO_DEEP = "HTML nested deeper than 2,048 elements: no article text found above that depth"


def article_from_html(
    html: str, origin: str, published: str | None = None, encoding: str | None = None
) -> Article:
    """The article in an HTML page: boilerplate (navigation, footers, comments) left out.

    The page's own publication date wins over ``published``. Only the page's metadata is searched for
    that date, never dates mentioned in the story itself.
    """
    # imported here: trafilatura (with its URL and date libraries) is a second of start-up that only
    # HTML input needs
    import trafilatura
    from trafilatura.settings import set_date_params

    tree, too_deep = _parse_html(html)
    if tree is None:
        raise InputError(origin, NO_TEXT)
    document = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        date_extraction_params=set_date_params(extensive=False),
    )
    text = getattr(document, "text", None)
    if not text or not text.strip():
        raise InputError(origin, TOO_DEEP if too_deep else NO_TEXT)
    return make_article(
        text,
        title=document.title,
        url=document.url,
        published=document.date or published,
        outlet=document.sitename,
        origin=origin,
        encoding=encoding,
    )


def _parse_html(html: str) -> tuple[lxml.html.HtmlElement | None, bool]:
    """The page's tree, without its ``<noscript>`` fallbacks ("Please enable JavaScript ..."), which are
    never article text (None for a page with no document), and whether the page was nested deeper than
    the parser reads (what lies deeper is dropped).

    ``huge_tree`` lifts libxml2's default depth limit of 256, at which an ordinary but deeply nested page
    (255 ``<div>`` wrappers) lost its whole body, to 2,048.
    """
    parser = lxml.html.HTMLParser(encoding="utf-8", huge_tree=True, remove_comments=True)
    html = _NOT_XML.sub("", html)  # a browser shows none of them; one lost trafilatura the whole page
    try:
        tree = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return None, False
    too_deep = any("Excessive depth" in error.message for error in parser.error_log)
    for element in list(tree.iter("noscript")):
        # Emptied in place, its tail (the text after it) kept: ``drop_tree`` would move the tail into the
        # parent's text, which lxml refuses when it holds a control character.
        element.clear(keep_tail=True)
    return tree, too_deep


def read_html_file(
    path: str | os.PathLike[str], published: str | None, max_bytes: int, warn: Warn | None = None
) -> Article:
    """One article from an .html/.htm file; its origin is the path."""
    item = os.fspath(path)
    html, encoding = decode(read_file_bounded(path, max_bytes), item, warn)
    return article_from_html(html, item, published, encoding)
