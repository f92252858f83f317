"""Fill each event's date, location and size from the phrases attached to it, else from its sentence, the
event it hangs from or the one it refers back to; and its actors' country from where it happened or what the
article is about when the text names none."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from dossier.actors import entity_at
from dossier.enrich.dates import SMALL_NUMBERS, YEAR, DateMention, find_dates, parse_published
from dossier.enrich.places import PlaceMention, find_place_mentions
from dossier.enrich.quantities import find_quantities
from dossier.enrich.size import SizeMention, find_sizes
from dossier.events.attachments import related_to
from dossier.events.lexicon import LIGHT_VERBS, TRIGGERS
from dossier.events.roles import VERBAL_ACTS, actor_code
from dossier.nlp.spans import doc_text
from dossier.nlp.syntax import raised_conjunct, sentence_of
from dossier.nlp.words import (
    DOCUMENT_NOUNS,
    OCCASION_NOUNS,
    OTHER_OCCASION,
    POSSESSIVE_PRONOUNS,
    RELATIVE_PRONOUNS,
    RELATIVE_TIME_WORDS,
    SAYING_VERBS,
    SOURCE_PRONOUNS,
)
from dossier.schema import Attribution, Entity, Event, EventActor, Location

# Verbal acts: one article's statements and demands come from many speakers on days of their own.
SAID_ACTS = VERBAL_ACTS | {"CONCEDE"}
ATTACHED_CLAUSES = {"relcl", "acl", "advcl", "xcomp"}  # not "conj": a coordinated clause is its own event
SIZE_EVENT_TYPES = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}  # events whose size may be its casualties
LOCATIVE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within"}
LEADING_PREPOSITIONS = ("in ", "at ", "on ", "near ", "outside ", "inside ", "from ", "into ", "across ")


def enrich_events(
    events: list[Event],
    doc: Doc,
    entities: list[Entity],
    published: str | None,
    attributions: list[Attribution] | None = None,
) -> list[Event]:
    """New event records with date (and the span it came from), location and size filled in where the text
    gives them; what an event already carries is kept. With the article's ``attributions``, a speaker's
    own statement, demand or rejection in their words takes the day they said it."""
    if not events:
        return events
    countries = [e.country for e in entities if e.country]
    pub = parse_published(published)
    places = find_place_mentions(doc, countries)
    dates = find_dates(doc_text(doc), published)
    sizes = find_sizes(doc, find_quantities(doc))
    events_per_sentence: dict[tuple[int, int], int] = {}
    for event in events:
        key = tuple(event.sentence)
        events_per_sentence[key] = events_per_sentence.get(key, 0) + 1
    triggers = [trigger_token(doc, e) for e in events]  # each event's trigger token, found once
    trigger_indexes = {t.i for t in triggers if t is not None}
    out = []
    for event, trigger in zip(events, triggers, strict=True):
        changes: dict = {}
        if event.location is None:
            changes["location"] = event_location(event, places, trigger)
        if event.date is None:
            mention = event_date(event, dates, trigger)
            if mention is not None:
                mention = _in_the_past(mention, trigger, pub)
                # `date` is a day; a week, month or year the text gives is kept as the event's period.
                precision = "date" if len(mention.value) == len("YYYY-MM-DD") else "period"
                changes[precision], changes["date_spans"] = mention.value, [(mention.start, mention.end)]
        if not event.size:
            alone = events_per_sentence[tuple(event.sentence)] == 1
            changes["size"] = event_sizes(event, sizes, doc, trigger, alone, trigger_indexes)
        out.append(replace(event, **changes))
    dated = _dated_by_offset(_dated_by_governor(out, triggers), triggers, published)
    dated = _dated_by_antecedent(dated, triggers)
    if attributions:
        dated = _dated_by_saying(dated, attributions, dates, doc)
    dated = _dated_by_publication(dated, triggers, published)
    return _coded_from_context(dated, entities, doc_text(doc))


def main_country(entities: list[Entity]) -> str | None:
    """The country the article names most often (places and nationalities, counted by mention), if any."""
    counts: Counter[str] = Counter()
    for e in entities:
        if e.country and e.label in ("GPE", "NORP"):
            counts[e.country] += max(1, len(e.spans))
    return counts.most_common(1)[0][0] if counts else None


def _coded_from_context(events: list[Event], entities: list[Entity], text: str) -> list[Event]:
    """Actors and recipients the text names without a country take the code of the organisation named
    before with the same head noun ("the Council"), else ("militants", "snipers", "Berisha") the country
    the event happened in, else the one the article is most about, the way event coders code domestic
    actors; ``code_from`` says so. Pronouns and fragments stay uncoded."""
    article = main_country(entities)
    named = _named_before(entities, events, text)
    out = []
    for event in events:
        actor, recipient = _as_named(event.actor, named), _as_named(event.recipient, named)
        place = event.location.country if event.location is not None else None
        country, basis = (place, "place") if place else (article, "article")
        if country is not None:
            actor, recipient = (
                _coded(actor, country, basis, entities),
                _coded(recipient, country, basis, entities),
            )
        out.append(replace(event, actor=actor, recipient=recipient))
    return out


_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")


def _named_before(
    entities: list[Entity], events: list[Event], text: str
) -> list[tuple[int, str, str, str | None]]:
    """(offset, head word, code, country) of every mention of an organisation the text codes: what a bare
    "the Council" or "the court" after it refers back to. The organisations are the entities the text
    names, the participants of events it codes from their own words ("the United Nations' highest
    court": an IGO), and a nationality's body ("the Philippine government reported ... The government,
    which ..., demanded": the Philippines')."""
    found = []
    for e in entities:
        if e.label in ("NORP", "GPE") and e.country:
            for start, end in e.spans:
                noun = _NOUN_AFTER.match(text, end)
                if noun is not None:
                    found.append((start, noun.group(1), actor_code(e.country), e.country))
        if e.label != "ORG" or not e.country or len(e.text.split()) < 2:
            continue
        head = e.text.split()[-1].lower()
        found.extend((start, head, actor_code(e.country), e.country) for start, _ in e.spans)
    for event in events:
        for a in [*event.actor, *event.recipient]:
            words = a.text.split()
            if a.code and a.code_from is None and a.spans and len(words) > 2 and words[-1].islower():
                found.append((a.spans[0][0], words[-1].lower(), a.code, a.country))
    return sorted(found)


def _as_named(parts: list[EventActor], named: list[tuple[int, str, str, str | None]]) -> list[EventActor]:
    """A participant the text names by a definite head noun alone ("The Council must be clear", after "the
    U.N. Security Council"), or as someone of it ("The court's president"), takes the code of the latest
    organisation named before it with that head."""
    out = []
    for a in parts:
        words = a.text.split()
        owner = words[1].lower() if len(words) > 1 else ""
        owned = owner.endswith(("'s", "’s")) and len(words) > 2  # "The court's president": the court's
        if a.code is None and a.spans and words[0].lower() == "the" and (len(words) == 2 or owned):
            start, head = a.spans[0][0], owner[:-2] if owned else owner
            earlier = [(code, country) for at, word, code, country in named if at < start and word == head]
            if earlier:
                code, country = earlier[-1]
                a = replace(a, code=code, country=country, code_from="antecedent")
        out.append(a)
    return out


def _coded(parts: list[EventActor], country: str, basis: str, entities: list[Entity]) -> list[EventActor]:
    return [
        replace(a, code=country, country=country, code_from=basis)
        if a.code is None and _nameable(a.text) and not _region(a, entities)
        else a
        for a in parts
    ]


def _region(part: EventActor, entities: list[Entity]) -> bool:
    """A participant that is a region or continent the text names ("Europe retaliated with its own
    tariffs"): many countries, never one of the article's own."""
    entity = entity_at(entities, part.entity)
    return entity is not None and entity.label == "LOC"


def _nameable(text: str) -> bool:
    """A phrase that names someone of the article's country: not a pronoun ("he", "who", "some"), a
    fragment, or a body of many countries ("allies", "the parties", "other countries")."""
    words = text.lower().split()
    if not words or len(text) <= 2 or (len(words) == 1 and words[0] in NOT_NAMES):
        return False
    head = words[-1]
    if text.split()[-1].islower() and any(w in MANY_COUNTRY_MODIFIERS for w in words[:-1]):
        return False  # "foreign bloggers", "Western diplomats": from other countries than the article's
    local = any(w in SUBNATIONAL for w in words[:-1])  # "regional governments": one country's
    if (head in ONE_PER_COUNTRY and not local) or (
        head in QUALIFIED_OFFICES and len(words) > 1 and words[-2] in PORTFOLIOS
    ):
        return False  # "the two presidents", "foreign ministers", "governments": each another country's
    return head not in MANY_COUNTRIES and head.removesuffix("s") not in MANY_COUNTRIES


def _dated_by_antecedent(events: list[Event], triggers: list[Token | None]) -> list[Event]:
    """An event with no date of its own that tells of the occasion an earlier event of its type was dated
    to takes that event's date (and date span): a definite event noun ("claimed responsibility for the
    attack", "died in the initial attack"), or a past or bare mention of one more act of that type with
    nothing marking another occasion ("when it came under attack", "had blown up tracks"). A plural or
    present-perfect mention ("has blamed several recent attacks"), a clause that points elsewhere in time
    ("previous", "last year", "routinely") and hypothetical or future events keep no date. ``triggers``
    holds each event's trigger token."""
    last: dict[str, Event] = {}
    last_named: dict[tuple[str, str], Event] = {}  # by type and the word that told it
    out = []
    for event, trigger in zip(events, triggers, strict=True):  # in text order
        if event.date is None and event.period is None and trigger is not None and event.type in last:
            source = last[event.type]
            named = _occasion_noun(trigger)  # "the attack", "injured in the initial attack": that attack
            if named is not None:
                source = last_named.get((event.type, named.lemma_.lower()), source)
            # not another kind of coercion or sanction ("was expelled from the party" on Friday is not
            # when "Mhlanga's arrest" was); an attack's shooting, bombing and hostage-taking are one occasion
            other_kind = (
                event.type != "ASSAULT" and bool(source.mode and event.mode) and source.mode != event.mode
            )
            if _same_occasion(event, trigger) and not other_kind:
                event = replace(event, date=source.date, date_spans=list(source.date_spans))
        if event.date:
            last[event.type] = event
            if trigger is not None:
                last_named[(event.type, trigger.lemma_.lower())] = event
        out.append(event)
    return out


def _occasion_noun(trigger: Token) -> Token | None:
    """The event noun that names the occasion a trigger tells of: the trigger itself when it is a noun, or
    the definite noun of the phrase it happened in ("injured in the initial attack", "killed during the
    siege")."""
    if trigger.pos_ == "NOUN":
        return trigger
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during"):
            for noun in prep.children:
                if noun.dep_ == "pobj" and _definite_noun(noun):
                    return noun
    return None


def _definite_noun(tok: Token) -> bool:
    """A noun with a definite determiner: "the attack", "this operation"."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)


def _dated_by_saying(
    events: list[Event], attributions: list[Attribution], dates: list[DateMention], doc: Doc
) -> list[Event]:
    """A statement, demand or rejection that is the speaker's own, in their words ('Altun, Monday tweeted,
    "It's time to stop Israel's heinous and cruel attacks"', 'Zelenskyy wrote Wednesday: "we are prepared
    to do our part"'), is made in the saying: it takes the day the cue gives."""
    days = [d for d in dates if d.value is not None and len(d.value) == len("YYYY-MM-DD")]
    out = []
    for event in events:
        said = _said_in_own_words(event, attributions, doc)
        if said is not None:
            sentence = sentence_of(said)
            when = [
                d for d in days if sentence.start_char <= d.start < sentence.end_char and dates_event(d, said)
            ]
            if when:
                best = min(when, key=lambda d: abs(d.start - said.idx))
                event = replace(
                    event, date=best.value, date_spans=[(best.start, best.end)], date_basis="text"
                )
        out.append(event)
    return out


def _said_in_own_words(event: Event, attributions: list[Attribution], doc: Doc) -> Token | None:
    """The head of the cue of the direct or mixed quote an undated statement, demand or rejection the
    speaker asserts stands in; None for anything else (a deed the cue only tells of)."""
    if event.date is not None or event.period is not None or event.status != "asserted":
        return None
    if event.type not in SAID_ACTS or not event.attributions:
        return None
    if not 0 <= event.attributions[0] < len(attributions):
        return None
    attribution = attributions[event.attributions[0]]
    start = event.trigger.spans[0][0]
    if attribution.form not in ("direct", "mixed") or attribution.content is None or attribution.cue is None:
        return None
    if not any(s <= start < e for s, e in attribution.content.spans):
        return None
    cue = attribution.cue.spans
    span = doc.char_span(cue[0][0], cue[-1][1], alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _dated_by_publication(
    events: list[Event], triggers: list[Token | None], published: str | None
) -> list[Event]:
    """Each event's ``date_basis``; and a statement, demand or rejection in the present or the present
    perfect that the text does not date ("the Afghan Taliban have rejected ...", "we categorically reject
    ...", "urges") takes the story's publication day, with basis "publication": the wire convention that
    what is reported as now was said on the day of the report. A bare past ("demanded", "asked
    passengers to ...") may tell of an earlier day and keeps none; so does a noun ("Pakistan's
    allegation" was made before), a clause that points elsewhere in time, and what is not asserted or
    attributed."""
    day = published[:10] if published and len(published) >= 10 else None
    out = []
    for event, trigger in zip(events, triggers, strict=True):
        if event.date or event.period:
            event = replace(event, date_basis=event.date_basis or ("text" if event.date_spans else None))
        elif day and trigger is not None and _said_now(event, trigger):
            event = replace(event, date=day, date_basis="publication")
        out.append(event)
    return out


def _said_now(event: Event, trigger: Token) -> bool:
    if event.type not in SAID_ACTS or event.status not in ("asserted", "attributed"):
        return False
    verb = trigger.head if trigger.tag_ == "VBG" and trigger.dep_ in ("advcl", "xcomp") else trigger
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.tag_ not in ("VBZ", "VBP") and not _present_perfect(verb):
        return False
    return not _other_time({*verb.subtree, *clause_of(verb)})


def _present_perfect(verb: Token) -> bool:
    """A verb in the present perfect: "has carried out", "have rejected"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


def _other_time(clause: Iterable[Token]) -> bool:
    """Does the clause point to another occasion or to what may be ("previous", "days later", "will")?"""
    return any(t.lower_ in OTHER_OCCASION or t.tag_ == "MD" for t in clause)


def _same_occasion(event: Event, trigger: Token) -> bool:
    """Whether an undated mention reads as the occasion already told of, not another one."""
    if _definite_noun(trigger):  # "the attack", not "the previous attack" nor "the continuous attacks"
        return not _other_time(_own_phrase(trigger))
    if event.status not in ("asserted", "attributed", "denied") or event.type in SAID_ACTS:
        return False  # statements and demands: each speaker's on a day of their own
    if (
        trigger.tag_ in ("NNS", "VBZ", "VBP", "VB", "VBG")
        and trigger.dep_ != "pcomp"
        and not _past_progress(trigger)
    ):
        return False  # "attacks", "attacks the base", "will attack", "attacking": not one past act
    if any(c.dep_ == "auxpass" and c.lower_ == "being" for c in trigger.children):
        return False  # "face the greatest risk of being deported": a passive gerund, as "attacking" is
    if _present_perfect(trigger):
        return False  # "has carried out attacks": a record, not the day's act
    clause = trigger.sent if trigger.pos_ == "NOUN" else {*trigger.subtree, *clause_of(trigger)}
    return not _other_time(clause)  # "there will be"


def _own_phrase(noun: Token) -> list[Token]:
    """The words of a noun's phrase that tell of it: not its clauses, conjuncts or appositions, nor theirs
    ("the release of the girls, who were kidnapped last Friday": "last" is the kidnapping's)."""
    words, stack = [], [noun]
    while stack:
        tok = stack.pop()
        words.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in ("relcl", "acl", "conj", "cc", "appos"))
    return words


def _past_progress(verb: Token) -> bool:
    """A verb telling of a past act as it went on: the past progressive ("they were holding over 200
    hostages"), or a participle that goes with a verb in the past ("singled out security personnel ...,
    shooting many")."""
    if verb.tag_ != "VBG":
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children):
        return True
    return (
        verb.dep_ == "advcl" and verb.head.tag_ == "VBD" and not any(c.dep_ == "mark" for c in verb.children)
    )


OFFSET_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
OFFSET_WORDS = {"after": -1, "before": 1}  # "a day after the attack": the attack was a day before


def _dated_by_offset(events: list[Event], triggers: list[Token | None], published: str | None) -> list[Event]:
    """An event the text dates by its distance from another that it dates ("rescued 190 passengers
    Wednesday, a day after an attack on a train": the attack was on Tuesday; "His comments come two days
    after Erdogan denounced Israel": two days before the report) takes that date, counted in days or weeks
    from the anchoring clause's date, or from the report's day when that clause is in the present. Its
    date span is the offset's ("a day"). ``triggers`` holds each event's trigger token."""
    day = parse_published(published)
    out = []
    for event, trigger in zip(events, triggers, strict=True):
        if event.date is None and event.period is None and trigger is not None:
            found = _offset(trigger)
            if found is not None:
                amount, anchor, counted = found
                anchor_date = _anchor_date(anchor, events, triggers, day)
                if anchor_date is not None:
                    when = (anchor_date + timedelta(days=amount)).isoformat()
                    span = (counted[0].idx, counted[-1].idx + len(counted[-1].text))
                    event = replace(event, date=when, date_spans=[span], date_basis="offset")
        out.append(event)
    return out


def _offset(trigger: Token) -> tuple[int, Token, list[Token]] | None:
    """(signed days, the word of the anchoring clause, the counting words) when ``trigger`` is dated by "N
    days after/before": an event noun after the preposition ("a day after an attack") or a clause it opens
    ("two days after Erdogan denounced Israel")."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ in OFFSET_WORDS:
        link, unit = trigger.head, trigger.head.head
        if unit.dep_ != "npadvmod" or unit.lower_ not in OFFSET_UNITS:
            return None
        anchor = unit.head
    else:
        link = next((c for c in trigger.children if c.dep_ == "mark" and c.lower_ in OFFSET_WORDS), None)
        unit = next((c for c in trigger.children if c.dep_ == "npadvmod" and c.lower_ in OFFSET_UNITS), None)
        if link is None or unit is None or trigger.dep_ != "advcl":
            return None
        anchor = trigger.head
    counts = [c for c in unit.children if c.dep_ in ("det", "nummod")]
    if len(counts) != 1:
        return None
    word = counts[0].lower_
    n = int(word) if word.isdigit() else SMALL_NUMBERS.get(word)
    if n is None:
        return None
    return (
        OFFSET_WORDS[link.lower_] * n * OFFSET_UNITS[unit.lower_],
        anchor,
        sorted([counts[0], unit], key=lambda t: t.i),
    )


def _anchor_date(
    anchor: Token, events: list[Event], triggers: list[Token | None], published: date | None
) -> date | None:
    """The day of the clause an offset counts from: the text's date of the nearest event above or at the
    anchor word in its sentence, else the report's day when that clause is in the present ("His comments
    come ...")."""
    sentence = sentence_of(anchor)
    dated = {
        t.i: e.date
        for e, t in zip(events, triggers, strict=True)
        if t is not None and e.date and e.date_spans and sentence_of(t) == sentence
    }
    for word in (anchor, *anchor.ancestors):
        if word.i in dated:
            return date.fromisoformat(dated[word.i])
        if word.dep_ == "conj" and word.head.i in dated:
            return date.fromisoformat(dated[word.head.i])
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else None
    if verb is not None and verb.tag_ in ("VBZ", "VBP") and published is not None:
        return published
    return None


def _dated_by_governor(events: list[Event], triggers: list[Token | None]) -> list[Event]:
    """An event in a clause attached to a dated event's trigger, with no date of its own, happened then
    ("attacked a train Tuesday, taking many hostages"); the date's span is the governor's. ``triggers``
    holds each event's trigger token."""
    dated = {t.i: e for e, t in zip(events, triggers, strict=True) if t is not None and (e.date or e.period)}
    out = []
    for event, trigger in zip(events, triggers, strict=True):
        if event.date is None and event.period is None and trigger is not None:
            attached = trigger.dep_ in ATTACHED_CLAUSES - {"relcl"} or _result_clause(trigger)
            governor = trigger.head if attached else None
            source = dated.get(governor.i) if governor is not None else None
            if source is not None and source.status == event.status:
                event = replace(
                    event, date=source.date, period=source.period, date_spans=list(source.date_spans)
                )
        out.append(event)
    return out


def _result_clause(trigger: Token) -> bool:
    """A relative clause on an event noun whose pronoun is that act ("the 2004 bombing of a French military
    base ... that killed an American soil scientist"): what it did, on the same occasion; not a relative
    clause on someone ("Berisha, who resigned ...", its own time)."""
    return (
        trigger.dep_ == "relcl"
        and trigger.head.pos_ == "NOUN"
        and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in trigger.children)
    )


