"""What pages draw from records: an article's text with its extractions highlighted (every piece of text
escaped), a claim's timeline and an article's sourcing profile as inline SVG data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

from dossier.evidence.records import Board

MAX_MARKS = 20


@dataclass(frozen=True, slots=True)
class Layer:
    start: int
    end: int
    css: str  # classes: ent ent-PERSON | src | cue | content | event | qty
    ref: str  # the side panel entry: e3, a1, v0, q2
    title: str


def parse_marks(value: str | None, length: int) -> list[tuple[int, int]]:
    """``"12-40,51-60"`` as spans within a text of ``length`` characters, merged, at most ``MAX_MARKS``;
    ``ValueError`` for anything else."""
    if not value:
        return []
    spans = []
    for part in value.split(",")[: MAX_MARKS + 1]:
        start, sep, end = part.partition("-")
        if not sep or not start.isdigit() or not end.isdigit():
            raise ValueError(f"hl: {part!r} is not START-END")
        spans.append((min(int(start), length), min(int(end), length)))
    if len(spans) > MAX_MARKS:
        raise ValueError(f"hl: at most {MAX_MARKS} spans")
    merged: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[0] < s[1]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mark_link(article: str, spans: Sequence[Sequence[int]]) -> str:
    """The URL of ``article`` with ``spans`` highlighted, scrolled to the first."""
    hl = ",".join(f"{s}-{e}" for s, e in spans)
    return f"/articles/{quote(article, safe='')}" + (f"?hl={hl}#hl" if hl else "")


def _spans(part: dict[str, Any] | None) -> list[Sequence[int]]:
    return list(part.get("spans") or []) if part else []


def layers(record: dict[str, Any]) -> list[Layer]:
    """Every highlighted stretch of an extraction: entities, attributions (source, cue, content), event
    triggers and quantities."""
    found = []
    for n, e in enumerate(record.get("entities", [])):
        title = f"{e['label']}: {e.get('canonical') or e['text']}"
        found += [Layer(s, t, f"ent ent-{e['label']}", f"e{n}", title) for s, t in _spans(e)]
    for n, a in enumerate(record.get("attributions", [])):
        for part, css in ((a.get("source"), "src"), (a.get("cue"), "cue"), (a.get("content"), "content")):
            title = f"attribution {n}: {css} ({a.get('stance')})"
            found += [Layer(s, t, css, f"a{n}", title) for s, t in _spans(part)]
    for n, v in enumerate(record.get("events", [])):
        found += [Layer(s, t, "event", f"v{n}", f"event {v['type']}") for s, t in _spans(v.get("trigger"))]
    for n, q in enumerate(record.get("quantities", [])):
        found += [Layer(s, t, "qty", f"q{n}", f"quantity: {q['text']}") for s, t in _spans(q)]
    return found


def highlight(text: str, record: dict[str, Any], marks: Sequence[tuple[int, int]] = ()) -> Markup:
    """``text`` as HTML: each stretch between two boundaries of the extraction's layers one element with
    the classes of the layers over it; the ``marks`` (a quote's spans) each one ``<mark class="quote">``,
    the first with the id ``hl``. All text is escaped."""
    found = [x for x in layers(record) if 0 <= x.start < x.end <= len(text)]
    cuts = {0, len(text)} | {p for m in marks for p in m} | {p for x in found for p in (x.start, x.end)}
    bounds = sorted(cuts)
    starts = {m[0] for m in marks}
    ends = {m[1] for m in marks}
    opening: dict[int, list[int]] = {}
    for n, x in enumerate(found):
        opening.setdefault(x.start, []).append(n)
    active: dict[int, Layer] = {}  # the layers over the stretch, by their order in ``found``
    anchored: set[str] = set()
    out: list[str] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        if a in starts:
            out.append(
                '<mark class="quote">' if "hl" in anchored else '<mark class="quote" id="hl" tabindex="-1">'
            )
            anchored.add("hl")
        for n in [n for n, x in active.items() if x.end <= a]:
            del active[n]
        active.update((n, found[n]) for n in opening.get(a, ()))
        over = [active[n] for n in sorted(active)]
        piece = escape(text[a:b])
        if over:
            for ref in dict.fromkeys(x.ref for x in over if x.start == a and x.ref not in anchored):
                anchored.add(ref)
                out.append(f'<span class="anchor" id="{ref}"></span>')
            css = " ".join(dict.fromkeys(c for x in over for c in x.css.split()))
            title = "; ".join(dict.fromkeys(x.title for x in over))
            out.append(f'<span class="{escape(css)}" title="{escape(title)}">{piece}</span>')
        else:
            out.append(str(piece))
        if b in ends:
            out.append("</mark>")
    return Markup("".join(out))


# --- charts ------------------------------------------------------------------------------------------------

WIDTH, LEFT, RIGHT, LANE, TOP = 760, 90, 30, 44, 20
LANES = (("asserts", "assertions"), ("denies", "denials"), ("declines", "declines"))


def timeline(found: Board) -> dict[str, Any]:
    """The timeline of a board: one lane per position (asserts, denies, declines), one dot per evidence
    item at its publication date, with what to say of it and the link to its quote."""
    dated = [(position, i) for position, attr in LANES for i in getattr(found, attr) if i.published]
    days = sorted({date.fromisoformat(i.published[:10]) for _, i in dated})
    height = TOP + LANE * len(LANES) + 30
    chart: dict[str, Any] = {"width": WIDTH, "height": height, "dots": [], "ticks": [], "lanes": []}
    chart["lanes"] = [{"y": TOP + LANE * n + LANE // 2, "label": p} for n, (p, _) in enumerate(LANES)]
    chart["undated"] = sum(len(getattr(found, attr)) for _, attr in LANES) - len(dated)
    if not days:
        return chart
    first, last = days[0], days[-1]
    span = max((last - first).days, 1)
    plot = WIDTH - LEFT - RIGHT

    def x_of(day: date) -> float:
        return LEFT + (plot / 2 if first == last else plot * (day - first).days / span)

    stacked: dict[tuple[str, date], int] = {}
    for position, item in dated:
        day = date.fromisoformat(item.published[:10])
        lane = [p for p, _ in LANES].index(position)
        n = stacked[(position, day)] = stacked.get((position, day), -1) + 1
        who = item.source or item.outlet or "the outlet"
        chart["dots"].append(
            {
                "x": round(x_of(day) + 9 * (n % 4), 1),
                "y": TOP + LANE * lane + LANE // 2 - 8 + 8 * (n // 4 % 3),
                "css": position,
                "label": f"{who} {position} ({item.outlet or 'unknown outlet'}, {item.published[:10]}): {item.quote[:160]}",
                "href": mark_link(item.article, item.spans),
            }
        )
    ticks = sorted({first, last, *days[:: max(1, len(days) // 4)]})
    chart["ticks"] = [{"x": round(x_of(d), 1), "label": d.isoformat()} for d in ticks]
    return chart


def profile_bars(profile: dict[str, float]) -> list[dict[str, Any]]:
    """One bar per kind of sourcing: its label, share, and width in a 200-unit chart."""
    labels = {
        "named": "named",
        "anonymous": "anonymous",
        "official_statement": "official statement",
        "own_voice": "own voice",
        "unspecified": "unspecified",
    }
    return [
        {"key": key, "label": labels[key], "share": share, "width": round(200 * share, 1), "y": 22 * n}
        for n, (key, share) in enumerate(profile.items())
    ]
