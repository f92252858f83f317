"""Find trigger words in a sentence and pick the PLOVER sense whose condition the syntax satisfies."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from dossier.events.lexicon import (
    CROWD_NOUNS,
    DECLARING_VERBS,
    EXPRESSION_VERBS,
    FUTURE_AUX,
    GENERIC_EVENT_HEADS,
    HYPOTHETICAL_AUX,
    LABOR_WORDS,
    LIGHT_VERBS,
    PHRASES,
    PHYSICAL_TARGETS,
    PHYSICAL_TYPES,
    REPORTING_VERBS,
    SPEECH_NOUNS,
    TRIGGERS,
    WORD_CLASSES,
    Sense,
)
from dossier.events.syntax import can_act, is_agentive, is_person_like, names_people, occurring
from dossier.nlp.syntax import (
    asks_anonymity,
    children,
    conjuncts,
    prep_objects,
    resolve_pronoun,
    sentence_of,
    subject,
)
from dossier.nlp.table import TokenTable
from dossier.nlp.words import (
    JOURNALIST_NOUNS,
    OUTLET_WORDS,
    PERSON_NOUNS,
    PERSON_OBJECT_PRONOUNS,
    PERSON_PRONOUNS,
)

FIRST_PERSON = frozenset({"i", "we"})
CUSTODY_NOUNS = frozenset({"prison", "jail", "detention", "custody", "captivity", "arrest"})
POLICE_WORDS = frozenset(["police", "policeman", "officer", "agent", "authority", "security", "detective"])
VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# Verb-only lemmas that are also event nouns ("an attack", "a visit", "the arrest").
NOUN_TOO = frozenset(
    [
        "attack",
        "visit",
        "offer",
        "promise",
        "pledge",
        "protest",
        "rally",
        "riot",
        "boycott",
        "request",
        "demand",
        "appeal",
        "call",
        "raid",
        "strike",
        "transfer",
        "supply",
        "ban",
        "arrest",
        "seizure",
        "release",
        "sanction",
        "embargo",
        "threat",
        "fighting",
        "clash",
        "massacre",
        "murder",
        "rape",
        "torture",
        "ambush",
        "blockade",
        "assault",
        "aid",
        "exchange",
    ]
)
ADJ_TRIGGERS = frozenset({"willing", "ready", "prepared"})
# Lemmas that are triggers only as verbs; any other entry may also be a noun ("attack", "visit").
VERB_ONLY = frozenset(
    [
        "abduct",
        "accede",
        "accept",
        "accuse",
        "acquit",
        "agree",
        "airlift",
        "allege",
        "allow",
        "ambush",
        "annex",
        "apologise",
        "apologize",
        "applaud",
        "approve",
        "arrest",
        "ask",
        "assassinate",
        "back",
        "ban",
        "beat",
        "beg",
        "behead",
        "besiege",
        "blame",
        "blow",
        "bomb",
        "bombard",
        "break",
        "burn",
        "call",
        "cancel",
        "capture",
        "cede",
        "censor",
        "censure",
        "charge",
        "chastise",
        "close",
        "collaborate",
        "commend",
        "commit",
        "complain",
        "compromise",
        "concede",
        "condemn",
        "confer",
        "confiscate",
        "congratulate",
        "consult",
        "contribute",
        "convene",
        "converge",
        "convict",
        "cooperate",
        "crack",
        "criticise",
        "criticize",
        "cut",
        "declare",
        "decline",
        "decry",
        "defy",
        "deliver",
        "demobilize",
        "demolish",
        "demonstrate",
        "denounce",
        "deny",
        "deplore",
        "deploy",
        "deport",
        "destroy",
        "detain",
        "detonate",
        "disarm",
        "discuss",
        "dismiss",
        "downgrade",
        "drop",
        "ease",
        "endorse",
        "establish",
        "evacuate",
        "evict",
        "execute",
        "expel",
        "explode",
        "extradite",
        "fight",
        "finance",
        "fine",
        "fire",
        "forgive",
        "free",
        "freeze",
        "fund",
        "gather",
        "give",
        "grant",
        "guarantee",
        "gun",
        "hack",
        "hail",
        "halt",
        "hijack",
        "hit",
        "host",
        "hurl",
        "ignore",
        "implore",
        "impose",
        "imprison",
        "indict",
        "injure",
        "invade",
        "investigate",
        "invite",
        "jail",
        "kidnap",
        "kill",
        "lambaste",
        "laud",
        "lay",
        "lend",
        "lift",
        "lynch",
        "march",
        "mass",
        "mediate",
        "meet",
        "mobilise",
        "mobilize",
        "murder",
        "negotiate",
        "normalize",
        "object",
        "occupy",
        "open",
        "oppose",
        "order",
        "overrun",
        "pardon",
        "petition",
        "phone",
        "picket",
        "plead",
        "praise",
        "press",
        "probe",
        "promise",
        "provide",
        "pull",
        "push",
        "ratify",
        "rebuff",
        "rebuke",
        "recall",
        "receive",
        "recognise",
        "recognize",
        "refuse",
        "regret",
        "reinforce",
        "reject",
        "relax",
        "release",
        "relent",
        "reopen",
        "repatriate",
        "repel",
        "rescue",
        "resign",
        "restore",
        "restrict",
        "retaliate",
        "retreat",
        "return",
        "round",
        "rule",
        "seek",
        "seize",
        "send",
        "sentence",
        "sever",
        "share",
        "shell",
        "ship",
        "shoot",
        "shun",
        "shut",
        "sign",
        "slam",
        "snub",
        "spurn",
        "stab",
        "station",
        "step",
        "stop",
        "storm",
        "sue",
        "summon",
        "supply",
        "surrender",
        "suspend",
        "target",
        "telephone",
        "thank",
        "threaten",
        "throw",
        "torch",
        "turn",
        "urge",
        "vow",
        "warn",
        "welcome",
        "withdraw",
        "wound",
        "yield",
    ]
)


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger word (or phrase) in a sentence with the sense chosen for it."""

    head: Token
    tokens: tuple[Token, ...]
    sense: Sense
    addressee: Token | None = None  # a recipient fixed by the pattern itself

    @property
    def nominal(self) -> bool:
        return self.head.pos_ in NOUN_POS


