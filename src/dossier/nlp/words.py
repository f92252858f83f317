"""Word lists shared by the stages that read syntax: attribution, events and evidence.

Where two stages need slightly different lists, both live here under their own names, so that each
list has one home and nobody copies it.
"""

from __future__ import annotations

# Pronouns that can stand as the source of an attribution ("he said", "they told reporters").
SOURCE_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "him", "her", "them", "you"})
PLURAL_PRONOUNS = frozenset({"they", "we", "them"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
# Nouns of asking whose "to"/"on" object is who is asked to act ("its call to the authorities to drop
# all charges", "an appeal to both sides to stop the fighting").
REQUEST_NOUNS = frozenset(
    {"call", "appeal", "demand", "request", "plea", "order", "ultimatum", "invitation", "instruction"}
)
# Titles that, after "the" and at most one modifier, stand for a source the text named before ("the
# official", "the railway official" after "Imran Hayat, the divisional railway superintendent").
# Offices among them ("the president", "the minister") point back only to a source that holds that office.
OFFICE_TITLES = frozenset({"president", "minister", "mayor", "governor", "ambassador", "envoy", "commander"})
POINTING_TITLES = (
    frozenset({"official", "officials", "spokesman", "spokeswoman", "spokesperson", "leader"}) | OFFICE_TITLES
)
# Nouns that describe an unnamed speaker the article introduced before ("An owner of a printing press in
# ... told VOA ..." then "said the business owner"; "a student at ..." then "the student"): "the" and
# one of them points back only to a source described by the same noun.
DESCRIBING_NOUNS = frozenset(
    {
        "owner", "student", "user", "resident", "witness", "farmer", "teacher", "doctor", "worker", "woman",
        "man", "driver", "survivor", "refugee", "victim", "nurse", "shopkeeper", "trader", "villager",
        "mother", "father", "parent", "pilot", "passenger", "soldier", "fighter", "migrant", "employee",
        "engineer",
    }
)  # fmt: skip
# Pronouns that name one person.
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "i"})
# Subject pronouns that can say something without a named speaker nearby ("he", "they").
SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
# Pronouns (possessives included) that an event's actor can be, resolved to an earlier agent.
REFERRING_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "his", "her", "its", "their", "our", "i"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
# Relative pronouns that head an attribution's source ("Burns, who said ...").
SOURCE_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})

