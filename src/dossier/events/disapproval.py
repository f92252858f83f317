"""Disapproval voiced as a judgement: "X called the ruling 'arbitrary'", "'This is unacceptable,' Y said".

PLOVER codes criticism and condemnation as ACCUSE (mode ``disapprove``) whatever the words: besides the
verbs of the lexicon ("condemned", "criticised"), a source that calls an act or an actor inhumane,
unacceptable or illegal accuses it. A judging adjective is an event only when someone voices it (it stands
in an attributed content, or it is what "called", "described as" or "branded" say of something): the
outlet's own adjectives are not events. Words that reject a claim ("baseless", "unfounded") are denials,
not accusations, and are left to the attribution stage.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dossier.events.roles import make_actor
from dossier.events.status import covering_attributions, epistemic_status
from dossier.events.syntax import is_agentive
from dossier.nlp import text_span
from dossier.nlp.spans import doc_text
from dossier.nlp.syntax import subject
from dossier.nlp.table import TokenTable
from dossier.schema import Attribution, Entity, Event

# Adjectives of condemnation: what a source says of an act or an actor it condemns.
JUDGING_WORDS = frozenset(
    [
        "unacceptable",
        "outrageous",
        "deplorable",
        "reprehensible",
        "inhumane",
        "inhuman",
        "illegal",
        "unlawful",
        "illegitimate",
        "unfair",
        "unjust",
        "cruel",
        "barbaric",
        "barbarous",
        "brutal",
        "heinous",
        "abhorrent",
        "appalling",
        "shameful",
        "disgraceful",
        "arbitrary",
        "irresponsible",
        "provocative",
        "egregious",
        "insulting",
        "despicable",
        "atrocious",
        "horrific",
        "horrifying",
        "cowardly",
        "savage",
        "abusive",
        "reckless",
        "scandalous",
        "degrading",
        "unconstitutional",
        "undemocratic",
        "lawless",
        "criminal",
        "shocking",
    ]
)
# Adjectives that deny a claim: called so ("called Pakistan's assertions 'baseless'"), the claim is rejected.
DENYING_WORDS = frozenset(["baseless", "unfounded", "groundless", "fabricated", "untrue", "false"])
# Verbs that say what something is ("called the decision 'arbitrary'", "described it as inhumane").
NAMING_VERBS = frozenset(
    ["call", "describe", "characterize", "characterise", "brand", "label", "deem", "term"]
)


def _naming_verb(tok: Token) -> Token | None:
    """The naming verb whose predicate ``tok`` is, through coordination and "as"."""
    cur = tok
    for _ in range(4):
        if cur.dep_ in ("conj", "amod", "pobj", "prep", "oprd", "xcomp", "ccomp", "dobj", "attr", "acomp"):
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX") and cur.lemma_.lower() in NAMING_VERBS:
                return cur
        else:
            return None
    return None


def _judged(tok: Token) -> Token | None:
    """What the adjective judges: the subject of its clause, else the noun it modifies."""
    cur = tok
    while cur.dep_ == "conj":
        cur = cur.head
    if cur.dep_ in ("acomp", "attr") or (cur.dep_ == "ROOT" and cur.pos_ == "ADJ"):
        subj, _ = subject(cur.head if cur.dep_ != "ROOT" else cur)
        return subj
    if cur.dep_ == "amod":
        top = cur.head  # "the EU is one of the most abusive taxing authorities": the subject is judged
        while (
            top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ in ("NOUN", "NUM", "PRON")
        ):
            top = top.head.head
        if top.dep_ == "attr":
            subj, _ = subject(top.head)
            return subj or cur.head
        return cur.head
    return None


def disapprovals(
    sent: Span,
    sentence: tuple[int, int],
    entities: list[Entity],
    attributions: list[Attribution],
    taken: set[int],
) -> list[Event]:
    """The ACCUSE events of ``sent`` (whose trimmed span is ``sentence``) voiced as judging adjectives;
    ``taken`` holds the indexes of the tokens that already trigger an event."""
    doc = sent.doc
    events: list[Event] = []
    text = doc_text(doc)
    table = TokenTable.of(doc)
    for i in range(sent.start, sent.end):
        if table.pos[i] != "ADJ" or i in taken:
            continue
        denying = table.lemma[i] in DENYING_WORDS
        if table.lemma[i] not in JUDGING_WORDS and not denying:
            continue
        tok = doc[i]
        naming = _naming_verb(tok)
        if denying and naming is None:
            continue  # "the claims are baseless," he said: the attribution stage's denial
        if any(c.dep_ == "neg" for c in tok.head.children) or any(c.dep_ == "neg" for c in tok.children):
            continue  # "it is not unfair"
        linked = covering_attributions(tok.idx, attributions)
        if naming is None and not linked:
            continue  # the outlet's own adjective judges nothing on anyone's word
        content_root = _content_root(doc, attributions[linked[0]]) if linked else None
        misparsed = (
            naming is None
            and tok.dep_ == "amod"
            and content_root is not None
            and not _within(tok.head, attributions[linked[0]])
        )  # '"... is utterly unacceptable," Guterres' spokesman said': the parser hung the quote's last
        # word on the noun after it; it is the quote's predicate
        if naming is None and tok.dep_ in ("amod", "advmod", "npadvmod") and not misparsed:
            continue  # "ordered out as illegal aliens": a modifier describes; a predicate judges
        if naming is None and attributions[linked[0]].stance == "deny":
            continue  # "have rejected accusations that Lai's trial is unfair": the judgement is denied, not voiced
        if naming is not None:
            speaker, _ = subject(naming)
            # what is called so: the object, or the first of two predicates the parser gave the verb
            # ("called Pakistan's assertions 'baseless'": both read as oprd)
            judged = next((c for c in naming.children if c.dep_ == "dobj"), None) or next(
                (
                    c
                    for c in naming.children
                    if c.dep_ == "oprd" and c.i < tok.i and c.pos_ in ("NOUN", "PROPN")
                ),
                None,
            )
        else:
            source = attributions[linked[0]].source
            speaker = _token_at(doc, source.spans[0]) if source is not None and source.spans else None
            judged = _judged(tok) if not misparsed else _clause_subject(content_root)
        actor = [make_actor(speaker, entities)] if speaker is not None else []
        recipient = [make_actor(judged, entities)] if judged is not None and is_agentive(judged) else []
        # the accusation is the speaker's act, which the report states: asserted, unless hedged
        status, _ = epistemic_status(speaker if speaker is not None else tok, attributions)
        if denying and judged is not None:  # "Pakistan's assertions": whose claim is rejected
            owner = next((c for c in judged.children if c.dep_ == "poss"), None)
            recipient = (
                [make_actor(owner, entities)] if owner is not None and is_agentive(owner) else recipient
            )
        events.append(
            Event(
                type="REJECT" if denying else "ACCUSE",
                trigger=text_span(text, [(tok.idx, tok.idx + len(tok.text))]),
                sentence=sentence,
                mode=None if denying else "disapprove",
                context=[],
                actor=actor,
                recipient=recipient,
                status=status,
                attributions=linked,
            )
        )
        taken.add(tok.i)
        taken.update(c.i for c in tok.conjuncts)  # "inhumane and degrading": one judgement
    return events


def _within(tok: Token, attribution: Attribution) -> bool:
    """Does ``tok`` stand inside the attribution's content?"""
    spans = attribution.content.spans if attribution.content is not None else []
    return any(s <= tok.idx < e for s, e in spans)


def _content_root(doc: Doc, attribution: Attribution) -> Token | None:
    """The head word of the attribution's first content span."""
    if attribution.content is None or not attribution.content.spans:
        return None
    return _token_at(doc, attribution.content.spans[0])


def _clause_subject(root: Token | None) -> Token | None:
    """The subject of the clause headed by ``root``, or ``root`` itself when it is no verb."""
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return root
    subj, _ = subject(root)
    return subj


def _token_at(doc: Doc, span: tuple[int, int]) -> Token | None:
    """The syntactic head of the tokens inside ``span`` (spaCy's ``Span.root``)."""
    found = doc.char_span(span[0], span[1], alignment_mode="expand")
    return found.root if found is not None and len(found) else None
