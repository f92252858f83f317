"""Trigger lexicon for the 16 PLOVER types, written from the PLOVER manual's definitions and the
CAMEO2PLOVER table (the verbs and nouns those definitions use), plus the general English cues of
modality that decide an event's epistemic status.

A trigger word has one or more senses, tried in order; the first whose condition holds wins. Conditions
are small named tests on the dependency tree (see ``triggers.py``):

- ``obj:CLASS``   the direct object (or "with"/"to" object) is a noun of word class CLASS
- ``notobj:CLASS`` no object is a noun of CLASS ("visit the nearest health care facility" is no visit)
- ``from:CLASS``  a "from"/"of" object is a noun of CLASS or an organisation ("withdrew from ECOWAS")
- ``prep:WORD``   the trigger has a preposition child WORD ("call for", "call on")
- ``prt:WORD``    the trigger has a particle WORD ("step down", "crack down")
- ``xcomp``       the trigger takes an infinitive or clausal complement ("press allies to ...")
- ``mod:CLASS``   a noun trigger has an adjective/compound modifier of class CLASS ("joint", "defense")
- ``speaker``     a verb's subject, if it has one, is someone, not "public interest demands that ..."
- ``agent``       the grammatical subject is an agent (a person, group, state), not an abstraction
- ``others_act``  an agent's object is another's act ("regrets the decision of Kenya": deplores it)
- ``by:CLASS``    what does it (the noun a participle hangs on, or the subject) is of class CLASS, to someone
- ``marching``    an agent acts without an object ("thousands demonstrated"; not "to demonstrate its naval strength")
- ``crowd``       the subject is a crowd (plural common noun, "thousands"): a street protest, not a statement
- ``verb``        the trigger is a verb
- ``labor``       the sentence is about work: workers, unions, wages ("a strike by teachers over pay")
- ``subj:CLASS``  the subject is a noun of word class CLASS ("a bomb exploded")
- ``noprt``       the verb has no particle ("backed the plan", not "backed off")
- ``commitment``  "agree" with something agreed on or to (not "62 percent agreed", an opinion)
- ``objagent``    the direct object is an agent ("received the delegation")
- ``protesters``  the subject is protesters or demonstrators ("protesters gathered")
- ``police``      the actor is police or security forces ("police raided the office")
- ``light``       a noun trigger is the object of a verb of expression ("voiced concern")
- ``ccomp_future`` a clausal complement in the future tense ("warned that police will no longer ...")
- ``-``           no condition
"""

from __future__ import annotations

from dataclasses import dataclass

from dossier.nlp.words import FORCE_TARGETS, THWARTING_VERBS


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
        [
            "weapon",
            "firearm",
            "arm",
            "missile",
            "rocket",
            "drone",
            "bullet",
            "shrapnel",
            "projectile",
            "grenade",
            "ammunition",
            "munition",
            "bomb",
            "aid",
            "assistance",
            "money",
            "fund",
            "funding",
            "loan",
            "grant",
            "credit",
            "food",
            "medicine",
            "medication",
            "supply",
            "equipment",
            "fuel",
            "vaccine",
            "tank",
            "jet",
            "aircraft",
            "helicopter",
            "artillery",
            "shell",
            "dollar",
            "euro",
            "ton",
            "relief",
            "shelter",
            "tent",
            "blanket",
            "water",
            "grain",
            "wheat",
            "rice",
            "ventilator",
            "system",
            "interceptor",
            "rifle",
            "gun",
        ]
    ),
    # Places one visits for a service, not to meet anyone: "visit the nearest health care facility".
    "service": frozenset(
        ["facility", "hospital", "clinic", "doctor", "pharmacy", "website", "site", "page", "museum", "shop"]
    ),
    "combatant": frozenset(
        [
            "rebel",
            "militant",
            "fighter",
            "insurgent",
            "combatant",
            "soldier",
            "troop",
            "guerrilla",
            "gunman",
            "jihadist",
            "terrorist",
            "separatist",
            "militiaman",
            "commander",
            "mercenary",
        ]
    ),  # fmt: skip
    # bands that authorities break up: "broke up a terrorist cell", "dismantled a smuggling network"
    "cell": frozenset(["cell", "network", "ring", "gang", "cartel"]),
    # what two sides exchange in a firefight: "exchanged gunfire with guards", "traded fire"
    "gunfire": frozenset(["gunfire", "fire", "shot", "shots", "bullet", "volley", "blow", "blows"]),
    "captive": frozenset(
        [
            "prisoner",
            "hostage",
            "detainee",
            "captive",
            "pow",
            "activist",
            "dissident",
            "journalist",
            "sailor",
            "soldier",
            "civilian",
            "national",
            "citizen",
            "inmate",
        ]
    ),
    "troops": frozenset(
        [
            "troop",
            "force",
            "soldier",
            "unit",
            "army",
            "battalion",
            "warship",
            "ship",
            "vessel",
            "tank",
            "division",
            "brigade",
            "personnel",
            "regiment",
            "reservist",
            "militia",
            "police",
            "officer",
            "contingent",
            "conscript",
            "recruit",
            "volunteer",
        ]
    ),
    # publications and channels of information: closing or blocking them is COERCE 'censor'
    "media": frozenset(
        [
            "outlet",
            "newspaper",
            "publication",
            "website",
            "channel",
            "broadcaster",
            "radio",
            "magazine",
            "internet",
        ]
    ),
    # Bodies and pacts one can be a member or party of: leaving one is SANCTION "withdraw".
    # money paid out ("release $2bn", "released the first tranche")
    "funds": frozenset(
        ["fund", "funding", "money", "loan", "tranche", "grant", "aid", "assistance", "payment"]
    ),
    # what is argued, which evidence backs or supports (no one is backed)
    "assertion": frozenset(
        ["claim", "assertion", "argument", "allegation", "accusation", "theory", "contention", "narrative"]
    ),
    "membership": frozenset(
        [
            "organization",
            "organisation",
            "bloc",
            "alliance",
            "union",
            "treaty",
            "pact",
            "agreement",
            "accord",
            "deal",
            "convention",
            "coalition",
            "community",
            "court",
            "council",
            "talks",
            "negotiations",
            "process",
            "federation",
            "league",
            "party",
            "partnership",
            "commonwealth",
        ]
    ),  # fmt: skip
    "relations": frozenset(
        [
            "relation",
            "relationship",
            "tie",
            "talk",
            "aid",
            "assistance",
            "cooperation",
            "embassy",
            "ambassador",
            "diplomat",
            "envoy",
            "negotiation",
            "membership",
            "observer",
            "mission",
            "consulate",
            "monitor",
            "inspector",
            "peacekeeper",
            "peacekeeping",
            "funding",
            "support",
            "link",
            "contact",
            "mediation",
            "program",
            "programme",
            "worker",
        ]
    ),
    # goods sent between countries: banning, halting or suspending them is the manual's SANCTION
    # 'discontinue' ("The U.S. has banned the supply of advanced chips", "Cameroon banned the import of
    # chicks ... from Europe"), not a restriction of freedoms (but a ban on "the sale and consumption of dog
    # meat" or on "the trade" in a city is a rule at home, no one's relations cut)
    # what a warning of them threatens ("warned Washington of severe consequences"), not a danger
    # foreseen ("warned of a humanitarian crisis")
    "reprisal": frozenset(
        [
            "consequence",
            "retaliation",
            "reprisal",
            "repercussion",
            "retribution",
            "punishment",
            "countermeasure",
        ]
    ),
    # the bonds between countries or people themselves (what "strengthen" or "deepen" makes closer)
    "ties": frozenset(["tie", "relation", "relationship", "friendship", "bond", "alliance"]),
    "honour": frozenset(["honor", "honour", "award", "medal", "prize", "decoration", "citizenship", "title"]),
    # what one brings on oneself ("is to invite problems", "invited criticism"), no one invited
    "trouble": frozenset(
        ["problem", "trouble", "criticism", "ridicule", "scrutiny", "disaster", "risk", "danger", "backlash"]
        + ["comparison", "question", "speculation", "retaliation", "attack", "condemnation", "controversy"]
    ),
    # states of things an act or a trend puts at risk ("threatening the territorial integrity of the
    # country", "threatens regional stability"): endangering them is no threat made to anyone
    "endangered": frozenset(
        ["integrity", "security", "stability", "peace", "sovereignty", "existence", "future", "livelihood"]
        + ["safety", "democracy", "unity", "independence", "health", "economy", "environment", "survival"]
        + ["order", "progress", "freedom", "balance", "status", "well-being", "wellbeing", "prosperity"]
    ),
    # those whose gathering is a meeting of states or bodies
    "officials": frozenset(
        ["diplomat", "minister", "leader", "envoy", "official", "delegate", "delegation", "representative"]
        + ["negotiator", "counterpart", "ambassador", "president", "premier", "chancellor"]
    ),
    # those who hold power, whom a coup or an uprising removes ("overthrew the government", "ousted the
    # president"), not a statue or a record that is toppled
    "ruler": frozenset(
        ["government", "regime", "president", "leader", "ruler", "dictator", "king", "queen", "monarch"]
        + ["minister", "premier", "chancellor", "junta", "administration", "emir", "sultan", "shah"]
        + ["strongman", "autocrat", "cabinet", "governor", "mayor", "monarchy", "dynasty"]
    ),
    "commerce": frozenset(
        ["export", "import", "exportation", "importation", "supply", "shipment", "delivery"]
    ),
    # legal and economic measures: what they "target" is sanctioned, not attacked
    "instrument": frozenset(
        [
            "legislation",
            "bill",
            "law",
            "sanction",
            "measure",
            "tariff",
            "resolution",
            "order",
            "decree",
            "ban",
        ]
    ),
    # economic measures a state raises or extends against another ("doubling the 25% tariff", "boosting
    # the steel and aluminum tariffs", "extended sanctions"): a narrower class than restrictions, which a
    # government may also raise at home ("increased security measures")
    "sanction_measure": frozenset(["sanction", "embargo", "tariff", "duty", "levy"]),
    "restriction": frozenset(
        [
            "curfew",
            "restriction",
            "ban",
            "sanction",
            "embargo",
            "tariff",  # the manual's SANCTION 'discontinue': curtailing commercial exchanges
            "duty",
            "levy",
            "blockade",
            "siege",
            "emergency",
            "law",
            "rule",
            "measure",
            "freeze",  # "lift the freeze on intelligence and weapons", "imposed a freeze on aid"
        ]
    ),
    "agreement": frozenset(
        [
            "agreement",
            "accord",
            "treaty",
            "deal",
            "pact",
            "memorandum",
            "protocol",
            "convention",
            "ceasefire",
            "truce",
            "charter",
            "resolution",
            "declaration",
        ]
    ),
    # what a call between leaders goes over ("spoke by phone", "talked via videoconference")
    "call_line": frozenset(
        ["phone", "telephone", "videoconference", "video", "videolink", "link", "hotline"]
    ),
    # what parties reach or strike together ("reached a deal", "struck an accord"), where the noun is no
    # trigger of its own ("reached an agreement" is told by "agreement", as "the agreement" after it is)
    "settled": frozenset(
        ["accord", "treaty", "deal", "settlement", "consensus", "understanding", "bargain", "memorandum"]
    ),
    "proposal": frozenset(
        [
            "proposal",
            "plan",
            "offer",
            "demand",
            "request",
            "call",
            "appeal",
            "bid",
            "initiative",
            "idea",
            "invitation",
            "ultimatum",
            "accusation",
            "allegation",
            "charge",
            "claim",
            "report",
            "resolution",
            "program",
            "programme",
            "policy",
            "budget",
            "bill",
            "package",
            "measure",
            "reform",
        ]
    ),
    "sexual": frozenset(["sexually", "sexual", "gender-based", "sexual-based"]),
    "military": frozenset(["military", "naval", "army", "air", "missile", "nuclear", "live-fire"]),
    "joint": frozenset(["joint", "bilateral", "multilateral", "trilateral"]),
    "domain": frozenset(
        [
            "defense",
            "defence",
            "military",
            "security",
            "economic",
            "trade",
            "strategic",
            "intelligence",
            "nuclear",
            "energy",
            "commercial",
            "technological",
        ]
    ),
    "curfew": frozenset(["curfew"]),
    "utility": frozenset(
        [
            "internet",
            "power",
            "electricity",
            "water",
            "communication",
            "phone",
            "telephone",
            "radio",
            "supply",
            "service",
            "access",
        ]
    ),
    "envoy": frozenset(["delegation", "envoy", "emissary", "minister", "representative", "negotiator"]),
    "projectile": frozenset(
        ["rock", "stone", "bottle", "grenade", "molotov", "brick", "firebomb", "petrol", "bomb"]
    ),
    "work": frozenset(["work", "tools", "production"]),
    "emergency": frozenset(["emergency", "martial"]),
    "lifted": frozenset(
        [
            "curfew",
            "emergency",
            "blockade",
            "siege",
            "sanction",
            "embargo",
            "law",
            "closure",
            "cordon",
            "lockdown",
        ]
    ),
    "demand": frozenset(["demand", "request", "condition", "call", "appeal", "term"]),
    "help": frozenset(
        ["refuge", "asylum", "help", "aid", "support", "assistance", "protection", "mediation", "shelter"]
    ),
    "passage": frozenset(
        [
            "road",
            "street",
            "highway",
            "bridge",
            "access",
            "entrance",
            "traffic",
            "transport",
            "railway",
            "route",
            "border",
            "crossing",
        ]
    ),
    "violence": frozenset(["ceasefire", "truce", "armistice"]),
    # hostile acts a side can suspend, halt or call off: its attacks, strikes, protests (not "operations"
    # or a "campaign", which a company or a candidate suspends too)
    "hostilities": frozenset(
        ["attack", "offensive", "airstrike", "strike", "bombing", "shelling", "fighting", "hostility"]
        + ["hostilities", "raid", "assault", "violence", "protest", "demonstration", "rally", "march"]
        + ["boycott", "sit-in", "insurgency", "incursion"]
    ),
    "demo": frozenset(["demonstration", "protest", "rally", "march"]),
    "labor": frozenset(["general", "hunger", "labor", "labour", "worker", "teacher", "nationwide"]),
    "speech": frozenset(
        [
            "statement",
            "report",
            "figure",
            "data",
            "video",
            "comment",
            "detail",
            "information",
            "photo",
            "image",
            "document",
            "result",
            "finding",
            "name",
            "list",
            "album",
            "book",
            "film",
            "evidence",
            "intelligence",
        ]
        # what one offers, shares or exchanges in words: "to offer an impartial assessment of facts" is
        # no offer of agreement
        + ["assessment", "analysis", "view", "opinion", "explanation", "account", "insight", "advice"]
        + ["recommendation", "perspective", "testimony", "proof", "condolence", "prayer", "thought"]
        + ["apology", "answer", "clarification", "update", "briefing", "estimate", "prediction", "guidance"]
    ),
    "cooperation": frozenset(["cooperation", "cooperate", "relation", "tie", "exchange"]),
}

