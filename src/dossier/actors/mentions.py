"""Mentions of named entities: found (and relabelled where spaCy errs), then merged into entities."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dossier.actors.context import DATELINE_TOKENS, dateline_country, place_country
from dossier.actors.lexicon import (
    ARABIC_ARTICLES,
    find_hits,
    is_leader_name,
    leader_for,
    norm,
    spelling_variant,
    tables,
    words_of,
)
from dossier.nlp.words import KIN_NOUNS, PERSON_NOUNS, SAYING_VERBS, person_word

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
MISLABELLED = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})  # may hide a place or an organisation
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NAMESAKE_LABELS = frozenset({"LOC", "FAC"})  # labels a person's name named elsewhere may be given
TRAILING = frozenset({"'s", "\u2019s", "'", "\u2019", ".", ",", '"', "-", "--"})


@dataclass(slots=True)
class Mention:
    """One mention of a named entity: its tokens [start, end) in the doc and its (corrected) label."""

    start: int
    end: int
    label: str
    text: str
    key: tuple[str, str] | None = None  # what merges mentions; None for people (merged by name)


def mention_country(mention: Mention) -> str | None:
    kind, key = mention.key or ("", "")
    t = tables()
    if kind in ("PLACE", "NORP") and key in t["countries"]:
        return key
    if kind == "ORG":
        org = t["orgs"].get(norm(mention.text))
        return org[1] if org else None
    return t["cities"].get(key) if kind == "TEXT" else None


def end_char(doc: Doc, mention: Mention) -> int:
    last = doc[mention.end - 1]
    return last.idx + len(last.text)


def find_mentions(doc: Doc) -> list[Mention]:
    found: list[Mention] = []
    taken: set[int] = set()
    for ent in doc.ents:
        start, end = _trim(ent)
        if start >= end:
            continue
        text = doc[start:end].text
        if not (text[:1].isupper() or text[:1].isdigit()):
            continue  # "n't", "conservatives": not a name
        label = _label(ent.label_, text)
        if (
            (label is None and ent.label_ in MISLABELLED or label == "ORG" and _plain_name(text))
            and _titled_person(doc[start:end])
            or (label is None and ent.label_ in MISLABELLED and _speaking_name(doc[start:end]))
            or (label == "GPE" and _title_before(doc[start:end]))
        ):
            label = "PERSON"  # "Imran Hayat, the divisional railway superintendent", tagged a work of art;
            # "Rogier Creemers, assistant professor in Modern Chinese Studies ...", tagged an organisation;
            # "Turkish presidential adviser Mesut Casin", tagged a place
        if label is None or (label == "ORG" and _title_complement(doc, start)):
            continue
        found.append(Mention(start, end, label, text))
        taken.update(range(ent.start, ent.end))
    found.extend(_unlabelled(doc, taken))
    found.sort(key=lambda m: m.start)
    found = _join_particle_names(doc, found)
    found = _join_split_places(doc, found)
    named_places = _relabel_towns(doc, found)
    _relabel_groups(doc, found, named_places)
    _relabel_speakers(doc, found)
    _relabel_namesakes(found)
    for mention in found:
        mention.key = _key(mention)
    return found


LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "outside", "inside", "around", "to", "into"})
# Lower-case particles inside surnames ("Ursula von der Leyen", "Staffan de Mistura").
NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "ter"}
)


def _join_particle_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A person's name cut after a particle ("Ursula von der" a person, "Leyen" a place) is one name: the
    mention runs on over the capitalised words that follow, which are no mention of their own."""
    out: list[Mention] = []
    skip_until = -1
    for mention in mentions:
        if mention.start < skip_until:
            continue
        last = doc[mention.end - 1]
        if mention.label == "PERSON" and last.lower_ in NAME_PARTICLES and last.text.islower():
            end = mention.end
            while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
                end += 1
            if end > mention.end:
                mention = Mention(mention.start, end, "PERSON", doc[mention.start : end].text)
                skip_until = end
        out.append(mention)
    return out


