"""Claims: the items of many articles that state one proposition about one occasion, grouped.

Grouping works the way cross-document event coreference does. Candidates come from blocking: an item is
compared only with stored items that share a rare key (a content stem or an entity name that few items
carry: at most 5% of them and at most 1,000, so that finding them takes bounded time however large the
store grows), never with all pairs. A pairwise model (``dossier.evidence.linking``) scores each candidate pair
from what the two items say (MiniLM cosine, weighted word overlap, entities, figures, event codes, dates).
A new item joins the claim whose members it matches best *on average* (average link), so a claim cannot
grow into a topic by chaining unrelated items through intermediaries; else it starts a claim of its own.
Claims are maintained incrementally: a new article's items join or found claims, and nothing already
grouped is recomputed. Two items that would match but for a conflicting figure ("21 killed" / "31
killed") found different claims, linked as conflicting.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

import numpy as np

from dossier.evidence.encoder import Encoder, encode
from dossier.evidence.items import ClaimItem, claim_items
from dossier.evidence.linking import Linker, load_linker
from dossier.evidence.records import Claim
from dossier.nlp.words import REFERRING_PRONOUNS, RELATIVE_PRONOUNS
from dossier.schema import Extraction

MAX_CANDIDATES = 300  # stored items compared with one new item, the ones sharing the rarest keys
MAX_KEY_SHARE = 0.05  # a key carried by more than this share of items ("said", "U.S.") blocks nothing
MIN_KEY_ITEMS = 50  # ... once the store holds at least this many items
MAX_KEY_ITEMS = 1000  # nor one carried by more items than this, so that the items one new item is compared
# with are found in bounded time however large the store grows (a share alone grows with it)
STATEMENT_MAX_CHARS = 240
REACTION_SHARE = 0.6  # a denial joins an asserted claim at this share of the linker's threshold
REFERENCE_COSINE = 0.5  # a denial matching nothing elsewhere joins an earlier assertion this close ...
NEXT_ITEMS = 2  # ... or one of the items just before it ...
NEXT_COSINE = 0.35  # ... this close ...
NEAR_SLACK = 0.1  # ... unless one further back is this much closer
SAME_STORY_COSINE = 0.8  # two items of one story are one claim only this close (one restating the other)
COSINE_FLOOR = 0.3  # a claim none of whose members is this close to an item is not scored for it
# A denial that spells out what it denies ("reject claims that their joint ventures deprive ...", "denied
# that it had ...") is about what it says, not about whatever its article asserted just before it.
_SPELLED_OUT = re.compile(
    r"\b(?:claims?|allegations?|accusations?|assertions?|charges?|reports?|suggestions?|notion|idea)"
    r"\s+(?:that|of)\b|\bden(?:y|ies|ied|ying)\s+that\b",
    re.IGNORECASE,
)


# An assertion that names a claim without saying it ("reiterated the assertion", "repeated the charge"):
# it restates what its article reported just before it.
_BARE_CLAIM = re.compile(
    r"\b(?:reiterat|repeat|restat|stood by|stands by|stand by|echo|renew)\w*\s+(?:the|this|that|its|his|her|"
    r"their|these|those)\s+(?:\w+\s+)?(?:claims?|allegations?|accusations?|assertions?|charges?)\b",
    re.IGNORECASE,
)


def _restates(text: str) -> bool:
    return bool(_BARE_CLAIM.search(text)) and not _SPELLED_OUT.search(text)


def claim_id(article: str, idx: int) -> str:
    """A stable claim id: ``c`` and 12 hex digits of the SHA-1 of the founding item's article and index."""
    return "c" + hashlib.sha1(f"{article}\n{idx}".encode()).hexdigest()[:12]


@dataclass(slots=True)
class Member:
    """A grouped item as the index holds it."""

    item: ClaimItem
    vector: np.ndarray
    claim: str


