"""Epistemic status of an event: asserted, attributed, denied, hypothetical, negated or future.

Local modality (negation, conditionals, modals, intentions) comes from the trigger's clause; the rest
from the attributions whose content covers the trigger: inside one it is attributed, inside one whose
stance is ``deny`` it is denied. Where the attribution stage recorded nothing, a trigger in the
complement of a reporting verb ("the US believes Iran has transferred") is still attributed.
"""

from __future__ import annotations

import operator
from bisect import bisect_left, bisect_right
from typing import Any

from spacy.tokens import Token

from dossier.events.lexicon import (
    AWAITING_VERBS,
    CONDITIONAL_MARKERS,
    DENIAL_VERBS,
    FUTURE_AUX,
    FUTURE_MODIFIERS,
    HYPOTHETICAL_AUX,
    INTENTION_VERBS,
    LIGHT_VERBS,
    NEGATIVE_DETERMINERS,
    OBLIGATION_AUX,
    PERMISSION_VERBS,
    POSSIBILITY_AUX,
    PREVENTING_VERBS,
    PROPOSAL_NOUNS,
    REPORTING_VERBS,
    URGING_VERBS,
    WEIGHING_VERBS,
)
from dossier.events.syntax import claim_of_responsibility
from dossier.nlp.syntax import children, clause_verb, intent_noun, sentence_of
from dossier.nlp.words import ADDRESS_VERBS, HEARSAY_ADJECTIVES, HEARSAY_ADVERBS, THWARTING_VERBS
from dossier.schema import Attribution

# Dependency links along which a clause's modality reaches the trigger.
CLAUSE_LINKS = frozenset(
    {"xcomp", "conj", "aux", "auxpass", "acomp", "pcomp", "prep", "pobj", "dobj", "nsubj"}
)


def _aux(verb: Token) -> set[str]:
    """Auxiliaries of ``verb``; a coordinated verb without its own shares its first conjunct's."""
    own = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if not own and verb.dep_ == "conj" and verb.head.i != verb.i and verb.tag_ != "VBD":
        return _aux(verb.head)  # (a past form takes no modal: "should not be packaged ... and called for")
    return own


def _generic_subject(verb: Token) -> bool:
    """Is the clause's subject a generic or conditional one ("Any transfer ... would")?"""
    cur = verb
    while cur.dep_ == "conj" and cur.head.i != cur.i and not any(c.dep_ == "nsubj" for c in cur.children):
        cur = cur.head
    for c in cur.children:
        if c.dep_ in ("nsubj", "nsubjpass") and any(
            d.dep_ == "det" and d.lower_ in ("any", "no") for d in c.children
        ):
            return True
    return False