# Nouns for unnamed people: "an official", "two people familiar with ...".
ANONYMOUS_NOUNS = frozenset(
    {
        "official", "source", "person", "people", "aide", "adviser", "advisor", "diplomat", "insider",
        "officer", "staffer", "strategist", "operative", "ally", "associate", "confidant", "lawmaker",
        "member", "familiar", "individual", "someone", "investigator", "analyst", "expert", "observer",
        "researcher", "scholar",
    }
)  # fmt: skip
DOCUMENT_NOUNS = frozenset(
    {
        "report", "statement", "study", "poll", "survey", "data", "document", "memo", "letter", "analysis",
        "finding", "filing", "release", "email", "tweet", "post", "book", "article", "record", "records",
        "figures", "statistics", "estimate", "estimates", "research", "transcript", "complaint",
        "indictment", "lawsuit", "ruling", "order", "bill", "proposal", "plan", "assessment",
        "investigation", "review", "audit", "speech", "interview", "video", "ad", "advertisement",
        "website", "blog", "message", "cable", "numbers", "census", "count", "projection", "model",
        "forecast", "paper", "op-ed", "editorial", "story",
    }
)  # fmt: skip
# Prepositions of where someone is, not whom they are of: "a reporter at the White House", "a spokesman for
# the U.S. military in Afghanistan".
WHERE_PREPS = frozenset({"at", "in", "near", "outside", "inside", "across", "around"})
GOVERNMENT_NOUNS = frozenset(
    {
        "government", "administration", "ministry", "department", "mission", "embassy", "white house",
        "pentagon", "kremlin", "state department", "congress", "senate", "house", "cabinet", "council",
        "agency", "police", "military", "army", "court", "commission", "office", "bureau",
    }
)  # fmt: skip
# Nouns for people who speak: titles and relations ("the spokesman", "his wife").
SPEAKER_NOUNS = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "president", "minister", "secretary", "senator",
        "director", "governor", "mayor", "chairman", "leader", "candidate", "nominee", "ambassador",
        "general", "judge", "lawyer", "attorney", "man", "woman", "chief", "representative", "congressman",
        "congresswoman", "voter", "supporter", "professor", "economist", "author", "writer", "reporter",
        "host", "manager", "pollster", "consultant", "commissioner", "sheriff", "father", "mother", "wife",
        "husband", "son", "daughter", "friend", "founder", "ceo", "executive", "chair", "speaker", "rep.",
        "sen.", "gov.", "fellow", "analyst", "researcher", "scholar", "lecturer", "associate", "expert",
        "adviser", "advisor", "activist", "specialist", "historian",
    }
)  # fmt: skip
# Titles a source can hold ("spokesman", "director"): the speaker nouns that are offices.
ROLE_WORDS = SPEAKER_NOUNS - {
    "man", "woman", "voter", "supporter", "father", "mother", "wife", "husband", "son", "daughter", "friend",
    "rep.", "sen.", "gov.",
}  # fmt: skip
# People an act of force or coercion can be done to, beyond the agents of the events lexicon.
PERSON_NOUNS = frozenset(
    {
        "suspect", "man", "woman", "child", "boy", "girl", "person", "baby", "family", "passenger",
        "tourist", "migrant", "refugee", "pilgrim", "worshipper", "victim", "civilian", "hostage",
        "prisoner", "detainee", "journalist", "reporter", "priest", "monk", "nun", "mayor", "governor",
        "politician", "opponent", "critic", "dissident", "foreigner", "individual", "youth", "teenager",
        "fan",
    }
)  # fmt: skip
PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent")
# Nouns with those endings that name no person: "-ment" nouns of act or result ("agreement", "statement")
# and the commonest others in news text (counted on the VOA stories and PolNeAR's articles).
NOT_PERSON_ENDING = "ment"
NOT_PERSON_NOUNS = frozenset(
    {
        "percent", "cent", "event", "incident", "accident", "content", "extent", "intent", "talent",
        "continent", "present", "tent", "plant", "restaurant", "grant", "warrant", "list", "number",
        "border", "order", "power", "superpower", "letter", "water", "center", "epicenter", "matter",
        "quarter", "paper", "newspaper", "gender", "terror", "counterterror", "charter", "door", "danger",
        "murder", "answer", "summer", "winter", "favor", "transfer", "manner", "disaster", "barrier",
        "helicopter", "anger", "labor", "color", "factor", "character", "offer", "computer", "sector",
        "behavior", "meter", "kilometer", "chapter", "river", "shelter", "chamber", "cancer", "error",
        "honor", "floor", "corridor", "frontier", "reactor", "motor", "hunger", "fever", "disorder",
        "encounter", "handover", "ouster", "cover", "container", "perimeter", "semester",
    }
)  # fmt: skip


def person_word(lemma: str) -> bool:
    """Does a noun's ending make it a word for a person ("militant", "lawmaker", "economist"), short of
    the nouns so ending that name none ("agreement", "border", "percent")?"""
    return (
        lemma.endswith(PERSON_SUFFIXES)
        and not lemma.endswith(NOT_PERSON_ENDING)
        and lemma not in NOT_PERSON_NOUNS
    )


NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "a": 1, "an": 1, "another": 1, "both": 2, "dozen": 12, "several": None, "two-dozen": 24,
}  # fmt: skip
# spaCy entity labels of things that can act or speak: people, organisations, states, nationalities.
AGENT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Words that make a name or a noun phrase a news outlet ("al-Ikhbariya TV", "Geo News", "the Times").
OUTLET_WORDS = frozenset(
    {
        "tv", "television", "radio", "news", "times", "post", "journal", "herald", "tribune", "gazette",
        "telegraph", "daily", "channel", "broadcaster", "broadcasting", "newspaper", "newspapers", "media",
        "outlet", "outlets", "network", "magazine", "weekly", "newswire", "wire", "voa",
    }
)  # fmt: skip
# People who work for outlets: a reporter who is told something is no conduit.
JOURNALIST_NOUNS = frozenset(
    {"reporter", "reporters", "journalist", "journalists", "correspondent", "editor"}
)
# Verbs that relay another's words: "citing officials", "quoted X as saying", "a statement carried by".
RELAY_LEMMAS = frozenset({"cite", "quote"})
CARRY_LEMMAS = frozenset({"quote", "cite", "carry", "report", "publish", "broadcast", "air", "relay", "run"})
# Words of titles written before a name ("Prime Minister", "Lt. Gen.", "Foreign Secretary").
TITLE_WORDS = frozenset(
    {
        "prime", "minister", "president", "vice", "deputy", "secretary", "foreign", "defense", "defence",
        "interior", "finance", "home", "state", "general", "gen", "lt", "lieutenant", "col", "colonel", "maj",
        "major", "brig", "brigadier", "adm", "admiral", "capt", "captain", "sgt", "sergeant", "chief",
        "senator", "sen", "rep", "representative", "gov", "governor", "mayor", "mr", "mrs", "ms", "dr",
        "prof", "professor", "sheikh", "king", "queen", "prince", "crown", "emir", "sultan", "ambassador",
        "envoy", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "commander",
        "judge", "justice", "speaker", "leader", "supreme", "pope", "ayatollah", "premier", "chancellor",
        "federal", "provincial", "senior", "former", "acting", "interim", "national", "security", "adviser",
        "advisor", "attorney", "lawmaker", "director", "head", "commissioner", "superintendent",
    }
)  # fmt: skip

# Things only force can attack: "attacked a passenger train" is an assault, never speech (attribution),
# and these are the core of what the events stage lets a violent verb take as its object.
FORCE_TARGETS = frozenset(
    {
        "train", "bus", "convoy", "vehicle", "car", "truck", "ship", "boat", "tanker", "plane", "aircraft",
        "village", "town", "city", "base", "camp", "checkpoint", "post", "outpost", "station", "hotel",
        "building", "school", "hospital", "mosque", "church", "market", "embassy", "compound", "prison",
        "position", "target", "facility", "pipeline", "bridge", "airport", "port", "patrol", "barracks",
    }
)  # fmt: skip

# Words that place an act on another occasion than the one an article reports ("previous attacks", "days
# later", "has repeatedly attacked"): an undated mention with one of them is not dated by the story's event.
# Occasions words are said on: "praised Boyle at a press conference", "told a rally on Monday".
OCCASION_NOUNS = frozenset(
    {
        "conference", "briefing", "meeting", "session", "address", "appearance", "rally", "event",
        "interview", "hearing", "debate", "summit", "speech", "ceremony", "forum", "gathering", "gaggle",
    }
)  # fmt: skip
# Channels a thing is said or done through: "praised the efforts on social media", "said on television".
CHANNEL_NOUNS = frozenset(
    {
        "media", "television", "tv", "radio", "twitter", "facebook", "telegram", "instagram", "youtube",
        "tiktok", "weibo", "douyin", "wechat", "platform", "website", "internet", "phone", "podcast",
    }
)  # fmt: skip
# Verbs of deeds done by force or authority: "responded by destroying its air force" answers with an act.
FORCE_VERBS = frozenset(
    {
        "attack", "bomb", "destroy", "strike", "shell", "shoot", "fire", "kill", "raid", "storm", "seize",
        "arrest", "detain", "expel", "deploy", "send", "launch", "impose", "close", "cut", "block", "ban",
    }
)  # fmt: skip
OTHER_OCCASION = frozenset(
    {
        "previous", "previously", "past", "recent", "recently", "earlier", "ago", "since", "once",
        "former", "often", "routinely", "repeatedly", "frequently", "several", "many", "numerous",
        "last", "another", "prior", "before", "years", "months", "weeks", "days", "decades",
        "history", "ever", "never", "again", "continuous", "constant", "repeated", "recurring", "persistent",
        "spate", "wave", "series",
    }
)  # fmt: skip

