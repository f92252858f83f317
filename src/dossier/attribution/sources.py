"""Describe sources: kind, anonymous counts and reasons, actor codes, and pronouns resolved."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from dossier import actors
from dossier.actors.lexicon import tables
from dossier.nlp import token_spans
from dossier.nlp.spans import doc_text
from dossier.nlp.syntax import entity_span, resolve_pronoun
from dossier.nlp.words import (
    ANONYMOUS_NOUNS,
    BODY_NOUNS,
    DESCRIBING_NOUNS,
    DOCUMENT_NOUNS,
    GOVERNMENT_NOUNS,
    NUMBER_WORDS,
    OFFICE_TITLES,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    ROLE_WORDS,
    SOURCE_PRONOUNS,
    SPEAKER_NOUNS,
    WHERE_PREPS,
    person_word,
    points_back,
)
from dossier.schema import Entity, Source

ANONYMITY = re.compile(
    r"\b(?:(?:on|under) (?:the )?condition (?:of|that) (?:anonymity|(?:they|he|she) not be (?:named|identified))"
    r"|anonymously|without being named|not authorized to (?:speak|comment|discuss)[^.;,]*"
    r"|requested anonymity|asked not to be (?:named|identified))"
    r"(?P<why>\s+(?:to|because|since|as)\s[^.;,\n]*)?",  # (to the end of the clause: "..., said")
    re.IGNORECASE,
)


def _head_lemma(tokens: list[Token]) -> tuple[Token | None, str]:
    ids = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    head = roots[0] if roots else (tokens[-1] if tokens else None)
    return head, head.lemma_.lower() if head is not None else ""


def _entity_label(tokens: list[Token]) -> str | None:
    labels = [t.ent_type_ for t in tokens if t.ent_type_]
    for wanted in ("PERSON", "ORG", "GPE", "NORP"):
        if wanted in labels:
            return wanted
    return None


def source_count(tokens: list[Token]) -> int | None:
    """How many anonymous sources the phrase counts ("two people" -> 2, "officials" -> None)."""
    head, lem = _head_lemma(tokens)
    if head is None:
        return None
    for t in tokens:
        if t.head.i == head.i and t.dep_ in {"nummod", "det", "quantmod"} and t.lower_ in NUMBER_WORDS:
            if t.dep_ == "det" and head.tag_ in {"NNS", "NNPS"}:
                continue
            return NUMBER_WORDS[t.lower_]
        if t.head.i == head.i and t.dep_ == "nummod" and t.like_num:
            try:
                return int(t.text.replace(",", ""))
            except ValueError:
                return None
    return None


# Sectors of bodies that are never a state's: parties, rebels, the opposition, businesses, charities.
NON_STATE_SECTORS = frozenset({"PTY", "REB", "OPP", "BUS", "NGO"})


def source_kind(tokens: list[Token], code_sector: str | None) -> str:
    """person, organization, government, anonymous, document or unspecified."""
    head, lem = _head_lemma(tokens)
    if head is None:
        return "unspecified"
    text = " ".join(t.lower_ for t in tokens)
    # (a body named where the source is is not its kind: "a reporter at the White House", "an owner of a
    # printing press in the eastern province of Nangarhar")
    where = {t.i for p in head.children if p.dep_ == "prep" and p.lower_ in WHERE_PREPS for t in p.subtree}
    named = [t for t in tokens if t.i not in where]
    label = _entity_label(named)
    if head.ent_type_ == "PERSON" or (label == "PERSON" and head.pos_ == "PROPN"):
        return "person"
    if lem in DOCUMENT_NOUNS or head.lower_ in DOCUMENT_NOUNS:
        return "document"
    if head.pos_ == "NOUN" and label != "PERSON" and ANONYMITY.search(text):
        return "anonymous"  # "An owner of a printing press in ..., who requested anonymity for fear of ..."
    if lem in ANONYMOUS_NOUNS and label not in {"PERSON"} and not head.ent_type_:
        if "familiar" in text or "anonym" in text or head.tag_ in {"NNS"} or lem in {"source", "person"}:
            return "anonymous"
        if any(t.lower_ in {"a", "an", "one", "two", "three", "some", "several", "senior"} for t in tokens):
            return "anonymous"
    if head.pos_ == "PRON":
        return "unspecified"
    if head.pos_ == "PROPN" and not head.ent_type_ and _titled(head):
        return "person"  # "Nop Vy, the association's executive director, told VOA", "Oh Ei Sun, senior
        # fellow with the Singapore Institute of International Affairs": a name the tagger missed, a title
        # on it (whatever body the title names)
    if code_sector in NON_STATE_SECTORS and (head.ent_type_ == "ORG" or label == "ORG"):
        return "organization"  # "The National Congress Party": a party by name, whatever word of it a
        # government's body has ("congress")
    if (
        any(g in " ".join(t.lower_ for t in named) for g in GOVERNMENT_NOUNS)
        and label != "PERSON"
        or (code_sector in {"GOV", "MIL"})
    ):
        if label == "PERSON" and not (lem in GOVERNMENT_NOUNS and head.pos_ == "NOUN"):
            return "person"  # (but "the Trump administration" is a government a person names)
        return "government"
    if label != "PERSON" and _people_of(head, lem):
        return "unspecified"  # "Cameroon's chicken sellers", "a JetBlue pilot": people the place or body
        # only owns or qualifies, not the body itself
    if head.ent_type_ in {"GPE"} or label == "GPE" and head.ent_type_ in {"GPE", "NORP", ""}:
        return "government"
    if head.ent_type_ == "ORG" or label == "ORG":
        return "organization"
    if label == "PERSON" or lem in SPEAKER_NOUNS:
        return "person"
    if lem in ANONYMOUS_NOUNS:
        return "anonymous"
    return "unspecified"


def _people_of(head: Token, lemma: str) -> bool:
    """Is the phrase's head a common noun for people who hold no office ("sellers", "pilot", "opponents"),
    whatever name modifies it?"""
    if head.pos_ != "NOUN" or head.ent_type_ or lemma in SPEAKER_NOUNS or lemma in GOVERNMENT_NOUNS:
        return False
    if lemma in tables()["titles"]:
        return False  # "U.S. commanders", "the chief foreign correspondent of ...": an office
    return lemma in PERSON_NOUNS or lemma in DESCRIBING_NOUNS or person_word(lemma)


def _titled(head: Token) -> bool:
    """Does a title stand in apposition to ``head`` ("Nop Vy, the association's executive director")?"""
    return any(c.dep_ == "appos" and c.lemma_.lower() in SPEAKER_NOUNS for c in head.children)


def role_of(tokens: list[Token]) -> str | None:
    """A title the phrase gives its source ("spokesman", "director"), from premodifiers or apposition."""
    for t in reversed(tokens):
        if t.lower_ in ROLE_WORDS and t.pos_ in {"NOUN", "PROPN"}:
            return t.lower_
    return None


def code_source(tokens: list[Token], text: str, entities: list[Entity]):
    """The actors stage's code for the source phrase (country, sector, role, entity)."""
    span = tokens[0].doc[tokens[0].i : tokens[-1].i + 1] if tokens else None
    coder = getattr(actors, "code_span", None)
    try:
        if coder is not None and span is not None:
            return coder(span, entities)
        return actors.code_phrase(text, entities)
    except Exception:  # noqa: BLE001 - a coder failure must not lose the attribution
        return actors.ActorCode()