def trigger_token(doc: Doc, event: Event) -> Token | None:
    if not event.trigger.spans:
        return None
    start, end = event.trigger.spans[0]
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def distance(start: int, trigger: Token | None) -> int:
    return abs(start - trigger.idx) if trigger is not None else start


def event_location(event: Event, places: list[PlaceMention], trigger: Token | None) -> Location | None:
    """The place attached to the event in the syntax, else the most specific place in its sentence."""
    attached = [a for a in event.attachments if a.kind == "place"]
    for attachment in attached:
        inner = [m for m in places if inside(m.start, m.end, attachment.spans)]
        if inner:
            return best_mention(inner, trigger).location()
    if attached:  # attached, but not in the gazetteer: keep the name, unresolved
        first = attached[0]
        return Location(name=strip_preposition(first.text), spans=list(first.spans))
    if trigger is None:
        return None
    sentence_start, sentence_end = event.sentence
    participants = [s for a in [*event.actor, *event.recipient] for s in a.spans]
    candidates = [
        m
        for m in places
        if sentence_start <= m.start
        and m.end <= sentence_end
        and m.place is not None
        and not (m.place.kind == "country" and overlaps(m.start, m.end, participants))
        and locates(m, trigger)
    ]
    return best_mention(candidates, trigger).location() if candidates else None


