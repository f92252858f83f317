"""Weak country context of an article: its dateline ("WASHINGTON —") or the country it is mostly about."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from dossier.actors.lexicon import NON_STATE_CODES, norm, tables
from dossier.schema import Entity

DATELINE_RE = re.compile(
    r"\s*(?P<city>[A-Z][A-Za-z.'\- ]{1,40}?)(?:,\s*(?P<region>[A-Z][A-Za-z.'\- ]{1,40}?))?\s*"
    r"(?P<outlet>\([^)\n]{1,40}\)\s*)?[\u2014\u2013-]{1,2}\s"
)
DATELINE_TOKENS = 40
FOCUS_MIN_MENTIONS = 3
FOCUS_SHARE = 0.5


def focus_country(counts: Counter[str]) -> str | None:
    """The country an article is about, when one holds most country-coded mentions (weak context)."""
    if not counts:
        return None
    country, top = counts.most_common(1)[0]
    if top >= FOCUS_MIN_MENTIONS and top >= FOCUS_SHARE * sum(counts.values()) and len(country) == 3:
        return country if country not in NON_STATE_CODES else None
    return None


def context_country(doc: Doc, entities: list[Entity]) -> str | None:
    """Weak country context for unqualified national bodies: the dateline, else the article's focus."""
    counts: Counter[str] = Counter()
    for entity in entities:
        # a news outlet's country says whose reporting it is, not what the article is about ("told VOA",
        # "according to Reuters")
        if entity.country and entity.label != "PERSON" and entity.sector != "JRN":
            counts[entity.country] += len(entity.spans)
    return doc_dateline_country(doc) or focus_country(counts)


def doc_dateline_country(doc: Doc) -> str | None:
    """``dateline_country`` of a parsed article, reading only its opening tokens (once per document: kept in
    its ``user_data``)."""
    key = "dossier.dateline_country"
    if key not in doc.user_data:
        doc.user_data[key] = dateline_country(doc[: min(len(doc), DATELINE_TOKENS)].text)
    return doc.user_data[key]


def dateline_country(text: str) -> str | None:
    """The country of an article's dateline ("WASHINGTON —", "KYIV, Ukraine (AP) —"), if it has one.

    >>> dateline_country("WASHINGTON — The United States said"), dateline_country("Iran denied it.")
    ('USA', None)
    """
    match = DATELINE_RE.match(text[:120])
    if not match or not (match["city"].isupper() or match["outlet"]):
        return None
    for part in (match["region"], match["city"]):
        if part:
            code = place_country(part)
            if code:
                return code
    return None


def place_country(text: str) -> str | None:
    """The country of a place name: a country, region, capital or town ("Kursk" -> RUS)."""
    t = tables()
    key = norm(text)
    if key in t["places"]:
        return t["places"][key][0]
    return t["cities"].get(key)
