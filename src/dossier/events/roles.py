"""Actor and recipient of a trigger from the dependency tree, coded through the actors stage."""

from __future__ import annotations

from collections import deque

from spacy.tokens import Doc, Token

from dossier import actors
from dossier.actors import entity_at
from dossier.events.lexicon import (
    CLAIM_VERBS,
    CLASH_NOUNS,
    CONCESSIVE_PREPOSITIONS,
    COUNTERING_VERBS,
    CROWD_NOUNS,
    DRAWING_VERBS,
    LIGHT_VERBS,
    PHYSICAL_TARGETS,
    PHYSICAL_TYPES,
    REACTION_PREPOSITIONS,
    RECEIVING_VERBS,
    REPORTING_VERBS,
    SERIES_NOUNS,
    SPAN_NOUNS,
    TIME_PREPOSITIONS,
    TRADE_DUTIES,
    TRADED_GOODS,
    TRIGGERS,
    VIEWING_VERBS,
    WORD_CLASSES,
)
from dossier.events.syntax import can_act, claim_of_responsibility, is_agentive, is_person_like, undergone
from dossier.events.triggers import Trigger
from dossier.nlp import text_span
from dossier.nlp.spans import doc_text
from dossier.nlp.syntax import (
    OBJECT_CONTROL,
    antecedent,
    children,
    conjuncts,
    counted_group,
    entity_span,
    prep_objects,
    raised_conjunct,
    resolve_pronoun,
    sentence_start,
    subject,
)
from dossier.nlp.words import (
    AGENT_LABELS,
    AGENT_NOUNS,
    CHANNEL_NOUNS,
    GOVERNMENT_NOUNS,
    OCCASION_NOUNS,
    PERSON_OBJECT_PRONOUNS,
    RELATION_NOUNS,
    RELATIVE_PRONOUNS,
    SOURCE_PRONOUNS,
    THWARTING_VERBS,
    WHEREABOUTS,
)
from dossier.schema import Entity, EventActor, Source

# Dependents left out of an actor's phrase: clauses and coordination belong elsewhere.
PHRASE_EXCLUDE = frozenset(
    {"case", "relcl", "acl", "advcl", "conj", "cc", "preconj", "punct", "prep", "appos"}
)
# Nominal triggers: prepositions whose object is the recipient ("attack on", "sanctions against").
NOUN_RECIPIENT_PREPS = (
    "between",
    "among",
    "against",
    "on",
    "upon",
    "to",
    "with",
    "of",
    "into",
    "toward",
    "towards",
    "over",
)
VERB_RECIPIENT_PREPS = ("to", "against", "on", "upon", "with", "from", "into", "toward", "towards", "at")
TIMES = frozenset({"DATE", "TIME"})
PATIENT_ACTS = frozenset({"ASSAULT", "COERCE"})  # their direct object is who suffers them
# Verbs of consulting whose object is what is talked over, never whom with ("discussed maritime security
# in the Gulf of Guinea", "reviewed the deal"): their recipient is only the one they are done with or to.
TOPIC_VERBS = frozenset({"discuss", "debate", "negotiate", "review", "examine", "explore", "consider"})
COMMENTING_VERBS = frozenset({"comment", "remark", "speak", "talk", "write", "testify", "brief", "report"})
DYING_VERBS = frozenset({"die", "perish"})
NOT_PARTICIPANTS = WORD_CLASSES["material"] | WORD_CLASSES["speech"]


def _when(tok: Token) -> bool:
    """A time phrase the parser hung inside a noun phrase ("a base in Lamu County, Kenya in January"):
    when the act was done, no part of whom it was done to."""
    return tok.dep_ == "prep" and any(o.ent_type_ in ("DATE", "TIME") for o in children(tok, "pobj"))


