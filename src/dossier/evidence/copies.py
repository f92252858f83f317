"""Copies: the same report under several outlets (wire copy, syndication, light edits), found with MinHash/LSH.

Texts are cut into word 5-gram shingles. MinHash LSH proposes candidate pairs at an estimated Jaccard
of ``CANDIDATE_JACCARD``; each candidate is then checked on the exact shingle sets and kept when the
shorter text's shingles are mostly found in the longer one (``COPY_CONTAINMENT``), which also catches a
wire story cut short by one outlet. Groups are the connected components of the kept pairs.
"""

from __future__ import annotations

from collections.abc import Iterable

from datasketch import MinHash, MinHashLSH

from dossier.evidence.text import tokens
from dossier.schema import Article, Extraction

SHINGLE_WORDS = 5
NUM_PERM = 128
CANDIDATE_JACCARD = 0.2  # a copy cut to half its length still has Jaccard ~0.25 at containment 0.6
COPY_CONTAINMENT = 0.6
MIN_SHINGLES = 8  # shorter texts say too little to call them copies


def shingles(text: str, size: int = SHINGLE_WORDS) -> frozenset[str]:
    """The word ``size``-grams of ``text`` (lower-cased, punctuation dropped)."""
    words = tokens(text)
    if len(words) < size:
        return frozenset([" ".join(words)]) if words else frozenset()
    return frozenset(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))


def containment(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller set found in the larger one."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _minhash(shingle_set: frozenset[str]) -> MinHash:
    signature = MinHash(num_perm=NUM_PERM, seed=1)
    signature.update_batch([s.encode("utf-8") for s in shingle_set])
    return signature


def copy_pairs(articles: Iterable[Article | Extraction]) -> list[tuple[str, str, float]]:
    """Pairs of article ids whose texts are copies of each other, with the containment that links them."""
    sets: dict[str, frozenset[str]] = {}
    for article in articles:
        if article.id in sets:
            continue
        found = shingles(article.text)
        if len(found) >= MIN_SHINGLES:
            sets[article.id] = found
    lsh = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=NUM_PERM)
    pairs: list[tuple[str, str, float]] = []
    for article_id, found in sets.items():
        signature = _minhash(found)
        for other in lsh.query(signature):
            score = containment(found, sets[other])
            if score >= COPY_CONTAINMENT:
                pairs.append((other, article_id, round(score, 3)))
        lsh.insert(article_id, signature)
    return pairs


def find_copies(articles: Iterable[Article | Extraction]) -> list[list[str]]:
    """Groups (two or more) of article ids that are copies of one report, each in input order.

    >>> a = Article("a", "Iran has sent short-range ballistic missiles to Russia, officials said on Friday.")
    >>> b = Article("b", "Iran has sent short-range ballistic missiles to Russia, officials said on Friday, Reuters")
    >>> find_copies([a, b])
    [['a', 'b']]
    """
    articles = list(articles)
    order = {a.id: i for i, a in reversed(list(enumerate(articles)))}
    parent = {a.id: a.id for a in articles}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, _ in copy_pairs(articles):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb, key=order.__getitem__)] = min(ra, rb, key=order.__getitem__)
    groups: dict[str, list[str]] = {}
    for article_id in sorted(parent, key=order.__getitem__):
        groups.setdefault(find(article_id), []).append(article_id)
    return sorted((g for g in groups.values() if len(g) > 1), key=lambda g: order[g[0]])
