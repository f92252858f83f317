"""Every voice counted once: who stands behind an evidence item, comparable across reports.

``source_identity(record, attribution_index)`` names the original source of one item: the entity the
source phrase links to (a pronoun's antecedent, "Sharif" after "Shehbaz Sharif"), the country and body of
an unnamed national body ("the Pakistani military", "Pakistan's military"), or the normalised name
(case, diacritics, hyphens, articles, titles, possessives and doubled letters set aside: "al-Shabab",
"al-Shabaab" and "Al Shabaab" are one key). A conduit (an outlet relaying the source, or an outlet's report
that carries someone's statement) is never the source: the key is the original's, the conduit is kept as
``via``. Anonymous and unidentifiable sources cannot be matched across reports, so their key holds the
report. ``attribution_index=None`` is the outlet's own voice: one source per outlet (or per report when
the outlet is unknown).

``SourceRegistry`` then merges, over many reports, keys that name one source in shorter forms: a surname
alone ("Sharif") into the one full name that ends with it, an acronym ("BLA") into the one name whose
initials it is, and an unnamed office ("Pakistan's prime minister") into the one named person seen
holding it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from dossier.actors.lexicon import NON_STATE_CODES, spelling_variant
from dossier.evidence.records import SourceClass
from dossier.nlp.words import (
    ANONYMOUS_NOUNS,
    GOVERNMENT_NOUNS,
    JOURNALIST_NOUNS,
    RELATIVE_PRONOUNS,
    ROLE_WORDS,
    SOURCE_PRONOUNS,
    SPEAKER_NOUNS,
    TITLE_WORDS,
    points_back,
)
from dossier.outlets import outlet_of
from dossier.schema import Attribution, Entity, Extraction, Source


def code_phrase(text: str):  # noqa: ANN201 - actors' ActorCode
    """The actors stage's code of a phrase, imported on first use: the actors package loads spaCy, which
    reading a store does not otherwise need."""
    from dossier.actors.coding import code_phrase as code

    return code(text)


STATEMENT_CUES = ("statement", "communiqu", "press release", "announce", "declar", "briefing")
GENERIC_NOUNS = (
    ANONYMOUS_NOUNS | GOVERNMENT_NOUNS | SPEAKER_NOUNS | {"authorities", "officials", "government"}
)
POINTING_WORDS = SOURCE_PRONOUNS | RELATIVE_PRONOUNS
NATIONAL_LABELS = frozenset({"GPE", "NORP"})
# The bodies that speak for a country as a whole: "Pakistan", "the Pakistani government", "Islamabad".
WHOLE_GOVERNMENT = frozenset({None, "GOV"})
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
ARTICLES = frozenset({"the", "a", "an"})
INITIAL_SKIP = frozenset({"of", "the", "and", "for", "in", "on"})
NAME_PARTICLES = frozenset(
    {"von", "van", "der", "de", "del", "da", "di", "du", "la", "le", "al", "el", "bin", "ibn"}
)
HEAD_PREPS = frozenset({"of", "for", "at", "to", "on", "from", "in", "by", "with"})
PREFIXED_NAME = re.compile(r"(?:al|el|ad|as|ash|an|ar|bin|ibn|abu)-[A-Z]")  # "al-Shabab", "el-Sisi"
STATEMENT_OWNER = re.compile(
    r"(?i)(?:an?|the)?\s*(?:\w+\s)?(?:statement|communiqu\w*|release)\s(?:from|by|of)\s(.+)"
)
PROPER_WORD = re.compile(r"[A-Z][\w'’.-]*")
# Members of a group speak with its voice ("Separatists belonging to the banned BLA", "fighters of
# al-Shabab", "militants linked to the Islamic State"): counted as the group, not as a source of their own.
MEMBERS_OF = re.compile(
    r"(?i)^(?:the\s+|some\s+|several\s+)?(?:[\w-]+\s+)?(?:members|fighters|militants|separatists|insurgents|"
    r"rebels|cadres|gunmen)\s+(?:belonging\s+to|of|from|linked\s+(?:to|with)|loyal\s+to)\s+(?P<group>.+)$"
)


@dataclass(frozen=True, slots=True)
class SourceIdentity:
    """Who stands behind an item: a key comparable across reports, and how to show it."""

    key: str  # canonical: the same person or body has the same key in every report
    name: str  # display name: "Shehbaz Sharif", "two people familiar with the matter", "VOA"
    kind: SourceClass  # named | anonymous | official_statement | outlet | unspecified
    via: str | None = None  # the conduit that relayed it ("the Times"), never counted as a source
    entity: str | None = None  # canonical name of the linked entity, when the text links one
    country: str | None = None  # ISO 3166 alpha-3, when known
    role: str | None = None  # title the text gives ("prime minister")


def canonical_name(text: str) -> str:
    """The comparable form of a name: case, diacritics, hyphens, articles, possessives, periods and
    doubled letters set aside.

    >>> canonical_name("Al-Shabaab's"), canonical_name("al Shabab"), canonical_name("The U.S. Army")
    ('al shabab', 'al shabab', 'us army')
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’`]s\b", "", text).replace(".", "")
    text = re.sub(r"[^\w]+", " ", text.replace("_", " "))
    words = text.split()
    while words and words[0] in ARTICLES:
        words.pop(0)
    return re.sub(r"(\w)\1+", r"\1", " ".join(words))


def person_name(text: str) -> str:
    """A person's name without the titles and country before it ("Pakistan's Prime Minister Shehbaz
    Sharif" -> "Shehbaz Sharif") or the apposition around it ("Steven Pifer, a senior fellow,", "Another
    passenger, Allah Ditta,")."""
    chunks = [c.strip() for c in text.split(",") if c.strip()]
    for chunk in chunks:
        if " and " in chunk or " & " in chunk:  # "Bugti and Chaudhry": a joint voice, kept whole
            return chunk
        chunk = re.split(r"\s(?:" + "|".join(sorted(HEAD_PREPS)) + r")\s", chunk)[0]
        words = chunk.split()
        last_title = -1
        for i, word in enumerate(words):
            bare = word.lower().strip(".,")
            possessive = bool(re.search(r"['’]s$", word))
            proper = (
                PROPER_WORD.fullmatch(word)
                or PREFIXED_NAME.match(word)
                or bare in NAME_PARTICLES
                and 0 < i < len(words) - 1
            )
            if bare in TITLE_WORDS or bare in ROLE_WORDS or not proper or possessive:
                last_title = i
        rest = words[last_title + 1 :]
        if rest:
            return " ".join(rest)
    return text


def _generic(text: str) -> bool:
    """Does the phrase name no one but a country and a kind of body ("the Pakistani military",
    "Authorities")? Capitalised words that are places or the lexicon's common nouns name no one."""
    for word in re.findall(r"[\w'’.-]+", text):
        bare = re.sub(r"['’]s$", "", word)
        if not bare[:1].isupper() or bare.lower() in ARTICLES:
            continue
        if code_phrase(bare).country is not None:
            continue
        common = code_phrase(bare.lower())
        if common.sector is None and common.role is None and bare.lower() not in GENERIC_NOUNS:
            return False
    return True


def _national(entity: str, label: str | None) -> bool:
    """Is the linked entity a country or its people ("Pakistan", "Pakistani"), not a mislabelled name?"""
    return label in NATIONAL_LABELS and code_phrase(entity).country is not None


def _without(name: str, entity: str | None) -> str:
    """``name`` without the words of ``entity`` ("The United States" less "United States": "The")."""
    if not entity:
        return name
    drop = set(canonical_name(entity).split())
    return " ".join(w for w in name.split() if canonical_name(w) not in drop)


def _heads(entity: str, name: str, person: bool = False) -> bool:
    """Is the entity the source phrase's head ("the U.S. State Department", "a State Department
    spokesperson"), rather than a modifier of it ("his U.N. mission", "a correspondent of the Times") or
    one of several ("Trump and Zelenskyy")?"""
    chunk = re.sub(r"\s*\([^)]*\)", "", name.split(",")[0]).strip()
    if " and " in chunk or " & " in chunk:
        return False
    entity_words = canonical_name(entity).split()
    if person and chunk.split() and canonical_name(chunk.split()[-1]) in entity_words:
        return True  # "Secretary of State Marco Rubio": the name ends the phrase
    if not any(f" {p} " in f" {w} " for p in HEAD_PREPS for w in entity_words):
        chunk = re.split(r"\s(?:" + "|".join(sorted(HEAD_PREPS)) + r")\s", chunk)[0]
    words = chunk.split()
    head = canonical_name(words[-1]) if words else ""
    return bool(head) and (
        head in entity_words
        or head in SPOKESPEOPLE
        or head.endswith("s")
        and any(w.startswith(head[:-1]) for w in entity_words)
    )


def _entity_name(record: Extraction, source: Source) -> tuple[str | None, str | None]:
    """The linked entity's canonical name and spaCy label."""
    if source.entity is None or not 0 <= source.entity < len(record.entities):
        return None, None
    entity = record.entities[source.entity]
    return entity.canonical or entity.text, entity.label


def _group_of_members(record: Extraction, source: Source, text: str) -> Entity | None:
    """The organisation whose members the source phrase names ("Separatists belonging to the banned BLA")."""
    found = MEMBERS_OF.match(text)
    if found is None or not source.spans:
        return None
    start = source.spans[0][0] + found.start("group")
    end = source.spans[-1][1]
    return next(
        (
            e
            for e in record.entities
            if e.label == "ORG" and any(start <= at and stop <= end for at, stop in e.spans)
        ),
        None,
    )


def _class(attribution: Attribution) -> SourceClass:
    source = attribution.source
    if source is None:
        return "unspecified"
    if source.kind == "anonymous":
        return "anonymous"
    cue = attribution.cue.text.lower()
    if source.kind == "document" or any(word in cue for word in STATEMENT_CUES):
        return "official_statement"
    if source.kind in ("person", "organization", "government"):
        return "named"
    return "unspecified"


def _is_outlet(source: Source) -> bool:
    return source.sector == "JRN" and source.role is None and source.kind != "person"


def _own_staff(record: Extraction, source: Source) -> bool:
    """A reporter or correspondent of the outlet that published the report ("A VOA reporter in the town",
    in a voanews.com report): the outlet's name in the source is the start of its host's name, or is it."""
    outlet = outlet_name(record)
    words = source.text.split()
    if not outlet or not any(w.lower().strip(",.'’s") in JOURNALIST_NOUNS for w in words):
        return False
    stem = outlet.lower().split(".")[0]
    names = [w.strip(",.").removesuffix("'s").removesuffix("’s") for w in words if w[:1].isupper()]
    return any(len(n) >= 3 and (stem.startswith(n.lower()) or n.lower() == outlet.lower()) for n in names)


def outlet_name(record: Extraction) -> str | None:
    """The outlet that published ``record``: its ``outlet`` field, else the host its URL names (as ingest
    records it when none is given; records stored before ingest did so have only the URL)."""
    return record.outlet or outlet_of(record.url)


def _outlet_identity(record: Extraction, report: str) -> SourceIdentity:
    name = outlet_name(record)
    key = f"outlet:{canonical_name(name)}" if name else f"outlet:report:{report}"
    return SourceIdentity(key=key, name=name or "the outlet itself", kind="outlet")


def _antecedent_text(record: Extraction, index: int) -> str | None:
    """For a pronoun source left without an entity, the latest earlier source of the same description."""
    source = record.attributions[index].source
    assert source is not None
    for earlier in reversed(record.attributions[:index]):
        prev = earlier.source
        if prev is None or prev.text.lower() in SOURCE_PRONOUNS or prev.kind != source.kind:
            continue
        if (prev.country, prev.sector, prev.role, prev.count) == (
            source.country,
            source.sector,
            source.role,
            source.count,
        ):
            return prev.text
    return None


def _relayed(record: Extraction, index: int) -> int | None:
    """For an outlet's report that carries someone's statement ("X said ..., IRNA reported"), the
    attribution of that statement nested in it."""
    for k, other in enumerate(record.attributions):
        if other.parent == index and other.source is not None and not _is_outlet(other.source):
            return k
    return None


def source_identity(
    record: Extraction, attribution_index: int | None, report: str | None = None
) -> SourceIdentity:
    """Who stands behind the attribution ``attribution_index`` of ``record`` (None: the outlet's own voice).

    ``report`` is the id of the original report (copies of a wire story share their original's), used to
    key sources that cannot be matched across reports; it defaults to ``record.id``.
    """
    report = report or record.id
    if attribution_index is None:
        return _outlet_identity(record, report)
    attribution = record.attributions[attribution_index]
    source = attribution.source
    via = attribution.via.text if attribution.via is not None else None
    if via is None and attribution.parent is not None and 0 <= attribution.parent < len(record.attributions):
        outer = record.attributions[attribution.parent].source
        if outer is not None and _is_outlet(outer):
            via = outer.text  # "X said ..., state media reported": state media relay X
    if source is not None and _is_outlet(source) and via is None:
        inner = _relayed(record, attribution_index)
        if inner is not None:  # the outlet relays the statement it carries
            return replace(source_identity(record, inner, report), via=source.text)
    if source is not None and via is None and _own_staff(record, source):
        return _outlet_identity(record, report)  # "A VOA reporter in the town said": the outlet's own voice
    kind = _class(attribution)
    if source is None:
        return SourceIdentity(key=f"unspecified:{report}:{attribution_index}", name="?", kind=kind, via=via)
    entity, label = _entity_name(record, source)
    text = source.text.strip().rstrip(",").strip()
    group = _group_of_members(record, source, text)
    if group is not None:
        entity, label = group.canonical or group.text, group.label
        text = entity
    # "he", "who", "the railway official": the attribution stage resolved it to whom it stands for
    pronoun = text.lower() in POINTING_WORDS or points_back(text.lower().split())
    if (
        entity
        and not _national(entity, label)
        and not pronoun
        and source.kind != "document"  # "the NISA statement", "a report by the State Department": its owner's
        and not _heads(entity, text, label == "PERSON")
    ):
        entity = None  # "his U.N. mission", "Trump and other officials": the entity is not the source
    name = entity if entity and pronoun and kind != "anonymous" else text
    if pronoun and (not entity or kind == "anonymous"):  # "The official added ...": the same unnamed one
        name = _antecedent_text(record, attribution_index) or text
        if name.lower() in POINTING_WORDS:  # nobody to resolve it to: it cannot be matched
            kind = "unspecified"
    common = dict(name=name, kind=kind, via=via, entity=entity, country=source.country, role=source.role)
    if _is_outlet(source) and kind != "anonymous":  # "CNN reported": the same voice as CNN's own reports
        if entity is None or _national(entity, label):  # "local media reports", "state media": which?
            where = source.country or f"{report}"
            prefix = "outlet" if source.country else "unspecified"
            return SourceIdentity(key=f"{prefix}:{where}:{canonical_name(name)}", **common)
        return SourceIdentity(key=f"outlet:{canonical_name(entity or name)}", **common)
    outlet = outlet_name(record)
    if kind == "anonymous" and outlet:  # one outlet's "security sources" in two of its reports cannot be
        # shown to be two sources: they count once for that outlet
        return SourceIdentity(key=f"anonymous:{outlet.lower()}:{canonical_name(name)}", **common)
    if kind in ("anonymous", "unspecified"):
        return SourceIdentity(key=f"{kind}:{report}:{canonical_name(name)}", **common)
    return SourceIdentity(key=_named_key(source, name, entity, label, kind, report), **common)


def _named_key(
    source: Source, name: str, entity: str | None, label: str | None, kind: SourceClass, report: str
) -> str:
    country, sector = source.country, source.sector
    if country in NON_STATE_CODES:
        country = None  # "the U.N.", "G7 ministers": no state speaks
    body = "" if sector in WHOLE_GOVERNMENT else f":{sector}"
    if source.kind == "person" and entity is None and source.role and _generic(name):
        if source.role in SPOKESPEOPLE and country:
            return f"named:{country}{body}"  # an unnamed spokesperson speaks for the body
        if country and all(w in TITLE_WORDS for w in source.role.split()):
            return f"office:{country}:{source.role}"  # "Pakistan's prime minister": resolved by the registry
        return f"unspecified:{report}:{canonical_name(name)}"
    if source.kind in ("government", "organization", "document") and country:
        national = entity is None or label in NATIONAL_LABELS and code_phrase(entity).country == country
        if national and _generic(_without(name, entity)):  # "Pakistan", "the Pakistani military"
            return f"named:{country}{body}"
    if not country and entity is None and _generic(name):  # "Authorities", "the government": whose?
        return f"unspecified:{report}:{canonical_name(name)}"
    titled = _after_title(name, source.role) if entity is None else None
    if entity and not _national(entity, label):
        base = person_name(entity) if label == "PERSON" else entity
    elif titled:  # "Military spokesperson Chaundry", a name the tagger did not link: the person named
        base = person_name(titled)
    elif source.kind == "person":
        base = person_name(name)
    else:
        base = name
    key = canonical_name(base)
    if not key:
        return f"unspecified:{report}:{canonical_name(name)}"
    owner = STATEMENT_OWNER.match(name)
    if kind == "official_statement" and entity is None and owner:  # "a statement from the ISPR"
        code = code_phrase(owner.group(1))
        if code.country and code.country not in NON_STATE_CODES and _generic(owner.group(1)):
            return f"named:{code.country}" + ("" if code.sector in WHOLE_GOVERNMENT else f":{code.sector}")
        return f"named:{canonical_name(owner.group(1))}"
    if kind == "official_statement" and entity is None and not country and _generic(name):
        return f"unspecified:{report}:{key}"  # "a statement", "the report": whose, the text does not say
    return f"named:{key}"


def _after_title(name: str, role: str | None) -> str | None:
    """The name after the title a source phrase opens on ("Military spokesperson Chaundry" -> "Chaundry"),
    when it is one: capitalised words, three at most."""
    if not role or not name.lower().startswith(role.lower() + " "):
        return None
    rest = name[len(role) + 1 :].strip()
    words = rest.split()
    return rest if 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) else None


class SourceRegistry:
    """Source identities across many reports, with shorter names merged into the full one they stand for.

    >>> registry = SourceRegistry([SourceIdentity("named:shehbaz sharif", "Shehbaz Sharif", "named"),
    ...                            SourceIdentity("named:sharif", "Sharif", "named")])
    >>> registry.key("named:sharif")
    'named:shehbaz sharif'
    """

    def __init__(self, identities: Iterable[SourceIdentity] = ()) -> None:
        self._identities: dict[str, SourceIdentity] = {}
        self._alias: dict[str, str] | None = None
        for identity in identities:
            self.add(identity)

    def add(self, identity: SourceIdentity) -> None:
        """Record one identity (the merges are worked out again on the next lookup)."""
        known = self._identities.get(identity.key)
        if known is None or identity.entity and not known.entity:  # keep the linked form of a name
            self._identities[identity.key] = identity
            self._alias = None

    def key(self, key: str) -> str:
        """The canonical key that ``key`` is merged into (itself when it is not merged)."""
        if self._alias is None:
            self._alias = self._merges()
        return self._alias.get(key, key)

    def resolve(self, identity: SourceIdentity) -> SourceIdentity:
        """``identity`` with its key merged, and the fuller name when it was a shorter form."""
        key = self.key(identity.key)
        if key == identity.key:
            return identity
        full = self._identities.get(key)
        return replace(identity, key=key, name=full.name if full else identity.name)

    def _merges(self) -> dict[str, str]:
        names = {k: k.removeprefix("named:") for k in self._identities if k.startswith("named:")}
        by_last: dict[str, set[str]] = defaultdict(set)
        by_initials: dict[str, set[str]] = defaultdict(set)
        for key, name in names.items():
            words = name.split()
            if len(words) >= 2 and self._identities[key].entity:  # a linked name, not a description
                by_last[words[-1]].add(key)
                initials = "".join(w[0] for w in words if w not in INITIAL_SKIP)
                if len(initials) >= 2:
                    by_initials[initials].add(key)
        alias: dict[str, str] = {}
        lasts_by_letter: dict[str, list[str]] = defaultdict(list)
        for last_name in by_last:
            lasts_by_letter[last_name[:1]].append(last_name)
        for key, name in names.items():
            if " " in name or ":" in name:
                continue
            shown = self._identities[key].name.strip()
            code = code_phrase(shown)
            if not shown[:1].isupper() or shown.lower() in POINTING_WORDS or code.country and not code.sector:
                continue  # "the force", "I", "Somalia": not a surname or an acronym
            last = shown.split()[-1] if shown.split() else ""
            acronym = last.isupper() and len(last) >= 2
            full = by_initials.get(name, set()) if acronym else by_last.get(name, set())
            if not full and not acronym:  # a surname misspelt ("Chaundry" for Chaudhry): the one full name
                # (a variant keeps its first letter, so only surnames with that letter are compared)
                full = {
                    k
                    for last_name in lasts_by_letter.get(name[:1], ())
                    if spelling_variant(name, last_name)
                    for k in by_last[last_name]
                }
            if len(full) == 1:
                alias[key] = next(iter(full))
        holders: dict[tuple[str, str], set[str]] = defaultdict(set)
        for key, identity in self._identities.items():
            if key.startswith("named:") and identity.country and identity.role and identity.entity:
                holders[(identity.country, identity.role)].add(alias.get(key, key))
        for key in self._identities:
            if key.startswith("office:"):
                _, country, role = key.split(":", 2)
                found = holders.get((country, role), set())
                if len(found) == 1:
                    alias[key] = next(iter(found))
        return alias