def locates(mention: PlaceMention, trigger: Token) -> bool:
    """True when the place is the object of a locative preposition ("in London", "near Russia's Kursk
    region") that hangs from the trigger or the words just above it ("was in London for a joint appearance").
    A place named as an actor, a destination, a dateline or a modifier of another noun ("its war in
    Ukraine") is not where the event happened."""
    token = trigger.doc[mention.head]
    while token.dep_ in ("compound", "poss", "amod", "nmod") and token.head.i != token.i:
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ not in LOCATIVE_PREPOSITIONS:
        return False
    return token.head.head in clause_of(trigger)


NOT_NAMES = (
    SOURCE_PRONOUNS
    | RELATIVE_PRONOUNS
    | POSSESSIVE_PRONOUNS
    | {"some", "others", "one", "all", "both", "each", "many"}
)
# Collective nouns for several countries: an actor so named is no one country's.
MANY_COUNTRIES = frozenset(
    {"ally", "allies", "party", "parties", "country", "countries", "nation", "side", "partner", "member"}
    | {"democracy", "democracies", "autocracy", "autocracies"}
    | {"neighbor", "neighbour", "neighbours", "neighbors", "world", "community", "power", "coalition"}
)
# Modifiers that place people outside any one country: "foreign bloggers", "international observers".
MANY_COUNTRY_MODIFIERS = frozenset({"foreign", "international", "overseas", "western", "multinational"})
# Offices and bodies each country has one of, in the plural: so named, participants are several countries'.
ONE_PER_COUNTRY = frozenset(
    {"presidents", "premiers", "chancellors", "monarchs", "kings", "queens", "emperors", "emirs"}
    | {"governments", "parliaments"}
)
SUBNATIONAL = frozenset({"regional", "local", "provincial", "state", "municipal", "city", "district"})
QUALIFIED_OFFICES = frozenset({"ministers", "secretaries"})  # one per country with a portfolio named
PORTFOLIOS = frozenset(
    {"prime", "foreign", "defense", "defence", "finance", "interior", "trade", "economy", "energy"}
    | {"health", "agriculture", "justice", "education", "environment", "transport", "state"}
)
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "dative"})