def _negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    if any(c.lower_ in ("longer", "more") and any(g.dep_ == "neg" for g in c.children) for c in tok.children):
        return True  # "will no longer recognize", "no more": the act stops
    if tok.pos_ in ("NOUN", "PROPN"):
        return any(c.dep_ == "det" and c.lower_ in NEGATIVE_DETERMINERS for c in tok.children)
    # "no passengers were killed", "nobody was hurt": the act touched no one
    for subj in (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.lower_ in ("nobody", "none") or any(
            d.dep_ == "det" and d.lower_ in NEGATIVE_DETERMINERS for d in subj.children
        ):
            return True
    return False


def _conditional(verb: Token) -> bool:
    cur = verb
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKERS for c in cur.children):
            return True
        if cur.dep_ not in ("conj", "xcomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _under_reporting(verb: Token) -> bool:
    """Is ``verb`` in the complement of a reporting verb ("said it would allow")?"""
    cur = verb
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ in ("ccomp", "xcomp") and cur.head.lemma_.lower() in REPORTING_VERBS:
            return True
        if cur.dep_ not in ("conj", "xcomp", "ccomp"):
            return False
        cur = cur.head
    return False


# Verbs of belief and guessing: what they hold will happen is a conjecture, not a plan or an announcement.
BELIEF_VERBS = frozenset({"believe", "think", "guess", "suspect", "speculate", "predict", "doubt", "reckon"})


def _believed(verb: Token) -> bool:
    """Is ``verb`` the complement of a verb of belief ("believes that leaders will meet")?"""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in BELIEF_VERBS


def local_modality(tok: Token) -> str | None:
    """``negated``, ``hypothetical`` or ``future`` from the trigger's own clause, else None."""
    verb = clause_verb(tok)
    if (verb.i == tok.i or tok.dep_ in ("nsubjpass", "dobj")) and _conditional(verb):
        return "hypothetical"  # "if the F-35 freeze is not lifted", "if the rebels do not withdraw": a
        # condition, met or not, tells of no act done or not done
    if _negated(tok):
        return "negated"
    if verb.i != tok.i and _negated(verb) and tok.dep_ in ("dobj", "nsubjpass", "attr", "acomp"):
        return "negated"
    aux = _aux(verb)
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "nsubj" and _yet_to(verb):
        return "future"  # "the agreement is yet to be finalized": not made yet
    if tok.pos_ in ("NOUN", "PROPN"):
        if any(c.lower_ in FUTURE_MODIFIERS for c in tok.children if c.dep_ in ("amod", "compound")):
            return "future"
        existential = tok.dep_ == "attr" and any(c.dep_ == "expl" for c in verb.children)
        if tok.dep_ == "dobj" and verb.lemma_.lower() in AWAITING_VERBS | WEIGHING_VERBS:
            return "future"  # "as they await deportation", "is also considering sanctions": not yet
        if any(c.dep_ == "poss" for c in tok.children) and not existential:
            return None  # "Ukraine's offensive": a possessed event is presupposed, whatever the clause
            # (but "there will be Dodik's arrest" says whether there is one)
    if aux & HYPOTHETICAL_AUX and _generic_subject(verb):
        return "hypothetical"
    if _conditional(verb):
        return "hypothetical"
    if aux & FUTURE_AUX or ("going" in aux and verb.tag_ == "VB"):
        # "he believes leaders will meet at some point": a belief about the future is a guess
        return "hypothetical" if _believed(verb) else "future"
    if aux & HYPOTHETICAL_AUX:
        return "future" if _under_reporting(verb) else "hypothetical"
    if aux & POSSIBILITY_AUX:
        return "hypothetical"
    if aux & OBLIGATION_AUX and tok.pos_ in ("VERB", "AUX"):
        return "hypothetical"  # "must release the prisoners" (but "must see the continuous attacks as
        # ...", "talks must continue": what the obligation is about goes on)
    cur = verb
    while cur.dep_ == "conj" and cur.tag_ == "VB" and cur.head.i != cur.i:
        cur = cur.head  # "aiming to topple the government and impose its law": both are aims
    for _ in range(3):  # "plans to visit", "tries to repel": an intention, not (yet) an event
        if cur.dep_ not in ("xcomp", "ccomp") or cur.head.i == cur.i:
            break
        controlled = cur.dep_ == "xcomp" or cur.tag_ == "VB"  # "allows the government to seize"
        cur = cur.head
        if cur.dep_ == "ccomp" and not controlled:
            break
        if cur.lemma_.lower() in ("have", "be") and _yet_to(cur) and controlled:
            return "negated"  # "Russia has yet to agree to the ceasefire": it has not
        if controlled and (
            cur.lemma_.lower() == "fail" or (cur.lemma_.lower() in ("manage", "succeed") and _negated(cur))
        ):
            return "negated"  # "the two leaders failed to reach an agreement", "did not manage to seize"
        if cur.lemma_.lower() in INTENTION_VERBS and controlled:
            return "future"
        if cur.lemma_.lower() in PERMISSION_VERBS and cur.tag_ in ("VBZ", "VBP") and controlled:
            return "hypothetical"  # "the law allows the government to seize the NCP's assets": it may
        if cur.lemma_.lower() in URGING_VERBS and controlled:
            return "hypothetical"  # "to pressure the U.S. to grant sanctions relief": asked for, not done
        if cur.lemma_.lower() in PREVENTING_VERBS and controlled and children(cur, "dobj"):
            return "negated"  # "these laws prevent humanitarian actors to negotiate": it does not happen
            # (but "must stop killing Afghan civilians": the killing goes on, its end is asked for)
    intended = intent_noun(verb) if verb.i == tok.i or tok.dep_ in ("dobj", "nsubjpass") else None
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in THWARTING_VERBS:
        return "negated"  # "security forces foiled the attack": it did not happen
    if intended is not None:  # "has no plans to attack NATO": no attack, nor one planned
        if _negated(intended) or (intended.dep_ == "dobj" and _negated(intended.head)):
            return "negated"
        if intended.dep_ == "dobj" and intended.head.lemma_.lower() in THWARTING_VERBS:
            return "negated"  # "foiled a plot to attack the embassy"
        return "hypothetical" if _conditional(intended.head) else "future"  # "unless they have intention"
    if (
        verb.dep_ == "pcomp"
        and verb.head.lower_ == "from"
        and verb.head.head.lemma_.lower() in PREVENTING_VERBS
    ):
        return "negated"  # "prevents aid groups from negotiating with armed groups"
    if _proposed(cur):
        return "future"  # "a proposal for the Security Council to lift sanctions", "an effort to make ..."
    if _purpose(verb):
        return "future"  # "was making remote-controlled bombs to carry out attacks": a purpose, not yet done
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") and verb.head.i != verb.i:
        # "they may impose trade sanctions, cutting foreign aid": the participle is as sure as its verb
        head = verb.head
        modal = head.pos_ in ("VERB", "AUX") and not (_aux(head) & POSSIBILITY_AUX)  # not "can still hear"
        inherited = local_modality(head) if modal else None
        if inherited in ("hypothetical", "future"):
            return inherited
    return None


def _yet_to(verb: Token) -> bool:
    """Does ``verb`` ("has", "is") say its infinitive is yet to happen ("has yet to agree", "is yet to be
    finalized")?"""
    return any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children) and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def _proposed(verb: Token) -> bool:
    """Is ``verb`` what a proposal, plan or effort is for ("an effort to make the country give up ...", "a
    proposal made on Monday for the Council to lift sanctions")?"""
    cur = verb
    for _ in range(3):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "acl" and cur.head.lemma_.lower() in PROPOSAL_NOUNS:
            return cur.tag_ == "VB" or any(c.dep_ == "advcl" and c.tag_ == "VB" for c in cur.children)
        if cur.dep_ not in ("advcl", "xcomp", "ccomp"):
            return False
        cur = cur.head
    return False


