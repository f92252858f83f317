"""PLOVER event size: counts of people killed, injured or arrested, read from the syntax around a count."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dossier.enrich.quantities import Found
from dossier.schema import EventSize

SIZE_WORDS = {
    "dead": {"kill", "die", "dead", "death", "slay", "execute", "massacre", "fatality", "behead", "murder"},
    "injured": {"injure", "wound", "hurt", "injured", "wounded", "maim"},
    "arrested": {"arrest", "detain", "jail", "imprison", "apprehend", "detention", "custody", "round"},
}
# Verbs whose subject does the killing or arresting: their subject is not the count of victims.
AGENT_VERBS = {"kill", "slay", "execute", "massacre", "murder", "injure", "wound", "hurt", "arrest", "detain"}
AGENT_VERBS |= {"jail", "imprison", "apprehend", "behead", "maim"}
TOLL_WORDS = {"toll"}


@dataclass(frozen=True, slots=True)
class SizeMention:
    """A count of dead, injured or arrested people, and the token that governs it."""

    size: EventSize
    governor: int  # token index of the word that says what happened to them ("killed")


def size_kind(count: Token) -> tuple[str, Token] | None:
    """What happened to the people counted by ``count`` and the word that says it, from the syntax."""
    if count.dep_ == "pobj" and count.head.lower_ not in ("of", "to"):
        return None  # "killed 4,000 people in three countries": the countries are where, not who
    candidates: list[Token] = [count, *(c for c in count.children if c.dep_ in ("amod", "acl"))]
    head = count
    for _ in range(3):
        if head.head.i == head.i:
            break
        previous, head = head, head.head
        if previous.dep_ == "nsubj" and head.lemma_.lower() in AGENT_VERBS:
            return None  # "missiles killed 3 people": the missiles are not the dead
        if previous.dep_ == "conj" and head.pos_ == "NOUN":
            break  # "30,000 deaths and more than 1 million displaced persons": another count
        candidates.append(head)
        candidates.extend(
            c for c in head.children if c.dep_ in ("oprd", "acomp", "xcomp") and c.pos_ == "ADJ"
        )
        if any(c.lemma_.lower() in TOLL_WORDS for c in head.children if c.dep_.startswith("nsubj")):
            return "dead", head  # "the death toll rose to 30"
        if head.pos_ in ("VERB", "AUX") and head.dep_ not in ("xcomp", "conj", "advcl"):
            break
    for token in candidates:
        lemma = token.lemma_.lower()
        for kind, words in SIZE_WORDS.items():
            if lemma in words or token.lower_ in words:
                return kind, token
    return None


def find_sizes(doc: Doc, quantities: list[Found]) -> list[SizeMention]:
    """Counts of people that the text says were killed, injured or arrested."""
    found = []
    for item in quantities:
        quantity = item.quantity
        if quantity.unit is not None or quantity.value is None:
            continue
        start, end = quantity.spans[0]
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        count = doc[item.last - 1] if quantity.counted else doc[item.number_start]
        reading = size_kind(count)
        if reading is None:
            continue
        kind, governor = reading
        size = EventSize(
            kind=kind, value=quantity.value, spans=list(quantity.spans), approximate=quantity.approximate
        )
        found.append(SizeMention(size, governor.i))
    return found
