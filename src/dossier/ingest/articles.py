"""One text to one ``Article``: validation, stable ids and publication dates."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from datetime import date, datetime

from dossier.errors import InputError
from dossier.ingest.boilerplate import find_furniture, headline_of
from dossier.outlets import outlet_of
from dossier.schema import Article

_SURROGATES = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` with every lone surrogate (a JSON ``"\\ud800"`` no encoder can write) replaced by U+FFFD,
    one character for one, so offsets are kept.

    >>> clean_text("Iran said \\ud800 no.")
    'Iran said \\ufffd no.'
    """
    return _SURROGATES.sub("\ufffd", text) if _SURROGATES.search(text) else text


_TEXT_FIELDS = ("id", "text", "title", "url", "outlet", "origin")


def _cleaned(article: Article) -> Article:
    """``article`` with ``clean_text`` applied to each of its text fields (the same object when none
    changes)."""
    changes = {}
    for name in _TEXT_FIELDS:
        value = getattr(article, name)
        if isinstance(value, str) and clean_text(value) is not value:
            changes[name] = clean_text(value)
    return dataclasses.replace(article, **changes) if changes else article


def content_id(text: str) -> str:
    """A stable id for a text: the first 16 hex digits of its SHA-256.

    >>> content_id("Iran denied the report.")
    '4b24672d34a01cc8'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def normalise_date(value: object) -> str | None:
    """An ISO date or datetime as ``YYYY-MM-DD`` (the date as written, no time-zone shift); None stays None.

    Raises ``ValueError`` for anything else.

    >>> normalise_date("2024-09-07T14:03:00Z")
    '2024-09-07'
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"invalid published date {value!r} (expected YYYY-MM-DD)")
    cleaned = value.strip()
    if not cleaned:
        return None
    try:
        if len(cleaned) <= 10:
            return date.fromisoformat(cleaned).isoformat()
        return datetime.fromisoformat(cleaned).date().isoformat()
    except ValueError:
        raise ValueError(f"invalid published date {value!r} (expected YYYY-MM-DD)") from None


def with_furniture(article: Article) -> Article:
    """``article`` with its page furniture listed (and a headline found at its start as its title, if it
    has none); an article that already lists furniture is returned as it is.

    >>> with_furniture(Article("a1", "Iran denied it.\\nScroll down for video")).furniture[0].reason
    'prompt'
    """
    article = _cleaned(article)
    if article.furniture:
        return article
    furniture = find_furniture(article.text, article.title)
    if not furniture:
        return article
    return dataclasses.replace(article, furniture=furniture, title=article.title or headline_of(furniture))


def make_article(
    text: str,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    origin: str | None = None,
    encoding: str | None = None,
) -> Article:
    """Validate one text and wrap it as an ``Article``; without an id, the text's hash is its id.

    Page furniture (a headline run into the body, "Read more" prompts, photo credits ...) is found and
    listed on the article, never removed from its text; a headline found at the start of a text without a
    title becomes its title.

    Raises ``InputError`` for an empty text or an invalid ``published`` date.

    >>> make_article("Iran denied the report.", published="2024-09-07T10:00:00Z").published
    '2024-09-07'
    """
    item = origin or id or "<text>"
    if not isinstance(text, str) or not text.strip():
        raise InputError(item, "empty text")
    text = clean_text(text)
    id, title, url, outlet, origin = (
        clean_text(v) if isinstance(v, str) else v for v in (id, title, url, outlet, origin)
    )
    try:
        published = normalise_date(published)
    except ValueError as exc:
        raise InputError(item, str(exc)) from None
    furniture = find_furniture(text, title or None)
    return Article(
        id=id or content_id(text),
        text=text,
        title=title or headline_of(furniture),
        url=url or None,
        published=published,
        outlet=outlet or outlet_of(url),
        origin=origin,
        furniture=furniture,
        encoding=encoding,
    )