class ItemIndex(Protocol):
    """Where grouped items live: in memory (``MemoryIndex``) or in the store."""

    def item_count(self) -> int: ...

    def key_counts(self, keys: Sequence[str]) -> dict[str, int]: ...

    def candidates(self, keys: Sequence[str], exclude_article: str, limit: int) -> list[str]:
        """Ids of the claims of up to ``limit`` items of other articles sharing the most of ``keys``."""
        ...

    def members(self, claims: Sequence[str]) -> dict[str, list[Member]]: ...

    def add(self, members: Sequence[Member]) -> None: ...

    def link(self, claim: str, other: str, relation: str) -> None: ...


@dataclass
class MemoryIndex:
    """An ``ItemIndex`` in memory, for grouping a batch of extractions without a store."""

    by_claim: dict[str, list[Member]] = field(default_factory=lambda: defaultdict(list))
    by_key: dict[str, list[Member]] = field(default_factory=lambda: defaultdict(list))
    links: set[tuple[str, str, str]] = field(default_factory=set)
    count: int = 0

    def item_count(self) -> int:
        return self.count

    def key_counts(self, keys: Sequence[str]) -> dict[str, int]:
        return {k: len(self.by_key.get(k, ())) for k in keys}

    def candidates(self, keys: Sequence[str], exclude_article: str, limit: int) -> list[str]:
        shared: dict[int, tuple[int, Member]] = {}
        for key in keys:
            for member in self.by_key.get(key, ()):
                if member.item.article != exclude_article:
                    n, _ = shared.get(id(member), (0, member))
                    shared[id(member)] = (n + 1, member)
        best = sorted(shared.values(), key=lambda x: -x[0])[:limit]
        return list(dict.fromkeys(m.claim for _, m in best))

    def members(self, claims: Sequence[str]) -> dict[str, list[Member]]:
        return {c: list(self.by_claim.get(c, ())) for c in claims}

    def add(self, members: Sequence[Member]) -> None:
        for member in members:
            self.by_claim[member.claim].append(member)
            for key in member.item.keys:
                self.by_key[key].append(member)
            self.count += 1

    def link(self, claim: str, other: str, relation: str) -> None:
        self.links.add((claim, other, relation))


def blocking_keys(item: ClaimItem, index: ItemIndex) -> tuple[list[str], dict[str, float]]:
    """The item's keys rare enough to block on, and every key's inverse document frequency."""
    keys = list(dict.fromkeys(item.keys))
    total = index.item_count()
    counts = index.key_counts(keys)
    idf = {k: math.log((total + 1) / (counts.get(k, 0) + 1)) + 1.0 for k in keys}
    if total < MIN_KEY_ITEMS:
        return keys, idf
    bound = min(MAX_KEY_SHARE * total, MAX_KEY_ITEMS)
    return [k for k in keys if counts.get(k, 0) <= bound], idf