def _objects(tok: Token) -> list[Token]:
    objs = children(tok, "dobj", "nsubjpass", "attr", "dative")
    if not objs and tok.dep_ == "conj" and tok.tag_ == "VBN":  # "rebels were neutralized or captured"
        objs = children(tok.head, "nsubjpass")
    if tok.pos_ in NOUN_POS:
        objs += prep_objects(tok, "of", "to")
        objs += children(tok, "compound")
    else:
        objs += prep_objects(tok, "with", "to", "of")
        for xc in children(tok, "xcomp"):  # "agreed to provide aid": the aid is what is given
            objs += children(xc, "dobj")
    # "aid deliveries", "peacekeeping force", "a state of emergency": the modifier names the thing too
    extra = []
    for o in objs:
        extra += [c for c in o.children if c.dep_ in ("compound", "amod")]
        if o.lemma_.lower() not in WORD_CLASSES["speech"]:  # "giving us figures of the money": the figures
            extra += prep_objects(o, "of")
    return objs + extra


def _named_object_preps(verb: Token) -> list[Token]:
    """Prepositions the parser hung on a verb's named object rather than on the verb: "asked U.S. President
    Donald Trump for sanctions relief" (not "the Minister for Foreign Affairs", part of the name)."""
    return [
        c
        for obj in children(verb, "dobj")
        if obj.pos_ == "PROPN" and obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        for c in obj.children
        if c.dep_ == "prep" and c.i > obj.i and not any(o.pos_ == "PROPN" for o in children(c, "pobj"))
    ]


def _infinitive(verb: Token) -> bool:
    """Is ``verb`` a to-infinitive ("a threat to kill", "an operation to flush out")?"""
    return any(g.dep_ == "aux" and g.lower_ == "to" for g in verb.children)


