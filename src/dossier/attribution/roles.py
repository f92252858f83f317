"""Cue, source and content spans around a cue head, read from the dependency parse."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from dossier.attribution.stance import STANCE_LEMMAS
from dossier.nlp.syntax import (
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    clause_subject,
    names_agents,
    opening_phrase_head,
    sentence_of,
    sentence_start,
)
from dossier.nlp.words import (
    ADDRESS_VERBS,
    AGENT_LABELS,
    CHANNEL_NOUNS,
    OCCASION_NOUNS,
    SOURCE_RELATIVE_PRONOUNS,
    SPEAKER_PRONOUNS,
    person_word,
)

CUE_CHILD_DEPS = {"aux", "auxpass", "neg", "prt"}
CUE_ADVERBS = {
    "also",
    "then",
    "later",
    "again",
    "repeatedly",
    "recently",
    "previously",
    "further",
    "even",
    "still",
}
COMPLEMENT_DEPS = {"ccomp", "xcomp", "dobj", "oprd", "attr", "dative"}
INHERIT_DEPS = {"conj", "xcomp", "advcl", "ccomp", "pcomp", "acomp"}
SPEECH_LEMMAS = {
    "say",
    "tell",
    "claim",
    "add",
    "write",
    "argue",
    "note",
    "insist",
    "explain",
    "accuse",
    "call",
}
RIGHT_CONTENT_DEPS = {"dobj", "xcomp", "oprd", "attr", "acomp", "prep", "pcomp", "dative", "ccomp", "intj"}
NOUN_CONTENT_PREPS = {"of", "on", "about", "that", "for", "to", "against", "over"}
RELATIVE_DEPS = {"relcl", "acl"}
LONG_RELATIVE = 18  # PolNeAR sources keep relative clauses, except long ones
TOPIC_PREPS = {"of", "about", "for", "on", "against", "to", "with", "as", "over", "into", "at"}
QUOTE_MARKS = {'"', "“", "”", "''", "``", "‘", "’", "'"}
RAISING = {"seem", "appear"}
ADVERBIAL_MARKS = {
    "because", "while", "as", "although", "though", "since", "after", "before", "until", "if", "unless",
    "once", "so", "whereas", "than",
}  # fmt: skip
PUNCT_EDGE = set(",.;:—–-―()[]")
# "declined to confirm", "refused to comment": the withheld speech act belongs to the cue
WITHHOLD = {"decline", "refuse"}
WITHHELD_ACTS = {
    "confirm", "comment", "say", "discuss", "disclose", "elaborate", "specify", "identify", "answer",
    "respond", "reveal", "provide", "name", "address", "detail", "release", "deny", "speculate",
}  # fmt: skip
# prepositions that belong to the cue: "called for", "called on", "referring to", "pointed to"
CUE_PREPS = {
    ("call", "for"), ("call", "on"), ("refer", "to"), ("point", "to"), ("ask", "about"), ("talk", "about"),
    ("warn", "of"), ("warn", "about"), ("warn", "against"), ("speak", "about"), ("speak", "of"),
    ("complain", "about"), ("write", "about"), ("comment", "on"), ("insist", "on"), ("agree", "with"),
    ("argue", "for"), ("argue", "against"), ("push", "for"), ("press", "for"), ("appeal", "to"),
    ("respond", "to"), ("reply", "to"), ("apologize", "for"), ("hint", "at"), ("boast", "about"),
    ("lash", "out"), ("rail", "against"), ("vouch", "for"), ("testify", "about"), ("ask", "for"),
    ("advocate", "for"), ("plead", "for"), ("express", "concern"), ("worry", "about"), ("say", "of"),
}  # fmt: skip


def subtree_tokens(token: Token, exclude: Iterable[Token] = ()) -> list[Token]:
    """Tokens of ``token``'s subtree, leaving out the subtrees of ``exclude``."""
    skip: set[int] = set()
    for ex in exclude:
        skip.update(t.i for t in ex.subtree)
    return [t for t in token.subtree if t.i not in skip]


def trim(tokens: list[Token], quotes_too: bool = False) -> list[Token]:
    """Drop punctuation, spaces and conjunctions at both ends; a bracket closing one inside stays."""
    tokens = sorted(tokens, key=lambda t: t.i)
    edge = PUNCT_EDGE | QUOTE_MARKS if quotes_too else PUNCT_EDGE

    def loose(t: Token, at_end: bool) -> bool:
        if t.is_space or t.dep_ == "cc":
            return True
        if t.text == ")" and at_end:
            return not any(x.text == "(" for x in tokens)
        if t.text == "(" and not at_end:
            return not any(x.text == ")" for x in tokens)
        return t.text in edge

    while tokens and loose(tokens[0], False):
        tokens.pop(0)
    while tokens and loose(tokens[-1], True):
        tokens.pop()
    return tokens


