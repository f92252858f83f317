"""Named entities of a parsed article: mentions found, relabelled, merged and coded to actor codes."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dossier.actors.coding import ActorCode, EntityHit, code_words
from dossier.actors.lexicon import Word, find_hits, norm, tables
from dossier.schema import Entity

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
MISLABELLED = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})  # may hide a place or an organisation
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PREMODIFIER_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "JJ", "POS", "HYPH"})
PREMODIFIER_WORDS = frozenset({"of", "for", "'s", "\u2019s", "-"})
MAX_PREMODIFIER = 10
TRAILING = frozenset({"'s", "\u2019s", "'", "\u2019", ".", ",", '"', "-", "--"})
PARTY_STATE_RE = re.compile(r"\s*,?\s*\(?([RDI])-[A-Z][A-Za-z.]+")
DATELINE_RE = re.compile(
    r"\s*(?P<city>[A-Z][A-Za-z.'\- ]{1,40}?)(?:,\s*(?P<region>[A-Z][A-Za-z.'\- ]{1,40}?))?\s*"
    r"(?P<outlet>\([^)\n]{1,40}\)\s*)?[\u2014\u2013-]{1,2}\s"
)
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp"})
DATELINE_TOKENS = 40
FOCUS_MIN_MENTIONS = 3
FOCUS_SHARE = 0.5
NON_STATE_CODES = frozenset({"IGO", "NGO", "IMG", "MNC", "ISM", "UNO", "EUR"})


@dataclass(slots=True)
class Mention:
    """One mention of a named entity: its tokens [start, end) in the doc and its (corrected) label."""

    start: int
    end: int
    label: str
    text: str
    key: tuple[str, str] | None = None  # what merges mentions; None for people (merged by name)


def extract_entities(doc: Doc) -> list[Entity]:
    """Every PERSON/ORG/GPE/NORP/LOC/FAC entity of ``doc``, mentions merged, coded, in order of first mention.

    >>> from dossier.nlp import load_pipeline
    >>> ents = extract_entities(load_pipeline()("CIA Director William Burns spoke. Burns left."))
    >>> [(e.canonical, e.country, e.sector, e.role, len(e.spans)) for e in ents if e.label == "PERSON"]
    [('William Burns', 'USA', 'SPY', 'director', 2)]
    """
    text = doc.text  # spaCy rebuilds it on every access: read it once
    mentions = _mentions(doc)
    groups = _group(mentions)
    _add_bare_surnames(doc, mentions, groups)
    counts: Counter[str] = Counter()
    for group in groups:
        country = _mention_country(group[0])
        if country:
            counts[country] += len(group)
    context = dateline_country(text) or focus_country(counts)
    entities = []
    for group in groups:
        first = group[0]
        code = _code_group(doc, text, group, context)
        if context == "USA" and norm(first.text) in tables()["also_us_states"]:
            code = ActorCode(country="USA")  # "Georgia" in an American story is the state
        entities.append(
            Entity(
                text=first.text,
                label=first.label,
                spans=sorted((doc[m.start].idx, _end_char(doc, m)) for m in group),
                canonical=_canonical(group),
                country=code.country,
                sector=code.sector,
                role=code.role,
            )
        )
    return entities


def focus_country(counts: Counter[str]) -> str | None:
    """The country an article is about, when one holds most country-coded mentions (weak context)."""
    if not counts:
        return None
    country, top = counts.most_common(1)[0]
    if top >= FOCUS_MIN_MENTIONS and top >= FOCUS_SHARE * sum(counts.values()) and len(country) == 3:
        return country if country not in NON_STATE_CODES else None
    return None


def context_country(doc: Doc, entities: list[Entity]) -> str | None:
    """Weak country context for unqualified national bodies: the dateline, else the article's focus."""
    counts: Counter[str] = Counter()
    for entity in entities:
        if entity.country and entity.label != "PERSON":
            counts[entity.country] += len(entity.spans)
    return doc_dateline_country(doc) or focus_country(counts)


