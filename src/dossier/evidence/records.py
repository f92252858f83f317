"""Records of the evidence stage: claims, the evidence for and against them, and their boards."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from dossier.schema import Span, to_dict

Position = Literal["asserts", "denies", "declines"]
SourceClass = Literal["named", "anonymous", "official_statement", "outlet", "unspecified"]

GRADE_LABELS = {  # STANAG 2511 / Admiralty information credibility
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtfully true",
    5: "improbable",
    6: "truth cannot be judged",
}


@dataclass(frozen=True, slots=True)
class Claim:
    """A proposition stated by one or more articles, grouped across reports."""

    id: str  # stable: derived from the item that founded it
    statement: str  # short and readable: the member that best speaks for the claim
    type: str | None = None  # PLOVER event type, when the claim is an event
    actor: list[str] = field(default_factory=list)  # actor codes
    recipient: list[str] = field(default_factory=list)
    date: str | None = None  # earliest event date the reports give, YYYY-MM-DD
    items: list[Any] = field(default_factory=list)  # ``ClaimItem`` records, in the order they joined
    conflicts: list[str] = field(default_factory=list)  # ids of claims giving another figure, or its negation

    @property
    def articles(self) -> list[str]:
        """Ids of the articles that state the claim, first seen first."""
        return list(dict.fromkeys(i.article for i in self.items))

    @property
    def quote(self) -> str:
        """The best verbatim quote: the whole text of the member the statement was cut from."""
        head = self.statement.rstrip("…").strip()
        for item in self.items:
            if head and item.text.removeprefix("that ").startswith(head):
                return item.text
        return self.items[0].text if self.items else self.statement

    @property
    def proposition(self) -> str | None:
        """The claim normalised as who did what to whom, when and how many ("PAK ASSAULT PAK on
        2025-03-11 (33)"), from the codes and dates its reports give; None when it is not a coded event."""
        if not self.type:
            return None
        who = "/".join(self.actor) or "?"
        whom = "/".join(self.recipient) or "?"
        figures = list(dict.fromkeys(n for i in self.items for n in i.numbers))[:3]
        when = f" on {self.date}" if self.date else ""
        return f"{who} {self.type} {whom}{when}" + (f" ({', '.join(figures)})" if figures else "")

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return to_dict(self)


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """One source's position on a claim, as one article reports it, with the quoted span."""

    claim: str  # claim id
    article: str
    position: Position
    source: str | None  # who: "Iran's U.N. mission", "two U.S. officials"; None: the outlet itself
    source_class: SourceClass
    quote: str
    spans: list[Span]
    outlet: str | None = None
    published: str | None = None
    source_count: int | None = None  # anonymous sources: how many, when the text says
    attribution: int | None = None  # index into the article's attributions
    copy_of: str | None = None  # the article this one copies; its evidence is not independent
    source_entity: str | None = None  # the canonical name of the entity the source is, when known
    via: str | None = None  # the conduit that relayed the source ("the Times"): never a source itself
    source_key: str | None = None  # who the source is across reports (``evidence.sources``): counted once

    @property
    def independent(self) -> bool:
        """Whether the item is original reporting rather than a copy of another article."""
        return self.copy_of is None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data, ``independent`` included."""
        data = to_dict(self)
        data["independent"] = self.independent
        return data


@dataclass(frozen=True, slots=True)
class ReportStance:
    """What one report, read whole, says of a claim: the FNC-1 stance model's label for the pair."""

    article: str
    stance: str  # agree, disagree or discuss (unrelated reports are left out)
    outlet: str | None = None
    published: str | None = None
    copy_of: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return to_dict(self)


@dataclass(frozen=True, slots=True)
class Board:
    """Where a claim stands across reports: who asserts, denies or declines, and how credible it is."""

    claim: Claim
    assertions: list[EvidenceItem] = field(default_factory=list)
    denials: list[EvidenceItem] = field(default_factory=list)
    declines: list[EvidenceItem] = field(default_factory=list)
    first_reported: str | None = None  # earliest published date of a report stating the claim
    first_article: str | None = None
    independent_assertions: int = 0  # distinct original reports (copies collapsed) that assert
    independent_denials: int = 0
    assertion_sources: int = 0  # distinct sources that assert: one official quoted by three reports is one
    denial_sources: int = 0
    contradicted: bool = False  # an assertion meets a denial
    grade: int = 6  # STANAG 2511 information credibility, 1 (confirmed) to 6 (truth cannot be judged)
    reasons: list[str] = field(default_factory=list)
    stances: list[ReportStance] = field(default_factory=list)  # filled by ``read_stances``

    @property
    def grade_label(self) -> str:
        """The grade in words."""
        return GRADE_LABELS[self.grade]

    def to_dict(self) -> dict[str, Any]:
        """The claim's stable JSON form (``dossier claims --format json``): the claim, its ``items``
        (article, spans, stance, source, via, kind, ...), the counts, the grade with its label and reasons,
        and the report stances when read."""
        claim = self.claim
        origin = {i.article: i.copy_of for i in [*self.assertions, *self.denials, *self.declines]}
        return {
            "id": claim.id,
            "statement": claim.statement,
            "proposition": claim.proposition,
            "quote": claim.quote,
            "type": claim.type,
            "actor": list(claim.actor),
            "recipient": list(claim.recipient),
            "date": claim.date,
            "items": [
                {
                    "article": item.article,
                    "spans": [list(s) for s in item.spans],
                    "stance": item.stance,
                    "source": item.source if item.source_kind != "outlet" else None,
                    "via": item.via,
                    "kind": item.kind,
                    "source_kind": item.source_kind,
                    "source_key": item.source_key,
                    "text": item.text,
                    "outlet": item.outlet,
                    "published": item.published,
                    "copy_of": origin.get(item.article),
                }
                for item in claim.items
            ],
            "conflicts": list(claim.conflicts),
            "articles": len(claim.articles),
            "first_reported": self.first_reported,
            "first_article": self.first_article,
            "assert_items": len(self.assertions),
            "deny_items": len(self.denials),
            "decline_items": len(self.declines),
            "independent_assertions": self.independent_assertions,
            "independent_denials": self.independent_denials,
            "assertion_sources": self.assertion_sources,
            "denial_sources": self.denial_sources,
            "contradicted": self.contradicted,
            "grade": self.grade,
            "grade_label": self.grade_label,
            "reasons": list(self.reasons),
            "stances": [s.to_dict() for s in self.stances],
        }

    def evidence(self) -> dict[str, list[dict[str, Any]]]:
        """The board's evidence items by position (assertions, denials, declines), JSON-ready."""
        return {
            "assertions": [item.to_dict() for item in self.assertions],
            "denials": [item.to_dict() for item in self.denials],
            "declines": [item.to_dict() for item in self.declines],
        }
