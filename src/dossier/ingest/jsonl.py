"""JSON Lines: one article per line, ``{"id", "text", "title"?, "url"?, "published"?, "outlet"?}``.

Other fields are ignored (``publisher`` stands in for a missing ``outlet``). Each bad line is reported
with its line number while the other lines go through.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator

from dossier.errors import InputError
from dossier.ingest.articles import make_article
from dossier.schema import Article

_TEXT_FIELDS = ("title", "url", "outlet")


def article_from_json_line(line: bytes, origin: str, published: str | None = None) -> Article:
    """One article from one JSONL line; raises ``InputError`` naming ``origin`` (``path:LINE``)."""
    try:
        record = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(origin, "line is not valid UTF-8") from None
    except json.JSONDecodeError as exc:
        raise InputError(origin, f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:  # json's decoder recurses once per level of nesting
        raise InputError(origin, "JSON nested too deeply") from None
    if not isinstance(record, dict):
        raise InputError(origin, "not a JSON object")
    text = record.get("text")
    if text is None:
        raise InputError(origin, 'missing "text" field')
    if not isinstance(text, str):
        raise InputError(origin, '"text" is not a string')
    article_id = record.get("id")
    if isinstance(article_id, bool) or not isinstance(article_id, str | int | float | None):
        raise InputError(origin, '"id" must be a string or a number')
    fields = {name: record.get(name) for name in _TEXT_FIELDS}
    if fields["outlet"] is None and isinstance(record.get("publisher"), str):
        fields["outlet"] = record["publisher"]
    for name, value in fields.items():
        if not isinstance(value, str | None):
            raise InputError(origin, f'"{name}" must be a string')
    article_id = str(article_id).strip() if article_id is not None else None
    return make_article(
        text,
        id=article_id or None,
        published=record.get("published") or published,
        origin=origin,
        encoding="utf-8",
        **fields,
    )


def read_jsonl_lines(
    lines: Iterable[tuple[int, bytes | None]],
    name: str,
    published: str | None,
    max_bytes: int,
    report: Callable[[InputError], None],
) -> Iterator[Article]:
    """Articles from numbered lines (``None`` marks a line over ``max_bytes``); blank lines are skipped.

    A source without a single non-blank line is reported as empty.
    """
    empty = True
    for number, line in lines:
        if line is not None and not line.strip():
            continue
        empty = False
        origin = f"{name}:{number}"
        if line is None:
            report(InputError(origin, f"line is longer than the limit of {max_bytes:,} bytes"))
            continue
        try:
            yield article_from_json_line(line, origin, published)
        except InputError as exc:
            report(exc)
    if empty:
        report(InputError(name, "empty file"))