def cue_tokens(head: Token, extend: dict[str, float] | None = None) -> list[Token]:
    """The cue: its head word with auxiliaries, negation, particles and a few adverbs and prepositions."""
    lem = head.lemma_.lower()
    if extend:
        out = grow_cue(head, extend)
        act = withheld_act(head) if lem in WITHHOLD else None
        if act is not None and act.i > head.i:
            out = [head.doc[i] for i in range(min(t.i for t in out), max(act.i, out[-1].i) + 1)]
        return out
    if lem == "accord":
        return [head] + [c for c in head.children if c.dep_ == "prep" and c.lower_ == "to"][:1]
    out = [head]
    for child in head.children:
        if child.dep_ in CUE_CHILD_DEPS or (child.dep_ == "advmod" and child.lower_ in CUE_ADVERBS):
            if child.i < head.i or child.dep_ == "prt":
                out.append(child)
        elif child.dep_ == "prep" and (lem, child.lower_) in CUE_PREPS and child.i > head.i:
            out.append(child)
    if lem in WITHHOLD:
        act = withheld_act(head)
        if act is not None:
            out.extend(t for t in act.children if t.dep_ in {"aux", "neg"} and t.i < act.i)
            out.append(act)
    return sorted(out, key=lambda t: t.i)


def neighbour(doc, edge: int, side: int) -> Token | None:
    """The next non-space token beside index ``edge`` on ``side`` (-1 left, +1 right), within the sentence."""
    i = edge + side
    while 0 <= i < len(doc) and doc[i].is_space:
        i += side
    if not 0 <= i < len(doc) or sentence_start(doc[i]) != sentence_start(doc[edge]):
        return None
    return doc[i]


def extension_keys(head: Token, n: Token, side: int, members: set[int]) -> list[str]:
    """Keys, most to least specific, describing neighbour ``n`` of a cue being grown around ``head``."""
    if n.head.i == head.i:
        rel = f"{n.dep_}1"
    elif n.head.i in members:
        rel = f"{n.dep_}2"
    elif head.head.i == n.i:
        rel = "HEAD"
    else:
        rel = "X"
    lem, way = head.lemma_.lower(), "<" if side < 0 else ">"
    return [f"{lem}|{way}|{rel}|{n.lower_}", f"{way}|{rel}|{n.lower_}", f"{lem}|{way}|{rel}", f"{way}|{rel}"]


LEVEL_THRESHOLDS = (0.5, 0.7, 0.7, 0.85)  # the least specific key must be surer


def grow_cue(head: Token, extend: dict[str, float]) -> list[Token]:
    """Grow the cue outward from ``head`` while the learned table says the neighbour belongs to it."""
    doc = head.doc
    members = {head.i}
    # what the cue reports is no part of it ("says Washington needs to act": not "says Washington")
    reported = [range(c.left_edge.i, c.right_edge.i + 1) for c in head.children if c.dep_ == "ccomp"]
    for side in (-1, 1):
        edge = head.i
        for _ in range(8):
            n = neighbour(doc, edge, side)
            if n is None or any(n.i in r for r in reported) or (side > 0 and _opens_full_name(n)):
                break  # nor a person's name after it: "according to Harsh Pant" ("Harsh" tagged an adjective)
            keys = extension_keys(head, n, side, members)
            level = next((i for i, k in enumerate(keys) if k in extend), None)
            if level is None or extend[keys[level]] < LEVEL_THRESHOLDS[level]:
                break
            members.add(n.i)
            edge = n.i
    out = [doc[i] for i in range(min(members), max(members) + 1) if not doc[i].is_space]
    return _tidy_end(out, head)


def _opens_full_name(tok: Token) -> bool:
    """Does ``tok`` open a person's name of two words or more (not "Twitter", which the tagger may call a
    person)?"""
    doc = tok.doc
    return (
        tok.ent_type_ == "PERSON"
        and tok.ent_iob_ == "B"
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].ent_type_ == "PERSON"
        and doc[tok.i + 1].ent_iob_ == "I"
    )


def _tidy_end(cue: list[Token], head: Token) -> list[Token]:
    """No cue ends on a dangling article or adjective ("says an", "try to convince a")."""
    while len(cue) > 1 and cue[-1].i > head.i and cue[-1].pos_ in {"DET", "ADJ", "NUM"}:
        cue = cue[:-1]
    return cue


def withheld_act(head: Token) -> Token | None:
    """The speech act in "declined to confirm" / "refused to comment", if any."""
    for child in head.children:
        if child.dep_ == "xcomp" and child.lemma_.lower() in WITHHELD_ACTS:
            return child
    return None


