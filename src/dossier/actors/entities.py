"""Named entities of a parsed article: mentions merged and coded to country, sector and role."""

from __future__ import annotations

import operator
import re
from bisect import bisect_left
from collections import Counter
from typing import Any

from spacy.tokens import Doc, Span, Token

from dossier.actors.coding import ActorCode, EntityHit, code_words, opens_posting, posted_to
from dossier.actors.context import dateline_country, focus_country
from dossier.actors.lexicon import Word, find_hits, leader_for, norm, tables
from dossier.actors.mentions import (
    ENTITY_LABELS,
    PLACE_LABELS,
    Mention,
    add_bare_surnames,
    add_repeated_acronyms,
    cased_acronym,
    end_char,
    find_mentions,
    group_mentions,
    mention_country,
    merge_defined_acronyms,
)
from dossier.nlp.spans import doc_text
from dossier.nlp.syntax import children, mark_people, opening_phrase_head, sentence_of, sentence_start
from dossier.nlp.words import PERSON_NOUNS, person_word
from dossier.schema import Entity

__all__ = ["ENTITY_LABELS", "entity_hits", "extract_entities"]

PREMODIFIER_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "JJ", "POS", "HYPH"})
PREMODIFIER_WORDS = frozenset({"of", "for", "'s", "\u2019s", "-"})
MAX_PREMODIFIER = 10
PARTY_STATE_RE = re.compile(r"\s*,?\s*\(?([RDI])-[A-Z][A-Za-z.]+")
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp"})


def extract_entities(doc: Doc, published: str | None = None) -> list[Entity]:
    """Every PERSON/ORG/GPE/NORP/LOC/FAC entity of ``doc``, mentions merged, coded, in order of first mention.

    A person the text leaves uncoded who is a leader of the bundled table gets the table's country, sector
    and role; ``published`` (an ISO date) makes one out of office by then "former" (ELI), or, before
    taking office, gives the country alone.

    >>> from dossier.nlp import load_pipeline
    >>> ents = extract_entities(load_pipeline()("CIA Director William Burns spoke. Burns left."))
    >>> [(e.canonical, e.country, e.sector, e.role, len(e.spans)) for e in ents if e.label == "PERSON"]
    [('William Burns', 'USA', 'SPY', 'director', 2)]
    """
    text = doc_text(doc)
    mentions = find_mentions(doc)
    groups = group_mentions(mentions, doc)
    add_bare_surnames(doc, mentions, groups)
    groups = merge_defined_acronyms(doc, groups)
    add_repeated_acronyms(doc, mentions, groups)
    counts: Counter[str] = Counter()
    for group in groups:
        country = mention_country(group[0])
        if country and country not in NON_NATIONAL and not _outlet(group[0]):  # "told VOA": whose reporting
            # it is, not where it happens; "posted on Twitter": no country's
            counts[country] += len(group)
    context = dateline_country(text) or focus_country(counts)
    year = int(published[:4]) if published and published[:4].isdigit() else None
    entities = []
    for group in groups:
        first = group[0]
        canonical = _canonical(group)
        code = _code_group(doc, text, group, context)
        if first.label == "PERSON":
            code = _with_leader(code, canonical, year)
            if code.country is None:
                code = ActorCode(country=_stated_nationality(doc, group), sector=code.sector, role=code.role)
            if code.country is None:
                code = _as_introduced(doc, first, code)
            if (
                code.country is None
                and context
                and _local_office(code.role)
                and _placed_in(doc, first, context)
            ):
                code = ActorCode(country=context, sector=code.sector, role=code.role)
        if context == "USA" and norm(first.text) in tables()["also_us_states"]:
            code = ActorCode(country="USA")  # "Georgia" in an American story is the state
        entities.append(
            Entity(
                text=first.text,
                label=first.label,
                spans=sorted((doc[m.start].idx, end_char(doc, m)) for m in group),
                canonical=canonical,
                country=code.country,
                sector=code.sector,
                role=code.role,
            )
        )
    mark_people(doc, [(m.start, m.end) for group in groups if group[0].label == "PERSON" for m in group])
    return entities


# Offices below the nation's: whoever holds one governs, polices or speaks for a part of the country the
# article is about ("State Governor Bello Matawalle" in a story from Nigeria).
LOCAL_OFFICES = frozenset({"governor", "mayor"})
LOCAL_QUALIFIERS = frozenset({"provincial", "district", "municipal", "county", "regional", "state", "city"})


