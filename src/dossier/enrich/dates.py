"""Date expressions in news text, resolved against the article's publication date.

A resolved date is an ISO 8601 string at the precision the text gives: ``2024-09-07`` (a day),
``2024-W36`` (a week: "last week"), ``2024-03`` (a month: "in March") or ``2024`` (a year). News convention:
a bare weekday ("on Saturday") is the most recent such day on or before publication, unless its sentence
speaks of what is to come ("will", "is scheduled to", "hopes to" before it; "On Tuesday, Rubio will join"),
when it is the next one; a month or a day without a year is the one nearest to publication (a future one
counting double). Nothing is resolved without a publication date unless the text gives the year itself,
and duration phrases ("for months", "over the past week") are not dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
SMALL_NUMBERS |= {"eight": 8, "nine": 9, "ten": 10}

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"
)
_MONTH_MODIFIER = (
    r"(?P<month>January|February|March|April|June|July|August|September|October|November|December)"
)
_RANGE_WORDS = r"(?:from|through|to|until|till|between|and|or|since|by|in|of|early|late|mid)"  # a stretch
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
YEAR = re.compile(_YEAR)  # a year as news writes one: ``YEAR.fullmatch("2004")``
_COUNT = r"(?P<count>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
_UNIT = r"(?P<unit>day|week|month|year)s?"
_LEAD = r"in|In|since|Since|by|By|until|Until|during|During|of|early|late|mid|Early|Late|Mid"  # not part of the span

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("month_day", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?")),
    ("day_month", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?")),
    ("month_year", re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b")),
    ("month", re.compile(rf"\b(?:{_LEAD})[\s-]+{_MONTH}(?![\s.]*\d)")),
    ("month", re.compile(rf"\b(?P<rel>last|next|this|Last|Next|This)\s+{_MONTH}(?![\s.]*\d)")),
    # a month that modifies the noun after it ("a deadly January attack", "the October ceasefire"); not "May"
    ("month", re.compile(rf"\b(?!{_RANGE_WORDS}\b)[a-z]+\s+{_MONTH_MODIFIER}(?=\s+[a-z]{{3,}}\b)")),
    ("year", re.compile(rf"\b(?:{_LEAD})[\s-]+{_YEAR}\b(?![\s-]*(?:%|percent|people))")),
    (
        "weekday",
        re.compile(
            rf"(?:\b(?P<rel>last|next|this|Last|Next|This)\s+)?\b{_WEEKDAY}"
            r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b"
        ),
    ),
    ("today", re.compile(r"\b(?P<word>today|tonight|yesterday|tomorrow|Today|Yesterday|Tomorrow)\b")),
    ("this_part", re.compile(r"\b(?:this|This)\s+(?P<part>morning|afternoon|evening)\b")),
    ("last_night", re.compile(r"\b(?:last|Last)\s+night\b")),
    ("relative", re.compile(r"\b(?P<rel>last|this|next|Last|This|Next)\s+(?P<unit>week|month|year)\b")),
    ("earlier", re.compile(r"\b(?:earlier|later)\s+this\s+(?P<unit>week|month|year)\b")),
    ("ago", re.compile(rf"\b{_COUNT}\s+{_UNIT}\s+ago\b")),
    # the day a date before it named ("Later on Monday, ... met with Rubio. MBS held a separate meeting ...
    # earlier in the day")
    (
        "same_day",
        re.compile(
            r"\b(?:[Ee]arlier|[Ll]ater)\s+(?:in\s+)?(?:the|that)\s+day\b|\b(?:[Tt]he\s+)?same\s+day\b"
            r"|\b(?:[Tt]hat|[Tt]he\s+same)\s+(?:morning|afternoon|evening)\b"
        ),
    ),
]
# A sentence about what is to come: its bare weekday or month is the next one, not the last.
FUTURE_CUE = re.compile(
    r"\b(?:will|'ll|shall|(?:is|are|was|were) (?:scheduled|set|expected|due|slated|poised) to|plans? to|"
    r"planning to|upcoming|(?:is|are) to|(?:hopes?|hoping|aims?|aiming|intends?|expects?) to)\b",
    re.IGNORECASE,
)
# ... or a date that opens its sentence before a clause about what is to come ("On Tuesday, Rubio will
# join ..."): the words after it, up to the first that starts another clause.
# A comma before a capitalised word: where a fronted clause ends and the main clause begins.
NEW_CLAUSE = re.compile(r",\s+(?=[A-Z])")
FUTURE_AFTER = re.compile(
    r",?\s+(?:(?!that\b|who\b|which\b|when\b|after\b|before\b|said\b|says\b)[\w.’'-]+\s+){0,4}?"
    r"(?:will|'ll|(?:is|are) (?:scheduled|set|expected|due|slated) to)\b",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z\"“'‘])|\n")
# A relative period read as a stretch of time, not a date: "for the last week", "over the past month".
DURATION_BEFORE = re.compile(r"\b(?:for|over|in|during|throughout|within)\s+the\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression: its text span and what it resolves to (None when it cannot be resolved)."""

    text: str
    start: int
    end: int
    value: str | None