def _join_split_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A known place the tagger cut in two ("Republika" and "Srpska", "Bosnia and" and "Herzegovina") is one
    mention: two mentions side by side whose words together name a place of the tables."""
    out: list[Mention] = []
    for mention in mentions:
        before = out[-1] if out else None
        if before is not None and before.end == mention.start and before.label == mention.label == "GPE":
            text = doc[before.start : mention.end].text
            if tables()["places"].get(norm(text)):
                out[-1] = Mention(before.start, mention.end, "GPE", text)
                continue
        out.append(mention)
    return out


def _relabel_namesakes(mentions: list[Mention]) -> None:
    """A full name the tagger labels a person in one place is that person wherever the same words stand
    ("Milorad Dodik" a facility in one sentence of a story that names him a person in six), where the other
    label is a place's or a thing's, not a known place's (a name labelled a body somewhere may be one: "IS
    Sahel")."""
    t = tables()
    people = {norm(m.text) for m in mentions if m.label == "PERSON" and m.end - m.start > 1}
    for mention in mentions:
        key = norm(mention.text)
        if mention.label in NAMESAKE_LABELS and key in people and key not in t["places"]:
            mention.label = "PERSON"


def _name_words_of_people(mentions: list[Mention]) -> set[str]:
    """The words of the names of more words the article gives people ("Whitney Houston": Whitney, Houston):
    a one-word name among them may be someone's, whatever else it names."""
    return {w for m in mentions if m.label == "PERSON" and m.end - m.start > 1 for w in m.text.split()}


# Nouns a people's name modifies as what it is ("the Alawite minority", "the Uyghur community").
GROUP_NOUNS = frozenset(
    {"minority", "community", "communities", "sect", "population", "tribe", "clan", "diaspora", "ethnicity"}
)


def _relabel_groups(doc: Doc, mentions: list[Mention], places: set[str] = frozenset()) -> None:
    """A one-word name the article counts ("eight Uyghurs", "300 Uyghurs") or sets before a noun of a
    people ("the Alawite minority") names a people, not a person or a body: every mention of it is a
    nationality or group (NORP), unless it is a known place or organisation or someone's name in the
    article."""
    t = tables()
    surnames = _name_words_of_people(mentions)
    groups = set()
    for mention in mentions:
        if mention.end - mention.start != 1 or mention.label not in ("PERSON", "ORG", "GPE"):
            continue
        tok = doc[mention.start]
        counted = any(c.dep_ == "nummod" and c.like_num for c in tok.children) or (
            tok.i > 0 and doc[tok.i - 1].like_num and doc[tok.i - 1].head.i == tok.i
        )
        named_group = tok.dep_ in ("compound", "amod") and tok.head.lower_ in GROUP_NOUNS
        if counted or named_group:
            groups.add(mention.text)
    for mention in mentions:
        key = norm(mention.text)
        if (
            mention.text in groups
            and mention.text not in places  # ("the Dadaab refugee complex" after "Dadaab and Kakuma camps")
            and mention.end - mention.start == 1
            and mention.text not in surnames
            and key not in t["places"]
            and key not in t["orgs"]
            and key not in t["cities"]
        ):
            mention.label = "NORP"


def _titled_person(span: Span) -> bool:
    """A proper name of two or more words set off by a title or a word for a person ("Imran Hayat, the
    divisional railway superintendent")."""
    if len(span) < 2 or not all(t.pos_ == "PROPN" and t.is_title for t in span):
        return False
    head = span.root
    if _aged(span):
        return True  # "Lydia Rosasi, 29, works at ...": only people are given an age so
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ == "who":
        return True  # "Chalida Tajaroensuk, who heads Thailand's People's Empowerment Foundation, ...": "who"
    return any(c.dep_ == "appos" and _person_word(c.lemma_.lower()) for c in head.children if c.i >= span.end)


def _says(tok: Token) -> bool:
    """Is ``tok`` the subject of a verb of saying ("Vassily Nebenzia told the council", "Ditta said")?"""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SAYING_VERBS