def _phrase_tokens(head: Token) -> list[Token]:
    keep = [head]
    stack = [c for c in head.children if c.dep_ not in PHRASE_EXCLUDE]
    if head.pos_ in ("NOUN", "NUM"):  # "Thousands of Iraqi Kurds", "rebels in the Ivory Coast"
        stack += [
            c
            for c in head.children
            if c.dep_ == "prep" and c.lower_ in ("of", "in", "from") and not _clausal(c) and not _when(c)
        ]
    while stack:
        tok = stack.pop()
        keep.append(tok)
        stack.extend(
            c
            for c in tok.children
            if c.dep_ not in ("relcl", "acl", "advcl", "punct")
            and not _when(c)
            and not (c.dep_ == "prep" and _clausal(c))  # "the leader of the opposition of treason"
            # not a clause under a word of the phrase ("parties concerned to be rational": what they are
            # asked, not who they are)
            and not (c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"))
        )
    keep.sort(key=lambda t: t.i)
    # the phrase is contiguous from its first to its last token, and holds the whole name its head is in
    # ("The Alliance of Democracies", not "The Alliance")
    doc = head.doc
    start, end = keep[0].i, keep[-1].i + 1
    name = entity_span(head) if head.pos_ == "PROPN" else None
    if name is not None and name.start >= start:
        name_end = name.end
        while name_end > head.i + 1 and doc[name_end - 1].tag_ == "POS":  # "Boko Haram's"
            name_end -= 1
        end = max(end, name_end)
    # nor does it reach back over a closing quote mark: '"... is utterly unacceptable," Guterres'
    # spokesman said' (the parser hung the quote's last word on the noun after it)
    closing = [t.i for t in doc[start : head.i] if t.tag_ == "''" and t.dep_ == "punct"]
    if closing:
        start = closing[-1] + 1
    while start < head.i and doc[start].is_punct:
        start += 1
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    return list(doc[start:end])


def _town(tok: Token, entities: list[Entity]) -> bool:
    """A place other than a country ("Bouake", "Kabul", "Balochistan"), named by the phrase ``tok`` heads
    (as the actors stage labels it, else the tagger)."""
    label = next((e.label for e in entities if any(s <= tok.idx < end for s, end in e.spans)), tok.ent_type_)
    if label not in ("GPE", "LOC", "FAC"):
        return False
    name = " ".join(t.text for t in tok.subtree if t.dep_ in ("compound", "det") or t.i == tok.i)
    return not actors.is_country_name(name)


# Verbs whose "of" gives what someone is said to have done ("accused the army of torture").
CHARGING_VERBS = frozenset({"accuse", "suspect", "convict", "acquit"})


def _clausal(prep: Token) -> bool:
    """A preposition whose object is a clause ("accused the minister of killing protesters") or, after a
    verb of charging, a deed ("accused the army of torture", the parser hanging it on the army): what the
    person is said to have done, not part of the noun phrase that names them."""
    if any(c.dep_ == "pcomp" or c.tag_ == "VBG" for c in prep.children):
        return True
    named = prep.head
    while named.dep_ == "pobj" and named.head.dep_ == "prep":  # "the leader of the opposition of treason"
        named = named.head.head
    return (
        prep.lower_ == "of"
        and named.dep_ in ("dobj", "nsubjpass")
        and named.head.lemma_.lower() in CHARGING_VERBS
        and any(o.dep_ == "pobj" and not is_agentive(o) and not is_person_like(o) for o in prep.children)
    )


def _code(tokens: list[Token], entities: list[Entity]) -> tuple[str | None, str | None, int | None]:
    doc = tokens[0].doc
    span = doc[tokens[0].i : tokens[-1].i + 1]
    code_span = getattr(actors, "code_span", None)
    coded = code_span(span, entities) if code_span else actors.code_phrase(span.text, entities)
    country, sector, entity = coded.country, coded.sector, coded.entity
    if country is None:
        start, end = span.start_char, span.end_char
        # not the other party of a relation ("Iran's ally Russia": the ally is not Iran)
        anchors = {t.idx for t in span if t.dep_ == "poss" and t.head.lower_ in RELATION_NOUNS}
        for idx, ent in enumerate(entities):
            inside = [(s, e) for s, e in ent.spans if start <= s and e <= end]
            if ent.country and any(not any(s <= a < e for a in anchors) for s, e in inside):
                return ent.country, sector or ent.sector, entity if entity is not None else idx
    return country, sector, entity


def make_actor(head: Token, entities: list[Entity]) -> EventActor:
    """An ``EventActor`` for the noun phrase headed by ``head`` (pronouns resolved first)."""
    head = resolve_pronoun(antecedent(head))
    tokens = _phrase_tokens(head)
    country, sector, entity = _code(tokens, entities)
    if country is None:  # "Ukraine's president, Volodymyr Zelenskyy": the apposition may code
        for app in children(head, "appos"):
            country, sector, entity = _code(_phrase_tokens(app), entities)
            if country:
                break
    if (  # "Trump and his Cabinet": the one the possessive joins it to (not "our brave soldiers", the
        # speaker's; nor a pronoun resolved further off, less sure)
        country is None
        and head.dep_ == "conj"
        and head.head.pos_ in ("PROPN", "NOUN")
        and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their") for c in head.children)
    ):
        country = _code(_phrase_tokens(head.head), entities)[0]
    return _actor_of(tokens, country, sector, entity)


def _actor_of(tokens: list[Token], country: str | None, sector: str | None, entity: int | None) -> EventActor:
    """The ``EventActor`` the words ``tokens`` name, coded as given."""
    spans = text_span(doc_text(tokens[0].doc), [(t.idx, t.idx + len(t.text)) for t in tokens])
    return EventActor(
        text=spans.text,
        code=actor_code(country),
        sector=sector,
        spans=spans.spans,
        entity=entity,
        country=country,
    )


def actor_code(country: str | None) -> str | None:
    """The actor code of the PLOVER gold-standard records for a country-names value: the UN's and the
    EU's bodies are IGOs there (the manual's country-names field keeps them apart as UNO and EUR)."""
    return "IGO" if country in ("UNO", "EUR") else country


def _actors(
    heads: list[Token], entities: list[Entity], speakers: dict[int, EventActor] | None = None
) -> list[EventActor]:
    """The actors the tokens ``heads`` name; ``speakers`` maps a first-person pronoun in someone's words to
    whoever says them."""
    speakers = speakers or {}
    out: list[EventActor] = []
    seen: set[int] = set()
    for h in heads:
        while h.dep_ == "compound" and h.ent_type_ and h.head.ent_type_ == h.ent_type_ and h.head.i != h.i:
            h = h.head  # "International" of "the International Monetary Fund": the name it is part of
        for c in conjuncts(h):
            if c.lower_ in RELATIVE_PRONOUNS and c.tag_ in ("WDT", "WP"):
                continue  # a relative pronoun left unresolved ("a law that authorizes firing") names no one
            if c.i not in seen and c.ent_type_ not in TIMES:  # "Tuesday's attack": when, not who
                seen.add(c.i)
                group = None if c.i in speakers else counted_group(c)
                if group:  # "The three military-led nations accused ...": the three named before
                    out.extend(make_actor(name, entities) for name in group)
                    continue
                out.extend(
                    [speakers[c.i]]
                    if c.i in speakers
                    else _per_nationality(c, entities) or [make_actor(c, entities)]
                )
    return out


def _per_nationality(head: Token, entities: list[Entity]) -> list[EventActor]:
    """One actor per nationality of a noun whose coordinated modifiers name several ("French and Egyptian
    warships": the French warships and the Egyptian ones), else none."""
    if head.pos_ != "NOUN":
        return []
    for mod in head.children:
        if mod.dep_ in ("amod", "compound") and mod.ent_type_ in ("NORP", "GPE"):
            sides = [mod, *(c for c in mod.conjuncts if c.ent_type_ in ("NORP", "GPE"))]
            if len(sides) < 2:
                return []
            out = []
            for side in sides:
                country, sector, entity = _code([side, head], entities)
                out.append(_actor_of([side, head], country, sector, entity))
            return out
    return []


# Acts of agreeing, backing and working together: where they are done is no party to them.
AGREEING_ACTS = frozenset({"AGREE", "SUPPORT", "COOPERATE"})
# Verbal acts: their direct object is the addressee, coded or not.
VERBAL_ACTS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONSULT"})
ADDRESSED_ACTS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT"})
# What legal and political acts are done with, not to: "the charge has not been dropped", "sanctions were
# imposed", "the bill was passed".
THEME_NOUNS = frozenset(
    {
        "charge", "case", "conviction", "sentence", "sanction", "ban", "restriction", "measure", "law",
        "bill", "order", "decision", "policy", "plan", "proposal", "request", "demand", "claim",
        "allegation", "accusation", "tariff", "investigation", "probe", "trial", "deal", "agreement",
        "embargo", "resolution", "ruling", "verdict", "warrant", "curfew",
    }
)  # fmt: skip
EXPLOSIVE_DEVICES = frozenset({"bomb", "mine", "explosive", "device", "grenade", "ied"})
NON_PARTICIPANT_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"})


def _participant(tok: Token) -> bool:
    if tok.ent_type_ in NON_PARTICIPANT_LABELS or tok.lemma_.lower() in NOT_PARTICIPANTS:
        return False
    return is_agentive(tok) or tok.ent_type_ in ("LOC", "FAC") or tok.pos_ in ("NOUN", "PROPN")


def _of_place(tok: Token) -> Token | None:
    """The people or body a place locates ("authorities at home and in Europe", "officials in Kabul"):
    the place says where they are, they are whom the act concerns."""
    if tok.dep_ != "pobj" or tok.ent_type_ not in ("GPE", "LOC"):
        return None
    prep = tok.head
    while prep.dep_ == "conj" and prep.head.dep_ == "prep":  # "at home and in Europe"
        prep = prep.head
    if prep.lower_ not in WHEREABOUTS or prep.dep_ != "prep":
        return None
    owner = prep.head
    if owner.pos_ == "NOUN" and not owner.ent_type_ and (is_agentive(owner) or is_person_like(owner)):
        return owner
    return None


def _search_recipient(
    start: list[Token], exclude: set[int], entities: list[Entity], patient: bool = False
) -> Token | None:
    """Breadth-first through the trigger's complements: the nearest participant coded to a country,
    else an agentive direct object ("pressing allies to ..."), else the nearest agentive participant.
    With ``patient`` (an act of force or coercion, or a release), a direct object that can suffer it
    (people, a group, a place, a physical target) comes first."""
    queue = deque((t, 0) for t in start)
    first_agent: Token | None = None
    direct_agent: Token | None = None
    while queue:
        tok, depth = queue.popleft()
        if tok.i in exclude or depth > 4:
            continue
        if tok.dep_ == "prep" and tok.lower_ in TIME_PREPOSITIONS | CONCESSIVE_PREPOSITIONS:
            continue  # "after the fall of the government": when, not to whom; "despite backing ...": aside
        if (
            tok.dep_ == "prep"
            and tok.lower_ == "through"
            and not any(o.ent_type_ in ("GPE", "LOC", "FAC") for o in children(tok, "pobj"))
        ):
            continue  # "to alter the status quo ... through force or coercion": by what means, not to whom
        if (tok.dep_ == "prep" and _channel(tok)) or (tok.dep_ == "pobj" and _channel(tok.head)):
            continue  # "On social media in China some commenters praised ...": through what, not to whom
        if tok.dep_ == "pobj" and tok.head.lower_ == "as":
            continue  # "Berisha resigned as leader of his conservative party": the post, no one it is done to;
            # "designated BLA as a terrorist group": what BLA is counted as, not another party
        if (
            patient
            and depth == 0
            and tok.dep_ in ("dobj", "nsubjpass")
            and tok.pos_ == "NUM"
            and tok.like_num
        ):
            return tok  # "turned 40 of them over to China", "killed 40": the people counted, not where to
        occasion = tok.lemma_.lower() in OCCASION_NOUNS  # "at a hearing in Harare": where, not whom
        if tok.pos_ in ("NOUN", "PROPN", "PRON") and _participant(tok) and not occasion:
            direct = tok.dep_ in ("dobj", "dative", "nsubjpass") or (
                tok.dep_ == "pobj" and tok.head.lower_ == "of"
            )
            if patient and depth == 0 and direct and _suffers(tok):
                # what an act of force is done to, wherever it is or they are from ("targets our security
                # vehicles", "arrested three activists from Hebron", "freed schoolgirls kidnapped in ...")
                return tok
            res = resolve_pronoun(tok)
            people = _of_place(tok)
            if people is not None and people.i not in exclude:
                return people  # "calling on authorities at home and in Europe": the authorities, of Europe
            if res.ent_type_ in AGENT_LABELS or res.ent_type_ in ("LOC", "FAC") or named_agent(res, entities):
                return tok  # (a name the actors stage knows where the tagger saw none: "designated BLA")
            goods = not patient and res.lemma_.lower() in TRADED_GOODS
            # "doubling the 25% U.S. tariff on its neighbor's steel": the measure is what is done, not to whom
            measure = not patient and tok.dep_ == "dobj" and _measure(res)
            # "demanded Bashir's ouster": Bashir, before anything further off (not "withdrew ambassadors over
            # Israel's crackdown": why, not from whom)
            reason = tok.dep_ == "pobj" and tok.head.lower_ in REASON_PREPOSITIONS
            act = None if reason else _act_of(res, patient)
            if act is not None and act.i not in exclude:
                return act
            if goods:  # "a tariff on all wines ... coming out of France": on France; "on Canadian steel":
                # on Canada; not on "exports to the U.S.", whose destination is who imposes it
                origin = _origin(res)
                if origin is not None:
                    return origin
                modifiers = [
                    t
                    for c in res.children
                    if c.dep_ in ("amod", "compound", "poss", "nmod")
                    for t in c.subtree
                ]
                if _code([res, *modifiers], entities)[0]:
                    return tok
            elif not measure and act is None and _code(_phrase_tokens(res), entities)[0]:
                return tok
            if (
                act is None
                and (is_agentive(res) or is_person_like(res))
                and (tok.pos_ != "PRON" or tok.lower_ in PERSON_OBJECT_PRONOUNS)
            ):
                if direct_agent is None and depth == 0 and direct:
                    direct_agent = tok
                first_agent = first_agent or tok
        traded = not patient and tok.lemma_.lower() in TRADED_GOODS | TRADE_DUTIES
        owned = not patient and tok.dep_ == "dobj" and _measure(tok)  # "the 25% U.S. tariff": whose it is
        if tok.dep_ == "pobj" and tok.head.lower_ == "as":
            continue  # "designated BLA as a terrorist group" may stand for BLA, but "agreed to a ceasefire as
            # a step toward peace in Europe" is agreed with no one in Europe: nothing under what it counts as
        queue.extend(
            (c, depth + 1)
            for c in tok.children
            if c.dep_ not in ("relcl", "advcl", "punct", "cc", "nsubj", "appos", "det", "amod")
            and not (traded and c.dep_ == "prep" and c.lower_ in ("to", "into"))  # where goods go
            and not (owned and c.dep_ in ("compound", "poss", "nmod"))
            and not (occasion and c.dep_ == "prep" and c.lower_ in WHEREABOUTS)  # "at a hearing in
            # Zimbabwe's capital, Harare, Justice Gibson Mandaza requested more time": where it was held
        )
    return direct_agent or first_agent


# Prepositions of a reason ("over Israel's crackdown", "about the decision"): why, not to whom.
REASON_PREPOSITIONS = frozenset({"over", "about", "because", "amid", "despite"})


def _act_of(noun: Token, patient: bool) -> Token | None:
    """The one an act noun is of, when it is someone ("demanded Bashir's ouster", "called for the release of
    the journalists"): the act is no participant; the one it is done to is, and is looked for below it."""
    lemma = noun.lemma_.lower()
    if patient or noun.pos_ != "NOUN" or noun.ent_type_ or not _act_noun(lemma):
        return None
    if lemma in TRADED_GOODS | TRADE_DUTIES or _measure(noun):
        return None  # "Washington's tariffs": whose measure it is, not whom it is on
    owners = [c for c in noun.children if c.dep_ == "poss"] + [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return next((o for o in owners if o.pos_ != "PRON" and (is_agentive(o) or is_person_like(o))), None)


def _threatened_act(noun: Token) -> Token | None:
    """The act a threat noun is of ("threats of Washington sanctions", "the threat of a Chinese invasion"),
    not someone threatened ("the threat of the militants" is theirs)."""
    for act in prep_objects(noun, "of"):
        if act.pos_ == "NOUN" and not act.ent_type_ and _act_noun(act.lemma_.lower()):
            return act
    return None


def _measure(tok: Token) -> bool:
    """A restrictive measure ("sanctions", "a tariff", "the ban") or a cyber means ("a major cyberattack"),
    which someone uses and which acts on no one's behalf."""
    return tok.lemma_.lower() in WORD_CLASSES["restriction"] | WORD_CLASSES["cyber_means"]


def _measure_owner(measure: Token) -> Token | None:
    """Who a measure is by, when its modifiers say ("U.S. sanctions", "Washington's tariffs")."""
    return next(
        (
            c
            for c in measure.children
            if c.dep_ in ("compound", "poss", "amod") and c.ent_type_ in ("GPE", "ORG", "NORP")
        ),
        None,
    )


def _origin(goods: Token) -> Token | None:
    """The country or bloc goods come from, when a clause or phrase on them names it ("products coming out
    of France", "imports from China"); not a country named as their adjective ("Canadian exports")."""
    return next(
        (
            tok
            for tok in goods.subtree
            if tok.dep_ == "pobj"
            and tok.head.lower_ in ("of", "from")
            and (tok.ent_type_ in ("GPE", "ORG") or tok.lemma_.lower() in ("country", "nation", "bloc"))
        ),
        None,
    )


def _channel(prep: Token) -> bool:
    """A preposition of medium with a channel as its object: "on social media", "via Telegram"."""
    return prep.lower_ in ("on", "via", "over") and any(
        o.lower_ in CHANNEL_NOUNS for o in children(prep, "pobj")
    )


def _suffers(tok: Token) -> bool:
    """Can the noun ``tok`` be what an act of force is done to: people, a group, a place or a physical
    target ("a hotel", "tracks", "three activists"), not a measure or a weapon ("martial law", "rocks")?"""
    if tok.pos_ == "PRON":
        return False
    lemma = tok.lemma_.lower()
    return (
        is_agentive(tok)
        or is_person_like(tok)
        or tok.ent_type_ in ("GPE", "LOC", "FAC")
        or lemma in PHYSICAL_TARGETS
    )


def _other_side(tok: Token) -> list[Token]:
    """Who a passive act's subject suffered it from, when the text names only the fight it happened in:
    "was killed in a gun battle with police", "were killed in clashes with Islamist militants"."""
    fights = [f for f in prep_objects(tok, "in", "during") if f.lemma_.lower() in CLASH_NOUNS]
    return [o for f in fights for o in prep_objects(f, "with") if _participant(o)]


def _bare_weapon(subj: Token) -> bool:
    """A weapon named without whose it is ("a bomb", "a missile"), not "Israeli tanks", "Russia's drones"."""
    lemma = subj.lemma_.lower()
    if lemma in EXPLOSIVE_DEVICES:
        return True
    return lemma in WORD_CLASSES["material"] and not any(
        c.dep_ == "poss" or c.ent_type_ in ("NORP", "GPE", "ORG") for c in subj.children
    )


def _verbal_roles(trig: Trigger, entities: list[Entity]) -> tuple[list[Token], list[Token]]:
    tok = trig.head
    subj, passive = subject(tok)
    actor_heads: list[Token] = []
    recip_heads: list[Token] = []
    if trig.addressee is not None:
        return ([subj] if subj is not None and not passive else []), [trig.addressee]
    if passive:
        # "threatened with economic consequences by China", "designated as a terrorist organization by the
        # United States": the parser may hang the agent on the phrase before it
        misplaced = [
            b for o in prep_objects(tok, "with", "as") for b in prep_objects(o, "by") if is_agentive(b)
        ]
        actor_heads = prep_objects(tok, "by") or misplaced or _other_side(tok)
        # "hit by U.S. sanctions": the measure is no actor; whose it is, if the text says, is
        actor_heads = [_measure_owner(h) if _measure(h) else h for h in actor_heads]
        actor_heads = [h for h in actor_heads if h is not None]
        # "how many weapons have been delivered": the thing given is no recipient
        theme = subj is not None and (
            (trig.sense.type in ("AID", "COOPERATE") and not is_agentive(subj))
            or subj.lemma_.lower() in THEME_NOUNS
        )  # nor is "the charge has not been dropped": whom it was against is
        if subj is not None and not theme:
            recip_heads = [subj]
    elif subj is not None and not _bare_weapon(subj):
        actor_heads = [subj]  # not "a bomb went off", "a missile hit a hospital": the weapon is no actor
    elif (
        subj is None
        and tok.dep_ == "acl"
        and tok.tag_ == "VBG"
        and any(is_agentive(h) or is_person_like(h) for h in (tok.head, *prep_objects(tok.head, "of")))
    ):
        actor_heads = [tok.head]  # "(hundreds of) demonstrators protesting against the government"
    if not recip_heads:
        # the actor's words are no recipient, except the trigger's own clause inside them ("the bombing of
        # a base that killed an American soil scientist": "that" stands for the bombing)
        exclude = {t.i for h in actor_heads for t in h.subtree} - {t.i for t in tok.subtree}
        # "Police arrested and charged the two men": a verb with no words of its own after it shares those
        # of the verb coordinated with it
        words = (None if passive else raised_conjunct(tok)) or tok
        direct = (
            children(words, "dative") + children(words, "dobj") + prep_objects(words, *VERB_RECIPIENT_PREPS)
        )
        if trig.sense.type == "SANCTION" and trig.sense.mode == "withdraw":
            # "withdrew their ambassadors", "recalled its ambassador to Turkey": the envoys are what is
            # withdrawn; whom from is the country they were posted to, where the text names it
            envoys = [d for d in children(words, "dobj") if d.lemma_.lower() in WORD_CLASSES["relations"]]
            posted = [o for d in envoys for o in prep_objects(d, "to", "in", "from")]
            direct = [d for d in direct if d not in envoys] + posted
        if trig.sense.type == "CONSULT" and tok.lemma_.lower() in TOPIC_VERBS:
            # what is talked over, said in any way ("discussed imposing further costs on Russia", "Beyond
            # Ukraine, ... discussed China's role"), is not whom with
            exclude = exclude | {
                t.i
                for c in words.children
                if not (c.dep_ == "prep" and c.lower_ in ("with", "to"))
                for t in c.subtree
            }
        start = [d for d in direct if d.i not in exclude] + [
            c
            for c in words.children
            if c.dep_ in ("xcomp", "ccomp", "prep")
            # "fought for the Islamic State": the side one fights for is no target
            and not (c.dep_ == "prep" and c.lower_ == "for" and trig.sense.type == "ASSAULT")
        ]
        addressed = [d for d in children(words, "dobj", "dative") if d.i not in exclude and _participant(d)]
        if not addressed and trig.sense.type in VERBAL_ACTS:  # "called for the Taliban to lift the travel
            # ban": who is to do what is asked for is whom it is asked of
            addressed = [
                s
                for c in words.children
                if c.dep_ in ("advcl", "ccomp", "xcomp")
                and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                for s in children(c, "nsubj")
                if s.i not in exclude and _participant(s)
            ]
        if (
            trig.sense.type in VERBAL_ACTS
            and addressed
            and (is_agentive(addressed[0]) or is_person_like(addressed[0]))
            and _act_of(addressed[0], False) is None  # not "demanded Bashir's ouster": Bashir is below it
        ):
            recip_heads = [addressed[0]]  # "pressing allies to ...": a verbal act's addressee
        else:
            patient = trig.sense.type in PATIENT_ACTS or trig.sense.mode == "release"
            # "imposed strict measures against women in Afghanistan": where it was done is the recipient
            # only when nothing else is
            where = [c for c in start if c.dep_ == "prep" and c.lower_ in WHEREABOUTS]
            found = _search_recipient(
                [c for c in start if c not in where], exclude | {tok.i}, entities, patient
            )
            # where it was done only when nothing else is, and never a place where parties agree or work
            # together ("signed an agreement ... in Madrid"), though a phrase that is no place may lead to
            # one ("will cooperate in building a new parliament for Mauritius")
            objects = [o for w in where for o in w.children if o.dep_ in ("pobj", "pcomp")]
            placed = bool(objects) and all(o.ent_type_ in ("GPE", "LOC", "FAC") for o in objects)
            if found is None and where and not (placed and trig.sense.type in AGREEING_ACTS):
                found = _search_recipient(start, exclude | {tok.i}, entities, patient)
            recip_heads = [found] if found is not None else []
    if trig.sense.type in PHYSICAL_TYPES:
        recip_heads = [_thing_antecedent(h) or h for h in recip_heads]
    return actor_heads, recip_heads


def _thing_antecedent(tok: Token) -> Token | None:
    """What "it" stands for as the object of force: the latest physical target named before it in its
    sentence ("bringing the train ... to a halt in a tunnel, where they stormed it": the train, not the
    province the pronoun resolver would name, which looks for bodies and countries)."""
    if tok.lower_ != "it" or tok.dep_ not in ("dobj", "nsubjpass"):
        return None
    start = sentence_start(tok)
    for cand in reversed(tok.doc[start : tok.i]):
        if cand.pos_ == "NOUN" and cand.lemma_.lower() in PHYSICAL_TARGETS and cand.dep_ != "compound":
            return cand
    return None


def _in_clause(tok: Token) -> Token:
    """The noun that stands for an event noun in its clause: the event noun itself, or the word that
    counts it out as a run or a span of time ("a series of airstrikes", "a wave of arrests", "eight hours of
    peace talks")."""
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() in SERIES_NOUNS | SPAN_NOUNS
    ):
        return tok.head.head
    return tok


ENDED_WORDS = frozenset({"over", "complete", "completed", "finished", "ended", "concluded"})


def _declared_over(noun: Token) -> bool:
    """Is the event noun declared at an end ("as he declared the clearance operation over"): whoever says so
    speaks of it, and need not have done it."""
    doc = noun.doc
    after = max(t.i for t in noun.subtree) + 1
    if after >= len(doc) or doc[after].lower_ not in ENDED_WORDS:
        return False
    if doc[after].lower_ != "over":
        return True
    # "declared the operation over Wednesday night", not "declare a state of emergency over the abductions"
    rest = doc[after + 1] if after + 1 < len(doc) else None
    return rest is None or rest.is_punct or rest.ent_type_ in ("DATE", "TIME")


def named_agent(tok: Token, entities: list[Entity], labels: frozenset[str] | tuple = AGENT_LABELS) -> bool:
    """The token is inside a name the actor stage knows as a person, body or country (of ``labels``),
    where the tagger saw none ("the G7 talks": the Group of Seven; "Mhlanga's arrest")."""
    return any(e.label in labels and any(s <= tok.idx < t for s, t in e.spans) for e in entities)


def _one_per_name(heads: list[Token]) -> list[Token]:
    """One token for each name among ``heads``: "intra-Afghan negotiations" hangs "intra", "-" and "Afghan"
    on the noun, one name (its last word stands for it), not three actors."""
    last: dict[int, Token] = {}
    for h in heads:
        if not h.is_punct:
            last[_name_start(h)] = h  # heads come in text order: the last word of each name stays
    kept = {h.i for h in last.values()}
    return [h for h in heads if h.i in kept]


def _name_start(tok: Token) -> int:
    name = entity_span(tok)
    return name.start if name is not None else tok.i


# Acts whose noun names its author with "from" ("an attack from Assad loyalists", "criticism from rights
# groups", "a demand from the unions"), not where it leads away from ("withdrawal from Syria", "release from
# prison", "imports from China")
# (not a threat: "a growing threat from China" is how others see China, no threat made)
AUTHORED_FROM = frozenset({"ASSAULT", "ACCUSE", "SUPPORT", "REJECT", "REQUEST"})


def _misplaced_agents(noun: Token) -> list[Token]:
    """Who does what an event noun names, where the parser hung the "by" phrase on the one it is done to
    ("kidnappings of school children by criminal gangs") or on the noun that counts it ("a wave of
    kidnappings ... by criminal gangs")."""
    hosts = prep_objects(noun, "of")
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        hosts.append(noun.head.head)
    return [
        h
        for host in hosts
        for h in prep_objects(host, "by")
        if h.ent_type_ not in TIMES and (is_agentive(h) or is_person_like(h))
    ]


def _said_on(verb: Token) -> bool:
    """Is ``verb`` said or written on something ("commented on", "issued a statement on", "briefed
    reporters on"), whose doer only speaks of it?"""
    return verb.lemma_.lower() in REPORTING_VERBS | COMMENTING_VERBS or any(
        o.lemma_.lower() in WORD_CLASSES["speech"] for o in children(verb, "dobj")
    )


def _nominal_roles(trig: Trigger, entities: list[Entity]) -> tuple[list[Token], list[Token]]:
    tok = trig.head
    # (and "After their expulsion, many Chagossians settled in Mauritius": expelled, not expelling)
    patient = trig.sense.type in PATIENT_ACTS or trig.sense.mode in ("release", "expel")
    undergoer = _undergoer(tok, entities) if patient else None
    if undergoer is not None:  # "their abduction", "his arrest": the person it was done to
        by = [h for h in prep_objects(tok, "by") if h.ent_type_ not in TIMES]
        return by or _misplaced_agents(tok), [undergoer]
    actor_heads = [h for h in children(tok, "poss") + prep_objects(tok, "by") if h.ent_type_ not in TIMES]
    if not actor_heads:
        actor_heads = _misplaced_agents(tok)
    if not actor_heads:
        actor_heads = [
            c
            for c in tok.children
            if c.dep_ in ("amod", "compound", "nmod")
            and (c.ent_type_ in AGENT_LABELS or named_agent(c, entities))
            and c.i not in {t.i for t in trig.tokens}
            and c.lemma_.lower() not in WORD_CLASSES["cyber_means"]  # "a DDoS attack": the means
            and not (trig.sense.type == "CONSULT" and c.ent_type_ in ("GPE", "LOC", "FAC"))  # "the Singapore
            # summit", "the Jeddah talks": where they met, not who
            and not (trig.sense.type == "ASSAULT" and _town(c, entities))  # "the Bouake attack": where
            # "the Paris climate pact", "the Minsk agreements": where it was made, not who made it
            and not (trig.sense.type in AGREEING_ACTS and _town(c, entities))
        ]
        actor_heads = _one_per_name(actor_heads)
    slot = _in_clause(tok)  # "carried out a series of airstrikes": the series stands for them
    voiced = slot.dep_ == "dobj" and slot.head.lemma_.lower() in LIGHT_VERBS
    if actor_heads and voiced and all(h.pos_ == "PRON" for h in actor_heads):
        # "Joh Husted ... voiced his disapproval of the ruling": the owner is whoever voices it
        subj, _ = subject(slot.head)
        if can_act(subj) and subj.pos_ in ("PROPN", "NOUN"):  # a name or a noun, not "most of whom"
            actor_heads = [subj]
    if (
        not actor_heads
        and slot.dep_ in ("dobj", "nsubjpass")
        and slot.head.lemma_.lower() in LIGHT_VERBS
        and not _declared_over(slot)
    ):
        subj, _ = subject(slot.head)
        if slot.dep_ == "nsubjpass":  # "the truce was announced on Friday by Nigeria's chief of staff"
            subj = next(iter(prep_objects(slot.head, "by")), None)
        if can_act(subj):
            actor_heads = [subj]  # not "have the intention to undertake an invasion": no one
    if not actor_heads:  # "an offensive launched by forces in Puntland", "attacks carried out by ..."
        for acl in children(tok, "acl"):
            if acl.tag_ == "VBN" and acl.lemma_.lower() in LIGHT_VERBS:
                actor_heads = [o for o in prep_objects(acl, "by") if o.ent_type_ not in TIMES]
    if not actor_heads and trig.sense.type in AUTHORED_FROM:  # "came under a calculated attack from Assad
        # loyalists", "has drawn criticism from immigrants' rights groups": whom it comes from made it
        drawn = slot.dep_ == "dobj" and slot.head.lemma_.lower() in DRAWING_VERBS
        authors = prep_objects(tok, "from") + (prep_objects(slot.head, "from") if drawn else [])
        actor_heads = [o for o in authors if is_agentive(o) or is_person_like(o)]
    if not actor_heads and trig.sense.type == "AID":  # "transfers of munitions from North Korea to Russia"
        actor_heads = [o for o in prep_objects(tok, "from") if is_agentive(o)]
    if not actor_heads:  # "a relationship involving Russia, China, Iran and North Korea": all take part
        for acl in children(tok, "acl"):
            if acl.lemma_.lower() in ("involve", "include", "between", "among"):
                actor_heads = children(acl, "dobj")
        between = prep_objects(tok, "between", "among")
        if between and not actor_heads:
            actor_heads = between
    if not actor_heads:  # "the BLA claimed responsibility for the attack": the claimant is the attacker
        actor_heads = _claimant(tok)
    threatened = _threatened_act(tok) if trig.sense.type == "THREATEN" else None
    if threatened is not None and not actor_heads:  # "threats of Washington sanctions", "the threat of a
        # Chinese invasion": whoever would do the act threatens it
        actor_heads = _one_per_name(
            [
                c
                for c in threatened.children
                if c.dep_ in ("amod", "compound", "nmod", "poss")
                and (c.ent_type_ in AGENT_LABELS or named_agent(c, entities))
            ]
        )
    exclude = {t.i for h in actor_heads for t in h.subtree} | {tok.i}
    preps = NOUN_RECIPIENT_PREPS
    if trig.sense.type == "SANCTION":  # "tariff hikes on Chinese EV imports to the U.S.": where they go
        preps = tuple(p for p in preps if p not in ("to", "into"))
    elif trig.sense.type == "SUPPORT":  # "support for Ukraine", "praise for the rescuers": whom it backs
        preps = (*preps, "for")
    start = prep_objects(tok, *preps)
    if threatened is not None:  # the act is no participant; whom it would be done to is ("the threat of
        # sanctions against Turkey")
        start = [o for o in start if o.i != threatened.i] + prep_objects(threatened, *NOUN_RECIPIENT_PREPS)
    if not start and slot.dep_ == "dobj" and slot.head.lemma_.lower() in LIGHT_VERBS:
        # "launched a brazen assault on a military base": the parser hangs the target on the verb
        start = prep_objects(slot.head, "on", "upon", "against", "into")
    if (
        tok.dep_ in ("nsubj",)
        and tok.head.pos_ == "VERB"
        and trig.sense.type in ("ASSAULT", "COERCE")
        and not (tok.head.lemma_.lower() in OBJECT_CONTROL and children(tok.head, "xcomp"))
    ):  # "the attack killed 46 civilians" (not "the attack prompted Russia to suspend the talks": whom it
        start += children(tok.head, "dobj")  # moved to act, no one it was done to)
    # "was in London for a joint appearance", "killed 46 civilians in an attack"; but whoever responds
    # to a request or rejects a demand is its addressee, not its author
    target = _under(tok)  # "the train came under attack": the train is attacked, by someone unnamed
    if target is not None:
        return actor_heads, [target]
    dead = _died_in(tok)  # "two protesters died in a shootout with police": the dead suffered it
    if dead is not None:
        sides = (
            [o for o in prep_objects(tok, "with") if _participant(o)]
            if tok.lemma_.lower() in CLASH_NOUNS
            else []
        )
        # "lost their lives in Tuesday's train hijacking by armed militants": the parser hangs "by" on the verb
        doers = [o for o in prep_objects(tok.head.head, "by") if is_agentive(o) or is_person_like(o)]
        return actor_heads or sides or doers, [dead]
    if slot.dep_ == "dobj" and slot.head.lemma_.lower() in RECEIVING_VERBS:
        receiver, passive = subject(slot.head)  # "Sudan has received humanitarian assistance from the UAE"
        if (
            receiver is not None
            and receiver.head.i == slot.head.i  # its own subject, not one the parser lent it
            and not passive
            and receiver.i not in exclude
            and _participant(receiver)
        ):
            givers = actor_heads or [
                o for o in prep_objects(tok, "from") + prep_objects(slot.head, "from") if is_agentive(o)
            ]
            return givers, [receiver]
    if not actor_heads and trig.sense.type not in ADDRESSED_ACTS and not _declared_over(slot):
        # "took part in the raid", "travel to Canada for meetings" (not "responded to the attack",
        # "protested against" or "worried about" it: reactions to it)
        reaction = tok.dep_ == "pobj" and (
            tok.head.lower_ in REACTION_PREPOSITIONS
            or (tok.head.lower_ == "from" and patient)  # "raised the death toll from the bombing": its cause
            or (tok.head.lower_ == "on" and _said_on(tok.head.head))  # "commented on the arrest": its topic
        )
        verb = (
            tok.head.head if tok.dep_ == "pobj" and not reaction else tok.head if tok.dep_ == "dobj" else None
        )
        if (
            verb is not None
            and verb.pos_ in ("VERB", "AUX")
            and verb.lemma_.lower() not in REPORTING_VERBS | VIEWING_VERBS
        ):  # not "Sahaar sees the book ban as part of a larger crackdown": a view of it, not the act
            subj, passive = subject(verb)
            if subj is not None and not passive and verb.lemma_.lower() in COUNTERING_VERBS:
                # "the army repelled the attack (on the base)": turned back on it (or on what it names), not
                # made by it
                aimed = [s for s in start if s.i not in exclude]
                if aimed or verb.lemma_.lower() in THWARTING_VERBS:  # ("police foiled the attack": on whom,
                    return [], aimed[:1]  # the text does not say)
                return [], ([subj] if _participant(subj) or is_agentive(subj) else [])
            if subj is not None and not passive and patient and undergone(tok):
                # "thousands of migrants face deportation": the migrants are deported, they deport no one
                return [], ([subj] if _participant(subj) or is_agentive(subj) else [])
            if subj is not None and not passive and is_agentive(subj):
                actor_heads = [subj]
    found = _search_recipient([s for s in start if s.i not in exclude], exclude, entities, patient)
    if found is None and trig.sense.type == "CONSULT" and tok.dep_ == "pobj":
        # "arrived in Amman on a visit": the host is the place the visitor came to
        verb = tok.head.head
        places = [p for p in prep_objects(verb, "in", "to") if p.i not in exclude and p.ent_type_ == "GPE"]
        found = places[0] if places else None
    return actor_heads, ([found] if found is not None else [])


def _dyad(trig: Trigger, entities: list[Entity]) -> tuple[EventActor, EventActor] | None:
    """The two sides of an event noun's modifier that joins two countries by a hyphen ("China-Russia",
    "Sino-Russian"), as the parser splits it (the first word hangs on the second), each named by its one
    word; not one country's name ("Guinea-Bissau")."""
    for right in trig.head.children:
        if right.dep_ not in ("compound", "amod") or right.i < 2:
            continue
        doc = right.doc
        hyphen, left = doc[right.i - 1], doc[right.i - 2]
        if hyphen.tag_ != "HYPH" or hyphen.whitespace_ or left.whitespace_ or left.head.i != right.i:
            continue
        if actors.is_country_name(doc[left.i : right.i + 1].text):
            continue
        first, second = _code([left], entities), _code([right], entities)
        if first[0] and second[0] and first[0] != second[0]:
            return _actor_of([left], *first), _actor_of([right], *second)
    return None


def _undergoer(tok: Token, entities: list[Entity]) -> Token | None:
    """The possessor of an act of force done to someone, when nothing says whom it was done to: a person
    ("their abduction", "Anna Petrova's arrest", "his killing"), not a state or group ("Russia's invasion",
    "Boko Haram's abduction of 276 schoolgirls")."""
    if prep_objects(tok, "of"):
        return None
    for poss in children(tok, "poss"):
        person = (
            poss.pos_ == "PRON" and poss.lower_ in ("his", "her", "their")
        ) or poss.ent_type_ == "PERSON"
        if person or is_person_like(poss) or named_agent(poss, entities, ("PERSON",)):
            return poss
    return None


def _died_in(tok: Token) -> Token | None:
    """The subject of "died in", "perished during", "lost their lives in" or "sustained injuries during" the
    event ``tok`` names, if any."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "during"):
        return None
    verb = tok.head.head
    if verb.lemma_.lower() not in DYING_VERBS and not _lost_life(verb) and not _hurt(verb):
        return None
    subj, _ = subject(verb)
    return subj


def _lost_life(verb: Token) -> bool:
    """Whether the verb says someone died: "lost their lives", "lost his life"."""
    return verb.lemma_.lower() == "lose" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("life", "live") for c in verb.children
    )


HURT_NOUNS = frozenset({"injury", "wound", "burn", "harm", "damage"})


def _hurt(verb: Token) -> bool:
    """Whether the verb says someone was hurt: "sustained injuries", "suffered serious wounds"."""
    return verb.lemma_.lower() in ("sustain", "suffer", "receive") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in HURT_NOUNS for c in verb.children
    )


UNDERGOING_VERBS = frozenset({"come", "remain", "be", "stay", "fall", "live"})  # "... under sanctions"


def _under(tok: Token) -> Token | None:
    """What "came under" the event ``tok`` names ("the convoy came under fire", "top Taliban leaders remain
    under international terrorism sanctions", "the city is under siege"), its pronoun resolved."""
    if (
        tok.dep_ != "pobj"
        or tok.head.lower_ != "under"
        or tok.head.head.lemma_.lower() not in UNDERGOING_VERBS
    ):
        return None
    subj, _ = subject(tok.head.head)
    return resolve_pronoun(subj) if subj is not None else None


def _claimant(tok: Token) -> list[Token]:
    """Who claims responsibility for the event ``tok`` names ("X claimed responsibility for the attack",
    "X took responsibility for the bombing", "took credit for attacking a convoy") or claims the event
    itself ("the military claimed the killing of 33 terrorists"): the PLOVER coding of a claim of
    responsibility."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "claim":
        verb = tok.head
    elif tok.dep_ in ("pobj", "pcomp") and (claimed := claim_of_responsibility(tok.head)) is not None:
        verb = claimed
    else:
        return []
    if verb.lemma_.lower() not in CLAIM_VERBS:
        return []
    subj, passive = subject(verb)
    return [subj] if subj is not None and not passive else []


def _clause_addressee(trig: Trigger) -> Token | None:
    """Who a demand or threat is aimed at when a clause names it: the subject of "demanded that the
    United States match ...", of "its demand that Israel ease ...", of "unless Israel rescinds ..."."""
    tok = trig.head
    for clause in children(tok, "ccomp", "acl"):
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or clause.dep_ == "ccomp":
            subj = children(clause, "nsubj", "nsubjpass")
            if subj and is_agentive(subj[0]):
                return subj[0]
    if trig.sense.type == "THREATEN":
        for verb in [tok, *children(tok, "xcomp")]:
            for clause in children(verb, "advcl"):
                if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children):
                    subj = children(clause, "nsubj")
                    if subj and is_agentive(subj[0]):
                        return subj[0]
    return None


def _violent_happening(tok: Token) -> bool:
    """Is ``tok`` a noun naming an act of force ("blast", "bombing", "attack"), not someone who acts?"""
    gerund = tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "pobj")  # "destroyed by shelling"
    if not (tok.pos_ == "NOUN" or gerund) or is_agentive(tok):
        return False
    senses = TRIGGERS.get(tok.lemma_.lower(), ())
    return any(s.type == "ASSAULT" and s.cond in ("-", "agent") for s in senses)


