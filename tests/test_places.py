"""Places on real sentences from FNC-1 train bodies and PolNeAR train articles, the bundled gazetteer, and
event locations.

Each case names a training document and a phrase of it; the sentence around the phrase is read from
../shared at test time. Expected readings were checked by hand (which Manchester, which Paris).
"""

from __future__ import annotations

import gzip
from importlib import resources

import pytest

from conftest import fnc_train_bodies, polnear_train, sentence_around
from dossier.enrich import enrich_events, resolve_place
from dossier.enrich.gazetteer import load_gazetteer, read_gazetteer
from dossier.enrich.places import find_place_mentions
from dossier.errors import ModelError
from dossier.schema import Attachment, Event, TextSpan


def documents() -> dict[str, str]:
    """FNC-1 train bodies (by body id, dev bodies left out) and PolNeAR train articles (by article id)."""
    return {**fnc_train_bodies(), **polnear_train()}


def sentence(doc_id: str, anchor: str) -> str:
    """The sentence of a training document that contains ``anchor``."""
    return sentence_around(documents()[doc_id], anchor)


def mentions(nlp, doc_id: str, anchor: str):
    return find_place_mentions(nlp(sentence(doc_id, anchor)))


# (document, phrase, place as written, gazetteer name, country, kind)
CASES = [
    ("1487", "restaurant in Scotland", "Scotland", "Scotland", "GBR", "region"),
    ("777", "the clashes in Iguala", "Iguala", "Iguala de la Independencia", "MEX", "city"),
    ("941", "physical shop in Seattle", "Seattle", "Seattle", "USA", "city"),
    ("217", "found near Managua", "Managua", "Managua", "NIC", "city"),
    ("53", "printer in Hamburg", "Hamburg", "Hamburg", "DEU", "city"),
    ("1950", "family of Texas City plumbers", "Texas City", "Texas City", "USA", "city"),
    ("763", "emergency room in Balad", "Balad", "Balad", "IRQ", "city"),
    ("2162", "compound in Benghazi", "Benghazi", "Benghazi", "LBY", "city"),
    ("1139", "further meetings in Nigeria", "Nigeria", "Nigeria", "NGA", "country"),
    ("2236", "freed by Taliban in Afghanistan", "Afghanistan", "Afghanistan", "AFG", "country"),
    ("2453", "Saudi Embassy in Washington", "Washington", "Washington", "USA", "city"),
    ("1926", "snowstorm in North Carolina", "North Carolina", "North Carolina", "USA", "region"),
    ("966", "exploded over Chelyabinsk", "Chelyabinsk", "Chelyabinsk", "RUS", "city"),
    ("1121", "gunman in Ottawa", "Ottawa", "Ottawa", "CAN", "city"),
    ("2043", "southwest Sichuan Province", "Sichuan Province", "Sichuan Province", "CHN", "region"),
    ("2043", "from Chengdu", "Chengdu", "Chengdu", "CHN", "city"),
    ("500", "a city in Anbar province", "Anbar province", "Anbar", "IRQ", "region"),
    ("500", "of northern Fallujah", "Fallujah", "Al Fallūjah", "IRQ", "city"),
    ("500", "capital of Iraq, Baghdad", "Baghdad", "Baghdad", "IRQ", "city"),
    ("2115", "north-western Rajasthan state", "Rajasthan", "Rājasthān", "IND", "region"),
    ("1948", "regional capital of Irbil", "Irbil", "Erbil", "IRQ", "city"),
    ("1195", "Chibok in Borno state", "Borno", "Borno", "NGA", "region"),
    ("1956", "Syrian province of Deir Ezzor", "Deir Ezzor", "Deir ez-Zor", "SYR", "region"),
    ("322", "LOS ANGELES, California", "LOS ANGELES", "Los Angeles", "USA", "city"),
    ("1252", "hospital in Frisco, Texas", "Frisco", "Frisco", "USA", "city"),
    ("1938", "woman in Waco, Texas", "Waco", "Waco", "USA", "city"),
    ("742", "border in Brownsville, Texas", "Brownsville", "Brownsville", "USA", "city"),
    (
        "huff-post_2015-11-23_donald-trump-tweets-a-wildly-ina",
        "Birmingham, Alabama",
        "Birmingham",
        "Birmingham",
        "USA",
        "city",
    ),
    (
        "huff-post_2016-02-12_the-unlikely-friendship-of-a-tru",
        "location in Manchester, New Hampshire",
        "Manchester",
        "Manchester",
        "USA",
        "city",
    ),
    (
        "nyt_2016-01-20_in-prisoner-swap-compassion-vs-c",
        "retired in Cambridge, Mass.",
        "Cambridge",
        "Cambridge",
        "USA",
        "city",
    ),
    (
        "nyt_2016-01-20_in-prisoner-swap-compassion-vs-c",
        "retired in Cambridge, Mass.",
        "Mass.",
        "Massachusetts",
        "USA",
        "region",
    ),
    (
        "wash-post_2016-08-10_philippine-lawmaker-wants-trump-",
        "rally in Portland, Maine",
        "Portland",
        "Portland",
        "USA",
        "city",
    ),
    (
        "wash-post_2015-11-10_caught-fibbing-these-gop-candida",
        "rally Monday in Springfield, Ill.",
        "Springfield",
        "Springfield",
        "USA",
        "city",
    ),
    (
        "nyt_2016-09-03_professor-nega-s-war-why-an-ethi",
        "Calgary, Canada",
        "Calgary",
        "Calgary",
        "CAN",
        "city",
    ),
    (
        "wash-post_2016-08-10_philippine-lawmaker-wants-trump-",
        "filed in Manila",
        "Manila",
        "Manila",
        "PHL",
        "city",
    ),
]