def _speaking_name(span: Span) -> bool:
    """A name of two or three capitalised words no table knows that says something ('"This is completely
    false," Vassily Nebenzia told the council', tagged a work of art): a person."""
    return (
        2 <= len(span) <= 3
        and all(t.pos_ == "PROPN" and t.is_title for t in span)
        and _plain_name(span.text)
        and _says(span.root)
    )


def _relabel_speakers(doc: Doc, mentions: list[Mention]) -> None:
    """A one-word "place" no table knows that says something ("Nebenzia dismissed ...", '"...," Ditta
    said') is a person, every mention of it."""
    t = tables()
    speaking = set()
    for mention in mentions:
        key = norm(mention.text)
        if (
            mention.label == "GPE"
            and mention.end - mention.start == 1
            and key not in t["places"]
            and key not in t["cities"]
            and key not in t["orgs"]
            and _says(doc[mention.start])
            and not _described_as_thing(doc, mention.start)
        ):
            speaking.add(mention.text)
    for mention in mentions:
        if mention.label == "GPE" and mention.text in speaking:
            mention.label = "PERSON"


def _described_as_thing(doc: Doc, start: int) -> bool:
    """Is the name at ``start`` set after an article or a noun that is no title ("The Print", "think tank
    Clingendael"): what it names is not a person?"""
    if start == 0:
        return False
    before = doc[start - 1]
    if before.lower_ in ("the", "a", "an"):
        return True
    return before.pos_ == "NOUN" and before.is_lower and not _person_word(before.lemma_.lower())


def _aged(span: Span) -> bool:
    """Is the name followed by an age set off by commas ("Lydia Rosasi, 29,")?"""
    doc, end = span.doc, span.end
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text != ",":
        return False
    age = doc[end + 1].text
    return age.isdigit() and 0 < int(age) < 120


def _person_word(lemma: str) -> bool:
    return lemma in tables()["titles"] or lemma in PERSON_NOUNS or person_word(lemma)


def _title_before(span: Span) -> bool:
    """A name of two or more capitalised words that no table knows as a place, after a title in lower case
    ("presidential adviser Mesut Casin"): a person, whatever the tagger made of it."""
    doc = span.doc
    if len(span) < 2 or span.start == 0 or not all(t.pos_ == "PROPN" and t.is_title for t in span):
        return False
    before = doc[span.start - 1]
    key = norm(span.text)
    known = key in tables()["places"] or key in tables()["cities"] or not _plain_name(span.text)
    return not known and before.is_lower and before.lower_ in tables()["titles"]


def _plain_name(text: str) -> bool:
    """A name with no word the actor lexicon knows (no body, organisation, place or title in it): "Rogier
    Creemers", not "Bosnian Service" or "United Nations"."""
    return not find_hits(words_of(text))