# lemma -> senses. Verbs and nouns share one table; part of speech is checked in triggers.py.
TRIGGERS: dict[str, tuple[Sense, ...]] = {
    # AGREE: agree to, offer, promise, indicate willingness to cooperate; invitations to visit.
    "agree": (
        _s("AGREE", context="diplomatic", cond="xcomp"),
        _s("AGREE", context="diplomatic", cond="commitment"),
    ),
    "promise": (_s("AGREE", context="diplomatic"),),
    "pledge": (_s("AGREE", context="diplomatic"),),
    "offer": (
        _s("AGREE", context="diplomatic", cond="xcomp"),
        _s("AGREE", context="diplomatic", cond="obj:!speech"),
    ),
    "vow": (_s("AGREE", context="diplomatic", cond="xcomp"),),
    "commit": (_s("AGREE", context="diplomatic", cond="xcomp"), _s("AGREE", cond="prep:to")),
    "accept": (
        _s("CONCEDE", cond="obj:demand"),
        _s("AGREE", context="diplomatic", cond="obj:proposal"),
        _s("AGREE", cond="obj:agreement"),
    ),
    "invite": (_s("AGREE", context="diplomatic", cond="notobj:trouble"),),  # not "to invite problems"
    "invitation": (_s("AGREE", context="diplomatic"),),
    "willing": (_s("AGREE", cond="xcomp"),),
    "ready": (_s("AGREE", cond="xcomp"),),
    "agreement": (_s("AGREE", context="diplomatic"),),
    "pact": (_s("AGREE", context="diplomatic"),),
    # "reached a landmark deal", "struck a deal", "sealed an accord": the agreement made
    "reach": (_s("AGREE", context="diplomatic", cond="obj:settled"),),
    "clinch": (_s("AGREE", context="diplomatic", cond="obj:settled"),),
    "seal": (_s("AGREE", context="diplomatic", cond="obj:settled"),),
    # CONSULT: meetings, visits, talks, negotiations, mediation, phone calls.
    "meet": (_s("CONSULT", cond="meets"),),
    "meeting": (_s("CONSULT"),),
    "visit": (_s("CONSULT", mode="visit", cond="notobj:service"),),
    "host": (_s("CONSULT", mode="visit", cond="agent"),),
    "talk": (_s("CONSULT", cond="prep:with"), _s("CONSULT", mode="phone", cond="line:call_line")),
    "talks": (_s("CONSULT"),),
    "discuss": (_s("CONSULT", cond="prep:with"), _s("CONSULT", cond="collective")),
    "speak": (_s("CONSULT", cond="prep:with"), _s("CONSULT", mode="phone", cond="line:call_line")),
    "discussion": (_s("CONSULT"),),
    "negotiate": (_s("CONSULT", context="diplomatic"),),
    "negotiation": (_s("CONSULT", context="diplomatic"),),
    "consult": (_s("CONSULT"),),
    "consultation": (_s("CONSULT"),),
    # "conferred the country's highest civilian honor on Modi": an honour given is praise; "conferred with
    # his advisers": consultation
    "confer": (_s("SUPPORT", context="diplomatic", cond="obj:honour"), _s("CONSULT", cond="notobj:honour")),
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
    "hail": (_s("SUPPORT", context="diplomatic", cond="noprep:from"),),
    "applaud": (_s("SUPPORT", context="diplomatic"),),
    "laud": (_s("SUPPORT", context="diplomatic"),),
    # "credited Britain and France for playing a constructive role": praise (not "a line of credit")
    "credit": (_s("SUPPORT", context="diplomatic", cond="verb&objagent"),),
    "congratulate": (_s("SUPPORT", context="diplomatic"),),
    "back": (
        _s("CONCEDE", cond="prt:off"),
        _s("CONCEDE", cond="prt:down"),
        # "soldiers backed by African Union troops": armed forces fighting beside them, military aid
        _s("AID", context="military", cond="armed"),
        # (not "cites historic records to back its claims": substantiating, no one backed)
        _s("SUPPORT", context="diplomatic", cond="noprt&notobj:assertion"),
    ),
    "support": (_s("SUPPORT", context="diplomatic", cond="agent&notobj:assertion"),),
    # "will continue to stand with the people", "we stand behind Ukraine": taking someone's side
    "stand": (_s("SUPPORT", context="diplomatic", cond="alongside"),),
    "recognize": (_s("SUPPORT", context="diplomatic", cond="recognition"),),
    "recognise": (_s("SUPPORT", context="diplomatic", cond="recognition"),),
    "ratify": (_s("SUPPORT", context="diplomatic"),),
    "sign": (_s("SUPPORT", context="diplomatic", cond="obj:agreement"),),
    "defend": (_s("SUPPORT", context="diplomatic", cond="prep:against"),),
    "upgrade": (_s("SUPPORT", context="diplomatic", cond="obj:relations"),),
    "elevate": (_s("SUPPORT", context="diplomatic", cond="obj:relations"),),  # "elevated ties to ..."
    # ties made closer ("strengthen bilateral ties", "deepen their relationship"), not troops or defenses
    "deepen": (_s("SUPPORT", context="diplomatic", cond="plainobj:ties"),),
    "cement": (_s("SUPPORT", context="diplomatic", cond="plainobj:ties"),),
    "improve": (_s("SUPPORT", context="diplomatic", cond="obj:relations"),),
    "resume": (_s("SUPPORT", context="diplomatic", cond="obj:relations"),),
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
    "regret": (_s("ACCUSE", mode="disapprove", cond="others_act"), _s("CONCEDE", cond="agent")),
    "ease": (_s("RETREAT", cond="obj:lifted"), _s("CONCEDE", cond="obj:restriction")),
    "relax": (_s("RETREAT", cond="obj:lifted"), _s("CONCEDE", cond="obj:restriction")),
    "lift": (_s("RETREAT", cond="obj:lifted"), _s("CONCEDE", cond="obj:restriction")),
    "shorten": (_s("CONCEDE", cond="obj:restriction"),),
    "loosen": (_s("CONCEDE", cond="obj:restriction"),),
    "end": (_s("RETREAT", cond="obj:lifted"),),
    "yield": (_s("CONCEDE", cond="prep:to"),),
    "accede": (_s("CONCEDE"),),
    "relent": (_s("CONCEDE"),),
    "compromise": (_s("CONCEDE", cond="yields"),),  # not "the technology could be compromised by radar"
    "declare": (_s("CONCEDE", mode=None, context="military", cond="obj:agreement"),),
    # COOPERATE: mutual material cooperation, joint exercises, intelligence sharing, extradition.
    "cooperate": (_s("COOPERATE"),),
    "cooperation": (
        _s("COOPERATE", cond="mod:domain"),
        _s("COOPERATE", cond="owned"),
        _s("COOPERATE", cond="pursued"),
    ),
    "collaborate": (_s("COOPERATE"),),
    "extradite": (_s("COOPERATE", context="legal"),),
    "extradition": (_s("COOPERATE", context="legal"),),
    "share": (_s("COOPERATE", context="intelligence", cond="sharing"),),
    "exercise": (
        _s("COOPERATE", context="military", cond="mod:joint"),
        _s("MOBILIZE", context="military", cond="mod:military"),
    ),
    "drill": (
        _s("COOPERATE", context="military", cond="mod:joint"),
        _s("MOBILIZE", context="military", cond="mod:military"),
    ),
    "maneuver": (_s("COOPERATE", context="military", cond="mod:joint"), _s("MOBILIZE", context="military")),
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
    "send": (
        _s("COERCE", mode="deport", cond="back&obj:captive"),
        _s("CONSULT", mode="visit", cond="obj:envoy"),
        _s("MOBILIZE", mode="troops", context="military", cond="obj:troops"),
        _s("AID", cond="obj:material"),
    ),
    "give": (_s("AID", cond="obj:material"),),
    "ship": (_s("AID", cond="obj:material"),),
    "shipment": (_s("AID", cond="obj:material"),),
    "grant": (_s("AID", context="asylum", cond="obj:asylum"), _s("AID", cond="obj:material")),
    "asylum": (_s("AID", context="asylum"),),
    "fund": (_s("AID", context="economic", cond="agent"),),
    "finance": (_s("AID", context="economic", cond="agent"),),
    "lend": (_s("AID", context="economic"),),
    # people handed over or sent back to another's custody are deported ("Thailand abruptly turned 40 of
    # them over to China", "sent 109, most of them men, back to China")
    "hand": (_s("COERCE", mode="deport", cond="prt:over&obj:captive"), _s("AID", cond="obj:material")),
    "contribute": (_s("AID", cond="obj:material"),),
    "torch": (_s("ASSAULT", mode="primitive", cond="obj:physical"),),
    "throw": (_s("ASSAULT", mode="primitive", cond="obj:projectile"),),
    "hurl": (_s("ASSAULT", mode="primitive", cond="obj:projectile"),),
    "explode": (_s("ASSAULT", mode="explosives", cond="subj:material"),),
    "detonate": (_s("ASSAULT", mode="explosives"),),
    "explosion": (_s("ASSAULT", mode="explosives"),),
    "blast": (_s("ASSAULT", mode="explosives"),),
    "compensation": (_s("AID", context="reparations"),),
    "reparation": (_s("AID", context="reparations"),),
    "reparations": (_s("AID", context="reparations"),),
    "stop": (
        _s("PROTEST", mode="strike", cond="obj:work"),
        _s("SANCTION", mode="discontinue", cond="obj:relations"),
        _s("SANCTION", mode="discontinue", cond="obj:commerce"),
    ),
    "shun": (_s("PROTEST", mode="strike", cond="obj:work"),),
    "rescue": (_s("AID"),),
    "evacuate": (_s("AID"),),
    "airlift": (_s("AID"),),
    # RETREAT: withdrawals, releases, resignations, disarmament, allowing access, observed ceasefires.
    "withdraw": (
        _s("SANCTION", mode="withdraw", cond="obj:relations"),
        _s("SANCTION", mode="withdraw", cond="from:membership"),  # "withdrew from ECOWAS" (the manual)
        _s("RETREAT", mode="withdraw", context="military"),
    ),
    "withdrawal": (_s("RETREAT", mode="withdraw", context="military"),),
    "retreat": (_s("RETREAT", mode="withdraw", context="military"),),
    "pull": (
        _s("SANCTION", mode="withdraw", cond="from:membership"),  # "pulled out of the JCPOA"
        _s("RETREAT", mode="withdraw", context="military", cond="prt:out"),
    ),
    "release": (
        _s("RETREAT", mode="release", cond="obj:captive"),
        # "has agreed to release $2bn to help Honduras": money paid out
        _s("AID", context="economic", cond="obj:funds"),
    ),
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
    "call": (
        # "called the strike off" (and the phrase "call off" below); not "that [deal] was called off"
        _s("CONCEDE", cond="prt:off&obj:hostilities"),
        _s("REQUEST", cond="prep:for"),
        _s("REQUEST", cond="prep:on"),
        _s("REQUEST", cond="prep:upon"),
    ),
    "demand": (_s("REQUEST", cond="speaker"),),
    "appeal": (_s("REQUEST"),),
    "plead": (_s("REQUEST", cond="notacomp:plea"),),  # not "pleaded not guilty": a plea in court
    "press": (_s("REQUEST", cond="xcomp"), _s("REQUEST", cond="prep:for")),
    "pressure": (_s("REQUEST", cond="xcomp"),),  # "pressuring Canada to further curb the flow of drugs"
    "push": (_s("REQUEST", cond="prep:for"),),
    "seek": (_s("REQUEST", cond="obj:relations"), _s("REQUEST", cond="obj:help")),
    "implore": (_s("REQUEST"),),
    "petition": (_s("REQUEST"),),
    "order": (
        _s("REQUEST", cond="xcomp"),
        # "ordered additional police forces into Sao Paulo state": sending them
        _s("MOBILIZE", mode="troops", context="military", cond="dispatch"),
    ),
    "beg": (_s("REQUEST"),),
    # ACCUSE: disapprove, condemn, criticize, accuse, allege, charge, sue, investigate.
    "accuse": (_s("ACCUSE", mode="allege"),),
    "accusation": (_s("ACCUSE", mode="allege"),),
    "allegation": (_s("ACCUSE", mode="allege"),),
    "allege": (_s("ACCUSE", mode="allege", cond="obj:any"), _s("ACCUSE", mode="allege", cond="charges")),
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
    "renege": (_s("REJECT"),),
    "violate": (
        _s("ASSAULT", context="military", cond="obj:violence"),
        _s("REJECT", mode="yield", cond="obj:any"),
    ),
    "reject": (_s("REJECT"),),
    "rebut": (_s("REJECT"),),  # "Rebutting the claim, Balkhi said ..."
    "refute": (_s("REJECT"),),
    "repudiate": (_s("REJECT"),),
    "rejection": (_s("REJECT"),),
    # "refused to comment", "refused to say how many died": a non-response (an attribution's decline), no
    # rejection
    "refuse": (_s("REJECT", cond="notxcomp:telling"),),
    # "signaling its reluctance to fully endorse the U.S. proposal": not endorsing it
    "reluctance": (_s("REJECT", cond="to_clause"),),
    "reluctant": (_s("REJECT", cond="to_clause"),),
    "unwilling": (_s("REJECT", cond="to_clause"),),
    "unwillingness": (_s("REJECT", cond="to_clause"),),
    "refusal": (_s("REJECT"),),
    # "declined to participate in the EU's burden-sharing plan", "declined to join the pact" (not
    # "declined to comment", "declined to confirm the report": a refusal to speak, which attribution reads)
    "decline": (
        _s("REJECT", cond="obj:proposal&notxcomp:telling"),
        _s("REJECT", cond="xcomp&notxcomp:telling"),
    ),
    "rebuff": (_s("REJECT"),),
    "spurn": (_s("REJECT"),),
    "veto": (_s("REJECT", mode="change"),),
    "dismiss": (_s("REJECT", cond="obj:proposal"),),
    "oppose": (_s("REJECT", cond="agent"),),
    "defy": (_s("REJECT", mode="yield"),),
    "turn": (_s("REJECT", cond="prt:down"), _s("COERCE", mode="deport", cond="prt:over&obj:captive")),
    "rule": (_s("REJECT", cond="prt:out"),),
    # the manual's REJECT: "Cancellation of meetings" (and of a visit, talks or an agreement with someone);
    # not of a subscription, a show, flights or sporting events
    "cancel": (_s("REJECT", mode="meet", cond="obj:engagement"), _s("REJECT", cond="obj:agreement")),
    # THREATEN: threats, coercive warnings, ultimatums.
    "threaten": (
        _s("THREATEN", cond="xcomp"),
        _s("THREATEN", cond="prep:with"),
        _s("THREATEN", cond="agent&nothead:endangered"),
        _s("THREATEN", cond="subj:statements"),  # "The statement threatened sanctions": its issuer's threat
    ),
    "threat": (_s("THREATEN", cond="mod:any"), _s("THREATEN", cond="inf")),
    "warn": (
        _s("THREATEN", cond="xcomp"),
        _s("THREATEN", cond="prep:against"),
        _s("THREATEN", cond="ccomp_future"),
        _s("THREATEN", cond="of:reprisal"),
    ),
    "ultimatum": (_s("THREATEN"),),
    # PROTEST: demonstrations, rallies, strikes, riots, boycotts, obstruction.
    "protest": (
        _s("PROTEST", mode="demo", cond="crowd"),
        _s("PROTEST", mode="demo", cond="occurring"),
        _s("ACCUSE", mode="disapprove", cond="verb"),
    ),
    "demonstrate": (_s("PROTEST", mode="demo", cond="marching"),),
    "demonstration": (_s("PROTEST", mode="demo", cond="marching"),),
    "demonstrator": (_s("PROTEST", mode="demo"),),
    "protester": (_s("PROTEST", mode="demo"),),
    "rally": (_s("PROTEST", mode="demo"),),
    "march": (_s("PROTEST", mode="demo", cond="agent"),),
    "riot": (_s("PROTEST", mode="riot"),),
    "boycott": (_s("PROTEST", mode="boycott"),),
    "walkout": (_s("PROTEST", mode="strike"),),  # "teachers staged a walkout"
    "stoppage": (_s("PROTEST", mode="strike", cond="mod:work"),),  # "a nationwide work stoppage"
    "picket": (_s("PROTEST", mode="obstruct"),),
    "block": (_s("PROTEST", mode="obstruct", cond="obj:passage"),),
    # SANCTION: reductions in relations: sanctions, embargoes, expulsions of diplomats, suspensions.
    "sanction": (_s("SANCTION", mode="discontinue"),),
    # restricting people at large is the manual's COERCE 'restrict' ("restrictions on political freedoms or
    # movement"); cutting another state's ties or officials, SANCTION
    "bar": (
        _s("COERCE", mode="restrict", cond="prep:from&on_people"),
        _s("SANCTION", mode="discontinue", cond="prep:from"),
    ),
    # "had prohibited him from entering the country": as "barred him from"
    **{
        verb: (
            _s("COERCE", mode="restrict", cond="prep:from&on_people"),
            _s("SANCTION", mode="discontinue", cond="prep:from"),
        )
        for verb in ("prohibit", "forbid")
    },
    "embargo": (_s("SANCTION", mode="discontinue", context="economic"),),
    "sever": (_s("SANCTION", mode="withdraw", context="diplomatic"),),
    "cut": (
        _s("COERCE", mode="withhold", cond="obj:utility"),
        _s("SANCTION", mode="discontinue", cond="obj:relations"),
        _s("SANCTION", mode="discontinue", cond="obj:commerce"),
    ),
    # suspending one's own attacks or protests is a concession (the manual's CONCEDE: "suspending protests",
    # declared ceasefires), not an attack: "rebels have suspended attacks against government forces"
    "cease": (
        _s("CONCEDE", cond="obj:hostilities"),
        _s("SANCTION", mode="discontinue", cond="obj:relations"),
    ),
    "suspension": (_s("CONCEDE", cond="obj:hostilities"), _s("SANCTION", mode="discontinue")),
    "suspend": (
        _s("CONCEDE", cond="obj:hostilities"),
        _s("SANCTION", mode="discontinue", cond="obj:relations"),
        _s("SANCTION", mode="discontinue", cond="obj:commerce"),
    ),
    "halt": (
        _s("CONCEDE", cond="obj:hostilities"),
        _s("SANCTION", mode="discontinue", cond="obj:relations"),
        _s("SANCTION", mode="discontinue", cond="obj:commerce"),
    ),
    "pause": (_s("CONCEDE", cond="obj:hostilities"),),
    # a ceasefire declared, a concession made: "announced an immediate ceasefire", "made concessions to
    # China" (not "the U.S. proposal of a ceasefire", "agreed to a ceasefire": talk of one)
    "ceasefire": (_s("CONCEDE", cond="declared"),),
    "truce": (_s("CONCEDE", cond="declared"),),
    "concession": (_s("CONCEDE", cond="declared"),),
    "freeze": (_s("SANCTION", mode="discontinue", context="economic"),),
    "recall": (_s("SANCTION", mode="withdraw", context="diplomatic", cond="obj:relations"),),
    "expel": (
        _s("SANCTION", mode="expel", context="diplomatic", cond="obj:relations"),
        # "was expelled from the Zanu PF party": from a group, organisation or party, not a country
        _s("SANCTION", mode="expel", cond="from:membership"),
        _s("COERCE", "deport"),
    ),
    "expulsion": (_s("SANCTION", mode="expel", context="diplomatic"),),
    "convict": (_s("SANCTION", mode="convict", context="legal"),),
    "fine": (_s("SANCTION", mode="convict", context="legal", cond="agent"),),
    # MOBILIZE: military or police moves short of force.
    "mobilize": (_s("MOBILIZE", mode="troops", context="military"),),
    "mobilise": (_s("MOBILIZE", mode="troops", context="military"),),
    "mobilization": (_s("MOBILIZE", mode="troops", context="military"),),
    "deploy": (
        _s("MOBILIZE", mode="troops", context="military", cond="obj:troops"),
        _s("MOBILIZE", mode="weapons", context="military", cond="obj:material"),
    ),
    "deployment": (_s("MOBILIZE", mode="troops", context="military"),),
    "mass": (_s("MOBILIZE", mode="troops", context="military", cond="obj:troops"),),
    "strengthen": (
        _s("MOBILIZE", mode="troops", context="military", cond="obj:troops"),
        _s("SUPPORT", context="diplomatic", cond="plainobj:ties"),
    ),
    "bolster": (
        _s("MOBILIZE", mode="troops", context="military", cond="obj:troops"),
        _s("SUPPORT", context="diplomatic", cond="plainobj:ties"),
    ),
    "reinforce": (_s("MOBILIZE", mode="troops", context="military"),),
    "station": (_s("MOBILIZE", mode="troops", context="military", cond="obj:troops"),),
    "alert": (_s("MOBILIZE", mode="troops", context="military", cond="mod:any"),),
    # COERCE: repression and coercion short of violence: arrests, seizures, bans, curfews, deportations.
    "arrest": (_s("COERCE", mode="arrest"),),
    "rearrest": (_s("COERCE", mode="arrest"),),  # "He was rearrested in July 2019"
    "dismantle": (_s("COERCE", mode="arrest", cond="obj:cell"),),
    "detain": (_s("COERCE", mode="arrest"),),
    "detention": (_s("COERCE", mode="arrest"),),
    "jail": (_s("COERCE", mode="arrest"),),
    "imprison": (_s("COERCE", mode="arrest"),),
    "sentence": (_s("COERCE", mode="arrest", context="legal", cond="prep:to"),),
    "seize": (_s("COERCE", mode="seize", cond="noprt:on"),),  # not "remarks likely to be seized on"
    "seizure": (_s("COERCE", mode="seize"),),
    "confiscate": (_s("COERCE", mode="seize"),),
    "occupy": (_s("COERCE", mode="seize", context="military"),),
    "occupation": (_s("COERCE", mode="seize", context="military"),),
    # "Combatants captured during conflict should be coded as ASSAULT 'abduct' rather than COERCE
    # 'arrest'" (the manual)
    "capture": (
        _s("ASSAULT", mode="abduct", context="military", cond="obj:combatant"),
        _s("COERCE", mode="seize", context="military"),
    ),
    "annex": (_s("COERCE", mode="seize", context="territory"),),
    # removing a ruler by force or pressure (the whole-article gold codes "seized power, ousting ...
    # President Francois Bozize" COERCE, as PLOVER has no coup category)
    "oust": (_s("COERCE", cond="obj:ruler&done"),),
    "overthrow": (_s("COERCE", cond="obj:ruler&done"),),
    "topple": (_s("COERCE", cond="obj:ruler&done"),),
    "depose": (_s("COERCE", cond="obj:ruler&done"),),
    "deport": (_s("COERCE", mode="deport"),),
    "deportation": (_s("COERCE", mode="deport"),),
    "ban": (
        _s("SANCTION", mode="discontinue", context="economic", cond="obj:commerce"),
        # a verb with an object bans a thing, whatever it is ("the Taliban had banned her book", "banned
        # protests"), beyond the physical a literal act of force takes
        _s("COERCE", mode="restrict", cond="obj:any&acts_on&agent"),
        _s("COERCE", mode="restrict", cond="agent"),
    ),
    "prevent": (_s("COERCE", mode="restrict", cond="obj:demo"),),
    "disperse": (_s("COERCE", mode="restrict", cond="agent"),),
    "censor": (_s("COERCE", mode="censor"),),
    "curfew": (_s("COERCE", mode="curfew"),),
    "blockade": (_s("COERCE", mode="restrict", context="military"),),
    "crackdown": (_s("COERCE", mode="restrict"),),
    "designate": (_s("COERCE", mode="restrict", context="terrorism", cond="listing"),),
    "blacklist": (_s("COERCE", mode="restrict", context="terrorism", cond="listing"),),
    "crack": (_s("COERCE", mode="restrict", cond="prt:down"),),
    "restrict": (_s("COERCE", mode="restrict", cond="agent"),),
    "hack": (_s("COERCE", mode="cyber", context="cyber"),),
    "impose": (
        _s("COERCE", mode="curfew", cond="obj:curfew"),
        _s("COERCE", mode="martial-law", cond="obj:emergency"),
        _s("COERCE", mode="restrict", cond="obj:restriction&on_people"),
        _s("SANCTION", mode="discontinue", cond="obj:restriction"),
    ),
    "levy": (_s("SANCTION", mode="discontinue", cond="obj:restriction"),),  # "levied 25% tariffs on steel"
    # raising a measure against someone is a sanction as imposing it is
    **{
        verb: (_s("SANCTION", mode="discontinue", cond="dobj:sanction_measure"),)
        for verb in ("double", "triple", "boost", "raise", "increase", "hike", "extend", "tighten", "add")
    },
    # ASSAULT: deliberate actions that can cause substantial physical harm.
    "attack": (
        _s("ACCUSE", mode="disapprove", cond="blamed_for"),
        # the manual's COERCE 'cyber': "a cyber attack on government computers", "a DDoS attack"
        _s("COERCE", mode="cyber", context="cyber", cond="mod:cyber_means"),
        _s("ASSAULT"),
    ),
    "cyberattack": (_s("COERCE", mode="cyber", context="cyber"),),
    "assault": (_s("ASSAULT"),),
    "operation": (
        _s("ASSAULT", context="military", cond="mod:armed_operation"),
        _s("ASSAULT", context="military", cond="against:combatants"),  # "an operation to flush out ..."
    ),
    "strike": (
        _s("AGREE", context="diplomatic", cond="obj:settled"),  # "struck a deal"
        _s("PROTEST", mode="strike", cond="mod:labor"),
        _s("PROTEST", mode="strike", cond="labor"),
        _s("ASSAULT", context="military"),
    ),
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
        _s("ASSAULT", mode="firearms", cond="under"),  # "came under intense fire"
    ),
    "fight": (_s("ASSAULT", context="military", cond="agent"),),
    "fighting": (_s("ASSAULT", context="military"),),
    "clash": (_s("ASSAULT"),),
    "scuffle": (_s("ASSAULT", mode="primitive"),),  # "Protesters and security forces scuffled Tuesday"
    "brawl": (_s("ASSAULT", mode="primitive"),),
    "battle": (_s("ASSAULT", context="military"),),
    "shootout": (_s("ASSAULT", mode="firearms"),),
    "firefight": (_s("ASSAULT", mode="firearms"),),
    "gunfight": (_s("ASSAULT", mode="firearms"),),
    "gunbattle": (_s("ASSAULT", mode="firearms"),),
    "skirmish": (_s("ASSAULT", context="military"),),
    "invade": (_s("ASSAULT", context="military"),),
    "invasion": (_s("ASSAULT", context="military"),),
    "offensive": (_s("ASSAULT", context="military"),),
    "raid": (_s("COERCE", mode="seize", cond="police"), _s("ASSAULT", context="military")),
    "ambush": (_s("ASSAULT"),),
    "wound": (_s("ASSAULT"),),
    "injure": (_s("ASSAULT"),),
    "abduct": (_s("ASSAULT", mode="abduct"),),
    "kidnap": (_s("ASSAULT", mode="abduct"),),
    "abduction": (_s("ASSAULT", mode="abduct"),),
    "kidnapping": (_s("ASSAULT", mode="abduct"),),
    "hijack": (_s("ASSAULT", mode="abduct"),),
    "hijacking": (_s("ASSAULT", mode="abduct"),),
    "take": (_s("ASSAULT", mode="abduct", cond="hostage"),),
    "hold": (_s("ASSAULT", mode="abduct", cond="hostage"),),
    "torture": (_s("ASSAULT", mode="torture"),),
    "abuse": (
        _s("ASSAULT", mode="sexual", cond="mod:sexual"),
        _s("ASSAULT", mode="beat", cond="obj:captive"),
    ),
    "rape": (_s("ASSAULT", mode="sexual"),),
    "violence": (_s("ASSAULT", mode="sexual", cond="mod:sexual"),),
    "beat": (_s("ASSAULT", mode="beat", cond="obj:any"),),
    "destroy": (_s("ASSAULT", mode="destroy", cond="obj:physical"),),
    "burn": (_s("ASSAULT", mode="primitive", cond="obj:physical"),),
    "stab": (_s("ASSAULT", mode="primitive"),),
    "hit": (
        _s("COERCE", mode="cyber", context="cyber", cond="with:cyber_means"),  # "hit by a cyberattack"
        _s("SANCTION", mode="discontinue", cond="with:restriction"),
        _s("ASSAULT", cond="agent"),
        _s("ASSAULT", cond="subj:material"),  # "a missile hit a hospital"
    ),
    "repel": (_s("ASSAULT", context="military"),),
    "retaliate": (_s("SANCTION", mode="discontinue", cond="means:restriction"), _s("ASSAULT")),
    "retaliation": (_s("ASSAULT"),),
    # Further verbs and nouns of the CAMEO categories the CAMEO2PLOVER table maps to each type.
    "guarantee": (_s("AGREE", context="diplomatic", cond="obj:any&agent"),),
    "prepared": (_s("AGREE", cond="xcomp"),),
    "receive": (_s("CONSULT", mode="visit", cond="objagent"),),
    "convene": (_s("CONSULT"),),
    "approve": (
        _s("SUPPORT", context="diplomatic", cond="obj:proposal"),
        _s("SUPPORT", cond="obj:agreement"),
    ),
    "thank": (_s("SUPPORT", context="diplomatic"),),
    "drop": (_s("CONCEDE", cond="obj:demand"), _s("CONCEDE", context="legal", cond="obj:proposal")),
    "patrol": (_s("COOPERATE", context="military", cond="mod:joint"),),
    "open": (_s("RETREAT", mode="access", cond="obj:passage"),),
    "reopen": (_s("RETREAT", mode="access", cond="obj:passage"),),
    "return": (_s("RETREAT", mode="release", cond="obj:captive"),),
    "exchange": (
        _s("ASSAULT", mode="firearms", cond="obj:gunfire"),  # "A group of armed prisoners exchanged gunfire
        _s("RETREAT", mode="release", cond="obj:captive"),  # with guards": a firefight, both ways
        _s("COOPERATE", cond="obj:speech"),
    ),
    "trade": (_s("ASSAULT", mode="firearms", cond="obj:gunfire"),),  # "the two sides traded fire"
    "lay": (_s("RETREAT", mode="disarm", context="military", cond="obj:material"),),
    "put": (_s("RETREAT", mode="disarm", context="military", cond="prt:down&obj:material"),),
    "concern": (_s("ACCUSE", mode="disapprove", cond="light"),),
    # disapproval voiced as a feeling: "expressed frustration with Jeremy's decision", "voiced his
    # disapproval of the ruling", "expressed indignation at the news coverage"
    **{
        feeling: (_s("ACCUSE", mode="disapprove", cond="light"),)
        for feeling in ["anger", "frustration", "outrage", "dismay", "displeasure", "disappointment"]
        + ["indignation", "disapproval", "disgust"]
    },
    # "denied the request": a demand turned down (not "denied the allegations", a denial of a claim)
    "deny": (
        _s("REJECT", cond="obj:relations"),
        _s("REJECT", cond="obj:passage"),
        _s("REJECT", cond="obj:demand"),
    ),
    "snub": (_s("REJECT"),),
    "ignore": (_s("REJECT", cond="obj:demand"),),
    "gather": (
        _s("PROTEST", mode="demo", cond="protesters"),
        _s(
            "CONSULT", cond="subj:officials&intrans"
        ),  # "Top diplomats from the Group of Seven ... gathered Thursday"
    ),
    "converge": (_s("PROTEST", mode="demo", cond="protesters"),),
    "downgrade": (_s("SANCTION", mode="withdraw", context="diplomatic", cond="obj:relations"),),
    "close": (
        _s("SANCTION", mode="withdraw", context="diplomatic", cond="obj:relations"),
        _s("COERCE", mode="censor", cond="obj:media"),
    ),
    "break": (_s("SANCTION", mode="withdraw", context="diplomatic", cond="obj:relations"),),
    "round": (_s("COERCE", mode="arrest", cond="prt:up"),),
    "evict": (_s("COERCE", mode="restrict"),),
    "shut": (_s("COERCE", mode="restrict", cond="prt:down"),),
    "besiege": (_s("ASSAULT", context="military"),),  # armed force held against a place: a hotel, a city
    "siege": (_s("ASSAULT", context="military", cond="mod:any"),),
    "hostage-taking": (_s("ASSAULT", mode="abduct"),),
    "behead": (_s("ASSAULT", mode="targeted"),),
    "lynch": (_s("ASSAULT", mode="targeted"),),
    "blow": (
        _s("ASSAULT", mode="suicide-attack", cond="reflexive"),  # "four of them blew themselves up"
        _s("ASSAULT", mode="explosives", cond="prt:up"),
    ),
    # killing told by its euphemisms, of fighters or named people only ("several rebels were neutralized",
    # "eliminating key members of the group", "eliminated IS deputy caliph Abdallah ..."; not "neutralize
    # the threat", "eliminate chemical weapons", "eliminating individuals of interest" from an inquiry)
    "neutralize": (_s("ASSAULT", cond="obj:combatants"),),
    "neutralise": (_s("ASSAULT", cond="obj:combatants"),),
    "eliminate": (_s("ASSAULT", cond="obj:combatants"),),
    "target": (_s("SANCTION", cond="by:instrument"), _s("ASSAULT", cond="agent")),
    "storm": (_s("ASSAULT", cond="agent"),),
    "overrun": (_s("ASSAULT", context="military"),),
    "demolish": (_s("ASSAULT", mode="destroy", cond="obj:physical"),),
}

