"""Small dependency-tree helpers shared by trigger detection, role finding and status."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from dossier.events.lexicon import AGENT_NOUNS, COLLECTIVE_NOUNS, CROWD_NOUNS

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "his", "her", "its", "their", "our", "i"})
AGENT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Participles that read as passives but describe their subject's own stance ("is opposed to").
STATIVE_PASSIVES = frozenset(["oppose", "commit", "prepare", "determine", "dedicate", "resolve"])
# Verbs whose object is the understood subject of their infinitive ("pressing allies to allow").
OBJECT_CONTROL = frozenset(
    [
        "press",
        "urge",
        "ask",
        "warn",
        "call",
        "force",
        "order",
        "persuade",
        "invite",
        "allow",
        "tell",
        "encourage",
        "push",
        "pressure",
        "compel",
        "instruct",
        "request",
        "implore",
        "beg",
        "appeal",
        "help",
        "enable",
        "permit",
        "authorize",
        "authorise",
    ]
)


def doc_text(doc: Doc) -> str:
    """The document's text, built once (``Doc.text`` joins every token on each access)."""
    text = doc.user_data.get("dossier.events.text")
    if text is None:
        text = doc.user_data["dossier.events.text"] = doc.text
    return text


def children(tok: Token, *deps: str) -> list[Token]:
    """The children of ``tok`` whose dependency label is one of ``deps``."""
    return [c for c in tok.children if c.dep_ in deps]


def prep_objects(tok: Token, *preps: str) -> list[Token]:
    """Objects of the prepositions ``preps`` attached to ``tok`` ("with X", "against X")."""
    found = []
    for prep in tok.children:
        if prep.dep_ in ("prep", "agent", "dative") and (not preps or prep.lower_ in preps):
            found.extend(c for c in prep.children if c.dep_ in ("pobj", "pcomp"))
    return found


def conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the tokens coordinated with it ("Russia, China and Iran")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            out.extend(conjuncts(c))
    return out


def is_agentive(tok: Token) -> bool:
    """Can ``tok`` (the head of a noun phrase) be an actor: a person, group, state or organisation?"""
    if tok.ent_type_ in AGENT_LABELS or tok.pos_ == "PROPN":
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ in PERSONAL_PRONOUNS or tok.lower_ in RELATIVE_PRONOUNS
    if tok.lemma_.lower() in AGENT_NOUNS or tok.lemma_.lower() in CROWD_NOUNS:
        return True
    counts = tok.pos_ == "NUM" or tok.lemma_.lower() in COLLECTIVE_NOUNS
    if counts and any(is_agentive(o) for o in prep_objects(tok, "of")):
        return True  # "thousands of Iraqi Kurds", "a group of Yoruba leaders"
    return any(c.dep_ in ("poss", "compound", "amod") and c.ent_type_ in AGENT_LABELS for c in tok.children)


# People an act of force or coercion can be done to, beyond the agents of AGENT_NOUNS.
PERSON_NOUNS = frozenset(
    [
        "suspect",
        "man",
        "woman",
        "child",
        "boy",
        "girl",
        "person",
        "baby",
        "family",
        "passenger",
        "tourist",
        "migrant",
        "refugee",
        "pilgrim",
        "worshipper",
        "victim",
        "civilian",
        "hostage",
        "prisoner",
        "detainee",
        "journalist",
        "reporter",
        "priest",
        "monk",
        "nun",
        "mayor",
        "governor",
        "politician",
        "opponent",
        "critic",
        "dissident",
        "foreigner",
        "individual",
        "youth",
        "teenager",
    ]
)
PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent")


def is_person_like(tok: Token) -> bool:
    """Is ``tok`` a noun for people or counted things ("two suspects", "villagers", "the mayor")?"""
    lemma = tok.lemma_.lower()
    return (
        lemma in PERSON_NOUNS
        or (tok.pos_ == "NOUN" and lemma.endswith(PERSON_SUFFIXES))
        or any(c.dep_ == "nummod" for c in tok.children)
    )


def antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("Burns, who was in London" -> Burns)."""
    if tok.lower_ in RELATIVE_PRONOUNS:
        verb = tok.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i:
            return verb.head
    return tok


def subject(tok: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """The grammatical subject of a verbal trigger and whether the clause is passive.

    Follows control ("Iran denied providing", "pressing allies to allow"), coordination and
    predicative adjectives ("Syria is willing to").
    """
    if depth > 6:
        return None, False
    for c in tok.children:
        if c.dep_ in SUBJECT_DEPS:
            return antecedent(c), False
        if c.dep_ in PASSIVE_SUBJECT_DEPS:
            stative = tok.lemma_.lower() in STATIVE_PASSIVES and not prep_objects(tok, "by")
            return antecedent(c), not stative  # "Israel is opposed to": a state of the subject
    head = tok.head
    if head.i == tok.i:
        return None, False
    if tok.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in OBJECT_CONTROL:
        objects = children(head, "dobj") or prep_objects(head, "on", "upon")
        if objects:
            return objects[0], False
    if tok.dep_ in ("xcomp", "conj", "acomp", "advcl") or (tok.dep_ == "ccomp" and tok.tag_ in ("VBG", "VB")):
        return subject(head, depth + 1)
    if tok.dep_ == "pcomp" and head.dep_ == "prep":
        return subject(head.head, depth + 1)
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "dobj":
        return subject(tok.head.head, depth + 1)  # "issued a declaration demanding that ..."
    if (
        tok.dep_ == "acl"
        and tok.head.pos_ in ("NOUN", "PROPN")
        and (tok.tag_ == "VBD" or children(tok, "dobj"))
    ):
        return tok.head, False  # a clause verb misread as a reduced relative: "Doctors ... donated goods"
    return None, False


def ancestors_within(tok: Token) -> Iterator[Token]:
    """Ancestors of ``tok`` up to the sentence root."""
    cur = tok
    while cur.head.i != cur.i:
        cur = cur.head
        yield cur


def entity_span(tok: Token) -> Span | None:
    """The named entity ``tok`` belongs to, found from the IOB tags around it (no scan of doc.ents)."""
    if not tok.ent_type_:
        return None
    doc = tok.doc
    start = tok.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]
