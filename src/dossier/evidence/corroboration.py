"""Corroboration: for each claim, who asserts, denies or declines to confirm it, and how credible it is.

The grade follows STANAG 2511 (the Admiralty scale's information credibility): 1 "confirmed by other
sources" only when two or more independent original sources assert it in independent reports and nothing
credible denies it. Sources are counted two ways: independent reports (copies, ``find_copies``, of a
report never count again) and distinct original sources (``evidence.sources``: one official quoted by
sixteen reports is one source; an outlet relaying a source is no second one; spelling variants, surnames
and titles of one person or body are one source).
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
from dossier.evidence.sources import SourceRegistry, canonical_name, source_identity
from dossier.schema import Attribution, Extraction

NAMED_CLASSES = ("named", "official_statement")  # sources that can be told apart across reports


def source_name(record: Extraction, attribution: Attribution) -> str | None:
    """Who the source is, by name: a pronoun ("it believes") gives way to the entity it refers to."""
    if attribution.source is None:
        return None
    index = next((i for i, a in enumerate(record.attributions) if a is attribution or a == attribution), None)
    return source_identity(record, index).name if index is not None else attribution.source.text


POSITION_OF_ITEM: dict[str, Position] = {"assert": "asserts", "deny": "denies", "decline": "declines"}
SOURCE_CLASSES: tuple[str, ...] = SourceClass.__args__


def evidence_for(
    claim: Claim, origin: dict[str, str], registry: SourceRegistry | None = None
) -> list[EvidenceItem]:
    """Every source's position on ``claim``: one item per claim item that asserts, denies or declines it,
    once per (article, source, position, quote). Each item's source identity is added to ``registry``."""
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
        kind = item.source_kind if item.source_kind in SOURCE_CLASSES else "unspecified"
        if registry is not None and item.source_key:
            registry.add(item.identity())
        items.append(
            EvidenceItem(
                claim=claim.id,
                article=item.article,
                position=position,
                source=item.source if kind != "outlet" else None,
                source_class=kind,
                quote=item.text,
                spans=list(item.spans),
                outlet=item.outlet,
                published=item.published,
                source_count=item.source_count,
                attribution=item.ref if item.kind == "attribution" else None,
                copy_of=origin.get(item.article),
                source_entity=item.source_entity if kind in NAMED_CLASSES else None,
                via=item.via,
                source_key=item.source_key,
            )
        )
    return items


def _independent(items: Sequence[EvidenceItem], origin: dict[str, str]) -> int:
    return len({origin.get(item.article, item.article) for item in items})


def _source_key(item: EvidenceItem, origin: dict[str, str]) -> str:
    """Who stands behind an item (its ``source_key``, else one worked out from what the item says): a
    named source is the same source in every report that quotes it; an anonymous or unspecified one
    cannot be matched across reports, and the outlet itself is one source per original report."""
    if item.source_key:
        return item.source_key
    report = origin.get(item.article, item.article)
    if item.source_class in NAMED_CLASSES and item.source:
        return "named:" + canonical_name(item.source_entity or item.source)
    if item.source_class == "outlet":
        return f"outlet:{canonical_name(item.outlet) if item.outlet else 'report:' + report}"
    return f"{item.source_class}:{report}:{canonical_name(item.source or '')}"


def _counted(
    items: Sequence[EvidenceItem], origin: dict[str, str], outlets: dict[str, str] | None = None
) -> list[EvidenceItem]:
    """The items that count as original sources. A copy adds none where its original carries the claim,
    and an outlet that quotes a source for the claim relays it: its own voice on the claim, in that
    report or in any other of its reports (``outlets``: article id -> outlet key), is not a second source."""
    originals = {i.article for i in items if i.independent}
    counted = [i for i in items if i.independent or i.copy_of not in originals]

    def outlet(item: EvidenceItem) -> str:
        report = origin.get(item.article, item.article)
        return (outlets or {}).get(report) or (outlets or {}).get(item.article) or report

    quoting = {outlet(i) for i in counted if i.source_class != "outlet"}
    return [i for i in counted if i.source_class != "outlet" or outlet(i) not in quoting]


def _sources(
    items: Sequence[EvidenceItem], origin: dict[str, str], outlets: dict[str, str] | None = None
) -> int:
    """Distinct original sources (conduits and copies never count again)."""
    return len({_source_key(item, origin) for item in _counted(items, origin, outlets)})


def _reports_by_source(
    items: Sequence[EvidenceItem], origin: dict[str, str], outlets: dict[str, str] | None = None
) -> dict[str, set[str]]:
    """Each distinct source and the independent reports that carry it."""
    out: dict[str, set[str]] = {}
    for item in _counted(items, origin, outlets):
        out.setdefault(_source_key(item, origin), set()).add(origin.get(item.article, item.article))
    return out


def _shown(item: EvidenceItem) -> str:
    name = item.source or item.outlet or item.article
    return f"{name} (via {item.via})" if item.via else name


