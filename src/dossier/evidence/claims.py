"""Claims: the events and attributed statements of many articles that state one proposition, grouped.

Two events of one PLOVER type join one claim when their texts are close enough (MiniLM cosine) for how
well their codes agree: the same actor and recipient codes within ``DATE_WINDOW_DAYS`` need only
``CODED_COSINE`` (a shared topic); codes that do not conflict (one side leaves a role uncoded) and share a
country need ``COMPATIBLE_COSINE``; any two need ``SAME_CLAIM_COSINE``. Untyped statements join at
``SAME_CLAIM_COSINE`` when they say enough (``MIN_CONTENT_WORDS``). Groups are connected components.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date as Date

import numpy as np

from dossier.evidence.encoder import Encoder, encode
from dossier.evidence.records import Claim, ClaimMember
from dossier.evidence.text import content_stems
from dossier.schema import Event, Extraction

DATE_WINDOW_DAYS = 7
CODED_COSINE = 0.55
COMPATIBLE_COSINE = 0.65
SAME_CLAIM_COSINE = 0.7
STATEMENT_MAX_CHARS = 200
UNSETTLED_STATUSES = ("hypothetical", "future")
REFERENCE_WORDS = 6  # an attributed content this short names a claim ("the weapons transfer") ...
REFERENCE_COSINE = 0.45  # ... and joins the closest claim of its own article when at least this close
MIN_STATEMENT_CHARS = 12  # an attribution content shorter than this ("so", "it") is not a proposition
MIN_CONTENT_WORDS = 3  # an untyped statement with fewer ("the rumor is not true") joins no other report
QUERY_COSINE = 0.3  # a query finds the claims at least this close


@dataclass(frozen=True)
class _Candidate:
    member: ClaimMember
    type: str | None
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    date: str | None
    published: str | None
    statement: str  # what the member says, without the attribution around it
    status: str = "asserted"  # the event's status; attribution contents count as asserted
    act: tuple[tuple[int, int], ...] = ()  # the event's trigger, or the attribution's cue: the act's words
    trigger: str = ""  # an event's trigger word


def _codes(actors: Iterable) -> tuple[str, ...]:
    return tuple(sorted({a.code for a in actors if a.code}))


def _event_candidate(record: Extraction, index: int, event: Event) -> _Candidate:
    start, end = event.sentence
    sentence = record.text[start:end].strip()
    statement = sentence
    trigger = event.trigger.spans[0] if event.trigger.spans else event.sentence
    contents = [  # an attributed event reads best as the innermost content attributed that holds it
        record.attributions[a].content
        for a in event.attributions
        if 0 <= a < len(record.attributions) and record.attributions[a].content is not None
    ]
    holding = [
        c
        for c in contents
        if len(c.text) >= MIN_STATEMENT_CHARS and any(s <= trigger[0] and trigger[1] <= e for s, e in c.spans)
    ]
    if holding:
        statement = min(holding, key=lambda c: len(c.text)).text
    member = ClaimMember(record.id, "event", index, sentence, [event.sentence])
    return _Candidate(
        member,
        event.type,
        _codes(event.actor),
        _codes(event.recipient),
        event.date,
        record.published,
        statement,
        event.status,
        tuple(event.trigger.spans),
        event.trigger.text,
    )


def _candidates(records: Sequence[Extraction]) -> list[_Candidate]:
    found: list[_Candidate] = []
    for record in records:
        linked = {a for event in record.events for a in event.attributions}
        for index, event in enumerate(record.events):
            found.append(_event_candidate(record, index, event))
        for index, attribution in enumerate(record.attributions):
            content = attribution.content
            if index in linked or content is None or len(content.text.strip()) < MIN_STATEMENT_CHARS:
                continue
            if attribution.parent is not None:  # nested ("A says B believes C"): the outer one carries it
                continue
            member = ClaimMember(record.id, "attribution", index, content.text, list(content.spans))
            act = tuple(attribution.cue.spans)
            found.append(_Candidate(member, None, (), (), None, record.published, content.text, act=act))
    return found


def _days_apart(a: str | None, b: str | None) -> int | None:
    try:
        return abs((Date.fromisoformat(a) - Date.fromisoformat(b)).days) if a and b else None
    except ValueError:
        return None


def _compatible_codes(a: _Candidate, b: _Candidate) -> bool:
    """No role names different countries, and the two share at least one code."""
    for mine, theirs in ((a.actor, b.actor), (a.recipient, b.recipient)):
        if mine and theirs and not set(mine) & set(theirs):
            return False
    return bool({*a.actor, *a.recipient} & {*b.actor, *b.recipient})


def _same_event(a: _Candidate, b: _Candidate, cosine: float) -> bool:
    if a.type is None or a.type != b.type:
        return False
    if cosine >= SAME_CLAIM_COSINE:
        return True
    apart = _days_apart(a.date, b.date)
    if apart is not None and apart > DATE_WINDOW_DAYS:
        return False
    if (a.actor or a.recipient) and (a.actor, a.recipient) == (b.actor, b.recipient):
        return cosine >= CODED_COSINE
    return _compatible_codes(a, b) and cosine >= COMPATIBLE_COSINE


def _same_act(a: _Candidate, b: _Candidate) -> bool:
    """Are the two one speech act of one article ("Israel rejected the allegations" as an event and as
    an attribution)? The attribution's content is then what was said, not a statement of the event."""
    return a.member.article == b.member.article and any(
        s1 < e2 and s2 < e1 for s1, e1 in a.act for s2, e2 in b.act
    )