def source_head(head: Token) -> Token | None:
    """The token heading the source of the cue headed by ``head``, if the text names one."""
    lem = head.lemma_.lower()
    if lem == "accord":
        for prep in head.children:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    owner = _document_owner(pobj)
                    return owner if owner is not None else pobj
        return None
    if head.pos_ == "PUNCT":  # "Pence: ..." / "... ― Sonya Herridge"
        return _punct_source(head)
    if head.pos_ in {"NOUN", "PROPN"}:
        for child in head.children:
            if child.dep_ == "poss":
                return child
        for child in head.children:
            if child.dep_ == "nsubj" and child.i < head.i:
                return child  # "The U.N. Human Rights Office and groups like Amnesty International estimate
                # that ...": a verb the tagger took for a noun still has its subject
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in {"from", "by"}:
                pobj = [g for g in child.children if g.dep_ == "pobj"]
                if pobj:
                    return pobj[0]
        return None
    if lem in RAISING:  # "X seems to ...": X belongs to the content, nobody is cited
        return None
    speaker = _comma_set_speaker(head) or _fronted_apposition(head)
    if speaker is not None:
        return speaker
    if _passive_conjunct(head):  # "... nearly doubled and is expected to continue to grow": what is
        return None  # expected is the subject the two share, and nobody is said to expect it
    if _linked_participle(head) is not None:  # "stand accused of": by whom, if the text says
        agents = [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return agents[0] if agents else None
    verb = head
    joined = False
    went_on = _went_on(head)
    if went_on is not None:
        verb = went_on
    for step in range(4):
        if step and joined and verb.dep_ == "ccomp" and _no_speaker(verb):
            # "claimed the images were taken by his grandfather and said ...", "rejected the idea migration
            # can lead to enrichment, arguing ...": the parser joined the verb of saying to the reported
            # clause, whose subject cannot speak; the speaker is the one who reported it
            verb = verb.head
            joined = False
            continue
        subj = clause_subject(verb)
        if subj is not None:
            if step and head.dep_ == "advcl" and head.tag_ == "VBG" and not _can_speak(subj):
                # "the constitution is facing criticism from legal experts and political groups arguing
                # that ...": the parser hung the participle on the clause; the people before it argue
                before = head.doc[head.i - 1] if head.i > 0 else None
                if before is not None and before.pos_ in ("NOUN", "PROPN") and _can_speak(before):
                    while before.dep_ == "conj" and before.head.i != before.i:
                        before = before.head
                    return before
            return subj
        if any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children):
            return None
        if verb.dep_ in {"relcl", "acl"} and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return verb.head
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # "pitched himself by telling them ..."
            verb = verb.head.head
            continue
        if verb.dep_ in INHERIT_DEPS and verb.head.i != verb.i:
            # the cue itself joined to the clause above it ("and said", ", arguing")
            joined = verb is head and (verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG"))
            verb = verb.head
            continue
        break
    if lem in SPEECH_LEMMAS and not any(c.dep_ in PASSIVE_SUBJECT_DEPS | {"auxpass"} for c in head.children):
        return nearby_speaker(head)
    if head.tag_ in ("VBD", "VBZ", "VBP"):
        return _inverted_speaker(head)  # '"...," read a Turkish presidential statement': any cue may invert
    return None


# Verbs a speaker goes on with ("..., and added that ..."): joined by the parser to what the speaker
# reports, they are still the speaker's.
CONTINUING = frozenset({"add", "note", "stress", "emphasize", "explain", "continue", "conclude"})
REPORTING = frozenset(SPEECH_LEMMAS) | {"point"}


def _went_on(head: Token) -> Token | None:
    """The verb of saying whose speaker goes on with ``head``, where the parser joined ``head`` to the
    clause reported ("He pointed out that Indonesia does not recognize dog meat as edible, and added that
    ...": not Indonesia)."""
    if head.lemma_.lower() not in CONTINUING or head.dep_ != "conj" or head.head.i > head.i:
        return None
    if any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in head.children):
        return None
    reported = head.head
    if reported.dep_ != "ccomp" or reported.head.lemma_.lower() not in REPORTING:
        return None
    return reported.head


def _fronted_apposition(head: Token) -> Token | None:
    """The speaker the parser hung as an apposition on the object of an opening phrase, when the cue has
    no subject of its own ("In an interview Thursday with VOA's Bosnian Service, Dodik's lawyer, Anto
    Nobilo, said Dodik does not recognize ...": Nobilo, not the Bosnian Service nor Dodik)."""
    if head.pos_ != "VERB" or any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in head.children):
        return None
    k = head.i - 1
    while k >= 0 and head.doc[k].text == ",":
        k -= 1
    if k < 0:
        return None
    name = head.doc[k]
    while name.dep_ != "appos" and name.head.i > name.i and name.head.i < head.i:
        name = name.head  # the head of the phrase that ends right before the cue ("Anto Nobilo")
    if name.dep_ != "appos":
        return None
    host = name.head
    while host.dep_ == "appos" and host.head.i != host.i:
        host = host.head
    if host.dep_ != "pobj" or host.head.dep_ != "prep":
        return None
    verb = opening_phrase_head(host)
    return name if verb is not None and verb.i == head.i else None


def _passive_conjunct(head: Token) -> bool:
    """A passive cue with no agent joined to a verb before it, whose subject it shares ("The population
    nearly doubled and is expected to continue to grow")."""
    return (
        head.dep_ == "conj"
        and head.head.i < head.i
        and any(c.dep_ == "auxpass" for c in head.children)
        and not any(c.dep_ in ("agent", *SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS) for c in head.children)
    )


# Verbs that link a subject to the state a participle names ("stand accused of", "remain convinced").
LINKING_VERBS = frozenset({"stand", "remain", "stay"})


def _linked_participle(head: Token) -> Token | None:
    """The verb that links the cue, a past participle, to its subject as a state ("Two Ivorian soldiers
    and a mercenary stand accused of the bombing"): the subject is who is accused, not who accuses."""
    if head.tag_ != "VBN" or head.dep_ not in ("advcl", "acomp", "xcomp", "oprd", "ccomp"):
        return None
    verb = head.head
    return verb if verb.i != head.i and verb.lemma_.lower() in LINKING_VERBS else None


def _no_speaker(verb: Token) -> bool:
    """A clause whose subject cannot be a speaker: a passive's, or a thing ("migration can lead to ...")."""
    if any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children):
        return True
    subj = clause_subject(verb)
    return subj is not None and not _can_speak(subj)