def _relabel_towns(doc: Doc, mentions: list[Mention]) -> set[str]:
    """A lone "person" that is a known town and the object of a verb or preposition ("shelled Kharkiv")
    is the town, unless someone in the article bears that name, and so is a "person" of more words that is
    a known town where a place stands ("in the regional capital, Banja Luka"); an "organisation" that is a
    known town after a preposition of place ("in Erbil") is the town, unless it is a known organisation."""
    cities = tables()["cities"]
    for mention in mentions:
        words = mention.text.split()
        if (
            mention.label == "PERSON"
            and len(words) > 1
            and words[-1].lower() in DIVISION_NOUNS
            and (words[-1].istitle() or norm(" ".join(words[:-1])) in cities)
        ):
            mention.label = "GPE"  # "Beledweyne District Commissioner ...", "Central Java Province": the
            # division, no one's name (no one's name ends on "Province" or "District")
    surnames = _name_words_of_people(mentions)
    named: set[str] = set()  # the names this finds to be places whatever the tables know
    # the first words of the places the article names ("in Houston", "in Ghazni province")
    placed = {m.text.split()[0] for m in mentions if m.label in ("GPE", "LOC")}
    for mention in mentions:
        key = norm(mention.text)
        head = doc[mention.end - 1]
        while head.dep_ == "conj" and head.head.i != head.i:  # "in Raqqa and Erbil"
            head = head.head
        if key not in cities:
            if (
                mention.label == "PERSON"
                and mention.end - mention.start == 1
                and mention.text not in surnames
                and head.dep_ in ("compound", "nmod")
                and head.head.lemma_.lower() in (DIVISION_NOUNS - {"city"}) | CAMP_NOUNS
            ):
                mention.label = "GPE"  # "in Nsanje and Phalombe districts", "Dadaab and Kakuma camps": what
                # names a district or a camp is a place, known to the tables or not, every mention of it
                named.add(mention.text)
            elif mention.label in ("PERSON", "ORG") and mention.text not in surnames and _named_place(head):
                mention.label = "GPE"  # "in the village of Jangebe", "the town of L'Estere"
            continue
        if mention.label == "ORG" and key not in tables()["orgs"]:
            # "Kurdish forces in Erbil": a known town where a place goes is the town, not a company
            if _after_place_preposition(head):
                mention.label = "GPE"
            continue
        if mention.label != "PERSON":
            continue
        if mention.end - mention.start == 1:
            # "shelled Kharkiv"; "'70s Houston was ..." in a story that is otherwise "in Houston"; "district
            # #Ghazni" where the story says "in Ghazni province": a town, unless someone bears its name
            if mention.text not in surnames and (
                doc[mention.start].dep_ in ("pobj", "dobj")
                or mention.text in placed
                or (head.dep_ in ("appos", "compound") and head.head.lemma_.lower() in PLACE_NOUNS)
            ):
                mention.label = "GPE"
            continue
        # "in the regional capital, Banja Luka", "fighting near Tal Afar": a town's name of more words where
        # a place stands, which no one else in the article bears in part
        others = {w for m in mentions if m.label == "PERSON" and norm(m.text) != key for w in m.text.split()}
        if not others & set(mention.text.split()) and _where_a_place_stands(head):
            mention.label = "GPE"
    for mention in mentions:
        if mention.text in named and mention.label in ("PERSON", "NORP"):
            mention.label = "GPE"
    return named


# Nouns a town's name is set beside as what it is ("the regional capital, Banja Luka").
TOWN_NOUNS = frozenset({"capital", "city", "town", "village", "port", "hub", "stronghold", "enclave"})
# Administrative divisions named after their seat ("Beledweyne District", "Ghazni province").
DIVISION_NOUNS = frozenset(
    {"district", "province", "county", "region", "governorate", "prefecture", "municipality", "city"}
)
PLACE_NOUNS = TOWN_NOUNS | DIVISION_NOUNS | {"area", "state"}
# Settlements named after a place ("Dadaab and Kakuma camps", "the Zamzam camp").
CAMP_NOUNS = frozenset({"camp", "settlement"})


def _named_place(head: Token) -> bool:
    """Is ``head`` the name a noun of a town or a division is "of" ("the village of Jangebe", "the town
    of L'Estere", "the province of Zamfara")?"""
    return (
        head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.lemma_.lower() in TOWN_NOUNS | DIVISION_NOUNS - {"capital", "hub", "stronghold"}
        and head.head.head.pos_ == "NOUN"
    )


def _after_place_preposition(head: Token) -> bool:
    """Is ``head`` the object of a preposition of place ("in Erbil", "near Tal Afar")?"""
    return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPOSITIONS


def _where_a_place_stands(head: Token) -> bool:
    """Is ``head`` the object of a preposition of place or set beside a noun of a town?"""
    return _after_place_preposition(head) or (head.dep_ == "appos" and head.head.lemma_.lower() in TOWN_NOUNS)


def _trim(ent: Span) -> tuple[int, int]:
    start, end = ent.start, ent.end
    while start < end and (ent.doc[start].lower_ == "the" or ent.doc[start].is_punct):
        start += 1
    while end > start and (ent.doc[end - 1].text in TRAILING or ent.doc[end - 1].is_space):
        end -= 1
    return start, end