def grade(
    assertions: Sequence[EvidenceItem],
    denials: Sequence[EvidenceItem],
    origin: dict[str, str],
    outlets: dict[str, str] | None = None,
) -> tuple[int, list[str]]:
    """STANAG 2511 information credibility and the reasons for it.

    1 confirmed by other sources: two or more independent original sources (distinct identifiable sources,
    conduits and copies collapsed) assert it in two or more independent reports, at least one of them on
    the record, and no credible source denies it. 2 probably true: not confirmed, but asserted on the record, by two
    or more sources, or in two or more reports, and asserted by more distinct sources than credibly deny
    it. 3 possibly true: one anonymous or unspecified source in one report, or contested (as many distinct
    sources credibly deny it as assert it). 4 doubtfully true: more distinct sources deny it than
    assert it, or one source denies it and nothing asserts it. 5 improbable: two or more sources deny it
    and none asserts it. 6 truth cannot be judged: no source asserts or denies it.
    """
    by_source = _reports_by_source(assertions, origin, outlets)
    n_assert, n_deny = len(by_source), _sources(denials, origin, outlets)
    reports = set().union(*by_source.values()) if by_source else set()
    credible = [i for i in _counted(denials, origin, outlets) if i.source_class != "unspecified"]
    on_record = [
        i
        for i in _counted(assertions, origin, outlets)
        if i.source_class in ("named", "official_statement", "outlet")
    ]
    reasons = [
        f"asserted by {n_assert} distinct source(s) in {len(reports)} independent report(s)",
        f"denied by {n_deny} distinct source(s) in {_independent(denials, origin)} independent report(s)",
    ]
    copies = sum(1 for i in [*assertions, *denials] if not i.independent)
    if copies:
        reasons.append(f"{copies} item(s) from copied reports not counted as independent")
    relayed = sorted({f"{i.via} relays {i.source}" for i in [*assertions, *denials] if i.via and i.source})
    if relayed:
        reasons.append("conduits are not sources: " + "; ".join(relayed))
    quoted = [k for k, r in by_source.items() if len(r) >= 2]
    if n_assert == 1 and quoted:
        reasons.append(f"one source repeated by {len(reports)} independent reports is still one source")
    if on_record:
        reasons.append(
            "at least one assertion is on the record (named source, statement or the outlet itself)"
        )
    elif assertions:
        reasons.append("every assertion rests on anonymous or unspecified sources")
    if n_deny:
        reasons.append("denied by " + ", ".join(sorted({_shown(i) for i in denials})))
    if not n_assert and not n_deny:
        reasons.append("no source asserts or denies it")
        return 6, reasons
    if not n_assert:
        return (5 if n_deny >= 2 else 4), reasons
    if n_deny > n_assert:
        reasons.append("more distinct sources deny it than assert it")
        return 4, reasons
    credible_deniers = _sources(credible, origin, outlets)
    if credible_deniers and credible_deniers >= n_assert:
        reasons.append("as many distinct sources credibly deny it as assert it: contested")
        return 3, reasons
    known = {k: r for k, r in by_source.items() if not k.startswith("unspecified:")}
    known_reports = set().union(*known.values()) if known else set()
    if n_assert >= 2 and len(known) < 2:
        reasons.append("fewer than two of its sources can be identified: not confirmed by other sources")
    if len(known) >= 2 and len(known_reports) >= 2 and on_record:
        if not credible:
            reasons.append(
                "confirmed: independent original sources in independent reports, no credible denial"
            )
            return 1, reasons
        reasons.append("a credible denial keeps it from counting as confirmed")
        return 2, reasons
    if n_assert >= 2 and len(reports) < 2:
        reasons.append("its sources all speak in one report: not confirmed by independent reports")
    elif n_assert == 1:
        reasons.append("only one original source asserts it: not confirmed by other sources")
    if len(reports) >= 2 or n_assert >= 2 or on_record:
        return 2, reasons
    return 3, reasons


def _registered(boards_items: list[list[EvidenceItem]], registry: SourceRegistry) -> list[list[EvidenceItem]]:
    """Items with their source keys merged across every report (surnames, acronyms, offices)."""
    out = []
    for items in boards_items:
        merged = []
        for item in items:
            key = registry.key(item.source_key) if item.source_key else None
            merged.append(item if key == item.source_key else replace(item, source_key=key))
        out.append(merged)
    return out


def corroborate(
    claims: Sequence[Claim], copies: Sequence[Sequence[str]] = (), published: dict[str, Any] | None = None
) -> list[Board]:
    """A board per claim: assertions, denials and refusals to confirm, first report, contradiction, grade.

    ``copies`` are groups of article ids, the original first; ``published`` maps article ids to dates
    (each item's own by default). Source keys are merged across every claim given (surnames, acronyms,
    offices: ``SourceRegistry``)."""
    origin = copy_origins(copies)
    registry = SourceRegistry()
    evidence = _registered([evidence_for(claim, origin, registry) for claim in claims], registry)
    outlets = {
        i.article: i.source_key
        for claim in claims
        for i in claim.items
        if i.source_kind == "outlet" and i.source_key
    }
    boards = []
    for claim, items in zip(claims, evidence, strict=True):
        by_position = {p: [i for i in items if i.position == p] for p in ("asserts", "denies", "declines")}
        dates = {i.article: i.published for i in claim.items}
        if published is not None:
            dates.update({a: published.get(a) for a in dates})
        dated = sorted((d, a) for a, d in dates.items() if d)
        level, reasons = grade(by_position["asserts"], by_position["denies"], origin, outlets)
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
                assertion_sources=_sources(by_position["asserts"], origin, outlets),
                denial_sources=_sources(by_position["denies"], origin, outlets),
                contradicted=bool(by_position["asserts"] and by_position["denies"]),
                grade=level,
                reasons=reasons,
            )
        )
    return boards


def copy_origins(copies: Sequence[Sequence[str]]) -> dict[str, str]:
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
    origin = copy_origins(copies)
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

    earliest = sorted(extractions, key=lambda r: r.published or "9999-99-99")  # originals first
    copies = find_copies(earliest)
    return corroborate(build_claims(extractions, copies, encoder), copies)


def get_board(boards: Sequence[Board], claim_id: str) -> Board:
    """The board of the claim with id ``claim_id``; ``NotFoundError`` when there is none."""
    for board in boards:
        if board.claim.id == claim_id:
            return board
    raise NotFoundError(f"no claim with id {claim_id!r}")