# Multi-word triggers: (lemmas in order) -> senses. Matched on consecutive tokens.
PHRASES: dict[tuple[str, ...], tuple[Sense, ...]] = {
    ("set", "fire"): (_s("ASSAULT", mode="primitive"),),
    ("set", "on", "fire"): (_s("ASSAULT", mode="primitive"),),  # "was set on fire by demonstrators"
    ("set", "ablaze"): (_s("ASSAULT", mode="primitive"),),
    ("lay", "siege"): (_s("ASSAULT", context="military"),),
    ("war", "game"): (_s("MOBILIZE", context="military"),),
    ("war", "games"): (_s("MOBILIZE", context="military"),),
    ("go", "on", "strike"): (_s("PROTEST", mode="strike"),),
    ("walk", "out"): (_s("PROTEST", mode="strike"),),
    ("walk", "off", "the", "job"): (_s("PROTEST", mode="strike"),),
    ("sit", "-", "in"): (_s("PROTEST", mode="obstruct"),),
    ("pull", "back"): (_s("RETREAT", mode="withdraw", context="military"),),
    ("back", "down"): (_s("CONCEDE"),),
    ("speak", "out"): (_s("ACCUSE", mode="disapprove", cond="prep:against"),),  # "spoken out against it"
    ("call", "off"): (_s("CONCEDE", cond="obj:hostilities"),),  # "called off the protest"
    ("cease", "-", "fire"): (_s("CONCEDE", cond="declared"),),
    ("call", "up"): (_s("MOBILIZE", mode="troops", context="military", cond="obj:troops"),),  # reservists
    ("give", "in"): (_s("CONCEDE"),),
    ("break", "up"): (_s("COERCE", mode="arrest", cond="obj:cell"),),  # "broke up a terrorist cell"
    # "give up its nuclear weapons program": disarming (not "give" weapons, aid); "gave up the demand"
    ("give", "up"): (
        _s("RETREAT", mode="disarm", context="military", cond="obj:material"),
        _s("CONCEDE", cond="obj:demand"),
    ),
    ("take", "the", "street"): (_s("PROTEST", mode="demo"),),
    ("go", "off"): (_s("ASSAULT", mode="explosives", cond="subj:material"),),
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

# What trade measures fall on: goods, not parties. A tariff "on all wines ... coming out of France" is on
# France; "on Canadian exports", on Canada.
TRADED_GOODS = frozenset(
    {"export", "import", "good", "product", "commodity", "merchandise", "wine", "champagne", "spirit"}
    | {"whiskey", "whisky", "liquor", "beer", "steel", "aluminum", "aluminium", "automobile", "soybean"}
    | {"grain", "wheat", "lumber", "timber", "semiconductor", "chip", "textile", "fertilizer"}
)
TRADE_DUTIES = frozenset({"tariff", "duty", "levy"})  # "tariffs on steel exports to the U.S.": where they go
# Things that can be physically attacked, seized or besieged besides people and named places: the things
# only force can attack (shared with attribution), and more.
PHYSICAL_TARGETS = FORCE_TARGETS | frozenset(
    [
        "capital",
        "house",
        "home",
        "site",
        "office",
        "helicopter",
        "temple",
        "border",
        "area",
        "region",
        "territory",
        "district",
        "neighborhood",
        "neighbourhood",
        "headquarters",
        "road",
        "plant",
        "refinery",
        "depot",
        "warehouse",
        "jail",
        "property",
        "land",
        "field",
        "farm",
        "crop",
        "residence",
        "palace",
        "ministry",
        "parliament",
        "vessel",
        "railway",
        "track",
        "restaurant",
        "motorcade",
        "ambulance",
        "ferry",
        "stadium",
        "university",
        "clinic",
        "shop",
    ]
)
# ... and armed forces and their units: "destroying Ivory Coast's tiny air force", "destroyed two battalions"
WORD_CLASSES["physical"] = PHYSICAL_TARGETS | WORD_CLASSES["material"] | WORD_CLASSES["troops"]
# What makes an "operation" armed: "a military operation", "the clearance operation", "airstrikes and a
# ground operation" (a rescue or relief operation is not one).
WORD_CLASSES["armed_operation"] = frozenset(
    ["military", "army", "clearance", "counterterrorism", "counter-terrorism", "counterinsurgency", "ground"]
    + ["security", "combat", "offensive", "anti-terror", "anti-terrorism", "air", "naval", "commando"]
)
# Fighters and the named: whom "neutralized" or "eliminated" kills.
WORD_CLASSES["combatants"] = frozenset(
    ["militant", "rebel", "fighter", "terrorist", "insurgent", "jihadist", "gunman", "attacker", "bomber"]
    + ["sniper", "commander", "member", "leader", "extremist", "separatist", "caliph", "kingpin"]
)
# What makes an attack or a blow a cyber one: "a cyber attack", "hit by a major cyberattack".
WORD_CLASSES["cyber_means"] = frozenset(
    ["cyber", "cyberattack", "hacking", "hacker", "hack", "malware", "ransomware", "ddos", "computer"]
    + ["phishing", "spyware", "online", "network", "internet"]
)
# A plea in court ("pleaded not guilty", "pleaded guilty to attempted murder"): no request.
WORD_CLASSES["plea"] = frozenset({"guilty", "innocent"})
# What a government or a group says things by: "The statement threatened sanctions".
WORD_CLASSES["statements"] = frozenset(
    {"statement", "communique", "communiqué", "declaration", "resolution", "letter", "message", "decree"}
)
# Meetings between parties, whose cancellation the manual codes REJECT ("canceled a scheduled interview with
# Katie Couric", "cancel the Rules Committee meeting", "canceled a planned trip to speak on Trump's behalf").
WORD_CLASSES["engagement"] = frozenset(
    ["meeting", "talk", "summit", "visit", "trip", "tour", "interview", "call", "conference", "session"]
    + ["negotiation", "consultation", "dialogue", "appearance", "engagement", "hearing", "audience"]
)
# Verbs of telling: refusing them withholds an answer ("refused to comment", "refused to say").
WORD_CLASSES["telling"] = frozenset(
    ["comment", "say", "confirm", "disclose", "respond", "answer", "elaborate", "specify", "reveal"]
    + ["identify", "name", "explain", "divulge"]
)
# Physical types: their verbs need a physical object, not "attacked loopholes" or "capture the greatness".
PHYSICAL_TYPES = frozenset({"ASSAULT", "COERCE"})

# Nouns of speech whose "that" clause can carry a demand ("a reminder to Iraq that it must ...").
SPEECH_NOUNS = frozenset(
    [
        "statement",
        "declaration",
        "reminder",
        "message",
        "letter",
        "warning",
        "resolution",
        "note",
        "communique",
    ]
)

# Verbs that put a ceasefire or a concession into effect by saying so: "announced a ceasefire", "made
# concessions".
DECLARING_VERBS = frozenset(["announce", "declare", "call", "order", "proclaim", "make", "offer", "grant"])
# Verbs of expression that make a noun such as "concern" an act ("voiced concern over ...").
EXPRESSION_VERBS = frozenset(
    ["express", "voice", "reiterate", "raise", "register", "lodge", "affirm", "reaffirm", "signal"]
)
# Promises whose content is a use of force are threats ("vowed to retaliate").
PROMISE_WORDS = frozenset(["vow", "promise", "pledge", "commit", "swear"])
THREAT_CONTENT = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})