class Grouper:
    """Adds the items of one article at a time to the claims held by an ``ItemIndex``."""

    def __init__(self, index: ItemIndex, linker: Linker | None = None) -> None:
        self.index = index
        self.linker = linker or load_linker()

    def add_article(self, items: Sequence[ClaimItem], vectors: np.ndarray) -> list[str]:
        """Group one article's items: each joins the claim it matches best on average (a denial or a
        refusal: on its best match), or founds one. Returns each item's claim id."""
        assigned: list[str] = []
        new: list[Member] = []
        for item, vector in zip(items, vectors, strict=True):
            keys, idf = blocking_keys(item, self.index)
            claims = self.index.candidates(keys, item.article, MAX_CANDIDATES)
            groups = self.index.members(claims)
            for member in new:  # the article's own earlier items are candidates too
                groups.setdefault(member.claim, []).append(member)
            reacting = item.stance in ("deny", "decline")
            pool = [m for members in groups.values() for m in members]
            cosines = np.stack([m.vector for m in pool]) @ vector if pool else np.zeros(0)
            cosine_of = {id(m): float(c) for m, c in zip(pool, cosines, strict=True)}
            scored: list[tuple[float, bool, str]] = []  # (score, the claim has assertions, claim)
            conflict = None
            for claim, members in groups.items():
                elsewhere = [m for m in members if m.item.article != item.article]
                others = elsewhere or members
                # what the claim states is what its members assert; denials and refusals only react to it
                asserted = [m for m in others if m.item.stance == "assert"]
                others = asserted or others
                closest = max(cosine_of[id(m)] for m in others)
                if closest < COSINE_FLOOR:
                    continue
                if not elsewhere and not reacting and closest < SAME_STORY_COSINE:
                    continue  # one story's sentences are one claim only where one restates the other: "Egypt
                    # and Turkey are traditionally allies" and a quote on their relations are two
                scores = [self.linker.score(item, m.item, cosine_of[id(m)], idf) for m in others]
                if any(s is None for s in scores):  # a conflicting figure: never the same claim
                    conflict = claim
                    continue
                # a denial answers one statement of the claim, not all of them: its best match counts
                scored.append((float(max(scores) if reacting else np.mean(scores)), bool(asserted), claim))
            best = None
            if not reacting and _restates(item.text):  # "Later, the military's media wing reiterated
                # the assertion": it says nothing of its own, so it joins the assertion just before it
                best = next((m.claim for m in reversed(new) if m.item.stance == "assert"), None)
            if reacting:  # a denial restates what it denies only in part: it joins an asserted claim at a
                # lower bar, before it would join other denials of the same thing
                reactions = [(score, claim) for score, asserted, claim in scored if asserted]
                score, claim = max(reactions, default=(0.0, None))
                best = claim if score >= REACTION_SHARE * self.linker.threshold else None
                if best is None and not _SPELLED_OUT.search(item.text):
                    best = self._refers_back(item, vector, new)
            if best is None and item.stance != "decline":  # a refusal to comment that joins no assertion is
                # about something of its own article: it never joins another refusal about who knows what
                score, _, claim = max(scored, default=(0.0, False, None))
                best = claim if score >= self.linker.threshold else None
            claim = best or claim_id(item.article, item.idx)
            if best is None and conflict is not None:
                self.index.link(claim, conflict, "conflicts")
            member = Member(item, vector, claim)
            new.append(member)
            assigned.append(claim)
        self.index.add(new)
        return assigned

    def _refers_back(self, item: ClaimItem, vector: np.ndarray, earlier: Sequence[Member]) -> str | None:
        """A denial or refusal that matches no claim elsewhere and does not spell out what it denies is about
        something its own article reported before it: one of the ``NEXT_ITEMS`` assertions just before it, the nearest first, at
        ``NEXT_COSINE`` ("Islamabad has blamed attacks on militants on Afghan soil. Afghan Taliban
        routinely deny providing sanctuary ..."), unless an earlier one is more than ``NEAR_SLACK``
        closer; else the closest earlier assertion at ``REFERENCE_COSINE``."""
        asserted = [
            (back, float(m.vector @ vector), m.claim)
            for back, m in enumerate(reversed(earlier), 1)
            if m.item.stance == "assert"
        ]
        closest = max((cosine for _, cosine, _ in asserted), default=0.0)
        for back, cosine, claim in asserted:  # the nearest first, unless one further back is much closer
            if back <= NEXT_ITEMS and cosine >= max(NEXT_COSINE, closest - NEAR_SLACK):
                return claim
        return next((claim for _, cosine, claim in asserted if cosine == closest >= REFERENCE_COSINE), None)


# Words a text cannot open on and stand alone: it points back ("It later claimed ...", "those involved
# ...") or is the tail of a sentence ("to be holding more than 200 hostages").
_LEANING_OPENERS = REFERRING_PRONOUNS | RELATIVE_PRONOUNS | {"this", "these", "those", "to", "and", "but"}


def stands_alone(text: str) -> bool:
    """Can ``text`` be read without the sentence around it: it opens on a capital, not on a pronoun?"""
    first = text.lstrip("\"“‘'( ").split(" ", 1)[0]
    return first[:1].isupper() and first.lower() not in _LEANING_OPENERS