def clause_of(trigger: Token) -> set[Token]:
    """The words a phrase about the event may hang from: the trigger and the two words above it."""
    return {trigger, trigger.head, trigger.head.head}


def best_mention(mentions: list[PlaceMention], trigger: Token | None) -> PlaceMention:
    return max(mentions, key=lambda m: (m.specificity, -distance(m.start, trigger)))


def strip_preposition(text: str) -> str:
    lowered = text.lower()
    for prefix in LEADING_PREPOSITIONS:
        if lowered.startswith(prefix):
            return text[len(prefix) :].strip()
    return text.strip()


def event_date(event: Event, dates: list[DateMention], trigger: Token | None) -> DateMention | None:
    """The date attached to the event, else the resolved date nearest its trigger in the sentence."""
    resolved = [d for d in dates if d.value is not None]
    attached = [s for a in event.attachments if a.kind == "time" for s in a.spans]
    if attached:
        inner = [d for d in resolved if overlaps(d.start, d.end, attached)]
        if inner:
            return min(inner, key=lambda d: distance(d.start, trigger))
        text = doc_text(trigger.doc) if trigger is not None else ""
        years = [(s, e) for s, e in attached if text and YEAR.fullmatch(text[s:e])]
        if years:  # "the 2004 bombing": a year the event noun gives itself, which no pattern reads alone
            s, e = years[0]
            return DateMention(text[s:e], s, e, text[s:e])
        return None  # the attached time phrase is not a date ("for months")
    if trigger is None:
        return None
    sentence_start, sentence_end = event.sentence
    inner = [
        d for d in resolved if sentence_start <= d.start and d.end <= sentence_end and dates_event(d, trigger)
    ]
    return min(inner, key=lambda d: distance(d.start, trigger)) if inner else None


