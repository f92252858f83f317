"""Place mentions in a parsed article, resolved against the bundled gazetteer with the article as context.

A name's readings are scored: countries first, then regions, then cities by population; the article's own
countries and unambiguous regions pull their places ahead, and what the text says at the mention pulls
harder ("Russia's Kursk region", "Paris, Texas", "Manchester, N.H."). Candidates are spaCy's GPE / LOC /
FAC entities and runs of proper nouns the gazetteer knows; a labelled place the gazetteer does not know
stays, unresolved, with its name.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from dossier.enrich.dates import MONTHS, WEEKDAYS
from dossier.enrich.gazetteer import Place, load_gazetteer, name_key
from dossier.schema import Location

# Scores: a country outranks any city of the same name, a region the cities under a million people; the
# article's countries and regions pull a smaller place of theirs ahead of a larger one elsewhere.
KIND_SCORE = {"country": 10.0, "region": 5.5}
OWN_NAME_BONUS = 1.0
CONTEXT_COUNTRY_BONUS = 1.5
CONTEXT_REGION_BONUS = 2.5
QUALIFIER_BONUS = 4.0  # "Russia's Kursk region", "Paris, Texas": the text says whose place it is
# AP-style US state abbreviations, read only right after a place name ("Manchester, N.H.").
AP_STATES = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "colo": "CO", "conn": "CT", "del": "DE",
    "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "ky": "KY", "la": "LA", "md": "MD",
    "mass": "MA", "mich": "MI", "minn": "MN", "miss": "MS", "mo": "MO", "mont": "MT", "neb": "NE",
    "nev": "NV", "n.h": "NH", "n.j": "NJ", "n.m": "NM", "n.y": "NY", "n.c": "NC", "n.d": "ND",
    "okla": "OK", "ore": "OR", "pa": "PA", "r.i": "RI", "s.c": "SC", "s.d": "SD", "tenn": "TN",
    "vt": "VT", "va": "VA", "wash": "WA", "w.va": "WV", "wis": "WI", "wyo": "WY", "d.c": "DC",
}  # fmt: skip
MONTH_AND_DAY_NAMES = set(MONTHS) | set(WEEKDAYS)
UNLABELLED_MIN_POPULATION = 100_000  # a bare proper noun the tagger did not call a place must be a big city
SPECIFICITY = {"city": 3, "region": 2, "country": 1}

PLACE_LABELS = {"GPE", "LOC", "FAC"}
NOT_PLACE_LABELS = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "LAW", "EVENT", "LANGUAGE"}
REGION_NOUNS = {"region", "oblast", "province", "governorate", "prefecture", "state", "krai", "republic"}
MAX_NAME_TOKENS = 6


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text: its span, its head token, and the gazetteer entry it resolves to."""

    text: str
    start: int
    end: int
    head: int  # token index of the mention's syntactic head
    place: Place | None
    labelled: bool  # spaCy tagged it GPE, LOC or FAC

    @property
    def specificity(self) -> int:
        return SPECIFICITY.get(self.place.kind, 0) if self.place else 0

    def location(self) -> Location:
        """The mention as a ``Location`` record (name only when it does not resolve)."""
        if self.place is None:
            return Location(name=self.text, spans=[(self.start, self.end)])
        return self.place.location([(self.start, self.end)])


@dataclass(frozen=True, slots=True)
class Qualifier:
    """What the text says right at a mention about whose place it is: a country, a first-level region."""

    country: str = ""
    admin1: str = ""


NO_QUALIFIER = Qualifier()


def score(
    place: Place,
    key: str,
    countries: Iterable[str] = (),
    regions: Iterable[str] = (),
    qualifier: Qualifier = NO_QUALIFIER,
) -> float:
    """How likely ``place`` is the one meant by the name ``key`` in an article about ``countries``."""
    value = KIND_SCORE.get(place.kind, math.log10(max(place.population or 1, 1)))
    if place.key == key:
        value += OWN_NAME_BONUS
    if place.country in countries:
        value += CONTEXT_COUNTRY_BONUS
    if place.admin1 and place.admin1 in regions:
        value += CONTEXT_REGION_BONUS
    if place.kind != "country":
        if qualifier.country and place.country == qualifier.country:
            value += QUALIFIER_BONUS
        if qualifier.admin1 and place.admin1 == qualifier.admin1:
            value += QUALIFIER_BONUS
    return value


def resolve_place(
    name: str,
    context_countries: Iterable[str] = (),
    context_regions: Iterable[str] = (),
) -> Location | None:
    """The gazetteer's best reading of ``name`` given the article's countries (ISO3) and regions (GeoNames
    first-level codes such as "US.TX"), or None when the gazetteer does not know the name.

    >>> resolve_place("Kursk region").country
    'RUS'
    >>> resolve_place("Paris", context_countries=["USA"], context_regions=["US.TX"]).country
    'USA'
    """
    place = best_place(name, set(context_countries), set(context_regions))
    if place is None:
        return None
    return place.location()


def best_place(
    name: str, countries: set[str], regions: set[str], qualifier: Qualifier = NO_QUALIFIER
) -> Place | None:
    key = name_key(name)
    candidates = load_gazetteer().lookup(name)
    if not candidates:
        return None
    return max(candidates, key=lambda p: (score(p, key, countries, regions, qualifier), p.population or 0))


