"""Conduits: a news outlet that relays someone else's words is not their source.

"The Times, citing unnamed US officials, reported ...", "Citing officials, the Times reported ...",
"... according to the Journal, citing European officials" and "al-Ikhbariya TV quoted an unnamed military
official as saying ..." all have the cited party as source and the outlet as conduit (``via``); so do "Y
told Reuters ...", "Y said in an interview with CNN ..." and "a statement carried by state media". The
rules read the dependency parse (participial "citing"/"quoting" modifiers, "quoted X as saying", agents
of "quoted by" / "carried by", addressees of speech verbs) and the actors stage's coding of outlets.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dossier.attribution.extract import Draft
from dossier.attribution.roles import source_tokens, trim
from dossier.attribution.sources import code_source
from dossier.nlp import token_spans
from dossier.nlp.syntax import PASSIVE_SUBJECT_DEPS, children, prep_objects, sentence_start
from dossier.nlp.words import (
    AGENT_LABELS,
    ANONYMOUS_NOUNS,
    CARRY_LEMMAS,
    DOCUMENT_NOUNS,
    GOVERNMENT_NOUNS,
    JOURNALIST_NOUNS,
    OUTLET_WORDS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    RELAY_LEMMAS,
    SPEAKER_NOUNS,
)
from dossier.schema import Entity

SAYING_LEMMAS = frozenset(
    {"say", "tell", "add", "state", "warn", "claim", "write", "announce", "insist", "note", "explain", "vow"}
)
OUTLET_HEADS = frozenset({"agency", "service", "site", "website"})  # "the Reuters news agency"
MEDIUM_PREPS = frozenset({"to", "with", "on"})  # "told to", "in an interview with", "said on state TV"


def is_outlet(tokens: list[Token], text: str, entities: list[Entity]) -> bool:
    """Is the phrase a news outlet (an agency, paper, broadcaster or "state media"), not a person, a
    document ("news reports") or a social network where people post for themselves?"""
    if not tokens:
        return False
    words = {t.lower_ for t in tokens}
    if words & JOURNALIST_NOUNS or "social" in words or any(t.ent_type_ == "PERSON" for t in tokens):
        return False
    ids = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in ids or t.head.i == t.i), tokens[-1])
    if head.pos_ not in {"NOUN", "PROPN"} or head.lemma_.lower() in DOCUMENT_NOUNS:
        return False
    if words & OUTLET_WORDS and (head.pos_ == "PROPN" or head.lower_ in OUTLET_WORDS | OUTLET_HEADS):
        return True
    if head.pos_ == "NOUN" and code_source([head], head.text, entities).sector != "JRN":
        return False  # what an outlet sends or does is not the outlet ("VOA queries", "a VOA request")
    span_text = " ".join(text[s:e] for s, e in token_spans(tokens, text))
    code = code_source(tokens, span_text, entities)
    return code.sector == "JRN" and code.role is None


def _source_like(tok: Token) -> bool:
    """Can the noun ``tok`` be the source of words: a person, body, document or unnamed official?"""
    lemma = tok.lemma_.lower()
    if tok.ent_type_ in AGENT_LABELS or tok.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS:
        return True
    return lemma in ANONYMOUS_NOUNS | SPEAKER_NOUNS | DOCUMENT_NOUNS | GOVERNMENT_NOUNS or tok.lower_ in {
        "officials",
        "sources",
        "people",
        "diplomats",
    }


def _subtract(spans: list[tuple[int, int]], lo: int, hi: int, text: str) -> list[tuple[int, int]]:
    """``spans`` less the characters [lo, hi), each piece stripped of spaces and commas at its ends."""
    out = []
    for s, e in spans:
        for a, b in ((s, min(e, lo)), (max(s, hi), e)) if s < hi and lo < e else ((s, e),):
            while a < b and text[a] in " ,;\n":
                a += 1
            while b > a and text[b - 1] in " ,;\n":
                b -= 1
            if b > a:
                out.append((a, b))
    return out


def _clause_extent(tok: Token) -> tuple[int, int]:
    """Characters of ``tok``'s subtree with the comma that sets it off."""
    doc = tok.doc
    first, last = tok.left_edge.i, tok.right_edge.i
    if first > 0 and doc[first - 1].text == ",":
        first -= 1
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _as_saying(quoted: Token) -> tuple[Token, Token] | None:
    """The "as saying" of "quoted X as saying": the preposition and the speech verb."""
    for prep in children(quoted, "prep"):
        if prep.lower_ == "as":
            for verb in children(prep, "pcomp"):
                if verb.lemma_.lower() in SAYING_LEMMAS:
                    return prep, verb
    return None


def _quoted_as_saying(draft: Draft, text: str) -> list[Token] | None:
    """ "X quoted Y as saying P" / "Y was quoted by X as saying P": Y becomes the source, X the conduit,
    P the content and "quoted ... as saying" the cue. Returns the conduit's tokens."""
    head = draft.head
    found = _as_saying(head) if head.lemma_.lower() == "quote" else None
    if found is None:
        return None
    prep, verb = found
    passive = children(head, *PASSIVE_SUBJECT_DEPS)
    if passive:
        cited = passive[0]
        agents = [g for a in children(head, "agent") for g in children(a, "pobj")]
        conduit = source_tokens(agents[0], draft.cue) if agents else []
    else:
        objects = children(head, "dobj")
        if not objects:
            return None
        cited, conduit = objects[0], draft.source
    cue = sorted({*draft.cue, prep, verb}, key=lambda t: t.i)
    said = children(verb, "ccomp", "xcomp", "dobj", "parataxis")
    if said:
        content = trim([t for part in said for t in part.subtree], quotes_too=False)
        draft.content = token_spans(content, text) if content else draft.content
    else:
        lo, hi = cited.left_edge.idx, verb.idx + len(verb.text)
        draft.content = _subtract(draft.content, lo, hi, text)
    draft.cue = cue
    draft.source = source_tokens(cited, cue)
    draft.source_head = cited
    return conduit