@pytest.mark.parametrize(("doc_id", "anchor", "written", "name", "country", "kind"), CASES)
def test_place_resolves(nlp, doc_id, anchor, written, name, country, kind):
    found = [m for m in mentions(nlp, doc_id, anchor) if m.text == written]
    assert found, f"{written!r} not found"
    location = found[0].location()
    assert (location.name, location.country, location.kind) == (name, country, kind)
    text = sentence(doc_id, anchor)
    assert text[location.spans[0][0] : location.spans[0][1]] == written


@pytest.mark.parametrize(
    ("doc_id", "anchor", "written", "admin1"),
    [
        (
            "huff-post_2016-02-12_the-unlikely-friendship-of-a-tru",
            "Manchester, New Hampshire",
            "Manchester",
            "US.NH",
        ),
        (
            "wash-post_2015-11-10_caught-fibbing-these-gop-candida",
            "Springfield, Ill.",
            "Springfield",
            "US.IL",
        ),
        ("wash-post_2016-08-10_philippine-lawmaker-wants-trump-", "Portland, Maine", "Portland", "US.ME"),
        ("1252", "Frisco, Texas", "Frisco", "US.TX"),
    ],
)
def test_state_after_a_comma_picks_the_town(nlp, doc_id, anchor, written, admin1):
    found = next(m for m in mentions(nlp, doc_id, anchor) if m.text == written)
    assert found.place.admin1 == admin1


@pytest.mark.parametrize(
    ("doc_id", "anchor", "written"),
    [
        ("1829", "in Sugar Mountain, North Carolina", "Sugar Mountain"),
        ("638", "town of Purdon, Texas", "Purdon"),
        ("966", "Chelyabinsk in Central Russia", "Central Russia"),
        ("1184", "apartment in Midtown Manhattan", "Midtown Manhattan"),
    ],
)
def test_unknown_place_stays_unresolved_and_keeps_the_rest(nlp, doc_id, anchor, written):
    found = mentions(nlp, doc_id, anchor)
    unknown = [m for m in found if m.text == written]
    assert unknown and unknown[0].place is None
    location = unknown[0].location()
    assert (location.name, location.country, location.lat) == (written, None, None)
    assert any(m.place is not None for m in found) or written == "Midtown Manhattan"


@pytest.mark.parametrize(
    ("doc_id", "anchor", "not_a_place"),
    [
        ("1829", "Holt says", "Holt"),
        ("1487", "in Jong-Un", "Un"),
        ("660", "by the end of March", "March"),
    ],
)
def test_proper_nouns_that_are_not_places(nlp, doc_id, anchor, not_a_place):
    assert not [m for m in mentions(nlp, doc_id, anchor) if m.text == not_a_place and m.place is not None]


def test_article_countries_are_context():
    assert resolve_place("Paris").country == "FRA"
    assert resolve_place("Paris", context_countries=["USA"], context_regions=["US.TX"]).country == "USA"
    assert resolve_place("London").country == "GBR"
    assert resolve_place("London", context_countries=["CAN"], context_regions=["CA.08"]).country == "CAN"