def _comma_set_speaker(head: Token) -> Token | None:
    """A name set off by commas (or after a closing quote) right before a cue that has no subject of its
    own ("Programs are short of funding, Glenn Jusnes, a spokesperson for UNHCR, told VOA"; '"...,"
    Republican Representative Derrick Van Orden, told VOA'): the parser took the name for a conjunct or
    an apposition of what precedes it, and the cue for a second verb of the clause."""
    if head.dep_ != "conj" or head.head.i > head.i or clause_subject(head) is not None:
        return None
    doc = head.doc
    if head.i < 3 or doc[head.i - 1].text != ",":
        return None
    for tok in doc[head.head.i + 1 : head.i - 1]:
        if (
            tok.dep_ in ("conj", "appos")
            and tok.pos_ == "PROPN"
            and tok.head.i < tok.i
            and tok.right_edge.i >= head.i - 2
            and doc[tok.left_edge.i - 1].text in {",", "”", '"'}
            and _can_speak(tok)
        ):
            return tok
    return None


def _can_speak(tok: Token) -> bool:
    """Can the noun phrase headed by ``tok`` say something: a name, a pronoun, people or a body?"""
    return tok.pos_ in ("PROPN", "PRON") or names_agents(tok)


def nearby_speaker(head: Token) -> Token | None:
    """When the parse gives a speech verb no subject: the name right after it ("Said Ellis"; not after a
    verb of telling, whose next name is whom it was told: ', Derrick Van Orden, told VOA') or the closest
    person, organisation or personal pronoun before it in the sentence."""
    doc = head.doc
    sent = sentence_of(head)
    nxt = head.i + 1
    if nxt < sent.end and doc[nxt].pos_ == "PROPN" and head.lemma_.lower() not in ADDRESS_VERBS:
        while nxt + 1 < sent.end and doc[nxt + 1].pos_ == "PROPN":
            nxt += 1
        return doc[nxt]
    inverted = _inverted_speaker(head)
    if inverted is not None:
        return inverted
    described = _described_before(head)
    if described is not None:
        return described
    for i in range(head.i - 1, max(sent.start, head.i - 12) - 1, -1):
        t = doc[i]
        if t.ent_type_ in AGENT_LABELS or t.lower_ in SPEAKER_PRONOUNS:
            if t.ent_type_ and t.ent_iob_ != "B":
                continue
            j = i
            while j + 1 < head.i and doc[j + 1].ent_iob_ == "I":
                j += 1
            return doc[j]
        if t.text in {'"', "“", "”", ";"}:
            break
    return None


def _inverted_speaker(head: Token) -> Token | None:
    """After a quote, the speaker may follow the verb ('"...," said international relations expert Soli
    Ozel of ...', '"...?" wrote another user from Beijing'), where the parser often takes it for an object
    or the start of another sentence: the last noun of the noun phrase right after the cue."""
    doc = head.doc
    before = head.i - 1
    if before >= 0 and doc[before].text == ",":
        before -= 1
    if before < 0 or not (doc[before].tag_ == "''" and doc[before].dep_ == "punct"):
        return None
    if any(c.dep_ in ("ccomp", "xcomp") and c.i > head.i for c in head.children):
        return None  # '"Warung Guk Guk" proclaims this stall serves dog': a clause follows, not a speaker
    found = None
    for tok in doc[head.i + 1 : head.i + 12]:
        if tok.pos_ not in ("DET", "ADJ", "NOUN", "PROPN") or tok.ent_type_ in ("DATE", "TIME"):
            break
        if tok.pos_ in ("NOUN", "PROPN"):
            found = tok
    return found


def _described_before(head: Token) -> Token | None:
    """ "Willy Neth, coordinator for the International Federation for Human Rights in Ivory Coast, says":
    the person an appositive just before the cue describes, climbing from the appositive's last word."""
    doc = head.doc
    i = head.i - 1
    if i < 1 or doc[i].text != ",":
        return None
    tok = doc[i - 1]
    for _ in range(12):
        if tok.dep_ == "appos":
            named = tok.head
            return named if named.ent_type_ == "PERSON" or named.pos_ == "PROPN" else None
        if tok.dep_ not in ("pobj", "prep", "compound", "amod", "conj", "cc") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _document_owner(noun: Token) -> Token | None:
    """In "according to a statement from Iran's mission", the document stays the source (None here)."""
    return None


def _punct_source(head: Token) -> Token | None:
    doc = head.doc
    if head.text == ":":
        start = sentence_start(head)
        prev = [t for t in doc[start : head.i] if not t.is_space]
        lines = [t.i for t in doc[start : head.i] if "\n" in t.text_with_ws]
        if lines:  # a label opening its line ("TAPPER: Do you think ...") after a sentence the parser ran on
            prev = [t for t in prev if t.i > lines[-1]]
        if 0 < len(prev) <= 6:
            return prev[-1] if prev[-1].pos_ in {"PROPN", "NOUN", "PRON"} else None
        return None
    nxt = head.i + 1
    while nxt < len(doc) and doc[nxt].is_space:
        nxt += 1
    if nxt < len(doc) and doc[nxt].pos_ == "PROPN":
        while nxt + 1 < len(doc) and doc[nxt + 1].pos_ == "PROPN" and "\n" not in doc[nxt].whitespace_:
            nxt += 1
        return doc[nxt]  # the last name of "― Sonya Herridge" heads it
    return None