# Words that set a time before or after another ("before the final push Wednesday evening", "after weeks of
# denying it", "since the war began"): a time under them is not the act's own.
RELATIVE_TIME_WORDS = frozenset({"before", "after", "since", "until", "till", "following", "ahead"})

# Verbs whose object is whom the words are for ("told reporters that ...", "assured allies that ..."):
# the attribution stage keeps that object out of the content, the events stage out of what was reported.
ADDRESS_VERBS = frozenset({"tell", "inform", "brief", "assure", "remind", "notify"})
# Prepositions of where someone or something is, or where an act is done ("women in Afghanistan",
# "imposed a curfew on residents in Gaza", "authorities at home and in Europe").
WHEREABOUTS = frozenset({"in", "at", "inside", "across", "throughout"})
# Nouns for stretches of time: "This week sees ...", "the past few weeks have seen ..." name no source.
TIME_NOUNS = frozenset({"week", "weekend", "month", "year", "day", "decade", "today", "century", "era"})
# The plainest verbs of saying: whoever does them is a person or a body, named or not by the tagger.
SAYING_VERBS = frozenset({"say", "tell", "add", "state", "write", "note", "stress", "explain", "insist"})
# Third-person plural pronouns: they stand for the people last named ("we" is the speaker's side).
THIRD_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
# Object pronouns that stand for people ("it" may stand for a bill or a plan: "killed it").
PERSON_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you"})

# Common nouns that can act (used when the actors stage cannot code a subject).
# What makes "body" a body of people ("the regional body", "the world body", "a legislative body"), not a
# corpse ("his body", "the body of a man").
BODY_MODIFIERS = frozenset(
    {
        "regional", "world", "global", "international", "governing", "legislative", "executive", "advisory",
        "consultative", "consulting", "continental", "oversight", "regulatory", "electoral", "intergovernmental",
        "multilateral", "federal", "judicial", "umbrella", "monitoring", "parliamentary", "nuclear", "trade",
        "professional", "supervisory", "statutory", "representative", "decision-making", "policymaking",
    }
)  # fmt: skip
AGENT_NOUNS = frozenset(
    [
        "government",
        "bloc",
        "official",
        "minister",
        "president",
        "leader",
        "army",
        "military",
        "police",
        "troop",
        "force",
        "soldier",
        "rebel",
        "militant",
        "insurgent",
        "fighter",
        "protester",
        "demonstrator",
        "group",
        "party",
        "ministry",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "authority",
        "administration",
        "regime",
        "court",
        "judge",
        "parliament",
        "lawmaker",
        "legislator",
        "senator",
        "diplomat",
        "ambassador",
        "envoy",
        "delegation",
        "country",
        "nation",
        "state",
        "people",
        "worker",
        "student",
        "activist",
        "union",
        "coalition",
        "alliance",
        "council",
        "committee",
        "commission",
        "agency",
        "organization",
        "organisation",
        "company",
        "firm",
        "navy",
        "guard",
        "militia",
        "gunman",
        "gang",
        "bandit",
        "pirate",
        "cartel",
        "attacker",
        "assailant",
        "chief",
        "commander",
        "general",
        "officer",
        "prosecutor",
        "cabinet",
        "premier",
        "king",
        "queen",
        "prince",
        "sheikh",
        "cleric",
        "bishop",
        "archbishop",
        "member",
        "member",
        "delegate",
        "mission",
        "representative",
        "negotiator",
        "mediator",
        "observer",
        "inspector",
        "peacekeeper",
        "candidate",
        "opposition",
        "neighbor",
        "neighbour",
        "ally",
        "partner",
        "side",
        "faction",
        "movement",
        "newspaper",
        "media",
        "agency",
        "pope",
    ]
)