def parse_published(published: str | None) -> date | None:
    """The publication date as a ``date`` (the first ten characters, YYYY-MM-DD), or None."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def find_dates(text: str, published: str | None, offset: int = 0) -> list[DateMention]:
    """Date expressions in ``text`` (spans shifted by ``offset``), longest first where they overlap."""
    pub = parse_published(published)
    found: list[DateMention] = []
    day = None  # the latest day a date named before, which "the same day" and "earlier in the day" are
    for kind, match, start, end, ahead in _date_matches(text):
        value = day if kind == "same_day" else resolve_match(kind, match, pub, ahead)
        if value is not None and len(value) == len("YYYY-MM-DD"):
            day = value
        found.append(DateMention(text[start:end], start + offset, end + offset, value))
    return found


@lru_cache(maxsize=4)
def _date_matches(text: str) -> tuple[tuple[str, re.Match[str], int, int, bool], ...]:
    """The date expressions of ``text`` before they are resolved, in text order: (kind, match, start,
    end, whether its sentence speaks of the future). What they resolve to depends on the publication
    date, where they are does not: the events' dates and the quantities' date filter both ask for the
    same text, and the patterns run over it once."""
    found = []
    covered: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if kind in ("month", "year") and not match.groupdict().get("rel"):
                start = match.start(kind)  # the span is the date, not the word that leads to it
            if any(start < e and s < end for s, e in covered):
                continue
            if kind in ("relative", "ago") and DURATION_BEFORE.search(text[max(0, start - 20) : start]):
                continue
            covered.append((start, end))
            before = sentence_before(text, start)
            opens = not before.strip(" \"“'‘") or before.strip().lower() in ("on", "by", "from")
            # a future in a clause set before the date's own ("After weeks of denying it was planning to
            # repatriate ..., Thailand turned 40 of them over to China on Feb. 27") is not the date's
            own_clause = NEW_CLAUSE.split(before)[-1]
            ahead = bool(FUTURE_CUE.search(own_clause) or (opens and FUTURE_AFTER.match(text, end)))
            found.append((kind, match, start, end, ahead))
    return tuple(sorted(found, key=lambda d: d[2]))


def sentence_before(text: str, start: int) -> str:
    """The words of the sentence that come before ``start``."""
    window = text[max(0, start - 300) : start]
    ends = list(SENTENCE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


def resolve_date(text: str, published: str | None) -> str | None:
    """The date ``text`` names, resolved against ``published`` (YYYY-MM-DD), as an ISO 8601 string.

    >>> resolve_date("on Saturday", "2024-09-07")
    '2024-09-07'
    >>> resolve_date("Tuesday night", "2024-09-07")
    '2024-09-03'
    >>> resolve_date("for months", "2024-09-07") is None
    True
    """
    for mention in find_dates(text, published):
        if mention.value is not None:
            return mention.value
    return None


def resolve_match(kind: str, match: re.Match[str], pub: date | None, ahead: bool = False) -> str | None:
    """The ISO value of one matched expression; ``ahead`` when its sentence speaks of the future; None
    for a date no calendar holds ("Jan. 0", "Feb. 30", a year out of range).

    >>> resolve_date("on Jan. 0.", "2024-09-07") is None
    True
    """
    try:
        return _resolve_match(kind, match, pub, ahead)
    except (ValueError, OverflowError):
        return None


def _resolve_match(kind: str, match: re.Match[str], pub: date | None, ahead: bool) -> str | None:
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    if kind == "iso":
        return valid_day(int(groups["year"]), int(groups["month"]), int(groups["day"]))
    if kind in ("month_day", "day_month"):
        month, day = month_number(groups["month"]), int(groups["day"])
        if year is None:
            if pub is None:
                return None
            year = nearest_year(pub, month, day, ahead)
        return valid_day(year, month, day)
    if kind == "month_year":
        return f"{year:04d}-{month_number(groups['month']):02d}"
    if kind == "month":
        if pub is None:
            return None
        month = month_number(groups["month"])
        rel = (groups.get("rel") or "").lower()
        if rel == "last":
            return f"{pub.year - (1 if month >= pub.month else 0):04d}-{month:02d}"
        if rel == "next":
            return f"{pub.year + (1 if month <= pub.month else 0):04d}-{month:02d}"
        if rel == "this":
            return f"{pub.year:04d}-{month:02d}"
        return f"{nearest_year(pub, month, 15, ahead):04d}-{month:02d}"
    if kind == "year":
        return f"{year:04d}"
    if pub is None:
        return None
    return resolve_relative(kind, groups, pub, ahead)


def resolve_relative(kind: str, groups: dict[str, str | None], pub: date, ahead: bool = False) -> str | None:
    rel = (groups.get("rel") or "").lower()
    if kind == "weekday":
        target = WEEKDAYS[groups["weekday"].lower()]
        back = (pub.weekday() - target) % 7
        if rel == "last" and back == 0:
            back = 7
        if rel == "next":
            return (pub + timedelta(days=(target - pub.weekday()) % 7 or 7)).isoformat()
        if ahead and not rel:  # "will speak on Thursday": the coming one
            return (pub + timedelta(days=(target - pub.weekday()) % 7)).isoformat()
        return (pub - timedelta(days=back)).isoformat()
    if kind == "today":
        shift = {"yesterday": -1, "tomorrow": 1}.get(groups["word"].lower(), 0)
        return (pub + timedelta(days=shift)).isoformat()
    if kind == "this_part":
        return pub.isoformat()
    if kind == "last_night":
        return (pub - timedelta(days=1)).isoformat()
    if kind in ("relative", "earlier"):
        shift = {"last": -1, "next": 1}.get(rel, 0)
        return period(pub, groups["unit"], shift)
    if kind == "ago":
        count = groups["count"].lower()
        n = int(count) if count.isdigit() else SMALL_NUMBERS[count]
        unit = groups["unit"]
        if unit == "day":
            return (pub - timedelta(days=n)).isoformat()
        return period(pub, unit, -n)
    return None


def period(pub: date, unit: str, shift: int) -> str:
    """The week, month or year ``shift`` periods from the one containing ``pub``."""
    if unit == "week":
        year, week, _ = (pub + timedelta(weeks=shift)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 + shift
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return f"{pub.year + shift:04d}"


def month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def nearest_year(pub: date, month: int, day: int, ahead: bool = False) -> int:
    """The year that puts month/day nearest to the publication date, a future date counting double (news
    reports what has happened more often than what is scheduled); in a sentence about the future, the
    first such date on or after publication."""
    if ahead:
        return pub.year if (month, day) >= (pub.month, pub.day) or (month == pub.month) else pub.year + 1

    def distance(year: int) -> int:
        days = (date(year, month, min(day, 28)) - pub).days
        return 2 * days if days > 0 else -days

    return min((pub.year - 1, pub.year, pub.year + 1), key=distance)


def valid_day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
