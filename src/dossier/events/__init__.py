"""Events: PLOVER type, mode, context, actor, recipient and epistemic status.

Public interface:
- ``extract_events(doc, entities, attributions) -> list[Event]``: every PLOVER event of a parsed article.
- ``to_plover(extraction) -> list[dict]``: the events as PLOVER JSON records (the manual's field names).

How: a trigger lexicon written from the PLOVER manual's definitions and the CAMEO2PLOVER table
(``lexicon.py``) is matched on the dependency parse, each sense gated by a syntactic condition
(``triggers.py``); the manual's single-category rules then apply (future cooperation is AGREE, a
threatened attack is THREATEN, the topic of a protest is not coded apart). Actor and recipient come
from the tree (``roles.py``: voice, control, coordination, appositions, possessives, prepositional
objects) and are coded by the actors stage; the epistemic status comes from the trigger's clause and
the attributions whose content holds it (``status.py``); place and time phrases are kept for the
enrichment stage (``attachments.py``). ``confidence.py`` scores each event with a small logistic
model learned from the synthetic NGEC stories.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Span, Token

from dossier.actors import entity_at
from dossier.events.attachments import find_attachments
from dossier.events.confidence import confidence, event_features
from dossier.events.disapproval import disapprovals
from dossier.events.lexicon import (
    ACCIDENTS,
    ASSAULT_MODE_WORDS,
    CLASH_NOUNS,
    CONTENT_TYPES,
    CONTEXT_WORDS,
    DECLARING_VERBS,
    EXPOSURE_WORDS,
    EXPRESSION_VERBS,
    FUTURE_AS_AGREE,
    INTENTION_VERBS,
    NATURAL_FORCES,
    PROMISE_WORDS,
    REPORTING_VERBS,
    STORM_WORDS,
    THREAT_CONTENT,
    TIME_PREPOSITIONS,
    WORD_CLASSES,
)
from dossier.events.plover import to_plover
from dossier.events.roles import VERBAL_ACTS, find_roles, named_agent, speaker_actor
from dossier.events.status import covering_attributions, epistemic_status
from dossier.events.syntax import is_agentive, is_person_like, occurring, undergone
from dossier.events.triggers import Trigger, find_triggers
from dossier.nlp import text_span
from dossier.nlp.spans import doc_text
from dossier.nlp.syntax import clause_verb, prep_objects, resolve_pronoun, sentence_of, subject, who_clause
from dossier.nlp.table import TokenTable
from dossier.nlp.words import RELATIVE_TIME_WORDS, SOURCE_PRONOUNS
from dossier.schema import Attribution, Entity, Event, EventActor, Source

__all__ = ["extract_events", "to_plover"]

# Words that introduce background to the sentence's news ("after", "following", "in the wake of").
BACKGROUND_MARKERS = frozenset({"after", "following", "since", "wake"})
HABITUAL_WORDS = frozenset(
    {
        "frequently",
        "regularly",
        "routinely",
        "often",
        "repeatedly",
        "usually",
        "regular",
        "frequent",
        "routine",
    }
)
TALLY_WORDS = frozenset(
    {"several", "many", "numerous", "multiple", "more", "most", "dozens", "hundreds", "countless"}
)
# Nouns that count occasions: "the number of attacks", "the frequency of strikes".
COUNT_NOUNS = frozenset({"number", "count", "tally", "total", "frequency", "rate", "pace", "share"})
DAY_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"}
)
SPAN_PREPOSITIONS = frozenset({"in", "since", "over", "during", "from", "between", "throughout"})
SPAN_WORDS = frozenset({"years", "months", "weeks", "decade", "decades", "beginning", "since", "past"})
STANCE_TYPES = frozenset({"ACCUSE", "REJECT"})
# Nouns for where or when something happened: "the scene of the attack", "the aftermath of the siege".
SETTING_NOUNS = frozenset(
    {"scene", "site", "aftermath", "wake", "time", "day", "moment", "anniversary", "area"}
)
# Verbal acts that, without a subject of their own, are the topic of a protest in the same sentence.
TOPIC_TYPES = frozenset({"REQUEST", "ACCUSE"})
# Acts that answer someone's words (reject, accept, give in to), and the words they answer.
ANSWERING_TYPES = frozenset({"REJECT", "AGREE", "CONCEDE"})
ANSWERED_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN"})
# Types whose object or complement event is the act's content, not a happening of its own.
SUPPRESSING_TYPES = CONTENT_TYPES | {"SANCTION", "COERCE", "RETREAT"}
# Acts that tell of another's act as done: an accusation or a rejection of one (the gold's convention and
# PLOVER's: the alleged act is coded too, attributed or denied), praise or condemnation of what was done.
TOLD_OVER = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
# Acts that react to another's act ("protested against the arrest", "welcomed the release"): whoever did
# the act reacted to is not the one reacting.
REACTIONS = frozenset({"PROTEST", "ACCUSE", "REJECT", "SUPPORT"})
ALLEGED_STATUS = {"ACCUSE": "attributed", "REJECT": "denied"}  # (praise takes the act as done)
# Conflict types that, announced for the future or as a hypothetical, are threats (PLOVER manual,
# Auxiliary modes: "THREATEN could be ASSAULT + hypothetical ... return the single event category").
THREAT_WHEN_FUTURE = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST"})
# Types whose nouns name a happening even with no participant named ("died in the attack", "Tuesday's
# bombing", "the siege continues"): news refers back to a violent event by its noun alone.
HAPPENINGS = frozenset({"ASSAULT"})
EXERCISE_WORDS = frozenset({"exercise", "drill", "maneuver", "game", "games"})

# Links along which an event word is the content of the verbal act above it.
CONTENT_LINKS = frozenset(
    {"acomp", "xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acl", "compound", "nsubjpass", "conj"}
)


def _governing(trig: Trigger, by_token: dict[int, Trigger]) -> Trigger | None:
    """The nearest trigger above ``trig`` in its clause chain, if the path only crosses content links."""
    cur: Token = trig.head
    asked = by_token.get(cur.head.i) if cur.dep_ == "advcl" and _bare_infinitive(cur) else None
    if asked is not None and asked.sense.type == "REQUEST":
        return asked  # "calling on authorities ... to loosen trade restrictions": what is asked, as the
        # parser hangs it on the request
    while cur.head.i != cur.i and cur.dep_ in CONTENT_LINKS:
        if cur.dep_ == "conj" and cur.head.i in by_token:
            # coordinated events ("strike ... and hit") share what governs the first of them
            return _governing(by_token[cur.head.i], by_token)
        cur = cur.head
        if cur.i in by_token and cur.i not in {t.i for t in trig.tokens}:
            return by_token[cur.i]
        if cur.lemma_.lower() in INTENTION_VERBS:
            return None
    return None


def _bare_infinitive(verb: Token) -> bool:
    """A "to" infinitive with no subject of its own."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not _has_own_subject(verb)


