"""Trigger lexicon for the 16 PLOVER types, written from the PLOVER manual's definitions and the
CAMEO2PLOVER table (the verbs and nouns those definitions use), plus the general English cues of
modality that decide an event's epistemic status.

A trigger word has one or more senses, tried in order; the first whose condition holds wins. Conditions
are small named tests on the dependency tree (see ``triggers.py``):

- ``obj:CLASS``   the direct object (or "with"/"to" object) is a noun of word class CLASS
- ``prep:WORD``   the trigger has a preposition child WORD ("call for", "call on")
- ``prt:WORD``    the trigger has a particle WORD ("step down", "crack down")
- ``xcomp``       the trigger takes an infinitive or clausal complement ("press allies to ...")
- ``mod:CLASS``   a noun trigger has an adjective/compound modifier of class CLASS ("joint", "defense")
- ``agent``       the grammatical subject is an agent (a person, group, state), not an abstraction
- ``-``           no condition
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sense:
    """One reading of a trigger word: the PLOVER type, mode and context it codes when ``cond`` holds."""

    type: str
    mode: str | None = None
    context: str | None = None
    cond: str = "-"


def _s(type_: str, mode: str | None = None, context: str | None = None, cond: str = "-") -> Sense:
    return Sense(type_, mode, context, cond)


# Word classes used by conditions; general English nouns.
WORD_CLASSES: dict[str, frozenset[str]] = {
    "material": frozenset(
        ["weapon", "arm", "missile", "rocket", "drone", "ammunition", "munition", "bomb", "aid", "assistance", "money", "fund", "funding", "loan", "grant", "credit", "food", "medicine", "medication", "supply", "equipment", "fuel", "vaccine", "tank", "jet", "aircraft", "helicopter", "artillery", "shell", "dollar", "euro", "ton", "relief", "shelter", "tent", "blanket", "water", "grain", "wheat", "rice", "ventilator", "system", "interceptor", "rifle", "gun"]
    ),
    "captive": frozenset(
        ["prisoner", "hostage", "detainee", "captive", "pow", "activist", "dissident", "journalist", "sailor", "soldier", "civilian", "national", "citizen", "inmate"]
    ),
    "troops": frozenset(
        ["troop", "force", "soldier", "unit", "army", "battalion", "warship", "ship", "vessel", "tank", "division", "brigade", "personnel", "regiment", "reservist", "militia", "police", "officer", "contingent"]
    ),
    "relations": frozenset(
        ["relation", "tie", "talk", "aid", "assistance", "cooperation", "embassy", "ambassador", "diplomat", "envoy", "negotiation", "membership", "observer", "mission", "consulate", "monitor", "inspector", "peacekeeper", "funding", "support"]
    ),
    "restriction": frozenset(
        ["curfew", "restriction", "ban", "sanction", "embargo", "blockade", "siege", "emergency", "law", "rule", "measure"]
    ),
    "agreement": frozenset(
        ["agreement", "accord", "treaty", "deal", "pact", "memorandum", "protocol", "convention", "ceasefire", "truce", "charter", "resolution", "declaration"]
    ),
    "proposal": frozenset(
        ["proposal", "plan", "offer", "demand", "request", "call", "appeal", "bid", "initiative", "idea", "invitation", "ultimatum", "accusation", "allegation", "charge", "claim", "report", "resolution"]
    ),
    "joint": frozenset(["joint", "bilateral", "multilateral", "trilateral"]),
    "domain": frozenset(
        ["defense", "defence", "military", "security", "economic", "trade", "strategic", "intelligence", "nuclear", "energy", "commercial", "technological"]
    ),
    "demo": frozenset(["demonstration", "protest", "rally", "march"]),
    "labor": frozenset(["general", "hunger", "labor", "labour", "worker", "teacher", "nationwide"]),
    "speech": frozenset(
        ["statement", "report", "figure", "data", "video", "comment", "detail", "information", "photo", "image", "document", "result", "finding", "name", "list", "album", "book", "film"]
    ),
    "cooperation": frozenset(["cooperation", "cooperate", "relation", "tie", "exchange"]),
}

# lemma -> senses. Verbs and nouns share one table; part of speech is checked in triggers.py.
TRIGGERS: dict[str, tuple[Sense, ...]] = {
    # AGREE: agree to, offer, promise, indicate willingness to cooperate; invitations to visit.
    "agree": (_s("AGREE", context="diplomatic"),),
    "promise": (_s("AGREE", context="diplomatic"),),
    "pledge": (_s("AGREE", context="diplomatic"),),
    "offer": (
        _s("AGREE", context="diplomatic", cond="xcomp"),
        _s("AGREE", context="diplomatic", cond="obj:!speech"),
    ),
    "vow": (_s("AGREE", context="diplomatic", cond="xcomp"),),
    "commit": (_s("AGREE", context="diplomatic", cond="xcomp"), _s("AGREE", cond="prep:to")),
    "accept": (_s("AGREE", context="diplomatic", cond="obj:proposal"), _s("AGREE", cond="obj:agreement")),
    "invite": (_s("AGREE", context="diplomatic"),),
    "invitation": (_s("AGREE", context="diplomatic"),),
    "willing": (_s("AGREE", cond="xcomp"),),
    "ready": (_s("AGREE", cond="xcomp"),),
    "agreement": (_s("AGREE", context="diplomatic"),),
    "pact": (_s("AGREE", context="diplomatic"),),
    # CONSULT: meetings, visits, talks, negotiations, mediation, phone calls.
    "meet": (_s("CONSULT", cond="agent"),),
    "meeting": (_s("CONSULT"),),
    "visit": (_s("CONSULT", mode="visit"),),
    "host": (_s("CONSULT", mode="visit", cond="agent"),),
    "talk": (_s("CONSULT", cond="prep:with"),),
    "talks": (_s("CONSULT"),),
    "discuss": (_s("CONSULT", cond="prep:with"),),
    "discussion": (_s("CONSULT"),),
    "negotiate": (_s("CONSULT", context="diplomatic"),),
    "negotiation": (_s("CONSULT", context="diplomatic"),),
    "consult": (_s("CONSULT"),),
    "consultation": (_s("CONSULT"),),
    "confer": (_s("CONSULT"),),
    "summit": (_s("CONSULT", mode="multilateral"),),
    "mediate": (_s("CONSULT", mode="third-party", context="diplomatic"),),
    "mediation": (_s("CONSULT", mode="third-party", context="diplomatic"),),
    "telephone": (_s("CONSULT", mode="phone"),),
    "phone": (_s("CONSULT", mode="phone", cond="agent"),),
    "appearance": (_s("CONSULT", cond="mod:joint"),),
    "conference": (_s("CONSULT", cond="mod:joint"),),
    # SUPPORT: praise, endorse, defend verbally, recognize, sign or ratify an agreement.
    "praise": (_s("SUPPORT", context="diplomatic"),),
    "commend": (_s("SUPPORT", context="diplomatic"),),
    "endorse": (_s("SUPPORT", context="diplomatic"),),
    "welcome": (_s("SUPPORT", context="diplomatic", cond="agent"),),
    "hail": (_s("SUPPORT", context="diplomatic"),),
    "applaud": (_s("SUPPORT", context="diplomatic"),),
    "laud": (_s("SUPPORT", context="diplomatic"),),
    "congratulate": (_s("SUPPORT", context="diplomatic"),),
    "back": (_s("SUPPORT", context="diplomatic", cond="agent"),),
    "support": (_s("SUPPORT", context="diplomatic", cond="agent"),),
    "recognize": (_s("SUPPORT", context="diplomatic", cond="agent"),),
    "recognise": (_s("SUPPORT", context="diplomatic", cond="agent"),),
    "ratify": (_s("SUPPORT", context="diplomatic"),),
    "sign": (_s("SUPPORT", context="diplomatic", cond="obj:agreement"),),
    "forgive": (_s("SUPPORT", context="diplomatic"),),
    "normalize": (_s("SUPPORT", context="diplomatic", cond="obj:relations"),),
    "restore": (_s("SUPPORT", context="diplomatic", cond="obj:relations"),),
    "establish": (_s("SUPPORT", context="diplomatic", cond="obj:relations"),),
    # CONCEDE: verbal concessions, easing restrictions, pardons, apologies, declared ceasefires.
    "concede": (_s("CONCEDE"),),
    "pardon": (_s("CONCEDE", context="legal"),),
    "amnesty": (_s("CONCEDE", context="legal"),),
    "acquit": (_s("CONCEDE", context="legal"),),
    "apologize": (_s("CONCEDE"),),
    "apologise": (_s("CONCEDE"),),
    "apology": (_s("CONCEDE"),),
    "regret": (_s("CONCEDE", cond="agent"),),
    "ease": (_s("CONCEDE", cond="obj:restriction"),),
    "relax": (_s("CONCEDE", cond="obj:restriction"),),
    "lift": (_s("CONCEDE", cond="obj:restriction"),),
    "yield": (_s("CONCEDE", cond="prep:to"),),
    "accede": (_s("CONCEDE"),),
    "relent": (_s("CONCEDE"),),
    "compromise": (_s("CONCEDE", cond="agent"),),
    "declare": (_s("CONCEDE", mode=None, context="military", cond="obj:agreement"),),
    # COOPERATE: mutual material cooperation, joint exercises, intelligence sharing, extradition.
    "cooperate": (_s("COOPERATE"),),
    "cooperation": (_s("COOPERATE", cond="mod:domain"),),
    "collaborate": (_s("COOPERATE"),),
    "extradite": (_s("COOPERATE", context="legal"),),
    "extradition": (_s("COOPERATE", context="legal"),),
    "share": (_s("COOPERATE", context="intelligence", cond="obj:speech"),),
    "exercise": (_s("COOPERATE", context="military", cond="mod:joint"),),
    "drill": (_s("COOPERATE", context="military", cond="mod:joint"),),
    "relationship": (_s("COOPERATE", cond="mod:domain"),),
    "partnership": (_s("COOPERATE"),),
    "alliance": (_s("COOPERATE", cond="mod:domain"),),
    "ties": (_s("COOPERATE", cond="mod:domain"),),
    # AID: material aid, arms transfers, humanitarian relief, asylum, rescues.
    "aid": (_s("AID"),),
    "assistance": (_s("AID"),),
    "donate": (_s("AID"),),
    "donation": (_s("AID"),),
    "provide": (_s("AID", cond="obj:material"),),
    "provision": (_s("AID", cond="obj:material"),),
    "supply": (_s("AID", cond="obj:material"),),
    "deliver": (_s("AID", cond="obj:material"),),
    "delivery": (_s("AID", cond="obj:material"),),
    "transfer": (_s("AID", cond="obj:material"), _s("AID", context="military", cond="mod:material")),
    "send": (_s("AID", cond="obj:material"),),
    "give": (_s("AID", cond="obj:material"),),
    "ship": (_s("AID", cond="obj:material"),),
    "shipment": (_s("AID"),),
    "grant": (_s("AID", context="asylum", cond="obj:asylum"), _s("AID", cond="obj:material")),
    "asylum": (_s("AID", context="asylum"),),
    "fund": (_s("AID", context="economic", cond="agent"),),
    "finance": (_s("AID", context="economic", cond="agent"),),
    "lend": (_s("AID", context="economic"),),
    "rescue": (_s("AID"),),
    "evacuate": (_s("AID"),),
    "airlift": (_s("AID"),),
    # RETREAT: withdrawals, releases, resignations, disarmament, allowing access, observed ceasefires.
    "withdraw": (
        _s("SANCTION", mode="withdraw", cond="obj:relations"),
        _s("RETREAT", mode="withdraw", context="military"),
    ),
    "withdrawal": (_s("RETREAT", mode="withdraw", context="military"),),
    "retreat": (_s("RETREAT", mode="withdraw", context="military"),),
    "pull": (_s("RETREAT", mode="withdraw", context="military", cond="prt:out"),),
    "release": (_s("RETREAT", mode="release", cond="obj:captive"),),
    "free": (_s("RETREAT", mode="release", cond="obj:captive"),),
    "resign": (_s("RETREAT", mode="resign"),),
    "resignation": (_s("RETREAT", mode="resign"),),
    "step": (_s("RETREAT", mode="resign", cond="prt:down"),),
    "disarm": (_s("RETREAT", mode="disarm", context="military"),),
    "surrender": (_s("RETREAT", mode="disarm", context="military"),),
    "demobilize": (_s("RETREAT", mode="disarm", context="military"),),
    "repatriate": (_s("RETREAT", mode="release"),),
    "cede": (_s("RETREAT", mode="withdraw", context="territory"),),
    "allow": (_s("RETREAT", mode="access", cond="obj:relations"),),
    # REQUEST: requests, demands, appeals, orders, calls for.
    "ask": (_s("REQUEST", cond="xcomp"), _s("REQUEST", cond="prep:for")),
    "request": (_s("REQUEST"),),
    "urge": (_s("REQUEST"),),
    "call": (_s("REQUEST", cond="prep:for"), _s("REQUEST", cond="prep:on"), _s("REQUEST", cond="prep:upon")),
    "demand": (_s("REQUEST"),),
    "appeal": (_s("REQUEST"),),
    "plead": (_s("REQUEST"),),
    "press": (_s("REQUEST", cond="xcomp"), _s("REQUEST", cond="prep:for")),
    "push": (_s("REQUEST", cond="prep:for"),),
    "seek": (_s("REQUEST", cond="obj:relations"),),
    "implore": (_s("REQUEST"),),
    "petition": (_s("REQUEST"),),
    "order": (_s("REQUEST", cond="xcomp"),),
    "beg": (_s("REQUEST"),),
    # ACCUSE: disapprove, condemn, criticize, accuse, allege, charge, sue, investigate.
    "accuse": (_s("ACCUSE", mode="allege"),),
    "accusation": (_s("ACCUSE", mode="allege"),),
    "allege": (_s("ACCUSE", mode="allege", cond="obj:any"),),
    "charge": (_s("ACCUSE", mode="allege", context="legal", cond="prep:with"),),
    "indict": (_s("ACCUSE", mode="allege", context="legal"),),
    "indictment": (_s("ACCUSE", mode="allege", context="legal"),),
    "sue": (_s("ACCUSE", mode="allege", context="legal"),),
    "lawsuit": (_s("ACCUSE", mode="allege", context="legal"),),
    "condemn": (_s("ACCUSE", mode="disapprove"),),
    "condemnation": (_s("ACCUSE", mode="disapprove"),),
    "criticize": (_s("ACCUSE", mode="disapprove"),),
    "criticise": (_s("ACCUSE", mode="disapprove"),),
    "criticism": (_s("ACCUSE", mode="disapprove"),),
    "denounce": (_s("ACCUSE", mode="disapprove"),),
    "decry": (_s("ACCUSE", mode="disapprove"),),
    "deplore": (_s("ACCUSE", mode="disapprove"),),
    "blame": (_s("ACCUSE", mode="allege"),),
    "complain": (_s("ACCUSE", mode="disapprove"),),
    "complaint": (_s("ACCUSE", mode="disapprove"),),
    "rebuke": (_s("ACCUSE", mode="disapprove"),),
    "censure": (_s("ACCUSE", mode="disapprove"),),
    "slam": (_s("ACCUSE", mode="disapprove", cond="agent"),),
    "lambaste": (_s("ACCUSE", mode="disapprove"),),
    "chastise": (_s("ACCUSE", mode="disapprove"),),
    "object": (_s("ACCUSE", mode="disapprove", cond="prep:to"),),
    "summon": (_s("ACCUSE", mode="disapprove", context="diplomatic"),),
    "investigate": (_s("ACCUSE", mode="investigate"),),
    "investigation": (_s("ACCUSE", mode="investigate"),),
    "probe": (_s("ACCUSE", mode="investigate"),),
    "inquiry": (_s("ACCUSE", mode="investigate"),),
    # REJECT: rejections and refusals, vetoes, cancelled meetings, defiance.
    "reject": (_s("REJECT"),),
    "rejection": (_s("REJECT"),),
    "refuse": (_s("REJECT"),),
    "refusal": (_s("REJECT"),),
    "decline": (_s("REJECT", cond="obj:proposal"),),
    "rebuff": (_s("REJECT"),),
    "spurn": (_s("REJECT"),),
    "veto": (_s("REJECT", mode="change"),),
    "dismiss": (_s("REJECT", cond="obj:proposal"),),
    "oppose": (_s("REJECT", cond="agent"),),
    "defy": (_s("REJECT", mode="yield"),),
    "turn": (_s("REJECT", cond="prt:down"),),
    "rule": (_s("REJECT", cond="prt:out"),),
    "cancel": (_s("REJECT", mode="meet", cond="obj:any"),),
    # THREATEN: threats, coercive warnings, ultimatums.
    "threaten": (
        _s("THREATEN", cond="xcomp"),
        _s("THREATEN", cond="prep:with"),
        _s("THREATEN", cond="agent"),
    ),
    "threat": (_s("THREATEN", cond="mod:any"),),
    "warn": (_s("THREATEN", cond="xcomp"), _s("THREATEN", cond="prep:against")),
    "ultimatum": (_s("THREATEN"),),
    # PROTEST: demonstrations, rallies, strikes, riots, boycotts, obstruction.
    "protest": (_s("PROTEST", mode="demo"),),
    "demonstrate": (_s("PROTEST", mode="demo", cond="agent"),),
    "demonstration": (_s("PROTEST", mode="demo"),),
    "demonstrator": (_s("PROTEST", mode="demo"),),
    "protester": (_s("PROTEST", mode="demo"),),
    "rally": (_s("PROTEST", mode="demo"),),
    "march": (_s("PROTEST", mode="demo", cond="agent"),),
    "riot": (_s("PROTEST", mode="riot"),),
    "boycott": (_s("PROTEST", mode="boycott"),),
    "picket": (_s("PROTEST", mode="obstruct"),),
    # SANCTION: reductions in relations: sanctions, embargoes, expulsions of diplomats, suspensions.
    "sanction": (_s("SANCTION", mode="discontinue"),),
    "embargo": (_s("SANCTION", mode="discontinue", context="economic"),),
    "sever": (_s("SANCTION", mode="withdraw", context="diplomatic"),),
    "cut": (_s("SANCTION", mode="discontinue", cond="obj:relations"),),
    "suspend": (_s("SANCTION", mode="discontinue", cond="obj:relations"),),
    "halt": (_s("SANCTION", mode="discontinue", cond="obj:relations"),),
    "freeze": (_s("SANCTION", mode="discontinue", context="economic"),),
    "recall": (_s("SANCTION", mode="withdraw", context="diplomatic", cond="obj:relations"),),
    "expel": (
        _s("SANCTION", mode="expel", context="diplomatic", cond="obj:relations"),
        _s("COERCE", "deport"),
    ),
    "expulsion": (_s("SANCTION", mode="expel", context="diplomatic"),),
    "convict": (_s("SANCTION", mode="convict", context="legal"),),
    "fine": (_s("SANCTION", mode="convict", context="legal", cond="agent"),),
    # MOBILIZE: military or police moves short of force.
    "mobilize": (_s("MOBILIZE", mode="troops", context="military"),),
    "mobilise": (_s("MOBILIZE", mode="troops", context="military"),),
    "mobilization": (_s("MOBILIZE", mode="troops", context="military"),),
    "deploy": (_s("MOBILIZE", mode="troops", context="military"),),
    "deployment": (_s("MOBILIZE", mode="troops", context="military"),),
    "mass": (_s("MOBILIZE", mode="troops", context="military", cond="obj:troops"),),
    "reinforce": (_s("MOBILIZE", mode="troops", context="military"),),
    "station": (_s("MOBILIZE", mode="troops", context="military", cond="obj:troops"),),
    "alert": (_s("MOBILIZE", mode="troops", context="military", cond="mod:any"),),
    # COERCE: repression and coercion short of violence: arrests, seizures, bans, curfews, deportations.
    "arrest": (_s("COERCE", mode="arrest"),),
    "detain": (_s("COERCE", mode="arrest"),),
    "detention": (_s("COERCE", mode="arrest"),),
    "jail": (_s("COERCE", mode="arrest"),),
    "imprison": (_s("COERCE", mode="arrest"),),
    "sentence": (_s("COERCE", mode="arrest", context="legal", cond="prep:to"),),
    "seize": (_s("COERCE", mode="seize"),),
    "seizure": (_s("COERCE", mode="seize"),),
    "confiscate": (_s("COERCE", mode="seize"),),
    "occupy": (_s("COERCE", mode="seize", context="military"),),
    "occupation": (_s("COERCE", mode="seize", context="military"),),
    "capture": (_s("COERCE", mode="seize", context="military"),),
    "annex": (_s("COERCE", mode="seize", context="territory"),),
    "deport": (_s("COERCE", mode="deport"),),
    "deportation": (_s("COERCE", mode="deport"),),
    "ban": (_s("COERCE", mode="restrict", cond="agent"),),
    "censor": (_s("COERCE", mode="censor"),),
    "curfew": (_s("COERCE", mode="curfew"),),
    "blockade": (_s("COERCE", mode="restrict", context="military"),),
    "crackdown": (_s("COERCE", mode="restrict"),),
    "crack": (_s("COERCE", mode="restrict", cond="prt:down"),),
    "restrict": (_s("COERCE", mode="restrict", cond="agent"),),
    "hack": (_s("COERCE", mode="cyber", context="cyber"),),
    "impose": (_s("SANCTION", mode="discontinue", cond="obj:restriction"),),
    # ASSAULT: deliberate actions that can cause substantial physical harm.
    "attack": (_s("ASSAULT"),),
    "assault": (_s("ASSAULT"),),
    "strike": (_s("PROTEST", mode="strike", cond="mod:labor"), _s("ASSAULT", context="military")),
    "airstrike": (_s("ASSAULT", mode="aerial", context="military"),),
    "bomb": (_s("ASSAULT", mode="explosives"),),
    "bombing": (_s("ASSAULT", mode="explosives"),),
    "bombard": (_s("ASSAULT", mode="heavy-weapons", context="military"),),
    "shell": (_s("ASSAULT", mode="heavy-weapons", context="military", cond="agent"),),
    "shelling": (_s("ASSAULT", mode="heavy-weapons", context="military"),),
    "kill": (_s("ASSAULT"),),
    "killing": (_s("ASSAULT"),),
    "murder": (_s("ASSAULT", mode="targeted"),),
    "assassinate": (_s("ASSAULT", mode="targeted"),),
    "assassination": (_s("ASSAULT", mode="targeted"),),
    "execute": (
        _s("ASSAULT", mode="targeted", cond="obj:captive"),
        _s("ASSAULT", mode="targeted", cond="agent"),
    ),
    "execution": (_s("ASSAULT", mode="targeted"),),
    "massacre": (_s("ASSAULT", mode="targeted"),),
    "shoot": (_s("ASSAULT", mode="firearms"),),
    "shooting": (_s("ASSAULT", mode="firearms"),),
    "gun": (_s("ASSAULT", mode="firearms", cond="prt:down"),),
    "fire": (
        _s("ASSAULT", mode="firearms", cond="prep:on"),
        _s("ASSAULT", mode="heavy-weapons", cond="obj:material"),
    ),
    "fight": (_s("ASSAULT", context="military", cond="agent"),),
    "fighting": (_s("ASSAULT", context="military"),),
    "clash": (_s("ASSAULT"),),
    "battle": (_s("ASSAULT", context="military"),),
    "invade": (_s("ASSAULT", context="military"),),
    "invasion": (_s("ASSAULT", context="military"),),
    "offensive": (_s("ASSAULT", context="military"),),
    "raid": (_s("ASSAULT", context="military"),),
    "ambush": (_s("ASSAULT"),),
    "wound": (_s("ASSAULT"),),
    "injure": (_s("ASSAULT"),),
    "abduct": (_s("ASSAULT", mode="abduct"),),
    "kidnap": (_s("ASSAULT", mode="abduct"),),
    "abduction": (_s("ASSAULT", mode="abduct"),),
    "kidnapping": (_s("ASSAULT", mode="abduct"),),
    "hijack": (_s("ASSAULT", mode="abduct"),),
    "torture": (_s("ASSAULT", mode="torture"),),
    "rape": (_s("ASSAULT", mode="sexual"),),
    "beat": (_s("ASSAULT", mode="beat", cond="obj:any"),),
    "destroy": (_s("ASSAULT", mode="destroy", cond="agent"),),
    "burn": (_s("ASSAULT", mode="primitive", cond="agent"),),
    "stab": (_s("ASSAULT", mode="primitive"),),
    "hit": (_s("ASSAULT", cond="agent"),),
    "repel": (_s("ASSAULT", context="military"),),
}

# Multi-word triggers: (lemmas in order) -> senses. Matched on consecutive tokens.
PHRASES: dict[tuple[str, ...], tuple[Sense, ...]] = {
    ("hunger", "strike"): (_s("PROTEST", mode="hunger"),),
    ("air", "strike"): (_s("ASSAULT", mode="aerial", context="military"),),
    ("air", "raid"): (_s("ASSAULT", mode="aerial", context="military"),),
    ("suicide", "bombing"): (_s("ASSAULT", mode="suicide-attack"),),
    ("car", "bomb"): (_s("ASSAULT", mode="explosives"),),
    ("martial", "law"): (_s("COERCE", mode="martial-law"),),
    ("state", "of", "emergency"): (_s("COERCE", mode="martial-law"),),
    ("open", "fire"): (_s("ASSAULT", mode="firearms"),),
    ("tear", "gas"): (_s("ASSAULT", mode="crowd-control"),),
    ("peace", "talks"): (_s("CONSULT", context="diplomatic"),),
    ("take", "to", "the", "street"): (_s("PROTEST", mode="demo"),),
}

# Verbs and adjectives whose complement is the content of a verbal act: an event nested under them is
# that act's content and is not coded separately (the manual codes "threatened to attack" as THREATEN).
CONTENT_TYPES = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE", "CONCEDE", "SUPPORT"})

# Cooperative types that in the future tense are coded AGREE; RETREAT in the future is CONCEDE.
FUTURE_AS_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})

# Verbs that make their complement an intention or plan (future status).
INTENTION_VERBS = frozenset(
    ["plan", "intend", "prepare", "aim", "hope", "want", "try", "attempt", "seek", "expect", "mean", "decide", "resolve", "propose", "schedule"]
)
# Nouns and adjectives that mark a nominal event as planned.
FUTURE_MODIFIERS = frozenset(["planned", "upcoming", "future", "proposed", "next", "possible", "potential", "prospective"])
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "'d"})
CONDITIONAL_MARKERS = frozenset({"if", "unless", "whether", "lest"})
NEGATIVE_DETERMINERS = frozenset({"no", "neither"})

# Reporting and cognition verbs: an event in their complement is attributed to their subject when the
# attribution stage did not record the attribution itself.
REPORTING_VERBS = frozenset(
    ["say", "tell", "report", "claim", "believe", "think", "assert", "allege", "state", "announce", "suspect", "add", "note", "insist", "argue", "confirm", "deny", "disclose", "reveal", "acknowledge", "admit", "inform", "indicate", "warn", "suggest", "contend", "maintain", "estimate", "fear", "worry", "assume", "conclude"]
)
DENIAL_VERBS = frozenset({"deny", "dismiss", "refute", "reject"})

# Light verbs: with an event noun as object, the verb's subject is the event's actor.
LIGHT_VERBS = frozenset(
    ["launch", "carry", "conduct", "stage", "hold", "make", "impose", "mount", "begin", "start", "continue", "step", "lead", "order", "wage", "undertake", "perform", "commit", "issue", "file", "lodge", "open", "deliver", "pay"]
)

# Common nouns that can act (used when the actors stage cannot code a subject).
AGENT_NOUNS = frozenset(
    ["government", "official", "minister", "president", "leader", "army", "military", "police", "troop", "force", "soldier", "rebel", "militant", "insurgent", "fighter", "protester", "demonstrator", "group", "party", "ministry", "spokesman", "spokeswoman", "spokesperson", "authority", "administration", "regime", "court", "judge", "parliament", "lawmaker", "legislator", "senator", "diplomat", "ambassador", "envoy", "delegation", "country", "nation", "state", "people", "worker", "student", "activist", "union", "coalition", "alliance", "council", "committee", "commission", "agency", "organization", "organisation", "company", "firm", "navy", "guard", "militia", "gunman", "attacker", "assailant", "chief", "commander", "general", "officer", "prosecutor", "cabinet", "premier", "king", "queen", "prince", "sheikh", "cleric", "bishop", "archbishop", "member", "member", "delegate", "mission", "representative", "negotiator", "mediator", "observer", "inspector", "peacekeeper", "candidate", "opposition", "neighbor", "neighbour", "ally", "partner", "side", "faction", "movement", "newspaper", "media", "agency", "pope"]
)

# ASSAULT modes from the weapon or method the trigger's modifiers and objects name (manual's table).
ASSAULT_MODE_WORDS: dict[str, str] = {
    **dict.fromkeys(["aerial", "air", "airstrike", "aircraft", "warplane", "jet", "helicopter", "gunship"], "aerial"),
    **dict.fromkeys(["drone", "uav"], "drone"),
    **dict.fromkeys(["missile", "rocket", "artillery", "tank", "mortar", "shell", "howitzer"], "heavy-weapons"),
    **dict.fromkeys(["bomb", "explosive", "mine", "ied", "grenade"], "explosives"),
    **dict.fromkeys(["gun", "rifle", "gunfire", "bullet", "gunman", "sniper"], "firearms"),
    **dict.fromkeys(["knife", "machete", "stone", "rock", "arson", "axe"], "primitive"),
    **dict.fromkeys(["chemical", "nuclear", "biological"], "unconventional"),
}