def speaker(members: Sequence[Member]) -> Member:
    """The member that best speaks for the claim: asserted before denied, one that stands alone before one
    that points back ("The military claimed the killing of 33 terrorists", not "it killed 33 BLA
    terrorists"), closest to the others on average, shorter first."""
    vectors = np.stack([m.vector for m in members])
    centroid = vectors.mean(axis=0)
    return max(
        members,
        key=lambda m: (
            m.item.stance == "assert",
            stands_alone(m.item.text),
            float(m.vector @ centroid),
            -len(m.item.text),
        ),
    )


def statement(members: Sequence[Member]) -> str:
    """The claim's statement: its speaker's text, an indirect quote's "that" dropped, cut to length."""
    if not members:
        return ""
    # "(said) that ...": the complementizer goes; a demonstrative "That is the largest ..." stays
    chosen = speaker(members).item
    text = chosen.text.rstrip(",;: ").removeprefix("that ")
    if chosen.stance != "assert":  # only denied or declined: the claim is what is denied ("Both Pakistan
        # and China reject the claims that their joint ventures are depriving ...": the joint ventures ...)
        spelled = (m for m in _SPELLED_OUT.finditer(text) if m.group().lower().endswith("that"))
        denied = text[m.end() :].lstrip() if (m := next(spelled, None)) else ""
        if len(denied) >= 20:  # what follows "claims that", "denied that" is the claim
            text = denied.rstrip('.”" ')
            text = text[:1].upper() + text[1:]
    if len(text) > STATEMENT_MAX_CHARS:
        text = text[: STATEMENT_MAX_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return text


def make_claim(claim: str, members: Sequence[Member]) -> Claim:
    """The ``Claim`` record of a group of members."""
    items = [m.item for m in members]
    # what the claim states is what its assertions say: a denial's own event ("we reject ...") is no
    # type for the claim it denies, unless nothing asserts one
    typed_items = [i for i in items if i.stance == "assert" and i.type] or [i for i in items if i.type]
    coded = next((i for i in typed_items if i.actor or i.recipient), None)
    typed = coded or next(iter(typed_items), None)
    dates = sorted(i.date for i in items if i.date)
    return Claim(
        id=claim,
        statement=statement(members),
        type=typed.type if typed else None,
        actor=list(coded.actor) if coded else [],
        recipient=list(coded.recipient) if coded else [],
        date=dates[0] if dates else None,
        items=items,
    )


def build_claims(
    extractions: Sequence[Extraction],
    copies: Sequence[Sequence[str]] = (),
    encoder: Encoder | None = None,
) -> list[Claim]:
    """Group the items of ``extractions`` into claims in memory, most-reported first (earliest published
    articles are grouped first). ``copies`` are accepted for symmetry with the store; copies' items join
    their original's claims by themselves."""
    del copies
    order = sorted(range(len(extractions)), key=lambda i: (extractions[i].published or "9999", i))
    per_article = [claim_items(extractions[i]) for i in order]
    flat = [item for items in per_article for item in items]
    if not flat:
        return []
    vectors = (encoder or encode)([i.text for i in flat])
    index = MemoryIndex()
    grouper = Grouper(index)
    start = 0
    for items in per_article:
        grouper.add_article(items, vectors[start : start + len(items)])
        start += len(items)
    conflicts: dict[str, list[str]] = defaultdict(list)
    for a, b, _ in index.links:
        conflicts[a].append(b)
        conflicts[b].append(a)
    claims = []
    for cid, members in index.by_claim.items():
        claims.append(replace(make_claim(cid, members), conflicts=sorted(set(conflicts.get(cid, [])))))
    claims.sort(key=lambda c: (-len(c.articles), c.date or "9999", c.id))
    return claims


def match_claims(
    claims: Sequence[Claim], query: str, encoder: Encoder | None = None, min_cosine: float = 0.3
) -> list[Claim]:
    """The claims whose statement is close to ``query`` (MiniLM cosine), closest first."""
    if not claims or not query.strip():
        return list(claims)
    vectors = (encoder or encode)([query, *(c.statement for c in claims)])
    scores = vectors[1:] @ vectors[0]
    ranked = sorted(zip(scores.tolist(), range(len(claims)), strict=True), key=lambda x: (-x[0], x[1]))
    return [claims[i] for score, i in ranked if score >= min_cosine]