# Verbs and adjectives whose complement is the content of a verbal act: an event nested under them is
# that act's content and is not coded separately (the manual codes "threatened to attack" as THREATEN).
CONTENT_TYPES = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE", "CONCEDE", "SUPPORT"})

# Cooperative types that in the future tense are coded AGREE; RETREAT in the future is CONCEDE.
FUTURE_AS_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})

# Verbs that make their complement an intention or plan (future status).
# Verbs that make an act possible, not done: "the law allows the government to seize ...".
PERMISSION_VERBS = frozenset({"allow", "permit", "enable", "authorize", "authorise", "empower", "let"})
# Verbs that keep an act from happening ("prevent humanitarian actors to negotiate", "stopped them from
# leaving"): the act they govern is negated.
PREVENTING_VERBS = frozenset({"prevent", "stop", "block", "forbid", "prohibit", "keep", "bar", "deter"})
# Verbs whose object event is another's act turned back ("the army repelled the attack"): whoever does the
# verb did not do the act; and those that kept it from happening at all ("foiled a plot to attack").
COUNTERING_VERBS = frozenset({"repel", "repulse", "resist", "withstand", "counter"}) | THWARTING_VERBS
# Verbs that press someone to act ("pressure the U.S. to grant relief", "urged Russia to accept"): the act is
# asked for, not done.
URGING_VERBS = frozenset(
    {
        "urge",
        "press",
        "pressure",
        "push",
        "encourage",
        "ask",
        "call",
        "persuade",
        "lobby",
        "implore",
        "invite",
    }
)
# Nouns whose infinitive is proposed or tried, not done ("a proposal for the Council to lift sanctions").
PROPOSAL_NOUNS = frozenset(
    {"proposal", "plan", "effort", "attempt", "bid", "call", "demand", "request", "offer", "push", "drive"}
    | {"negotiation", "talk", "talks", "initiative", "mission", "campaign", "pressure", "appeal"}
)
AWAITING_VERBS = frozenset({"await", "expect", "anticipate", "face", "risk"})  # whose object event is to come
# Verbs whose subject undergoes the act their object names, done or to come ("migrants face deportation",
# "as they await deportation", "survived an assassination attempt"): whom it is done to, not who does it.
SUFFERING_VERBS = frozenset(
    {"await", "face", "risk", "fear", "escape", "evade", "survive", "undergo", "suffer"}
)
# Verbs whose object event is weighed or planned, not done: "is considering sanctions", "proposed talks".
WEIGHING_VERBS = frozenset({"consider", "weigh", "mull", "contemplate", "plan", "propose"})
INTENTION_VERBS = frozenset(
    [
        "plan",
        "intend",
        "prepare",
        "aim",
        "hope",
        "want",
        "expect",
        "mean",
        "decide",
        "resolve",
        "propose",
        "schedule",
        "due",  # "is due to meet"
        "suppose",  # "were supposed to sign a minerals deal": planned (and called off)
        "set",  # "is set to host"
        "slate",
        "poise",
        "consider",  # "is considering suspending relations": weighed, not done
        "weigh",
        "mull",
        "contemplate",
    ]
)
# Nouns and adjectives that mark a nominal event as planned.
FUTURE_MODIFIERS = frozenset(
    ["planned", "upcoming", "future", "proposed", "next", "possible", "potential", "prospective"]
)
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "'d"})
POSSIBILITY_AUX = frozenset({"can", "ca"})  # "you can be killed": what may happen, never a promise
# "The government must release the prisoners": what someone should do is asked for, not done
OBLIGATION_AUX = frozenset({"must", "ought"})
CONDITIONAL_MARKERS = frozenset({"if", "unless", "whether", "lest"})
NEGATIVE_DETERMINERS = frozenset({"no", "neither"})

