"""Code a noun phrase to country, PLOVER sector and role from the words it is made of.

A phrase is read as a core ("Iran's mission", "CIA Director", "two people") followed by complements cut at
prepositions and clause words ("to the United Nations", "familiar with the matter"). The core decides;
complements only fill what the core leaves open ("a spokesman for Hamas", "rebels in the Ivory Coast").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from dossier.actors.lexicon import Hit, Word, find_hits, norm, tables, words_of
from dossier.nlp.words import (
    DESCRIBING_NOUNS,
    PERSON_NOUNS,
    RELATION_NOUNS,
    ROLE_WORDS,
    WHERE_PREPS,
    person_word,
)
from dossier.schema import Entity

STOP_WORDS = frozenset(
    {"of", "to", "in", "at", "from", "for", "with", "on", "by", "near", "who", "whom", "that", "which"}
    | {"whose", "familiar", "over", "against", "about", "after", "during", "under", "than", "and", "or"}
    | {"but", ",", ";", ":", "(", ")", "\u2014", "\u2013", '"', "''"}
)
# Heads that take their sector from a modifier when there is one ("intelligence officials" -> SPY).
WEAK_HEADS = frozenset({"officials", "official", "officers", "forces", "force", "authorities", "leadership"})
WEAK_HEADS = WEAK_HEADS | {"council", "delegation", "members", "personnel", "leaders", "sources", "source"}
# Weak heads whose "of ..." names whom they gather or speak for, and so their sector ("the Council of
# Non-Governmental Organisations", "leaders of the rebel group"); not armed ones ("forces of the U.N. mission").
GATHERINGS = frozenset({"council", "members", "leaders", "leadership", "delegation", "officials", "official"})
# Titles of whoever heads any organisation: GOV unless the organisation says otherwise ("union president").
ORG_HEAD_TITLES = frozenset(
    {"president", "vice president", "secretary", "secretary-general", "executive director"}
)
LEADER_TITLES = frozenset({"leader", "spokesman", "spokeswoman", "spokesperson"})
# Whom a person is to another that does not make them speak for the other's country or body.
POSSESSIVE_MARKS = ("'s", "’s", "'", "’")  # words_of keeps a possessive as a word of its own
PRIVATE_RELATIONS = frozenset(
    {"lawyer", "lawyers", "attorney", "attorneys", "wife", "husband", "son", "daughter", "father", "mother"}
    | {"brother", "sister", "friend", "friends", "family", "relative", "relatives", "widow", "biographer"}
)
PEOPLE_NOUNS = frozenset({"people", "population", "public", "nationals"})
ELITE_MARKERS = frozenset({"former", "ousted", "exiled", "deposed", "ex", "onetime", "erstwhile"})
# Words that qualify a title in a role: "former", "deputy", "national security" (spokesman).
ROLE_MODIFIERS = ELITE_MARKERS | {"deputy", "acting", "assistant", "senior", "top", "interim", "vice"}
ROLE_MODIFIERS |= {"associate", "executive", "principal", "national", "security", "press", "foreign"}
ROLE_MODIFIERS |= {"defense", "defence", "interior", "finance", "chief", "lead", "joint", "special", "first"}
ROLE_MODIFIERS |= {"military", "regional", "provincial", "state", "federal"}
PROPER_PLACE_SECTOR = "GOV"  # a capital or seat of power standing alone acts for its government
NGO_SECTOR = "SOC"  # civil-society nouns ("rights group", "aid groups") code to PLOVER's NGO when stateless


@dataclass(frozen=True, slots=True)
class ActorCode:
    """Country (ISO 3166 alpha-3 or a PLOVER code), PLOVER sector, role, and the entity it points to."""

    country: str | None = None
    sector: str | None = None
    role: str | None = None
    entity: int | None = None  # index into the entities the phrase was matched against


@dataclass(frozen=True, slots=True)
class EntityHit:
    """A mention of a known entity inside a phrase: words [first, last) and the entity's index."""

    first: int
    last: int
    index: int


def resolve_country(text: str) -> str | None:
    """The country a name, demonym, capital, seat of power or well-known organisation stands for.

    >>> resolve_country("the Kremlin"), resolve_country("Iranian"), resolve_country("U.S.")
    ('RUS', 'IRN', 'USA')
    """
    return code_phrase(text).country


def resolve_sector(text: str) -> str | None:
    """The PLOVER sector of a title, body or group ("CIA" -> SPY, "troops" -> MIL, "spokesman" -> None).

    >>> resolve_sector("Russian troops"), resolve_sector("CIA"), resolve_sector("Supreme Court")
    ('MIL', 'SPY', 'JUD')
    """
    return code_phrase(text).sector