def _told_happening(token: Token, trigger: Token) -> bool:
    """Does the time phrase ``token`` hang on the event noun that is the trigger verb's subject ("An attack
    on Tuesday killed ...")? Not a time it is set against ("the attack after the vote")."""
    noun = token.head
    return (
        trigger.pos_ == "VERB"
        and token.dep_ in ("prep", "npadvmod", "poss", "compound")
        and token.lower_ not in RELATIVE_TIME_WORDS
        and noun.dep_ == "nsubj"
        and noun.head.i == trigger.i
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() in TRIGGERS
    )


def _in_the_past(mention: DateMention, trigger: Token | None, pub: date | None) -> DateMention:
    """A month or day named without its year resolves to the nearest one, which may lie after the report;
    an act the text tells in the past tense happened before it ("In April he called on ...", published in
    December; "held a summit in Russia in September", published in June): the year before."""
    value = mention.value or ""
    if pub is None or trigger is None or YEAR.search(mention.text) or len(value) < len("YYYY-MM"):
        return mention
    if "W" in value or value <= pub.isoformat()[: len(value)] or not _told_as_past(trigger):
        return mention
    earlier = f"{int(value[:4]) - 1:04d}{value[4:]}"
    if len(earlier) == len("YYYY-MM-DD"):
        try:
            date.fromisoformat(earlier)
        except ValueError:
            return mention  # a 29 February the year before has none
    return replace(mention, value=earlier)


