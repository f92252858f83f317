"""Denials told in a trailing appositive: "..., a charge New Delhi denies", "..., a claim Afghan foreign
ministry spokesperson Abdul Qahar Balkhi rejected Thursday".

News often ends a sentence that states or reports a claim with a noun phrase renaming it and a relative
clause saying who denies it. The renamed proposition is the content of a denial by the relative clause's
subject, and whatever attribution reported the claim stops before the comma: the denial is not part of
what the first source said.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dossier.attribution.extract import Draft
from dossier.attribution.stance import STANCE_LEMMAS
from dossier.nlp.spans import doc_text
from dossier.nlp.syntax import sentence_of, subject
from dossier.nlp.table import TokenTable

# Nouns that rename a proposition as something said ("a charge", "a claim", "an accusation").
CLAIM_NOUNS = frozenset(
    {"charge", "claim", "accusation", "allegation", "assertion", "suggestion", "assessment", "account"}
)
DETERMINERS = frozenset({"a", "an", "the", "which"})
DENYING = frozenset(w for w, stance in STANCE_LEMMAS.items() if stance == "deny")
# Words between the claim noun and the denial verb that belong to neither the source nor the cue.
LINKERS = frozenset({"that", "which", "who"})


def find_rebuttals(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with a denial draft added for each trailing appositive denial, and the content of any
    draft that ran over that appositive cut at its comma. A draft already made on the denial verb is
    replaced."""
    table = TokenTable.of(doc)  # the claim nouns, found once in the table rather than word by word
    nouns = [i for i, lemma in enumerate(table.lemma) if lemma in CLAIM_NOUNS and table.pos[i] == "NOUN"]
    if not nouns:
        return drafts
    text = doc_text(doc)
    added: list[Draft] = []
    by_sentence: dict[int, list[Token]] = {}
    for i in nouns:
        by_sentence.setdefault(table.sentence[i], []).append(doc[i])
    for candidates in by_sentence.values():
        found = next(filter(None, map(_appositive, candidates)), None)  # the first in its sentence
        if found is None:
            continue
        comma, verb, source = found
        sent = sentence_of(verb)
        cut = _strip_end(text, sent.start_char, comma.idx)
        renamed: tuple[int, int] | None = None
        for draft in drafts:
            if draft.head.i == verb.i:
                continue
            if draft.source and draft.source[0].i < comma.i <= draft.source[-1].i:
                # "Podliska further alleges ..., a claim that ...": the parser hung the appositive on the
                # first source; it is none of it
                draft.source = [t for t in draft.source if t.i < comma.i]
            spans = []
            for start, end in draft.content:
                if start < comma.idx < end or (start < comma.idx and end >= cut):
                    end = cut
                    if end > start and (renamed is None or start > renamed[0]):
                        renamed = (start, end)  # the innermost content: "X said Y claimed P, a charge ..."
                if end > start:
                    spans.append((start, end))
            draft.content = spans
        if renamed is None:
            renamed = (_strip_start(text, sent.start_char, cut), cut)
        if renamed[1] <= renamed[0]:
            continue
        cue = [c for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i] + [verb]
        added.append(Draft(verb, sorted(cue, key=lambda t: t.i), source, _head(source), [renamed]))
    if not added:
        return drafts
    heads = {d.head.i for d in added}
    return sorted([d for d in drafts if d.head.i not in heads] + added, key=lambda d: d.head.i)


def _appositive(tok: Token) -> tuple[Token, Token, list[Token]] | None:
    """(the comma, the denial verb, the source's tokens) when the claim noun ``tok`` opens an appositive
    denial ("..., a charge X denies"), else None."""
    sent = sentence_of(tok)
    before = [t for t in sent.doc[max(sent.start, tok.i - 3) : tok.i]]
    comma = next((t for t in reversed(before) if t.text == ","), None)
    if comma is None or not all(t.lower_ in DETERMINERS or t.i <= comma.i for t in before):
        return None
    verb = next(
        (
            t
            for t in sent.doc[tok.i + 1 : sent.end]
            # "a claim that X strongly disputes": the tagger may read "disputes" as a plural noun
            if (t.pos_ == "VERB" or t.dep_ in ("acl", "relcl"))
            and t.lemma_.lower() in DENYING
            and not any(c.dep_ == "neg" for c in t.children)
        ),
        None,
    )
    if verb is None:
        return None
    between = [t for t in sent.doc[tok.i + 1 : verb.i] if t.lower_ not in LINKERS]
    source = [t for t in between if t.dep_ not in ("aux", "auxpass", "neg", "advmod")]
    subj, _ = subject(verb)
    if subj is not None and tok.i < subj.i < verb.i:  # "a charge that Mrs. Clinton has faced in the
        # past and denied": the denier is the subject, not the words before the verb
        source = [t for t in subj.subtree if tok.i < t.i < verb.i]
    elif any(t.pos_ in ("VERB", "AUX") for t in source):
        return None
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if not source and agents:  # "..., a claim that was immediately disputed by the Obama administration"
        source = list(agents[0].subtree)
    if not source or any(t.is_punct for t in source) or len(source) > 12:
        return None
    if not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in source):
        return None
    return comma, verb, source


def _head(tokens: list[Token]) -> Token | None:
    """The token of ``tokens`` whose head lies outside them."""
    inside = {t.i for t in tokens}
    return next(
        (t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[-1] if tokens else None
    )


def _strip_end(text: str, floor: int, end: int) -> int:
    while end > floor and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return end


def _strip_start(text: str, start: int, end: int) -> int:
    while start < end and (text[start].isspace() or text[start] in "\"“'‘"):
        start += 1
    return start