# Words that open the name of a storm, which the tagger may take for a person's.
STORM_WORDS = frozenset({"cyclone", "hurricane", "typhoon", "storm", "tropical", "superstorm"})


def _label(label: str, text: str) -> str | None:
    """spaCy's label, corrected where the text is a known place or organisation."""
    t = tables()
    key = norm(text)
    place = t["places"].get(key) if text[:1].isupper() else None
    if text.split()[0].lower() in STORM_WORDS:
        return None  # "Tropical Cyclone Jude", "Hurricane Helene": weather, no person, body or place
    if label in ENTITY_LABELS:
        if label in ("ORG", "PERSON", "NORP") and place and place[1] in ("name", "region"):
            return "GPE"
        if label in ("ORG", "PERSON") and place and place[1] == "capital":
            return "GPE"
        if label == "PERSON" and (place or key in t["orgs"]):
            return "ORG"
        if label == "NORP" and key in t["orgs"] and t["orgs"][key][2] != "PTY":
            return "ORG"
        if label != "PERSON" and _leader_name(text, key, place):
            return "PERSON"  # "Erdogan" taken for a place
        return label
    if label in MISLABELLED:
        if place:
            return "ORG" if place[1] == "metonym" else "GPE"
        if key in t["cities"] and text[:1].isupper():
            return "GPE"
        if key in t["orgs"]:
            return "ORG"
        if _leader_name(text, key, place):
            return "PERSON"
    return None


def _leader_name(text: str, key: str, place: list | None) -> bool:
    """True for a leader's name of the bundled table that is no known place or organisation."""
    t = tables()
    if place or key in t["orgs"] or key in t["cities"] or not text[:1].isupper():
        return False
    return leader_for(text) is not None


def _title_complement(doc: Doc, start: int) -> bool:
    """True for the "State" of "Secretary of State": part of a title, not an organisation."""
    if start < 2 or doc[start - 1].lower_ != "of":
        return False
    return norm(doc[start - 2].text) in tables()["titles"]


def _unlabelled(doc: Doc, taken: set[int]) -> list[Mention]:
    """Well-known organisations and seats of power the parser left without an entity label."""
    found = []
    dateline = _dateline_tokens(doc)
    i = 0
    while i < len(doc):
        token = doc[i]
        if i < dateline and i not in taken and token.is_upper and place_country(token.text):
            found.append(Mention(i, i + 1, "GPE", token.text))  # "KYIV, Ukraine (AP) —"
            i += 1
            continue
        if (
            i in taken
            or not (token.is_title or token.is_upper)
            or (token.pos_ not in ("PROPN", "NOUN") and not cased_acronym(token))
        ):
            i += 1
            continue
        size = 1
        while i + size < len(doc) and size < 4 and doc[i + size].i not in taken and doc[i + size].is_title:
            size += 1
        for n in range(size, 0, -1):
            text = doc[i : i + n].text
            key = norm(text)
            place = tables()["places"].get(key)
            if key in tables()["orgs"] and _acronym_ok(key, text) or place and place[1] == "metonym":
                found.append(Mention(i, i + n, "ORG", text))
                i += n - 1
                break
            if not place and key not in tables()["cities"] and is_leader_name(text):
                found.append(Mention(i, i + n, "PERSON", text))  # "Zelenskyy", left unlabelled
                i += n - 1
                break
        i += 1
    return found


def cased_acronym(token: Token) -> bool:
    """An organisation's acronym in capitals in a sentence that is not all capitals, whatever the tagger
    made of it ("IS has been trying to take advantage of ...", tagged the verb "is")."""
    if len(token.text) < 2 or not token.is_upper or norm(token.text) not in tables()["acronyms"]:
        return False
    return any(t.is_lower for t in token.sent)