PAST_AUXILIARIES = {"had", "was", "were", "did"}


def _told_as_past(trigger: Token) -> bool:
    """Is the trigger, or the verb an event noun is the subject or object of, in the past tense ("called",
    "had been arrested", "held a summit"), not a plan ("is set to host", "to resolve ... during talks")?"""
    verb = trigger
    if trigger.pos_ == "NOUN":
        if trigger.dep_ not in ("dobj", "nsubj", "nsubjpass") or trigger.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = trigger.head
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUXILIARIES for c in verb.children
    )


def dates_event(mention: DateMention, trigger: Token) -> bool:
    """True when the date phrase hangs from the trigger or the words just above it ("attacked on Tuesday",
    "said on Tuesday that they arrested"), not from another clause ("Burns, who was in London on Saturday")."""
    span = trigger.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span.root
    if (_other_time_clause(trigger) or _offset(trigger) is not None) and not any(
        t.i == token.i for t in trigger.subtree
    ):
        return False  # "... today remains smaller than before Russia invaded Ukraine", "said Wednesday
        # ..., a day after an attack": another time
    if token.dep_ == "pobj":
        token = token.head
    if related_to(trigger) and trigger.head in (token, token.head):
        return False  # "The arrest is related to his interviews with ... Geza in November": the interviews'
        # month, which the parser hung on the verb
    if _in_purpose(token, trigger) and len(mention.value or "") >= len("YYYY-MM"):
        return True  # "launched strikes in neighboring countries to crush the rebels Thursday", "used its
        # veto to shut down the panel in April": the purpose's day or month is the act's
    if token.dep_ in ("prep", "npadvmod") and _issued_then(token.head, trigger):
        return True  # "An earlier lawsuit filed in February alleged ...": a document says what it says when
        # it is issued
    if token.dep_ == "prep" and _hung_on_participant(token.head, trigger):
        return True  # "launched a brazen assault on a joint Kenya-U.S. military base ... in January": a base
        # has no date; the parser hung the act's on it
    if token.dep_ == "npadvmod" and token.head.dep_ == "pobj" and token.head.head.dep_ == "prep":
        prep = token.head.head  # "attended a meeting for the first time last month": the parser hangs the
        # time on the phrase before it, which hangs from the trigger (not "freed before the final push
        # Wednesday evening": the push's time)
        if prep.lower_ not in RELATIVE_TIME_WORDS and prep.head in (trigger, trigger.head):
            return True
    if token.dep_ == "npadvmod" and token.head.dep_ in OBJECT_DEPS and token.head.head == trigger:
        return True  # "attacked a passenger train Tuesday": the parser hangs the day on the object
    participle = token.head
    if participle.dep_ == "acl" and participle.tag_ == "VBN" and participle.head == trigger:
        return True  # "An offensive launched by forces in Puntland earlier this month": the participle of
        # the event noun tells when it was done
    if (
        trigger.dep_ == "relcl"
        and span.start <= trigger.head.i < span.end
        and any(c.dep_ == "advmod" and c.lower_ == "when" for c in trigger.children)
    ):
        return True  # "in 2013, when both countries withdrew their ambassadors": the time "when" stands for
    if _told_happening(token, trigger):
        return True  # "An attack on Tuesday killed 12 soldiers", "Saturday's bombing killed 60 people": the
        # happening the verb tells is its own subject
    raised = raised_conjunct(trigger)
    if raised is not None and raised.i in (token.i, token.head.i):
        return True  # "had been arrested and sentenced ... in 2011": the first verb shares the second's words
    said = token.head
    if said.dep_ == "advcl" and said.tag_ == "VBG" and said.head == trigger and said.lemma_ in SAYING_VERBS:
        return True  # "Dodik rejected the arrest warrant, telling journalists ... on Wednesday that ...": he
        # rejected it in saying so
    if trigger.dep_ == "relcl":  # "Berisha, who resigned as party leader, rejected ... Thursday": a
        return token.head == trigger or token == trigger  # relative clause is dated by its own words
    if token.head in (trigger, trigger.head) or token in (trigger, trigger.head):
        on_report = trigger.dep_ == "ccomp" and trigger.head in (token, token.head)
        return not (on_report and _past_perfect(trigger))  # "said Monday that Iran had sent ...": before
    if token.head in clause_of(trigger) or token in clause_of(trigger):
        return True
    return _dates_the_occasion(token, trigger)


