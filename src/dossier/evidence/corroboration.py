"""Corroboration: for each claim, who asserts, denies or declines to confirm it, and how credible it is.

The grade follows the spirit of the Admiralty (NATO) information-credibility scale. Sources are counted
two ways: independent reports (copies, ``find_copies``, of a report never count again) and distinct
sources (one official quoted by three reports is one source).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from dossier.errors import NotFoundError
from dossier.evidence.encoder import Encoder
from dossier.evidence.records import (
    Board,
    Claim,
    EvidenceItem,
    Position,
    ReportStance,
    SourceClass,
)
from dossier.schema import Attribution, Extraction

# A warning or a request ("warned Iran not to transfer missiles") does not hold its content true.
ASSERTING_STANCES = {"assert": "asserts", "believe": "asserts", "confirm": "asserts"}
POSITION_OF_STANCE: dict[str, Position] = {**ASSERTING_STANCES, "deny": "denies", "decline": "declines"}
STATEMENT_CUES = ("statement", "communiqu", "press release", "announce", "declar", "briefing")
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
NAMED_CLASSES = ("named", "official_statement")
SOURCE_CLASSES = (
    "named",
    "anonymous",
    "official_statement",
    "outlet",
    "unspecified",
)  # sources that can be told apart across reports


def source_name(record: Extraction, attribution: Attribution) -> str | None:
    """Who the source is, by name: a pronoun ("it believes") gives way to the entity it refers to."""
    source = attribution.source
    if source is None:
        return None
    entity = source_entity(record, attribution)
    return entity if entity and source.text.lower() in PRONOUNS else source.text


def source_entity(record: Extraction, attribution: Attribution) -> str | None:
    """The canonical name of the entity an attribution's source refers to, when the text names one."""
    source = attribution.source
    if source is None or source.entity is None or not 0 <= source.entity < len(record.entities):
        return None
    entity = record.entities[source.entity]
    return entity.canonical or entity.text


def source_class(attribution: Attribution) -> tuple[SourceClass, int | None]:
    """What kind of source an attribution cites, and how many when anonymous sources are counted."""
    source = attribution.source
    if source is None:
        return "unspecified", None
    if source.kind == "anonymous":
        return "anonymous", source.count
    cue = attribution.cue.text.lower()
    if source.kind == "document" or any(word in cue for word in STATEMENT_CUES):
        return "official_statement", None
    if source.kind in ("person", "organization", "government"):
        return "named", None
    return "unspecified", None


def copy_origins(copies: Sequence[Sequence[str]], records: Sequence[Extraction]) -> dict[str, str]:
    """Article id -> the id of the report it copies (the earliest published member of its group)."""
    published = {r.id: (r.published or "9999-99-99", i) for i, r in enumerate(records)}
    origin: dict[str, str] = {}
    for group in copies:
        members = [a for a in group if a in published]
        if len(members) < 2:
            continue
        first = min(members, key=published.__getitem__)
        origin.update({a: first for a in members if a != first})
    return origin


POSITION_OF_ITEM: dict[str, Position] = {"assert": "asserts", "deny": "denies", "decline": "declines"}


def evidence_for(claim: Claim, origin: dict[str, str]) -> list[EvidenceItem]:
    """Every source's position on ``claim``: one item per claim item that asserts, denies or declines it."""
    items: list[EvidenceItem] = []
    seen: set[tuple] = set()
    for item in claim.items:
        position = POSITION_OF_ITEM.get(item.stance)
        if position is None:
            continue
        key = (item.article, item.source_key, position, item.text)
        if key in seen:
            continue
        seen.add(key)
        items.append(
            EvidenceItem(
                claim=claim.id,
                article=item.article,
                position=position,
                source=item.source if item.source_kind != "outlet" else None,
                source_class=item.source_kind if item.source_kind in SOURCE_CLASSES else "unspecified",
                quote=item.text,
                spans=list(item.spans),
                outlet=item.outlet,
                published=item.published,
                source_count=item.source_count,
                attribution=item.ref if item.kind == "attribution" else None,
                copy_of=origin.get(item.article),
                source_entity=item.source_key,
                via=item.via,
            )
        )
    return items


def _independent(items: Sequence[EvidenceItem], origin: dict[str, str]) -> int:
    return len({origin.get(item.article, item.article) for item in items})


def _source_key(item: EvidenceItem, origin: dict[str, str]) -> str:
    """Who stands behind an item: its source's identity across reports (``evidence.sources``), or its
    name when it is named; the outlet itself is one source per original report; an unnamed source, one
    per report."""
    report = origin.get(item.article, item.article)
    if item.source_class == "outlet":
        return f"report:{report}:outlet"
    if item.source_entity and not item.source_entity.startswith("report:"):
        return item.source_entity
    if item.source_class in NAMED_CLASSES and item.source:
        return "named:" + " ".join(item.source.lower().removeprefix("the ").split())
    return f"report:{report}:{(item.source or '').lower()}"


def _sources(items: Sequence[EvidenceItem], origin: dict[str, str]) -> int:
    """Distinct sources. A copy adds none where its original carries the claim, and an outlet that also
    quotes a source for the claim relays it."""
    originals = {i.article for i in items if i.independent}
    counted = [i for i in items if i.independent or i.copy_of not in originals]
    quoting = {origin.get(i.article, i.article) for i in counted if i.source_class != "outlet"}
    return len(
        {
            _source_key(item, origin)
            for item in counted
            if item.source_class != "outlet" or origin.get(item.article, item.article) not in quoting
        }
    )