# Reporting and cognition verbs: an event in their complement is attributed to their subject when the
# attribution stage did not record the attribution itself.
# A claim of responsibility: "claimed responsibility for the attack", "took credit for attacking a convoy".
# The act it names is the claimant's, on the claimant's word (PLOVER codes the claim as the act itself).
CLAIM_VERBS = frozenset({"claim", "accept", "take", "admit", "assume", "acknowledge"})
RESPONSIBILITY_NOUNS = frozenset({"responsibility", "credit"})
REPORTING_VERBS = frozenset(
    [
        "say",
        "tell",
        "report",
        "claim",
        "believe",
        "think",
        "assert",
        "allege",
        "state",
        "announce",
        "suspect",
        "add",
        "note",
        "insist",
        "argue",
        "confirm",
        "deny",
        "disclose",
        "reveal",
        "acknowledge",
        "admit",
        "inform",
        "indicate",
        "warn",
        "suggest",
        "contend",
        "maintain",
        "estimate",
        "fear",
        "worry",
        "assume",
        "conclude",
    ]
)
DENIAL_VERBS = frozenset({"deny", "dismiss", "refute", "reject"})
# Verbs that hold a view of what they take as object ("sees the ban as part of a crackdown", "described
# the attack as cowardly"): their subject judges the event, it did not do it.
VIEWING_VERBS = frozenset(
    {
        "see",
        "view",
        "regard",
        "describe",
        "deem",
        "label",
        "characterize",
        "portray",
        "brand",
    }
)

