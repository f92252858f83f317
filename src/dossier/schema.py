"""The output contract: plain typed records, one per thing dossier reads in an article.

Every record that points into the text carries ``spans``: ``[start, end]`` character offsets into the
article text exactly as given. Records are frozen dataclasses; ``to_dict`` turns an extraction into the
stable JSON shape (field order is the order declared here) and ``json_schema`` describes that shape.

Extend, don't rename: new fields are appended with a default, existing ones keep their names and meaning.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

Span = tuple[int, int]

SourceKind = Literal["person", "organization", "government", "anonymous", "document", "unspecified"]
Stance = Literal["assert", "believe", "confirm", "deny", "decline", "warn", "request", "other"]
Form = Literal["direct", "indirect", "mixed"]
EventStatus = Literal["asserted", "attributed", "hypothetical", "negated", "future", "denied"]

SOURCE_KINDS: tuple[str, ...] = SourceKind.__args__
STANCES: tuple[str, ...] = Stance.__args__
FORMS: tuple[str, ...] = Form.__args__
FurnitureReason = Literal[
    "headline",
    "subheading",
    "read_more",
    "prompt",
    "newsletter",
    "social",
    "photo_credit",
    "caption",
    "copyright",
    "related",
    "byline",
    "embed",
]
EVENT_STATUSES: tuple[str, ...] = EventStatus.__args__
FURNITURE_REASONS: tuple[str, ...] = FurnitureReason.__args__
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


@dataclass(frozen=True, slots=True)
class Furniture:
    """A stretch of the text that is page furniture, not content (a headline run into the body, "Read
    more ..." or "click here" prompts, photo credits, captions, copyright lines ...): kept in the text,
    never read by the stages, listed with the reason it was set aside."""

    text: str
    spans: list[Span]
    reason: FurnitureReason


@dataclass(frozen=True, slots=True)
class Article:
    """One report as read by ``dossier.ingest``: the text every span indexes, and what is known of it."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD
    outlet: str | None = None
    origin: str | None = None  # where it was read from: a path, "path:line" or "<stdin>"
    furniture: list[Furniture] = field(default_factory=list)  # set aside at ingest, never read
    encoding: str | None = None  # how its bytes were decoded: "utf-8", "cp1252", "utf-16-le", ...


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity with every mention of it in the article, coded to country, sector and role."""

    text: str
    label: str  # spaCy label: PERSON, ORG, GPE, NORP, LOC, FAC
    spans: list[Span]
    canonical: str
    country: str | None = None  # ISO 3166 alpha-3, or a PLOVER code such as IGO / NGO
    sector: str | None = None  # PLOVER sector code: GOV, MIL, SPY, REB, ...
    role: str | None = None  # title or office the text gives: "spokesman", "director"


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A piece of the article: its text and the (possibly discontinuous) spans it covers."""

    text: str
    spans: list[Span]


@dataclass(frozen=True, slots=True)
class Source:
    """Who an attribution says the content comes from."""

    text: str
    spans: list[Span]
    kind: SourceKind = "unspecified"
    count: int | None = None  # anonymous sources: how many, when the text says
    entity: int | None = None  # index into the article's entities
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    anonymity: str | None = None  # why a source is anonymous, when the text says


@dataclass(frozen=True, slots=True)
class Attribution:
    """A source, the cue that attributes, the content attributed, and the source's stance toward it."""

    source: Source | None
    cue: TextSpan
    content: TextSpan | None
    stance: Stance = "assert"
    form: Form = "indirect"
    parent: int | None = None  # index of the attribution this one is nested inside ("A says B believes C")
    via: Source | None = None  # the conduit that relays the source's words ("... via the Times")


@dataclass(frozen=True, slots=True)
class EventActor:
    """An actor or recipient of an event, coded to PLOVER's actor (country / IGO / ...) and sector codes."""

    text: str
    code: str | None = None
    sector: str | None = None
    spans: list[Span] = field(default_factory=list)
    entity: int | None = None  # index into the article's entities
    # where ``code`` comes from when the text does not give it: "antecedent" (the organisation named before
    # with the same head noun: "the Council" after "the U.N. Security Council"), "place" (the country the
    # event happened in) or "article" (the country the article is most about), as event coders code
    # domestic actors
    code_from: str | None = None
    # PLOVER's country-names field (the manual's table of international non-state entities): the ISO 3166
    # alpha-3 code of a state, and UNO for the United Nations and EUR for the European Union, which
    # ``code`` (as the PLOVER gold-standard records code actors) counts among the IGOs
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happened, resolved against the bundled gazetteer."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    kind: str | None = None  # country, region, city, ...
    spans: list[Span] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Attachment:
    """A place or time phrase attached to an event in the syntax, kept for enrichment."""

    text: str
    spans: list[Span]
    kind: Literal["place", "time"]


@dataclass(frozen=True, slots=True)
class EventSize:
    """PLOVER's event size: counts of people killed, injured, arrested ..."""

    kind: str  # dead, injured, arrested, ...
    value: float
    spans: list[Span]
    approximate: bool = False


@dataclass(frozen=True, slots=True)
class Event:
    """A PLOVER event: what happened, who did it to whom, and how the article holds it to be true."""

    type: str
    trigger: TextSpan
    sentence: Span
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    actor: list[EventActor] = field(default_factory=list)
    recipient: list[EventActor] = field(default_factory=list)
    location: Location | None = None
    date: str | None = None  # YYYY-MM-DD
    status: EventStatus = "asserted"
    attributions: list[int] = field(default_factory=list)  # indexes into the article's attributions
    attachments: list[Attachment] = field(default_factory=list)
    date_spans: list[Span] = field(default_factory=list)  # the text the date was resolved from
    size: list[EventSize] = field(default_factory=list)
    confidence: float | None = None
    period: str | None = None  # ISO 8601 week, month or year ("2024-W35", "2024-03") when no day is given
    # where date or period comes from: "text" (resolved from date_spans) | "publication" (a statement the
    # text reports as now, without a day: the story's date, as wire copy means it) | "offset" (counted
    # from another clause's day by the distance date_spans give: "two days after ...")
    date_basis: str | None = None


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit, normalised to SI, with consistency flags."""

    text: str
    spans: list[Span]
    value: float | None
    unit: str | None = None
    si_value: float | None = None
    si_unit: str | None = None
    approximate: bool = False
    flags: list[str] = field(default_factory=list)
    bound: Literal["lower", "upper"] | None = None  # "at least 12" is a lower bound
    range: tuple[float, float] | None = None  # "between 10 and 15"
    counted: str | None = None  # what is counted: "people", "missiles"
    note: str | None = None  # why a flag was raised, in words


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything dossier reads in one article: the record ``dossier extract`` writes."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    entities: list[Entity] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    furniture: list[Furniture] = field(default_factory=list)  # what was set aside as not content, and why
    encoding: str | None = None  # how the article's bytes were decoded (None: given as text)


def to_dict(record: Any) -> Any:
    """Turn a record (or a list of them) into plain JSON-ready data; tuples become lists.

    >>> to_dict(TextSpan("said", [(10, 14)]))
    {'text': 'said', 'spans': [[10, 14]]}
    """
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, list | tuple):
        return [to_dict(x) for x in record]
    if isinstance(record, dict):
        return {k: to_dict(v) for k, v in record.items()}
    return record


@lru_cache(maxsize=1)
def _extraction_adapter() -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(Extraction)


def from_dict(data: dict[str, Any]) -> Extraction:
    """Rebuild an ``Extraction`` from its JSON form (as stored or exported); the inverse of ``to_dict``."""
    return _extraction_adapter().validate_python(data)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of one extraction record, as ``dossier schema`` prints it."""
    schema = _extraction_adapter().json_schema(mode="serialization")
    for definition in [schema, *schema.get("$defs", {}).values()]:
        if "properties" in definition:  # every field is always written, defaults included
            definition["required"] = list(definition["properties"])
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "dossier extraction"
    return schema
