"""The human-readable report of one extraction: sources and claims, events, actors, quantities.

Works on the JSON form of a record (``to_dict``), so it renders fresh extractions, stored ones and saved
files alike.
"""

from __future__ import annotations

import functools
import re
import textwrap
from collections.abc import Callable, Sequence
from typing import Any

from dossier.nlp.words import SOURCE_PRONOUNS

Row = Sequence[str]

# What a terminal would act on rather than show: C0 controls but tab and newline (ESC starts colour,
# cursor, OSC title and hyperlink sequences; CR overwrites a line), DEL and the C1 controls (U+009B is a
# one-character CSI), the bidirectional overrides and isolates that reorder what is shown ("Trojan
# source"), the line and paragraph separators, and lone surrogates (no terminal encoding can write them).
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)
# Characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection), with their
# full-width forms, which some spreadsheets fold to them.
_FORMULA_START = tuple("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` safe to print on a terminal: every control character (tab and newline aside) and every
    bidirectional control written as a visible escape, so nothing in a report can move the cursor, clear
    the screen, retitle the window, plant a hyperlink or reorder what is shown.

    >>> visible("Iran\\x1b]0;pwned\\x07 denied\\u202e it\\n")
    'Iran\\\\x1b]0;pwned\\\\x07 denied\\\\u202e it\\n'
    """
    return _INVISIBLE.sub(_escape, text)


def spreadsheet_safe(value: Any) -> Any:
    """A CSV cell no spreadsheet executes (the OWASP rule): text starting with ``=``, ``+``, ``-``, ``@``,
    a tab or a line break is prefixed with a single quote; numbers and None are left as they are.

    >>> spreadsheet_safe("=HYPERLINK(\\"http://x\\")"), spreadsheet_safe(-3), spreadsheet_safe("Iran")
    ('\\'=HYPERLINK("http://x")', -3, 'Iran')
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _escaped(render: Callable[..., str]) -> Callable[..., str]:
    """A renderer whose output is ``visible``: every terminal output goes through one of these."""

    @functools.wraps(render)
    def wrapper(*args: Any, **kwargs: Any) -> str:
        return visible(render(*args, **kwargs))

    return wrapper


def table(headers: Row, rows: Sequence[Row], widths: Sequence[int]) -> str:
    """A plain-text table; cells wrap to ``widths`` characters.

    >>> print(table(["a", "b"], [["x", "y"]], [3, 3]))
    a    b
    ---  ---
    x    y
    """
    if not rows:
        return "(none)"
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        wrapped = [textwrap.wrap(str(cell), w) or [""] for cell, w in zip(row, widths, strict=True)]
        for i in range(max(len(c) for c in wrapped)):
            parts = [(c[i] if i < len(c) else "").ljust(w) for c, w in zip(wrapped, widths, strict=True)]
            lines.append("  ".join(parts).rstrip())
    return "\n".join(lines)


def _codes(actors: list[dict[str, Any]]) -> str:
    out = []
    for a in actors or []:
        code = "/".join(x for x in (a.get("code"), a.get("sector")) if x)
        out.append(f"{a.get('text', '')} [{code}]" if code else a.get("text", ""))
    return "; ".join(out) or "-"


def _source(source: dict[str, Any] | None, entities: Sequence[dict[str, Any]] = ()) -> str:
    """Who: the source's words, a pronoun shown by the name it resolves to ("William Burns (he)")."""
    if not source:
        return "(unspecified)"
    name = source.get("text", "")
    entity = source.get("entity")
    if name.lower() in SOURCE_PRONOUNS and entity is not None and 0 <= entity < len(entities):
        name = f"{entities[entity].get('canonical') or entities[entity].get('text')} ({name})"
    bits = [source.get("kind") or "unspecified"]
    if source.get("count"):
        bits.append(f"count {source['count']}")
    for key in ("country", "sector", "role"):
        if source.get(key):
            bits.append(str(source[key]))
    return f"{name} ({', '.join(bits)})"


def _quote(part: dict[str, Any] | None, limit: int = 220) -> str:
    text = " ".join(((part or {}).get("text") or "").split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _source_key(source: dict[str, Any] | None, entities: Sequence[dict[str, Any]]) -> str:
    """Which voice an attribution is: its linked entity's name, else its own words."""
    if not source:
        return "(unspecified)"
    entity = source.get("entity")
    if entity is not None and 0 <= entity < len(entities):
        return (entities[entity].get("canonical") or entities[entity].get("text") or "").lower()
    return " ".join(source.get("text", "").lower().split())


def _attributions_table(record: dict[str, Any]) -> str:
    """Every attribution grouped by source (one voice under its resolved name, in text order), the
    sources that deny or decline first (an analyst reads who disputes what before the rest); ``#`` is
    the attribution's index, which the events table's ``via`` column cites."""
    entities = record.get("entities", [])
    groups: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for i, a in enumerate(record.get("attributions", [])):
        groups.setdefault(_source_key(a.get("source"), entities), []).append((i, a))
    ordered = sorted(
        groups.values(), key=lambda g: not any(a.get("stance") in ("deny", "decline") for _, a in g)
    )
    rows = []
    for group in ordered:
        for n, (i, a) in enumerate(group):
            rows.append(
                [
                    str(i),
                    _source(a.get("source"), entities) if n == 0 else _same_source(a.get("source")),
                    (a.get("cue") or {}).get("text", ""),
                    a.get("stance", ""),
                    a.get("form", ""),
                    _quote(a.get("content")),
                ]
            )
    return table(["#", "source", "cue", "stance", "form", "content"], rows, [3, 28, 16, 8, 8, 60])


def _same_source(source: dict[str, Any] | None) -> str:
    """The source cell of a group's later rows: a ditto mark, with the pronoun the text used ("″ (he)")."""
    name = (source or {}).get("text", "")
    return f"  \u2033 ({name})" if name.lower() in SOURCE_PRONOUNS else "  \u2033"


def source_count(record: dict[str, Any]) -> int:
    """How many voices the article's attributions come from (``_source_key``)."""
    entities = record.get("entities", [])
    return len({_source_key(a.get("source"), entities) for a in record.get("attributions", [])})


def _events_table(record: dict[str, Any]) -> str:
    rows = []
    for e in record.get("events", []):
        where = (e.get("location") or {}).get("name") or "-"
        country = (e.get("location") or {}).get("country")
        if country:
            where = f"{where} ({country})"
        via = ",".join(str(i) for i in e.get("attributions", [])) or "-"
        kind = e.get("type", "") + (f" ({e['mode']})" if e.get("mode") else "")
        rows.append(
            [
                kind,
                e.get("status", ""),
                _codes(e.get("actor", [])),
                (e.get("trigger") or {}).get("text", ""),
                _codes(e.get("recipient", [])),
                where,
                _when(e),
                via,
            ]
        )
    headers = ["type", "status", "actor", "trigger", "recipient", "where", "when", "via"]
    out = table(headers, rows, [14, 12, 22, 16, 22, 16, 11, 8])
    if any(e.get("date_basis") == "publication" for e in record.get("events", [])):
        out += "\n* the story's date: reported as said now, with no day of its own"
    return out


def _when(event: dict[str, Any]) -> str:
    """The event's day or period; a day taken from the story's date is marked with *."""
    when = event.get("date") or event.get("period") or "-"
    return when + "*" if event.get("date_basis") == "publication" else when


def taking_part(record: dict[str, Any]) -> list[int]:
    """Indexes of the entities that take part in something: an event's actor or recipient, or a source."""
    found = {
        a.get("entity")
        for e in record.get("events", [])
        for a in [*e.get("actor", []), *e.get("recipient", [])]
        if a.get("entity") is not None
    }
    found |= {
        (a.get("source") or {}).get("entity")
        for a in record.get("attributions", [])
        if (a.get("source") or {}).get("entity") is not None
    }
    return sorted(found)


def _entities_table(record: dict[str, Any]) -> str:
    entities = record.get("entities", [])
    rows = [
        [
            entities[i].get("canonical") or entities[i].get("text", ""),
            entities[i].get("label", ""),
            entities[i].get("country") or "-",
            entities[i].get("sector") or "-",
            entities[i].get("role") or "-",
            str(len(entities[i].get("spans", []))),
        ]
        for i in taking_part(record)
        if 0 <= i < len(entities)
    ]
    return table(["actor", "label", "country", "sector", "role", "mentions"], rows, [28, 7, 8, 7, 22, 8])


def _quantities_table(record: dict[str, Any]) -> str:
    rows = []
    for q in record.get("quantities", []):
        si = f"{q['si_value']:.6g} {q.get('si_unit') or ''}".strip() if q.get("si_value") is not None else "-"
        value = q.get("value")
        shown = f"{value:g}" if isinstance(value, int | float) else "-"
        if q.get("approximate"):
            shown = "~" + shown
        check = ", ".join(q.get("flags") or []) or "-"
        if q.get("note"):
            check = f"{check}: {q['note']}"
        rows.append([q.get("text", ""), shown, q.get("unit") or "-", si, check])
    return table(["quantity", "value", "unit", "SI", "check"], rows, [24, 9, 14, 16, 44])


@_escaped
def render_text(record: dict[str, Any]) -> str:
    """The report of one extraction (its JSON form) as readable text tables."""
    title = record.get("title") or record.get("id", "")
    meta = ", ".join(
        f"{k} {record[k]}" for k in ("id", "outlet", "published", "url") if record.get(k) and k != "title"
    )
    sections = [
        f"# {title}",
        meta,
        f"\n## Sources and what they claim ({len(record.get('attributions', []))} from "
        f"{source_count(record)} sources)",
        _attributions_table(record),
        f"\n## Events ({len(record.get('events', []))})",
        _events_table(record),
        f"\n## Actors ({len(taking_part(record))} taking part, of {len(record.get('entities', []))} entities)",
        _entities_table(record),
        f"\n## Quantities ({len(record.get('quantities', []))})",
        _quantities_table(record),
    ]
    return "\n".join(s for s in sections if s) + "\n"


def _counts(board: dict[str, Any]) -> str:
    return (
        f"{board['assert_items']} assert ({board['independent_assertions']} independent report(s), "
        f"{board['assertion_sources']} distinct source(s)), "
        f"{board['deny_items']} deny ({board['independent_denials']} independent report(s), "
        f"{board['denial_sources']} distinct source(s)), {board['decline_items']} decline"
    )


@_escaped
def render_copies(groups: Sequence[Sequence[dict[str, Any]]]) -> str:
    """Groups of copied reports: the original first, then the articles that copy it."""
    rows = []
    for number, group in enumerate(groups, 1):
        for position, article in enumerate(group):
            where = ", ".join(x for x in (article.get("outlet"), article.get("published")) if x) or "-"
            role = "original" if position == 0 else "copy"
            rows.append([str(number), role, article["id"], where, article.get("title") or article["opening"]])
    return table(["group", "role", "article", "outlet, date", "title or opening"], rows, [5, 8, 18, 20, 56])


@_escaped
def render_claims(boards: Sequence[dict[str, Any]]) -> str:
    """The claims board: one row per claim with its sources for and against and its grade."""
    rows = []
    for board in boards:
        who = " -> ".join(
            x for x in ("/".join(board.get("actor") or []), "/".join(board.get("recipient") or [])) if x
        )
        rows.append(
            [
                board["id"],
                board["statement"],
                " ".join(x for x in (board.get("type") or "", who) if x) or "-",
                f"{board['assert_items']}/{board['independent_assertions']}/{board['assertion_sources']}",
                f"{board['deny_items']}/{board['independent_denials']}/{board['denial_sources']}",
                str(board["decline_items"]),
                "yes" if board["contradicted"] else "-",
                f"{board['grade']} {board['grade_label']}",
            ]
        )
    headers = [
        "claim",
        "statement",
        "event",
        "assert n/rep/src",
        "deny n/rep/src",
        "decline",
        "contradicted",
        "grade",
    ]
    return table(headers, rows, [13, 42, 16, 16, 14, 7, 12, 16])


def _where(item: dict[str, Any]) -> str:
    """Outlet, date and article id of an evidence item or report stance, those that are known."""
    return ", ".join(x for x in (item.get("outlet"), item.get("published"), item["article"]) if x)


def _independence(item: dict[str, Any]) -> str:
    return f"copy of {item['copy_of']}" if item.get("copy_of") else "independent"


def _evidence_rows(items: Sequence[dict[str, Any]]) -> list[list[str]]:
    rows = []
    for item in items:
        kind = item["source_kind"] + (f", {item['source_count']}" if item.get("source_count") else "")
        via = f" (via {item['via']})" if item.get("via") else ""
        source = f"{item['source']}{via} ({kind})" if item.get("source") else "the outlet itself"
        rows.append([source, _where(item), _independence(item), _quote({"text": item["text"]}, 160)])
    return rows


@_escaped
def render_board(board: dict[str, Any]) -> str:
    """One claim's evidence board: who asserts, denies or declines it, where, and how credible it is."""
    claim = board  # the export is flat: the claim's fields and its board's
    lines = [
        f"# Claim {claim['id']}: {claim['statement']}",
        f"event: {claim.get('type') or '-'}  actor: {', '.join(claim.get('actor') or []) or '-'}  "
        f"recipient: {', '.join(claim.get('recipient') or []) or '-'}  date: {claim.get('date') or '-'}",
        f"first reported: {board.get('first_reported') or '-'} ({board.get('first_article') or '-'})",
        f"sources: {_counts(board)}"
        + ("  CONTRADICTED: an assertion meets a denial" if board["contradicted"] else "")
        + _disputed(board),
        f"credibility: {board['grade']} ({board['grade_label']})",
    ]
    lines += [f"  - {reason}" for reason in board.get("reasons", [])]
    if board.get("stances"):
        lines.append(f"each report read whole (FNC-1 stance model): {_stance_counts(board['stances'])}")
    headers = ["source", "where", "independence", "quote"]
    if board.get("conflicts"):
        lines.append(
            f"conflicting claims (another figure for the same thing, or its negation): "
            f"{', '.join(board['conflicts'])}"
        )
    for title, stance in (
        ("Asserted by", "assert"),
        ("Denied by", "deny"),
        ("Declined to confirm", "decline"),
    ):
        items = [i for i in board["items"] if i["stance"] == stance]
        lines += [f"\n## {title} ({len(items)})", table(headers, _evidence_rows(items), [30, 28, 20, 48])]
    if board.get("stances"):
        rows = [
            [
                s["stance"],
                _where(s),
                _independence(s),
            ]
            for s in sorted(board["stances"], key=lambda s: (STANCE_ORDER.index(s["stance"]), s["article"]))
        ]
        lines += [
            f"\n## Each report read whole ({len(rows)} related)",
            table(["stance", "where", "independence"], rows, [10, 40, 20]),
        ]
    return "\n".join(lines) + "\n"


STANCE_ORDER = ["disagree", "agree", "discuss"]


def _disputed(board: dict[str, Any]) -> str:
    against = [s for s in board.get("stances", []) if s["stance"] == "disagree" and not s.get("copy_of")]
    if not against:
        return ""
    return f"  DISPUTED: {len(against)} independent report(s) disagree, read whole (the grade counts denials only)"


def _stance_counts(stances: Sequence[dict[str, Any]]) -> str:
    counts = []
    for label in STANCE_ORDER:
        articles = [s["article"] for s in stances if s["stance"] == label]
        if articles:
            counts.append(
                f"{len(articles)} {label}" + (f" ({', '.join(articles)})" if label == "disagree" else "")
            )
    return ", ".join(counts)


@_escaped
def render_sources(sources: Sequence[dict[str, Any]]) -> str:
    """One row per source across reports."""
    rows = [
        [
            s["key"],
            s.get("name") or "-",
            s["kind"],
            f"{s['asserts']}/{s['denies']}/{s['declines']}",
            str(s["claims"]),
            str(s["reports"]),
            ", ".join(s.get("via") or []) or "-",
        ]
        for s in sources
    ]
    headers = ["key", "name", "kind", "assert/deny/decline", "claims", "reports", "via"]
    return table(headers, rows, [30, 28, 18, 19, 6, 7, 20])


@_escaped
def render_source(record: dict[str, Any]) -> str:
    """Everything one source said across reports, and how each claim stands."""
    s = record["source"]
    lines = [
        f"# Source {s.get('name') or s['key']} ({s['kind']}; key {s['key']})",
        f"{s['items']} statement(s) on {s['claims']} claim(s) in {s['reports']} independent report(s)"
        + (f"; relayed via {', '.join(s['via'])}" if s.get("via") else ""),
    ]
    rows = [
        [st["claim"], st["stance"], st["standing"], _where(st), _quote({"text": st["quote"]}, 120)]
        for st in record["statements"]
    ]
    lines.append(table(["claim", "stance", "claim stands", "where", "quote"], rows, [13, 7, 12, 28, 60]))
    return "\n".join(lines) + "\n"
