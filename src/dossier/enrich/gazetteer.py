"""The bundled gazetteer: countries, first-level regions and cities, loaded once and looked up by name."""

from __future__ import annotations

import gzip
import json
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from dossier.errors import ModelError
from dossier.schema import Location

GAZETTEER_FILE = "gazetteer.txt.gz"


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


class Gazetteer:
    """The bundled file's lines, searched by bisection: ``keys`` are the lookup keys, sorted, and
    ``postings`` the positions of the rows each may name ("12,3088"); a row (a JSON array) is parsed only
    when asked for, so that loading the file is a split of its text, not a parse of 38,000 rows."""

    def __init__(self, rows: list[str], keys: list[str], postings: list[str], kinds: dict[str, list[int]]):
        if not (len(keys) == len(postings) and rows and keys):
            raise ValueError("keys, postings and rows do not agree")
        self.rows = rows
        self.keys = keys
        self.postings = postings
        self.kinds = {kind: range(*bounds) for kind, bounds in kinds.items()}
        self._places: dict[int, Place] = {}

    def __len__(self) -> int:
        return len(self.rows)

    def __contains__(self, key: object) -> bool:
        """Whether some entry has the lookup key ``key`` (a ``name_key``)."""
        return self._slot(key) is not None

    def _slot(self, key: object) -> int | None:
        at = bisect_left(self.keys, key) if isinstance(key, str) else len(self.keys)
        return at if at < len(self.keys) and self.keys[at] == key else None

    def lookup(self, name: str) -> list[Place]:
        """Every entry that ``name`` may name, in no particular order."""
        slot = self._slot(name_key(name))
        return [] if slot is None else [self.place(int(p)) for p in self.postings[slot].split(",")]

    def place(self, position: int) -> Place:
        """The entry at ``position``, as a record (parsed on first use, then kept)."""
        found = self._places.get(position)
        if found is None:
            geonameid, kind, name, country, admin1, lat, lon, population, key = json.loads(
                self.rows[position]
            )
            found = Place(geonameid, kind, name, country, admin1, lat, lon, population, key)
            self._places[position] = found
        return found

    def places(self, kind: str) -> list[Place]:
        """Every entry of one kind: country, region or city."""
        return [self.place(i) for i in self.kinds.get(kind, ())]


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
    except OSError as exc:
        raise ModelError(f"gazetteer {GAZETTEER_FILE} is missing: {exc}") from exc
    return read_gazetteer(raw)


def read_gazetteer(raw: bytes) -> Gazetteer:
    """A gazetteer from the bytes of a file scripts/build_gazetteer.py wrote."""
    try:
        lines = gzip.decompress(raw).decode("utf-8").split("\n")
        header = json.loads(lines[0])
        rows, keys = header["rows"], header["keys"]
        if len(lines) != 1 + rows + 2 * keys:
            raise ValueError(f"{len(lines)} lines where the header announces {1 + rows + 2 * keys}")
        return Gazetteer(
            lines[1 : 1 + rows], lines[1 + rows : 1 + rows + keys], lines[1 + rows + keys :], header["kinds"]
        )
    except (OSError, EOFError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"gazetteer {GAZETTEER_FILE} is unreadable: {exc}") from exc