def points_back(words: list[str]) -> bool:
    """Do the lowercased ``words`` of a source phrase stand for a source named before it: a pronoun, or
    "the" and a title or a describing noun with at most one word between ("the official", "the railway
    official", "the business owner")?"""
    if len(words) == 1:
        return words[0] in SOURCE_PRONOUNS
    return 2 <= len(words) <= 3 and words[0] == "the" and words[-1] in POINTING_TITLES | DESCRIBING_NOUNS


# Nouns of a relation between two parties: "Turkey's rival Greece", "Iran's ally", "Erdogan's counterpart":
# the party named before is the other one, not the one the phrase names.
RELATION_NOUNS = frozenset(
    {"rival", "rivals", "archrival", "archrivals", "arch-rival", "arch-rivals", "ally", "allies", "neighbor"}
    | {"neighbors", "neighbour", "neighbours", "enemy", "enemies", "foe", "foes", "adversary", "adversaries"}
    | {"counterpart", "counterparts"}
)

# Laws and founding texts: what they provide, guarantee or require is no one's act ("Zimbabwe's
# Constitution guarantees the right to freedom of expression").
LAW_NOUNS = frozenset({"constitution", "charter", "law", "statute", "treaty", "convention", "code"})
# Verbs that keep a planned act from happening ("foiled a plot to attack the embassy"): whoever does them
# is not the one who planned it, and the act did not happen.
THWARTING_VERBS = frozenset({"foil", "thwart", "avert", "disrupt"})

# Words by which the narrator passes on what others say without vouching for it: "the militants reportedly
# killed 12 soldiers", "allegedly responsible for the murder", "the alleged attack".
HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "reputedly", "supposedly"})
HEARSAY_ADJECTIVES = frozenset({"alleged", "reported", "purported", "rumored", "rumoured"})

# Nouns by which an article names again a body it named before ("the group", "the separatist group", "the
# agency", "the party"), with the sectors such a body cannot have: a government ministry is not "the group".
BODY_NOUNS = {
    "group": frozenset({"GOV", "MIL", "JRN", "JUD", "LEG", "SPY", "COP"}),
    "organization": frozenset({"JRN", "MIL", "JUD", "LEG", "SPY", "COP"}),
    "organisation": frozenset({"JRN", "MIL", "JUD", "LEG", "SPY", "COP"}),
    "coalition": frozenset({"GOV", "JRN", "JUD", "SPY", "COP"}),
    "movement": frozenset({"GOV", "MIL", "JRN", "JUD", "LEG", "SPY", "COP"}),
    "alliance": frozenset({"JRN", "JUD", "SPY", "COP"}),
    "militia": frozenset({"GOV", "JRN", "JUD", "LEG", "SPY", "COP", "BUS"}),
    "charity": frozenset({"GOV", "MIL", "JRN", "JUD", "LEG", "SPY", "COP", "REB"}),
    "agency": frozenset({"MIL", "JUD", "LEG", "REB"}),
}

# Nouns of kinship: "his son, Shkelzen Berisha" names a relative of someone the article is about.
KIN_NOUNS = frozenset(
    {"son", "daughter", "wife", "husband", "father", "mother", "brother", "sister", "nephew", "niece"}
    | {"cousin", "uncle", "aunt", "grandson", "granddaughter", "grandfather", "grandmother", "widow"}
    | {"stepson", "stepdaughter", "son-in-law", "daughter-in-law", "sons", "daughters", "brothers", "sisters"}
)