def code_phrase(text: str, entities: Sequence[Entity] | None = None) -> ActorCode:
    """Code a noun phrase ("Iranian officials", "the White House", "Ukraine's president") to an actor.

    >>> code_phrase("Ukraine's president")
    ActorCode(country='UKR', sector='GOV', role='president', entity=None)
    """
    words = words_of(text)
    entity_hits = entity_hits_by_name(words, entities) if entities else []
    return code_words(words, entity_hits, entities or ())


# Posts held toward another country: where an ambassador is sent, what an envoy or a rapporteur is for, is
# not whose they are ("the ambassador to China", "the deputy special representative for North Korea", "the
# U.N. special rapporteur on Afghanistan").
POST_TITLE_WORDS = frozenset(
    {"ambassador", "ambassadors", "envoy", "envoys", "representative", "rapporteur", "coordinator", "consul"}
    | {"emissary", "negotiator", "czar", "tsar", "liaison", "attache", "attaché"}
)
POSTING_PREPOSITIONS = frozenset({"to", "for", "on"})
POSTING_REACH = 7  # words between the preposition and the place: "on the human rights situation in"


def opens_posting(title: str, preposition: str) -> bool:
    """Do these two words open where a post is directed ("ambassador to", "envoy for", "rapporteur on")?"""
    return preposition.lower() in POSTING_PREPOSITIONS and title.lower() in POST_TITLE_WORDS


def posted_to(words: Sequence[Word], hit: Hit) -> bool:
    """Is the place or body ``hit`` names where a post of someone else's is directed ("Ambassador to China",
    "special representative for North Korea", "rapporteur on the human rights situation in Afghanistan",
    "envoy to NATO")?"""
    if hit.kind not in ("place", "city", "org"):
        return False
    for i in range(hit.first - 1, max(0, hit.first - POSTING_REACH) - 1, -1):
        if words[i].text in (",", ";", "(") or i < 1:
            return False
        if opens_posting(words[i - 1].text, words[i].text):
            return True
    return False


RELATION_QUALIFIERS = frozenset({"main", "key", "closest", "close", "regional", "old"})


def _relation_anchor(words: Sequence[Word], hit: Hit | EntityHit) -> bool:
    """Is the place (or entity) ``hit`` names the other party of a relation noun after it ("Turkey's rival
    Greece")?"""
    if isinstance(hit, Hit) and hit.kind not in ("place", "city"):
        return False
    if hit.last + 1 >= len(words) or words[hit.last].text not in POSSESSIVE_MARKS:
        return False
    k = hit.last + 1
    while k < len(words) - 1 and words[k].text.lower() in RELATION_QUALIFIERS:
        k += 1  # "Egypt's closest ally", "Turkey's regional rival"
    return words[k].text.lower() in RELATION_NOUNS


# Nouns of a study or post a country's name can be the subject of: "the Japan chair at Hudson Institute",
# "a China analyst" (a nationality is another matter: "Chinese analysts").
EXPERTISE_NOUNS = frozenset(
    {"chair", "expert", "experts", "analyst", "analysts", "specialist", "specialists", "scholar", "scholars"}
    | {"watcher", "watchers", "hand", "hands", "researcher", "researchers", "program", "programme", "desk"}
)
TOPIC_PREPOSITIONS = frozenset({"on", "about"})
# A field of study, which a demonym before it names the subject of, as a country's name does.
STUDY_NOUNS = frozenset({"studies"})


def _topic(words: Sequence[Word], hit: Hit) -> bool:
    """Is the place ``hit`` names what someone studies or works on, not where they are from: a country's
    name before a noun of expertise ("the Japan chair", "a Korea expert"), a field of study named after a
    country or its people ("Chinese Studies"), or the object of "on"
    ("Inter-Parliamentary Alliance on China", "focusing on Japanese foreign policy")?"""
    if hit.kind not in ("place", "city"):
        return False
    if hit.first > 0 and words[hit.first - 1].text.lower() in TOPIC_PREPOSITIONS:
        return True
    if hit.last < len(words) and words[hit.last].text.lower() in STUDY_NOUNS:
        return True  # "professor in Modern Chinese Studies", "a Korean Studies program"
    return (
        hit.place_kind == "name" and hit.last < len(words) and words[hit.last].text.lower() in EXPERTISE_NOUNS
    )


