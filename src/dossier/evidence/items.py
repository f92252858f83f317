"""Claim items: the propositions one article states, each with who holds it and how, ready to be grouped.

An article states one proposition per sentence at most (the annotators' unit too: "one mention per claim
per sentence"). A sentence whose cue attributes a content to a source gives an ``attribution`` item (what
the source said, with its stance: assert, deny or decline); else a sentence with a PLOVER event gives an
``event`` item (the outlet states it; a negated event, "Russia has not agreed to the ceasefire", is a
negative proposition stated, marked ``negated``, and a denied one is denied), typed by its first event
that states something; else a plain sentence that says enough gives a ``statement`` item in the outlet's
own voice. A sentence whose every event is hypothetical or future (a plan, a prediction, a warning, a
request), and a question, state nothing yet and give no item, unless those events are only the purpose
of what the sentence tells of ("keeping new tariffs in place ... to pressure them"); headlines and page
furniture are not text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from dossier.enrich.dates import YEAR
from dossier.enrich.numerals import TENS_WORDS, UNITS_WORDS, parse_number
from dossier.events.lexicon import FUTURE_AUX, HYPOTHETICAL_AUX
from dossier.evidence.text import content_stems, sentence_spans
from dossier.nlp.words import RELATIVE_PRONOUNS
from dossier.schema import Attribution, Event, Extraction, Span, TextSpan, to_dict

ASSERTING = {"assert": "assert", "believe": "assert", "confirm": "assert"}
STANCE_OF_ATTRIBUTION = {**ASSERTING, "deny": "deny", "decline": "decline"}
STANCE_OF_STATUS = {"asserted": "assert", "attributed": "assert", "negated": "assert", "denied": "deny"}
MIN_CONTENT_WORDS = 4  # a sentence with fewer content words ("He agreed.") states no checkable proposition
MIN_ATTRIBUTED_CHARS = 20  # an attributed content shorter than this ("so", "the report") names, not states
ITEM_MAX_CHARS = 600  # longer "sentences" are paragraphs the splitter could not cut: not one proposition
_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(%|percent|per cent))?")
# A count in words before the noun it counts ("Five Frontier Corps personnel", "twenty-one passengers"); not
# "one" ("one of the two groups") nor "zero"
_UNITS = "|".join(w for w in UNITS_WORDS if w != "zero")
_COUNTS = "|".join(w for w in UNITS_WORDS if w not in ("zero", "one"))
_SPELLED_COUNT = re.compile(
    rf"\b((?:{'|'.join(TENS_WORDS)})(?:[- ](?:{_UNITS}))?|(?:{_COUNTS}))\s+(?!of\b)[a-z]", re.IGNORECASE
)
# Words a content may open on that stand for something only its sentence names ("which is deemed to ...");
# not "that", which opens a reported clause ("that Iran sent missiles").
RELATIVE_OPENERS = RELATIVE_PRONOUNS - {"that"}
RESPONSIBILITY_NOUNS = frozenset({"responsibility", "credit"})  # what a group claims for an act it did
# Cues whose content is whom or what they blame, not a proposition ("accused Pakistan of exploiting ...",
# "has blamed several recent attacks on militants ..."): the sentence states what is alleged.
_BLAMING_CUE = re.compile(r"\b(?:accus|blam|critici[sz]|condemn|denounc)\w*$", re.IGNORECASE)
# A gloss of an abbreviation: "The DPRK stands for the Democratic People's Republic of Korea", "UNSC is
# shorthand for the U.N. Security Council".
_GLOSSARY = re.compile(
    r"\W*(?:[Tt]he\s+)?[A-Z][\w.-]*[A-Z][\w.-]*\s+"
    r"(?:stands|is\s+(?:short|shorthand)|is\s+(?:an?|the)\s+(?:acronym|abbreviation))\s+for\b"
)
_CONCESSIVE = re.compile(r"^\W*(?:although|though|even though|while|whereas)\b[^,;]*,", re.IGNORECASE)
# How news words a denial or a refusal to confirm, whatever the attribution stage made of the cue: a
# denial verb whose object is a claim ("rejected Pakistan's allegation that ..."), or a claim called
# baseless; a refusal names what is not confirmed, commented on or answered ("did not confirm the death").
_CLAIM_NOUN = r"(?:claims?|allegations?|accusations?|assertions?|charges?|reports?|suggestions?)"
# What a denial denies, when its content is not a clause: a claim by name ("the charges", "the U.N.
# findings", "involvement", "as a conspiracy theory", "not guilty"), or an act of its own ("providing
# sanctuary"); a thing refused is no claim denied ("rejected the budget", "denied the request").
_CLAIMED = re.compile(
    rf"\b(?:{_CLAIM_NOUN}|findings?|involvement|wrongdoing|guilt|guilty|responsibility|role|links?|existence"
    r"|ideas?|notion|theory|theories|story|stories|rumou?rs?|propaganda|concerns?|criticism|account|narrative"
    r"|characteri[sz]ation|assessment|conclusions?|evidence|statements?)\b"
    r"|^(?:that|as)\b|^\w+ing\b|\bof \w+ing\b"
    r"|\b(?:is|are|was|were|has|have|had|will|would|can|could|should|did|does|do)\b",
    re.IGNORECASE,
)
_DENIAL = re.compile(
    rf"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?)\b"
    rf"[^.;:]{{0,60}}?\b{_CLAIM_NOUN}\b"
    rf"|\b{_CLAIM_NOUN}\b[^.;:]{{0,40}}?\b(?:baseless|unfounded|groundless|fabricated|untrue|false)\b"
    rf"|\b(?:baseless|unfounded|groundless|fabricated)\b[^.;:]{{0,30}}?\b{_CLAIM_NOUN}\b",
    re.IGNORECASE,
)
_DECLINE = re.compile(
    r"\b(?:did not|didn['’]t|does not|doesn['’]t|has not|hasn['’]t|have not|haven['’]t|would not|"
    r"could not|declined to|refused to|neither\b[^.;]{0,60}\bnor)\s+(?:(?!been\b)[\w,]+\s+){0,10}?"
    r"(?:confirm|comment|respond|reply|answer|disclose|verify)"
    r"|\bignor(?:e|es|ed|ing)\s+(?:[\w'’]+\s+){0,4}?(?:requests?|questions?|inquiries|queries)\b"
    r"|\b(?:had|has|have|gave|offered|made)\s+no\s+(?:immediate\s+)?comment\b|\bdeclined\s+comment\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ClaimItem:
    """One proposition one article states, with its stance and source, and what grouping compares."""

    article: str
    idx: int  # position among the article's items
    kind: str  # event | attribution | statement
    ref: int | None  # index into the article's events or attributions
    text: str  # the proposition: an attributed content, or the sentence
    spans: list[Span]  # where the text stands in the article
    sentence: Span
    stance: str  # assert | deny | decline
    source: str | None = None  # who, as the text names them; None: the outlet's own voice
    source_key: str | None = None  # the same source across reports has the same key
    source_kind: str = "outlet"  # named | anonymous | official_statement | outlet | unspecified
    via: str | None = None  # the conduit that relays the source ("the Times, citing ...")
    source_entity: str | None = None  # the canonical name of the entity the source is, when linked
    source_role: str | None = None  # the title the text gives the source ("prime minister")
    source_count: int | None = None
    type: str | None = None  # PLOVER type of the sentence's event
    actor: list[str] = field(default_factory=list)  # actor codes
    recipient: list[str] = field(default_factory=list)
    date: str | None = None  # the event's date, YYYY-MM-DD
    published: str | None = None
    outlet: str | None = None
    stems: list[str] = field(default_factory=list)  # content stems of the text, unique, in order
    entities: list[str] = field(default_factory=list)  # canonical names of the entities the sentence names
    numbers: list[str] = field(default_factory=list)  # the figures it gives, normalised ("31", "45%")
    negated: bool = False  # a negative proposition: what it tells of did not happen ("has not agreed")

    @property
    def keys(self) -> list[str]:
        """Blocking keys: items that share none are never compared."""
        return [*(f"w:{s}" for s in self.stems), *(f"e:{e.lower()}" for e in self.entities)]

    def identity(self) -> Any:
        """Its source's ``SourceIdentity`` (for merging keys across reports in a ``SourceRegistry``)."""
        from dossier.evidence.sources import SourceIdentity

        kind = self.source_kind
        return SourceIdentity(
            self.source_key or "",
            self.source or "",
            kind,
            self.via,
            self.source_entity,
            None,
            self.source_role,
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return to_dict(self)


def numbers_in(text: str) -> list[str]:
    """The figures a text gives, normalised ("1,200" -> "1200", "45 percent" -> "45%", "five people" ->
    "5"); years left out.

    >>> numbers_in("Five Frontier Corps personnel and 21 passengers were killed in 2025")
    ['21', '5']
    """
    found = [_figure(m) for m in _NUMBER.finditer(text)] + [
        _spelled(m) for m in _SPELLED_COUNT.finditer(text)
    ]
    return list(dict.fromkeys(value for value in found if value is not None))


_COUNTED_WORD = re.compile(r"\s*(?:[-‐]\s*)?([A-Za-z][\w'’-]*)")
# Words that end what a figure counts: function words, auxiliaries and, by their endings, verb forms
# ("16 terrorists had been killed", "21 passengers died", "354 passengers were freed")
_NOT_COUNTED = frozenset(
    {"of", "and", "or", "to", "in", "on", "at", "from", "for", "by", "with", "the", "a", "an", "more", "than"}
    | {"had", "have", "has", "been", "was", "were", "is", "are", "be", "will", "would", "could", "may"}
    | {"might", "can", "who", "which", "that", "as", "while", "when", "after", "before", "since"}
)


@lru_cache(maxsize=65536)
def counted_figures(text: str) -> dict[str, frozenset[str]]:
    """The figures a text gives for each thing it counts, by the words right after the figure: "16
    terrorists", "33 BLA terrorists" and "Four frontier corps personnel" count terrorists, BLA, frontier,
    corps and personnel; "45%" counts what follows it. The answer is cached: read it, do not change it.

    >>> counted_figures("The sources said 16 terrorists had been killed.")["terrorist"]
    frozenset({'16'})
    """
    found: dict[str, set[str]] = {}
    matches = [(m.end(), _figure(m)) for m in _NUMBER.finditer(text)]
    matches += [(m.end(1), _spelled(m)) for m in _SPELLED_COUNT.finditer(text)]
    for end, value in matches:
        if value is None:
            continue
        at = end
        for _ in range(3):  # "33 BLA terrorists", "four paramilitary troops"
            word = _COUNTED_WORD.match(text, at)
            lowered = word.group(1).lower() if word is not None else ""
            if not lowered or lowered in _NOT_COUNTED or lowered.endswith(("ed", "ing")):
                break
            found.setdefault(_singular(lowered), set()).add(value)
            at = word.end()
    return {word: frozenset(values) for word, values in found.items()}


def _figure(match: re.Match[str]) -> str | None:
    value = match.group(1).replace(",", "")
    if YEAR.fullmatch(value) and not match.group(2):
        return None
    return value + ("%" if match.group(2) else "")


def _spelled(match: re.Match[str]) -> str | None:
    value = parse_number(re.split(r"[- ]", match.group(1)))
    return str(int(value[0])) if value is not None and not value[1] else None


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _inside(spans: Iterable[Span], start: int, end: int) -> bool:
    return any(start <= s < end for s, _ in spans)


def _entities_in(record: Extraction, start: int, end: int) -> list[str]:
    return list(
        dict.fromkeys(
            entity.canonical or entity.text
            for entity in record.entities
            if entity.label in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT")
            and _inside(entity.spans, start, end)
        )
    )


def _codes(actors: Iterable[Any]) -> list[str]:
    """The codes the text gives (not those inferred from the article's country: claims compare what
    reports say)."""
    return sorted({a.country or a.code for a in actors if a.code and a.code_from is None})


# Words before "to" that make what follows a plan or a wish, not the purpose of something done: "plans to
# urge", "is due to meet", "wanted to donate"
_PLANNING_WORDS = frozenset(
    {"plan", "plans", "planned", "planning", "due", "expected", "set", "scheduled", "going", "likely", "able"}
    | {"ready", "prepared", "want", "wants", "wanted", "hope", "hopes", "hoped", "intend", "intends"}
    | {"intended", "aim", "aims", "aimed", "seek", "seeks", "sought", "try", "tries", "tried", "trying"}
    | {"vow", "vows", "vowed", "promise", "promised", "pledged", "threatened", "agreed", "decided", "refused"}
    | {"need", "needs", "will", "would", "must", "has", "have", "had"}
)


# A prediction: a modal of the events stage's future and hypothetical auxiliaries, as words in the text (not
# the tokenizer's pieces "wo", "'d"), or "'ll"
_MODAL_WORDS = sorted(w for w in FUTURE_AUX | HYPOTHETICAL_AUX if w.isalpha() and len(w) > 2)
_MODAL = re.compile(rf"\b(?:{'|'.join(_MODAL_WORDS)})\b|['’]ll\b", re.IGNORECASE)


def _purpose(text: str, event: Event) -> bool:
    """Is the planned event the purpose of something the sentence tells of ("in place on Mexico, Canada and
    China to pressure them"), an infinitive after a word that plans nothing?"""
    start = event.trigger.spans[0][0]
    if text[max(0, start - 3) : start] != "to ":
        return False
    before = text[max(0, start - 40) : start - 3].split()
    return bool(before) and before[-1].lower().strip(",.;:") not in _PLANNING_WORDS


def _main_attribution(record: Extraction, start: int, end: int) -> tuple[int, Attribution] | None:
    """The outermost attribution whose cue stands in the sentence and that attributes a content."""
    found = [
        (i, a)
        for i, a in enumerate(record.attributions)
        if a.parent is None and a.content is not None and _inside(a.cue.spans, start, end)
    ]
    return min(found, key=lambda x: x[1].cue.spans[0][0]) if found else None


RUNNING_SHARE = 0.8  # of a sentence's characters a content must hold for the sentence to be part of it


def _running_attribution(record: Extraction, start: int, end: int) -> tuple[int, Attribution] | None:
    """The outermost attribution whose content holds the sentence though its cue stands outside it: a
    quotation or an interview answer running on over sentences ('"Absolutely not," he said. "There's going
    to be no recession in America."', 'Armitage: That type of exercise ... was expected. The inauguration
    speech of Lai was fantastic.'): the sentence is the source's, not the outlet's."""
    size = len(record.text[start:end].strip())
    for i, a in enumerate(record.attributions):
        if a.parent is not None or a.content is None or _inside(a.cue.spans, start, end):
            continue
        held = sum(max(0, min(e, end) - max(s, start)) for s, e in a.content.spans)
        if size and held >= RUNNING_SHARE * size:
            return i, a
    return None


def _within(text: str, content: TextSpan, start: int, end: int) -> tuple[str, list[Span]] | None:
    """The part of an attributed content that stands in the sentence ``text[start:end]``, where the content
    runs past the sentence (None where it does not, or has nothing in it)."""
    if all(start <= s and e <= end for s, e in content.spans):
        return None
    spans = [(max(s, start), min(e, end)) for s, e in content.spans if s < end and e > start]
    return (" ".join(text[s:e] for s, e in spans), spans) if spans else None


def _events_in(record: Extraction, start: int, end: int) -> list[tuple[int, Event]]:
    """The events whose trigger stands in the sentence, in text order."""
    found = [
        (i, e)
        for i, e in enumerate(record.events)
        if e.trigger.spans and start <= e.trigger.spans[0][0] < end
    ]
    return sorted(found, key=lambda x: x[1].trigger.spans[0][0])


def _masked(record: Extraction) -> list[Span]:
    """Stretches that are not the report's text (headline run into the body, page furniture), where known."""
    return [tuple(s) for f in getattr(record, "furniture", None) or [] for s in f.spans]


def _typed_by(event: Event | None) -> dict:
    """The type, actor and recipient codes and date an item takes from ``event`` (none without one)."""
    if event is None:
        return {"type": None, "actor": [], "recipient": [], "date": None}
    return {
        "type": event.type,
        "actor": _codes(event.actor),
        "recipient": _codes(event.recipient),
        "date": event.date,
    }


def claim_items(record: Extraction, sources: Any = None) -> list[ClaimItem]:
    """The propositions ``record`` states, one per sentence at most, in text order.

    ``sources`` names an attribution's source (``source_identity(record, index)``); by default the
    source's text, its entity and its kind are used.
    """
    from dossier.evidence.sources import source_identity

    identify = sources or source_identity
    masked = _masked(record)
    items: list[ClaimItem] = []
    for start, end in sentence_spans(record.text):
        for s, e in masked:  # a subheading run into the sentence ("The attack The Jaffar Express, ...")
            if s <= start < e:  # is no part of it: the sentence starts after it, if anything is left
                start = min(end, e + len(record.text[e:end]) - len(record.text[e:end].lstrip()))
        if start >= end or end - start > ITEM_MAX_CHARS:
            continue
        sentence = record.text[start:end]
        if sentence.rstrip("”\"' ").endswith("?") or _GLOSSARY.match(sentence):
            continue  # a question asserts nothing; nor does a gloss ("The DPRK stands for ...")
        common = {
            "sentence": (start, end),
            "published": record.published,
            "outlet": record.outlet,
            "entities": _entities_in(record, start, end),
            "numbers": numbers_in(sentence),
        }
        events = _events_in(record, start, end)
        stating = [(i, e) for i, e in events if e.status in STANCE_OF_STATUS]
        attributed = _main_attribution(record, start, end) or _running_attribution(record, start, end)
        typing = stating
        if attributed is not None and attributed[1].content is not None:
            # what a source says is not typed by the meeting or visit where it was said ("Speaking at a
            # United Nations Security Council meeting on Afghanistan this week, ... Munir Akram, said Kabul
            # was failing to rein in ...", "During a visit to Quetta ..., Sharif told media 339 passengers
            # were rescued")
            said = attributed[1].content.spans + attributed[1].cue.spans
            typing = [
                (i, e)
                for i, e in stating
                if e.type != "CONSULT" or any(s <= e.trigger.spans[0][0] < t for s, t in said)
            ]
        event = stating[0] if stating else None
        typed = typing[0] if typing else None  # what an attribution item is typed by
        planned = events and not stating
        if planned and (_MODAL.search(sentence) or not all(_purpose(record.text, e) for _, e in events)):
            continue  # hypothetical or future ("any transfer would represent an escalation"): not yet a claim
        # A sentence states what it asserts, whatever else it plans or supposes: "Trump blocked the sale,
        # over concerns the technology could be compromised" states the block; "Trump is keeping new tariffs
        # in place on Mexico, Canada and China to pressure them to block the flow of fentanyl" states that
        # he keeps them
        if event is not None:
            common.update(_typed_by(event[1]))
        worded = _worded(sentence)
        item = None
        if attributed is not None:
            index, attribution = attributed
            stance = STANCE_OF_ATTRIBUTION.get(attribution.stance)
            content = attribution.content
            if (
                stance == "deny"
                and worded != "deny"
                and attribution.form == "indirect"
                and content is not None
                and not _CLAIMED.search(content.text)
            ):
                stance = None  # "rejected the budget", "denied the request": a thing refused, not a claim
                # denied; the outlet reports the refusal
            elif stance == "decline" and worded != "decline":  # "refused to attend": an act, not a refusal
                stance = None  # to confirm; the outlet reports it
            elif stance == "assert" and worded:
                stance = worded
            short = (
                content is None
                or len(content.text.strip()) < MIN_ATTRIBUTED_CHARS
                or len(set(content_stems(content.text))) < MIN_CONTENT_WORDS
                # "..., which is deemed to violate CAATSA": a content that opens on a relative pronoun
                # says nothing without the sentence that names what "which" is
                or content.text.split()[0].lower() in RELATIVE_OPENERS
                # "claimed to be holding more than 200 hostages": an infinitive, whose doer is the source
                # the sentence names
                or content.text.split()[0] == "to"
                # "claimed responsibility for the hotel attack": the claim of an act, whose doer the
                # sentence names
                or content.text.split()[0].lower() in RESPONSIBILITY_NOUNS
                # "Islamabad has blamed several recent attacks on militants ...": whom or what an
                # accusation is of, which says what is alleged only with the sentence
                or _BLAMING_CUE.search(attribution.cue.text) is not None
                # "An emergency was declared at the hospital": nobody's words, the passive's subject
                # names what was declared; the sentence states it
                or (
                    attribution.source is None
                    and attribution.form != "direct"
                    and content.spans[0][0] < attribution.cue.spans[0][0]
                )
            )
            if stance in ("deny", "decline"):  # "Iran denied providing Russia with weapons": the sentence
                text, spans = sentence, [(start, end)]  # names what is denied, and often whose act it was
            elif stance is not None and content is not None and not short:  # what the source holds true
                text, spans = _within(record.text, content, start, end) or (content.text, list(content.spans))
            elif stance is not None:  # "al-Shabab claimed responsibility for the attack": the sentence
                text, spans = sentence, [(start, end)]  # states it, on the source's word
            if stance is not None:
                count = attribution.source.count if attribution.source else None
                item = _item(
                    record,
                    len(items),
                    "attribution",
                    index,
                    text,
                    spans,
                    stance,
                    identify(record, index),
                    {**common, **_typed_by(typed[1] if typed else None)},
                    count,
                )
                if stance == "assert" and typed and typed[1].status == "negated" and content is not None:
                    said = typed[1].trigger.spans[0][0]  # "Russia has not agreed ..., officials said"
                    if any(s <= said < e for s, e in content.spans):
                        item = replace(item, negated=True)
        if item is None and event is not None:
            index, found = event
            linked = [a for a in found.attributions if 0 <= a < len(record.attributions)]
            who = identify(record, linked[0] if linked else None)
            stance = worded or STANCE_OF_STATUS[found.status]
            item = _item(record, len(items), "event", index, sentence, [(start, end)], stance, who, common)
            if found.status == "negated" and not worded:
                item = replace(item, negated=True)
        if item is None:
            who = identify(record, None)
            item = _item(
                record,
                len(items),
                "statement",
                None,
                sentence,
                [(start, end)],
                worded or "assert",
                who,
                common,
            )
        stems = list(dict.fromkeys(content_stems(item.text)))
        if len(stems) < MIN_CONTENT_WORDS:
            continue
        items.append(replace(item, stems=stems))
    return items


def _worded(sentence: str) -> str | None:
    """``deny`` or ``decline`` when the sentence words a denial or a refusal to confirm (a denial first:
    "did not respond to a request for comment, but have repeatedly denied the allegations" denies). A
    concessive clause set before the main one is not what the sentence says ("Although officials have made
    no comment, analysts point out ...")."""
    sentence = _CONCESSIVE.sub("", sentence, count=1)
    return "deny" if _DENIAL.search(sentence) else "decline" if _DECLINE.search(sentence) else None


def _item(
    record: Extraction,
    idx: int,
    kind: str,
    ref: int | None,
    text: str,
    spans: list[Span],
    stance: str,
    who: Any,
    common: dict[str, Any],
    count: int | None = None,
) -> ClaimItem:
    """A claim item of ``record`` whose source is the identity ``who``."""
    return ClaimItem(
        record.id,
        idx,
        kind,
        ref,
        " ".join(text.split()),
        spans,
        stance=stance,
        source=who.name,
        source_key=who.key,
        source_kind=who.kind,
        via=who.via,
        source_entity=who.entity,
        source_role=who.role,
        source_count=count,
        **common,
    )


def item_from_dict(data: dict[str, Any]) -> ClaimItem:
    """Rebuild a ``ClaimItem`` from ``to_dict``'s form (as the store keeps it)."""
    data = dict(data)
    data["spans"] = [tuple(s) for s in data.get("spans") or []]
    data["sentence"] = tuple(data["sentence"])
    return ClaimItem(**data)


def articles_of(items: Sequence[ClaimItem]) -> list[str]:
    """The distinct articles of ``items``, first seen first."""
    return list(dict.fromkeys(i.article for i in items))
