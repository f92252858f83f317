"""Cross-document event coreference: which event mentions, in one report or many, are one real event.

The engine works the way cross-document coreference systems do, with nothing given but the texts:

1. **Document groups.** Reports about the same occasion share specific words, names, numbers and years;
   documents are grouped by average-link clustering of their TF-IDF vectors (content lemmas, entity names,
   numbers), so that two reports on one earthquake group together and a report on another earthquake of
   another year does not.
2. **Pairwise decision.** Candidate pairs are the mention pairs inside one document group (in a very large
   group, only pairs sharing a lemma or close in meaning). A small boosted-tree model, trained on ECB+ train
   (``training/train_coref.py``), gives each pair a probability from the trigger lemmas and their strings,
   MiniLM similarities of the sentences and of the triggers in context, the documents' similarity, and the
   overlap or conflict of names, numbers, dates and years, polarity and parts of speech.
3. **Clustering.** Average-link agglomerative clustering over the pair probabilities (a pair that is not a
   candidate counts as 0), stopped at a threshold chosen on train by cross-validation over topics, so one
   strong link cannot chain unrelated mentions through intermediaries.

Use::

    coref = Coref()                       # the bundled model
    labels = coref.cluster(documents, mentions)   # one cluster id per mention
    probs = coref.score(documents, mentions, [(0, 1), (0, 2)])
"""

from __future__ import annotations

import heapq
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from dossier.errors import ModelError
from dossier.nlp.syntax import sentence_of

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "coref" / "coref_model.json"
FORMAT_VERSION = 1
MAX_TOKENS = 128
ALL_PAIRS_LIMIT = 600  # a document group with more mentions gets blocked candidates, not all pairs
DOCUMENT_FLOOR = 0.03  # documents less similar than this never share a group, whatever the model says
NEIGHBOURS = 30  # per document, the most similar documents kept as grouping candidates (and per mention)

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT"})
_NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
_TIME_LABELS = frozenset({"DATE", "TIME"})
_NEGATIONS = frozenset({"not", "n't", "never", "no"})
_DETERMINERS = re.compile(r"^(the|a|an)\s+", re.I)

FEATURES = (
    "same_lemma",
    "same_trigger",
    "trigger_trigram",
    "lemma_cosine",
    "context_cosine",
    "sentence_cosine",
    "document_cosine",
    "document_embedding_cosine",
    "document_link",
    "same_document",
    "same_sentence",
    "sentence_distance",
    "sentence_entities_jaccard",
    "sentence_entities_shared",
    "document_entities_jaccard",
    "arguments_shared",
    "arguments_jaccard",
    "arguments_conflict",
    "numbers_shared",
    "numbers_conflict",
    "times_shared",
    "times_conflict",
    "years_shared",
    "years_conflict",
    "date_days_apart",
    "published_days_apart",
    "polarity_differs",
    "same_pos",
    "both_verbs",
    "both_nouns",
    "lemma_share_in_group",
    "group_size_log",
)


@dataclass(frozen=True)
class CorefMention:
    """One event mention: a trigger span in a document, with whatever the caller already knows about it.

    ``start``/``end`` are the trigger's (or, with no trigger, the clause's) character offsets into the
    document text. ``sentence`` is the sentence or clause span; ``text`` its text. Fields left empty are
    filled by the engine from the document's parse; given ones are kept (``entities`` are normalised
    names, ``numbers`` normalised numerals, ``date`` the event's ISO date, ``published`` the report's).
    """

    doc: str
    start: int
    end: int
    sentence: tuple[int, int] | None = None
    text: str | None = None
    trigger: str | None = None
    lemma: str | None = None
    pos: str | None = None
    entities: frozenset[str] = frozenset()
    numbers: frozenset[str] = frozenset()
    times: frozenset[str] = frozenset()
    arguments: frozenset[str] = frozenset()
    negated: bool | None = None
    date: str | None = None
    published: str | None = None