def code_words(
    words: Sequence[Word],
    entity_hits: Sequence[EntityHit] = (),
    entities: Sequence[Entity] = (),
    context_country: str | None = None,
    towns: bool = True,
) -> ActorCode:
    """Code a phrase given as words, with the known entities mentioned in it (the shared core of the coders).

    ``towns=False`` ignores towns and capitals, for phrases about a person (a town there is seldom theirs).
    """
    if not words:
        return ActorCode()
    hits = find_hits(list(words))
    if not towns:
        hits = [h for h in hits if h.kind != "city" and h.place_kind != "capital"]
    # a person whose full name the article gives ("Jose Ruben Zamora"), later named like a place ("Zamora"),
    # is no mention of the place; a one-word "person" may be a place the tagger mistyped ("Sochi")
    people = [
        (e.first, e.last)
        for e in entity_hits
        if 0 <= e.index < len(entities)
        and entities[e.index].label == "PERSON"
        and len((entities[e.index].canonical or entities[e.index].text).split()) > 1
    ]
    hits = [
        h
        for h in hits
        if h.kind not in ("city", "place") or not any(a <= h.first and h.last <= b for a, b in people)
    ]
    hits = [
        h for h in hits if not posted_to(words, h) and not _relation_anchor(words, h) and not _topic(words, h)
    ]
    entity_hits = [e for e in entity_hits if not _relation_anchor(words, e)]
    segments = _segments(words, hits)
    code = ActorCode()
    soft = False  # the sector so far comes from a title like "president" or a body noun like "council" that
    # an "of ..." after it may overrule
    for number, (first, last) in enumerate(segments):
        part = [h for h in hits if h.first >= first and h.last <= last]
        appositive = number == 0 or words[first].text == ","
        found, found_soft = _code_segment(words, part, first, last, core=appositive)
        if found.country is None and any(_national_body(h) for h in part):
            # "the Trump administration", "the government of President Alassane Ouattara": the body of the
            # named person's country, before the article's
            named = _entity_country(entity_hits, entities, first, last) or _entity_country(
                entity_hits, entities, *_of_segment(words, segments, number)
            )
            if named or context_country:
                found = replace(found, country=named or context_country)
        if number == 0 or (code.sector is None and found.sector is not None):
            soft = found_soft  # (the segment that first gives a sector: "director at ..., Ngamiland Council")
        elif soft and words[first].text.lower() == "of":
            if found.sector and any(h.kind in ("org", "body", "noun") for h in part):
                code, soft = replace(code, sector=found.sector), False
        else:
            soft = False
        code = ActorCode(
            country=code.country or found.country,
            sector=code.sector or found.sector,
            role=code.role or found.role,
        )
        if code.country and code.sector and not soft:
            break
    if code.sector in (None, "MIL") and not any(h.kind == "org" for h in hits) and armed_cause(words):
        code = replace(code, sector="REB")
    people = {i for i, e in enumerate(entities) if e.label == "PERSON"}
    head, owner = _head_entity(entity_hits, segments[0], words, people)
    if head is not None and owner is None and _owned_people(entity_hits, head, words, segments[0]):
        return code  # "Cameroon's poultry farmers and sellers": of Cameroon, but not Cameroon's voice
    if head is not None:
        entity = entities[head]
        # "Guterres' spokesman, Stephane Dujarric": the spokesman speaks for the UN; a lawyer or a son
        # does not for his client's or father's country
        speaks_for = owner is not None and not any(
            w.text.lower() in PRIVATE_RELATIONS for w in words[segments[0][0] : segments[0][1]]
        )
        owned = entities[owner] if speaks_for else None
        code = ActorCode(
            country=code.country or entity.country or (owned.country if owned else None),
            sector=code.sector or entity.sector or (owned.sector if owned else None),
            role=code.role or entity.role,
            entity=head,
        )
    return code


# An armed body named for a cause ("Baloch Liberation Army", "Kachin Independence Army", "National
# Liberation Front"): an insurgent group, not a state's army, unless the tables know it as one ("People's
# Liberation Army").
CAUSE_WORDS = frozenset({"liberation", "independence", "resistance", "revolutionary", "freedom", "salvation"})
ARMED_BODY_WORDS = frozenset({"army", "front", "movement", "brigade", "brigades", "forces", "militia"})