# Verbs an event noun is done through, whose purpose clause tells the same occasion ("used its veto to").
PURPOSE_VERBS = LIGHT_VERBS | {"use", "exercise", "cast"}


def _in_purpose(token: Token, trigger: Token) -> bool:
    """Does the time phrase ``token`` hang on the purpose clause of the verb an event noun is the object of
    ("launched strikes ... to crush the rebels Thursday")? Not a deadline ("by March") or another time
    ("before the vote")."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "dobj" or trigger.head.lemma_.lower() not in PURPOSE_VERBS:
        return False
    if token.lower_ in RELATIVE_TIME_WORDS | {"by"} or token.dep_ not in ("prep", "npadvmod"):
        return False
    clause = token.head
    return (
        clause.dep_ in ("advcl", "xcomp")
        and clause.head.i == trigger.head.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )


def _issued_then(participle: Token, trigger: Token) -> bool:
    """Is ``participle`` the past participle that describes a document that is the trigger's subject ("a
    lawsuit filed in February alleged", "a report released last week accused")?"""
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or trigger.pos_ not in ("VERB", "AUX"):
        return False
    document = participle.head
    return (
        document.dep_ == "nsubj"
        and document.head.i == trigger.i
        and document.lemma_.lower() in DOCUMENT_NOUNS
    )


