"""Small dependency-tree helpers shared by trigger detection, role finding and status."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from dossier.events.lexicon import (
    CLAIM_VERBS,
    COLLECTIVE_NOUNS,
    CROWD_NOUNS,
    RESPONSIBILITY_NOUNS,
    SUFFERING_VERBS,
)
from dossier.nlp.syntax import antecedent, children, names_person, prep_objects
from dossier.nlp.words import (
    AGENT_LABELS,
    AGENT_NOUNS,
    BODY_MODIFIERS,
    LAW_NOUNS,
    PERSON_NOUNS,
    PERSON_OBJECT_PRONOUNS,
    REFERRING_PRONOUNS,
    RELATIVE_PRONOUNS,
    person_word,
)


def is_agentive(tok: Token) -> bool:
    """Can ``tok`` (the head of a noun phrase) be an actor: a person, group, state or organisation? Not a
    law, even capitalised ("Zimbabwe's Constitution guarantees the right to ...")."""
    if tok.lemma_.lower() in LAW_NOUNS and tok.ent_type_ not in AGENT_LABELS:
        return False
    if tok.ent_type_ in AGENT_LABELS or tok.pos_ == "PROPN" or names_person(tok):
        return True
    if tok.pos_ == "PRON":
        if tok.lower_ in RELATIVE_PRONOUNS and tok.lower_ not in ("who", "whom"):
            noun = antecedent(tok)  # "the $13.6 billion that Malaysia received": what it stands for
            if noun is not tok:
                return is_agentive(noun)
        return (
            tok.lower_ in REFERRING_PRONOUNS
            or tok.lower_ in RELATIVE_PRONOUNS
            or (tok.lower_ in PERSON_OBJECT_PRONOUNS and tok.lower_ != "you")
        )
    if tok.lemma_.lower() in AGENT_NOUNS or tok.lemma_.lower() in CROWD_NOUNS:
        return True
    if tok.lemma_.lower() == "body" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in BODY_MODIFIERS for c in tok.children
    ):
        return True  # "accused the regional body of failing ...": a body of people, not a corpse
    counts = tok.pos_ == "NUM" or tok.lemma_.lower() in COLLECTIVE_NOUNS
    if counts and any(is_agentive(o) for o in prep_objects(tok, "of")):
        return True  # "thousands of Iraqi Kurds", "a group of Yoruba leaders"
    return any(c.dep_ in ("poss", "compound", "amod") and c.ent_type_ in AGENT_LABELS for c in tok.children)


# Quantifiers that stand for people when they are a clause's subject ("but many expressed frustration",
# "others called for calm").
PEOPLE_QUANTIFIERS = frozenset({"many", "some", "others", "several", "most", "few", "all", "both"})


def can_act(tok: Token | None) -> bool:
    """Can ``tok`` be someone who does something: a pronoun, an agent (a person, body or country), a word
    for people or a quantifier standing for them ("the G7 expressed support", "it has imposed a ban",
    "officials launched an inquiry", "many expressed frustration")?"""
    return tok is not None and (
        tok.pos_ == "PRON"
        or is_agentive(tok)
        or is_person_like(tok)
        or (tok.dep_ == "nsubj" and tok.lower_ in PEOPLE_QUANTIFIERS and not any(tok.children))
    )  # not "most of whom": the partitive's antecedent acts


def is_person_like(tok: Token) -> bool:
    """Is ``tok`` a noun for people or counted things ("two suspects", "villagers", "the mayor")?"""
    lemma = tok.lemma_.lower()
    return (
        names_people(lemma)
        or (tok.pos_ == "NOUN" and person_word(lemma))
        or any(c.dep_ == "nummod" for c in tok.children)
        or (
            lemma == "head" and bool(prep_objects(tok, "of"))
        )  # "the former head of Egypt's soccer federation"
    )


PERSON_COMPOUND_ENDINGS = ("girl", "boy", "man", "child")  # "schoolgirl", "policeman", "schoolchild"


def names_people(lemma: str) -> bool:
    """Is ``lemma`` a word for people: one of ``PERSON_NOUNS`` or a compound of one ("schoolgirl",
    "policeman", "schoolchild")?"""
    return lemma in PERSON_NOUNS or lemma.endswith(PERSON_COMPOUND_ENDINGS)


def ancestors_within(tok: Token) -> Iterator[Token]:
    """Ancestors of ``tok`` up to the sentence root."""
    cur = tok
    while cur.head.i != cur.i:
        cur = cur.head
        yield cur


def claim_of_responsibility(prep: Token) -> Token | None:
    """The verb that claims what ``prep`` ("for") introduces as one's own act: "claimed responsibility for
    the attack", "took credit for attacking a convoy" (the parser hangs "for" on the noun or on the verb)."""
    if prep.lower_ != "for":
        return None
    head = prep.head
    if head.lemma_.lower() in RESPONSIBILITY_NOUNS and head.dep_ == "dobj":
        verb = head.head
    elif any(c.dep_ == "dobj" and c.lemma_.lower() in RESPONSIBILITY_NOUNS for c in head.children):
        verb = head
    else:
        return None
    return verb if verb.lemma_.lower() in CLAIM_VERBS else None


def undergone(noun: Token) -> bool:
    """Is an act noun the object of a verb whose subject undergoes it ("migrants face deportation", "as
    they await deportation", "survived an assassination attempt"), or the state its subject is in ("the
    New York resident remains in detention")?"""
    if noun.dep_ == "pobj" and noun.head.lower_ == "in":
        return noun.head.head.lemma_.lower() in STATE_VERBS
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in SUFFERING_VERBS


STATE_VERBS = frozenset({"be", "remain", "stay", "languish"})


# Verbs that tell of an event as taking place ("protests erupted", "talks took place").
OCCURRENCE_VERBS = frozenset(
    {"erupt", "break", "spread", "take", "begin", "start", "escalate", "rage", "resume"}
)


def occurring(tok: Token) -> bool:
    """Is the event noun the subject of a verb that tells it took or takes place ("Protests erupted across
    Turkey", "protests broke out", "talks took place in Geneva"), which names a happening though no one is
    named?"""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in OCCURRENCE_VERBS or verb.tag_ == "VB":
        return False  # (not "the talks will take place Monday": what may come, with no one named)
    if verb.lemma_.lower() == "break":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    if verb.lemma_.lower() == "take":
        return any(o.lemma_.lower() == "place" for o in children(verb, "dobj"))
    return True