def armed_cause(words: Sequence[Word]) -> bool:
    """Do ``words`` hold a capitalised name of a cause and an armed body, in that order?"""
    name = [w.text.lower() if w.text[:1].isupper() else None for w in words]
    for i, word in enumerate(name):
        if word in CAUSE_WORDS:
            after = name[i + 1 : i + 4]
            body = next((k for k, w in enumerate(after) if w in ARMED_BODY_WORDS), None)
            if body is not None and None not in after[:body]:
                return True
    return False


def _of_segment(words: Sequence[Word], segments: list[tuple[int, int]], number: int) -> tuple[int, int]:
    """The words of the "of ..." segment right after segment ``number`` (empty when there is none)."""
    if number + 1 < len(segments) and words[segments[number + 1][0]].text.lower() == "of":
        return segments[number + 1]
    return (0, 0)


def _entity_country(
    entity_hits: Sequence[EntityHit], entities: Sequence[Entity], first: int, last: int
) -> str | None:
    """The country of a known person or body named inside words ``first`` to ``last``."""
    for hit in entity_hits:
        if first <= hit.first and hit.last <= last and 0 <= hit.index < len(entities):
            entity = entities[hit.index]
            if entity.country and entity.label in ("PERSON", "ORG"):
                return entity.country
    return None


def _segments(words: Sequence[Word], hits: list[Hit]) -> list[tuple[int, int]]:
    covered = {i for h in hits for i in range(h.first, h.last)}
    bounds = [0]
    for i, word in enumerate(words):
        if i > 0 and i not in covered and word.text.lower() in STOP_WORDS:
            bounds.append(i)
    bounds.append(len(words))
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def _hit_key(words: Sequence[Word], hit: Hit) -> str:
    """The lookup key of the words a lexicon hit covers ("" without words)."""
    return norm(" ".join(w.text for w in words[hit.first : hit.last]))


def _national_body(hit: Hit) -> bool:
    return hit.kind == "body" or (hit.kind == "org" and hit.country is None)


def _code_segment(
    words: Sequence[Word], hits: list[Hit], first: int, last: int, core: bool
) -> tuple[ActorCode, bool]:
    """The code of one segment, and whether its sector is only a head-of-organisation title's default."""
    hits = _before_name(words, hits, first, last)
    if words[last - 1].text.lower() in PRIVATE_RELATIONS:  # "the journalist's lawyer", "the president's
        # wife": the owner's title, sector and country are not theirs
        owners = [i for i in range(first, last - 1) if words[i].text in POSSESSIVE_MARKS]
        if owners:
            hits = [h for h in hits if h.first > owners[-1]]
    country = _country(hits, words)
    sector, head = _sector(words, hits, first, last)
    role = _role(words, head, first) if core and head is not None and head.kind == "title" else None
    soft = (
        head is not None
        and sector == head.sector
        and (
            (head.kind == "title" and head.name in ORG_HEAD_TITLES)
            # a body noun whose "of ..." says who it gathers ("Council of Non-Governmental Organisations")
            or (head.kind == "noun" and _hit_key(words, head) in GATHERINGS)
        )
    )
    return ActorCode(country=country, sector=sector, role=role), soft


def _before_name(words: Sequence[Word], hits: list[Hit], first: int, last: int) -> list[Hit]:
    """Drop what follows a title and a name ("Secretary of State Antony Blinken": Antony is no city here),
    and town names among other capitalised words ("Nassau County" is not the Bahamas)."""
    covered = {i for h in hits if h.kind != "city" for i in range(h.first, h.last)}
    for hit in hits:
        nxt = hit.last
        if hit.kind == "title" and nxt < last and words[nxt].text[:1].isupper() and nxt not in covered:
            hits = [h for h in hits if h.last <= hit.last]
            break
    kept = []
    placed = any(h.kind == "place" and h.country for h in hits)
    for hit in hits:
        others = [w.text for i, w in enumerate(words[first:last], first) if not hit.first <= i < hit.last]
        town = hit.kind == "city" or hit.place_kind == "capital"
        # "his National Congress Party": a body every country has, inside another name, is not the one
        # country's that goes by the bare name ("Congress" alone is the US Congress)
        name = _hit_key(words, hit)
        inner_body = hit.kind == "org" and name in tables()["bodies"] and not placed
        if (town or inner_body) and any(t[:1].isupper() and t.lower() not in STOP_WORDS for t in others):
            continue
        kept.append(hit)
    return kept


# The country-names codes of bodies of many countries.
IGO_COUNTRIES = frozenset({"UNO", "EUR", "IGO", "NATO"})
REPRESENTATION_WORDS = frozenset(
    {"ambassador", "envoy", "mission", "representative", "delegation", "delegate", "permanent representative"}
)