def source_tokens(src: Token, cue: list[Token]) -> list[Token]:
    """The source phrase: ``src`` with its modifiers and appositions, relative clauses left out.

    As in PolNeAR, a source closed by an apposition keeps the comma that ends it ("Clinton, the former
    secretary of State,").
    """
    cue_ids = {t.i for t in cue}
    if src.pos_ == "PUNCT":
        return []
    inside = any(t.i in cue_ids for t in src.subtree)
    exclude = [
        c
        for c in src.children
        if c.dep_ in RELATIVE_DEPS
        and (inside or len(list(c.subtree)) > LONG_RELATIVE)
        or c.dep_ == "advcl"
        or any(t.i in cue_ids for t in c.subtree)
    ]
    # what someone is praised or criticised for is no part of who did it ("criticized by ... representatives
    # at a U.N. Security Council meeting for not getting gang violence under control")
    exclude += [
        t
        for t in src.subtree
        if t.dep_ == "prep"
        and t.lower_ == "for"
        and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in t.children)
    ]
    toks = subtree_tokens(src, exclude)
    toks = _split_title(src) + toks
    first = min((t.i for t in toks), default=src.i)
    last = max((t.i for t in toks), default=src.i)
    breaks = [
        t.i for t in src.doc[first : src.i] if "\n" in t.text_with_ws or _closing_quote(t)
    ]  # nor over a quote closed before its head ("'It reflects the fear' Abdul Ghafoor Lewal, ...")
    after = [t.i for t in src.doc[src.i : last + 1] if "\n" in t.text_with_ws]
    if breaks or after:  # a source never runs over a line break
        low, high = (max(breaks) if breaks else -1), (min(after) if after else last)
        toks = [t for t in toks if low < t.i <= high]
    if src.head.pos_ == "PUNCT" or src.dep_ == "ROOT":
        toks = [t for t in toks if t.i >= src.i or t.dep_ in {"compound", "amod", "det", "poss", "nmod"}]
    colon = min((i for i in cue_ids if src.doc[i].text == ":"), default=None)
    if colon is not None and src.i < colon:  # "Graham: Trump's 'Hateful Rhetoric' ...": who speaks is
        toks = [t for t in toks if t.i < colon]  # before the colon, whatever the parser hung on the name
    toks = trim(toks, quotes_too=True)
    if toks and any(t.text == "," for t in toks):
        after = toks[-1].i + 1
        if after < len(src.doc) and src.doc[after].text == "," and after not in cue_ids:
            toks.append(src.doc[after])
    return toks


def _split_title(src: Token) -> list[Token]:
    """The words of a title the parser made a subject of its own right before the name ("North Korea's army
    chief of staff Pak Jong Chon said": two subjects, "chief" and "Chon"): one phrase with the name."""
    if src.dep_ != "nsubj" or src.ent_type_ != "PERSON":
        return []  # (a person's name: not "Anita Powell's video report Members of opposition parties ...
        # say", nor an outlet relaying, whose short name names it: "The state news agency APP quoted ...")
    start = src.left_edge.i
    for other in src.head.children:
        if other.dep_ == "nsubj" and other.i != src.i and other.right_edge.i + 1 == start:
            words = list(src.doc[other.left_edge.i : start])
            if other.pos_ in ("NOUN", "PROPN") and not any(
                t.is_punct or "\n" in t.text_with_ws for t in words
            ):
                return words  # (not a dateline or an aside set off by dashes)
    return []


def _closing_quote(tok: Token) -> bool:
    """A closing quote mark: a double one, or a single one after an opening single one in its sentence
    (not the apostrophe of "victims’ families", "Guterres’ spokesman")."""
    if tok.text in {'"', "”"}:
        return True
    if tok.text not in {"'", "’"}:
        return False
    start = sentence_start(tok)
    return any(t.text in {"'", "‘"} and t.tag_ == "``" for t in tok.doc[start : tok.i])


def relative_antecedent(source: list[Token], cue: list[Token]) -> list[Token]:
    """For a relative-pronoun source ("who said"), the noun phrase it stands for; else nothing."""
    if len(source) != 1 or source[0].lower_ not in SOURCE_RELATIVE_PRONOUNS:
        return []
    clause = source[0].head
    if clause.dep_ != "relcl" or clause.head.pos_ not in {"NOUN", "PROPN"}:
        return []
    return source_tokens(clause.head, cue)