def _mention_country(mention: Mention) -> str | None:
    kind, key = mention.key or ("", "")
    t = tables()
    if kind in ("PLACE", "NORP") and key in t["countries"]:
        return key
    if kind == "ORG":
        org = t["orgs"].get(norm(mention.text))
        return org[1] if org else None
    return t["cities"].get(key) if kind == "TEXT" else None


def doc_dateline_country(doc: Doc) -> str | None:
    """``dateline_country`` of a parsed article, reading only its opening tokens."""
    return dateline_country(doc[: min(len(doc), DATELINE_TOKENS)].text)


def dateline_country(text: str) -> str | None:
    """The country of an article's dateline ("WASHINGTON —", "KYIV, Ukraine (AP) —"), if it has one.

    >>> dateline_country("WASHINGTON — The United States said"), dateline_country("Iran denied it.")
    ('USA', None)
    """
    match = DATELINE_RE.match(text[:120])
    if not match or not (match["city"].isupper() or match["outlet"]):
        return None
    for part in (match["region"], match["city"]):
        if part:
            code = _place_country(part)
            if code:
                return code
    return None


def _place_country(text: str) -> str | None:
    t = tables()
    key = norm(text)
    if key in t["places"]:
        return t["places"][key][0]
    return t["cities"].get(key)


def _end_char(doc: Doc, mention: Mention) -> int:
    last = doc[mention.end - 1]
    return last.idx + len(last.text)


def _mentions(doc: Doc) -> list[Mention]:
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
        if label is None or (label == "ORG" and _title_complement(doc, start)):
            continue
        found.append(Mention(start, end, label, text))
        taken.update(range(ent.start, ent.end))
    found.extend(_unlabelled(doc, taken))
    found.sort(key=lambda m: m.start)
    _relabel_towns(doc, found)
    for mention in found:
        mention.key = _key(mention)
    return found


def _relabel_towns(doc: Doc, mentions: list[Mention]) -> None:
    """A lone "person" that is a known town and the object of a verb or preposition ("shelled Kharkiv")
    is the town, unless someone in the article bears that name."""
    surnames = {w for m in mentions if m.label == "PERSON" and m.end - m.start > 1 for w in m.text.split()}
    for mention in mentions:
        if mention.label != "PERSON" or mention.end - mention.start != 1 or mention.text in surnames:
            continue
        if norm(mention.text) in tables()["cities"] and doc[mention.start].dep_ in ("pobj", "dobj"):
            mention.label = "GPE"


def _trim(ent: Span) -> tuple[int, int]:
    start, end = ent.start, ent.end
    while start < end and (ent.doc[start].lower_ == "the" or ent.doc[start].is_punct):
        start += 1
    while end > start and (ent.doc[end - 1].text in TRAILING or ent.doc[end - 1].is_space):
        end -= 1
    return start, end


def _label(label: str, text: str) -> str | None:
    """spaCy's label, corrected where the text is a known place or organisation."""
    t = tables()
    key = norm(text)
    place = t["places"].get(key) if text[:1].isupper() else None
    if label in ENTITY_LABELS:
        if label in ("ORG", "PERSON", "NORP") and place and place[1] in ("name", "region"):
            return "GPE"
        if label in ("ORG", "PERSON") and place and place[1] == "capital":
            return "GPE"
        if label == "PERSON" and (place or key in t["orgs"]):
            return "ORG"
        if label == "NORP" and key in t["orgs"] and t["orgs"][key][2] != "PTY":
            return "ORG"
        return label
    if label in MISLABELLED:
        if place:
            return "ORG" if place[1] == "metonym" else "GPE"
        if key in t["cities"] and text[:1].isupper():
            return "GPE"
        if key in t["orgs"]:
            return "ORG"
    return None


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
        if i < dateline and i not in taken and token.is_upper and _place_country(token.text):
            found.append(Mention(i, i + 1, "GPE", token.text))  # "KYIV, Ukraine (AP) —"
            i += 1
            continue
        if i in taken or not (token.is_title or token.is_upper) or token.pos_ not in ("PROPN", "NOUN"):
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
        i += 1
    return found


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


