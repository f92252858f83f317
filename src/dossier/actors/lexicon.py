"""The bundled actor lexicon (countries, places, organisations, titles, sector nouns, leaders) and phrase
matching."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from dossier.errors import ModelError

TABLES = "actor_tables.json"
# PLOVER actor codes that name no state: international organisations (the UN and the EU apart, as the
# PLOVER manual sets them), NGOs, transnational militant groups, companies and movements.
NON_STATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "IMG", "MNC", "ISM"})
MAX_KEY_WORDS = 8
WORD_RE = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z]{1,4}\.(?=\s+[A-Z])|\w+(?:-\w+)*|['\u2019]s\b|\S")
# Keys that read as ordinary English words unless capitalised ("major", "general", "house").
CASED_TITLES = frozenset(
    {"major", "general", "captain", "justice", "chair", "speaker", "lieutenant", "house"}
)
# Titles that are also words set before a noun ("a senior fellow at", but "fellow citizens"): titles only
# where the phrase ends, or a preposition, conjunction or relative pronoun follows.
ATTRIBUTIVE_TITLES = frozenset({"fellow"})
TITLE_FOLLOWERS = frozenset({"at", "with", "of", "for", "in", "on", "from", "and", "or", "who", "whose"})
LATIN_FOLD = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "ß": "ss", "’": "'"})
# Words before a leader's name that are no part of it ("Sheikh Tamim bin Hamad", "Sir Keir Starmer").
HONORIFICS = frozenset(
    {"sir", "dr", "mr", "mrs", "ms", "sheikh", "sheik", "prince", "mullah", "mawlawi", "daw"}
)


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """The lookup key of a name: lower case, no periods, straight apostrophes, single spaces, no leading 'the'.

    >>> norm("The U.S. ")
    'us'
    >>> norm("People 's Republic of China")
    "people's republic of china"
    """
    text = text.replace("\u2019", "'").replace(".", "").lower()
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r" ?- ?", "-", re.sub(r" '", "'", text))
    return text[4:] if text.startswith("the ") else text


@lru_cache(maxsize=1)
def tables() -> dict[str, Any]:
    """The lexicon tables built by scripts/build_actor_tables.py, loaded once."""
    try:
        raw = resources.files("dossier").joinpath("data", "actors", TABLES).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:  # pragma: no cover - a packaging problem
        raise ModelError(f"actor tables {TABLES!r} are missing: run scripts/build_actor_tables.py") from exc
    data = json.loads(raw)
    data["acronyms"] = frozenset(data["acronyms"])
    return data


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a phrase, with its character offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Hit:
    """A lexicon entry found in a phrase: words [first, last) and what the entry says."""

    first: int
    last: int
    kind: str  # org, place, city, body, title, noun
    country: str | None = None
    sector: str | None = None
    name: str | None = None  # the canonical name (org, place) or role (title)
    place_kind: str | None = None  # for places: name, demonym, capital, metonym


def words_of(text: str, offset: int = 0) -> list[Word]:
    """Split ``text`` into words (abbreviations and possessive 's kept whole).

    >>> [w.text for w in words_of("Ukraine's president, Sen. Ted Cruz of the U.S.")]
    ['Ukraine', "'s", 'president', ',', 'Sen.', 'Ted', 'Cruz', 'of', 'the', 'U.S.']
    """
    return [Word(m.group(), m.start() + offset, m.end() + offset) for m in WORD_RE.finditer(text)]


# The Arabic article written onto a name, in lower case: "al-Shabab", "el-Sisi", "ash-Shabi".
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az"})
_ARTICLED = re.compile(rf"(?:{'|'.join(sorted(ARABIC_ARTICLES))})-[A-Z]")


def _cased_ok(words: list[Word], key: str, proper: bool) -> bool:
    first = words[0].text
    if key in tables()["acronyms"]:
        return all(not c.isalpha() or c.isupper() for w in words for c in w.text)
    if proper:  # (an Arabic article before the name is written in lower case: "al-Shabab", "al-Qaida")
        return first[:1].isupper() or first[:1].isdigit() or bool(_ARTICLED.match(first))
    return True


def _lookup(key: str, words: list[Word], at_end: bool) -> Hit | None:
    t = tables()
    if key in t["orgs"] and _cased_ok(words, key, True):
        name, country, sector = t["orgs"][key]
        return Hit(0, 0, "org", country, sector, name)
    if key in t["places"] and _cased_ok(words, key, True):
        code, kind, sector = t["places"][key]
        return Hit(0, 0, "place", code, sector, t["countries"].get(code, key), kind)
    if key in t["titles"] and (at_end or key not in CASED_TITLES or words[0].text[:1].isupper()):
        role, sector = t["titles"][key]
        return Hit(0, 0, "title", None, sector, role)
    if key in t["bodies"] and _cased_ok(words, key, key in CASED_TITLES):
        return Hit(0, 0, "body", None, t["bodies"][key])
    if key in t["sector_nouns"]:
        return Hit(0, 0, "noun", None, t["sector_nouns"][key])
    if key in t["cities"] and _cased_ok(words, key, True):
        return Hit(0, 0, "city", t["cities"][key], None, key)
    return None


def find_hits(words: list[Word]) -> list[Hit]:
    """Longest lexicon matches over ``words``, left to right, never overlapping."""
    return list(_hits_of(tuple(w.text for w in words)))


@lru_cache(maxsize=16384)
def _hits_of(texts: tuple[str, ...]) -> tuple[Hit, ...]:
    """``find_hits`` of words with these texts (what is found depends on the words alone; the phrases of an
    article, and of a corpus, come back again and again: "the United States", "officials")."""
    words = [Word(text, 0, 0) for text in texts]
    hits: list[Hit] = []
    i, n = 0, len(words)
    while i < n:
        found = None
        for size in range(min(MAX_KEY_WORDS, n - i), 0, -1):
            chunk = words[i : i + size]
            if chunk[0].text.lower() == "the" and size > 1:
                continue
            key = norm(" ".join(w.text for w in chunk))
            if not key or not any(c.isalnum() for c in key):
                continue
            hit = _lookup(key, chunk, at_end=i + size == n)
            if hit is not None and hit.kind == "title" and key in ATTRIBUTIVE_TITLES and i + size < n:
                after = words[i + size].text
                if after[:1].isalpha() and after.lower() not in TITLE_FOLLOWERS:
                    hit = None  # "fellow citizens", "his fellow Americans": a word before a noun
            if hit is not None:
                found = Hit(i, i + size, hit.kind, hit.country, hit.sector, hit.name, hit.place_kind)
                break
        if found is None:
            i += 1
        else:
            hits.append(found)
            i = found.last
    return tuple(hits)


def name_key(text: str) -> str:
    """The lookup key of a person's name: no accents, apostrophes or periods, hyphens as spaces, lower case.

    >>> name_key("Recep Tayyip Erdoğan"), name_key("Kim Jong-un"), name_key("Moshe Ya’alon")
    ('recep tayyip erdogan', 'kim jong un', 'moshe yaalon')
    """
    text = unicodedata.normalize("NFKD", text.translate(LATIN_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("'", "").replace(".", "").replace("-", " ").lower()
    return " ".join(text.split())


def _edits(a: str, b: str, limit: int) -> int:
    """The Levenshtein distance between ``a`` and ``b``, or ``limit + 1`` once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
        if min(row) > limit:
            return limit + 1
    return row[-1]


def spelling_variant(name: str, other: str) -> bool:
    """Two spellings of one surname: the same first letter, one edit apart in names of five letters or more,
    two in names of eight or more ("chaundry" / "chaudhry"); never a name against itself.

    >>> spelling_variant("pederson", "pedersen"), spelling_variant("johnson", "jackson")
    (True, False)
    """
    if name == other or name[:1] != other[:1] or min(len(name), len(other)) < 5:
        return False
    limit = 2 if min(len(name), len(other)) >= 8 else 1
    return _edits(name, other, limit) <= limit


@dataclass(frozen=True, slots=True)
class Leader:
    """A head of state or government, foreign or defence minister of the bundled table (leaders.tsv)."""

    name: str
    country: str
    sector: str
    role: str
    years: str  # "2014-2019", "2009-2021,2022-": the terms in office, an open end for one still in office

    def terms(self) -> list[tuple[int, int | None]]:
        """The terms as (first year, last year or None while in office)."""
        spans = [part.split("-") for part in self.years.split(",")]
        return [
            (int(s[0]), int(s[1]) if len(s) > 1 and s[1] else (None if len(s) > 1 else int(s[0])))
            for s in spans
        ]

    def first_year(self) -> int:
        """The year the leader first took the office."""
        return min(first for first, _ in self.terms())

    def in_office(self, year: int) -> bool:
        """True when ``year`` falls in one of the terms (the years of taking and leaving office count).

        >>> leader_for("Trump").in_office(2016), leader_for("Trump").in_office(2025)
        (False, True)
        """
        return any(first <= year and (last is None or year <= last) for first, last in self.terms())


def leader_for(name: str) -> Leader | None:
    """The leader a person's name in a text means, if the name can mean only one of the bundled table.

    A full name matches its row ("Tayyip Erdogan" too: a known surname after known given names); a
    name in one word matches only a short form the table lets stand alone and no two leaders share
    ("Erdogan", "Zelensky"; never "Sharif" or "Kim"). Titles and honorifics before the name are skipped.

    >>> leader_for("Erdoğan").country, leader_for("Bashar Assad").role, leader_for("Sharif")
    ('TUR', 'president', None)
    """
    t = tables()["leaders"]
    key = name_key(name)
    words = key.split()
    while len(words) > 1 and key not in t["names"]:
        size = _title_words(words)
        if not size:
            break
        words = words[size:]
        key = " ".join(words)
    row = t["names"].get(key)
    if row is None:
        row = _by_surname(words, t)
    if row is None:
        return None
    return Leader(*t["rows"][row])


def is_leader_name(text: str) -> bool:
    """True when ``text`` is, as written, a leader's full name or a short form that stands alone.

    >>> is_leader_name("Zelenskyy"), is_leader_name("President Zelenskyy"), is_leader_name("Kim")
    (True, False, False)
    """
    t = tables()["leaders"]
    key = name_key(text)
    return key in t["names"] or key in t["bare"]


def _title_words(words: list[str]) -> int:
    """How many of the first words (fewer than all) are an honorific or title ("prime minister")."""
    if words[0] in HONORIFICS:
        return 1
    titles = tables()["titles"]
    return next((n for n in (3, 2, 1) if n < len(words) and " ".join(words[:n]) in titles), 0)


def _by_surname(words: list[str], t: dict[str, Any]) -> int | None:
    """The one row whose surname ends ``words`` and whose names hold every other word (initials aside)."""
    for size in range(min(3, len(words)), 0, -1):
        tail = " ".join(words[-size:])
        rows = t["surnames"].get(tail)
        if not rows:
            continue
        given = [w for w in words[:-size] if len(w) > 1]
        if not given:
            return t["bare"].get(tail)
        fits = [row for row in rows if all(w in t["words"][row] for w in given)]
        if len(fits) == 1:
            return fits[0]
    return None


def country_name(code: str) -> str | None:
    """The English short name of a country code from the bundled table ("USA" -> "United States")."""
    return tables()["countries"].get(code)