# Verbs whose subject gets what the noun after them names ("Sudan has received humanitarian assistance
# from the UAE"): the subject is its recipient, whoever it came from its actor (not "secure": "to secure
# the release of the girls").
RECEIVING_VERBS = frozenset({"receive", "get", "obtain", "accept"})
# Verbs by which a thing or a person draws an act from someone ("has drawn criticism from rights groups",
# "faced opposition from the unions"): whom it comes from did it.
DRAWING_VERBS = RECEIVING_VERBS | frozenset(
    {"draw", "attract", "face", "earn", "win", "spark", "provoke", "prompt", "trigger", "elicit"}
)
# Light verbs: with an event noun as object, the verb's subject is the event's actor.
LIGHT_VERBS = (
    frozenset(
        [
            "announce",
            "declare",
            "decree",
            "unveil",
            "launch",
            "carry",
            "conduct",
            "stage",
            "hold",
            "make",
            "impose",
            "mount",
            "begin",
            "start",
            "continue",
            "step",
            "lead",
            "order",
            "wage",
            "undertake",
            "perform",
            "commit",
            "issue",
            "file",
            "lodge",
            "open",
            "deliver",
            "pay",
        ]
    )
    | EXPRESSION_VERBS
)  # "expressed support for Ukraine", "reaffirmed their support": the subject voices it