def _holds(tok: Token, cond: str) -> bool:
    if cond == "-":
        return True
    if "&" in cond:  # every one of the conditions: "prt:off&obj:hostilities"
        return all(_holds(tok, part) for part in cond.split("&"))
    kind, _, arg = cond.partition(":")
    if kind == "subj":
        subj, _ = subject(tok)
        return subj is not None and subj.lemma_.lower() in WORD_CLASSES[arg]
    if kind == "by":  # "legislation targeting Turkey": the measure does it, to someone
        owner = tok.head if tok.dep_ == "acl" else subject(tok)[0]
        targets = children(tok, "dobj")
        return (
            owner is not None
            and owner.lemma_.lower() in WORD_CLASSES[arg]
            and any(is_agentive(o) or is_person_like(o) for o in targets)
        )
    if kind == "notobj":  # "visit the nearest health care facility": no object of this class
        return not any(o.lemma_.lower() in WORD_CLASSES[arg] for o in _objects(tok))
    if kind == "nothead":  # "threatening the territorial integrity": the object's head is not of this
        # class (its modifiers may be: "threatened the security forces")
        return not any(o.lemma_.lower() in WORD_CLASSES[arg] for o in children(tok, "dobj", "nsubjpass"))
    if kind == "obj":
        objs = _objects(tok)
        if arg in ("material", "funds") and any(o.ent_type_ == "MONEY" for o in objs):
            return True
        if arg == "any":
            return bool(objs)
        if arg.startswith("!"):
            return bool(objs) and not any(o.lemma_.lower() in WORD_CLASSES[arg[1:]] for o in objs)
        if arg == "asylum":
            return any(o.lemma_.lower() == "asylum" for o in objs)
        if arg == "captive":  # "released 20 prisoners", "released dozens of women and children", "Mech Dara
            # has been released on bail", "freed from prison", not "released a document" or "released $300
            # million": people by the word for them or by name, or whoever leaves a place of custody
            # people counted or named by their group are people too ("released over 80 people", "scores of
            # Egyptian Christians were released")
            counted = [c for c in (_counted(o) for o in objs) if c is not None]
            return any(
                o.lemma_.lower() in WORD_CLASSES[arg]
                or names_people(o.lemma_.lower())
                or o.lemma_.lower() == "people"
                or o.ent_type_ == "NORP"
                or (o.dep_ == "nsubjpass" and (o.ent_type_ == "PERSON" or o.lower_ in PERSON_PRONOUNS))
                or (o.tag_ == "NNPS" and any(c.dep_ == "nummod" for c in o.children))  # "40 Uyghurs"
                or (o.lower_ == "them" and o.dep_ == "pobj" and o.head.head.tag_ == "CD")  # "40 of them"
                for o in objs + counted
            ) or any(o.lemma_.lower() in CUSTODY_NOUNS for o in prep_objects(tok, "from"))
        if arg == "ruler":  # "ousted the president", "Assad was ousted": a ruler by the word or by name
            return any(o.lemma_.lower() in WORD_CLASSES[arg] or o.ent_type_ == "PERSON" for o in objs)
        if arg == "combatants":  # fighters, by the word or counted, or someone named
            return any(
                o.lemma_.lower() in WORD_CLASSES[arg] or o.ent_type_ == "PERSON"
                for o in objs + [c for c in map(_counted, objs) if c is not None]
            )
        return any(o.lemma_.lower() in WORD_CLASSES[arg] for o in objs)
    if kind == "done":  # "ousted the president", not "fighting to topple his government" or "to help him
        # oust General Aoun": an aim to remove a ruler is no act, and no threat made to anyone
        return tok.pos_ not in VERB_POS or not (
            _infinitive(tok)
            or tok.dep_ == "xcomp"
            or (tok.tag_ == "VB" and not any(c.dep_ == "aux" and c.lemma_ == "do" for c in tok.children))
            or any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | HYPOTHETICAL_AUX for c in tok.children)
        )
    if kind == "mod":
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod")]
        if arg == "any":
            return bool(mods) or bool(prep_objects(tok, "of", "against", "to", "from"))
        if arg == "material":
            return any(m.lemma_.lower() in WORD_CLASSES["material"] for m in mods) or bool(
                [o for o in prep_objects(tok, "of") if o.lemma_.lower() in WORD_CLASSES["material"]]
            )
        words = WORD_CLASSES[arg]
        # "growing and troubling defense relationship": look through coordinated modifiers too; a verb's
        # manner adverb says the same as the adjective ("sexually abused")
        manner = [c.lower_[:-2] for c in tok.children if c.dep_ == "advmod" and c.lower_.endswith("ly")]
        return any(m.lemma_.lower() in words or m.lower_ in words for m in mods) or any(
            a in words for a in manner
        )
    if kind == "against":  # "an operation to flush out al-Shabab terrorists", "a campaign against the
        # rebels": what the noun is done to, by a preposition or as the object of its purpose (which the
        # parser may hang on the verb the noun is the object of: "launched an operation to flush out ...")
        clauses = [c for c in tok.children if c.dep_ in ("acl", "relcl")]
        if tok.dep_ == "dobj":
            clauses += [c for c in tok.head.children if c.dep_ == "advcl" and c.i > tok.i]
        purposes = [c for c in clauses if _infinitive(c)]
        done_to = prep_objects(tok, "against") + [o for verb in purposes for o in _objects(verb)]
        return any(o.lemma_.lower() in WORD_CLASSES[arg] for o in done_to)
    if kind == "inf":  # "issued a threat to kill the hostages": the noun says what it is to do
        return any(c.dep_ in ("acl", "relcl") and _infinitive(c) for c in tok.children)
    if kind == "collective":  # "G7 foreign ministers discussed ...", "we discussed ...": among themselves
        subj, _ = subject(tok)
        return subj is not None and (
            subj.tag_ in ("NNS", "NNPS") or bool(children(subj, "conj")) or subj.lower_ in ("we", "they")
        )
    if kind == "listing":  # "designated the BLA (as) a terrorist group": listed as an outlaw
        return any(
            t.lemma_.lower() in ("terrorist", "terror", "extremist") for t in tok.subtree if t.i > tok.i
        )
    if kind == "dobj":  # "doubling the 25% tariff", "tariff hikes": the measure raised is its object or
        # names the noun (not "bills would increase with the added duty")
        if tok.pos_ in NOUN_POS:
            named = [c for c in tok.children if c.dep_ in ("compound", "nmod")] + prep_objects(
                tok, "of", "in"
            )
        else:
            named = children(tok, "dobj", "nsubjpass")
        return any(o.lemma_.lower() in WORD_CLASSES[arg] for o in named)
    if kind == "blamed_for":  # "attacked The Wall Street Journal for refusing to support ...": words against
        # someone for what they did; not "could attack villages for supplies" (force, for gain)
        targets = children(tok, "dobj")
        return bool(prep_objects(tok, "for")) and any(is_agentive(t) or is_person_like(t) for t in targets)
    if kind == "yields":  # "the parties compromised", "reached a compromise": giving way, not "the
        # technology could be compromised", "compromised the system" (a breach)
        if tok.pos_ in NOUN_POS:
            return True
        return not children(tok, "dobj", "auxpass", "nsubjpass") and _holds(tok, "agent")
    if kind == "under":  # "came under intense fire", "was under heavy fire": what someone suffers (not
        # "came under fire for his remarks", "over the decision": criticism)
        verb = tok.head.head
        return (
            tok.pos_ == "NOUN"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "under"
            and verb.lemma_.lower() in ("come", "be", "remain", "fall")
            and not prep_objects(verb, "for", "over")
            and not prep_objects(tok, "for", "over")
        )
    if kind == "hostage":  # "took 100 passengers hostage", "taking many hostages", "a train held hostage"
        return any(
            c.lemma_.lower() == "hostage" for c in tok.children if c.dep_ not in ("nsubj", "nsubjpass")
        )
    if kind == "owned":  # "expanded their cooperation", "Iran's cooperation with the IAEA": whose it is
        return any(c.dep_ == "poss" for c in tok.children)
    if kind == "pursued":  # "Haiti and Suriname are expanding cooperation": what named sides do, not a
        # topic ("cooperation will increase among countries")
        if tok.dep_ != "dobj":
            return False
        subj, _ = subject(tok.head)
        return subj is not None and is_agentive(subj) and bool(conjuncts(subj)[1:] or children(tok, "prep"))
    if kind == "line":  # "spoke by phone", "talked over video link": a call between them
        return any(
            o.lemma_.lower() in WORD_CLASSES[arg] for o in prep_objects(tok, "by", "on", "over", "via")
        )
    if kind == "intrans":  # "diplomats gathered in Quebec" (not "officials gathered evidence")
        return not children(tok, "dobj")
    if kind == "plainobj":  # "strengthened bilateral ties" (not "deepened their economic ties": the ties
        # are cooperation in a field, their own event)
        return any(
            o.lemma_.lower() in WORD_CLASSES[arg]
            and not any(
                m.dep_ in ("amod", "compound") and m.lemma_.lower() in WORD_CLASSES["domain"]
                for m in o.children
            )
            for o in _objects(tok)
        )
    if kind == "of":  # "warned Washington of severe consequences": what it is of names the act
        return any(o.lemma_.lower() in WORD_CLASSES[arg] for o in prep_objects(tok, "of"))
    if kind == "prep":  # "called on Russia", not "On Wednesday, Macron called subsidies unbearable"
        return any(
            c.dep_ in ("prep", "dative")
            and c.lower_ == arg
            and not (
                arg in ("on", "upon") and any(o.ent_type_ in ("DATE", "TIME") for o in children(c, "pobj"))
            )
            for c in [*tok.children, *_named_object_preps(tok)]
        ) or any(  # "called for the government to release them": the parser reads "for" as the marker
            c.dep_ in ("advcl", "ccomp", "xcomp")
            and any(m.dep_ == "mark" and m.lower_ == arg for m in c.children)
            for c in tok.children
        )
    if kind == "noprep":  # "these three, who hail from China": where they come from, not praise
        return not any(c.dep_ == "prep" and c.lower_ == arg for c in tok.children)
    if kind == "noprt":  # "seized on his remarks": a phrasal verb of another sense
        return not any(c.dep_ == "prt" and c.lower_ == arg for c in tok.children)
    if kind == "prt":  # "pulled out of the territory": the parser may read the particle as a preposition
        # with no object of its own, right after the verb
        return any(
            c.lower_ == arg
            and (c.dep_ == "prt" or (c.dep_ == "prep" and c.i == tok.i + 1 and not children(c, "pobj")))
            for c in tok.children
        )
    if kind == "notacomp":  # "pleaded not guilty": no complement of this class
        return not any(
            c.dep_ in ("acomp", "oprd", "advmod") and c.lemma_.lower() in WORD_CLASSES[arg]
            for c in tok.children
        )
    if kind == "notxcomp":  # "refused to comment": not an act of this class (but "refused to respond to a
        # demand" rejects the demand)
        return not any(
            c.dep_ == "xcomp"
            and c.lemma_.lower() in WORD_CLASSES[arg]
            and not any(o.lemma_.lower() in WORD_CLASSES["proposal"] for o in prep_objects(c, "to"))
            for c in tok.children
        )
    if kind == "xcomp":
        return bool(children(tok, "xcomp")) or any(
            c.dep_ == "ccomp" and any(a.lower_ == "to" for a in c.children) for c in tok.children
        )
    if kind == "objagent":
        return any(is_agentive(o) for o in children(tok, "dobj"))
    if kind == "protesters":
        return any(c.lemma_.lower() in ("protester", "demonstrator") for c in _crowd(tok))
    if kind == "police":
        subj, _ = subject(tok) if tok.pos_ in VERB_POS else (None, False)
        heads = [subj] if subj is not None else []
        heads += children(tok, "poss", "compound", "amod") + prep_objects(tok, "by")
        if tok.dep_ == "dobj":
            heads.append(subject(tok.head)[0])
        return any(h is not None and h.lemma_.lower() in POLICE_WORDS for h in heads)
    if kind == "reflexive":  # "blew themselves up"
        return any(o.tag_ == "PRP" and o.lower_.endswith(("self", "selves")) for o in children(tok, "dobj"))
    if kind == "dispatch":  # "ordered police forces into the state"; not "ordered troops out of"
        return (
            _holds(tok, "obj:troops")
            and not children(tok, "xcomp", "ccomp")
            and bool(prep_objects(tok, "into", "to", "toward", "towards"))
            and not any(c.lower_ in ("out", "back", "home") for c in tok.children)
        )
    if kind == "declared":  # "announced an immediate ceasefire", "made concessions to China"
        verb = tok.head  # "the truce was announced on Friday by Nigeria's chief of defence staff"
        return (
            tok.dep_ in ("dobj", "nsubjpass")
            and verb.lemma_.lower() in DECLARING_VERBS
            and _holds(verb, "agent")
            and not children(verb, "neg")
        )
    if kind == "light":
        return tok.dep_ == "dobj" and tok.head.lemma_.lower() in EXPRESSION_VERBS
    if kind == "commitment":
        return bool(children(tok, "dobj")) or bool(prep_objects(tok, "on", "to", "upon"))
    if kind == "labor":
        return any(t.lemma_.lower() in LABOR_WORDS for t in sentence_of(tok))
    if kind == "noprt":
        return not children(tok, "prt")
    if kind == "verb":
        return tok.pos_ in VERB_POS
    if kind == "occurring":  # "Protests erupted across Turkey": a protest noun that took place, crowd unnamed
        return tok.pos_ in NOUN_POS and occurring(tok)
    if kind == "crowd":
        return any(
            subj.lemma_.lower() in CROWD_NOUNS
            or (subj.tag_ == "NNS" and not subj.ent_type_)
            or any(c.dep_ == "nummod" for c in subj.children)
            for subj in _crowd(tok)
        )
    if kind == "ccomp_future":  # "warned that it would execute security personnel": what the warner will
        # do; not "warns that countries ... could become targets", "warned that the government's actions
        # would divide the country": a prediction of what others do or undergo
        return any(
            c.dep_ == "ccomp"
            and any(a.dep_ == "aux" and a.lower_ in FUTURE_AUX | HYPOTHETICAL_AUX for a in c.children)
            and _warners_own(tok, c)
            for c in tok.children
        )
    if kind == "on_people":  # people at large, not a state's agents, are what the act bars or is imposed
        # on ("barring them [women] from education", "imposed strict measures against women"; not "barred
        # three top Albanian officials from entering the country")
        objects = children(tok, "dobj", "nsubjpass")  # "they are barred from visiting parks"
        people = [resolve_pronoun(o) for o in objects] + [
            p for head in (tok, *objects) for p in prep_objects(head, "against", "on")
        ]
        return any(p.lemma_.lower() in PERSON_NOUNS for p in people)
    if kind == "acts_on":  # a verb said of its doer: an object in the active ("had banned her book"), or
        # the doer named in the passive ("banned by the Taliban"); not "so that same-sex marriages are banned"
        return tok.pos_ in VERB_POS and (bool(children(tok, "dobj")) or bool(prep_objects(tok, "by")))
    if kind == "back":  # "sent 109, most of them men, back to China": the parser takes "back" for an adverb
        return any(c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in tok.children)
    if kind == "charges":  # "Officials alleged that the militants had attacked the convoy", "the American
        # side has violated the signed agreement," Akhundzada alleged: someone is charged with an act (not
        # "alleged that the vote was rigged": no one is named for it)
        for clause in children(tok, "ccomp"):
            subj, passive = subject(clause)
            if subj is not None and not passive and subj.lower_ != "it" and is_agentive(subj):
                return True
        return False
    if kind == "others_act":  # "regrets the decision of Kenya", "regretted Turkey's move": someone
        # else's act is deplored, not one's own apologised for
        return _holds(tok, "agent") and any(
            any(c.dep_ == "poss" and c.pos_ != "PRON" for c in o.children)
            or any(is_agentive(p) for p in prep_objects(o, "of"))
            for o in children(tok, "dobj")
        )
    if kind == "marching":  # "thousands demonstrated"; not "to demonstrate the Quad's naval strength",
        # "demonstrated that ...", "a demonstration of our commitment": showing something is no protest
        if tok.pos_ in NOUN_POS:  # "a demonstration of thousands of workers" is theirs
            return all(is_agentive(o) or is_person_like(o) for o in prep_objects(tok, "of"))
        return not children(tok, "dobj", "ccomp") and _holds(tok, "agent")
    if kind == "agent":
        if tok.pos_ in NOUN_POS and _noun_agent(tok):
            return True
        subj, passive = subject(tok)
        if passive:
            return True
        return subj is not None and is_agentive(subj)
    if kind == "speaker":  # a verb of asking said by someone, not "public interest demands that ...";
        # a noun ("BLA's demands") is asked by whoever it belongs to, but "energy demands" is consumption
        if tok.pos_ in NOUN_POS and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in tok.children):
            return False
        subj, passive = subject(tok) if tok.pos_ in VERB_POS else (None, True)
        return passive or subj is None or is_agentive(subj) or is_person_like(subj) or subj.pos_ == "PRON"
    if kind == "to_clause":  # "reluctance to endorse", "reluctant to sign": what is not done
        return any(
            c.dep_ in ("xcomp", "acl", "ccomp")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in tok.children
        )
    if kind == "means":  # "retaliated by announcing increased tariffs": the means names the act
        ways = prep_objects(tok, "by", "with")
        things = ways + [o for w in ways for o in children(w, "dobj")]
        return any(t.lemma_.lower() in WORD_CLASSES[arg] for t in things)
    if kind == "with":  # "hit Canada with a new 25% levy", "if hit by sanctions": what the act is done
        # with, or by in the passive, names it
        means = prep_objects(tok, "with") + (prep_objects(tok, "by") if tok.tag_ == "VBN" else [])
        return any(o.lemma_.lower() in WORD_CLASSES[arg] for o in means)
    if kind == "from":  # "withdrew from ECOWAS", "pulled out of the deal": leaving a body or a pact
        left = prep_objects(tok, "from", "of") + [
            o for out in tok.children if out.lower_ == "out" for o in prep_objects(out, "of")
        ]
        if tok.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in children(tok, "dobj", "pobj")):
            left.append(tok.head)  # "the JCPOA, which the first Trump administration pulled out of"
        return any(o.lemma_.lower() in WORD_CLASSES[arg] or _organisation(o) for o in left)
    if kind == "armed":  # both sides of the backing are armed forces ("soldiers backed by AU troops")
        subj, _ = subject(tok)
        sides = [subj, *prep_objects(tok, "by"), *children(tok, "dobj")]
        armed = [s for s in sides if s is not None and s.lemma_.lower() in ARMED_FORCES]
        return len(armed) >= 2
    if kind == "sharing":  # "shared intelligence with Kyiv", "share information with investigators"; not
        # "did not share further details" or "sharing photos on Twitter": telling, not cooperating
        objects = _objects(tok)
        withs = prep_objects(tok, "with") + [
            w for o in children(tok, "dobj") for w in prep_objects(o, "with")
        ]
        partners = [o for o in withs if is_agentive(o)]  # "shared evidence with the U.S." (either attachment)
        return bool(partners and any(o.lemma_.lower() in WORD_CLASSES["speech"] for o in objects)) or any(
            o.lemma_.lower() in SHARED_INTELLIGENCE for o in objects
        )
    if kind == "recognition":  # "recognized Kosovo", "recognize the Taliban government"; not "an officer
        # recognized her" (knew who she was)
        objects = children(tok, "dobj", "nsubjpass")
        return _holds(tok, "agent") and not any(o.pos_ == "PRON" or is_person_like(o) for o in objects)
    if kind == "alongside":  # "stand with the people", "stood behind Kyiv": on someone's side (not "stand
        # with their arms folded", "stood by the decision", "it stands to reason that ... [with] Kim")
        if prep_objects(tok, "to") or children(tok, "xcomp", "ccomp"):
            return False
        return _holds(tok, "agent") and any(
            is_agentive(o) or is_person_like(o) for o in prep_objects(tok, "with", "behind")
        )
    if kind == "meets":  # "met Putin", "leaders met": a meeting; "to meet its defense requirements": not
        objects = children(tok, "dobj")
        if children(tok, "auxpass") and prep_objects(tok, "with"):
            return False  # "was met with staggering brutality", "met with sharp criticism": a reception
        subj, passive = subject(tok)
        if passive and subj is not None and not (is_agentive(subj) or is_person_like(subj)):
            return False  # "for these things to be met", "the demands were met": satisfied, not met with
        people = subj is not None and is_person_like(subj)  # "local elders and officials were meeting"
        return (_holds(tok, "agent") or people) and (not objects or any(is_agentive(o) for o in objects))
    return False


