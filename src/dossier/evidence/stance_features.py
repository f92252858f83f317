"""Features of a (claim, article) pair for the stance model: overlap, similarity and stance words.

A body is read once (``read_body``: sentences, stems, TF-IDF, MiniLM vectors) and then paired with any
number of headlines or claims, so a batch costs one encoder pass per distinct text.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from scipy import sparse

from dossier.evidence.encoder import Encoder
from dossier.evidence.lexicon import AFFIRMING, FRAMES, HEDGING, NEGATING, PROTOTYPES, REFUTING
from dossier.evidence.text import content_stems, sentence_spans, sentences, stem, tokens

TOP_SENTENCES = 3
NEGATION_WINDOW = 4
LEAD_SENTENCES = 2


@dataclass(frozen=True)
class Vocabulary:
    """A fitted TF-IDF vocabulary: stem -> column, and each column's inverse document frequency."""

    index: dict[str, int]
    idf: np.ndarray

    @classmethod
    def fit(cls, documents: Sequence[str], max_terms: int = 5000, min_df: int = 2) -> Vocabulary:
        """Keep the ``max_terms`` stems found in the most documents (at least ``min_df``)."""
        df: dict[str, int] = {}
        for doc in documents:
            for term in set(content_stems(doc)):
                df[term] = df.get(term, 0) + 1
        kept = sorted((t for t, n in df.items() if n >= min_df), key=lambda t: (-df[t], t))[:max_terms]
        n_docs = len(documents)
        idf = np.array([math.log((1 + n_docs) / (1 + df[t])) + 1.0 for t in kept], dtype=np.float32)
        return cls({t: i for i, t in enumerate(kept)}, idf)

    def vectorize(self, stem_lists: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        """L2-normalised TF-IDF rows (sublinear term frequency), one per list of stems."""
        rows, cols, vals = [], [], []
        for r, stems in enumerate(stem_lists):
            counts: dict[int, int] = {}
            for s in stems:
                col = self.index.get(s)
                if col is not None:
                    counts[col] = counts.get(col, 0) + 1
            if not counts:
                continue
            weights = np.array([(1 + math.log(c)) * self.idf[col] for col, c in counts.items()])
            weights /= np.linalg.norm(weights)
            rows.extend([r] * len(counts))
            cols.extend(counts)
            vals.extend(weights.tolist())
        return sparse.csr_matrix(
            (vals, (rows, cols)), shape=(len(stem_lists), len(self.index)), dtype=np.float32
        )


@dataclass(frozen=True)
class TextView:
    """What the stance model reads in one text, computed once and reused for every pair it is in."""

    text: str
    sentences: list[str]
    sentence_stems: list[list[str]]  # content stems per sentence
    sentence_words: list[list[str]]  # every token's stem per sentence (stance words, negations)
    stems: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    tfidf: sparse.csr_matrix  # 1 x V, the whole text
    sentence_tfidf: sparse.csr_matrix  # S x V
    vectors: np.ndarray  # S x 384 MiniLM, unit length
    mean_vector: np.ndarray  # 384, unit length


def _bigrams(stems: Sequence[str]) -> set[tuple[str, str]]:
    return set(zip(stems, stems[1:], strict=False))


def read_text(
    text: str, vocabulary: Vocabulary, vectors: np.ndarray, as_one_sentence: bool = False
) -> TextView:
    """A ``TextView`` of ``text``; ``vectors`` are the MiniLM rows of ``split_for_encoding(text)``."""
    parts = split_for_encoding(text, as_one_sentence)
    stems_per = [content_stems(s) for s in parts]
    words_per = [[stem(t) for t in tokens(s)] for s in parts]
    all_stems = [s for ss in stems_per for s in ss]
    mean = vectors.mean(axis=0) if len(vectors) else np.zeros(vectors.shape[1], dtype=np.float32)
    norm = float(np.linalg.norm(mean))
    return TextView(
        text=text,
        sentences=parts,
        sentence_stems=stems_per,
        sentence_words=words_per,
        stems=frozenset(all_stems),
        bigrams=frozenset(b for ss in stems_per for b in _bigrams(ss)),
        tfidf=vocabulary.vectorize([all_stems]),
        sentence_tfidf=vocabulary.vectorize(stems_per),
        vectors=vectors,
        mean_vector=mean / norm if norm else mean,
    )


def split_for_encoding(text: str, as_one_sentence: bool = False) -> list[str]:
    """The pieces of ``text`` the encoder embeds: its sentences, or the whole text for a headline."""
    if as_one_sentence:
        return [text.strip() or text]
    return sentences(text) or [text.strip() or text]


def _rate(words: Sequence[str], lexicon: frozenset[str]) -> int:
    return sum(1 for w in words if w in lexicon)


def _negated_overlap(words: Sequence[str], overlap: frozenset[str] | set[str]) -> int:
    """How many overlapping words have a negation within a few tokens before or after them."""
    neg_positions = [i for i, w in enumerate(words) if w in NEGATING or w in REFUTING]
    if not neg_positions:
        return 0
    hits = 0
    for i, w in enumerate(words):
        if w in overlap and any(abs(i - j) <= NEGATION_WINDOW for j in neg_positions):
            hits += 1
    return hits


RELATED_FEATURES = (
    "overlap",
    "jaccard",
    "idf_overlap",
    "lead_overlap",
    "bigram_overlap",
    "tfidf_cos",
    "tfidf_max_sentence",
    "minilm_max",
    "minilm_top3",
    "minilm_mean",
    "minilm_first",
    "headline_len",
    "body_len_log",
)

STANCE_WORD_FEATURES = (
    "h_refute",
    "h_hedge",
    "h_affirm",
    "h_negate",
    "h_question",
    "b_refute",
    "b_hedge",
    "b_affirm",
    "b_negate",
    "top_refute",
    "top_hedge",
    "top_affirm",
    "top_negate",
    "lead_refute",
    "lead_hedge",
    "lead_affirm",
    "top_negated_overlap",
    "b_negated_overlap",
    "refute_both",
    "b_quotes",
)


def related_features(head: TextView, body: TextView, vocabulary: Vocabulary) -> tuple[np.ndarray, np.ndarray]:
    """The relatedness features of a pair, and the indexes of the body sentences closest to the headline."""
    h = head.stems
    n_h = max(len(h), 1)
    shared = h & body.stems
    idf_of = vocabulary.idf
    idx = vocabulary.index
    idf_total = sum(idf_of[idx[s]] if s in idx else idf_of.max() for s in h) or 1.0
    idf_shared = sum(idf_of[idx[s]] if s in idx else idf_of.max() for s in shared)
    lead = set().union(*body.sentence_stems[:LEAD_SENTENCES]) if body.sentence_stems else set()
    sent_tfidf = np.asarray((body.sentence_tfidf @ head.tfidf.T).todense()).ravel()
    sent_minilm = body.vectors @ head.vectors[0]
    combined = sent_minilm + sent_tfidf
    top = np.argsort(-combined)[:TOP_SENTENCES]
    values = np.array(
        [
            len(shared) / n_h,
            len(shared) / max(len(h | body.stems), 1),
            idf_shared / idf_total,
            len(h & lead) / n_h,
            len(head.bigrams & body.bigrams) / max(len(head.bigrams), 1),
            float((body.tfidf @ head.tfidf.T).sum()),
            float(sent_tfidf.max()) if len(sent_tfidf) else 0.0,
            float(sent_minilm.max()) if len(sent_minilm) else 0.0,
            float(np.sort(sent_minilm)[-TOP_SENTENCES:].mean()) if len(sent_minilm) else 0.0,
            float(body.mean_vector @ head.vectors[0]),
            float(sent_minilm[0]) if len(sent_minilm) else 0.0,
            float(len(h)),
            math.log1p(len(body.sentences)),
        ],
        dtype=np.float32,
    )
    return values, top


def stance_word_features(head: TextView, body: TextView, top: np.ndarray) -> np.ndarray:
    """Refuting, hedging, affirming and negating words in the headline, the body and its closest sentences."""
    h_words = head.sentence_words[0] if head.sentence_words else []
    body_words = [w for ws in body.sentence_words for w in ws]
    top_words = [w for i in top for w in body.sentence_words[i]]
    lead_words = [w for ws in body.sentence_words[:LEAD_SENTENCES] for w in ws]
    per_body = max(len(body_words), 1) / 100.0
    per_top = max(len(top_words), 1) / 100.0
    per_lead = max(len(lead_words), 1) / 100.0
    overlap = head.stems & body.stems
    h_refute = _rate(h_words, REFUTING)
    b_refute = _rate(body_words, REFUTING) / per_body
    return np.array(
        [
            h_refute,
            _rate(h_words, HEDGING),
            _rate(h_words, AFFIRMING),
            _rate(h_words, NEGATING),
            float("?" in head.text),
            b_refute,
            _rate(body_words, HEDGING) / per_body,
            _rate(body_words, AFFIRMING) / per_body,
            _rate(body_words, NEGATING) / per_body,
            _rate(top_words, REFUTING) / per_top,
            _rate(top_words, HEDGING) / per_top,
            _rate(top_words, AFFIRMING) / per_top,
            _rate(top_words, NEGATING) / per_top,
            _rate(lead_words, REFUTING) / per_lead,
            _rate(lead_words, HEDGING) / per_lead,
            _rate(lead_words, AFFIRMING) / per_lead,
            sum(_negated_overlap(body.sentence_words[i], overlap) for i in top),
            sum(_negated_overlap(ws, overlap) for ws in body.sentence_words) / per_body,
            float(h_refute > 0) * b_refute,
            (body.text.count('"') + body.text.count("“")) / per_body,
        ],
        dtype=np.float32,
    )


PROTOTYPE_FEATURES = tuple(
    f"{part}_{kind}" for kind in PROTOTYPES for part in ("proto_max", "proto_top", "proto_lead", "proto_head")
)


def prototype_features(head: TextView, body: TextView, top: np.ndarray, prototypes: np.ndarray) -> np.ndarray:
    """Closeness of the body's sentences (all, closest to the headline, lead) and the headline to each
    stance's prototype sentences; ``prototypes`` holds one unit vector per prototype, in ``PROTOTYPES`` order."""
    values = []
    start = 0
    for kind in PROTOTYPES:
        rows = prototypes[start : start + len(PROTOTYPES[kind])]
        start += len(PROTOTYPES[kind])
        sims = (body.vectors @ rows.T).max(axis=1)
        values += [
            float(sims.max()),
            float(sims[top].max()) if len(top) else 0.0,
            float(sims[:LEAD_SENTENCES].max()),
            float((head.vectors @ rows.T).max()),
        ]
    return np.array(values, dtype=np.float32)


FRAMING_FEATURES = (
    *(f"{part}_{kind}" for kind in FRAMES for part in ("frame_max_gain", "frame_top_gain")),
    "refute_x_relevance",
    "refuting_sentence_share",
)
REFUTING_SENTENCE_COSINE = 0.45


def framing_features(
    head: TextView, body: TextView, top: np.ndarray, framed: np.ndarray, prototypes: np.ndarray
) -> np.ndarray:
    """How much closer the body's sentences are to the claim restated as false, confirmed or unconfirmed
    (``framed``: one vector per ``FRAMES`` entry) than to the bare claim, and how refuting its relevant
    sentences are."""
    to_head = body.vectors @ head.vectors[0]
    values = []
    for row in framed:
        to_frame = body.vectors @ row
        values += [float(to_frame.max() - to_head.max()), float((to_frame[top] - to_head[top]).mean())]
    refute = (body.vectors @ prototypes[: len(PROTOTYPES["refute"])].T).max(axis=1)
    values += [
        float((refute * np.clip(to_head, 0, None)).max()),
        float((refute >= REFUTING_SENTENCE_COSINE).mean()),
    ]
    return np.array(values, dtype=np.float32)


@lru_cache(maxsize=4)
def prototype_vectors(encoder: Encoder) -> np.ndarray:
    """Unit vectors of every prototype sentence, in ``PROTOTYPES`` order."""
    return encoder([p for kind in PROTOTYPES for p in PROTOTYPES[kind]])


def embedding_features(head: TextView, body: TextView, top: np.ndarray) -> np.ndarray:
    """The element-wise product of the headline's MiniLM vector and the mean of its closest sentences'."""
    s = body.vectors[top].mean(axis=0) if len(top) else np.zeros_like(head.vectors[0])
    return (head.vectors[0] * s).astype(np.float32)


@dataclass(frozen=True)
class BodyFacts:
    """What dossier's own extraction found in a body: its attributions and its events' statuses."""

    attributions: tuple[tuple[str, str, int], ...]  # (stance, content text, character offset)
    events: tuple[tuple[str, int, int], ...]  # (status, sentence start, sentence end)

    @classmethod
    def of(cls, extraction: Any) -> BodyFacts:
        """The facts of one ``dossier.extract`` record."""
        attributions = []
        for a in extraction.attributions:
            span = a.content if a.content is not None and a.content.spans else a.cue
            start = span.spans[0][0] if span is not None and span.spans else 0
            attributions.append((a.stance, a.content.text if a.content is not None else "", start))
        events = tuple((e.status, e.sentence[0], e.sentence[1]) for e in extraction.events)
        return cls(tuple(attributions), events)


FactsReader = Callable[[list[str]], list[BodyFacts]]

ATTRIBUTION_FEATURES = (
    "attr_count_log",
    "attr_deny_share",
    "attr_decline_share",
    "attr_nonassert_share",
    "deny_best_overlap",
    "deny_best_minilm",
    "decline_best_overlap",
    "decline_best_minilm",
    "best_attr_deny",
    "best_attr_decline",
    "best_attr_affirm",
    "best_attr_other",
    "best_attr_match",
    "denied_event_share",
    "denied_event_best_overlap",
    "denied_event_best_minilm",
)
_AFFIRMING_STANCES = frozenset({"assert", "confirm"})
_DENIED_STATUSES = frozenset({"denied", "negated"})


def attribution_features(head: TextView, body: TextView, facts: BodyFacts) -> np.ndarray:
    """Dossier's attributions and events in the body: how many deny or decline, how close the denying
    ones (and the denied or negated events' sentences) are to the headline, and the stance of the
    attribution that best matches the headline."""
    spans = sentence_spans(body.text)
    starts = [s for s, _ in spans] if len(spans) == len(body.sentences) else [0]
    to_head = body.vectors @ head.vectors[0]
    n_h = max(len(head.stems), 1)

    def closeness(text: str, offset: int) -> tuple[float, float]:
        i = min(max(bisect_right(starts, offset) - 1, 0), len(to_head) - 1)
        return len(head.stems & set(content_stems(text))) / n_h, float(to_head[i])

    n = len(facts.attributions)
    best = {"deny": (0.0, -1.0), "decline": (0.0, -1.0)}
    top_stance, top_score = None, -math.inf
    for kind, content, offset in facts.attributions:
        overlap, sim = closeness(content, offset)
        if kind in best:
            best[kind] = (max(best[kind][0], overlap), max(best[kind][1], sim))
        if overlap + sim > top_score:
            top_stance, top_score = kind, overlap + sim
    stances = [a[0] for a in facts.attributions]
    denied = [(a, b) for status, a, b in facts.events if status in _DENIED_STATUSES]
    event_scores = [closeness(body.text[a:b], a) for a, b in denied]
    return np.array(
        [
            math.log1p(n),
            stances.count("deny") / max(n, 1),
            stances.count("decline") / max(n, 1),
            sum(1 for s in stances if s not in _AFFIRMING_STANCES) / max(n, 1),
            *best["deny"],
            *best["decline"],
            float(top_stance == "deny"),
            float(top_stance == "decline"),
            float(top_stance in _AFFIRMING_STANCES),
            float(top_stance is not None and top_stance not in ("deny", "decline", *_AFFIRMING_STANCES)),
            top_score if top_stance is not None else 0.0,
            len(denied) / max(len(facts.events), 1),
            max((o for o, _ in event_scores), default=0.0),
            max((m for _, m in event_scores), default=-1.0),
        ],
        dtype=np.float32,
    )


N_WORD_FEATURES = (
    len(STANCE_WORD_FEATURES) + len(PROTOTYPE_FEATURES) + len(FRAMING_FEATURES) + len(ATTRIBUTION_FEATURES)
)


@dataclass(frozen=True)
class PairFeatures:
    """Every feature block of a batch of pairs, row-aligned."""

    related: np.ndarray  # N x len(RELATED_FEATURES)
    words: np.ndarray  # N x N_WORD_FEATURES: stance words, prototypes, framings
    embeddings: np.ndarray  # N x 384: headline vector times its closest sentences' vector

    def rows(self, index: np.ndarray) -> PairFeatures:
        """The features of the pairs at ``index``."""
        return PairFeatures(self.related[index], self.words[index], self.embeddings[index])


def read_texts(
    texts: Sequence[str], vocabulary: Vocabulary, encoder: Encoder, as_one_sentence: bool
) -> list[TextView]:
    """``TextView`` of each text, with one encoder call for all their sentences."""
    pieces = [split_for_encoding(t, as_one_sentence) for t in texts]
    vectors = encoder([p for ps in pieces for p in ps])
    views, start = [], 0
    for text, ps in zip(texts, pieces, strict=True):
        views.append(read_text(text, vocabulary, vectors[start : start + len(ps)], as_one_sentence))
        start += len(ps)
    return views


def featurize_pairs(
    pairs: Sequence[tuple[str, str]],
    vocabulary: Vocabulary,
    encoder: Encoder,
    facts_reader: FactsReader,
) -> PairFeatures:
    """Features of ``(claim or headline, article body)`` pairs; each distinct text is read once.
    ``facts_reader`` gives the ``BodyFacts`` of each body from its extraction (``pipeline.stance_facts``
    extracts them; a store's extractions give them for free)."""
    heads = list(dict.fromkeys(h for h, _ in pairs))
    bodies = list(dict.fromkeys(b for _, b in pairs))
    head_views = dict(zip(heads, read_texts(heads, vocabulary, encoder, True), strict=True))
    body_views = dict(zip(bodies, read_texts(bodies, vocabulary, encoder, False), strict=True))
    facts = dict(zip(bodies, facts_reader(bodies), strict=True))
    prototypes = prototype_vectors(encoder)
    framed_all = encoder([frame.format(h) for h in heads for frame in FRAMES.values()])
    framed = {h: framed_all[i * len(FRAMES) : (i + 1) * len(FRAMES)] for i, h in enumerate(heads)}
    related, words, embeddings = [], [], []
    for h, b in pairs:
        head, body = head_views[h], body_views[b]
        values, top = related_features(head, body, vocabulary)
        related.append(values)
        words.append(
            np.concatenate(
                [
                    stance_word_features(head, body, top),
                    prototype_features(head, body, top, prototypes),
                    framing_features(head, body, top, framed[h], prototypes),
                    attribution_features(head, body, facts[b]),
                ]
            )
        )
        embeddings.append(embedding_features(head, body, top))
    return PairFeatures(
        related=np.vstack(related) if related else np.zeros((0, len(RELATED_FEATURES)), np.float32),
        words=np.vstack(words) if words else np.zeros((0, N_WORD_FEATURES), np.float32),
        embeddings=np.vstack(embeddings) if embeddings else np.zeros((0, 384), np.float32),
    )