def content_tokens(head: Token, cue: list[Token]) -> list[Token]:
    """The content the cue headed by ``head`` attributes, as parse tokens (quotes are handled apart)."""
    cue_ids = {t.i for t in cue}
    lem = head.lemma_.lower()
    if lem == "accord":
        base = according_base(head)
        if base is None:
            return []
        src = source_head(head)
        described = {t.i for t in loose_apposition(src, base)} if src is not None else set()
        return trim([t for t in subtree_tokens(base, [head]) if t.i not in described])
    if head.pos_ == "PUNCT":
        return _after_colon(head) if head.text == ":" else []
    if head.pos_ == "ADV" and head.dep_ == "advmod" and head.head.pos_ in ("VERB", "AUX"):
        # "The base also reportedly houses U.S. nuclear weapons": a hearsay adverb vouches for nothing
        # itself; what it hedges is the clause it modifies, less the adverb
        return trim(subtree_tokens(head.head, [head]))
    if _as_clause(head):  # "As The Hill reported, X ...": the clause it comments on
        src = source_head(head)
        exclude = [head] + ([src] if src is not None and src.head.i == head.head.i else [])
        return trim(subtree_tokens(head.head, exclude))
    cue_end = max(cue_ids)
    children = [c for a in cue for c in a.children if c.i not in cue_ids]
    ccomp = [c for c in children if c.dep_ in {"ccomp", "csubj"} and (c.dep_ == "ccomp" or c.i > head.i)]
    if not ccomp and head.pos_ == "VERB":  # a reported clause the parser took for an adverbial one
        ccomp = [c for c in children if c.dep_ == "advcl" and c.i > cue_end and _reported_clause(c)][:1]
    if not ccomp and head.pos_ == "VERB":  # "said in a statement that ...": the clause hangs on the medium
        ccomp = [
            g
            for c in children
            if c.dep_ == "prep" and c.lower_ == "in" and c.i > cue_end
            for pobj in c.children
            if pobj.dep_ == "pobj"
            for g in pobj.children
            if g.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
        ][:1]
    passive = [c for c in children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    if not passive and _passive_conjunct(head):
        passive = [c for c in head.head.children if c.dep_ in SUBJECT_DEPS][:1]
    if not passive and (linking := _linked_participle(head)) is not None:
        passive = [c for c in linking.children if c.dep_ in SUBJECT_DEPS][:1]
    misparsed = _object_as_subject(ccomp[0]) if ccomp and ccomp[0].dep_ == "ccomp" else None
    if misparsed is not None:  # 'announced a "separation" from the United States in 2016, accepted $2
        # billion ...': the parser took the object for the subject of the next verb of a list of deeds
        ccomp = []
        parts = [misparsed]
    elif ccomp:
        parts = ccomp
        clause = ccomp[0]
        subjectless = not any(
            c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"expl"} for c in clause.children
        )
        if clause.dep_ == "ccomp" and subjectless and lem not in ADDRESS_VERBS:  # ("told VOA there was ...")
            # "warn that type 2 diabetes could affect millions": the parser took the clause's subject for
            # the cue's object; the object right before a subjectless clause is its subject
            parts = [
                c for c in children if c.dep_ == "dobj" and c.right_edge.i + 1 == clause.left_edge.i
            ] + parts
        # "Experts say empowering girls with education and allowing them to finish school is one way ...":
        # the parser split a coordinated subject, hanging its first conjunct on the cue; a phrase of the
        # cue's that ends on the conjunction right before the clause opens it
        parts = [
            c
            for c in children
            if c.i > cue_end
            and c.right_edge.i + 1 == clause.left_edge.i
            and c.right_edge.dep_ == "cc"
            and c.right_edge.head.i == c.i
        ] + parts
        doc = head.doc
        if clause.i < head.i and cue_end + 1 < len(doc) and doc[cue_end + 1].text == ",":
            # "That's one argument, he believes, for Washington's commitment": set off by commas, the
            # cue leaves the rest of the clause to it, though the parser hung that rest on the cue
            parts += [
                c
                for c in children
                if c.i > cue_end + 1 and c.dep_ in ("prep", "npadvmod", "advmod") and not occasion_phrase(c)
            ]
    else:
        # objects, complements and the prepositional phrases after them ("accused X of Y", "called X a Z")
        parts = [c for c in children if c.i > cue_end and c.dep_ in RIGHT_CONTENT_DEPS]
        parts = [c for c in parts if c.dep_ != "prep" or (_topic_prep(c) and not _absolute(c))]
        parts += _after_the_time(children, cue_end)
        if lem in ADDRESS_VERBS:  # "told a cabinet meeting that he had met ...": whom it was told is no
            # content, nor is an addressee with no clause of its own ("..." X told a meeting of the council);
            # the addressee is the dative, or the object when there is none ("told VOA [the Taliban ...]")
            # and it names someone ("told a story" tells the story); one told to do something stays
            # ("told his advisers to find a way")
            addressee = "dative" if any(c.dep_ == "dative" for c in parts) else "dobj"
            told = [_told_clause(c) if c.dep_ == addressee else c for c in parts]
            ordered = any(c.dep_ == "xcomp" for c in parts)
            parts = [
                _told_about(c) if t is c and c.dep_ == addressee and not ordered and _audience(c) else t
                for t, c in zip(told, parts, strict=True)
            ]
            parts = [p for p in parts if p is not None]
        if not parts and head.pos_ == "VERB":  # "told VOA during a press gaggle that he believes ...":
            # the parser hung the reported clause on the occasion, as if it described it
            parts = [
                clause
                for prep in head.children
                if prep.dep_ == "prep"
                for occasion in prep.children
                if occasion.dep_ == "pobj"
                if occasion.lemma_.lower() in OCCASION_NOUNS
                for clause in [_told_clause(occasion)]
                if clause is not occasion
            ][:1]
        if head.pos_ in {"NOUN", "PROPN"}:
            parts = [c for c in parts if c.dep_ != "prep" or c.lower_ in NOUN_CONTENT_PREPS]
        # a noun in the cue takes its clause ("expressed concern that ...")
        parts += [
            c for c in children if c.dep_ in {"acl", "relcl"} and c.head.pos_ == "NOUN" and c.i > cue_end
        ][:1]
        if passive:
            parts = passive + parts
        elif lem in RAISING:
            parts = [c for c in children if c.dep_ in SUBJECT_DEPS] + parts
    # cue prepositions: their objects are the content ("called for X"), but whom one reports or admits
    # something to is no content where a clause says what ("reported to police that his car was stolen")
    parts += [
        g
        for t in cue
        if t.dep_ == "prep"
        for g in t.children
        if g.dep_ in {"pobj", "pcomp"} and not (ccomp and t.lower_ == "to" and _addressee(g))
    ]
    relative = [c for c in head.children if c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") and c.i < head.i]
    if relative and head.dep_ == "relcl" and head.head.pos_ == "NOUN" and STANCE_LEMMAS.get(lem) == "deny":
        # "on espionage charges which Washington has dismissed as baseless": what a denial denies is the
        # phrase the relative pronoun stands for
        antecedent = head.head
        return trim([t for t in subtree_tokens(antecedent, [head]) if t.i < head.i and t.i not in cue_ids])
    if not parts and head.pos_ == "VERB" and not ccomp:
        # "with Cavusoglu warning that key U.S. bases are now at risk": the parser hung the "that" clause
        # right after the cue on a verb above it; it is still what the cue says
        after = head.doc[cue_end + 1] if cue_end + 1 < len(head.doc) else None
        if (
            after is not None
            and after.dep_ == "mark"
            and after.lower_ == "that"
            and after.head.i > cue_end
            and after.head.left_edge.i == after.i
            and head.i not in {a.i for a in after.head.ancestors}
        ):
            parts = [after.head]
    if not parts and (head.dep_ in {"advcl", "ccomp"} and head.head.i < head.i or head.dep_ == "parataxis"):
        base = head.head
        src = source_head(head)
        exclude = [head] + ([src] if src is not None and src.head.i == base.i else [])
        return trim(subtree_tokens(base, exclude))
    out: dict[int, Token] = {}
    if head.dep_ == "conj" and parts and all(p.i < head.i for p in parts) and head.head.i < head.i:
        # "A, but B, the source added": the whole sentence before the trailing cue is its content
        out.update((t.i, t) for t in subtree_tokens(head.head, [head]))
    for part in parts:
        for t in subtree_tokens(part, _asides(part)):
            if t.i not in cue_ids:
                out[t.i] = t
    return trim(list(out.values()))


def _object_as_subject(clause: Token) -> Token | None:
    """The subject of a reported clause that is the cue's object run into a list of deeds, set off from its
    verb by a comma alone ('announced a "separation" from the United States in 2016, accepted $2 billion'),
    else None."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if subj is None or any(c.dep_ in ("aux", "auxpass", "neg") for c in clause.children):
        return None
    if not 0 < subj.left_edge.i - clause.head.i <= 2:
        return None  # the object comes right after the cue, or one word after it
    doc = clause.doc
    right = subj.right_edge.i
    if doc[right].text == ",":
        right -= 1
    if any(t.text == "," for t in doc[subj.left_edge.i : right + 1]):
        return None  # "31 people, including 23 security personnel, lost their lives": an aside set off
    return subj if right + 2 == clause.i and doc[right + 1].text == "," else None


def _addressee(tok: Token) -> bool:
    """Does ``tok`` name people or a body one tells something to ("police", "investigators", "the
    ministry", "VOA")?"""
    return (
        tok.ent_type_ in AGENT_LABELS
        or person_word(tok.lemma_.lower())
        or tok.lemma_.lower() in AUDIENCE_NOUNS
    )


# Those one reports, admits or complains to that no name or person-word ending marks.
AUDIENCE_NOUNS = frozenset({"police", "reporter", "journalist", "investigator", "court", "judge", "jury"})
AUDIENCE_NOUNS |= {"ministry", "council", "committee", "parliament", "congress", "lawmaker", "authority"}


def according_base(head: Token) -> Token | None:
    """The clause an "according to" cue (headed by ``head``) sources, if it stands in one."""
    base = head.head
    if base.i == head.i:
        return None
    while base.dep_ in {"prep", "pcomp"} and base.head.i != base.i:
        base = base.head
    while base.dep_ in {"advcl", "conj"} and base.tag_ in {"VBG", "VBN"} and base.head.i < base.i:
        # "Gunmen stormed a hotel ..., leaving five dead and triggering a siege, according to
        # witnesses": the parser hung the phrase on the participle; it sources the whole clause
        base = base.head
    return base


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def loose_apposition(src: Token, base: Token) -> list[Token]:
    """What describes an "according to" source, set off by commas right after it, where the parser hung it
    on the sourced clause instead ("According to Equal Measures 2030, a coalition of national, regional and
    global leaders ..., women in at least 77 countries are prohibited ...": the coalition is the source,
    not the women's clause's subject): the noun phrase with the commas around it, or nothing.

    It is one when it opens on a determiner, an adjective or a noun (not a date: "According to police, last
    year, ..."), states nothing of its own (a finite verb only in a relative clause: "a body that tracks
    displacement"), and the clause after it names its own subject before its verb ("..., more than 3
    million people have fled"; not "..., the attackers, who were armed, fled")."""
    doc = src.doc
    comma = src.right_edge.i + 1
    if comma + 1 >= base.i or doc[comma].text != "," or base.i <= src.i:
        return []
    ends = [t.i for t in doc[comma + 2 : base.i] if t.text == ","]
    if not ends:
        return []
    end = ends[-1]
    phrase = doc[comma + 1 : end]
    first = phrase[0]
    if first.pos_ not in {"DET", "ADJ", "NOUN", "PROPN"} or first.ent_type_ in {"DATE", "TIME"}:
        return []
    for t in phrase:
        if t.tag_ in _FINITE_TAGS and not any(
            a.dep_ in {"relcl", "acl"} and comma < a.i < end for a in [t, *t.ancestors]
        ):
            return []
    subject = doc[end + 1 : base.i]
    if not any(t.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} for t in subject) or subject[0].pos_ == "CCONJ":
        return []
    return list(doc[comma : end + 1])


def _told_clause(addressee: Token) -> Token:
    """The "that" clause the parser hung on the addressee ("told [a cabinet meeting that he had met ...]"),
    else the addressee itself."""
    for c in addressee.children:
        if c.dep_ not in {"relcl", "acl", "ccomp"} or c.i < addressee.i:
            continue
        marked = any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        own_subject = any(g.dep_ == "nsubj" and g.lower_ != "that" for g in c.children)
        if marked or (c.left_edge.lower_ == "that" and own_subject):
            return c
    return addressee


def _audience(tok: Token) -> bool:
    """Whether an object of "tell" names whom it was told: people, a body, a meeting ("told reporters",
    "told VOA", "told a meeting of the council")."""
    return _can_speak(tok) or tok.lemma_.lower() in OCCASION_NOUNS


def _told_about(addressee: Token) -> Token | None:
    """What an addressee was told about ("told reporters [about the plan]"), if the parser hung it there
    (not "of": "told a meeting of the council")."""
    return next((c for c in addressee.children if c.dep_ == "prep" and c.lower_ == "about"), None)


def _as_clause(head: Token) -> bool:
    """A cue in an adverbial "as" clause set before the clause it comments on ("As X reported, ...")."""
    if head.dep_ != "advcl" or head.head.i <= head.i or head.head.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in head.children):
        return False
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in head.children)