def anonymity_reasons(text: str) -> list[tuple[int, str]]:
    """(offset, reason) for every statement of why a source is anonymous."""
    out = []
    for m in ANONYMITY.finditer(text):
        why = (m.group("why") or "").strip()
        out.append((m.start(), why or m.group(0).strip()))
    return out


def core(tokens: list[Token]) -> list[Token]:
    """The source phrase without the clauses that describe it and the commas around them ("The officials,
    speaking on the condition of anonymity ...," -> "The officials"; "ICE and DHS, which has been
    spearheading ... under President Donald Trump," -> "ICE and DHS"): what names the source."""
    head, _ = _head_lemma(tokens)
    if head is None:
        return tokens
    ids = {t.i for t in tokens}
    phrase = {t.i for t in head.subtree} & ids  # (the parser may hang a participle on a comma)
    dropped = {
        d.i
        for t in tokens
        if (t.dep_ in ("relcl", "acl") and t.head.i in ids and t.head.i != t.i) or t.head.is_punct
        for d in t.subtree
    }  # (a word hung on a comma is a clause the parser could not place: "The officials, speaking ...")
    kept = [t for t in tokens if t.i in phrase and t.i not in dropped]
    while len(kept) > 1 and kept[-1].is_punct:
        kept.pop()
    return kept or tokens