def _country(hits: list[Hit], words: Sequence[Word] = ()) -> str | None:
    # "Syrian Congress", "the Iraqi Parliament": a body every country has, named after a country, is
    # that country's, though one country's body goes by the bare name ("Congress" is the US Congress)
    places = [h for h in hits if h.kind == "place" and h.country]
    for hit in hits:
        name = _hit_key(words, hit)
        if hit.kind == "org" and name in tables()["bodies"]:
            before = [p for p in places if p.last <= hit.first]
            if before:
                return before[-1].country
    for at, hit in enumerate(hits):  # "Iran's U.N. ambassador", "China's U.N. mission", "U.S. deputy U.N.
        # ambassador": the country's own representation at a body of many countries, not the body
        if hit.kind == "org" and hit.country in IGO_COUNTRIES and 0 < at < len(hits) - 1:
            before = [h for h in hits[:at] if h.kind == "place" and h.country]
            after = hits[at + 1]
            named = _hit_key(words, after)
            if before and named in REPRESENTATION_WORDS:
                return before[-1].country
    for kinds in (("org",), ("place",), ("city",)):
        for hit in hits:
            if hit.kind in kinds and hit.country:
                return hit.country
    if hits and hits[-1].kind == "noun" and hits[-1].sector == NGO_SECTOR:
        return "NGO"  # "a human rights group" with no country of its own
    return None


def _sector(words: Sequence[Word], hits: list[Hit], first: int, last: int) -> tuple[str | None, Hit | None]:
    bearers = [
        h for h in hits if h.kind in ("org", "title", "body", "noun") or (h.kind == "place" and h.sector)
    ]
    if not bearers:
        places = [h for h in hits if h.kind == "place"]
        if places and norm(words[last - 1].text) in PEOPLE_NOUNS:
            return "CVL", None  # "Zambian people"; bare "two people" stays uncoded
        if len(places) == 1 and places[0].first == first and places[0].last == last:
            place, text = places[0], words[places[0].last - 1].text
            if place.place_kind == "capital":
                return PROPER_PLACE_SECTOR, None
            if place.place_kind == "demonym" and text.endswith("s") and not text.endswith("ss"):
                return "CVL", None
        return None, None
    head = bearers[-1]
    sector = head.sector
    head_key = _hit_key(words, head)
    weak = (
        head.kind == "title"
        and (head.sector is None or head.name in ORG_HEAD_TITLES)
        or head_key in WEAK_HEADS
    )
    if weak:
        modifiers = [h.sector for h in bearers[:-1] if h.sector]
        if modifiers:
            sector = modifiers[-1]
    national = any(h.kind == "place" and h.first < head.first for h in hits)
    if sector is None and head.kind == "title" and head.name in LEADER_TITLES and national:
        sector = "GOV"  # "Palestinian leader", "the Iranian spokesman": speaking for the state
    if sector in ("GOV", "MIL", "LEG") and head.kind == "title":
        before = {norm(w.text) for w in words[first : head.first]}
        if before & ELITE_MARKERS:
            sector = "ELI"
    return sector, head


def _role(words: Sequence[Word], title: Hit, first: int) -> str:
    written = " ".join(w.text for w in words[title.first : title.last])
    parts = [title.name or "" if "." in written else written.lower()]
    i = title.first - 1
    while i >= first and norm(words[i].text) in ROLE_MODIFIERS:
        parts.insert(0, words[i].text.lower())
        i -= 1
    return " ".join(parts)


def _head_entity(
    entity_hits: Sequence[EntityHit], core: tuple[int, int], words: Sequence[Word], people: set[int]
) -> tuple[int | None, int | None]:
    """The entity a phrase names: the last one in its core, else the last one in it that is not where
    someone is; but a name the core only owns or modifies gives way to the person an apposition names
    ("Turkish President Recep Tayyip Erdogan's communication chief, Fahrettin Altun": Altun, not Erdogan;
    "U.S. Air Force Chief of Staff, General Dave Goldfein"; "Erdogan's spokesman" alone stays his),
    returned second as the owner. ``people`` holds the indexes of the entities that are persons."""
    inside = [h for h in entity_hits if h.first < core[1] and h.last > core[0]]
    if inside and all(_owner(words, h, core) for h in inside):
        named = [h for h in entity_hits if h.first >= core[1] and h.index in people and _set_off(words, h)]
        if named:
            return named[0].index, max(inside, key=lambda h: h.last).index
    if not inside:  # the one named after the core, but not where it is ("a spokesman for the U.S.
        # military in Afghanistan": the U.S.), unless that is all there is
        inside = [h for h in entity_hits if not _where(words, h)] or list(entity_hits)
    return (max(inside, key=lambda h: h.last).index if inside else None), None