def _asides(part: Token) -> list[Token]:
    """Comma-set appositions that comment on a content noun rather than belong to it
    ("endorsing Trump's campaign, the latest chapter in ...")."""
    doc = part.doc
    out = []
    for c in part.children:
        if c.i <= part.i or c.i == 0 or doc[c.left_edge.i - 1].text != ",":
            continue
        if c.dep_ == "appos" and part.pos_ in {"NOUN", "PROPN"}:
            out.append(c)
    return out


def _reported_clause(clause: Token) -> bool:
    """A finite clause with its own subject and no adverbial conjunction ("said he would not accept")."""
    kids = list(clause.children)
    if any(k.dep_ == "mark" and k.lower_ in ADVERBIAL_MARKS for k in kids):
        return False
    if any(k.tag_ in ("WDT", "WP") and k.i < clause.i for k in kids):
        return False  # "... in a report in February — which Moscow denied": a relative clause on what
        # was said, not what was said
    return clause.tag_ != "VBG" and any(k.dep_ in {"nsubj", "nsubjpass"} for k in kids)


def _absolute(prep: Token) -> bool:
    """A comma-set "with" phrase that adds a circumstance ("voiced concern over the violence, with its
    adviser speaking by phone ..."), not what was said."""
    return prep.lower_ == "with" and prep.i > 0 and prep.doc[prep.i - 1].text == ","