def describe_source(tokens: list[Token], doc_text: str, entities: list[Entity]) -> Source:
    """A Source record for the phrase ``tokens`` (not yet resolved if it is a pronoun)."""
    spans = token_spans(tokens, doc_text)
    text = " ".join(doc_text[s:e] for s, e in spans)
    code = code_source(tokens, text, entities)
    kind = source_kind(tokens, code.sector)
    linked = actors.entity_at(entities, code.entity)
    head, lemma = _head_lemma(tokens)
    if (
        linked is not None
        and linked.label == "PERSON"
        and kind in ("unspecified", "government", "organization")
        and not (lemma in GOVERNMENT_NOUNS and head is not None and head.pos_ == "NOUN")
    ):
        kind = "person"  # the tagger missed the name the actors stage found ("Imran Hayat, the ..."), or
        # took a surname the article gave in full before for a body ("Dakin-Grimm said")
    entity = code.entity
    if kind == "person" and linked is not None and linked.label != "PERSON" and head is not None:
        name = (head.left_edge.idx, head.idx + len(head.text))
        if not any(s < name[1] and name[0] < e for s, e in linked.spans):
            entity = None  # "Oh Ei Sun, senior fellow with the Singapore Institute ...": he is not the
            # body his title names
    if kind == "person" and entity is None and head is not None and head.pos_ == "PROPN":
        entity = _named_later(head, entities)
    count = source_count(tokens) if kind == "anonymous" else None
    role = code.role or role_of(tokens)
    return Source(
        text=text,
        spans=spans,
        kind=kind,
        count=count,
        entity=entity,
        country=code.country,
        sector=code.sector,
        role=role,
    )


def _named_later(head: Token, entities: list[Entity]) -> int | None:
    """The one person the article names by the surname ``head`` ends a name on, where the tagger missed the
    name itself ("Palwende Boua, a research associate at ..., said" and, later, "Boua said")."""
    found = {
        k for k, e in enumerate(entities) if e.label == "PERSON" and e.canonical.split()[-1:] == [head.text]
    }
    return found.pop() if len(found) == 1 else None


# How far back, in characters, a body named again as "the group" may have been named by its name.
BODY_REACH = 600


def body_antecedent(tokens: list[Token], source: Source, entities: list[Entity]) -> int | None:
    """The body a source phrase such as "the group", "the separatist group" or "the agency" names again:
    the organisation named last in the lines before it ("The separatist group accuses Pakistan ..." after
    "BLA has claimed responsibility ..."), of a sector such a body can have and that agrees with any sector
    the phrase gives ("the insurgent group": a REB body); None where no such name is close enough (a
    group the tagger did not find by name is not the last body it did find).
    """
    words = [t.lower_ for t in core(tokens)]
    if (
        not (2 <= len(words) <= 5 and words[0] == "the" and words[-1] in BODY_NOUNS)
        or source.entity is not None
    ):
        return None
    if not source.spans:
        return None
    start = source.spans[0][0]
    barred = BODY_NOUNS[words[-1]]
    best: tuple[int, int] | None = None
    for k, entity in enumerate(entities):
        if entity.label != "ORG" or entity.sector in barred:
            continue
        if source.sector is not None and entity.sector is not None and entity.sector != source.sector:
            continue
        last = max((e for s, e in entity.spans if e <= start), default=None)
        if last is None or start - last > BODY_REACH:
            continue
        if best is None or last > best[0]:
            best = (last, k)
    if best is None:
        return None
    doc = tokens[0].doc
    named = [span for entity in entities for span in entity.spans]
    between = doc.char_span(best[0], start, alignment_mode="expand")
    if between is not None and any(
        t.pos_ == "PROPN" and not any(s <= t.idx < e for s, e in named) for t in between
    ):
        return None  # a name the tagger did not find stands between ("Data from Dog Meat Free Indonesia
        # ..., according to the organization" after the World Health Organization)
    return best[1]


def is_pronoun(tokens: list[Token]) -> bool:
    return points_back([t.lower_ for t in core(tokens)])


def _compatible(pronoun: str, source: Source) -> bool:
    if pronoun in PLURAL_PRONOUNS:
        return source.kind in {"anonymous", "government", "organization"} and (
            source.count is None or source.count != 1
        )
    if pronoun in PERSON_PRONOUNS:
        return source.kind in {"person", "anonymous"} and source.count in {None, 1}
    if pronoun == "it":
        return source.kind in {"government", "organization", "document"}
    return source.kind != "unspecified"