def _dateline_tokens(doc: Doc) -> int:
    """How many opening tokens form the dateline ("WASHINGTON —"): 0 when there is none."""
    head = doc[: min(len(doc), DATELINE_TOKENS)]
    if dateline_country(head.text) is None:
        return 0
    return next((t.i for t in head if t.text in ("\u2014", "\u2013", "-", "--")), 0)


def _acronym_ok(key: str, text: str) -> bool:
    return key not in tables()["acronyms"] or text.replace(".", "").isupper()


def _key(mention: Mention) -> tuple[str, str] | None:
    if mention.label == "PERSON":
        return None
    t = tables()
    key = norm(mention.text)
    if key in t["orgs"] and _acronym_ok(key, mention.text):
        return ("ORG", t["orgs"][key][0])
    place = t["places"].get(key)
    if place and place[1] == "name":
        return ("PLACE", place[0])
    if place and place[1] == "demonym":
        return ("NORP", place[0])
    return ("TEXT", key)  # the same name twice in one article is one thing, whatever spaCy labelled it


def group_mentions(mentions: list[Mention], doc: Doc | None = None) -> list[list[Mention]]:
    """Merge mentions of one entity: same key, or (people) the same name written shorter or longer. With
    ``doc``, a relative named in full only as such ("his son, Shkelzen Berisha") takes none of the bare
    surnames another person of that name can take."""
    groups: list[list[Mention]] = []
    by_key: dict[tuple[str, str], list[Mention]] = {}
    people: list[list[Mention]] = []
    for mention in mentions:
        person = _person_for(mention, people, doc)
        if person is not None:
            person.append(mention)
            continue
        if mention.label == "PERSON":
            people.append([mention])
            groups.append(people[-1])
            continue
        if mention.key in by_key:
            by_key[mention.key].append(mention)
        else:
            by_key[mention.key] = [mention]
            groups.append(by_key[mention.key])
    return groups


# How many tokens back a person named in full takes a bare surname before the person the article names
# most ("David Gee ... migrated from China ... Gee was 17 when he arrived").
SURNAME_REACH = 60


def _named_as_kin(doc: Doc, mention: Mention) -> bool:
    """Is the mention set after a noun of kinship ("his son, Shkelzen Berisha", "her father David Gee")?"""
    before = doc[mention.start - 1] if mention.start > 0 else None
    if before is not None and before.text == "," and mention.start > 1:
        before = doc[mention.start - 2]
    return before is not None and before.lower_ in KIN_NOUNS


def _person_for(
    mention: Mention, people: list[list[Mention]], doc: Doc | None = None
) -> list[Mention] | None:
    """The earlier person a mention names again: "Burns" after "William Burns", even if labelled ORG; a
    bare surname, the last person of that name not named in full only as someone's relative, if any."""
    words = _name_words(mention.text)
    if mention.label != "PERSON" and (len(words) != 1 or _known_name(mention.text)):
        return None
    order = list(reversed(people))
    if len(words) == 1 and doc is not None:
        # people who share a surname: the one named just before, else the one the article names most,
        # never first a relative named in full only as such
        full = [[m for m in g if len(m.text.split()) > 1] for g in order]
        kin = {
            id(g)
            for g, names in zip(order, full, strict=True)
            if names and all(_named_as_kin(doc, m) for m in names)
        }
        recent = sorted(
            (g for g in order if id(g) not in kin and mention.start - g[-1].end <= SURNAME_REACH),
            key=lambda g: -g[-1].end,
        )
        rest = sorted((g for g in order if id(g) not in kin and g not in recent), key=lambda g: -len(g))
        order = recent + rest + [g for g in order if id(g) in kin]
    for group in order:
        if len(words) > 1 and _other_first_name(words, group):
            continue  # "Hector Paul Joseph" after "Arnel Joseph ... Joseph": another man of that name
        for earlier in group:
            names = _name_words(earlier.text)
            if words == names or (len(names) > 1 and words == names[-len(words) :]):
                return group
            if len(words) > 1 and _without_initials(words) == _without_initials(names):
                return group  # "Donald Trump" after "Donald J. Trump"
            if len(words) > 1 and names == words[-len(names) :]:
                return group
            if mention.label == "PERSON" and len(words) == 1 and len(names) > 1 and words[0] == names[0]:
                return group
    if mention.label == "PERSON" and words:  # the surname misspelt once ("Pederson" after "Geir Pedersen"),
        # when one earlier person has it and the first names, if both are given, are the same
        variants = [
            group
            for group in people
            if any(_same_but_spelling(words, _name_words(earlier.text)) for earlier in group)
        ]
        if len(variants) == 1:
            return variants[0]
    return None