def _answered(trig: Trigger, parent: Trigger) -> bool:
    """Is ``trig`` someone's words that ``parent`` answers: "rejected Pakistan's allegation", "accepted
    the rebels' demands", "baseless allegations by Pakistani army spokesperson"? Whoever made them did so
    before the answer, an event of its own; "threatened to attack", "opposed to French mediation" name
    only what the act is about."""
    return (
        parent.sense.type in ANSWERING_TYPES
        and trig.sense.type in ANSWERED_TYPES
        and trig.nominal
        and _own_actor(trig.head)
    )


def _own_actor(tok: Token) -> bool:
    """Does an event noun name its own actor ("Ukraine's offensive", "the attack by rebels")?"""
    return any(
        c.dep_ in ("poss", "agent") or (c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE"))
        for c in tok.children
    ) or any(is_agentive(o) or is_person_like(o) for o in prep_objects(tok, "by"))


def _aggregate(tok: Token) -> bool:
    """Does the trigger tally many occasions rather than tell of one: a plural event noun that is counted
    or quantified ("504 attacks", "several deadly attacks", "more terrorist attacks"), or an act the
    clause calls habitual ("frequently conducts bombings") or a remit ("which oversees military
    operations")? A sentence that names a day ("two attacks on Monday") still tells of one occasion."""
    verb = tok.head
    if (
        tok.tag_ == "NNS"
        and tok.dep_ == "dobj"
        and verb.dep_ == "relcl"
        and verb.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    ):
        # "U.S. Central Command, which oversees U.S. military operations in the Middle East": what a body
        # does in the present simple of a clause that describes it is its remit, on no occasion, whatever
        # day the sentence names for something else
        return True
    if any(ent.label_ == "DATE" and DAY_WORDS & {t.lower_ for t in ent} for ent in sentence_of(tok).ents):
        return False
    base = tok  # "conducts bombings and gun assaults", "escape ... when attacked": the clause it belongs to
    while base.dep_ == "conj" and base.head.i != base.i:
        base = base.head
    joined = tok.pos_ == "NOUN" or base.dep_ == "advcl"
    clause = [tok, *tok.children, *base.children, *(base.head.children if joined else ())]
    if tok.pos_ in ("NOUN", "VERB") and any(t.lower_ in HABITUAL_WORDS for t in clause):
        return True
    return _tallied(tok) or (_many(tok) and _over_a_span(tok)) or _exposure(tok)


def _exposure(tok: Token) -> bool:
    """Is the event noun what people are said, in the present, to be exposed to ("people are subject to
    attacks, abductions, abuse", "women and girls are victims of rape and other forms of sexual assault")?"""
    cur = tok
    for _ in range(4):
        while cur.dep_ == "conj" and cur.head.i != cur.i:
            cur = cur.head
        if cur.dep_ != "pobj":
            return False
        holder = cur.head.head
        if holder.lemma_.lower() in EXPOSURE_WORDS:
            return holder.dep_ in ("acomp", "attr") and holder.head.tag_ in ("VBP", "VBZ")
        if cur.head.lower_ != "of" or holder.lemma_.lower() not in ("form", "kind", "type"):
            return False
        cur = holder  # "other forms of sexual assault": the forms stand where the assault does
    return False


def _many(tok: Token) -> bool:
    """A plural event noun ("the attacks"), or an act done to a count of people ("killed nearly 400 people",
    "1,250 terrorists have been killed"); not one a count of them do together ("The two countries signed a
    deal in 2020")."""
    if tok.pos_ == "NOUN":
        return tok.tag_ == "NNS"
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and (
            any(g.dep_ == "nummod" or g.lower_ in TALLY_WORDS for g in c.children)
            or c.lower_ in TALLY_WORDS
            or c.like_num
        ):
            return True
    return False


def _over_a_span(tok: Token) -> bool:
    """Does the sentence count over a stretch of time ("In 2024", "Since 2009", "in the last 15 months",
    "since the beginning of the year", "from 88 in 2023 to 388 in 2024") rather than name an occasion?"""
    for ent in sentence_of(tok).ents:
        if ent.label_ != "DATE" or not _frames(ent.root, tok):
            continue
        words = {t.lower_ for t in ent}
        lead = ent[0].head if ent[0].head.dep_ == "prep" else ent.root.head
        if lead.lower_ in RELATIVE_TIME_WORDS - SPAN_PREPOSITIONS:
            continue  # "After weeks of denying it ..., Thailand turned 40 of them over": when, not how long
        spans = lead.lower_ in SPAN_PREPOSITIONS or words & SPAN_WORDS
        if spans and (words & SPAN_WORDS or any(t.like_num and len(t.text) == 4 for t in ent)):
            return True
    return False


def _frames(when: Token, tok: Token) -> bool:
    """Does the time phrase ``when`` hang from the trigger or a word above it ("In 2024, the group said it
    had killed 400 people"), not from another clause ("... it had held since arresting them for illegal
    entry in 2014, Thailand turned 40 of them over to China": the arrest's year)?"""
    verb = clause_verb(when.head)
    return verb.i == tok.i or verb.is_ancestor(tok) or verb.pos_ not in ("VERB", "AUX")


def _tallied(tok: Token) -> bool:
    """A plural noun that is counted or quantified ("504 attacks", "several attacks", "more attacks",
    "the number of attacks")."""
    if tok.tag_ != "NNS":
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in COUNT_NOUNS:
        return True
    return any(
        c.dep_ == "nummod" or (c.dep_ in ("amod", "det") and c.lower_ in TALLY_WORDS) for c in tok.children
    )


def _presupposed(tok: Token) -> bool:
    """Is the event taken as known rather than claimed: a noun that dates the report's news ("a day after
    an attack on a train", "injuries sustained during the initial attack"), or a relative clause that
    says who someone is ("the man who attacked the police was arrested", officials said)?"""
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in TIME_PREPOSITIONS:
        return True
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in ("after", "since", "following"):
        return True  # "the Uyghurs it had held since arresting them": the arrest is taken as known
    relative = any(c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which") for c in tok.children)
    return tok.dep_ == "relcl" and tok.pos_ == "VERB" and relative and tok.tag_ in ("VBD", "VBN")


def _speakers_own(tok: Token) -> bool:
    """Is the act the speaker's own: in the first person ("We categorically reject ...", "I urge ..."),
    told of the speaker by the speaker ("Trump said he is pressuring Canada to ...": saying so, he does),
    or a noun the speaking voices or declares ("the ministers reaffirmed their concerns", "announced a
    ceasefire")?"""
    if (
        tok.pos_ == "NOUN"
        and tok.dep_ in ("dobj", "nsubjpass")
        and tok.head.lemma_.lower() in EXPRESSION_VERBS | (DECLARING_VERBS & REPORTING_VERBS)
    ):
        return True  # "reaffirmed their serious concerns", "announced a ceasefire": saying it is the act
    subj, passive = subject(tok)
    if subj is None:
        return False
    if subj.lower_ in ("we", "i"):
        return True
    if (
        passive
        or subj.pos_ != "PRON"
        or tok.dep_ != "ccomp"
        or tok.head.lemma_.lower() not in REPORTING_VERBS
    ):
        return False
    speaker, _ = subject(tok.head)
    return speaker is not None and resolve_pronoun(subj).i == speaker.i


def _has_own_subject(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _generic_act(trig: Trigger) -> bool:
    """A verb that is its clause's subject, with no subject of its own ("to collaborate with a terrorist is
    making you a terrorist", "negotiating with armed groups is considered a crime"): an act in general,
    done by no one on no occasion."""
    tok = trig.head
    if trig.nominal or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    if tok.dep_ in ("csubj", "csubjpass"):
        return True
    # "Being in the political opposition means speaking out against larger forces": what a clause is
    # said to mean or take is as general as it
    subj, _ = subject(tok)
    return subj is not None and subj.dep_ in ("csubj", "csubjpass")


def _inside(trig: Trigger, other: Trigger) -> bool:
    """Is ``trig`` said inside the clause or phrase of ``other``?"""
    return trig.head.i != other.head.i and other.head.left_edge.i <= trig.head.i <= other.head.right_edge.i


def _background(trig: Trigger, by_token: dict[int, Trigger]) -> bool:
    """Is the trigger background to the sentence's news: in a clause or phrase introduced by "after",
    "following", "since", "in the wake of", or in a relative clause describing a thing ("a helicopter
    that was captured last week")?"""
    cur: Token = trig.head
    while cur.head.i != cur.i:
        if cur.dep_ in ("advcl", "pcomp", "pobj") or cur.dep_ == "prep":
            marks = {c.lower_ for c in cur.children if c.dep_ in ("mark", "prep")}
            if marks & BACKGROUND_MARKERS or (cur.dep_ == "prep" and cur.lower_ in BACKGROUND_MARKERS):
                return True
            if cur.dep_ == "pobj" and cur.head.lower_ in BACKGROUND_MARKERS:
                return True
        # not a relative clause but what news says: "Tuesday's announcement that Ukraine had agreed to a
        # 30-day ceasefire" (not "the idea that", "concerns that": thoughts); nor a proposal or charge that
        # someone answers ("..., a charge Balkhi rejected Thursday")
        told = cur.head.lemma_.lower() in TELLING_NOUNS and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in cur.children
        )
        answer = (
            cur.i == trig.head.i
            and trig.sense.type in ANSWERING_TYPES
            and cur.head.lemma_.lower() in WORD_CLASSES["proposal"]
        )
        content = told or answer
        # "... to a halt in a tunnel, where they stormed it", "in Syria's coastal region, where security
        # forces clashed with fighters": the story goes on in that place, whatever the place may be
        where = any(c.dep_ == "advmod" and c.lower_ in ("where", "whereupon") for c in cur.children)
        if (
            cur.dep_ in ("relcl", "acl")
            and where
            and any(c.dep_ == "nsubj" and is_agentive(c) for c in cur.children)
        ):
            return False
        if (
            cur.dep_ in ("relcl", "acl")
            and cur.head.i not in by_token
            and not is_agentive(cur.head)
            # (a relative clause on someone, "the girls, who were kidnapped last Friday": what it tells
            # was done by or to people, and is news as any act of theirs is)
            and not (cur.i == trig.head.i and who_clause(cur))
            and not content
        ):
            return True
        cur = cur.head
        if cur.i in by_token:
            return False
    return False


# Nouns for news told, whose "that" clause is what is told ("the announcement that Ukraine had agreed").
TELLING_NOUNS = frozenset(
    {"announcement", "news", "report", "statement", "claim", "allegation", "accusation", "charge", "word",
     "confirmation", "assertion", "declaration", "revelation"}
)  # fmt: skip


# Words that give what an act answers for, its reason: "detained 22 officers over the shootings",
# "withdrew ambassadors over Israel's crackdown", "imposed sanctions in response to its invasion".
REASON_WORDS = frozenset({"over", "amid", "because", "response", "retaliation", "reprisal", "protest"})


def _one_act_of_force(
    events: list[Event], lemmas: list[str], heads: list[Token]
) -> tuple[list[Event], list[str]]:
    """Acts of force joined in one clause by one doer are one attack, told by its first verb, with the
    victims of each: "detonated her explosive devices ..., killing at least one security worker and
    injuring four others", "They shot and killed people on the train" (not acts of other kinds or of
    another doer, nor alternatives)."""
    kept: list[int] = []
    by_head = {h.i: k for k, h in enumerate(heads)}
    for k, (event, head) in enumerate(zip(events, heads, strict=True)):
        first = by_head.get(head.head.i) if head.dep_ == "conj" else None
        while first is not None and first not in kept and heads[first].dep_ == "conj":
            first = by_head.get(heads[first].head.i)
        if (
            event.type == "ASSAULT"
            and first is not None
            and first in kept
            and events[first].type == "ASSAULT"
            and events[first].status == event.status
            and event.mode in (None, events[first].mode)  # not "blew up tracks and took 100 hostages"
            and not _has_own_subject(head)  # not "soldiers shot dead two militants, and four of them blew
            # themselves up"
            and not any(c.dep_ == "cc" and c.lower_ == "or" for c in head.head.children)  # "neutralized
            # or captured": one or the other
        ):
            known = {tuple(map(tuple, r.spans)) for r in events[first].recipient}
            more = [r for r in event.recipient if tuple(map(tuple, r.spans)) not in known]
            events[first] = dataclasses.replace(events[first], recipient=[*events[first].recipient, *more])
            continue
        kept.append(k)
    return [events[k] for k in kept], [lemmas[k] for k in kept]


def _told_act(trig: Trigger, parent: Trigger) -> bool:
    """Is ``trig`` an act that an accusation, a rejection or praise tells of as done by someone, and so an
    event of its own beside it: "accused India of attacking the train", "Paris was accused of aiding
    rebels" (the object or the accused does it)? Not what is asked, threatened or intended ("urged them to
    leave", "called for a probe": an infinitive tells of no act done), nor words ("accused YChina of
    supporting propaganda": the accusation's content)."""
    if parent.sense.type not in TOLD_OVER:
        return False
    verb = trig.head
    if (
        parent.sense.type == "ACCUSE"
        and verb.pos_ == "NOUN"
        and verb.dep_ == "pobj"
        and verb.head.lower_ in ("of", "for")
        and verb.head.head.i == parent.head.i
    ):  # "stand accused of the 2004 bombing of the French army base", "blamed Kyiv for the attack"
        return trig.sense.type not in CONTENT_TYPES
    if verb.pos_ != "VERB" or verb.tag_ == "VB" or _bare_infinitive(verb):
        return False
    if _has_own_subject(verb):  # "welcomed Tuesday's announcement that Ukraine had agreed to a 30-day
        return True  # ceasefire": the agreement, words or not, told as made
    if trig.sense.type in CONTENT_TYPES:
        return False
    # "accused India of attacking": the gerund hangs on the act itself (not "rejected a proposal for
    # signing an agreement", "protest the decision of sending troops": what a noun is about)
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and verb.head.lower_ in ("of", "for")
        and verb.head.head.i == parent.head.i
    )


def _own_agent(noun: Token) -> bool:
    """Whether an event noun names who did it ("Russia's attack", "the attack by rebels")."""
    return any(c.dep_ == "poss" for c in noun.children) or any(
        c.dep_ == "prep" and c.lower_ == "by" for c in noun.children
    )


def _reason(trig: Trigger, parent: Trigger) -> bool:
    """Is ``trig`` the reason ``parent`` was done, not what it acts on? A reason is told as having
    happened ("withdrew ambassadors over Israel's crackdown": Israel cracked down), where an act's object
    is not ("banned protests", "suspended talks")."""
    cur: Token = trig.head
    while cur.head.i != cur.i and cur.i != parent.head.i:
        if cur.dep_ == "pobj" and (
            cur.head.lower_ in REASON_WORDS  # "over the shootings"
            or (
                cur.head.lower_ in ("to", "for", "of", "against", "at")
                and cur.head.head.lower_ in REASON_WORDS
            )
        ):  # "in response to its invasion", "in retaliation for the raid"
            return True
        cur = cur.head
    return False


def _names_reason(part: EventActor, trig: Trigger, doc: Doc, reasons: set[int]) -> bool:
    """Is the role ``part`` of ``trig`` one of the reasons it was done over ("withdrew ambassadors over
    Israel's crackdown": the crackdown is no recipient)?"""
    return any(i != trig.head.i and any(s <= doc[i].idx < e for s, e in part.spans) for i in reasons)


def _actor_source(trig: Trigger, by_token: dict[int, Trigger]) -> Trigger | None:
    """The nearest trigger above ``trig``, also across relative clauses, whose actor it shares."""
    cur: Token = trig.head
    while cur.head.i != cur.i and cur.dep_ in CONTENT_LINKS | {"relcl"}:
        cur = cur.head
        if cur.i in by_token:
            return by_token[cur.i]
    return None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A sentence span without the whitespace (line breaks) spaCy keeps at its edges."""
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _contexts(trig: Trigger, sent_words: set[str]) -> list[str]:
    """The sense's context, then every PLOVER context a word of the sentence names."""
    found = [trig.sense.context] if trig.sense.context else []
    found += [c for c, words in CONTEXT_WORDS.items() if c not in found and words & sent_words]
    return found


def _mode(trig: Trigger) -> str | None:
    """The sense's mode; for ASSAULT, the weapon named around the trigger when the sense has none."""
    if trig.sense.mode or trig.sense.type != "ASSAULT":
        return trig.sense.mode
    near = [t for c in trig.head.children for t in (c, *c.children)]
    for tok in [*trig.tokens, *near]:
        mode = ASSAULT_MODE_WORDS.get(tok.lemma_.lower())
        if mode:
            return mode
    return None


def _retype(trig: Trigger, status: str, actor: list[EventActor], content: set[str]) -> str:
    """PLOVER's single-category rules: future or hypothetical cooperation is AGREE, a future RETREAT is CONCEDE, a
    future or hypothetical use of force or sanction by someone the text names is THREATEN (with no one
    to threaten it, it keeps its type, hypothetical), and a military exercise of more than one country is
    COOPERATE."""
    type_ = trig.sense.type
    if type_ == "AGREE" and trig.head.lemma_.lower() in PROMISE_WORDS and content & THREAT_CONTENT:
        return "THREATEN"  # "vowed to retaliate": a promise of force is a threat
    if status in ("future", "hypothetical") and type_ in FUTURE_AS_AGREE:
        return "AGREE"
    if status == "future" and type_ == "RETREAT":
        return "CONCEDE"
    if status in ("future", "hypothetical") and type_ in THREAT_WHEN_FUTURE and actor:
        return "THREATEN"  # not "if school children can still be attacked": no one threatens
    exercise = any(t.lemma_.lower() in EXERCISE_WORDS for t in trig.tokens)
    if type_ == "MOBILIZE" and exercise and len({a.code for a in actor if a.code}) > 1:
        return "COOPERATE"
    return type_


def _sentence_events(
    sent: Span,
    doc: Doc,
    entities: list[Entity],
    attributions: list[Attribution],
    told: dict[str, tuple[Trigger, Event]] | None = None,
) -> list[Event]:
    told = {} if told is None else told
    triggers = find_triggers(sent)
    triggers += _restatements(sent, triggers, told)
    by_token = {t.head.i: t for t in triggers}
    roles: dict[int, tuple[list[EventActor], list[EventActor]]] = {}
    kept: list[Trigger] = []
    background: list[Trigger] = []  # events the sentence gives as background to its news
    content_types: dict[int, set[str]] = {}  # types of the events nested as a trigger's content
    answered: set[int] = set()  # words an act answers ("rejected Pakistan's allegation"): taken as said
    reasons: set[int] = set()  # what an act was done over: its own event, by its own actor
    told_by: dict[int, str] = {}  # acts an accusation, rejection or praise tells of, by the type of that act
    accused_of: dict[int, int] = {}  # event nouns an accusation names ("accused of the bombing"): its head
    told_as: dict[int, Trigger] = {}  # the event noun a verb of force tells ("the bombing ... killed")
    for trig in triggers:
        parent = _governing(trig, by_token)
        said_before = parent is not None and _answered(trig, parent)
        if parent is not None and _reason(trig, parent):
            reasons.add(trig.head.i)
        if said_before:
            answered.add(trig.head.i)
        told_act = parent is not None and _told_act(trig, parent)
        if told_act:
            told_by[trig.head.i] = parent.sense.type
            if trig.nominal and parent.sense.type == "ACCUSE":
                accused_of[trig.head.i] = parent.head.i
        if parent is not None and (
            (
                parent.sense.type in SUPPRESSING_TYPES
                and not said_before
                and trig.head.i not in reasons
                and not told_act
            )
            or (parent.sense.type == trig.sense.type and not _own_actor(trig.head))
        ):
            content_types.setdefault(parent.head.i, set()).add(trig.sense.type)
            continue  # "threatened to attack": the threat is the event, the attack its content
        if any(_aggregate(t) for t in trig.tokens):
            continue  # "launched 504 attacks in 2024", "frequently conducts bombings": a tally, no event
        if _told_by_its_verb(trig, by_token):
            told_as.setdefault(trig.head.head.i, trig)
            continue  # "a roadside bomb blast killed 11 coal miners": one happening, told by "killed"
        if _natural_cause(trig):
            continue  # "Tropical Cyclone Jude slammed into parts of southern Africa": nature, no one's act
        if _generic_act(trig):
            continue  # "to collaborate with a terrorist is making you a terrorist": anyone's, on no occasion
        (background if _background(trig, by_token) else kept).append(trig)
    if not kept:  # background to nothing: "Relations soured after commandos stormed the ship"
        kept = background
    elif all(any(_inside(t, b) for b in background) for t in kept):
        # what is told is all inside the background ("Relations also soured in 2010 after Israeli commandos
        # stormed the Mavi Marmara, a Turkish-owned ship that was part of a flotilla trying to break an
        # Israeli blockade"): the background is the news there is
        kept = background + kept
    if any(t.sense.type == "PROTEST" for t in kept):
        # the topic of a protest ("demonstrated ... calling for independence") is not coded apart
        kept = [t for t in kept if t.sense.type not in TOPIC_TYPES or _has_own_subject(t.head)]
    speakers = _speakers(sent, attributions, entities)
    for trig in kept:
        roles[trig.head.i] = find_roles(trig, doc, entities, speakers)
    events: list[Event] = []
    lemmas: list[str] = []
    heads: list[Token] = []  # each event's trigger head
    sentence_span = _trimmed(doc_text(doc), sent.start_char, sent.end_char)
    table = TokenTable.of(doc)
    sent_words = set(table.lemma[sent.start : sent.end]) | set(table.lower[sent.start : sent.end])
    for trig in kept:
        actor, recipient = roles[trig.head.i]
        if not actor and trig.head.i in told_as:  # "The bombing of the base by Ivorian jets killed nine
            # soldiers": who did the happening the verb tells did what it did
            actor = find_roles(told_as[trig.head.i], doc, entities, speakers)[0]
        accusation = accused_of.get(trig.head.i)
        if accusation in roles and not _own_agent(trig.head):
            actor = roles[accusation][1]  # "Two Ivorian soldiers ... stand accused of the 2004 bombing",
            # "blamed Kyiv for the attack": the accused did it, not the accuser
        actor = [_as_resolved_source(a, attributions, entities) for a in actor]
        source = _actor_source(trig, by_token) if trig.head.i not in reasons else None
        recipient = [r for r in recipient if not _names_reason(r, trig, doc, reasons)]
        if not actor and source is not None and source.head.i in roles and source.sense.type not in REACTIONS:
            actor = roles[source.head.i][0]  # "Ukraine's offensive that led to the seizure of ..." (but
            # "protested against the arrest of the mayor": the protesters did not arrest him)
        if trig.sense.type == "REJECT" and not any(a.code or a.entity is not None for a in actor):
            speaker = _cue_source(trig, attributions)
            if speaker is not None:  # "..., a charge Afghan foreign ministry spokesperson Abdul Qahar
                # Balkhi rejected": whoever the attribution stage found saying it, not "the charge"
                actor = [speaker_actor(speaker, entities)]
        if trig.nominal and not actor and not recipient and _mere_reference(trig.head):
            continue  # "the scene of the attack", "soon after the attack": it points back, it tells nothing
        if _topic(trig):
            continue  # "an expert on Western-Russian economic ties": what someone knows about, no act
        if _assessment(trig):
            continue  # "the partnership poses a threat to U.S. interests": a judgement, not a threat made
        if _perseverance(trig, entities):
            continue  # "he's still strong mentally, and he's still fighting": he keeps up, fights no one
        if _quarrel(trig, entities):
            continue  # "the Oval Office clash between Trump and Zelenskyy": words between two people
        earlier = _antecedent(trig, told)
        if earlier is not None and _judged(trig.head):
            continue  # "Tuesday's attack marked a dramatic escalation": the attack told before, judged
        if earlier is not None and not actor:  # "the siege": the one told of, by whoever did it ("31
            # people lost their lives in Tuesday's train hijacking": the hijackers told of before)
            actor, recipient = list(earlier.actor), recipient or list(earlier.recipient)
        if (
            trig.nominal
            and earlier is None
            and not actor
            and not any(r.code or _named_person(r, entities) for r in recipient)
            and trig.sense.type not in HAPPENINGS
            and not occurring(trig.head)
            and not (recipient and undergone(trig.head))
        ):  # (but "migrants ... as they await deportation" says who undergoes it)
            continue  # a bare event noun ("the weapons transfer") names no happening we can code (but
            # "Zamora’s house arrest" names one: it was done to someone named)
        status, linked = epistemic_status(trig.head, attributions)
        if status == "asserted" and _standing_position(trig):
            continue  # "The group also opposes Chinese investment": a stance held, not an act on a day
        own_words = trig.sense.type in VERBAL_ACTS or trig.sense.cond == "declared"
        if status == "attributed" and own_words and _speakers_own(trig.head):
            status = "asserted"  # "We urge Afghanistan to ...", he said: the words are the act itself
        elif status in ("attributed", "denied") and (_presupposed(trig.head) or trig.head.i in answered):
            status = "asserted"  # "rescued 190 passengers, a day after an attack on a train": taken as known
        if status == "asserted" and trig.head.i in told_by:  # "being accused of targeting civilians":
            status = ALLEGED_STATUS.get(told_by[trig.head.i], status)  # alleged; "rejected ...": denied
        spans = [(t.idx, t.idx + len(t.text)) for t in trig.tokens]
        events.append(
            Event(
                type=_retype(trig, status, actor, content_types.get(trig.head.i, set())),
                trigger=text_span(doc_text(doc), spans),
                sentence=sentence_span,
                mode=_mode(trig),
                context=_contexts(trig, sent_words),
                actor=actor,
                recipient=recipient,
                status=status,
                attributions=linked,
                attachments=find_attachments(trig.head),
            )
        )
        lemmas.append(trig.head.lemma_.lower())
        heads.append(trig.head)
        if events[-1].status in ("asserted", "attributed") and trig.head.i not in accused_of:
            # "laid siege ... the siege": by any word (but not "stand accused of the 2004 bombing ... when
            # the bombing took place": who is alleged to have done it is not who did it)
            for word in {
                trig.head.lemma_.lower(),
                *(t.lemma_.lower() for t in trig.tokens if t.pos_ == "NOUN"),
            }:
                if not events[-1].actor and word in told and told[word][1].actor:
                    continue  # "the book was banned" keeps "the Taliban had banned her book" as what "the
                    # book ban" restates: a mention that names no one does not replace one that does
                told[word] = (trig, events[-1])
    events, lemmas = _one_act_of_force(events, lemmas, heads)
    if not any(e.type == "ACCUSE" for e in events):  # "denounced it as cruel": one accusation
        taken = {t.i for trig in triggers for t in trig.tokens}
        judged = disapprovals(sent, sentence_span, entities, attributions, taken)
        events.extend(judged)
        lemmas.extend(e.trigger.text.lower() for e in judged)
    types = len({e.type for e in events})
    return [
        dataclasses.replace(e, confidence=confidence(event_features(e, lemma, types)))
        for e, lemma in zip(events, lemmas, strict=True)
    ]


def _as_resolved_source(
    actor: EventActor, attributions: list[Attribution], entities: list[Entity]
) -> EventActor:
    """A pronoun actor left unresolved that is also an attribution's source, which the attribution stage
    linked to someone from the speakers before it ('"Shared repatriation would be very good," [Orban
    said]. He rejected the idea ...': Orban), as that someone."""
    if actor.entity is not None or actor.code:
        return actor
    words = actor.text.lower().split()
    if len(words) == 2 and words[0] == "the" and words[1] in WORD_CLASSES["statements"] and actor.spans:
        return _issuer(actor, words[1], attributions, entities)
    if actor.text.lower() not in SOURCE_PRONOUNS:
        return actor
    for att in attributions:
        source = att.source
        if source is not None and source.entity is not None and list(source.spans) == list(actor.spans):
            return speaker_actor(source, entities)
    return actor


def _issuer(
    actor: EventActor, noun: str, attributions: list[Attribution], entities: list[Entity]
) -> EventActor:
    """A "the statement" that does something ("threatened sanctions") is its issuer's, whom an attribution
    before it names with that word in its cue ("Blinken issued a statement Tuesday saying ...")."""
    at = actor.spans[0][0]
    issued = [
        att.source
        for att in attributions
        if att.source is not None
        and att.source.entity is not None
        and att.cue is not None
        and att.cue.spans[0][0] < at
        and noun in att.cue.text.lower().split()
    ]
    return speaker_actor(issued[-1], entities) if issued else actor


def _cue_source(trig: Trigger, attributions: list[Attribution]) -> Source | None:
    """The source of the denial whose cue is ``trig``'s word, when it names someone."""
    at = trig.head.idx
    for att in attributions:
        if att.source is not None and att.stance == "deny" and any(s <= at < e for s, e in att.cue.spans):
            return att.source if att.source.text.lower() not in SOURCE_PRONOUNS else None
    return None


FIRST_PERSON = frozenset({"we", "us", "i", "me"})


def _speakers(sent: Span, attributions: list[Attribution], entities: list[Entity]) -> dict[int, EventActor]:
    """Each first-person pronoun of ``sent`` inside someone's words, mapped to that someone as an actor:
    '"If the United States approaches us positively, we will also react positively. But if they take
    negative toward us, then we will retaliate," Cavusoglu said' (not the United States, named last)."""
    out: dict[int, EventActor] = {}
    for tok in sent:
        if tok.pos_ != "PRON" or tok.lower_ not in FIRST_PERSON:
            continue
        covering = [attributions[i] for i in covering_attributions(tok.idx, attributions)]
        named = [a for a in covering if a.source is not None and _named_source(a.source, entities)]
        if named:  # the innermost words: the shortest content that holds the pronoun
            inner = min(named, key=lambda a: sum(e - s for s, e in a.content.spans) if a.content else 0)
            out[tok.i] = speaker_actor(inner.source, entities)
    return out


def _named_source(source: Source, entities: list[Entity]) -> bool:
    """Does the source name someone: a name or a description, or a pronoun the actors stage linked to one?"""
    return source.text.lower() not in SOURCE_PRONOUNS or entity_at(entities, source.entity) is not None


def extract_events(doc: Doc, entities: list[Entity], attributions: list[Attribution]) -> list[Event]:
    """Every PLOVER event in ``doc``, sentence by sentence, in text order."""
    events: list[Event] = []
    told: dict[str, tuple[Trigger, Event]] = {}  # the latest event told of by each trigger word
    for sent in doc.sents:
        events.extend(_sentence_events(sent, doc, entities, attributions, told))
    return _link_reports(events)


def _named_person(actor: EventActor, entities: list[Entity]) -> bool:
    entity = entity_at(entities, actor.entity)
    return entity is not None and entity.label == "PERSON"


def _assessment(trig: Trigger) -> bool:
    """A threat that something is or poses ("this is absolutely a threat to the stability of Somalia",
    "the system poses a threat to NATO's defenses"): someone's judgement of it, not a threat anyone made."""
    head = trig.head
    return (
        trig.nominal
        and trig.sense.type == "THREATEN"
        and head.lemma_.lower() == "threat"
        and (
            (head.dep_ == "attr" and head.head.lemma_ == "be")
            or (head.dep_ == "dobj" and head.head.lemma_.lower() == "pose")
        )
    )


# Verbs that say what an event was or meant, with the event as their subject ("Tuesday's attack marked a
# dramatic escalation", "the arrest sent a chilling message", "the ban is of little surprise").
JUDGING_VERBS = frozenset(
    {"be", "mark", "show", "raise", "send", "draw", "highlight", "spark", "pose", "represent", "signal",
     "reflect", "underscore", "reveal", "demonstrate", "expose", "constitute", "prove", "mean", "serve"}
)  # fmt: skip


def _judged(noun: Token) -> bool:
    """An event noun that is the subject of a verb saying what the event was or meant: it names an event
    to judge it, it does not tell it again."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in JUDGING_VERBS:
        return False
    if verb.lemma_.lower() == "be":  # a copula ("the attack was a blunder", "is of little surprise"), not
        # "was carried out", nor "their second summit was in February 2019 in Hanoi": when and where it was
        return any(
            c.dep_ in ("attr", "acomp") or (c.dep_ == "prep" and c.lower_ == "of") for c in verb.children
        )
    return True


def _perseverance(trig: Trigger, entities: list[Entity]) -> bool:
    """One person fighting with no one to fight, nothing to fight for and nowhere to fight ("he's still
    fighting", of a jailed publisher): a figure of speech for keeping up; forces fight somewhere or someone."""
    head = trig.head
    if trig.nominal or trig.sense.type != "ASSAULT" or head.lemma_.lower() != "fight":
        return False
    subj, _ = subject(head)
    person = subj is not None and (
        subj.lower_ in ("he", "she", "i")
        or subj.ent_type_ == "PERSON"
        or named_agent(subj, entities, ("PERSON",))
    )
    return person and not any(c.dep_ in ("dobj", "prep", "advcl", "xcomp") for c in head.children)


def _quarrel(trig: Trigger, entities: list[Entity]) -> bool:
    """A clash or fight whose every party is a person the text names ("the Oval Office clash between U.S.
    President Donald Trump and Ukrainian President Volodymyr Zelenskyy", "Trump and Zelenskyy clashed"): a
    quarrel, not an armed clash, which forces, groups and crowds fight."""
    head = trig.head
    if trig.sense.type != "ASSAULT" or head.lemma_.lower() not in CLASH_NOUNS:
        return False
    parties = prep_objects(head, "between")  # "between" names them all
    if not parties:
        subj, _ = subject(head)
        parties = prep_objects(head, "with") + ([subj] if subj is not None else [])
    parties += [c for p in parties for c in p.conjuncts]
    return len(parties) >= 2 and all(
        p.ent_type_ == "PERSON" or named_agent(p, entities, ("PERSON",)) for p in parties
    )


def _natural_cause(trig: Trigger) -> bool:
    """Is the doer of a verbal trigger a force of nature or an accident ("Cyclone Jude slammed into ...",
    "houses were destroyed by floods", "was struck by Chido" where the text has named Cyclone Chido,
    "collapsing buildings injured 15 people")?"""
    if trig.nominal:
        return False
    subj, passive = subject(trig.head)
    if passive:  # "were either destroyed or submerged by floods": the agent of the verbs joined to it too
        joined = [c for c in trig.head.children if c.dep_ == "conj" and c.tag_ == "VBN"]
        doers = [o for verb in (trig.head, *joined) for o in prep_objects(verb, "by")]
        if not doers:  # "five people had likely been killed in the crash": what they died in did it
            doers = prep_objects(trig.head, "in")
    else:
        doers = [subj] if subj is not None else []
    return any(_natural(d) for d in doers)


_LOWER_TEXT = "dossier_lower_text"


def _natural(tok: Token) -> bool:
    if tok.lemma_.lower() in NATURAL_FORCES | ACCIDENTS or any(
        c.dep_ == "compound" and c.lower_ in STORM_WORDS for c in tok.children
    ):
        return True
    if tok.pos_ != "PROPN":
        return False
    text = tok.doc.user_data.get(_LOWER_TEXT)  # the text lowercased once per document, not per agent
    if text is None:
        text = tok.doc.user_data[_LOWER_TEXT] = doc_text(tok.doc).lower()
    return any(f"{word} {tok.lower_}" in text or f"{word}s {tok.lower_}" in text for word in STORM_WORDS)


def _definite(tok: Token) -> bool:
    """An event noun that points back: "the siege", "this operation", "Tuesday's attack"."""
    if tok.pos_ != "NOUN" or tok.tag_ == "NNS":
        return False
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
        or (c.dep_ == "poss" and (c.ent_type_ in ("DATE", "TIME") or c.lower_ in ("its", "their")))
        for c in tok.children
    )


def _told_by_its_verb(trig: Trigger, by_token: dict[int, Trigger]) -> bool:
    """An act of force named as the subject of another one ("a roadside bomb blast killed 11", "the attack
    killed 12"): the verb tells the same happening, with its victims."""
    tok = trig.head
    verb = by_token.get(tok.head.i) if tok.dep_ == "nsubj" else None
    return trig.nominal and trig.sense.type == "ASSAULT" and verb is not None and verb.sense.type == "ASSAULT"


def _standing_position(trig: Trigger) -> bool:
    """A third party's disapproval or rejection told in the simple present with nothing dating it ("The
    separatist group accuses Pakistan of exploiting ...", "Both Pakistan and China reject claims that
    ..."): a position the story describes, not something done that day, except in the story's first
    sentence, whose present is the news of the day. Asked only of what the outlet
    asserts (a rejection someone reports, "says it rejects the claims", is that day's statement); the
    speaker's own words ("We reject ...") are the act itself."""
    tok = trig.head
    if trig.sense.type not in STANCE_TYPES or tok.tag_ not in ("VBZ", "VBP"):
        return False
    subj, _ = subject(tok)
    if subj is None or subj.lower_ in ("i", "we"):
        return False
    if sentence_of(tok).start == 0 and (is_agentive(subj) or is_person_like(subj)):
        return False  # a lead tells its news in the present ("WARO strongly condemns the ministry's decree")
    dating = [t for c in tok.children if c.dep_ in ("npadvmod", "prep") for t in c.subtree]
    return not any(t.ent_type_ in ("DATE", "TIME") for t in dating)  # not "rejected ... on Tuesday"


# Nouns for people and works that know or treat a subject ("an expert on Western-Russian ties").
EXPERTISE_NOUNS = frozenset(
    {"expert", "specialist", "scholar", "researcher", "analyst", "professor", "author", "book", "course"}
)


def _topic(trig: Trigger) -> bool:
    """Is the event noun the subject someone is an expert on or a work treats ("an expert on
    Western-Russian economic ties", "a specialist in counterterrorism operations")?"""
    tok = trig.head
    if not trig.nominal or tok.dep_ != "pobj" or tok.head.lower_ not in ("on", "in", "of"):
        return False
    return tok.head.head.lemma_.lower() in EXPERTISE_NOUNS


def _mere_reference(tok: Token) -> bool:
    """A definite event noun that only locates something else in place or time: "the scene of the
    attack", "moments soon after the attack", "since the siege"."""
    if not _definite(tok) or tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in TIME_PREPOSITIONS:
        return True
    owner = prep.head
    return prep.lower_ == "of" and owner.pos_ == "NOUN" and owner.lemma_.lower() in SETTING_NOUNS


def _antecedent(trig: Trigger, told: dict[str, tuple[Trigger, Event]]) -> Event | None:
    """The event an event noun restates: one told of earlier by the same word, of the same type."""
    if not trig.nominal or not _definite(trig.head):
        return None
    found = told.get(trig.head.lemma_.lower())
    if found is not None and found[0].head.tag_ == "NNS" and trig.head.tag_ == "NN":
        return None  # "intensified battlefield attacks ... the Kabul attack": many occasions are not one
    return found[1] if found is not None and found[1].type == trig.sense.type else None


def _restatements(
    sent: Span, triggers: list[Trigger], told: dict[str, tuple[Trigger, Event]]
) -> list[Trigger]:
    """Event nouns that are no trigger by themselves but point back to an event told of earlier by the
    same word ("a Pakistani military operation rescued 190 passengers ... the operation lasted almost 30
    hours"): they restate it, with its reading."""
    taken = {t.i for trig in triggers for t in trig.tokens}
    out = []
    for tok in sent:
        if tok.i in taken or not _definite(tok):
            continue
        found = told.get(tok.lemma_.lower())
        if found is not None:
            out.append(Trigger(tok, (tok,), found[0].sense))
    return out


def _happening(event: Event) -> tuple | None:
    actors = frozenset(a.code for a in event.actor if a.code)
    recipients = frozenset(r.code for r in event.recipient if r.code)
    return (event.type, actors, recipients) if actors and recipients else None


def _link_reports(events: list[Event]) -> list[Event]:
    """The same happening reported several ways (claimed, then denied) keeps its own status in each
    mention, and each mention is linked to every attribution that reports it."""
    linked: dict[tuple, set[int]] = {}
    for event in events:
        key = _happening(event)
        if key is not None:
            linked.setdefault(key, set()).update(event.attributions)
    out = []
    for event in events:
        key = _happening(event)
        if key is not None and linked[key] - set(event.attributions):
            event = dataclasses.replace(event, attributions=sorted(linked[key]))
        out.append(event)
    return out