def _warners_own(warn: Token, clause: Token) -> bool:
    """Does the clause a warning announces tell of the warner's own act: its subject is the warner (by a
    pronoun, "we" or the same word) or armed forces or police, or it is a passive with no one named to do
    it ("terrorists will not be spared")?"""
    subj, passive = subject(clause)
    if subj is None:
        return False
    if passive:
        return not prep_objects(clause, "by")
    warner, _ = subject(warn)
    if subj.lower_ in ("we", "i") or subj.lemma_.lower() in ARMED_FORCES | POLICE_WORDS:
        return True  # "warned that police will no longer tolerate rallies": the forces a warner commands
    if warner is None:
        return False
    resolved = resolve_pronoun(subj) if subj.pos_ == "PRON" else subj
    return resolved.i == warner.i or resolved.lemma_.lower() == warner.lemma_.lower()


def _crowd(tok: Token) -> list[Token]:
    """Who does a crowd's act: the verb's subject, or the noun a participle describes ("demonstrators
    protesting against the government"), with what a group or a count is of ("a group of 50 student
    protesters gathered", "hundreds of demonstrators")."""
    subj, _ = subject(tok)
    if subj is None and tok.dep_ == "acl" and tok.tag_ == "VBG":
        subj = tok.head
    if subj is None:
        return []
    if subj.lemma_.lower() in GROUP_NOUNS | COUNT_WORDS:
        return [subj, *prep_objects(subj, "of")]
    return [subj]