def _without_initials(words: list[str]) -> list[str]:
    """A name's words less its middle initials ("donald j. trump" -> "donald trump")."""
    return [w for i, w in enumerate(words) if i == 0 or len(w.rstrip(".")) > 1]


def _other_first_name(words: list[str], group: list[Mention]) -> bool:
    """Does a person's full name in ``group`` end on the surname of ``words`` (a name of two words or more)
    but give another first name ("Arnel Joseph" for "Paul Joseph", "Jack Letts" for "John Letts"), neither
    name a tail of the other nor the first name an initial?"""
    for mention in group:
        names = _name_words(mention.text)
        if len(names) < 2 or names[-1] != words[-1]:
            continue
        if names == words[-len(names) :] or words == names[-len(words) :]:
            continue
        first, other = words[0].rstrip("."), names[0].rstrip(".")
        if len(first) > 1 and len(other) > 1 and first not in names and other not in words:
            return True
    return False


def _same_but_spelling(words: list[str], names: list[str]) -> bool:
    if not names or (len(words) > 1 and len(names) > 1 and words[:-1] != names[:-1]):
        return False
    return spelling_variant(words[-1], names[-1])


# The Arabic article written onto a name ("al-Assad", "el-Sisi", "ash-Shabi"): "Assad" names him again.
NAME_ARTICLES = ARABIC_ARTICLES | {"ul"}
NAME_ARTICLE = re.compile(rf"^(?:{'|'.join(sorted(NAME_ARTICLES))})-(?=\w{{3}})")


def _name_words(text: str) -> list[str]:
    """The words of a name, compared without case, apostrophe style ("De Blasio" = "de Blasio") or the
    Arabic article ("Bashar al-Assad" = "Bashar Assad")."""
    return [
        NAME_ARTICLE.sub("", w) for w in text.replace("\u2019", "'").lower().split() if w not in ("al", "el")
    ]


def add_bare_surnames(doc: Doc, mentions: list[Mention], groups: list[list[Mention]]) -> None:
    """Add the unlabelled "Burns" of "Burns left." to the person named "William Burns" earlier."""
    surnames: dict[str, list[Mention]] = {}
    for group in groups:
        if group[0].label == "PERSON":
            for mention in group:
                names = mention.text.split()
                # compared as names are ("al-Rufay'i" is "Rufay’i" again, "al-Assad" is "Assad")
                last = NAME_ARTICLE.sub("", names[-1])
                if len(names) > 1 and last[:1].isupper() and not _known_name(last):
                    surnames.setdefault(_name_words(last)[0], group)
    if not surnames:
        return
    taken = {i for m in mentions for i in range(m.start, m.end)}
    first_seen = {id(g): doc[g[0].start].i for g in surnames.values()}
    for token in doc:
        group = surnames.get(token.text.replace("\u2019", "'").lower())
        if group is None or token.i in taken or token.pos_ != "PROPN" or token.i < first_seen[id(group)]:
            continue
        start = token.i
        if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in NAME_ARTICLES:
            start -= 2  # "al-Rufay’i", split in three by the tokenizer
        if any(i in taken for i in range(start, token.i)):
            continue
        neighbours = [doc[j] for j in (start - 1, token.i + 1) if 0 <= j < len(doc)]
        titles = tables()["titles"]
        if any(n.pos_ == "PROPN" and n.i not in taken and norm(n.text) not in titles for n in neighbours):
            continue  # part of another, unlabelled name
        group.append(Mention(start, token.i + 1, "PERSON", doc[start : token.i + 1].text))
    for group in surnames.values():
        group.sort(key=lambda m: m.start)