def grade(
    assertions: Sequence[EvidenceItem], denials: Sequence[EvidenceItem], origin: dict[str, str]
) -> tuple[int, list[str]]:
    """Admiralty-style credibility (1 confirmed ... 5 improbable, 6 cannot be judged) and the reasons.

    Confirmed takes two independent reports and two distinct sources, one of them on the record, and no
    denial: three reports quoting one official are one source."""
    n_assert, n_deny = _sources(assertions, origin), _sources(denials, origin)
    reports = _independent(assertions, origin)
    on_record = [i for i in assertions if i.source_class in ("named", "official_statement", "outlet")]
    reasons = [
        f"asserted by {n_assert} distinct source(s) in {reports} independent report(s)",
        f"denied by {n_deny} distinct source(s) in {_independent(denials, origin)} independent report(s)",
    ]
    copies = sum(1 for i in [*assertions, *denials] if not i.independent)
    if copies:
        reasons.append(f"{copies} item(s) from copied reports not counted as independent")
    if on_record:
        reasons.append(
            "at least one assertion is on the record (named source, statement or the outlet itself)"
        )
    elif assertions:
        reasons.append("every assertion rests on anonymous or unspecified sources")
    if n_deny:
        deniers = sorted({i.source or i.outlet or i.article for i in denials})
        reasons.append("denied by " + ", ".join(deniers))
    if not n_assert and not n_deny:
        reasons.append("no source asserts or denies it")
        return 6, reasons
    if not n_assert:
        return (5 if n_deny >= 2 else 4), reasons
    if n_deny > n_assert:
        reasons.append("more distinct sources deny it than assert it")
        return 4, reasons
    if reports >= 2 and n_assert >= 2 and on_record:
        if not n_deny:
            return 1, reasons
        reasons.append("a denial keeps it from counting as confirmed")
        return 2, reasons
    if reports >= 2 or n_assert >= 2 or on_record:
        return 2, reasons
    return 3, reasons


def corroborate(
    claims: Sequence[Claim], copies: Sequence[Sequence[str]] = (), published: Any = None
) -> list[Board]:
    """A board per claim: assertions, denials and refusals to confirm, first report, contradiction, grade.

    ``copies`` are groups of article ids (the original first); ``published`` maps article ids to dates
    (by default each item's own)."""
    origin = copy_origins_of(copies)
    boards = []
    for claim in claims:
        items = evidence_for(claim, origin)
        by_position = {p: [i for i in items if i.position == p] for p in ("asserts", "denies", "declines")}
        dates = {i.article: i.published for i in claim.items}
        if published is not None:
            dates.update({a: published.get(a) for a in dates})
        dated = sorted((d, a) for a, d in dates.items() if d)
        level, reasons = grade(by_position["asserts"], by_position["denies"], origin)
        boards.append(
            Board(
                claim=claim,
                assertions=by_position["asserts"],
                denials=by_position["denies"],
                declines=by_position["declines"],
                first_reported=dated[0][0] if dated else None,
                first_article=dated[0][1] if dated else (claim.articles[0] if claim.articles else None),
                independent_assertions=_independent(by_position["asserts"], origin),
                independent_denials=_independent(by_position["denies"], origin),
                assertion_sources=_sources(by_position["asserts"], origin),
                denial_sources=_sources(by_position["denies"], origin),
                contradicted=bool(by_position["asserts"] and by_position["denies"]),
                grade=level,
                reasons=reasons,
            )
        )
    return boards


def copy_origins_of(copies: Sequence[Sequence[str]]) -> dict[str, str]:
    """Article id -> the id of the report it copies, for groups listed original first."""
    return {a: group[0] for group in copies for a in list(group)[1:]}


def read_stances(
    boards: Sequence[Board],
    extractions: Sequence[Extraction],
    copies: Sequence[Sequence[str]] = (),
    encoder: Encoder | None = None,
) -> list[Board]:
    """Each board with what every report, read whole, says of its claim (the FNC-1 stance model over the
    claim's statement and the report's text, helped by the report's stored extraction). Reports that
    state the claim and reports that never mention it are both read; unrelated ones are left out."""
    from dossier.evidence.stance import stance_pairs
    from dossier.evidence.stance_features import BodyFacts

    facts = {r.text: BodyFacts.of(r) for r in extractions}
    pairs = [(b.claim.statement, r.text) for b in boards for r in extractions]
    labels = stance_pairs(pairs, lambda texts: [facts[t] for t in texts], encoder)
    origin = copy_origins(copies, extractions)
    read = []
    for n, board in enumerate(boards):
        own = labels[n * len(extractions) : (n + 1) * len(extractions)]
        stances = [
            ReportStance(r.id, label, r.outlet, r.published, origin.get(r.id))
            for r, label in zip(extractions, own, strict=True)
            if label != "unrelated"
        ]
        read.append(replace(board, stances=stances))
    return read


def build_boards(extractions: Sequence[Extraction], encoder: Encoder | None = None) -> list[Board]:
    """Copies, claims and corroboration in one call: a board per claim, most-reported claim first."""
    from dossier.evidence.claims import build_claims
    from dossier.evidence.copies import find_copies

    copies = find_copies(extractions)
    return corroborate(build_claims(extractions, copies, encoder), copies)


def get_board(boards: Sequence[Board], claim_id: str) -> Board:
    """The board of the claim with id ``claim_id``; ``NotFoundError`` when there is none."""
    for board in boards:
        if board.claim.id == claim_id:
            return board
    raise NotFoundError(f"no claim with id {claim_id!r}")