GROUP_NOUNS = frozenset(
    {"group", "crowd", "band", "throng", "hundred", "thousand", "dozen", "score", "number"}
)


def _noun_agent(tok: Token) -> bool:
    """Is an event noun an act someone does: the object of a verb that voices or carries it out, said of
    someone ("the G7 expressed support for Ukraine", "affirmed their support"), or what someone does a
    thing "in support of" ("thousands marched in support of the prisoners")? A noun that only has an owner
    ("Washington's support is crucial", "an escalation in Iran's support for Russia's war") names a
    standing relation, not an act."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS:
        return can_act(subject(tok.head)[0])
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and prep_objects(tok, "of"):
        return can_act(subject(tok.head.head)[0])
    return False


ASKING_NOUNS = frozenset({"request", "inquiry", "query", "question"})  # what a reporter asks
ARMED_FORCES = frozenset({"troop", "soldier", "force", "army", "militia", "fighter", "commando", "unit"})
SHARED_INTELLIGENCE = frozenset({"intelligence", "intel", "technology", "expertise", "know-how"})
RULE_NOUNS = frozenset({"power", "control"})  # "seized power", "seized control of the city": a takeover
COUNT_WORDS = frozenset(
    {"many", "several", "dozens", "hundreds", "thousands", "scores", "some", "others", "few", "most", "all"}
)
# Shares of a group counted before ("Nearly half were assaulted", "The vast majority had been raped"): of
# people, when nothing else is said
PROPORTION_WORDS = frozenset({"half", "majority", "minority", "third", "quarter", "fraction", "bulk", "rest"})


def _physical(tok: Token) -> bool:
    """Can a verb of force or coercion be literal here: an object that is a person, group, place or
    physical target (not a loophole, not "yourself" in "shooting yourself in the foot"), and not
    "fighting to protect their business"?"""
    if children(tok, "xcomp"):
        return False
    for obj in children(tok, "dobj", "nsubjpass"):
        if obj.tag_ == "PRP" and obj.lower_.endswith(("self", "selves")):
            return tok.lemma_.lower() == "blow"  # "blew themselves up": suicide bombers, not a figure
        if obj.tag_ == "PRP" and obj.lower_ in PERSON_OBJECT_PRONOUNS:
            continue  # "they shot them": people
        counted = _counted(obj)
        if counted is None:
            continue  # "shooting many", "killed 12": a bare count is of people
        obj = counted  # "dozens of villagers": what is counted
        lemma = obj.lemma_.lower()
        if not (
            is_agentive(obj)
            or is_person_like(obj)
            or obj.ent_type_ in ("GPE", "LOC", "FAC", "NORP")
            or lemma in PHYSICAL_TARGETS
            or lemma in WORD_CLASSES["material"]
            or lemma in WORD_CLASSES["captive"]
            or lemma in RULE_NOUNS
        ):
            return False
    return True


def _organisation(tok: Token) -> bool:
    """An organisation by the parse: named as one, or by an acronym ("ECOWAS", "NATO", "OPEC")."""
    return tok.ent_type_ == "ORG" or (
        tok.pos_ == "PROPN" and len(tok.text) >= 3 and tok.text.isalpha() and tok.text.isupper()
    )


def _counted(obj: Token) -> Token | None:
    """What an object counts: ``obj`` itself, the noun of "dozens of villagers", or None for a bare count
    with nothing said of what it counts ("many", "12", "dozens")."""
    proportion = obj.lemma_.lower() in PROPORTION_WORDS
    if obj.tag_ != "CD" and obj.lower_ not in COUNT_WORDS and not proportion:
        return obj
    counted = prep_objects(obj, "of")
    if counted:
        return counted[0]
    if proportion:
        return None
    return None if not any(c.dep_ in ("amod", "compound") for c in obj.children) else obj


def _choose(tok: Token, senses: tuple[Sense, ...], phrase: bool = False) -> Sense | None:
    for sense in senses:
        if _holds(tok, sense.cond):
            # a condition on what the verb acts on, or on what it lists it as, already says it is literal
            literal_check = (
                not phrase and not sense.cond.startswith(("obj:", "listing")) and tok.pos_ in VERB_POS
            )
            if sense.type in PHYSICAL_TYPES and literal_check and not _physical(tok):
                return None
            return sense
    return None


def _pos_ok(tok: Token, lemma: str) -> bool:
    if lemma in ADJ_TRIGGERS:
        return tok.pos_ == "ADJ" and bool(children(tok, "xcomp"))
    if tok.pos_ in VERB_POS:
        return True
    if tok.pos_ == "NOUN":  # a verb's noun only where a sense names it ("came under fire", not "a fire")
        under = any(s.cond == "under" for s in TRIGGERS[lemma]) and _holds(tok, "under")
        return lemma not in VERB_ONLY or lemma in NOUN_TOO or under
    return False


def _lemma(tok: Token) -> str:
    return _trigger_lemma(tok.lower_, tok.lemma_.lower(), tok.pos_, tok.tag_)


def _table_lemma(table: TokenTable, i: int) -> str:
    """``_lemma`` of token ``i``, read from the document's ``TokenTable``."""
    return _trigger_lemma(table.lower[i], table.lemma[i], table.pos[i], table.tag[i])