def _group(mentions: list[Mention]) -> list[list[Mention]]:
    """Merge mentions of one entity: same key, or (people) the same name written shorter or longer."""
    groups: list[list[Mention]] = []
    by_key: dict[tuple[str, str], list[Mention]] = {}
    people: list[list[Mention]] = []
    for mention in mentions:
        person = _person_for(mention, people)
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


def _person_for(mention: Mention, people: list[list[Mention]]) -> list[Mention] | None:
    """The earlier person a mention names again: "Burns" after "William Burns", even if labelled ORG."""
    words = _name_words(mention.text)
    if mention.label != "PERSON" and (len(words) != 1 or _known_name(mention.text)):
        return None
    for group in reversed(people):
        for earlier in group:
            names = _name_words(earlier.text)
            if words == names or (len(names) > 1 and words == names[-len(words) :]):
                return group
            if len(words) > 1 and names == words[-len(names) :]:
                return group
            if mention.label == "PERSON" and len(words) == 1 and len(names) > 1 and words[0] == names[0]:
                return group
    return None


def _name_words(text: str) -> list[str]:
    """The words of a name, compared without case or apostrophe style ("De Blasio" = "de Blasio")."""
    return text.replace("\u2019", "'").lower().split()


def _add_bare_surnames(doc: Doc, mentions: list[Mention], groups: list[list[Mention]]) -> None:
    """Add the unlabelled "Burns" of "Burns left." to the person named "William Burns" earlier."""
    surnames: dict[str, list[Mention]] = {}
    for group in groups:
        if group[0].label == "PERSON":
            for mention in group:
                names = mention.text.split()
                if len(names) > 1 and names[-1][:1].isupper() and not _known_name(names[-1]):
                    surnames.setdefault(names[-1], group)
    if not surnames:
        return
    taken = {i for m in mentions for i in range(m.start, m.end)}
    first_seen = {id(g): doc[g[0].start].i for g in surnames.values()}
    for token in doc:
        group = surnames.get(token.text)
        if group is None or token.i in taken or token.pos_ != "PROPN" or token.i < first_seen[id(group)]:
            continue
        neighbours = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
        titles = tables()["titles"]
        if any(n.pos_ == "PROPN" and n.i not in taken and norm(n.text) not in titles for n in neighbours):
            continue  # part of another, unlabelled name
        group.append(Mention(token.i, token.i + 1, "PERSON", token.text))
    for group in surnames.values():
        group.sort(key=lambda m: m.start)


def _known_name(text: str) -> bool:
    """A country, capital, demonym or organisation: never a surname (towns can be: "Garland")."""
    t = tables()
    key = norm(text)
    return key in t["orgs"] or key in t["places"]


def _canonical(group: list[Mention]) -> str:
    first = group[0]
    if first.label == "PERSON":
        return max((m.text for m in group), key=lambda s: len(s.split()))
    t = tables()
    kind, key = first.key or ("", "")
    if kind == "ORG" and key in {v[0] for v in (t["orgs"].get(norm(first.text)),) if v}:
        return key
    if kind == "PLACE" and key in t["countries"]:
        return t["countries"][key]
    shouting = first.text.isupper() and first.label in PLACE_LABELS  # a dateline: "WASHINGTON"
    return first.text.title() if shouting else first.text


def _code_group(doc: Doc, text: str, group: list[Mention], context: str | None) -> ActorCode:
    first = group[0]
    if first.label != "PERSON":
        code = code_words(_words(doc[first.start : first.end]), context_country=context)
        if first.label in PLACE_LABELS | {"NORP"} and not _has_own_sector(doc, first):
            code = ActorCode(country=code.country)
        return ActorCode(country=code.country, sector=code.sector)
    country = sector = role = None
    for mention in group:
        for phrase in _role_phrases(doc, mention):
            code = code_words(_words(phrase), context_country=context, towns=False)
            country, sector, role = country or code.country, sector or code.sector, role or code.role
        after = text[_end_char(doc, mention) : _end_char(doc, mention) + 20]
        if PARTY_STATE_RE.match(after):
            country, sector = country or "USA", sector or "LEG"
    return ActorCode(country=country, sector=sector, role=role)