def _purpose(verb: Token) -> bool:
    """An infinitive of purpose ("to carry out attacks") on a clause that does not tell of a finished act:
    "was making bombs to carry out attacks", "is forming to provide Ukraine with ...", "to come back to
    sign"; but "held a one-hour sit-in to protest", "was paid to secure the release", "led talks to reach
    the agreement" tell what the finished act was for, and so did it."""
    if (
        verb.dep_ != "advcl"
        or verb.tag_ != "VB"
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return False
    head = verb.head
    return head.tag_ not in ("VBD", "VBN")


_CONTENT_INDEX: list[Any] = [None, [], [], 0]  # the attributions (a tuple), sorted starts, rows, longest


def _names_only(tok: Token, attribution: Attribution) -> bool:
    """Whether an attribution's content is no more than the event noun's own definite phrase ("Geir Pedersen
    issued [his appeal] Friday", "have not responded to [BLA's demands]"): the words name an act taken as
    known, they do not tell it on anyone's word (but "[Past attacks] were claimed by Islamic State", "is
    eyeing [a Mediterranean agreement]" tell of acts the source alone vouches for or that are still to be)."""
    if tok.pos_ != "NOUN" or attribution.content is None:
        return False
    definite = any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")) or c.dep_ == "poss"
        for c in tok.children
    )
    if not definite:
        return False
    phrase = list(tok.subtree)
    low, high = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
    return all(low <= start and end <= high for start, end in attribution.content.spans)


def covering_attributions(start: int, attributions: list[Attribution]) -> list[int]:
    """Indexes of the attributions whose content holds the character ``start``, in order.

    The content spans of the last attributions asked about (the same records, in the same order) are kept
    sorted, so a lookup is a bisection, not a walk over every attribution (once per event, that was
    quadratic in long articles)."""
    cached = _CONTENT_INDEX[0]
    if cached is None or len(cached) != len(attributions) or not all(map(operator.is_, cached, attributions)):
        rows = sorted(
            (s, e, i)
            for i, att in enumerate(attributions)
            if att.content is not None
            for s, e in att.content.spans
        )
        longest = max((e - s for s, e, _ in rows), default=0)
        _CONTENT_INDEX[:] = [tuple(attributions), [r[0] for r in rows], rows, longest]
    _, starts, rows, longest = _CONTENT_INDEX
    first = bisect_left(starts, start - longest + 1)
    last = bisect_right(starts, start)
    return sorted({i for s, e, i in rows[first:last] if s <= start < e})


# Prepositions that say where or when something was said, not what: "told reporters at a meeting",
# "announced on the sidelines of the summit", "In announcing the sanctions, Blinken said ...".
CIRCUMSTANCE_PREPOSITIONS = frozenset({"at", "during", "in", "amid", "while", "after", "before"})
# Verbs whose object is whom they address: "told a cabinet meeting", "briefed the council".
ADDRESSING = ADDRESS_VERBS | {"address", "ask"}