def _trigger_lemma(lower: str, lemma: str, pos: str, tag: str) -> str:
    """The lemma a trigger is looked up by: "talks" and "ties" as nouns stay plural, and a regular past
    form the lemmatizer misreads ("raped" -> "rap") is undone ("-d"/"-ed")."""
    if lower in ("talks", "ties") and pos == "NOUN":
        return lower
    if lemma not in TRIGGERS and tag in ("VBD", "VBN") and lower.endswith("ed"):
        for stem in (lower[:-1], lower[:-2]):
            if stem in TRIGGERS:
                return stem
    return lemma


# each phrase under its first lemma, with its rank in PHRASES (phrases claim their words in that order)
_PHRASES_BY_FIRST: dict[str, list[tuple[int, tuple[str, ...], tuple[Sense, ...]]]] = {}
for _rank, (_phrase, _senses) in enumerate(PHRASES.items()):
    _PHRASES_BY_FIRST.setdefault(_phrase[0], []).append((_rank, _phrase, _senses))


def find_triggers(sent: Span) -> list[Trigger]:
    """Every trigger word or phrase of ``sent`` whose sense's condition holds, in text order."""
    found: list[Trigger] = []
    used: set[int] = set()
    doc, start = sent.doc, sent.start
    table = TokenTable.of(doc)
    lemmas = [_table_lemma(table, j) for j in range(start, sent.end)]
    # phrases are looked up by their first lemma, then tried in the order of PHRASES, each at every place
    # it occurs in turn, as a scan of every phrase over the sentence tries them
    candidates = sorted(
        (rank, i, phrase, senses)
        for i, lemma in enumerate(lemmas)
        for rank, phrase, senses in _PHRASES_BY_FIRST.get(lemma, ())
        if tuple(lemmas[i : i + len(phrase)]) == phrase
    )
    for _, i, phrase, senses in candidates:
        n = len(phrase)
        if not used.intersection(range(i, i + n)):
            span = [doc[start + j] for j in range(i, i + n)]
            head = min(span, key=lambda t: sum(1 for _ in t.ancestors))
            sense = _choose(head, senses, phrase=True)
            if sense is not None:
                found.append(Trigger(head, tuple(span), sense))
                used.update(range(i, i + n))
    for i, lemma in enumerate(lemmas):
        if i in used:
            continue
        senses = TRIGGERS.get(lemma)
        if senses is None:
            continue
        tok = doc[start + i]
        if not _pos_ok(tok, lemma):
            continue
        if tok.dep_ == "compound" and tok.head.lemma_.lower() not in GENERIC_EVENT_HEADS:
            continue
        if tok.dep_ == "amod" and tok.pos_ in VERB_POS:
            continue  # an attributive participle names a state: "the besieged town"
        if tok.ent_type_ and tok.ent_type_ not in ("EVENT",):
            continue  # "March" the month, "Offensive" in a name
        if tok.tag_ in ("NN", "VBN", "JJ") and tok.lower_.endswith("ed") and children(tok, "det"):
            continue  # "receiving the injured", "the wounded": the people, not what was done to them
        if _connective(tok):
            continue  # "as opposed to decades of U.S. training": a comparison, no act
        if _newsroom(tok) or any(_newsroom(o) for o in children(tok, "dobj")):
            continue  # "did not respond to a VOA request for comment", "have ignored VOA requests for
            # comment": the reporting, not the news
        anchor = (
            tok.head if tok.dep_ == "compound" else tok
        )  # "mediation effort": the effort carries the roles
        sense = _choose(tok, senses)
        if sense is not None:
            found.append(
                Trigger(
                    anchor, tuple(sorted({t.i: t for t in (tok, anchor)}.values(), key=lambda t: t.i)), sense
                )
            )
    found.extend(_obligations(sent, {t.head.i for t in found}))
    return sorted(found, key=lambda t: t.tokens[0].i)