def speaker_actor(source: Source, entities: list[Entity]) -> EventActor:
    """The source of an attribution as an actor of the events in its words ("we will retaliate", Turkey's
    foreign minister said: the minister retaliates); a source named by a pronoun stands as the entity it
    was linked to."""
    text, spans = source.text, list(source.spans)
    entity = entity_at(entities, source.entity)
    if text.lower() in SOURCE_PRONOUNS and entity is not None and entity.spans:
        text, spans = entity.text, [tuple(entity.spans[0])]
    return EventActor(
        text=text,
        code=actor_code(source.country),
        sector=source.sector,
        spans=spans,
        entity=source.entity,
        country=source.country,
    )


# Nouns for what someone does that name no event of their own ("Ankara's purchase", "Suga's travels").
ACT_NOUNS = frozenset(
    {"purchase", "travel", "trip", "move", "tariff", "challenge", "bid", "sale", "deal", "plan"}
    | {"ouster", "removal", "withdrawal", "dismissal", "overthrow", "downfall", "departure", "arrival"}
)
_ACT_SUFFIXES = ("tion", "sion", "ment", "ance", "ence")  # "decision", "invasion", "announcement"


def _act_noun(lemma: str) -> bool:
    if lemma in AGENT_NOUNS or lemma in CROWD_NOUNS or lemma in GOVERNMENT_NOUNS:
        return False  # "Mahathir's government", "Sharif's administration" act themselves
    return lemma in ACT_NOUNS or lemma in TRIGGERS or lemma.endswith(_ACT_SUFFIXES)