@dataclass
class DocumentInfo:
    """What the engine reads from one document: its terms, names, numbers and years."""

    terms: Counter
    entities: frozenset[str]
    years: frozenset[str]
    published: str | None = None


@dataclass
class Prepared:
    """Mentions completed from their documents' parses, with embeddings and document vectors."""

    mentions: list[CorefMention]
    doc_ids: list[str]
    doc_index: np.ndarray  # per mention, its document's row
    documents: list[DocumentInfo]
    doc_vectors: object  # scipy sparse, unit rows
    doc_embeddings: np.ndarray
    sentence_vectors: np.ndarray
    context_vectors: np.ndarray
    lemma_vectors: np.ndarray
    groups: np.ndarray | None = None  # document group per document
    dendrogram: Dendrogram | None = None  # the documents' average-link merge tree
    merges: list | None = None


@dataclass
class CorefModel:
    """Boosted trees over the pair features, with the two clustering thresholds."""

    trees: list[dict]
    base_score: float
    learning_rate: float
    document_threshold: float
    cluster_threshold: float
    features: tuple[str, ...] = FEATURES
    meta: dict = field(default_factory=dict)

    def predict(self, x: np.ndarray) -> np.ndarray:
        """The probability that each row's pair is coreferent."""
        if len(x) == 0:
            return np.zeros(0)
        raw = np.full(len(x), self.base_score, dtype=np.float64)
        for tree in self.trees:
            raw += self.learning_rate * _tree_values(tree, x)
        return 1.0 / (1.0 + np.exp(-raw))

    def to_json(self) -> dict:
        return {
            "format": FORMAT_VERSION,
            "features": list(self.features),
            "base_score": self.base_score,
            "learning_rate": self.learning_rate,
            "document_threshold": self.document_threshold,
            "cluster_threshold": self.cluster_threshold,
            "trees": self.trees,
            "meta": self.meta,
        }

    def save(self, path: Path = MODEL_PATH) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_json(), separators=(",", ":")), encoding="utf-8")

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> CorefModel:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelError(f"the coreference model {path} is missing or unreadable: {exc}") from exc
        if data.get("format") != FORMAT_VERSION or tuple(data.get("features", ())) != FEATURES:
            raise ModelError(f"the coreference model {path} was trained for other features; retrain it")
        return cls(
            trees=data["trees"],
            base_score=float(data["base_score"]),
            learning_rate=float(data["learning_rate"]),
            document_threshold=float(data["document_threshold"]),
            cluster_threshold=float(data["cluster_threshold"]),
            meta=data.get("meta", {}),
        )


@lru_cache(maxsize=1)
def load_default() -> CorefModel:
    """The bundled model trained on ECB+ train."""
    return CorefModel.load(MODEL_PATH)


def _tree_values(tree: dict, x: np.ndarray) -> np.ndarray:
    left = np.asarray(tree["left"])
    right = np.asarray(tree["right"])
    feature = np.asarray(tree["feature"])
    threshold = np.asarray(tree["threshold"])
    value = np.asarray(tree["value"])
    node = np.zeros(len(x), dtype=np.int64)
    for _ in range(64):
        inner = left[node] >= 0
        if not inner.any():
            break
        rows = np.flatnonzero(inner)
        at = node[rows]
        go_left = x[rows, feature[at]] <= threshold[at]
        node[rows] = np.where(go_left, left[at], right[at])
    return value[node]


# --------------------------------------------------------------------------------------------- parsing


def _normalise_name(text: str) -> str:
    text = _DETERMINERS.sub("", text.strip().lower())
    text = re.sub(r"['’]s$", "", text)
    return re.sub(r"[^\w ]+", "", text).strip()


def _normalise_number(text: str) -> str:
    return re.sub(r"[,\s]", "", text.lower())


def _head(tokens) -> object:
    """The syntactic head of a token run (the token whose head lies outside it)."""
    inside = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in inside or t.head.i == t.i:
            return t
    return tokens[0]


_ARGUMENT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "obj", "agent", "attr", "poss", "compound", "npadvmod"}
)