def _connective(tok: Token) -> bool:
    """A participle between "as" and a preposition joins two phrases ("as opposed to", "as compared
    with", "as distinct from")."""
    doc = tok.doc
    return (
        tok.tag_ == "VBN"
        and 0 < tok.i < len(doc) - 1
        and doc[tok.i - 1].lower_ == "as"
        and doc[tok.i + 1].lower_ in ("to", "with", "from")
    )


def _newsroom(tok: Token) -> bool:
    """An event word that names the outlet's own work or a source's terms: a request or an inquiry for
    comment, or one an outlet or its reporter makes ("a similar VOA request for comment", "a VOA inquiry
    about whether ...", "an email requesting comment"), a request not to be named, or a source speaking
    with the outlet or its reporters."""
    if tok.pos_ in VERB_POS and tok.lemma_.lower() in ("request", "seek", "ask"):
        # "did not reply to VOA's email requesting comment": the outlet asking, not the news; "who requested
        # anonymity for fear of reprisal": the source's terms
        return asks_anonymity(tok) or any(
            o.lemma_.lower() in ("comment", "comments") for o in children(tok, "dobj")
        )
    if tok.pos_ in VERB_POS and tok.lemma_.lower() in ("speak", "talk"):
        # "a student, who spoke with VOA on condition of anonymity": a source talking to the press
        return any(
            o.lower_ in OUTLET_WORDS or o.lemma_.lower() in JOURNALIST_NOUNS
            for o in prep_objects(tok, "with", "to")
        )
    if tok.pos_ not in NOUN_POS or tok.lemma_.lower() not in ASKING_NOUNS:
        return False  # not "closed 12 media outlets", "froze the newspaper's assets"
    if any(o.lemma_.lower() in ("comment", "comments") for o in prep_objects(tok, "for")):
        return True
    makers = [c for c in tok.children if c.dep_ in ("compound", "poss", "nmod")]
    return any(m.lower_ in OUTLET_WORDS or m.lemma_.lower() in JOURNALIST_NOUNS for m in makers)