def find_place_mentions(doc: Doc, entity_countries: Iterable[str] = ()) -> list[PlaceMention]:
    """Every place named in ``doc``, resolved with the article's own countries and regions as context.

    Candidates are spaCy's GPE / LOC / FAC entities and runs of proper nouns outside person and
    organisation names (the small model tags "Kursk" as PRODUCT), with a following region noun
    ("Kursk region"). A GPE or LOC the gazetteer does not know stays as an unresolved mention.
    """
    candidates = place_candidates(doc)
    if not candidates:
        return []
    gazetteer = load_gazetteer()
    countries = {c for c in entity_countries if c and len(c) == 3}
    regions: set[str] = set()
    # First pass: unambiguous country and region names give the article's context.
    for span, _ in candidates:
        for place in gazetteer.lookup(span.text):
            if place.kind in ("country", "region") and len(gazetteer.lookup(span.text)) == 1:
                countries.add(place.country)
                if place.admin1:
                    regions.add(place.admin1)
    mentions = []
    city_ends: set[int] = set()  # token after each mention read as a city
    for span, labelled in candidates:
        qualifier = qualifier_of(span, countries, regions)
        place = best_place(span.text, countries, regions, qualifier) or us_state(span.text)
        if span.start >= 2 and span.doc[span.start - 1].text == "," and span.start - 1 in city_ends:
            place = wider_reading(span.text, countries, regions) or place  # "London, Ontario": a region
        if not labelled and not plausible_unlabelled(span, place):
            continue
        if place is not None and place.kind == "city":
            city_ends.add(span.end)
        mentions.append(PlaceMention(span.text, span.start_char, span.end_char, span.root.i, place, labelled))
    return mentions


def wider_reading(name: str, countries: set[str], regions: set[str]) -> Place | None:
    """The best country or region reading of ``name`` ("Ontario" the province, not the Californian city)."""
    wider = [p for p in load_gazetteer().lookup(name) if p.kind in ("country", "region")]
    key = name_key(name)
    return max(wider, key=lambda p: score(p, key, countries, regions)) if wider else None


def qualifier_of(span: Span, countries: set[str], regions: set[str]) -> Qualifier:
    """The country or region the text names at ``span``: a possessive before it ("Russia's Kursk region")
    or a name after a comma ("Paris, Texas", "Manchester, N.H.", "London, Ontario")."""
    for child in span.root.children:
        if child.dep_ == "poss" and child.i < span.start:
            place = best_place(child.text, countries, regions)
            if place is not None and place.kind in ("country", "region"):
                return Qualifier(place.country, place.admin1 or "")
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        for size in (3, 2, 1):
            after = doc[span.end + 1 : span.end + 1 + size]
            if len(after) < size or not after[0].text[:1].isupper():
                continue
            code = AP_STATES.get(after.text.lower().rstrip("."))
            if code:
                return Qualifier("USA", f"US.{code}")
            place = wider_reading(after.text, countries, regions)
            if place is not None:
                return Qualifier(place.country, place.admin1 or "")
    return NO_QUALIFIER


def us_state(name: str) -> Place | None:
    """The US state an AP-style abbreviation names ("N.H.", "Calif.")."""
    code = AP_STATES.get(name.lower().rstrip("."))
    return regions_by_code().get(f"US.{code}") if code and name.endswith(".") else None


@lru_cache(maxsize=1)
def regions_by_code() -> dict[str, Place]:
    return {place.admin1: place for place in load_gazetteer().places("region") if place.admin1}


def plausible_unlabelled(span: Span, place: Place | None) -> bool:
    """A proper noun the tagger did not call a place counts only when it is a country, a region or a big
    city, and not a month, a weekday or a piece of a hyphenated name ("Jong-Un")."""
    if place is None or span.text.lower() in MONTH_AND_DAY_NAMES:
        return False
    doc = span.doc
    if (span.start > 0 and doc[span.start - 1].text == "-") or (
        span.end < len(doc) and doc[span.end].text == "-"
    ):
        return False
    return place.kind != "city" or len(span) > 1 or (place.population or 0) >= UNLABELLED_MIN_POPULATION


def place_candidates(doc: Doc) -> list[tuple[Span, bool]]:
    """Spans that may name a place: labelled entities first, then proper-noun runs they do not cover."""
    found: list[tuple[Span, bool]] = []
    taken = [False] * len(doc)
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            span = extend_with_region_noun(strip_determiner(ent))
            if len(span):
                found.append((span, True))
                for i in range(span.start, span.end):
                    taken[i] = True
    blocked = {t.i for ent in doc.ents if ent.label_ in NOT_PLACE_LABELS for t in ent}
    gazetteer = load_gazetteer()
    i = 0
    while i < len(doc):
        if taken[i] or i in blocked or not is_name_token(doc[i]):
            i += 1
            continue
        limit = i
        while limit < len(doc) and limit - i < MAX_NAME_TOKENS and not taken[limit] and limit not in blocked:
            if not (is_name_token(doc[limit]) or (doc[limit].text == "-" and limit > i)):
                break
            limit += 1
        for end in range(limit, i, -1):  # the longest run of names from i that the gazetteer knows
            span = extend_with_region_noun(doc[i:end])
            if name_key(span.text) in gazetteer:
                found.append((span, False))
                i = span.end - 1
                break
        i += 1
    return sorted(found, key=lambda item: item[0].start)


def is_name_token(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def strip_determiner(span: Span) -> Span:
    while len(span) and span[0].lower_ in ("the", "'s"):
        span = span[1:]
    while len(span) and span[-1].tag_ == "POS":
        span = span[:-1]
    return span


def extend_with_region_noun(span: Span) -> Span:
    """ "Kursk" -> "Kursk region" when a region noun follows and the longer name is in the gazetteer."""
    if not len(span) or span.end >= len(span.doc):
        return span
    following = span.doc[span.end]
    if following.lower_ in REGION_NOUNS:
        longer = span.doc[span.start : span.end + 1]
        if name_key(longer.text) in load_gazetteer():
            return longer
    return span