def _has_own_sector(doc: Doc, mention: Mention) -> bool:
    """True when a place or group name is itself an institution ("the White House", "Republicans")."""
    hits = find_hits(_words(doc[mention.start : mention.end]))
    return any(h.kind in ("org", "body") or (h.kind == "place" and h.sector) for h in hits)


def _words(tokens: Span | list[Token]) -> list[Word]:
    return [Word(t.text, t.idx, t.idx + len(t.text)) for t in tokens]


def _role_phrases(doc: Doc, mention: Mention) -> list[list[Token]]:
    """The premodifier ("CIA Director") and appositions ("Ukraine's president, ...") of a person mention."""
    phrases = []
    window = _premodifier(doc, mention.start)
    if window:
        phrases.append(window)
    root = doc[mention.start : mention.end].root
    inside = range(mention.start, mention.end)
    head = root.head
    if (
        root.dep_ == "appos"
        and head.pos_ in ("NOUN", "PROPN")
        and head.i not in inside
        and head.ent_type_ != "PERSON"
    ):
        skip = {t.i for t in root.subtree} | _clause_tokens(head)
        phrases.append([t for t in head.subtree if t.i not in skip and t.i < mention.start])
    for child in root.children:
        if child.dep_ == "appos" and child.ent_type_ != "PERSON" and child.i not in inside:
            skip = _clause_tokens(child)
            phrases.append([t for t in child.subtree if t.i not in skip])
    return [p for p in phrases if p and _says_who(p)]


def _says_who(tokens: list[Token]) -> bool:
    """True when a phrase names an office, body or group ("the White House spokesman"), not just anything."""
    return any(h.kind in ("title", "noun", "org", "body") for h in find_hits(_words(tokens)))


def _premodifier(doc: Doc, start: int) -> list[Token]:
    """Title words right before a name, up to the determiner: "National Security Council spokesman"."""
    sent_start = doc[start].sent.start
    tokens: list[Token] = []
    i = start - 1
    while i >= sent_start and len(tokens) < MAX_PREMODIFIER:
        token = doc[i]
        if token.ent_type_ == "PERSON" or not (
            token.tag_ in PREMODIFIER_TAGS or token.lower_ in PREMODIFIER_WORDS
        ):
            break
        if token.lower_ in ("of", "for") and (i == sent_start or not doc[i - 1].text[:1].isupper()):
            break  # "the centerpiece of President ...": the title starts after "of"
        tokens.insert(0, token)
        i -= 1
    while tokens and tokens[0].lower_ in PREMODIFIER_WORDS:
        tokens.pop(0)
    if not tokens:
        return []
    hits = find_hits(_words(tokens))
    if not hits or hits[-1].last != len(tokens) or hits[-1].kind not in ("title", "noun"):
        return []
    return tokens


def _clause_tokens(token: Token) -> set[int]:
    """Tokens of the clauses anywhere under ``token`` ("..., which represents teachers in the U.S.")."""
    return {t.i for node in token.subtree if node.dep_ in CLAUSE_DEPS and node != token for t in node.subtree}


def entity_hits(tokens: Span | list[Token], entities: list[Entity]) -> list[EntityHit]:
    """The known entity mentions inside ``tokens``, by character overlap, as word positions."""
    tokens = list(tokens)
    if not tokens:
        return []
    low, high = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    found = []
    for index, entity in enumerate(entities):
        for start, end in entity.spans:
            if end <= low or start >= high:
                continue
            covered = [i for i, t in enumerate(tokens) if t.idx < end and t.idx + len(t.text) > start]
            if covered:
                found.append(EntityHit(covered[0], covered[-1] + 1, index))
    return found