def _relays(doc: Doc) -> list[tuple[Token, Token]]:
    """Participial relays: ("citing"/"quoting" token, the cited noun) for each in ``doc``."""
    out = []
    for tok in doc:
        if tok.tag_ == "VBG" and tok.lemma_.lower() in RELAY_LEMMAS:
            objects = children(tok, "dobj")
            if objects and _source_like(objects[0]):
                out.append((tok, objects[0]))
    return out


def _medium(draft: Draft, text: str, entities: list[Entity]) -> list[Token]:
    """The outlet a speaker addressed or spoke through: "told Reuters", "in an interview with CNN",
    "said on state television", "a statement carried by state media"."""
    head = draft.head
    candidates = children(head, "dative", "dobj") if head.lemma_.lower() in {"tell", "give"} else []
    candidates += prep_objects(head, *MEDIUM_PREPS)
    for medium in prep_objects(head, "in"):  # "in an interview with", "in comments to"
        candidates += prep_objects(medium, *MEDIUM_PREPS)
        candidates += _carried_by(medium)
    if draft.source_head is not None:
        candidates += _carried_by(draft.source_head)  # "a spokesman quoted by IRNA said"
    for cand in candidates:
        tokens = source_tokens(cand, draft.cue)
        if is_outlet(tokens, text, entities) and not _generic_media(tokens):
            return tokens
    return []


GENERIC_MEDIA = frozenset({"media", "press", "outlets", "newspapers", "journalists", "reporters"})


def _generic_media(tokens: list[Token]) -> bool:
    """An audience that names no outlet ("told media", "told the press") relays nothing; "told state media"
    and "told local newspapers" name what kind of outlet."""
    words = [t.lower_ for t in tokens if t.pos_ != "DET"]
    return len(words) == 1 and words[0] in GENERIC_MEDIA


def _carried_by(noun: Token) -> list[Token]:
    """Agents of "quoted by X", "carried by X" modifying ``noun``."""
    return [
        g
        for acl in children(noun, "acl")
        if acl.lemma_.lower() in CARRY_LEMMAS
        for agent in children(acl, "agent")
        for g in children(agent, "pobj")
    ]


def _misparsed_content(draft: Draft, text: str) -> list[tuple[int, int]]:
    """ "X reported, quoting Y, that P": the parser makes P the main clause and the cue its complement;
    the content is then P less the cue's own clause."""
    head = draft.head
    main = head.head
    if head.dep_ not in {"ccomp", "parataxis"} or main.i <= head.i:
        return []
    tokens = [t for t in main.subtree if t.i > head.right_edge.i]
    content = trim(tokens, quotes_too=False)
    return token_spans(content, text) if content else []


def _reported_by_outlet(
    draft: Draft, by_head: dict[int, int], text: str, entities: list[Entity]
) -> int | None:
    """The draft an "as reported by <outlet>" clause hangs on ("Scholz said, as reported by Reuters"):
    the outlet reports the words, it does not say them."""
    head = draft.head
    if head.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in head.children):
        return None
    if not prep_objects(head, "by") or not draft.source or not is_outlet(draft.source, text, entities):
        return None
    return next((by_head[a.i] for a in head.ancestors if a.i in by_head), None)


def find_conduits(
    drafts: list[Draft], doc: Doc, text: str, entities: list[Entity]
) -> tuple[list[Draft], list[list[Token]]]:
    """The drafts with relayed sources put right, and each one's conduit tokens (empty: none).

    A participial relay ("citing X") is folded into the attribution of the outlet it modifies, and its
    own draft (source: the outlet, content: X) is dropped.
    """
    conduits: list[list[Token]] = [[] for _ in drafts]
    dropped: set[int] = set()
    for k, draft in enumerate(drafts):
        conduit = _quoted_as_saying(draft, text)
        if conduit is not None:
            conduits[k] = conduit
    by_head = {d.head.i: k for k, d in enumerate(drafts)}
    for relay, cited in _relays(doc):
        own = by_head.get(relay.i)
        near = [
            k
            for k, d in enumerate(drafts)
            if k != own
            and k not in dropped
            and not conduits[k]
            and sentence_start(d.head) == sentence_start(relay)
            and d.source
            and is_outlet(d.source, text, entities)
        ]
        if not near:
            continue
        main = min(near, key=lambda k: abs(drafts[k].head.i - relay.i))
        draft = drafts[main]
        conduits[main] = draft.source
        draft.source = source_tokens(cited, [relay])
        draft.source_head = cited
        draft.content = _subtract(draft.content, *_clause_extent(relay), text)
        if not draft.content:
            draft.content = _misparsed_content(draft, text)
        if own is not None:
            dropped.add(own)
    for k, draft in enumerate(drafts):  # "Scholz said, as reported by Reuters": Reuters relays Scholz
        said = _reported_by_outlet(draft, by_head, text, entities)
        if said is not None and said != k and said not in dropped and not conduits[said]:
            conduits[said] = draft.source
            lo, hi = _clause_extent(draft.head)
            if any(s < hi and lo < e for s, e in drafts[said].content):  # the clause inside the words
                drafts[said].content = _subtract(drafts[said].content, lo, hi, text)
            dropped.add(k)
    for k, draft in enumerate(drafts):
        if not conduits[k] and draft.source and not is_outlet(draft.source, text, entities):
            conduits[k] = _medium(draft, text, entities)
    keep = [k for k in range(len(drafts)) if k not in dropped]
    return [drafts[k] for k in keep], [conduits[k] for k in keep]