def _owner(head: Token) -> Token:
    """Whose act a thing named as the actor is ("Suga's travels will include meeting ...", "Russia's
    invasion killed ...", "Ankara's purchase ... violated ..."): its possessor, when the thing itself can
    do nothing and the possessor can."""
    if head.pos_ != "NOUN" or head.ent_type_ or not _act_noun(head.lemma_.lower()):
        return head  # "the country's president", "Lai's legal team", "Russia's S-400 system": not an act
    owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") and is_agentive(c)]
    return owners[0] if owners else head


def _alongside(head: Token, trigger: Token) -> bool:
    """Is ``head`` named as one who does the act too, not to whom ("have spoken out against the action,
    along with donors and the international community", "alongside Kenyan troops")?"""
    for tok in head.ancestors:
        if tok.i == trigger.i:
            return False
        if tok.lower_ in ("along", "alongside") or (
            tok.lower_ == "with" and any(c.lower_ == "together" for c in tok.children)
        ):
            return True
    return False


def find_roles(
    trig: Trigger, doc: Doc, entities: list[Entity], speakers: dict[int, EventActor] | None = None
) -> tuple[list[EventActor], list[EventActor]]:
    """The coded actors and recipients of ``trig``; ``speakers`` maps first-person pronouns inside someone's
    words to that someone."""
    pair = _dyad(trig, entities) if trig.nominal else None
    if pair is not None:  # "the China-Russia partnership", "the Sino-Russian pact": one side each
        return [pair[0]], [pair[1]]
    if trig.nominal:
        actor_heads, recip_heads = _nominal_roles(trig, entities)
    else:
        actor_heads, recip_heads = _verbal_roles(trig, entities)
    if trig.addressee is not None:
        recip_heads = [trig.addressee]
    elif trig.sense.type in ("REQUEST", "THREATEN") or trig.sense.cond == "charges":
        addressee = _clause_addressee(trig)  # ("alleged that the militants had attacked": the militants)
        if addressee is not None and (
            not recip_heads or trig.sense.type == "REQUEST" or trig.sense.cond == "charges"
        ):
            recip_heads = [addressee]
    recip_heads = [h for h in recip_heads if not _alongside(h, trig.head)]
    actor_heads = [_owner(h) for h in actor_heads]
    # "a roadside bomb blast killed 11", "the bombing ... that killed nine": a happening is no one's act
    actor_list = _actors([h for h in actor_heads if not _violent_happening(h)], entities, speakers)
    recipient_list = _actors(recip_heads, entities, speakers)
    taken = {tuple(a.spans[0]) for a in actor_list if a.spans}
    recipient_list = [r for r in recipient_list if not r.spans or tuple(r.spans[0]) not in taken]
    return actor_list, recipient_list