# Forces of nature and disease: what they do to people and places is no political act ("Tropical Cyclone
# Jude slammed into parts of southern Africa", "houses were destroyed by floods").
NATURAL_FORCES = frozenset(
    [
        "cyclone",
        "hurricane",
        "typhoon",
        "storm",
        "tornado",
        "flood",
        "flooding",
        "floodwater",
        "rain",
        "rainfall",
        "downpour",
        "earthquake",
        "quake",
        "tremor",
        "tsunami",
        "landslide",
        "mudslide",
        "avalanche",
        "drought",
        "wildfire",
        "blaze",
        "heatwave",
        "eruption",
        "volcano",
        "lightning",
        "wind",
        "snowstorm",
        "blizzard",
        "disease",
        "virus",
        "outbreak",
        "epidemic",
        "pandemic",
    ]
)
# Accidents and the things that fall on people in them ("collapsing buildings injured 15 people", "a crash
# killed three"): no one's act either.
ACCIDENTS = frozenset(
    ["accident", "crash", "collapse", "derailment", "stampede", "building", "roof", "wall", "debris", "tree"]
)
# Words that name a storm ("Cyclone Chido"): the name alone later ("was struck by Chido") is the storm.
STORM_WORDS = frozenset({"cyclone", "hurricane", "typhoon", "storm"})
# Prepositions that place an act in time by another ("after the fall of the government", "during the
# siege"): what they introduce is when, never who.
TIME_PREPOSITIONS = frozenset({"after", "before", "during", "since", "following", "amid"})
# Prepositions by which one reacts to an act ("responded to the attack", "protested against it", "worried
# about it", "wept over the crackdown"): whoever does so is not its doer.
REACTION_PREPOSITIONS = frozenset({"to", "against", "about", "over"})
# Prepositions that set a clause aside ("cooperating despite backing rival sides"): never to whom.
CONCESSIVE_PREPOSITIONS = frozenset({"despite", "notwithstanding"})
# Words for being exposed to acts ("people are subject to attacks", "women are victims of rape"): said in
# the present, they tell of a standing condition, not an occasion.
EXPOSURE_WORDS = frozenset({"subject", "vulnerable", "exposed", "prone", "victim"})
# Nouns that count out a run of acts as one ("a series of airstrikes", "a wave of arrests"): the run stands
# in the clause for the acts.
SERIES_NOUNS = frozenset(
    ["series", "wave", "spate", "string", "barrage", "round", "volley", "salvo", "flurry"]
)
# Spans of time that measure out an act ("led more than eight hours of peace talks", "after two days of
# fighting"): in its clause the span stands for the act.
SPAN_NOUNS = frozenset(["minute", "hour", "day", "week", "month", "year"])

