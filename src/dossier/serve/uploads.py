"""Articles from what a client sends: pasted text, uploaded files (.txt, .html, .jsonl) and JSON records,
each bad item reported with its reason while the others go through (``dossier.ingest`` reads them)."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from typing import Any

from dossier.errors import InputError, InputWarning
from dossier.ingest import DEFAULT_MAX_BYTES, article_from_html, make_article
from dossier.ingest.decoding import decode
from dossier.ingest.sources import read_stream
from dossier.schema import Article

Report = Callable[[InputError], None]
HTML = (".html", ".htm")


def from_fields(fields: dict[str, Any], item: str, report: Report) -> Article | None:
    """One article from a JSON object or form fields: text, and optionally id, title, url, published,
    outlet."""
    try:
        text = fields.get("text")
        if not isinstance(text, str):
            raise InputError(item, '"text" must be a string')
        for name in ("id", "title", "url", "published", "outlet"):
            if not isinstance(fields.get(name), str | None):
                raise InputError(item, f'"{name}" must be a string')
        try:
            return make_article(
                text,
                id=(fields.get("id") or "").strip() or None,
                title=fields.get("title") or None,
                url=fields.get("url") or None,
                published=fields.get("published") or None,
                outlet=fields.get("outlet") or None,
                origin=item,
            )
        except ValueError as exc:  # an invalid date
            raise InputError(item, str(exc)) from None
    except InputError as exc:
        report(exc)
        return None


def from_file(name: str, data: bytes, published: str | None, report: Report) -> Iterator[Article]:
    """The articles of one uploaded file: HTML by its name, else JSONL when it opens with ``{``, else
    text."""
    if len(data) > DEFAULT_MAX_BYTES:
        report(InputError(name, f"file larger than the limit of {DEFAULT_MAX_BYTES:,} bytes"))
        return
    if name.lower().endswith(HTML):
        try:
            html, encoding = decode(data, name, warn=lambda warning: None)
            yield article_from_html(html, name, published, encoding)
        except InputError as exc:
            report(exc)
        except ValueError as exc:
            report(InputError(name, str(exc)))
        return

    def errors_only(error: InputError | InputWarning) -> None:
        # A warning (bytes replaced, an encoding detected) is not a bad item: the article goes through,
        # its ``encoding`` recorded on it.
        if isinstance(error, InputError):
            report(error)

    try:
        yield from read_stream(io.BytesIO(data), published, DEFAULT_MAX_BYTES, errors_only, name=name)
    except ValueError as exc:
        report(InputError(name, str(exc)))