def occasion_phrase(part: Token) -> bool:
    """A phrase telling when, where or how something was said ("in an interview with VOA", "on
    Tuesday", "on social media"), not what."""
    objects = [g for g in part.children if g.dep_ == "pobj"] if part.dep_ == "prep" else [part]
    return any(
        g.lemma_.lower() in OCCASION_NOUNS | CHANNEL_NOUNS or g.ent_type_ in {"DATE", "TIME"} for g in objects
    )


def _topic_prep(prep: Token) -> bool:
    """A prepositional phrase that states what was said ("spoke of X"), not when or where ("said in Ohio")."""
    if prep.lower_ not in TOPIC_PREPS:
        return False
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    if prep.lower_ in ("at", "during", "in") and any(g.lemma_.lower() in OCCASION_NOUNS for g in objects):
        return False  # "praised Boyle at a press conference in Hanahan": where it was said
    return not any(g.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC"} for g in prep.children)


def _after_the_time(children: list[Token], cue_end: int) -> list[Token]:
    """What was said, hung by the parser on the time it was said ("warned in July of a possible IS
    resurgence": "of ..." on "July"): the object of a topic phrase on a date the cue's phrase names (not
    "in July of 2024")."""
    return [
        topic
        for c in children
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "during") and c.i > cue_end and not _topic_prep(c)
        for o in c.children
        if o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME")
        for g in o.children
        if g.dep_ == "prep" and g.lower_ in ("of", "about", "on") and _topic_prep(g)
        for topic in g.children
        if topic.dep_ in ("pobj", "pcomp")
    ]


def _after_colon(colon: Token) -> list[Token]:
    doc = colon.doc
    end = colon.i + 1
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    return trim(list(doc[colon.i + 1 : end]))