# Nouns that head a crowd of people (street protest rather than a diplomatic complaint).
CROWD_NOUNS = frozenset(
    [
        "people",
        "protester",
        "demonstrator",
        "student",
        "worker",
        "resident",
        "thousand",
        "hundred",
        "dozen",
        "supporter",
        "villager",
        "farmer",
        "activist",
        "crowd",
        "youth",
        "woman",
        "man",
        "citizen",
        "teacher",
        "doctor",
        "employee",
        "miner",
        "trader",
        "driver",
    ]
)
# Nouns that count or group people: their "of" object says who they are ("a group of Yoruba leaders").
COLLECTIVE_NOUNS = frozenset(
    [
        "group",
        "number",
        "thousand",
        "hundred",
        "dozen",
        "million",
        "member",
        "team",
        "band",
        "crowd",
        "majority",
        "delegation",
        "contingent",
        "score",
        "handful",
        "couple",
        "some",
        "many",
        "most",
        "all",
    ]
)
# Words that make "strike" a labour strike rather than a military one.
LABOR_WORDS = frozenset(
    [
        "worker",
        "union",
        "employee",
        "teacher",
        "labor",
        "labour",
        "wage",
        "pay",
        "salary",
        "miner",
        "nurse",
        "doctor",
        "staff",
        "workplace",
    ]
)
# Nouns for a fight between two sides: "killed in clashes with militants" names the other side with "with".
CLASH_NOUNS = frozenset(
    ["battle", "gunbattle", "clash", "shootout", "firefight", "gunfight", "fighting", "fight", "skirmish"]
    + ["scuffle", "brawl"]
)
# Generic heads an event noun may modify ("mediation effort", "mediation mission").
GENERIC_EVENT_HEADS = frozenset(
    ["effort", "mission", "campaign", "operation", "initiative", "attempt", "process", "bid"]
)


# ASSAULT modes from the weapon or method the trigger's modifiers and objects name (manual's table).
ASSAULT_MODE_WORDS: dict[str, str] = {
    **dict.fromkeys(
        ["aerial", "air", "airstrike", "aircraft", "warplane", "jet", "helicopter", "gunship"], "aerial"
    ),
    **dict.fromkeys(["drone", "uav"], "drone"),
    **dict.fromkeys(
        ["missile", "rocket", "artillery", "tank", "mortar", "shell", "howitzer"], "heavy-weapons"
    ),
    **dict.fromkeys(["bomb", "explosive", "mine", "ied", "grenade"], "explosives"),
    **dict.fromkeys(["gun", "rifle", "gunfire", "bullet", "gunman", "sniper"], "firearms"),
    **dict.fromkeys(["knife", "machete", "stone", "rock", "arson", "axe"], "primitive"),
    **dict.fromkeys(["chemical", "nuclear", "biological"], "unconventional"),
}

# PLOVER contexts (manual, "Context codes that can be used with any category") and the words of their
# definitions that name them in a sentence. Contexts are coded from the event's sentence.
CONTEXT_WORDS: dict[str, frozenset[str]] = {
    "military": frozenset(
        [
            "military",
            "army",
            "troop",
            "soldier",
            "navy",
            "warship",
            "airforce",
            "missile",
            "artillery",
            "tank",
            "defense",
            "defence",
        ]
    ),
    "intelligence": frozenset(["intelligence", "espionage", "spy", "cia", "mossad", "kgb", "fsb", "mi6"]),
    "election": frozenset(
        ["election", "vote", "ballot", "poll", "campaign", "candidate", "electoral", "referendum"]
    ),
    "legislative": frozenset(
        ["parliament", "legislature", "congress", "senate", "lawmaker", "legislator", "bill"]
    ),
    "economic": frozenset(
        [
            "economic",
            "economy",
            "trade",
            "tariff",
            "inflation",
            "gdp",
            "recession",
            "investment",
            "export",
            "import",
            "market",
        ]
    ),
    "legal": frozenset(
        [
            "court",
            "judge",
            "trial",
            "lawsuit",
            "indictment",
            "prosecutor",
            "verdict",
            "law",
            "legal",
            "tribunal",
        ]
    ),
    "human_rights": frozenset(["rights"]),
    "diplomatic": frozenset(
        ["diplomatic", "diplomat", "ambassador", "embassy", "envoy", "minister", "summit", "talks", "treaty"]
    ),
    "territory": frozenset(
        ["territory", "border", "territorial", "sovereignty", "annexation", "independence", "secession"]
    ),
    "peacekeeping": frozenset(["peacekeeping", "peacekeeper", "peacekeepers"]),
    "health": frozenset(["health", "disease", "epidemic", "pandemic", "outbreak", "vaccine", "hospital"]),
    "asylum": frozenset(["asylum"]),
    "migration": frozenset(["refugee", "migrant", "migration", "immigrant", "displaced", "emigration"]),
    "disasters": frozenset(
        ["earthquake", "flood", "hurricane", "cyclone", "drought", "landslide", "tsunami", "disaster"]
    ),
    "natural_resource": frozenset(
        ["oil", "gas", "coal", "mineral", "mining", "diamond", "timber", "fishery"]
    ),
    "environment": frozenset(
        ["environment", "environmental", "pollution", "climate", "emission", "deforestation"]
    ),
    "terrorism": frozenset(["terrorism", "terrorist", "terror", "militant", "jihadist"]),
    "cbrn": frozenset(["nuclear", "chemical", "biological", "radiological", "uranium", "enrichment"]),
    "cyber": frozenset(["cyber", "hacker", "hacking", "cyberattack", "malware", "ransomware"]),
    "misinformation": frozenset(["misinformation", "disinformation", "propaganda"]),
    "corruption": frozenset(["corruption", "bribery", "bribe", "embezzlement", "kickback", "graft"]),
    "illegal_drugs": frozenset(["drug", "narcotic", "cocaine", "heroin", "cartel"]),
    "trafficking": frozenset(["trafficking", "smuggling", "smuggler", "trafficker"]),
    "crime": frozenset(["crime", "criminal", "murder", "theft", "robbery", "gang"]),
    "religion_ethnicity": frozenset(
        ["religious", "ethnic", "muslim", "christian", "jewish", "hindu", "sectarian"]
    ),
    "gender": frozenset(["women", "gender", "abortion"]),
}