def _argument_word(t) -> str:
    if t.ent_iob_ != "O" and t.ent_type_:
        ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
        if ent is not None:
            return _normalise_name(ent.text)
    return t.lemma_.lower()


def _arguments(head) -> frozenset[str]:
    """The words filling the trigger's slots: subject, object, possessor, prepositional objects (the
    agent and patient of "stormed a hotel", "the attack on a train"), names whole, pronouns left out."""
    found = []
    for c in head.children:
        if c.dep_ in _ARGUMENT_DEPS:
            found.append(c)
        elif c.dep_ == "prep":
            found.extend(g for g in c.children if g.dep_ == "pobj")
    if head.dep_ in ("acl", "relcl") and head.head.pos_ in ("NOUN", "PROPN"):
        found.append(head.head)
    return frozenset(
        w for t in found if t.pos_ not in ("PRON", "DET") and not t.is_stop and (w := _argument_word(t))
    )


def _days_apart(a: str | None, b: str | None) -> float:
    """Days between two ISO dates (-1 when either is unknown)."""
    if not a or not b:
        return -1.0
    from datetime import date

    try:
        da = date.fromisoformat(a[:10])
        db = date.fromisoformat(b[:10])
    except ValueError:
        return -1.0
    return float(abs((da - db).days))


class Coref:
    """Cross-document event coreference over a set of documents and the event mentions in them."""

    def __init__(self, model: CorefModel | None = None, encoder_model: Callable | None = None) -> None:
        self.model = model
        self._encoder_model = encoder_model

    def _model(self) -> CorefModel:
        if self.model is None:
            self.model = load_default()
        return self.model

    # ---------------------------------------------------------------------------------- preparation

    def prepare(
        self,
        documents: Mapping[str, str],
        mentions: Sequence[CorefMention],
        published: Mapping[str, str] | None = None,
    ) -> Prepared:
        """Parse the documents once and complete every mention from its document."""
        from dossier.nlp.pipeline import parse

        doc_ids = list(documents)
        row = {d: i for i, d in enumerate(doc_ids)}
        missing = sorted({m.doc for m in mentions if m.doc not in row})
        if missing:
            raise ValueError(f"mentions refer to documents not given: {missing[:5]}")
        by_doc: dict[str, list[int]] = defaultdict(list)
        for k, m in enumerate(mentions):
            by_doc[m.doc].append(k)
        completed: list[CorefMention | None] = [None] * len(mentions)
        infos: list[DocumentInfo] = []
        for doc, doc_id in parse(((documents[d], d) for d in doc_ids), batch_size=16):
            info = self._document_info(doc)
            if published and doc_id in published:
                info.published = published[doc_id]
            infos.append(info)
            for k in by_doc.get(doc_id, ()):
                completed[k] = self._complete(mentions[k], doc, info)
        done = [m for m in completed if m is not None]
        doc_vectors = _tfidf([info.terms for info in infos])
        sentences = sorted({(m.doc, m.sentence) for m in done})
        sentence_row = {key: i for i, key in enumerate(sentences)}
        texts = [documents[d][s:e] for d, (s, e) in sentences]
        spans_by_sentence: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
        for k, m in enumerate(done):
            srow = sentence_row[(m.doc, m.sentence)]
            spans_by_sentence[srow].append((k, m.start - m.sentence[0], m.end - m.sentence[0]))
        sentence_vectors, context = self._encode(texts, spans_by_sentence, len(done))
        lemmas = sorted({m.lemma or "" for m in done})
        lemma_vectors_unique, _ = self._encode(lemmas, {}, 0)
        lemma_row = {lemma: i for i, lemma in enumerate(lemmas)}
        lemma_vectors = (
            lemma_vectors_unique[[lemma_row[m.lemma or ""] for m in done]]
            if done
            else np.zeros((0, 384), np.float32)
        )
        doc_index = np.array([row[m.doc] for m in done], dtype=np.int64)
        sentence_vectors = sentence_vectors[[sentence_row[(m.doc, m.sentence)] for m in done]]
        # a document's embedding: the mean of its mention sentences (cheap, and what the mentions are about)
        doc_embeddings = np.zeros((len(doc_ids), sentence_vectors.shape[1] if len(done) else 384), np.float32)
        if len(done):
            np.add.at(doc_embeddings, doc_index, sentence_vectors)
            norms = np.linalg.norm(doc_embeddings, axis=1, keepdims=True)
            doc_embeddings = doc_embeddings / np.maximum(norms, 1e-9)
        return Prepared(
            done,
            doc_ids,
            doc_index,
            infos,
            doc_vectors,
            doc_embeddings,
            sentence_vectors,
            context,
            lemma_vectors,
        )

    @staticmethod
    def _document_info(doc) -> DocumentInfo:
        terms: Counter = Counter()
        for t in doc:
            if t.is_stop or t.is_punct or t.is_space or t.pos_ not in _CONTENT_POS or len(t.text) < 2:
                continue
            terms["w:" + (t.lemma_.lower() if t.pos_ != "NUM" else _normalise_number(t.text))] += 1
        entities = set()
        for ent in doc.ents:
            if ent.label_ in _ENTITY_LABELS:
                name = _normalise_name(ent.text)
                if name:
                    entities.add(name)
                    terms["e:" + name] += 1
        years = frozenset(_YEAR.findall(doc.text))
        for y in years:
            terms["y:" + y] += 2
        return DocumentInfo(terms, frozenset(entities), years)

    @staticmethod
    def _complete(m: CorefMention, doc, info: DocumentInfo) -> CorefMention:
        text = doc.text
        start, end = m.start, m.end
        tokens = [t for t in doc if t.idx < end and t.idx + len(t.text) > start and not t.is_space]
        sentence = m.sentence
        if sentence is None:
            if tokens:
                sent = sentence_of(tokens[0])
                sentence = (sent.start_char, sent.end_char)
            else:
                sentence = (start, end)
        s0, s1 = sentence
        changes: dict = {"sentence": sentence}
        if m.text is None:
            changes["text"] = text[s0:s1]
        if m.trigger is None:
            changes["trigger"] = text[start:end]
        head = _head(tokens) if tokens else None
        if m.lemma is None:
            changes["lemma"] = (head.lemma_.lower() if head is not None else text[start:end].lower()).strip()
        if m.pos is None:
            changes["pos"] = head.pos_ if head is not None else ""
        if m.negated is None:
            changes["negated"] = bool(
                head is not None and any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in head.children)
            )
        if not m.arguments and head is not None:
            changes["arguments"] = _arguments(head)
        span = doc.char_span(s0, s1, alignment_mode="expand")
        ents = span.ents if span is not None else []
        if not m.entities:
            changes["entities"] = frozenset(
                n for e in ents if e.label_ in _ENTITY_LABELS and (n := _normalise_name(e.text))
            )
        if not m.numbers:
            nums = {_normalise_number(e.text) for e in ents if e.label_ in _NUMBER_LABELS}
            if span is not None:
                nums |= {
                    _normalise_number(t.text) for t in span if t.like_num and t.ent_type_ not in _TIME_LABELS
                }
            changes["numbers"] = frozenset(n for n in nums if n)
        if not m.times:
            times = {_normalise_name(e.text) for e in ents if e.label_ in _TIME_LABELS}
            times |= set(_YEAR.findall(text[s0:s1]))
            changes["times"] = frozenset(t for t in times if t)
        if m.published is None and info.published:
            changes["published"] = info.published
        return replace(m, **changes)

    def _encode(
        self, texts: list[str], spans: Mapping[int, list[tuple[int, int, int]]], n_mentions: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """MiniLM sentence vectors of ``texts`` and, for each (mention, start, end) in ``spans[row]``, the
        mean of its tokens' contextual vectors (unit length)."""
        context = np.zeros((n_mentions, 384), dtype=np.float32)
        if not texts:
            return np.zeros((0, 384), dtype=np.float32), context
        import torch

        from dossier.evidence.encoder import load_encoder

        st = self._encoder_model() if self._encoder_model else load_encoder()
        tokenizer = st.tokenizer
        transformer = st[0].auto_model
        out = np.zeros((len(texts), 384), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        with torch.inference_mode():
            for b in range(0, len(order), 64):
                rows = order[b : b + 64]
                batch = tokenizer(
                    [texts[i] for i in rows],
                    padding=True,
                    truncation=True,
                    max_length=MAX_TOKENS,
                    return_offsets_mapping=True,
                    return_tensors="pt",
                )
                offsets = batch.pop("offset_mapping").numpy()
                hidden = transformer(**batch).last_hidden_state.numpy()
                mask = batch["attention_mask"].numpy().astype(np.float32)
                pooled = (hidden * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
                out[rows] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-9)
                for j, r in enumerate(rows):
                    for k, s, e in spans.get(r, ()):
                        off = offsets[j]
                        sel = (mask[j] > 0) & (off[:, 1] > off[:, 0]) & (off[:, 0] < e) & (off[:, 1] > s)
                        vec = hidden[j][sel].mean(0) if sel.any() else pooled[j]
                        context[k] = vec / max(float(np.linalg.norm(vec)), 1e-9)
        return out, context

    # ------------------------------------------------------------------------------- document groups

    def document_groups(self, prepared: Prepared, threshold: float | None = None) -> np.ndarray:
        """A group id per document: average-link clustering of TF-IDF cosines above ``threshold``."""
        threshold = self._model().document_threshold if threshold is None else threshold
        n = len(prepared.doc_ids)
        if prepared.merges is None:
            pairs, sims = document_neighbours(prepared.doc_vectors)
            prepared.merges = []
            average_link(n, pairs, sims, DOCUMENT_FLOOR, prepared.merges)
            prepared.dendrogram = Dendrogram(n, prepared.merges)
        parent = list(range(n))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b, sim in prepared.merges:
            if sim >= threshold:
                parent[find(b)] = find(a)
        return np.array([find(i) for i in range(n)], dtype=np.int64)

    # ----------------------------------------------------------------------------------- candidates

    def candidate_pairs(self, prepared: Prepared, groups: np.ndarray) -> np.ndarray:
        """Mention pairs (i < j) inside one document group; in a very large group, only pairs that share
        a lemma or whose contexts are among each other's nearest."""
        by_group: dict[int, list[int]] = defaultdict(list)
        for k, d in enumerate(prepared.doc_index):
            by_group[int(groups[d])].append(k)
        chunks = []
        for members in by_group.values():
            idx = np.array(members, dtype=np.int64)
            if len(idx) < 2:
                continue
            if len(idx) <= ALL_PAIRS_LIMIT:
                a, b = np.triu_indices(len(idx), 1)
                chunks.append(np.stack([idx[a], idx[b]], 1))
                continue
            found = set()
            by_lemma: dict[str, list[int]] = defaultdict(list)
            for k in idx:
                by_lemma[prepared.mentions[k].lemma or ""].append(int(k))
            for same in by_lemma.values():
                for x in range(len(same)):
                    for y in range(x + 1, len(same)):
                        found.add((same[x], same[y]))
            vecs = prepared.context_vectors[idx]
            for s in range(0, len(idx), 512):
                sims = vecs[s : s + 512] @ vecs.T
                near = np.argsort(-sims, axis=1)[:, 1 : NEIGHBOURS + 1]
                for r, cols in enumerate(near):
                    i = int(idx[s + r])
                    for c in cols:
                        j = int(idx[c])
                        found.add((min(i, j), max(i, j)))
            chunks.append(np.array(sorted(found), dtype=np.int64).reshape(-1, 2))
        if not chunks:
            return np.zeros((0, 2), dtype=np.int64)
        return np.concatenate(chunks)

    # ------------------------------------------------------------------------------------- features

    def features(self, prepared: Prepared, pairs: np.ndarray, groups: np.ndarray | None = None) -> np.ndarray:
        """One row of ``FEATURES`` per pair."""
        pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
        n = len(pairs)
        x = np.zeros((n, len(FEATURES)), dtype=np.float32)
        if n == 0:
            return x
        if groups is None:
            groups = np.zeros(len(prepared.doc_ids), dtype=np.int64)
        ms = prepared.mentions
        i, j = pairs[:, 0], pairs[:, 1]
        di, dj = prepared.doc_index[i], prepared.doc_index[j]
        col = {name: c for c, name in enumerate(FEATURES)}

        def rowdot(a: np.ndarray, b: np.ndarray) -> np.ndarray:
            return np.einsum("ij,ij->i", a, b)

        x[:, col["lemma_cosine"]] = rowdot(prepared.lemma_vectors[i], prepared.lemma_vectors[j])
        x[:, col["context_cosine"]] = rowdot(prepared.context_vectors[i], prepared.context_vectors[j])
        x[:, col["sentence_cosine"]] = rowdot(prepared.sentence_vectors[i], prepared.sentence_vectors[j])
        x[:, col["document_embedding_cosine"]] = rowdot(
            prepared.doc_embeddings[di], prepared.doc_embeddings[dj]
        )
        dv = prepared.doc_vectors
        x[:, col["document_cosine"]] = np.asarray(dv[di].multiply(dv[dj]).sum(axis=1)).ravel()
        if prepared.dendrogram is None:
            self.document_groups(prepared, 1.0)
        tree = prepared.dendrogram
        x[:, col["document_link"]] = [tree.similarity(int(a), int(b)) for a, b in zip(di, dj, strict=True)]
        # lemma statistics within each mention's document group
        group_of = groups[prepared.doc_index]
        group_size = Counter(group_of.tolist())
        lemma_count = Counter(zip(group_of.tolist(), [m.lemma for m in ms], strict=True))
        tri_cache: dict[int, set[str]] = {}

        def trigrams(k: int) -> set[str]:
            if k not in tri_cache:
                t = f"  {(ms[k].trigger or '').lower()} "
                tri_cache[k] = {t[p : p + 3] for p in range(len(t) - 2)}
            return tri_cache[k]

        docs = prepared.documents
        for r in range(n):
            a, b = ms[i[r]], ms[j[r]]
            same_doc = a.doc == b.doc
            x[r, col["same_lemma"]] = float(bool(a.lemma) and a.lemma == b.lemma)
            x[r, col["same_trigger"]] = float((a.trigger or "").lower() == (b.trigger or "").lower())
            ta, tb = trigrams(int(i[r])), trigrams(int(j[r]))
            x[r, col["trigger_trigram"]] = len(ta & tb) / max(1, len(ta | tb))
            x[r, col["same_document"]] = float(same_doc)
            x[r, col["same_sentence"]] = float(same_doc and a.sentence == b.sentence)
            x[r, col["sentence_distance"]] = (
                min(10.0, abs(a.sentence[0] - b.sentence[0]) / 100.0) if same_doc else -1.0
            )
            x[r, col["sentence_entities_jaccard"]] = _jaccard(a.entities, b.entities)
            x[r, col["sentence_entities_shared"]] = min(3, len(a.entities & b.entities))
            da, db = docs[di[r]], docs[dj[r]]
            x[r, col["document_entities_jaccard"]] = _jaccard(da.entities, db.entities)
            x[r, col["arguments_shared"]] = min(3, len(a.arguments & b.arguments))
            x[r, col["arguments_jaccard"]] = _jaccard(a.arguments, b.arguments)
            x[r, col["arguments_conflict"]] = float(
                bool(a.arguments) and bool(b.arguments) and not a.arguments & b.arguments
            )
            x[r, col["numbers_shared"]] = min(3, len(a.numbers & b.numbers))
            x[r, col["numbers_conflict"]] = float(
                bool(a.numbers) and bool(b.numbers) and not a.numbers & b.numbers
            )
            x[r, col["times_shared"]] = min(3, len(a.times & b.times))
            x[r, col["times_conflict"]] = float(bool(a.times) and bool(b.times) and not a.times & b.times)
            x[r, col["years_shared"]] = min(3, len(da.years & db.years))
            x[r, col["years_conflict"]] = float(bool(da.years) and bool(db.years) and not da.years & db.years)
            x[r, col["date_days_apart"]] = _days_apart(a.date, b.date)
            x[r, col["published_days_apart"]] = _days_apart(a.published, b.published)
            x[r, col["polarity_differs"]] = float(bool(a.negated) != bool(b.negated))
            x[r, col["same_pos"]] = float(a.pos == b.pos)
            x[r, col["both_verbs"]] = float(a.pos == "VERB" and b.pos == "VERB")
            x[r, col["both_nouns"]] = float(a.pos in ("NOUN", "PROPN") and b.pos in ("NOUN", "PROPN"))
            g = int(group_of[i[r]])
            size = group_size[g]
            x[r, col["lemma_share_in_group"]] = (
                lemma_count[(g, a.lemma)] / size if a.lemma == b.lemma else 0.0
            )
            x[r, col["group_size_log"]] = math.log1p(size)
        return x

    # ------------------------------------------------------------------------------------ decisions

    def score(
        self,
        documents: Mapping[str, str],
        mentions: Sequence[CorefMention],
        pairs: Sequence[tuple[int, int]],
        published: Mapping[str, str] | None = None,
    ) -> np.ndarray:
        """The probability that each pair of mentions (indices into ``mentions``) is one event."""
        prepared = self.prepare(documents, mentions, published)
        groups = self.document_groups(prepared)
        return self._model().predict(self.features(prepared, np.asarray(pairs), groups))

    def cluster(
        self,
        documents: Mapping[str, str],
        mentions: Sequence[CorefMention],
        published: Mapping[str, str] | None = None,
    ) -> list[int]:
        """A cluster id per mention (0, 1, ... in order of first appearance)."""
        if not mentions:
            return []
        prepared = self.prepare(documents, mentions, published)
        return self.cluster_prepared(prepared)

    def cluster_prepared(
        self,
        prepared: Prepared,
        document_threshold: float | None = None,
        cluster_threshold: float | None = None,
    ) -> list[int]:
        model = self._model()
        groups = self.document_groups(prepared, document_threshold)
        prepared.groups = groups
        pairs = self.candidate_pairs(prepared, groups)
        probs = model.predict(self.features(prepared, pairs, groups))
        threshold = model.cluster_threshold if cluster_threshold is None else cluster_threshold
        labels = average_link(len(prepared.mentions), pairs, probs, threshold)
        return _renumber(labels)


def _jaccard(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _renumber(labels: np.ndarray) -> list[int]:
    seen: dict[int, int] = {}
    return [seen.setdefault(int(lab), len(seen)) for lab in labels]


def _tfidf(counts: list[Counter]):
    """Unit-length sublinear TF-IDF rows (scipy CSR), IDF from the documents themselves."""
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    df: Counter = Counter()
    for c in counts:
        df.update(c.keys())
    n = len(counts)
    for r, c in enumerate(counts):
        for term, tf in c.items():
            k = vocab.setdefault(term, len(vocab))
            rows.append(r)
            cols.append(k)
            vals.append((1.0 + math.log(tf)) * (math.log((1 + n) / (1 + df[term])) + 1.0))
    m = csr_matrix((vals, (rows, cols)), shape=(n, max(1, len(vocab))), dtype=np.float64)
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    from scipy.sparse import diags

    return (diags(1.0 / norms) @ m).tocsr()


def document_neighbours(vectors, k: int = NEIGHBOURS, floor: float = 0.02) -> tuple[np.ndarray, np.ndarray]:
    """Document pairs (i < j) among each document's ``k`` most similar, with their cosines."""
    n = vectors.shape[0]
    found: dict[tuple[int, int], float] = {}
    for s in range(0, n, 1000):
        sims = (vectors[s : s + 1000] @ vectors.T).toarray()
        for r in range(sims.shape[0]):
            i = s + r
            sims[r, i] = -1.0
            top = np.argpartition(-sims[r], min(k, n - 1) - 1)[:k] if n > 1 else []
            for j in top:
                if sims[r, j] > floor:
                    found[(min(i, int(j)), max(i, int(j)))] = float(sims[r, j])
    if not found:
        return np.zeros((0, 2), dtype=np.int64), np.zeros(0)
    keys = sorted(found)
    return np.array(keys, dtype=np.int64), np.array([found[key] for key in keys])


class Dendrogram:
    """The merge tree of an average-link clustering: the similarity at which two items first share a
    cluster (their cophenetic similarity; 1 for an item with itself, 0 when they never do)."""

    def __init__(self, n: int, merges: list[tuple[int, int, float]]) -> None:
        self.parent = list(range(n + len(merges)))
        self.height = [1.0] * n + [m[2] for m in merges]
        node_of = list(range(n))
        for k, (a, b, _) in enumerate(merges):
            new = n + k
            self.parent[node_of[a]] = new
            self.parent[node_of[b]] = new
            node_of[a] = new
        self._cache: dict[tuple[int, int], float] = {}

    def similarity(self, i: int, j: int) -> float:
        if i == j:
            return 1.0
        key = (i, j) if i < j else (j, i)
        if key not in self._cache:
            ancestors = set()
            x = i
            while True:
                ancestors.add(x)
                if self.parent[x] == x:
                    break
                x = self.parent[x]
            y = j
            while y not in ancestors and self.parent[y] != y:
                y = self.parent[y]
            self._cache[key] = self.height[y] if y in ancestors else 0.0
        return self._cache[key]


def average_link(
    n: int, pairs: np.ndarray, weights: np.ndarray, threshold: float, merges: list | None = None
) -> np.ndarray:
    """Average-link agglomerative clustering over a sparse similarity graph (a missing pair counts 0):
    merge the two clusters of highest mean similarity while it is at least ``threshold``. ``merges``, when
    given, receives each merge as (kept cluster, merged cluster, similarity)."""
    parent = np.arange(n)
    size = [1] * n
    links: list[dict[int, float]] = [dict() for _ in range(n)]
    for (a, b), w in zip(
        np.asarray(pairs).reshape(-1, 2).tolist(), np.asarray(weights).tolist(), strict=True
    ):
        if a == b:
            continue
        links[a][b] = links[a].get(b, 0.0) + w
        links[b][a] = links[b].get(a, 0.0) + w
    version = [0] * n
    heap = [(-w, a, b, 0, 0) for a in range(n) for b, w in links[a].items() if a < b and w >= threshold]
    heapq.heapify(heap)
    alive = [True] * n
    while heap:
        neg, a, b, va, vb = heapq.heappop(heap)
        if not (alive[a] and alive[b]) or version[a] != va or version[b] != vb:
            continue
        if -neg < threshold:
            break
        if size[a] < size[b]:
            a, b = b, a
        # merge b into a
        if merges is not None:
            merges.append((a, b, -neg))
        alive[b] = False
        parent[b] = a
        links[a].pop(b, None)
        links[b].pop(a, None)
        for c, w in links[b].items():
            links[a][c] = links[a].get(c, 0.0) + w
            del links[c][b]
        links[b] = {}
        size[a] += size[b]
        version[a] += 1
        for c, w in links[a].items():
            links[c][a] = w
            avg = w / (size[a] * size[c])
            if avg >= threshold:
                lo, hi = (a, c) if a < c else (c, a)
                heapq.heappush(heap, (-avg, lo, hi, version[lo], version[hi]))
    labels = np.empty(n, dtype=np.int64)
    for i in range(n):
        r = i
        while parent[r] != r:
            r = parent[r]
        labels[i] = r
    return labels