def test_region_forms_and_english_names():
    kursk = resolve_place("Kursk region")
    assert (kursk.name, kursk.country, kursk.kind) == ("Kursk Oblast", "RUS", "region")
    assert kursk.lat == pytest.approx(51.7, abs=1.0) and kursk.lon == pytest.approx(36.2, abs=1.5)
    assert resolve_place("Kursk Oblast") == kursk
    assert resolve_place("Kharkiv oblast").name == "Kharkiv Oblast"
    assert resolve_place("Kiev").name == "Kyiv"
    crimea, bavaria = resolve_place("Crimea"), resolve_place("Bavaria")
    assert (crimea.country, crimea.kind, bavaria.country) == ("UKR", "region", "DEU")
    assert crimea.lat == pytest.approx(45, abs=1) and bavaria.lat == pytest.approx(48.8, abs=1)
    assert resolve_place("Nowhereville") is None


def test_seed_places_use_the_article_as_context(nlp, seed_text):
    found = {m.text: m.place for m in find_place_mentions(nlp(seed_text), ["USA", "IRN", "RUS", "UKR"])}
    assert (found["Kursk region"].name, found["Kursk region"].country) == ("Kursk Oblast", "RUS")
    assert (found["London"].country, found["London"].geonameid) == ("GBR", 2643743)
    assert found["Middle East"] is None


def seed_event(nlp, seed_text, trigger: str, attached: str, kind: str = "place") -> Event:
    doc = nlp(seed_text)
    start = seed_text.index(trigger)
    sentence_span = next((s.start_char, s.end_char) for s in doc.sents if s.start_char <= start < s.end_char)
    at = seed_text.index(attached, sentence_span[0])
    event = Event(
        type="COERCE",
        trigger=TextSpan(trigger, [(start, start + len(trigger))]),
        sentence=sentence_span,
        attachments=[Attachment(attached, [(at, at + len(attached))], kind)] if attached else [],
    )
    return enrich_events([event], doc, [], published="2024-09-07")[0]


def test_event_location_is_the_attached_place(nlp, seed_text):
    located = seed_event(nlp, seed_text, "seizure", "Russia's Kursk region").location
    assert (located.name, located.country, located.kind) == ("Kursk Oblast", "RUS", "region")
    assert seed_text[located.spans[0][0] : located.spans[0][1]] == "Kursk region"
    located = seed_event(nlp, seed_text, "appearance", "in London").location
    assert (located.name, located.country) == ("London", "GBR")


def test_event_location_falls_back_to_a_locative_in_its_clause(nlp, seed_text):
    doc = nlp(seed_text)
    start = seed_text.index("appearance")
    sentence_span = next((s.start_char, s.end_char) for s in doc.sents if s.start_char <= start < s.end_char)
    consult = Event(
        type="CONSULT", trigger=TextSpan("appearance", [(start, start + 10)]), sentence=sentence_span
    )
    assert enrich_events([consult], doc, [], published=None)[0].location.name == "London"
    # "for its war in Ukraine" modifies the war, not the transfer: no location is invented.
    start = seed_text.index("transferred")
    sentence_span = next((s.start_char, s.end_char) for s in doc.sents if s.start_char <= start < s.end_char)
    aid = Event(type="AID", trigger=TextSpan("transferred", [(start, start + 11)]), sentence=sentence_span)
    assert enrich_events([aid], doc, [], published=None)[0].location is None


def test_attached_place_not_in_the_gazetteer_is_kept_by_name(nlp):
    text = sentence("1829", "in Sugar Mountain, North Carolina")
    doc = nlp(text)
    at = text.index("in Sugar Mountain")
    trigger = text.index("bring")
    event = Event(
        type="CONSULT",
        trigger=TextSpan("bring", [(trigger, trigger + 5)]),
        sentence=(0, len(text)),
        attachments=[Attachment("in Sugar Mountain", [(at, at + 17)], "place")],
    )
    location = enrich_events([event], doc, [], published=None)[0].location
    assert (location.name, location.country, location.spans) == ("Sugar Mountain", None, [(at + 3, at + 17)])


def test_gazetteer_holds_countries_regions_and_cities():
    gazetteer = load_gazetteer()
    kinds = {kind: len(gazetteer.places(kind)) for kind in ("country", "region", "city")}
    assert {p.kind for kind in kinds for p in gazetteer.places(kind)} == set(kinds)
    assert kinds["country"] >= 240 and kinds["region"] >= 3000 and kinds["city"] >= 30000


def test_a_damaged_gazetteer_file_is_a_clear_error():
    whole = gzip.decompress((resources.files("dossier.data") / "gazetteer.txt.gz").read_bytes())
    assert len(read_gazetteer(gzip.compress(whole))) == len(load_gazetteer())
    for damaged in (gzip.compress(whole[: len(whole) // 2]), whole[:100], b""):
        with pytest.raises(ModelError, match="gazetteer .* unreadable"):
            read_gazetteer(damaged)