def _informative(candidate: _Candidate) -> bool:
    return len(set(content_stems(candidate.statement))) >= MIN_CONTENT_WORDS


def _is_reference(candidate: _Candidate) -> bool:
    return candidate.member.kind == "attribution" and len(candidate.statement.split()) <= REFERENCE_WORDS


def _names(reference: _Candidate, event: _Candidate) -> bool:
    """Does a short reference name the event by its trigger's word ("the weapons transfer" for
    "transferred")? Crude stems match when one begins the other."""
    words = content_stems(reference.statement)
    return any(
        min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a))
        for a in content_stems(event.trigger)
        for b in words
    )


def _close_pairs(vectors: np.ndarray, indices: Sequence[int], threshold: float, chunk: int = 1024):
    """``(i, j, cosine)`` for every pair ``i < j`` of ``indices`` at least ``threshold`` close, computed a
    block of rows at a time so memory stays linear in the number of texts."""
    index = np.asarray(indices, dtype=int)
    block = vectors[index]
    for start in range(0, len(index), chunk):
        sims = block[start : start + chunk] @ block.T
        for row, col in zip(*np.nonzero(sims >= threshold), strict=True):
            if start + row < col:
                yield int(index[start + row]), int(index[col]), float(sims[row, col])


def _group(candidates: Sequence[_Candidate], vectors: np.ndarray) -> list[list[int]]:
    """Connected components: events first (compared within their type), then untyped statements among
    themselves, then each untyped group joins the one event it is closest to, so an untyped statement
    never bridges two events."""
    parent = list(range(len(candidates)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    by_type: dict[str, list[int]] = {}
    for i, c in enumerate(candidates):
        if c.type is not None:
            by_type.setdefault(c.type, []).append(i)
    floor = min(CODED_COSINE, COMPATIBLE_COSINE, SAME_CLAIM_COSINE)
    for same_type in by_type.values():
        for i, j, cosine in _close_pairs(vectors, same_type, floor):
            if _same_event(candidates[i], candidates[j], cosine):
                union(i, j)
    untyped = [i for i, c in enumerate(candidates) if c.type is None]
    informative = [i for i in untyped if _informative(candidates[i])]
    for i, j, _ in _close_pairs(vectors, informative, SAME_CLAIM_COSINE):
        union(i, j)
    untyped_groups: dict[int, list[int]] = {}
    for i in untyped:
        untyped_groups.setdefault(find(i), []).append(i)
    typed = [i for same_type in by_type.values() for i in same_type]
    for members in untyped_groups.values():
        target = _closest_event(members, typed, candidates, vectors)
        if target is not None:
            union(members[0], target)
    groups: dict[int, list[int]] = {}
    for i in range(len(candidates)):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def _closest_event(
    members: Sequence[int], typed: Sequence[int], candidates: Sequence[_Candidate], vectors: np.ndarray
) -> int | None:
    """The event an untyped group belongs with: the closest one at ``SAME_CLAIM_COSINE``, or, for a short
    reference ("the weapons transfer"), the event of its own article that it names by its trigger's word,
    else the closest one at ``REFERENCE_COSINE``."""
    if not typed:
        return None
    sims = vectors[list(members)] @ vectors[list(typed)].T
    articles = {candidates[i].member.article for i in members}
    local = [n for n, j in enumerate(typed) if candidates[j].member.article in articles]
    for n in local:  # a group never joins the event of one of its own members' speech acts
        if any(_same_act(candidates[i], candidates[typed[n]]) for i in members):
            sims[:, n] = -1.0
    if not any(_informative(candidates[i]) for i in members):  # too little said to join another report
        elsewhere = np.ones(len(typed), dtype=bool)
        elsewhere[local] = False
        sims[:, elsewhere] = -1.0
    row, n = np.unravel_index(int(np.argmax(sims)), sims.shape)
    if sims[row, n] >= SAME_CLAIM_COSINE:
        return typed[n]
    if not all(_is_reference(candidates[i]) for i in members):
        return None
    near = [
        (_names(candidates[i], candidates[typed[n]]), float(sims[row, n]), typed[n])
        for row, i in enumerate(members)
        for n in local
        if candidates[typed[n]].member.article == candidates[i].member.article and sims[row, n] > -1.0
    ]
    named, cosine, event = max(near, default=(False, 0.0, None))
    return event if named or cosine >= REFERENCE_COSINE else None


def _statement(members: Sequence[_Candidate], vectors: np.ndarray, originals: set[str]) -> str:
    """The member text closest to the group's centroid, preferring what a report holds true (not a
    hypothetical or future event) and original reports to copies."""
    pool = [i for i, c in enumerate(members) if c.member.article in originals] or list(range(len(members)))
    held = [i for i in pool if members[i].status not in UNSETTLED_STATUSES]
    pool = held or pool
    centroid = vectors.mean(axis=0)
    best = max(pool, key=lambda i: (float(vectors[i] @ centroid), -len(members[i].statement)))
    text = " ".join(members[best].statement.split()).rstrip(",;:")
    if text[:5].lower() == "that ":  # an indirect quote's complementizer ("said that ...")
        text = text[5:]
    if len(text) > STATEMENT_MAX_CHARS:
        text = text[: STATEMENT_MAX_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return text


def claim_id(key: str) -> str:
    """A stable claim id: ``c`` and 12 hex digits of the SHA-1 of the claim's defining key."""
    return "c" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _defining_key(members: Sequence[_Candidate], statement: str) -> str:
    coded = sorted({(c.type, c.actor, c.recipient) for c in members if c.type and (c.actor or c.recipient)})
    if coded:
        kind, actor, recipient = coded[0]
        return f"event|{kind}|{','.join(actor)}|{','.join(recipient)}"
    return "text|" + " ".join(sorted(set(content_stems(statement))))


def _earliest(dates: Iterable[str | None]) -> str | None:
    known = sorted(d for d in dates if d)
    return known[0] if known else None


def build_claims(
    extractions: Sequence[Extraction],
    copies: Sequence[Sequence[str]] = (),
    encoder: Encoder | None = None,
) -> list[Claim]:
    """Group the events and attributed statements of ``extractions`` into claims, most-reported first.

    ``copies`` are groups of article ids (``find_copies``); a claim's statement is taken from an original
    report where one states it. ``encoder`` embeds texts (MiniLM by default).
    """
    candidates = _candidates(extractions)
    if not candidates:
        return []
    vectors = (encoder or encode)([c.statement for c in candidates])
    copied = {article for group in copies for article in list(group)[1:]}
    originals = {r.id for r in extractions} - copied
    claims: list[Claim] = []
    used_ids: set[str] = set()
    for group in _group(candidates, vectors):
        members = [candidates[i] for i in group]
        statement = _statement(members, vectors[group], originals)
        key = _defining_key(members, statement)
        cid = claim_id(key)
        suffix = 2
        while cid in used_ids:  # two groups with one key (dates too far apart): keep ids distinct and stable
            cid = claim_id(f"{key}|{suffix}")
            suffix += 1
        used_ids.add(cid)
        coded = next((c for c in members if c.type and (c.actor or c.recipient)), None) or members[0]
        claims.append(
            Claim(
                id=cid,
                statement=statement,
                type=coded.type,
                actor=list(coded.actor),
                recipient=list(coded.recipient),
                date=_earliest(c.date for c in members),
                events=[c.member for c in members if c.member.kind == "event"],
                attributions=[c.member for c in members if c.member.kind == "attribution"],
            )
        )
    claims.sort(key=lambda c: (-len(c.articles), c.date or "9999", c.id))
    return claims


def match_claims(
    claims: Sequence[Claim], query: str, encoder: Encoder | None = None, min_cosine: float = QUERY_COSINE
) -> list[Claim]:
    """The claims whose statement is close to ``query`` (MiniLM cosine), closest first."""
    if not claims or not query.strip():
        return list(claims)
    vectors = (encoder or encode)([query, *(c.statement for c in claims)])
    scores = vectors[1:] @ vectors[0]
    ranked = sorted(zip(scores.tolist(), range(len(claims)), strict=True), key=lambda x: (-x[0], x[1]))
    return [claims[i] for score, i in ranked if score >= min_cosine]