def _placed_in(doc: Doc, mention: Mention, country: str) -> bool:
    """Does the sentence that first names the person name no place of another country than ``country``
    ("Luca Zaia, governor of the Veneto region, one of Italy's worst-hit areas", in a story of France)?"""
    places = tables()["places"]
    sentence = sentence_of(doc[mention.start])
    found = {
        places[norm(e.text)][0]
        for e in sentence.ents
        if e.label_ in ("GPE", "LOC", "NORP") and norm(e.text) in places
    }
    return not found - {country}


def _local_office(role: str | None) -> bool:
    """Is ``role`` an office of a province, district, state or town ("state governor", "mayor",
    "provincial spokesperson"), not of a nation ("governor of the central bank" is no role here)?"""
    words = (role or "").split()
    return bool(words) and (words[-1] in LOCAL_OFFICES or words[0] in LOCAL_QUALIFIERS)


# Codes of bodies of no one country, which say nothing of where a story happens.
NON_NATIONAL = frozenset({"MNC", "IGO", "NGO", "UNO", "EUR", "IMG"})


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
            words = _words(phrase)
            own = code_words(words, towns=False)
            named = own.country or _body_country(doc, words, phrase[0].i)
            code = own if named else code_words(words, context_country=context, towns=False)
            country, sector, role = country or named or code.country, sector or code.sector, role or code.role
        after = text[end_char(doc, mention) : end_char(doc, mention) + 20]
        if PARTY_STATE_RE.match(after):
            country, sector = country or "USA", sector or "LEG"
    return ActorCode(country=country, sector=sector, role=role)


def _as_introduced(doc: Doc, mention: Mention, code: ActorCode) -> ActorCode:
    """A person the text codes no way else takes the code of the office that introduced them, unless the
    text gives them an office of another sector ("A High Court judge in Zimbabwe adjourned the case of a
    journalist ... Blessed Mhlanga, a journalist with NewsDay, ...": not the judge)."""
    introduced = _introduced_by(doc, mention)
    if introduced is None:
        return code
    office = code_words(_words(introduced), towns=False)
    if code.sector is not None and office.sector is not None and code.sector != office.sector:
        return code
    return ActorCode(
        country=office.country, sector=code.sector or office.sector, role=code.role or office.role
    )


