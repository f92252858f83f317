"""Dependency-tree helpers shared by attribution, events and evidence: subjects, relative pronouns,
pronoun resolution, coordination and entity spans."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from dossier.nlp.quotes import find_quotes
from dossier.nlp.spans import doc_text
from dossier.nlp.words import (
    ADDRESS_VERBS,
    AGENT_LABELS,
    AGENT_NOUNS,
    ANONYMOUS_NOUNS,
    GOVERNMENT_NOUNS,
    NUMBER_WORDS,
    PERSON_NOUNS,
    REFERRING_PRONOUNS,
    RELATIVE_PRONOUNS,
    REQUEST_NOUNS,
    ROLE_WORDS,
    SAYING_VERBS,
    THIRD_PLURAL_PRONOUNS,
    THWARTING_VERBS,
    TITLE_WORDS,
    WHEREABOUTS,
    person_word,
)

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
# Participles that read as passives but describe their subject's own stance ("is opposed to").
STATIVE_PASSIVES = frozenset(["oppose", "commit", "prepare", "determine", "dedicate", "resolve"])
# Stretches of time a gerund can be done over ("after weeks of denying it").
DURATION_WORDS = frozenset({"hour", "day", "week", "month", "year", "decade"})
# Verbs whose object is the understood subject of their infinitive ("pressing allies to allow").
OBJECT_CONTROL = frozenset(
    {
        "press", "urge", "ask", "warn", "call", "force", "order", "persuade", "invite", "allow", "tell",
        "encourage", "push", "pressure", "compel", "instruct", "request", "implore", "beg", "appeal", "help",
        "enable", "permit", "authorize", "authorise", "prevent", "stop", "forbid", "prohibit", "bar", "deter",
        "lead", "prompt", "cause", "drive", "spur", "oblige", "convince", "motivate",
    }
)  # fmt: skip


_SENTENCES = "dossier.sentences"


def sentence_bounds(doc: Doc) -> tuple[list[int], list[tuple[int, int]]]:
    """(sentence index of each token, (start, end) token range of each sentence) of ``doc``, found once
    per document and kept in its ``user_data``."""
    found = doc.user_data.get(_SENTENCES)
    if found is None or len(found[0]) != len(doc):
        bounds = [(sent.start, sent.end) for sent in doc.sents] if len(doc) else []
        index = [0] * len(doc)
        for number, (start, end) in enumerate(bounds):
            index[start:end] = [number] * (end - start)
        found = doc.user_data[_SENTENCES] = (index, bounds)
    return found


_PEOPLE = "dossier.people"
_PEOPLE_WORDS = "dossier.people_words"  # the token indexes of those names


def mark_people(doc: Doc, mentions: list[tuple[int, int]]) -> None:
    """Keep, in the parse, the token ranges [start, end) the actors stage found to name people, for the
    stages after it: the tagger may label one mention of a person an organisation ("Trump said that he
    ...") where the actors stage, reading the whole article, knows better."""
    doc.user_data[_PEOPLE] = {start: end - 1 for start, end in mentions}
    doc.user_data[_PEOPLE_WORDS] = frozenset(i for start, end in mentions for i in range(start, end))


def names_person(tok: Token) -> bool:
    """Is ``tok`` a word of a person's name the actors stage found, whatever the tagger made of it ("Trump
    met with Kim", "Trump" tagged a common noun)?"""
    return tok.i in tok.doc.user_data.get(_PEOPLE_WORDS, ())


def _person_mention(tok: Token) -> Token | None:
    """The last word of the person's name that starts at ``tok``, as the actors stage found it, if any."""
    people = tok.doc.user_data.get(_PEOPLE)
    end = people.get(tok.i) if people else None
    return tok.doc[end] if end is not None else None


def sentence_of(tok: Token) -> Span:
    """The sentence holding ``tok``, like ``tok.sent`` but in constant time (``tok.sent`` walks the
    sentence, so looking it up per token is quadratic in sentence length)."""
    index, bounds = sentence_bounds(tok.doc)
    start, end = bounds[index[tok.i]]
    return tok.doc[start:end]


def sentence_start(tok: Token) -> int:
    """The index of the first token of ``tok``'s sentence, in constant time."""
    index, bounds = sentence_bounds(tok.doc)
    return bounds[index[tok.i]][0]


def children(tok: Token, *deps: str) -> list[Token]:
    """The children of ``tok`` whose dependency label is one of ``deps``."""
    return [c for c in tok.children if c.dep_ in deps]


def prep_objects(tok: Token, *preps: str) -> list[Token]:
    """Objects of the prepositions ``preps`` attached to ``tok`` ("with X", "against X")."""
    found = []
    for prep in tok.children:
        if prep.dep_ in ("prep", "agent", "dative") and (not preps or prep.lower_ in preps):
            found.extend(c for c in prep.children if c.dep_ in ("pobj", "pcomp"))
    return found


def conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the tokens coordinated with it ("Russia, China and Iran")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            out.extend(conjuncts(c))
        elif c.dep_ == "appos" and c.pos_ == "PROPN" and tok.tag_ in ("NN", "NNP"):
            # "India's Prime Minister Narendra Modi and Philippine President Rodrigo Duterte": the parser
            # hangs the second name on the first's apposition
            out.extend(n for g in c.children if g.dep_ == "conj" and g.pos_ == "PROPN" for n in conjuncts(g))
    return out


def opening_phrase_head(noun: Token) -> Token | None:
    """The verb a phrase hangs from, given the object of its preposition: up through prepositions and
    their objects to the first verb ("In an interview Thursday with VOA's Bosnian Service, Dodik's lawyer,
    Anto Nobilo, said ...": "said" for "Service"); None if none is reached."""
    node = noun
    while node.dep_ in ("pobj", "prep") and node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


# Words that may stand between two coordinated verbs without being either one's complement.
_BETWEEN_CONJUNCTS = frozenset({"cc", "punct", "advmod", "aux", "neg", "preconj"})


def raised_conjunct(verb: Token) -> Token | None:
    """The verb coordinated after ``verb`` whose object and phrases ``verb`` shares, when ``verb`` has
    none of its own: "Police arrested and charged the two men on Monday", "captured, tortured and killed
    three soldiers" (the parser hangs them on the last verb). None where ``verb`` takes its own words
    ("arrested Zamora and later froze the newspaper's assets") or the other verb has its own subject."""
    if verb.pos_ != "VERB" or any(
        c.i > verb.i and c.dep_ not in ("cc", "conj", "punct") for c in verb.children
    ):
        return None
    following = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i]
    if not following:
        return None
    other = following[0]
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in other.children):
        return None
    between = verb.doc[verb.i + 1 : other.i]
    if any(t.dep_ not in _BETWEEN_CONJUNCTS and t.head.i != other.i for t in between):
        return None
    return raised_conjunct(other) or other