def merge_defined_acronyms(doc: Doc, groups: list[list[Mention]]) -> list[list[Mention]]:
    """A name and the acronym the text defines for it ("The Baloch Liberation Army, or BLA, ...", "the
    Syrian Democratic Forces (SDF)"), or uses for it as the one name of the article with those initials, are
    one entity: the acronym's mentions join the name's, so "BLA" is coded as the Baloch Liberation Army
    wherever it stands."""
    group_of = {id(m): g for g in groups for m in g}
    by_end = {m.end: m for g in groups for m in g}
    named: dict[str, list[Mention]] = {}  # initials -> the names of more words that have them
    for group in groups:
        for m in group:
            if m.label in ("ORG", "NORP") and m.end - m.start > 1:
                named.setdefault(_initials(m.text), []).append(m)
    merged: set[int] = set()
    for group in groups:
        for mention in group:
            if mention.end - mention.start != 1 or not _acronym(mention.text) or id(group) in merged:
                continue
            i = mention.start
            if i >= 2 and doc[i - 1].lower_ == "or" and doc[i - 2].text == ",":
                before = i - 2
            elif i >= 1 and doc[i - 1].text == "(":
                before = i - 1
            else:
                before = None
            name = by_end.get(before) if before is not None else None
            if before is None:  # not defined in place: the one name of the article with those initials
                # ("... the Baloch Liberation Army ..." and later "the banned BLA")
                names = {id(group_of[id(m)]): m for m in named.get(mention.text, [])}
                name = next(iter(names.values())) if len(names) == 1 else None
            if name is None or name.label not in ("ORG", "NORP") or _initials(name.text) != mention.text:
                continue
            target = group_of[id(name)]
            if target is group:
                continue
            target.extend(group)
            target.sort(key=lambda m: m.start)
            for m in group:
                group_of[id(m)] = target
            merged.add(id(group))
    return [g for g in groups if id(g) not in merged]


def _acronym(text: str) -> bool:
    return 2 <= len(text) <= 8 and text.isupper() and text.isalpha()


def _initials(name: str) -> str:
    """The capitals that open the words of a name ("Tehreek-e-Taliban Pakistan": TTP)."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    if any(len(w) > 1 and w.isupper() for w in words):
        return ""  # a name that holds an acronym ("IS-Somalia") is not spelled out by another
    return "".join(w[0] for w in words if w[:1].isupper())


def add_repeated_acronyms(doc: Doc, mentions: list[Mention], groups: list[list[Mention]]) -> None:
    """Add the unlabelled "BLA" of "have both designated BLA as a terrorist group" (tagged a common noun)
    to the organisation the text has already called "BLA": an acronym it has used as a name is that name
    wherever it stands again."""
    acronyms: dict[str, list[Mention]] = {}
    for group in groups:
        for mention in group:
            text = mention.text
            if (
                mention.label == "ORG"
                and mention.end - mention.start == 1
                and len(text) > 1
                and text.isupper()
            ):
                acronyms.setdefault(text, group)
    if not acronyms:
        return
    taken = {i for m in mentions for i in range(m.start, m.end)}
    first_seen = {id(g): g[0].start for g in acronyms.values()}
    for token in doc:
        group = acronyms.get(token.text)
        if group is None or token.i in taken or token.i < first_seen[id(group)]:
            continue
        if token.pos_ not in ("PROPN", "NOUN") or (token.dep_ == "compound" and token.head.is_upper):
            continue  # (not a word of another acronym's name)
        group.append(Mention(token.i, token.i + 1, "ORG", token.text, group[0].key))
    for group in acronyms.values():
        group.sort(key=lambda m: m.start)


def _known_name(text: str) -> bool:
    """A country, capital, demonym or organisation: never a surname (towns can be: "Garland")."""
    t = tables()
    key = norm(text)
    return key in t["orgs"] or key in t["places"]