def _may_hold_title(source: Source, modifiers: list[str], title: str) -> bool:
    """Can ``source`` be the one "the [modifiers] title" points back to: a source of that role or so named
    ("a DHS spokesperson" for "the spokesperson", "Iraqi officials" for "the officials"), or a person with
    an office or described by the same words ("Imran Hayat, the divisional railway superintendent" for
    "the railway official"); not a passenger quoted last (for "the military spokesperson")?"""
    role = source.role
    if title in DESCRIBING_NOUNS:  # "the business owner" after "An owner of a printing press in ...": a
        # source the article described by that noun, whatever else it said of it
        described = rf"(?:^|, )(?:an?|one|the|another)\s+(?:[\w-]+\s+){{0,2}}{title}\b"
        return role == title or re.search(described, source.text, re.I) is not None
    if title == "leader":  # "the Israeli leader" after Netanyahu; not "the Hamas leader" after him
        return source.kind == "person" and all(
            m in source.text.lower() or (source.country and actors.resolve_country(m) == source.country)
            for m in modifiers
        )
    if role is not None and (role == title or role.endswith(" " + title)):
        return True
    named = source.text.lower().rstrip(" ,")
    if named == title or named.endswith(" " + title):
        return True  # "Iraqi officials said ... The officials also said"
    if title in OFFICE_TITLES:
        return False  # "the minister said" is not the journalist quoted last, whatever his role
    if source.kind != "person":
        return False
    return role is not None or all(m in source.text.lower() for m in modifiers)


PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}


def resolve(pronoun_source: Source, tokens: list[Token], earlier: list[Source]) -> Source:
    """Resolve a pronoun (or "the official") source to the closest compatible earlier source."""
    tokens = core(tokens)
    word = tokens[-1].lower_ if len(tokens) > 1 else tokens[0].lower_
    wanted = PRONOUN_GENDER.get(word)
    known: dict[int, str] = {}  # who the article has already called "he" or "she"
    for prev in earlier:
        said = PRONOUN_GENDER.get(prev.text.lower())
        if said and prev.entity is not None:
            known.setdefault(prev.entity, said)
    for prev in reversed(earlier):
        if prev.kind == "unspecified" or prev.text.lower() in SOURCE_PRONOUNS and prev.kind == "unspecified":
            continue
        if wanted and wanted != PRONOUN_GENDER.get(prev.text.lower(), known.get(prev.entity, wanted)):
            continue  # '"We need a surge in European defense," she said' after "he said" of Brekelmans
        if prev.spans and pronoun_source.spans and prev.spans[0][0] >= pronoun_source.spans[0][0]:
            continue
        if len(tokens) > 1 and not _may_hold_title(prev, [t.lower_ for t in tokens[1:-1]], word):
            continue
        if _compatible(word, prev):
            return replace(
                prev, text=pronoun_source.text, spans=pronoun_source.spans, anonymity=prev.anonymity
            )
    if word in PERSON_PRONOUNS:
        return replace(pronoun_source, kind="person")
    return pronoun_source


NAMED_PRONOUNS = frozenset({"he", "she"})


def named_antecedent(
    tokens: list[Token],
    content: list[tuple[int, int]],
    entities: list[Entity],
    earlier: Sequence[Source] = (),
) -> list[Token] | None:
    """The words a pronoun source stands for by the syntax of its text (``nlp.syntax.resolve_pronoun``, the
    resolver the events stage uses): "Zamora, 67, attended the hearing on Monday. Near the end of his
    appearance, he called the ruling 'arbitrary'" -> Zamora, where the last source quoted was his lawyer.
    Only a person's name, never a word of what the source is said to say, nor a name that only modifies
    another ("the Trump administration"); else None ("they" is left to the speakers before it: bodies and
    groups are named in too many ways for its antecedent to be sure)."""
    tokens = core(tokens)
    if len(tokens) != 1 or tokens[0].lower_ not in NAMED_PRONOUNS:
        return None
    tok = tokens[0]
    found = resolve_pronoun(tok)
    if found is tok or found.dep_ in ("compound", "amod") or found.tag_ == "NNPS":
        return None  # (nor "the Uyghurs" for "she")
    if any(s <= found.idx < e for s, e in content):
        return None  # a name in what the source says is not who says it
    person = next(
        (
            k
            for k, e in enumerate(entities)
            if e.label == "PERSON" and any(s <= found.idx < t for s, t in e.spans)
        ),
        None,
    )
    if person is None or len(entities[person].canonical.split()) < 2:
        return None  # a person the article names in full ("Sahel", "Dadaab": places the tagger took for one)
    said = {PRONOUN_GENDER.get(d.text.lower()) for d in earlier if d.entity == person} - {None}
    if said and said != {PRONOUN_GENDER[tok.lower_]}:
        return None  # "She told VOA ..." is not Jimmy Lai, whom the article has called "he"
    span = entity_span(found)
    return list(span) if span is not None else [found]