def _circumstance(child: Token, verb_lemma: str) -> bool:
    """Whether a reporting verb's ``child`` tells whom it addresses or where and when, not what it says."""
    if child.dep_ == "dobj":
        return verb_lemma in ADDRESSING
    if child.dep_ == "prep":
        if child.lower_ in CIRCUMSTANCE_PREPOSITIONS:
            return True
        objects = [o.lemma_.lower() for o in child.children if o.dep_ == "pobj"]
        return child.lower_ == "on" and any(o in ("sideline", "margin", "occasion") for o in objects)
    return False


# Participles that tell what an act led to ("..., prompting France to recall its ambassador").
RESULT_PARTICIPLES = frozenset(
    {"prompt", "cause", "lead", "force", "trigger", "spark", "drive", "push", "leave", "send", "result"}
)


def _told_result(verb: Token) -> bool:
    """A participle clause after a comma that tells what came of something ("..., prompting France to
    recall its ambassador temporarily")."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.lemma_.lower() in RESULT_PARTICIPLES
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
    )


def _reported_by(tok: Token) -> Token | None:
    """The reporting verb whose complement holds ``tok``, if any, within the sentence."""
    cur = tok
    while cur.head.i != cur.i:
        parent = cur.head
        lemma = parent.lemma_.lower()
        if _told_result(cur):
            return None  # "suggesting Macron needed mental health treatment, prompting France to recall
            # its ambassador": what followed is the narrator's, not what was suggested
        if cur.dep_ == "prep" and (claimant := claim_of_responsibility(cur)) is not None:
            return claimant  # "took credit for attacking a convoy": the act is told on the claimant's word
        if cur is tok and cur.dep_ == "dobj" and lemma in LIGHT_VERBS:
            cur = parent  # "In announcing the sanctions, ...": announcing them imposes them
            continue
        reporting = lemma in REPORTING_VERBS and cur.dep_ in ("ccomp", "xcomp", "prep", "pcomp", "dobj")
        if reporting and not _circumstance(cur, lemma):
            return parent
        if cur.dep_ == "pobj" and parent.lower_ == "to" and parent.head.lower_ == "according":
            return parent.head
        cur = parent
    for t in sentence_of(tok):  # "..., according to two people familiar with the matter."
        if t.lower_ == "according" and any(c.lower_ == "to" for c in t.children):
            return t
    return None


# Links from a word up to the verb of its own clause, along which a hedge on that verb reaches it.
_HEDGE_LINKS = frozenset(
    {"xcomp", "acomp", "prep", "pobj", "pcomp", "dobj", "nsubj", "nsubjpass", "attr", "conj", "advcl"}
)


def _hearsay(tok: Token) -> bool:
    """Is the act at ``tok`` passed on without the narrator vouching for it: "the militants reportedly
    killed 12 soldiers", "allegedly responsible for murdering", "the alleged attack on the embassy"?"""
    if tok.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "amod" and c.lower_ in HEARSAY_ADJECTIVES for c in tok.children
    ):
        return True
    cur = tok
    for _ in range(5):
        if any(c.dep_ == "advmod" and c.lower_ in HEARSAY_ADVERBS for c in cur.children):
            return True
        # up through the clause only: a relative or reported clause of its own is told on its own terms
        if cur.head.i == cur.i or cur.dep_ not in _HEDGE_LINKS:
            return False
        if cur.dep_ == "advcl" and cur.tag_ != "VBG":
            return False  # ("reportedly fled after troops stormed the town": the storming is told)
        cur = cur.head
    return False


def epistemic_status(tok: Token, attributions: list[Attribution]) -> tuple[str, list[int]]:
    """The status of the event triggered at ``tok`` and the attributions it is linked to."""
    linked = covering_attributions(tok.idx, attributions)
    modality = local_modality(tok)
    if modality:
        return modality, linked
    telling = [i for i in linked if not _names_only(tok, attributions[i])]  # (each stays linked)
    if telling:
        possessed = tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "poss" for c in tok.children)
        if any(attributions[i].stance == "deny" for i in telling) and not possessed:
            return "denied", linked  # (but "dismissed concerns about Trump's threat" takes the threat
        return "attributed", linked  # as known: what it denies is something else)
    reporter = _reported_by(tok)
    if reporter is not None:
        return ("denied" if reporter.lemma_.lower() in DENIAL_VERBS else "attributed"), linked
    if _hearsay(tok):
        return "attributed", linked
    return "asserted", linked