def _introduced_by(doc: Doc, mention: Mention) -> list[Token] | None:
    """The office that the sentence before a person's first mention makes its subject, where it names
    no one, when the person is the subject of their own: news introduces people so ("The U.N. special envoy
    for Syria is calling for an end to violence ... Geir Pedersen issued his appeal Friday", "China's U.N.
    ambassador told reporters ... Fu Cong blamed ..."). Only an office coded to a country or a body."""
    root = doc[mention.start : mention.end].root
    start = sentence_start(root)
    if root.dep_ != "nsubj" or start == 0:
        return None
    before = sentence_of(doc[start - 1])
    subjects = [c for c in before.root.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    skip = _clause_tokens(subjects[0])
    phrase = [t for t in subjects[0].subtree if t.i not in skip]
    if any(t.ent_type_ == "PERSON" for t in phrase) or any(
        t.ent_type_ == "PERSON" for t in doc[before.end : mention.start]
    ):
        return None
    if not any(h.kind == "title" for h in find_hits(_words(phrase))):
        return None
    return phrase if code_words(_words(phrase), towns=False).country else None


def _stated_nationality(doc: Doc, group: list[Mention]) -> str | None:
    """A nationality a copula says of the person ("Mehdiyev, who is Azerbaijani", "Rasmussen ... was a
    two-term Danish prime minister"): the country only (the post may be a past one)."""
    for mention in group:
        root = doc[mention.start : mention.end].root
        verbs = []
        if root.dep_ == "nsubj":
            verb = root.head
            verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and not children(c, "nsubj"))]
        verbs += [
            c for c in root.children if c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children)
        ]
        for attr in (a for v in verbs if v.lemma_ == "be" for a in v.children if a.dep_ in ("attr", "acomp")):
            # ("Azerbaijani", which the tagger may call a name)
            nationality = attr.ent_type_ == "NORP" or (attr.pos_ == "PROPN" and not any(attr.children))
            person = nationality or _person_noun(attr)
            words = (
                [attr]
                if nationality
                else [c for c in attr.children if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"]
            )
            if person and words:
                country = code_words(_words(words), towns=False).country
                if country:
                    return country
        for origin in _origins(root):
            country = code_words(_words([origin]), towns=False).country
            if country:
                return country
    return None


def _origins(root: Token) -> list[Token]:
    """The countries a parenthesis says a person is from ("Ahmed Ali, from Kenya, said", "Amirov and
    Omarov, both from Azerbaijan, have pleaded")."""
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    preps = [
        c
        for node in {root, first}
        for c in node.children
        if c.dep_ == "prep" and c.lower_ == "from" and c.i > 0 and c.doc[c.i - 1].text == ","
    ]
    preps += [
        p
        for node in {root, first}
        for a in node.children
        if a.dep_ == "appos" and a.lower_ in ("both", "all", "each")
        for p in a.children
        if p.dep_ == "prep" and p.lower_ == "from"
    ]
    return [o for p in preps for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"]


def _person_noun(tok: Token) -> bool:
    """A noun for a person or a post ("politician", "prime minister", "national")."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (
        person_word(lemma) or lemma in PERSON_NOUNS or norm(lemma) in tables()["titles"]
    )


MAX_BODY_PHRASE = 12  # tokens: a longer phrase is a clause, not a body's name
BODY_SENTENCES = 4  # sentences back in which a body named without its country may have been named with it
_BODY_FILLER = frozenset({"of", "the", "affairs", "'s", "’s"})


def _body_key(words: list[Word]) -> frozenset[str]:
    """The words that name a national body, whatever their order ("Ministry of Foreign Affairs" and
    "foreign ministry" are one key)."""
    hits = [h for h in find_hits(words) if h.kind == "body"]
    if not hits:
        return frozenset()
    return frozenset(
        w.text.lower() for h in hits for w in words[h.first : h.last] if w.text.lower() not in _BODY_FILLER
    )


def _outlet(mention: Mention) -> bool:
    """Is the mention a news outlet of the organisations table ("VOA", "Reuters", "Xinhua")?"""
    kind, _ = mention.key or ("", "")
    org = tables()["orgs"].get(norm(mention.text)) if kind == "ORG" else None
    return bool(org) and org[2] == "JRN"


def _body_country(doc: Doc, words: list[Word], start: int) -> str | None:
    """The country of a body a person's title names without one ("foreign ministry spokesperson Abdul
    Qahar Balkhi"), from the latest mention of the same body with its country in the sentences before
    ("Afghanistan's Ministry of Foreign Affairs called Pakistan's assertions baseless")."""
    key = _body_key(words)
    if not key:
        return None
    sentences = [doc[start].sent]
    while sentences[-1].start > 0 and len(sentences) <= BODY_SENTENCES:
        sentences.append(doc[sentences[-1].start - 1].sent)  # the sentence before, back to the first
    for sent in sentences:
        heads = [
            t for t in sent if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "amod", "poss")
        ]
        for head in reversed([t for t in heads if t.i < start]):
            left, right = head.left_edge.i, head.right_edge.i + 1
            if right - left > MAX_BODY_PHRASE or left <= start < right:
                continue
            phrase = _words(doc[left:right])  # "Afghanistan's Ministry of Foreign Affairs"
            if _body_key(phrase) == key:
                country = code_words(phrase, towns=False).country
                if country:
                    return country
    return None


def _with_leader(code: ActorCode, name: str, year: int | None) -> ActorCode:
    """Fill what the text leaves open about a person from the bundled table of leaders ("Erdogan said"
    -> TUR, GOV, president). The text wins: a person it gives another country is someone else, and
    a sector or role it gives (a title, "former") keeps the table to the country alone. In a text of a
    year the leader was out of office, they are "former" (ELI); before their first term, only the
    country is theirs."""
    if code.country and code.sector and code.role:
        return code
    leader = leader_for(name)
    if leader is None or code.country not in (None, leader.country):
        return code
    sector, role = leader.sector, leader.role
    if year is not None and not leader.in_office(year):
        if year < leader.first_year():
            sector = role = None
        else:
            sector, role = "ELI", f"former {leader.role}"
    if code.sector not in (None, sector) or code.role is not None or sector is None:
        return ActorCode(country=leader.country, sector=code.sector, role=code.role)
    return ActorCode(country=leader.country, sector=sector, role=role)


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
        and not _subject_misparsed(root)
    ):
        skip = {t.i for t in root.subtree} | _clause_tokens(head)
        phrases.append([t for t in head.subtree if t.i not in skip and t.i < mention.start])
    for child in root.children:
        if child.dep_ == "appos" and child.ent_type_ != "PERSON" and child.i not in inside:
            skip = _clause_tokens(child)
            phrases.append([t for t in child.subtree if t.i not in skip])
    return [p for p in phrases if p and (_says_who(p) or _says_from(p))]


def _says_from(tokens: list[Token]) -> bool:
    """True when an apposition says what country a person is from ("Michelle Madau, a 41-year-old
    beautician from Zimbabwe"), whatever their trade."""
    words = _words(tokens)
    return any(
        h.kind == "place"
        and h.place_kind == "name"
        and h.first > 0
        and words[h.first - 1].text.lower() == "from"
        for h in find_hits(words)
    )


def _subject_misparsed(appos: Token) -> bool:
    """Is a name the parser hung as an apposition on the object of an opening preposition the subject of
    the verb after it ("In an interview with Reuters, Dodik's lawyer, Anto Nobilo, said ...": the lawyer
    is not of Reuters; "said" has no subject of its own)?"""
    verb = opening_phrase_head(appos.head)
    return (
        verb is not None
        and appos.i < verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _says_who(tokens: list[Token]) -> bool:
    """True when a phrase names an office, body or group ("the White House spokesman"), not just anything."""
    return any(h.kind in ("title", "noun", "org", "body") for h in find_hits(_words(tokens)))


def _premodifier(doc: Doc, start: int) -> list[Token]:
    """Title words right before a name, up to the determiner: "National Security Council spokesman"."""
    sent_start = sentence_start(doc[start])
    tokens: list[Token] = []
    i = start - 1
    while i >= sent_start and len(tokens) < MAX_PREMODIFIER:
        token = doc[i]
        if i > sent_start and opens_posting(doc[i - 1].text, token.text):
            tokens.insert(0, token)  # "U.S. Ambassador to China Nicholas Burns", "U.N. special envoy for
            i -= 1  # Syria Geir Pedersen": where the post is directed is part of the title
            continue
        if token.lower_ == "the" and i - 1 > sent_start and opens_posting(doc[i - 2].text, doc[i - 1].text):
            tokens.insert(0, token)  # "U.S. Ambassador to the U.N. Linda Thomas-Greenfield"
            i -= 1
            continue
        if token.ent_type_ == "PERSON" or not (
            token.tag_ in PREMODIFIER_TAGS
            or token.lower_ in PREMODIFIER_WORDS
            or _appointed_by(token)
            or cased_acronym(token)  # "IS deputy caliph ...", "IS" tagged a verb
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
    words = _words(tokens)
    hits = [h for h in find_hits(words) if not posted_to(words, h)]
    posting = next(
        (k for k in range(1, len(tokens)) if opens_posting(tokens[k - 1].text, tokens[k].text)),
        len(tokens),
    )
    if not hits or hits[-1].last != posting or hits[-1].kind not in ("title", "noun"):
        return []
    return tokens


# Participles that, hyphened to a body, make a person that body's official: "United Nations-appointed
# special rapporteur Richard Bennett", "the Kremlin-appointed governor" (not "U.S.-backed": a client).
APPOINTING_WORDS = frozenset({"appointed", "installed"})


def _appointed_by(token: Token) -> bool:
    return token.lower_ in APPOINTING_WORDS and token.i > 0 and token.nbor(-1).tag_ == "HYPH"


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
    for start, end, index, _ in _spans_between(entities, low, high):
        covered = [i for i, t in enumerate(tokens) if t.idx < end and t.idx + len(t.text) > start]
        if covered:
            found.append(EntityHit(covered[0], covered[-1] + 1, index))
    return found


_SPAN_INDEX: list[Any] = [None, [], [], 0]  # the entities (a tuple), sorted span starts, rows, longest span


def _spans_between(entities: list[Entity], low: int, high: int) -> list[tuple[int, int, int, int]]:
    """(start, end, entity index, mention number) of the mentions overlapping ``[low, high)``, in entity
    then mention order. The mentions of the last entities asked about (the same records, in the same
    order) are kept sorted, so a lookup is a bisection, not a walk over every mention of the article
    (once per source, that was quadratic)."""
    cached = _SPAN_INDEX[0]
    if cached is None or len(cached) != len(entities) or not all(map(operator.is_, cached, entities)):
        rows = sorted(
            (start, end, index, k)
            for index, entity in enumerate(entities)
            for k, (start, end) in enumerate(entity.spans)
        )
        longest = max((end - start for start, end, _, _ in rows), default=0)
        _SPAN_INDEX[:] = [tuple(entities), [r[0] for r in rows], rows, longest]
    _, starts, rows, longest = _SPAN_INDEX
    first = bisect_left(starts, low - longest)
    last = bisect_left(starts, high)
    hits = [r for r in rows[first:last] if r[1] > low]
    return sorted(hits, key=lambda r: (r[2], r[3]))