def _hung_on_participant(noun: Token, trigger: Token) -> bool:
    """Is ``noun`` a thing or someone the act is done to or with, not an event of its own (which would
    have its own date: "the elections in January"), in a phrase that hangs from the trigger or, for an event
    noun that is a verb's object, from that verb ("launched an assault on a base")?"""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in TRIGGERS or noun.i == trigger.i:
        return False
    anchors = {trigger.i}
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubjpass"):
        anchors.add(trigger.head.i)
    cur = noun
    for step in range(4):
        # "Malawi's High Court on Jan. 14 ordered ...": the time the parser hung on the subject is the act's
        subject = step == 0 and cur.dep_ in ("nsubj", "nsubjpass") and trigger.pos_ in ("VERB", "AUX")
        if not subject and cur.dep_ not in ("pobj", "prep", "appos", "compound", "conj", "dobj"):
            return False
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "prep" and cur.lower_ in RELATIVE_TIME_WORDS:
            return False  # "does not want to meet with Kim before the presidential election in November"
        cur = cur.head
        if cur.i in anchors:
            return True
    return False


def _other_time_clause(trigger: Token) -> bool:
    """A clause set before or after the one it hangs from ("before Russia invaded Ukraine", "since the war
    began"): the date of the clause above is not its own."""
    return trigger.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in RELATIVE_TIME_WORDS for c in trigger.children
    )


def _said_in(trigger: Token, verb: Token) -> bool:
    """Is ``verb`` the trigger or a word above it in its own clause (not above a relative clause: "Berisha,
    who resigned ..., rejected the allegations during a press conference Thursday" dates the rejection)?"""
    cur = trigger
    for _ in range(3):
        if cur.i == verb.i:
            return True
        if cur.dep_ in ("relcl", "acl") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return cur.i == verb.i


def _governed_by(word: Token, trigger: Token) -> bool:
    """Is ``word`` the trigger's object or in a clause under it that gives no time of its own?"""
    cur = word
    for _ in range(4):
        if cur.i == trigger.i:
            return True
        if cur.head.i == cur.i or _other_time_clause(cur):
            return False
        cur = cur.head
    return False


def _past_perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


SPEECH_OCCASIONS = DOCUMENT_NOUNS | OCCASION_NOUNS


def _dates_the_occasion(token: Token, trigger: Token) -> bool:
    """A statement's day given by the occasion it was made on: "In a statement emailed to VOA on Friday,
    he described the jailbreak as deplorable", "told a news conference on Monday that ...": the date hangs
    from the statement, interview or conference that the trigger is said in."""
    # a verb joined to the one the occasion hangs from shares it ("In a joint statement issued at their
    # ... meeting in July, Tokyo and Washington shared concerns ... and agreed to strengthen deterrence")
    said = [trigger, trigger.head] if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB" else [trigger]
    occasion = token.head
    steps = 3  # how far up an occasion is looked for (and, past one, the one it was named within)
    while steps > 0:
        steps -= 1
        if occasion.lemma_.lower() in SPEECH_OCCASIONS and occasion.dep_ == "pobj":
            steps = 3
            prep = occasion.head
            # the parser may hang the occasion on what the trigger governs ("dismissed accusations it is
            # getting weapons ... at Friday's meeting", "condemned the attack at Tuesday's news conference");
            # an occasion may be named within another ("In a statement issued at their meeting in July")
            if prep.lower_ in ("in", "at", "during", "to") and (
                any(_said_in(v, prep.head) for v in said) or _governed_by(prep.head, trigger)
            ):
                return True
        if occasion.head.i == occasion.i:
            return False
        occasion = occasion.head
    return False


def event_sizes(
    event: Event, sizes: list[SizeMention], doc: Doc, trigger: Token | None, alone: bool, triggers: set[int]
) -> list:
    """Counts of dead, injured or arrested in the event's sentence that belong to it: said by its trigger
    ("killed 25"), or by a clause hanging from it ("an attack that killed 12") when no other event's trigger
    says it, or, for a violent or coercive event alone in its sentence, anywhere in the sentence."""
    sentence_start, sentence_end = event.sentence
    out = []
    for mention in sizes:
        start, end = mention.size.spans[0]
        if not (sentence_start <= start and end <= sentence_end):
            continue
        governor = doc[mention.governor]
        if trigger is not None and governor == trigger:
            out.append(mention.size)
        elif mention.governor in triggers:
            continue  # another event's trigger says it
        elif (trigger is not None and governor.head == trigger and governor.dep_ in ATTACHED_CLAUSES) or (
            alone and event.type in SIZE_EVENT_TYPES
        ):
            out.append(mention.size)
    return out