# Words for people who speak or act for the body that owns them, though they hold no title.
REPRESENTATIVES = frozenset(
    {"official", "officer", "aide", "staffer", "employee", "diplomat", "envoy", "negotiator", "delegate"}
    | {"member", "staff", "representative", "spokesman", "spokeswoman", "spokesperson", "agent"}
)


def _owned_people(
    entity_hits: Sequence[EntityHit], head: int, words: Sequence[Word], core: tuple[int, int]
) -> bool:
    """Does the phrase name people of the entity at ``head`` that do not speak for it: the entity only
    owns the core ("Cameroon's poultry farmers", "Kenya's refugees"), whose last word is a word for people
    and no office ("Erdogan's spokesman" speaks for Erdogan)?"""
    hit = next((h for h in entity_hits if h.index == head), None)
    if hit is None or not _owner(words, hit, core) or core[1] <= 0:
        return False
    last = words[core[1] - 1].text.lower()
    singular = last[:-1] if last.endswith("s") and not last.endswith("ss") else last
    if last in ("people", "residents", "citizens") or singular in ROLE_WORDS or last in ROLE_WORDS:
        return last in ("people", "residents", "citizens")
    if singular in tables()["titles"] or last in tables()["titles"] or singular in REPRESENTATIVES:
        return False  # ("a U.S. State Department press officer" speaks for the department)
    return singular in PERSON_NOUNS or singular in DESCRIBING_NOUNS or person_word(singular)


def _owner(words: Sequence[Word], hit: EntityHit, core: tuple[int, int]) -> bool:
    """Is the entity at ``hit`` the possessor or a modifier of what the core goes on to name ("Erdogan's
    ... chief", "U.S. Air Force Chief")?"""
    possessive = hit.last < len(words) and words[hit.last].text in POSSESSIVE_MARKS
    return hit.last + possessive < core[1]


def _set_off(words: Sequence[Word], hit: EntityHit) -> bool:
    """Is the entity at ``hit`` an apposition, after a comma and at most two capitalised words of a title
    (", Fahrettin Altun", ", General Dave Goldfein")?"""
    for back in range(1, 4):
        if hit.first - back < 0:
            return False
        word = words[hit.first - back].text
        if word == ",":
            return True
        if not word[:1].isupper():
            return False
    return False


def _where(words: Sequence[Word], hit: EntityHit) -> bool:
    """Is the entity at ``hit`` in a phrase of where someone is, after "in", "at" or "near" ("... in
    Afghanistan", "at the Clinical Research Unit of Nanoro")?"""
    return any(w.text.lower() in WHERE_PREPS for w in words[: hit.first])


# The name table of the entities last asked about (an article's stages ask about one list many times):
# the entity records it was made from, and the table, replaced as one pair (so that a thread reading it
# never sees one article's records with another's table).
_names_cache: tuple[tuple[Entity, ...], dict[str, int]] = ((), {})


def _names_of(entities: Sequence[Entity]) -> dict[str, int]:
    """Each entity's normalised names (its text, its canonical name, a person's surname) -> its index."""
    global _names_cache
    made_from, names = _names_cache
    if len(made_from) == len(entities) and all(a is b for a, b in zip(made_from, entities, strict=True)):
        return names
    names = {}
    for index, entity in enumerate(entities):
        for name in (entity.text, entity.canonical):
            names.setdefault(norm(name), index)
        if entity.label == "PERSON" and " " in entity.canonical:
            names.setdefault(norm(entity.canonical.split()[-1]), index)
    _names_cache = (tuple(entities), names)
    return names


def entity_hits_by_name(words: Sequence[Word], entities: Sequence[Entity]) -> list[EntityHit]:
    """The entities named in ``words``, by their names (text, canonical name or a person's surname), longest
    first; a name must start with a capital letter in the text."""
    names = _names_of(entities)
    found: list[EntityHit] = []
    i = 0
    while i < len(words):
        if not words[i].text[:1].isupper():
            i += 1
            continue
        for size in range(min(6, len(words) - i), 0, -1):
            key = norm(" ".join(w.text for w in words[i : i + size]))
            if key in names:
                found.append(EntityHit(i, i + size, names[key]))
                i += size - 1
                break
        i += 1
    return found
