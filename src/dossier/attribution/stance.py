"""Stance of a source toward its content, from the cue's words and their negation; and the form."""

from __future__ import annotations

from spacy.tokens import Token

STANCE_LEMMAS: dict[str, str] = {}
for _stance, _words in {
    "deny": "deny reject dismiss refute dispute disavow contradict rebut repudiate disown",
    "decline": "decline refuse",
    "confirm": "confirm acknowledge admit concede verify corroborate affirm",
    "believe": (
        "believe think suspect assess conclude feel expect estimate consider judge doubt fear hope guess "
        "suppose reckon assume presume understand know see view deem find suggest worry"
    ),
    "warn": "warn caution threaten alert",
    "request": "urge call press ask demand appeal request plead implore beg push encourage invite pressure",
    "assert": (
        "say tell state report add note announce claim insist write accord declare explain argue assert "
        "maintain contend allege tweet post remark reply respond answer testify disclose reveal inform "
        "stress emphasize reiterate repeat describe predict forecast project point indicate show recall mention cite "
        "quote comment observe acknowledge brief blog statement report"
        # what a source is said to allege or voice against someone, or to repeat, it asserts
        " accuse blame criticize criticise condemn denounce echo reaffirm highlight underscore clarify"
        " assure reassure"
    ),
}.items():
    for _w in _words.split():
        STANCE_LEMMAS.setdefault(_w, _stance)
NEGATED = {"assert": "other", "believe": "other", "confirm": "decline", "deny": "other", "warn": "other"}
WITHHOLDING_MODALS = {"would", "could", "will", "can"}
# Verbs of answering: negated, a refusal to answer ("did not respond", "has not replied to requests").
ANSWERING = frozenset({"comment", "respond", "reply", "answer"})
WITHHELD_WHEN_NEGATED = ANSWERING | {"say", "discuss", "confirm", "disclose"}
NAMING_OR_ASKING = {"call", "ask", "press", "push"}
# Leaving what was asked unanswered: "ignored requests for comment", "brushed aside questions".
IGNORING = frozenset({"ignore", "disregard", "sidestep", "dodge", "evade"})
ASKED_FOR = frozenset({"request", "question", "inquiry", "query", "call", "email", "message"})


# Verbs that give no comment: "had no comment", "offered no immediate comment".
NO_COMMENT_VERBS = frozenset({"have", "offer", "give", "provide", "make", "issue"})


def no_comment(verb: Token) -> list[Token] | None:
    """The words of "no (immediate) comment" when ``verb`` gives none ("had no comment on ..."), else None."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in NO_COMMENT_VERBS:
        return None
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() == "comment":
            words = [c for c in obj.children if c.dep_ in ("det", "amod") and c.i < obj.i]
            if any(w.lower_ == "no" for w in words):
                return [*words, obj]
    return None


def _asks_for_action(head: Token, cue: list[Token]) -> bool:
    """Whether "call"/"ask"/"press" asks someone to act ("called on X to", "called for", "asked him to")."""
    if any(t.lower_ in {"for", "on"} for t in cue):
        return True
    return any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "for" for c in head.children)


def _quoted(word: Token, head: Token) -> bool:
    """Whether a quotation mark stands between ``word`` and ``head``: the word is the quote's, not the
    cue's ('"Absolutely not," he said' does not negate "said")."""
    lo, hi = sorted((word.i, head.i))
    return any(t.tag_ in ("``", "''") for t in word.doc[lo + 1 : hi])


def _plea(head: Token) -> str | None:
    """A plea in court: "pleaded not guilty" denies the charges, "pleaded guilty" admits them."""
    if head.lemma_.lower() != "plead":
        return None
    for c in head.children:
        if c.dep_ in ("acomp", "oprd", "advmod") and c.lemma_.lower() in ("guilty", "innocent"):
            negated = any(g.dep_ == "neg" for g in (*c.children, *head.children))
            return "confirm" if c.lemma_.lower() == "guilty" and not negated else "deny"
    return None


def cue_stance(cue: list[Token]) -> str:
    """The stance a cue expresses: assert, believe, confirm, deny, decline, warn, request or other."""
    if not cue:
        return "other"
    words = [t for t in cue if t.pos_ not in {"AUX", "PART", "ADV", "ADP"} or t.lemma_.lower() == "accord"]
    head = words[0] if words else cue[0]
    lemmas = [t.lemma_.lower() for t in cue]
    stance = "other"
    for lem in [t.lemma_.lower() for t in words] + lemmas:
        if lem in STANCE_LEMMAS:
            stance = STANCE_LEMMAS[lem]
            break
    if all(t.pos_ == "PUNCT" for t in cue):
        stance = "assert"  # a label's colon or a byline's dash ("Armitage: ...", '"..." ― Sonya Herridge')
    # "have yet to comment", "has yet to respond to": the verb after "yet to" is the cue's, left undone
    yet_to = next((t for t in cue if t.tag_ == "TO" and any(y.lower_ == "yet" for y in cue)), None)
    after = [t for t in cue if yet_to is not None and t.i > yet_to.i and t.pos_ == "VERB"]
    if after:
        head = after[0]
    if head.lemma_.lower() in {"decline", "refuse"}:
        return "decline"
    if head.lemma_.lower() in IGNORING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ASKED_FOR for c in head.children
    ):
        return "decline"  # "have ignored VOA requests for comment": no answer
    if no_comment(head) is not None:
        return "decline"  # "had no comment on ...", "offered no immediate comment"
    if head.lemma_.lower() in WITHHELD_WHEN_NEGATED and any(t.lower_ == "nothing" for t in cue):
        return "decline"  # "have said nothing about the eight Uyghurs"
    plea = _plea(head)
    if plea is not None:
        return plea
    if stance == "request" and head.lemma_.lower() in NAMING_OR_ASKING and not _asks_for_action(head, cue):
        stance = "other"  # "called him a liar", "asked whether ...": no request
    negated = (
        any(t.dep_ == "neg" or t.lower_ in {"not", "n't", "never"} for t in cue)
        or yet_to is not None
        or any(c.dep_ == "neg" and not _quoted(c, head) for c in head.children)
        or any(  # "Neither ICE nor DHS have responded": the subject negates
            g.dep_ in ("preconj", "det") and g.lower_ == "neither"
            for c in head.children
            if c.dep_ in ("nsubj", "nsubjpass")
            for g in c.children
        )
    )
    if negated:
        if stance == "assert" and any(t.lower_ in WITHHOLDING_MODALS for t in cue):
            return "decline"  # "would not say", "could not confirm"
        if head.lemma_.lower() in WITHHELD_WHEN_NEGATED:
            return "decline"
        return NEGATED.get(stance, "other")
    return stance