# Plural nouns that count states or people already named together: "the three nations", "both leaders".
COUNTED_GROUPS = frozenset(
    {"country", "nation", "state", "government", "neighbor", "neighbour", "ally", "leader", "president"}
)
COUNTED_GROUP_SENTENCES = 2  # sentences before its own searched for the names a counted group counts
_DEFINITE = frozenset({"the", "these", "those", "both"})


def counted_group(tok: Token) -> list[Token] | None:
    """The names a definite, counted plural stands for: "Burkina Faso, Mali and Niger withdrew ... The three
    military-led nations accused ..." -> Burkina Faso, Mali, Niger; "both countries", "the two leaders".
    The latest coordination of exactly that many names (of any kind: the tagger takes "Burkina Faso, Mali
    and Niger" for people), in its sentence before it or in the ``COUNTED_GROUP_SENTENCES`` before; else
    None (a count that matches no coordination, or none given)."""
    if tok.lemma_.lower() not in COUNTED_GROUPS or tok.tag_ != "NNS" or tok.ent_type_:
        return None
    words = [c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet", "amod", "quantmod")]
    if not _DEFINITE & set(words):
        return None
    counts = [NUMBER_WORDS.get(w) for w in words if w in NUMBER_WORDS and w not in ("a", "an", "another")]
    numerals = [int(c.text) for c in tok.children if c.dep_ == "nummod" and c.text.isdigit()]
    wanted = (counts + numerals or [None])[0]
    if not wanted or wanted < 2:
        return None
    doc = tok.doc
    floor = sentence_start(tok)
    for _ in range(COUNTED_GROUP_SENTENCES):
        if floor > 0:
            floor = sentence_start(doc[floor - 1])
    for i in range(tok.i - 1, floor - 1, -1):
        cand = doc[i]
        if cand.ent_type_ not in AGENT_LABELS or cand.dep_ == "conj" or entity_head(cand) != cand:
            continue
        names = [c for c in conjuncts(cand) if c.ent_type_ in AGENT_LABELS]
        if len(names) == wanted == len(conjuncts(cand)):
            return names
    return None


# Nouns that only hold a place for whom a copula names: "He's the one who ...", "Russia is the country
# that ...".
PLACEHOLDER_NOUNS = frozenset({"one", "man", "woman", "person", "people", "country", "nation", "side"})


def antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("Burns, who was in London" -> Burns); a placeholder that
    a copula says someone is stands for them ("He's the one who can end it" -> He)."""
    if tok.lower_ in RELATIVE_PRONOUNS:
        verb = tok.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i:
            noun = verb.head
            if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ADDRESS_VERBS and tok.lower_ == "that":
                return tok  # "told a cabinet meeting that he had met ...": the words told, misparsed
            if noun.dep_ == "attr" and noun.head.lemma_ == "be":
                subjects = [c for c in noun.head.children if c.dep_ in SUBJECT_DEPS]
                # "HTS is an Islamist group that is designated as a terrorist organization": a name the copula
                # says is one; a placeholder ("He's the one who") stands for whoever it is said of
                named = subjects and (subjects[0].ent_type_ in AGENT_LABELS or subjects[0].pos_ == "PROPN")
                if subjects and (noun.lemma_.lower() in PLACEHOLDER_NOUNS or named):
                    return subjects[0]
            if tok.lower_ in ("who", "whom"):
                return _someone_of(noun)
            return noun
    return tok


def _someone_of(noun: Token) -> Token:
    """Who "who" stands for when the parser hung its clause on a thing in an "of" phrase after them ("the
    original inhabitants of the islands who were forcibly expelled": the inhabitants)."""
    owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if owner is None or noun.ent_type_ or noun.pos_ != "NOUN" or _person_noun(noun) or _people(noun):
        return noun
    return owner if _person_noun(owner) or _people(owner) else noun


def compound_name(verb: Token) -> Token | None:
    """A name the parser made a compound of a verb, as if of a noun ("as President Donald Trump pushes to
    ..."): a verb has no compounds, so the name is its subject."""
    if verb.pos_ != "VERB":
        return None
    names = [c for c in verb.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < verb.i]
    return names[-1] if names else None


def clause_subject(verb: Token) -> Token | None:
    """The subject ``verb`` itself governs: the closest nominal subject, or the agent of a passive."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if subjects:  # the closest, when a dateline was parsed as a second subject ("MACAU (Reuters) - X said")
        closest = min(subjects, key=lambda c: abs(verb.i - c.i))
        before = _dashed_off(closest, subjects)
        return before if before is not None else closest
    name = compound_name(verb)
    if name is not None:
        return name
    for child in verb.children:
        if child.dep_ == "agent":
            pobj = [g for g in child.children if g.dep_ == "pobj"]
            return pobj[0] if pobj else None
    return None


_DASHES = frozenset({"—", "–", "--", "-"})


def _dashed_off(subj: Token, subjects: list[Token]) -> Token | None:
    """The subject before ``subj`` when ``subj`` is an aside set off by dashes right after it, which the
    parser made a second subject ("Al-Sharaa — leader of the Islamist Hayat Tahrir al-Sham that spearheaded
    the offensive ... — said": Al-Sharaa said)."""
    doc = subj.doc
    left, right = subj.left_edge.i, subj.right_edge.i
    opening = left if doc[left].text in _DASHES else left - 1
    closing = right if doc[right].text in _DASHES else right + 1
    if (
        opening < 1
        or closing >= len(doc)
        or doc[opening].text not in _DASHES
        or doc[closing].text not in _DASHES
    ):
        return None
    return next((s for s in subjects if s.i < subj.i and s.right_edge.i + 1 == opening), None)


# Nouns for trying or deciding whose infinitive is the owner's act: "Turkey's efforts to improve ties".
ATTEMPT_NOUNS = frozenset(
    {"effort", "attempt", "bid", "plan", "decision", "move", "push", "drive", "campaign", "pledge", "offer"}
)
# Verbs whose subject takes up the attempt or decision it names: "announced a decision to", "made a bid to".
ADOPTING_VERBS = frozenset(
    {
        "announce", "make", "take", "launch", "unveil", "approve", "adopt", "begin", "start", "mount", "step",
        "lead", "spearhead", "renew", "intensify", "reach", "finalize", "finalise",
    }
)  # fmt: skip
# Nouns of intent whose act is still to come ("the intention of attacking"), and is denied outright when the
# noun is ("no plans to attack NATO", "no intention of invading"); whoever holds the intent would act
INTENTION_NOUNS = frozenset(
    {"intention", "intent", "plan", "desire", "wish", "interest", "ambition", "aim", "plot", "scheme"}
)
# Verbs that link their subject to a participle that tells what it undergoes: "stand accused", "remain
# detained", "got arrested", "seemed shaken".
LINKING_VERBS = frozenset(
    {"stand", "remain", "stay", "become", "get", "seem", "appear", "look", "feel", "lie"}
)


def _speaker_label(subj: Token, verb: Token) -> bool:
    """A name before a colon that opens an interview's turn ("VOA: Russia's President ... visited",
    "Armitage: I'm concerned"), which the parser took for a second subject of the verb."""
    doc = subj.doc
    return (
        subj.i + 1 < len(doc)
        and doc[subj.i + 1].text == ":"
        and any(c.dep_ in SUBJECT_DEPS and c.i > subj.i + 1 for c in verb.children)
    )


def subject(tok: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """The grammatical subject of a verbal trigger and whether the clause is passive.

    Follows control ("Iran denied providing", "pressing allies to allow"), coordination and
    predicative adjectives ("Syria is willing to").
    """
    if depth > 6:
        return None, False
    for c in tok.children:
        if c.dep_ in SUBJECT_DEPS and _speaker_label(c, tok):
            continue  # "VOA: Russia's President Vladimir Putin recently visited China": who asks, not who
            # visited
        if c.dep_ in SUBJECT_DEPS and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == ":":
            after = [a for a in c.children if a.dep_ == "appos" and a.i > c.i + 1]
            if after:  # (the parser hanging the subject after the colon on the label)
                return antecedent(after[0]), False
        if c.dep_ in SUBJECT_DEPS:
            named = _for_subject(tok) if c.lemma_.lower() in REQUEST_NOUNS else None
            if named is not None:  # "its call to the authorities to drop all charges", the parser making
                return antecedent(named), False  # the call the subject: the authorities would drop them
            return antecedent(c), False
        if c.dep_ in PASSIVE_SUBJECT_DEPS:
            stative = tok.lemma_.lower() in STATIVE_PASSIVES and not prep_objects(tok, "by")
            return antecedent(c), not stative  # "Israel is opposed to": a state of the subject
    name = compound_name(tok)
    if name is not None:
        return name, False
    named = _for_subject(tok)
    if named is not None:  # "a proposal for the Security Council to lift sanctions": the Council lifts
        return antecedent(named), False
    for aux in (c for c in tok.children if c.dep_ in ("aux", "auxpass")):
        for c in aux.children:  # "Iran is “flagrantly” defying": quote marks led the parser to hang
            if c.dep_ in SUBJECT_DEPS:  # the subject on the auxiliary
                return antecedent(c), aux.dep_ == "auxpass"
    head = tok.head
    if head.i == tok.i:
        return None, False
    if tok.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in OBJECT_CONTROL:
        objects = children(head, "dobj") or prep_objects(head, "on", "upon")
        if objects:
            return objects[0], False
    if (
        tok.dep_ == "conj"
        and tok.tag_ == "VBN"
        and head.tag_ == "VBG"
        and not children(tok, "aux", "auxpass")
    ):
        # "harassed while covering events and briefly detained": a participle joined to an -ing form is
        # no part of it; it tells, in the passive, what the shared subject underwent
        subj, _ = subject(head, depth + 1)
        return subj, True
    if tok.dep_ == "conj" and _passive(tok):
        # "the car hit a roadside bomb and was then attacked": the shared subject suffered the second act
        subj, _ = subject(head, depth + 1)
        return subj, True
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and _passive(head):
        # "was attacked with gunfire, killing all the civilians": whoever attacked killed, not the car
        agents = prep_objects(head, "by")
        return (agents[0] if agents else None), False
    if (
        tok.tag_ == "VBN"
        and tok.dep_ in ("advcl", "acomp", "xcomp", "oprd")
        and head.lemma_.lower() in LINKING_VERBS
    ):
        subj, _ = subject(head, depth + 1)  # "two soldiers stand accused of the bombing": they suffer it
        return subj, True
    if tok.dep_ == "advcl" and tok.tag_ == "VBN" and not children(tok, "aux", "auxpass"):
        # a participle clause with no auxiliary of its own is passive: "One of the group's leaders is
        # dead, killed in an airstrike", "Arrested in 2019, she ...": the subject suffered it
        subj, _ = subject(head, depth + 1)
        return subj, True
    if tok.dep_ == "conj" and head.dep_ == "ccomp" and tok.tag_ == "VBD" and _not_simple_past(head):
        # "has also determined that Zamora's detention is arbitrary and called for his release": a past verb
        # joined to a present one inside a that-clause, whose subject is no one, is the reporter's second
        # verb, with its subject
        inner, _ = subject(head, depth + 1)
        outer, _ = subject(head.head, depth + 1)
        if inner is not None and outer is not None and not _someone(inner):
            return outer, False
    if tok.dep_ in ("xcomp", "conj", "acomp", "advcl") or (tok.dep_ == "ccomp" and tok.tag_ in ("VBG", "VB")):
        if (
            tok.dep_ == "xcomp"
            and head.lemma_ == "be"
            and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children)
        ):
            return None, False  # "It was a mistake to support Muslim Brothers": "it" stands for nobody
        return _shared(subject(head, depth + 1), tok)
    intent = intent_noun(tok)
    if intent is not None:  # "Russia has no plans to attack NATO", "made clear his intention of annexing"
        owners = children(intent, "poss")
        if owners:
            return antecedent(owners[0]), False
        if intent.dep_ == "dobj" and intent.head.lemma_.lower() not in THWARTING_VERBS:
            return subject(intent.head, depth + 1)  # (not "security forces foiled a plot to attack")
    if tok.dep_ == "pcomp" and head.dep_ == "prep":
        if (
            head.lower_ == "from"
            and head.head.lemma_.lower() in OBJECT_CONTROL
            and children(head.head, "dobj")
        ):
            return children(head.head, "dobj")[0], False  # "stopped aid groups from negotiating": the groups
        controller = _gerund_controller(tok)
        if controller is not None:  # "accused India of attacking", "attacked the Journal for refusing"
            return antecedent(controller), False
        stretch = head.head
        if (
            head.lower_ == "of"
            and stretch.lemma_.lower() in DURATION_WORDS
            and stretch.dep_ == "pobj"
            and stretch.head.dep_ == "prep"
        ):  # "After weeks of denying ..., Thailand turned ...": whoever did it for weeks, the clause's subject
            stretch = stretch.head.head
        return _shared(subject(stretch, depth + 1), tok)
    owners = [c for c in tok.head.children if c.dep_ == "poss"] if tok.dep_ == "acl" else []
    if tok.tag_ == "VB" and owners and tok.head.lemma_.lower() in ATTEMPT_NOUNS:
        return antecedent(owners[0]), False  # "Turkey's recent efforts to improve ties": Turkey improves
    if (
        tok.tag_ == "VB"
        and tok.dep_ == "acl"
        and tok.head.lemma_.lower() in ATTEMPT_NOUNS
        and tok.head.dep_ == "dobj"
        and tok.head.head.lemma_.lower() in ADOPTING_VERBS
    ):  # "The government announced a decision to expel the ambassador", "launched an effort to arrest":
        return subject(tok.head.head, depth + 1)  # the one who takes it up acts (not "criticized the
        # decision to expel": someone else's)
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and _object_phrase(tok.head) is not None:
        if names_agents(tok.head):
            return tok.head, False  # "aiding rebels fighting the president": the rebels fight
        # "issued a declaration demanding that ...", "issued a series of warnings demanding that ..."
        return subject(_object_phrase(tok.head).head, depth + 1)
    if (
        tok.dep_ == "acl"
        and tok.head.pos_ in ("NOUN", "PROPN")
        and (tok.tag_ == "VBD" or children(tok, "dobj"))
        and not (tok.tag_ == "VB" and children(tok, "aux"))  # not "the decision to evacuate migrants"
    ):
        return tok.head, False  # a clause verb misread as a reduced relative: "Doctors ... donated goods"
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head, True  # a passive reduced relative: "schoolgirls kidnapped in Zamfara"
    if (
        tok.dep_ in ("relcl", "acl")
        and tok.tag_ == "VB"
        and children(tok, "aux")
        and head.dep_ == "attr"
        and head.head.lemma_ == "be"
    ):  # "the Autonomous Administration was the first to reject the constitution", "Germany was the only
        # country to vote against it": who was the first, the only one, does it
        return _shared(subject(head.head, depth + 1), tok)
    return None, False


def _for_subject(verb: Token) -> Token | None:
    """The subject an infinitive takes from a "for" phrase just before it, or from whom a request noun
    addresses: "a proposal for the U.N. Security Council to lift sanctions", "called for the government to
    release them", "its call to the authorities to immediately drop all charges" (the parser hangs the
    noun on the preposition and the infinitive on the verb above)."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i), None)
    if to is None or to.i == 0:
        return None
    noun = to.doc[to.i - 1]
    for _ in range(4):
        prep = noun.head
        asked = prep.lower_ in ("to", "on", "upon") and prep.head.lemma_.lower() in REQUEST_NOUNS
        if noun.dep_ == "pobj" and (prep.lower_ == "for" or asked):
            return noun if noun.right_edge.i == to.i - 1 and noun.pos_ in ("NOUN", "PROPN") else None
        if noun.head.i == noun.i or noun.head.i > to.i:
            return None
        noun = noun.head
    return None


def _gerund_controller(verb: Token) -> Token | None:
    """Who does what a gerund after "of", "for" or "with" tells when the verb above has an object:
    "accused India of attacking the train", "praised the rescuers for saving ...", "charged him with
    aiding": the object does it, not the subject."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ not in ("of", "for", "with"):
        return None
    objects = [o for o in children(prep.head, "dobj") if o.i < prep.i and _may_do(o)]
    return objects[0] if objects else None


def _may_do(tok: Token) -> bool:
    """Someone, or a thing a named side owns ("a Chinese spy plane"), not an abstraction ("took credit")."""
    return _someone(tok) or any(
        c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE", "ORG") for c in tok.children
    )


def _object_phrase(noun: Token) -> Token | None:
    """The direct object ``noun`` is, or heads through "of" ("a series of warnings", "a list of demands")."""
    if noun.dep_ == "dobj":
        return noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        return noun.head.head
    return None


def clause_verb(tok: Token) -> Token:
    """The verb whose clause holds ``tok`` (``tok`` itself when it is a verb; the root when no verb is
    above it)."""
    cur = tok
    while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
        cur = cur.head
    return cur


def intent_noun(verb: Token) -> Token | None:
    """The noun of intent ``verb`` is the act of: "plans" in "has no plans to attack", "intention" in "the
    intention of invading"."""
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VB" and verb.head.lemma_.lower() in INTENTION_NOUNS:
        return verb.head
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.lemma_.lower() in INTENTION_NOUNS:
        return verb.head.head
    return None


def _shared(found: tuple[Token | None, bool], tok: Token) -> tuple[Token | None, bool]:
    """The subject a dependent verb shares with the verb above it, in the dependent's own voice: "was
    released after apologizing" (he apologised), "was forced to resign"; but "was attacked and killed"."""
    subj, passive = found
    # ("before being deported": a verb with its own passive auxiliary is passive, whatever the verb above)
    return subj, (passive and tok.tag_ == "VBN") or any(c.dep_ == "auxpass" for c in tok.children)


def names_agents(noun: Token) -> bool:
    """Does the noun name people or a body that can act ("rebels", "Iran", "the militants")?"""
    return noun.ent_type_ in AGENT_LABELS or noun.lemma_.lower() in AGENT_NOUNS | PERSON_NOUNS


def _passive(verb: Token) -> bool:
    """A verb in the passive: its own passive auxiliary or passive subject ("was attacked")."""
    return any(c.dep_ in ("auxpass", *PASSIVE_SUBJECT_DEPS) for c in verb.children)


def entity_span(tok: Token) -> Span | None:
    """The named entity ``tok`` belongs to, found from the IOB tags around it (no scan of doc.ents)."""
    if not tok.ent_type_:
        return None
    doc = tok.doc
    start = tok.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def entity_head(tok: Token) -> Token:
    """The root of the named entity ``tok`` belongs to ("Catherine Russell" for "Catherine"), else ``tok``."""
    ent = entity_span(tok)
    return ent.root if ent is not None else tok


CHAIN_DEPTH = 6  # pronouns followed back to a named antecedent
SUBJECT_SENTENCES = 3  # sentences before the two searched in which a subject pronoun's subject may stand
OBJECT_PRONOUNS = frozenset({"him", "them"})  # resolved as their subject forms are ("her" is one already)
ONE_PERSON = frozenset({"he", "she", "his", "her", "him", "i"})  # never a country or a body
# third-person pronouns that may stand for one another in a chain ("she ... her ... she")
PRONOUN_PERSONS = (
    frozenset({"he", "his", "him"}),
    frozenset({"she", "her"}),
    frozenset({"they", "their", "them"}),
    frozenset({"it", "its"}),
)


def resolve_pronoun(tok: Token, depth: int = 0) -> Token:
    """A personal pronoun's most likely antecedent (``_resolve_pronoun``), never a name coordinated with it
    ("She and Lockyear both urged the council": she is not Lockyear); else ``tok``."""
    partners = _coordinated_with(tok)
    found = _resolve_pronoun(tok, depth, partners)
    if found.i != tok.i and {found.lower_, entity_head(found).lower_} & partners:
        return tok
    return found


def _coordinated_with(tok: Token) -> set[str]:
    """The words of the names and nouns coordinated with ``tok`` ("Lockyear" for "she" in "She and
    Lockyear")."""
    top = tok
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    return {c.lower_ for c in conjuncts(top) if c.i != tok.i}


def _resolve_pronoun(tok: Token, depth: int, partners: set[str]) -> Token:
    """A personal pronoun's most likely antecedent: the noun subject of the verb that reports its clause
    ("the army said it had killed ..."); else the latest agent of a fitting kind before it, in its sentence
    or the one before; else, where that stretch (or, for a subject, the subjects of up to
    ``SUBJECT_SENTENCES`` sentences before it) holds an earlier pronoun of the same person ("Russell said
    ... She said ... 'Four were babies,' she said. While she demanded ..."), that pronoun's antecedent,
    followed back up to ``CHAIN_DEPTH`` pronouns."""
    if tok.pos_ != "PRON" or tok.lower_ not in REFERRING_PRONOUNS | OBJECT_PRONOUNS:
        return tok
    wanted = ("PERSON",) if tok.lower_ in ONE_PERSON else ("GPE", "ORG", "NORP")
    doc = tok.doc
    held = _held_object(tok)
    if held is not None:
        return held
    reporter = _reporting_subject(tok) or _owner_subject(tok) or _main_subject(tok)
    if reporter is not None:
        return reporter
    own = sentence_start(tok)
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in ONE_PERSON and depth < CHAIN_DEPTH:
        # "He amassed 12.89 million followers on Douyin, where he posts ...": a subject pronoun of the
        # sentence's own subject pronoun is that one (one person: "it" and "they" shift more), whatever was
        # named in between
        first = next(
            (t for t in doc[own : tok.i] if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PRON"), None
        )
        if first is not None and first.lower_ == tok.lower_:
            found = resolve_pronoun(first, depth + 1)
            return tok if found is first else found
    floor = own
    if floor > 0:
        floor = sentence_start(doc[floor - 1])  # this sentence and the one before it
    plural = tok.lower_ in THIRD_PLURAL_PRONOUNS  # "we" is the speaker's side, not the last people named
    subject_pronoun = tok.dep_ in ("nsubj", "nsubjpass")
    fallback = None  # a name inside an object, for a subject "they" when no subject is named
    own_subject = _clause_subject(tok)  # "Thailand turned 40 of them over to China": not Thailand
    same_person = next((group for group in PRONOUN_PERSONS if tok.lower_ in group), frozenset())
    earlier = None  # the latest pronoun of the same person in the stretch
    quoted = quoted_at(tok)
    # who says a quotation is named outside the quotations before it ('"... an alternative to the West.
    # Part of that alternative includes China," he added': not Putin, named inside)
    speaking = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SAYING_VERBS and not quoted_at(tok)
    framed = None  # a name in the words around a quotation before, for a pronoun inside one
    for i in range(tok.i - 1, floor - 1, -1):
        if i < own and earlier is not None and earlier.i >= own:
            break  # "After weeks of denying it was planning to repatriate the Uyghurs it had held ...": the
            # sentence's own earlier "it", before any name of the sentence before
        cand = doc[i]
        if partners and {cand.lower_, entity_head(cand).lower_} & partners:
            continue
        if speaking and quoted_at(cand):
            continue
        if (
            cand.ent_type_ in wanted
            and cand.ent_iob_ == "B"
            and _names_someone(entity_head(cand), plural)
            and not (plural and _whereabouts(entity_head(cand)))
            and not _speaker_of_quote(entity_head(cand), tok)
            and entity_head(cand) != own_subject
        ):
            if quoted and i < own and _frames_quotation(entity_head(cand)):
                # '"We are deeply concerned about the recent actions of Milorad Dodik ...," they wrote in a
                # letter to Rubio. "For years, he has engaged in ...': whom the quotation talks of, before
                # whom its frame names
                framed = framed or entity_head(cand)
                continue
            if plural and subject_pronoun and not _subject_like(entity_head(cand)):
                # "The militants then asked passengers of Punjabi and Saraiki ethnicity to come forward ...
                # Then they picked out police officers": a subject "they" is a subject named before it,
                # where the stretch has one, before a name inside an object
                fallback = fallback or entity_head(cand)
                continue
            if speaking and entity_head(cand).dep_ == "pobj":
                # '... under President Joe Biden. "I think ...," he said': a speaker is whom the sentences
                # before named outside a prepositional phrase ("Countryman sees the move ..."), where they do
                fallback = fallback or entity_head(cand)
                continue
            return entity_head(cand)
        if tok.lower_ in ONE_PERSON and _unlabelled_speaker(cand):
            return cand  # "Pedersen said Friday that ... He called for ...", the tagger naming no one
        named = _person_mention(cand) if tok.lower_ in ONE_PERSON and cand.ent_type_ != "PERSON" else None
        if named is not None and not _speaker_of_quote(named, tok):
            if speaking and named.dep_ == "pobj":
                fallback = fallback or named
                continue
            return named  # "Trump said that he was inclined to ...": a person the tagger took for a body
        if tok.lower_ in ONE_PERSON and cand.lower_ in ("who", "whom") and cand.tag_ in ("WP", "WDT"):
            found = antecedent(cand)  # "Maimane, who headed the party until he resigned": the one "who" is
            if found is not cand and found.pos_ in ("PROPN", "NOUN"):
                return entity_head(found) if found.ent_type_ else found
        if plural and i >= own and _anyone(cand) and cand != own_subject and not _many_named(doc, own, tok.i):
            return cand  # "The green card holder will receive a notice or ... they may be arrested": one
            # person, whoever it may be, is "they"
        if plural and _people(cand) and _subject_like(cand) == (tok.dep_ in ("nsubj", "nsubjpass")):
            return cand  # "the attackers singled out ... they killed them": a subject for a subject
        pair = _named_pair(cand) if plural and cand.ent_type_ == "PERSON" else None
        if pair is not None and _subject_like(pair) == (tok.dep_ in ("nsubj", "nsubjpass")):
            return pair  # "Amirov and Omarov ... have pleaded not guilty. If convicted, they face ..."
        if (
            earlier is None
            and cand.pos_ == "PRON"
            and cand.lower_ in same_person
            and _same_case(cand, tok)
            and cand != own_subject  # "they killed them": not one another
        ):
            earlier = cand
    if fallback is not None:
        return fallback
    if framed is not None and earlier is None:
        return framed
    if earlier is None and same_person and tok.dep_ in ("nsubj", "nsubjpass"):
        earlier = _earlier_subject(tok, floor, same_person, wanted, speaking)
        if earlier is not None and earlier.pos_ != "PRON":
            return earlier
    if earlier is not None and depth < CHAIN_DEPTH:
        found = resolve_pronoun(earlier, depth + 1)
        return tok if found is earlier else found
    return tok


def _clause_subject(tok: Token) -> Token | None:
    """For an object pronoun ("them", "him"; alone or in "40 of them"), the subject of the verb it is an
    object of, which it cannot stand for (the reflexive would): "Thailand turned 40 of them over to China",
    "the police said the army had attacked them"."""
    if tok.dep_ in ("nsubj", "nsubjpass", "poss") or tok.lower_ not in OBJECT_PRONOUNS:
        return None
    cur = tok
    for _ in range(3):
        if cur.dep_ not in ("dobj", "pobj", "prep", "dative") or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            subj, _ = subject(cur)
            return entity_head(subj) if subj is not None else None
    return None


def asks_anonymity(verb: Token) -> bool:
    """Whether a verb asks not to be named, the way sources do ("declining to be named", "asked not to be
    identified", "requested anonymity"): the reporting's terms, not a statement or a request in the news."""
    if any(o.lemma_.lower() == "anonymity" for o in children(verb, "dobj")):
        return True
    return any(
        x.lemma_.lower() in ("name", "identify") and children(x, "auxpass") for x in children(verb, "xcomp")
    )


def _unlabelled_speaker(tok: Token) -> bool:
    """A name the tagger gave no label, subject of a verb of saying, that names a person: one word
    ("Pedersen said"), or more with a word for a person beside it ("Nop Vy, the association's executive
    director, told VOA")."""
    if not (
        tok.pos_ == "PROPN"
        and not tok.ent_type_
        and tok.dep_ == "nsubj"
        and tok.head.lemma_.lower() in SAYING_VERBS
    ):
        return False
    if not any(c.dep_ == "compound" for c in tok.children):
        return True
    return any(c.dep_ == "appos" and _person_noun(c) for c in tok.children)


def _person_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (lemma in PERSON_NOUNS or lemma in _PERSON_TITLES or person_word(lemma))


def _not_simple_past(verb: Token) -> bool:
    """A verb in another tense than the simple past: a present ("is arbitrary"), or a form with a modal or
    a present auxiliary ("should not be packaged as good news", "has become")."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ in ("VB", "VBN", "VBG") and any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ in ("MD", "VBZ", "VBP")) for c in verb.children
    )


def _someone(tok: Token) -> bool:
    """Is ``tok`` someone who can act: a pronoun, a person, body or country by name, or a word for one?"""
    lemma = tok.lemma_.lower()
    return (
        tok.pos_ == "PRON"
        or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or lemma in _SOMEONE_NOUNS
        or person_word(lemma)
    )


def _held_object(tok: Token) -> Token | None:
    """The people a clause's verb acts on, for "they" opening a clause of time about them ("hold up to
    30,000 migrants while they awaited deportation", "sending them back ... as they await deportation"):
    those held or sent, not whoever holds or sends them."""
    clause = tok.head
    if tok.lower_ != "they" or tok.dep_ != "nsubj" or clause.dep_ != "advcl":
        return None
    if not any(c.dep_ == "mark" and c.lower_ in ("while", "as", "until") for c in clause.children):
        return None
    for obj in (c for c in clause.head.children if c.dep_ == "dobj"):
        counted = obj.ent_type_ in ("CARDINAL", "QUANTITY")  # "30,000 migrants": people, counted
        if _people(obj) or (counted and obj.tag_ == "NNS" and person_word(obj.lemma_.lower())):
            return obj
        if obj.lower_ == "them":
            return resolve_pronoun(obj)
    return None


def _speaker_of_quote(cand: Token, tok: Token) -> bool:
    """Whether ``cand`` is who says the quotation ``tok`` opens or stands in ('"...," said his daughter
    Linda Wu. "He was just working ..."'): a speaker calls themself "I", so a third person there is
    someone else."""
    if tok.lower_ in ("i", "me", "we", "us"):
        return False
    subj = cand
    while subj.dep_ == "appos" and subj.head.i != subj.i:  # "said his daughter Linda Wu"
        subj = subj.head
    if subj.dep_ != "nsubj" or subj.head.lemma_.lower() not in SAYING_VERBS:
        return False
    opened = sum(1 for t in tok.doc[sentence_start(tok) : tok.i] if t.is_quote)
    return opened % 2 == 1 and any(t.is_quote for t in tok.doc[cand.i + 1 : tok.i])  # inside a quotation


_QUOTED = "dossier_quoted"  # Doc.user_data key: the (start, end) character spans of the quoted passages


def quoted_at(tok: Token) -> bool:
    """Is ``tok`` inside a quoted passage of its document (``nlp.quotes.find_quotes``, found once a doc)?"""
    doc = tok.doc
    spans = doc.user_data.get(_QUOTED)
    if spans is None:
        spans = [(q.start, q.end) for q in find_quotes(doc_text(doc))]
        doc.user_data[_QUOTED] = spans
    at = bisect.bisect_right(spans, (tok.idx, float("inf"))) - 1
    return at >= 0 and spans[at][0] <= tok.idx < spans[at][1]


def _frames_quotation(cand: Token) -> bool:
    """Is ``cand`` in the words around a quotation ('..., they wrote in a letter to Rubio'), not inside it:
    outside quotation marks in a sentence that holds some?"""
    return not quoted_at(cand) and any(t.is_quote for t in sentence_of(cand))


def _whereabouts(head: Token) -> bool:
    """A place named as where something is ("measures against women in Afghanistan, barring them") or
    where someone or something was taken: not whom a plural pronoun stands for."""
    if head.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    while head.dep_ == "appos" and head.head.i != head.i:  # "held at its naval base at Guantanamo Bay, Cuba"
        head = head.head
    if head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ in WHEREABOUTS:
        return True
    if prep.lower_ == "from" and prep.head.pos_ in ("NOUN", "PROPN", "PRON", "DET"):
        return True  # "Amirov and Omarov, both from Azerbaijan, ... they face": where they are from
    # where someone or something was taken ("authorities deported 40 others to China ... arresting them")
    mover = prep.head
    return prep.lower_ in ("to", "into") and mover.pos_ == "VERB" and bool(children(mover, "dobj"))


def _names_someone(head: Token, plural: bool = False) -> bool:
    """Whether an entity can be what a pronoun stands for: a nationality is a noun phrase of its own ("the
    Afghans") or names people or a body ("Iranian officials", "the Afghan government"), not a kind of thing
    ("Iranian oil", "Saraiki ethnicity"); nor is a name that only says whose thing a noun is ("do not
    respond to VOA queries because they have imposed a ban": not VOA). For a ``plural`` pronoun, a
    nationality that modifies one person or body ("Chinese President Xi Jinping ... calling on them") is
    not "them"."""
    if head.dep_ == "compound" and head.ent_type_ and not head.head.ent_type_ and head.head.pos_ == "NOUN":
        pass  # a name modifying a common noun: judged by that noun, below
    elif head.ent_type_ != "NORP" or head.dep_ not in ("amod", "compound"):
        return True
    noun = head.head
    if plural and head.ent_type_ == "NORP" and noun.tag_ not in ("NNS", "NNPS"):
        return False
    lemma = noun.lemma_.lower()
    return bool(noun.ent_type_) or lemma in _SOMEONE_NOUNS or person_word(lemma)


_SOMEONE_NOUNS = AGENT_NOUNS | PERSON_NOUNS | ANONYMOUS_NOUNS | GOVERNMENT_NOUNS


def _same_case(earlier: Token, tok: Token) -> bool:
    """Whether ``earlier`` may be the pronoun a later one continues: a subject continues a subject ("they
    picked out police officers, tied their hands and shot them. ... they killed them": the second "they"
    is the first, not the officers their hands and "them" were)."""
    subjects = ("nsubj", "nsubjpass")
    return tok.dep_ not in subjects or earlier.dep_ in subjects


def _reporting_subject(tok: Token) -> Token | None:
    """The subject of the verb a subject pronoun's clause reports, when it is a noun that the pronoun can
    stand for: "The army said it had killed 12 militants", "the minister said he would resign"."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:  # "telling journalists that it was ... and
        clause = clause.head  # that he would ask Russia ...": the second reported clause too
    if clause.dep_ != "ccomp":
        return None
    if tok.lower_ == "it" and tok.head.lemma_ == "be":
        return None  # "it was important to ...": no one
    matrix = clause.head
    low, high = sorted((tok.i, matrix.i))
    if any(t.is_quote for t in tok.doc[low:high]):
        return None  # '"He is still strong," the younger Lai said': a quote's third person is someone else
    subj = next((c for c in matrix.children if c.dep_ == "nsubj"), None)
    if subj is None and matrix.tag_ == "VBG" and matrix.dep_ in ("advcl", "conj", "pcomp"):
        subj, passive = subject(matrix)  # "The insurgent group denied involvement, saying it condemns ...",
        subj = None if passive else subj  # "After weeks of denying it was planning to ..., Thailand ..."
    return entity_head(subj) if subj is not None and _fits(tok.lower_, subj) else None


# Titles that name a person when they head a noun phrase ("the minister said he ..."), not the words that
# only qualify one ("foreign", "state", "general").
_PERSON_TITLES = TITLE_WORDS - {
    "prime", "vice", "deputy", "foreign", "defense", "defence", "interior", "finance", "home", "state",
    "general", "chief", "crown",
}  # fmt: skip
_POSSESSIVE_AS_SUBJECT = {"his": "he", "her": "she", "its": "it", "their": "they"}


def _fits(word: str, subj: Token) -> bool:
    """Can the subject pronoun ``word`` ("he", "it", "they"; or its possessive) stand for the noun ``subj``?"""
    if subj.pos_ not in ("NOUN", "PROPN"):
        return False
    word = _POSSESSIVE_AS_SUBJECT.get(word, word)
    lemma = subj.lemma_.lower()
    person = subj.ent_type_ == "PERSON" or lemma in PERSON_NOUNS or lemma in _PERSON_TITLES or _who_of(subj)
    # a bare name the tagger labelled nothing ("Dodik rejected ..., telling journalists that he would ...")
    unlabelled_name = subj.tag_ == "NNP" and not subj.ent_type_
    plural = subj.tag_ in ("NNS", "NNPS")
    if word in ("he", "she"):
        return (person or unlabelled_name) and not plural
    if word == "it":
        return not person and not plural
    if word == "they":
        return plural or subj.ent_type_ in ("ORG", "GPE", "NORP")
    return False


def _who_of(noun: Token) -> bool:
    """Whether a relative clause on ``noun`` opens on "who" ("Mehdiyev, who is Azerbaijani, said he ..."):
    a person, whatever the tagger made of the name."""
    return any(c.dep_ == "relcl" and who_clause(c) for c in noun.children)


def who_clause(verb: Token) -> bool:
    """Does the clause of ``verb`` open on "who" or "whom" ("the girls, who were kidnapped last Friday")?"""
    return any(g.lower_ in ("who", "whom") and g.i < verb.i for g in verb.children)


# Conjunctions of an adverbial clause of time or cause, whose subject pronoun carries on the main clause's
# subject ("the Jaffar Express was traveling north when it came under intense fire")
_CARRYING_MARKS = frozenset({"when", "while", "as", "after", "before", "because", "since", "until", "once"})


def _main_subject(tok: Token) -> Token | None:
    """The subject of the main clause, for a subject pronoun of an adverbial clause of time or cause that
    hangs on it, when the pronoun can stand for it."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "advcl":
        return None
    clause = tok.head
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _CARRYING_MARKS for c in clause.children):
        return None
    subj = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return entity_head(subj) if subj is not None and subj.i < tok.i and _fits(tok.lower_, subj) else None


def _owner_subject(tok: Token) -> Token | None:
    """The subject of the clause a possessive pronoun's noun belongs to, when the pronoun can stand for it:
    "the minister said of his ongoing talks ...", "Iran defended its nuclear program"."""
    if tok.dep_ != "poss" or tok.lower_ not in _POSSESSIVE_AS_SUBJECT:
        return None
    cur = tok.head
    for _ in range(8):  # ("said in a joint statement from the site of their talks")
        if cur.dep_ not in ("pobj", "prep", "dobj", "pcomp", "compound") or cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
            return entity_head(subj) if subj is not None and _fits(tok.lower_, subj) else None
    return None


def _earlier_subject(
    tok: Token, floor: int, same_person: frozenset[str], wanted: tuple[str, ...], speaking: bool = False
) -> Token | None:
    """Further back than two sentences (a quote of several between), the latest subject that a subject
    pronoun continues: one of ``wanted``'s kind of names, or a pronoun of the same person, within
    ``SUBJECT_SENTENCES`` sentences (for a speaker, ``speaking``, outside quotations)."""
    doc = tok.doc
    for _ in range(SUBJECT_SENTENCES):
        if floor <= 0:
            return None
        start = sentence_start(doc[floor - 1])
        for i in range(floor - 1, start - 1, -1):
            cand = doc[i]
            if cand.dep_ not in ("nsubj", "nsubjpass") or (speaking and quoted_at(cand)):
                continue
            if cand.ent_type_ in wanted:
                return entity_head(cand)
            if cand.pos_ == "PRON" and cand.lower_ in same_person:
                return cand
        floor = start
    return None


def _subject_like(tok: Token) -> bool:
    """A subject, or what a subject counts out ("a group of armed prisoners exchanged gunfire")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        tok = tok.head.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def _named_pair(tok: Token) -> Token | None:
    """The first of two or more people named together ("Amirov and Omarov"), for a word of any of them."""
    head = entity_head(tok)
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    joined = any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in head.children)
    return head if joined and (head.ent_type_ == "PERSON" or head.pos_ == "PROPN") else None


_GENERIC_DETERMINERS = frozenset({"a", "an", "the", "any", "every", "each"})


def _anyone(tok: Token) -> bool:
    """A singular common noun for whoever fills a part, which "they" may stand for ("a green card holder",
    "the person", "each applicant"), not an office or a title ("the minister said they ...": his side)."""
    lemma = tok.lemma_.lower()
    return (
        tok.tag_ == "NN"
        and not tok.ent_type_
        and (lemma in PERSON_NOUNS or person_word(lemma))
        and lemma not in ROLE_WORDS | TITLE_WORDS
        and any(c.dep_ == "det" and c.lower_ in _GENERIC_DETERMINERS for c in tok.children)
    )


def _many_named(doc: Doc, start: int, end: int) -> bool:
    """Does doc[start:end] name people in the plural ("women are not allowed ... without a male guardian,
    and they are barred ...": "they" is them, not one person)?"""
    return any(_people(t) or t.tag_ == "NNPS" for t in doc[start:end])


def _people(tok: Token) -> bool:
    """A plural common noun for people or bodies ("militants", "officials", "tech firms"), outside any
    named entity."""
    lemma = tok.lemma_.lower()
    return (
        tok.tag_ == "NNS"
        and not tok.ent_type_
        and (lemma in PERSON_NOUNS or lemma in ANONYMOUS_NOUNS or lemma in AGENT_NOUNS or person_word(lemma))
    )