# An interview transcript's turn label: a name, perhaps with a description, and a colon, opening a
# sentence ("VOA: During your visit ...", "Armitage: First of all, ...", "Richard Armitage, former U.S.
# deputy secretary of state: The obvious message ...").
TURN_LABEL = re.compile(
    r"(?:^|(?<=[.?!\"”\]]\s))(?P<name>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3})(?:,(?:[^:?!\"“”.]|\.(?!\s+[A-Z])){0,90})?:\s"
)
FIRST_PERSON = frozenset({"i", "we", "me", "us"})


def interview_turns(doc: Doc, entities: list[Entity]) -> list[tuple[int, list[Token]]]:
    """Where each turn of an interview transcript begins and the name of who speaks in it: a text with at
    least two labels naming a person or a body the article names (a report with one "Note:" is no
    transcript)."""
    text = doc_text(doc)
    turns = []
    for match in TURN_LABEL.finditer(text):
        start, end = match.span("name")
        name = match.group("name")
        named = any(
            e.label in ("PERSON", "ORG")
            and (
                any(s <= start < t or start <= s < end for s, t in e.spans)
                or any(n == name or n.endswith(" " + name) for n in (e.text, e.canonical))
            )
            for e in entities
        )
        span = doc.char_span(start, end, alignment_mode="expand")
        if named and span is not None:
            turns.append((match.end(), list(span)))
    return turns if len(turns) >= 2 else []


def turn_speaker(tokens: list[Token], turns: list[tuple[int, list[Token]]]) -> list[Token] | None:
    """The name of who says "I" or "we" in the interview turn the pronoun stands in, or of whom "you"
    addresses there (the other side of the interview), if any."""
    tokens = core(tokens)
    if len(tokens) != 1 or tokens[0].lower_ not in FIRST_PERSON | {"you"} or not turns:
        return None
    at = tokens[0].idx
    before = [name for start, name in turns if start <= at]
    if not before or tokens[0].lower_ != "you":
        return before[-1] if before else None
    speaking = before[-1][-1].text
    others = [name for _, name in turns if name[-1].text != speaking]
    return others[0] if others else None


PLURAL_SOURCE_PRONOUNS = frozenset({"they"})
BODY_SOURCE_PRONOUNS = frozenset({"it"})  # a body named before it in its sentence


def sentence_antecedent(
    tokens: list[Token], content: list[tuple[int, int]], entities: list[Entity]
) -> list[Token] | None:
    """The words "they" or "it" stands for when its sentence names them before it ("Pranowo urged owners
    of food stalls ... to substitute other meats for dog if they want to remain in the food business": the
    owners, not the last body quoted; "The government bans fishing ..., and in January it approved a Coast
    Guard Law": the government): the antecedent ``nlp.syntax.resolve_pronoun`` finds, a plural noun phrase
    or a body in the pronoun's own sentence, outside what the source is said to say."""
    tokens = core(tokens)
    if len(tokens) != 1 or tokens[0].lower_ not in PLURAL_SOURCE_PRONOUNS | BODY_SOURCE_PRONOUNS:
        return None
    tok = tokens[0]
    found = resolve_pronoun(tok)
    if found is tok or found.i > tok.i or found.sent.start != tok.sent.start:
        return None
    if found.dep_ in ("compound", "amod", "poss") or any(s <= found.idx < e for s, e in content):
        return None
    if tok.lower_ in BODY_SOURCE_PRONOUNS:
        body = found.ent_type_ in ("ORG", "GPE") or found.lemma_.lower() in GOVERNMENT_NOUNS
        if not body or found.tag_ in ("NNS", "NNPS"):
            return None
    elif not (found.tag_ in ("NNS", "NNPS") or found.ent_type_ in ("ORG", "NORP")):
        return None
    if any(e.label == "PERSON" and any(s <= found.idx < t for s, t in e.spans) for e in entities):
        return None  # one person is no "they" ("Pranowo", tagged an organisation)
    span = entity_span(found)
    if span is not None:
        return list(span)
    left = min([found.i] + [c.left_edge.i for c in found.children if c.i < found.i])
    return list(found.doc[left : found.i + 1]) + _of_phrase(found)


def _of_phrase(noun: Token) -> list[Token]:
    """The "of ..." phrase after a noun ("owners of food stalls and restaurants"), without its clauses."""
    out: list[Token] = []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i > noun.i:
            clauses = {t.i for c in prep.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
            out.extend(t for t in prep.subtree if t.i not in clauses)
    return sorted(out, key=lambda t: t.i)


def with_anonymity(source: Source, reasons: list[tuple[int, str]], near: int, limit: int = 600) -> Source:
    """Attach the first stated reason for anonymity within ``limit`` characters after ``near``."""
    if source.kind != "anonymous":
        return source
    for pos, why in reasons:
        if near - 80 <= pos <= near + limit:
            return replace(source, anonymity=why)
    return source