def _obligations(sent: Span, taken: set[int]) -> list[Trigger]:
    """Reported obligations are demands: "Russia said that Sudan must return the helicopter" is a
    REQUEST by the reporter to the subject of "must"."""
    out = []
    table = TokenTable.of(sent.doc)
    heads = sorted(  # the tokens with an auxiliary "must", found without a Token per word and child
        {
            table.head[i]
            for i in range(sent.start, sent.end)
            if table.lower[i] == "must" and table.dep[i] == "aux" and sent.start <= table.head[i] < sent.end
        }
    )
    for i in heads:
        tok = sent.doc[i]
        must = [c for c in tok.children if c.dep_ == "aux" and c.lower_ == "must"]
        reporter = tok.head
        if tok.dep_ == "acl" and reporter.lemma_.lower() in SPEECH_NOUNS and reporter.dep_ == "dobj":
            pass  # "issued a stern reminder to Iraq that it must cooperate"
        elif tok.dep_ != "ccomp" or reporter.lemma_.lower() not in REPORTING_VERBS:
            continue
        if reporter.i in taken:
            continue
        if tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in tok.children):
            continue  # "must have given the orders": what the speaker infers happened, not a demand
        subj, _ = subject(tok)
        if subj is None or not is_agentive(subj) or subj.lower_ in FIRST_PERSON:
            continue  # "I must tell you": the speaker's own obligation is no demand
        out.append(Trigger(reporter, (reporter, must[0]), Sense("REQUEST"), subj))
        taken.add(reporter.i)
    return out
