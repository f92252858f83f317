"""The bundled gazetteer: countries, first-level regions and cities, loaded once and looked up by name."""

from __future__ import annotations

import gzip
import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from dossier.errors import ModelError
from dossier.schema import Location

GAZETTEER_FILE = "gazetteer.json.gz"


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    geonameid: int | None
    kind: str  # country, region or city
    name: str
    country: str  # ISO 3166 alpha-3
    admin1: str | None  # GeoNames first-level code, "RU.41"
    lat: float | None
    lon: float | None
    population: int | None
    key: str  # lookup key of the entry's own name (the other keys are alternate names)

    def location(self, spans: list[tuple[int, int]] | None = None) -> Location:
        """The entry as the contract's ``Location``, pointing at ``spans`` of the text that named it."""
        return Location(
            name=self.name,
            country=self.country,
            lat=self.lat,
            lon=self.lon,
            geonameid=self.geonameid,
            kind=self.kind,
            spans=list(spans or []),
        )


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Rows as read from the bundled file and the index from a normalised name to the rows it may mean."""

    rows: list[list]
    index: dict[str, list[int]]

    def lookup(self, name: str) -> list[Place]:
        """Every entry that ``name`` may name, in no particular order."""
        return [self.place(i) for i in self.index.get(name_key(name), ())]

    def place(self, position: int) -> Place:
        """The entry at ``position``, as a record (made on demand: loading stays fast)."""
        geonameid, kind, name, country, admin1, lat, lon, population, keys = self.rows[position]
        return Place(geonameid, kind, name, country, admin1, lat, lon, population, keys[0])


def name_key(name: str) -> str:
    """The lookup form of a place name: accents folded, lower case, curly quotes straight, no leading 'the'.

    >>> name_key("the  Kursk Región")
    'kursk region'
    """
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'").replace("‘", "'"))
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    words = folded.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The bundled gazetteer, read on first use (built by scripts/build_gazetteer.py)."""
    try:
        raw = resources.files("dossier.data").joinpath(GAZETTEER_FILE).read_bytes()
        rows = json.loads(gzip.decompress(raw))["rows"]
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"gazetteer {GAZETTEER_FILE} is missing or unreadable: {exc}") from exc
    index: dict[str, list[int]] = {}
    for position, row in enumerate(rows):
        for key in row[8]:
            if key in index:
                index[key].append(position)
            else:
                index[key] = [position]
    return Gazetteer(rows, index)
