"""Place and time phrases attached to an event in the syntax, kept for the enrichment stage."""

from __future__ import annotations

from spacy.tokens import Token

from dossier.nlp import text_span
from dossier.nlp.spans import doc_text
from dossier.nlp.syntax import entity_span
from dossier.schema import Attachment

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
TIME_LABELS = frozenset({"DATE", "TIME"})
PLACE_NOUNS = frozenset(
    [
        "region",
        "province",
        "city",
        "town",
        "village",
        "district",
        "area",
        "border",
        "territory",
        "oblast",
        "state",
        "capital",
        "port",
        "county",
        "governorate",
        "prefecture",
        "island",
        "peninsula",
        "valley",
        "coast",
        "enclave",
        "camp",
        "base",
    ]
)
PLACE_PREPS = frozenset(
    [
        "in",
        "at",
        "near",
        "outside",
        "inside",
        "into",
        "across",
        "from",
        "within",
        "around",
        "throughout",
        "of",
    ]
)


def _place_noun(tok: Token) -> Attachment | None:
    """A place named by a common noun with a proper-name modifier ("Russia's Kursk region")."""
    if tok.lemma_.lower() not in PLACE_NOUNS:
        return None
    mods = [c for c in tok.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"]
    if not mods:
        return None
    start = min(m.left_edge.i for m in mods)
    span = tok.doc[start : tok.i + 1]
    ts = text_span(doc_text(tok.doc), [(span.start_char, span.end_char)])
    return Attachment(text=ts.text, spans=ts.spans, kind="place")


def _ent_phrase(tok: Token) -> Attachment | None:
    """The entity (with its possessor, "Russia's Kursk region") that ``tok`` belongs to, if any."""
    doc = tok.doc
    if not tok.ent_type_ or tok.ent_type_ not in PLACE_LABELS | TIME_LABELS:
        return _place_noun(tok)
    ent = entity_span(tok)
    if ent is None:
        return None
    kind = "place" if tok.ent_type_ in PLACE_LABELS else "time"
    start = ent.start
    head = ent.root
    if kind == "place":
        for c in head.children:
            if c.dep_ == "poss":
                start = min(start, c.left_edge.i)
    span = doc[start : max(ent.end, head.i + 1)]
    ts = text_span(doc_text(doc), [(span.start_char, span.end_char)])
    return Attachment(text=ts.text, spans=ts.spans, kind=kind)


def _from(tok: Token, depth: int = 0) -> list[Attachment]:
    out: list[Attachment] = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in PLACE_PREPS | {"on", "during", "since", "until", "last", "this"}:
            for obj in c.children:
                if obj.dep_ == "pobj":
                    att = _ent_phrase(obj)
                    if att is None and c.lower_ in PLACE_PREPS and depth < 3:
                        out.extend(a for a in _from(obj, depth + 1) if a.kind == "place")
                    elif att is not None and (att.kind == "time" or c.lower_ in PLACE_PREPS):
                        out.append(att)
        elif c.dep_ in ("npadvmod", "tmod", "advmod") and c.ent_type_ in TIME_LABELS:
            att = _ent_phrase(c)
            if att is not None:
                out.append(att)
    return out


def _own_time(tok: Token) -> list[Attachment]:
    """The time an event noun gives itself as a modifier: "the 2004 bombing", "Tuesday's attack"."""
    if tok.pos_ != "NOUN":
        return []
    out = []
    for c in tok.children:
        if c.dep_ in ("nummod", "compound", "amod", "poss", "nmod") and c.ent_type_ in TIME_LABELS:
            att = _ent_phrase(c)
            if att is not None and att.kind == "time":
                out.append(att)
    return out


def find_attachments(tok: Token) -> list[Attachment]:
    """Place and time phrases of the event triggered at ``tok``: its own, then its clause's."""
    found = _from(tok) + _own_time(tok)
    own_time = any(a.kind == "time" for a in found)
    cur = tok
    # a nominal trigger or a complement takes the place and time of the clause it sits in
    for _ in range(3):
        if related_to(cur):
            break  # "The arrest is related to his interviews with ... Geza in November": the interviews'
            # month, which the parser hung on the verb
        if cur.head.i == cur.i or cur.dep_ not in (
            "dobj",
            "pobj",
            "prep",
            "xcomp",
            "nsubj",
            "nsubjpass",
            "relcl",
        ):
            break
        relative = cur.dep_ == "relcl"
        cur = cur.head
        # "the 2004 bombing" in "A trial opened Monday over the 2004 bombing": the noun's own time wins
        found.extend(a for a in _from(cur) if not (own_time and a.kind == "time"))
        if relative:
            break  # "Berisha, who resigned ..., rejected the allegations Thursday": the noun's, not the clause's
    unique: dict[tuple, Attachment] = {}
    for att in found:
        unique.setdefault((att.kind, tuple(map(tuple, att.spans))), att)
    return list(unique.values())


# Verbs that tie an event to something else ("the arrest is related to his interviews"): in the present
# tense they tell no time or place of the event's own.
RELATING_VERBS = frozenset({"relate", "link", "tie", "connect", "stem"})


def related_to(noun: Token) -> bool:
    """Is ``noun`` (an event noun) the subject of a relating verb in the present tense ("The arrest is
    related to", "the charges stem from")?"""
    verb = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if verb.lemma_.lower() not in RELATING_VERBS:
        return False
    return verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )
