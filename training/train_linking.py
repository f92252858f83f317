"""The claim-linking model: learn it on ECB+ train, or write the shipped prior.

    .venv/bin/python training/train_linking.py --out linker_ecbplus.json
        [--data ../shared/datasets/ecbplus/ecbplus_fulldoc_train.jsonl] [--extractions CACHE.jsonl]
    .venv/bin/python training/train_linking.py --prior   # rewrites src/dossier/data/claims/linker.json

The shipped ``linker.json`` is the prior (``PRIOR``): the ECB+-learned weights rank claim pairs of real
reports worse (see README, "How well it reads"), because ECB+'s two look-alike events per topic share
their vocabulary, so word overlap teaches little there, while across the reports of one conflict it is
what tells one proposition from the next.

Each ECB+ document is extracted by dossier and cut into claim items (``dossier.evidence.items``), as
any report is. An item is labelled with the salient cross-document event chain among the gold event
mentions inside it (the chain with the most mentions in the corpus; none when it holds only singletons).
Pairs of items from different documents of one topic are the hard cases (each ECB+ topic holds two
look-alike events); pairs across topics are sampled as easy negatives. A logistic regression over
``dossier.evidence.linking.FEATURES`` learns the pairwise decision; the average-link threshold is the one
that maximises the cross-document pair F1 of the grouping on train (no topic ids are used to group).
The publication-date feature cannot be learned from ECB+ (its documents carry no dates): its weight is
set by hand (``DAYS_APART_WEIGHT``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dossier import extract_many  # noqa: E402
from dossier.evidence.claims import Grouper, MemoryIndex  # noqa: E402
from dossier.evidence.encoder import encode  # noqa: E402
from dossier.evidence.items import claim_items  # noqa: E402
from dossier.evidence.linking import FEATURES, Linker, pair_features  # noqa: E402
from dossier.schema import Article, from_dict, to_dict  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "datasets" / "ecbplus" / "ecbplus_fulldoc_train.jsonl"
OUT = ROOT / "src" / "dossier" / "data" / "claims" / "linker.json"
PRIOR = {  # weights of the shipped model, and its average-link threshold
    "cosine": 6.0,
    "word_overlap": 4.0,
    "word_containment": 1.0,
    "entity_overlap": 1.0,
    "numbers_shared": 0.5,
    "same_type": 0.3,
    "type_conflict": -0.3,
    "code_overlap": 0.3,
    "days_apart": -0.3,
}
PRIOR_BIAS = -6.0
PRIOR_THRESHOLD = 0.5
DAYS_APART_WEIGHT = -0.5  # per log-day between two reports: weeks apart, another occasion unless close
# What ECB+ can teach: how much each kind of agreement between two mentions says. Its artefacts are left
# out (whether a sentence names no entity; whether dossier typed both events differently, which ECB+'s
# look-alike topics reward), as is the publication date, which its documents lack.
LEARNED = ("cosine", "word_overlap", "word_containment", "entity_overlap", "numbers_shared", "code_overlap")
EASY_NEGATIVES = 3  # cross-topic pairs sampled per within-topic pair


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def extractions(docs: list[dict], cache: Path | None) -> dict[str, object]:
    if cache and cache.exists():
        return {r.id: r for r in (from_dict(json.loads(line)) for line in cache.open(encoding="utf-8"))}
    records = {r.id: r for r in extract_many(Article(id=d["id"], text=d["text"]) for d in docs)}
    if cache:
        with cache.open("w", encoding="utf-8") as handle:
            for record in records.values():
                handle.write(json.dumps(to_dict(record), ensure_ascii=False) + "\n")
    return records


def labelled_items(
    docs: list[dict], records: dict, unlabelled: list
) -> list[tuple[str, object, frozenset[str]]]:
    """(topic, item, cross-document event chains) for every item inside a validated sentence (the
    sentences ECB+ annotates fully); the others carry no labels and go to ``unlabelled``."""
    found = []
    for doc in docs:
        record = records.get(doc["id"])
        if record is None:
            continue
        validated = [(s["start"], s["end"]) for s in doc["sentences"] if s.get("validated")]
        events = [m for m in doc["mentions"] if m["kind"] == "event"]
        for item in claim_items(record):
            start, end = item.sentence
            if not any(s <= start < e or start <= s < end for s, e in validated):
                unlabelled.append(item)
                continue
            chains = frozenset(
                m["cluster"]
                for m in events
                if start <= m["start"] < end and not m["cluster"].startswith(("Singleton", "INTRA"))
            )
            found.append((doc["topic"], item, chains))
    return found


def idf_of(items: list) -> dict[str, float]:
    counts = Counter(k for it in items for k in set(it.keys))
    total = len(items)
    return {k: float(np.log((total + 1) / (c + 1)) + 1.0) for k, c in counts.items()}


def pairs(labelled: list, vectors: np.ndarray, idf: dict, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = random.Random(seed)
    by_topic = defaultdict(list)
    for n, (topic, _, _) in enumerate(labelled):
        by_topic[topic].append(n)
    X, y = [], []

    def add(i: int, j: int) -> None:
        (_, a, la), (_, b, lb) = labelled[i], labelled[j]
        X.append(pair_features(a, b, float(vectors[i] @ vectors[j]), idf))
        y.append(int(bool(la & lb)))

    hard = 0
    for members in by_topic.values():
        for i, j in combinations(members, 2):
            if labelled[i][1].article != labelled[j][1].article:
                add(i, j)
                hard += 1
    everything = list(range(len(labelled)))
    for _ in range(EASY_NEGATIVES * hard // 10):
        i, j = rng.sample(everything, 2)
        if labelled[i][0] != labelled[j][0]:
            add(i, j)
    return np.array(X), np.array(y)


def grouping_f1(labelled: list, vectors: np.ndarray, linker: Linker) -> tuple[float, float, float]:
    """Cross-document pair precision, recall and F1 of grouping every item (no topic ids)."""
    index = MemoryIndex()
    grouper = Grouper(index, linker)
    by_article: dict[str, list[int]] = defaultdict(list)
    for n, (_, item, _) in enumerate(labelled):
        by_article[item.article].append(n)
    claim_of: dict[int, str] = {}
    for rows in by_article.values():
        assigned = grouper.add_article([labelled[n][1] for n in rows], vectors[rows])
        claim_of.update(zip(rows, assigned, strict=True))
    tp = fp = fn = 0
    by_claim = defaultdict(list)
    for n, claim in claim_of.items():
        by_claim[claim].append(n)
    for members in by_claim.values():
        for i, j in combinations(members, 2):
            if labelled[i][1].article == labelled[j][1].article:
                continue
            same = bool(labelled[i][2] & labelled[j][2])
            tp += same
            fp += not same
    for i, j in combinations(range(len(labelled)), 2):
        if labelled[i][1].article != labelled[j][1].article and labelled[i][2] & labelled[j][2]:
            fn += claim_of[i] != claim_of[j]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--extractions", type=Path, help="Cache of the documents' extractions (JSONL).")
    parser.add_argument("--out", type=Path, help="Where to write the model learned on ECB+.")
    parser.add_argument("--prior", action="store_true", help=f"Write the prior to {OUT} and stop.")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if args.prior:
        weights = np.array([PRIOR.get(name, 0.0) for name in FEATURES])
        linker = Linker(weights, PRIOR_BIAS, PRIOR_THRESHOLD)
        OUT.write_text(json.dumps(linker.to_json(), indent=1) + "\n", encoding="utf-8")
        print(f"prior -> {OUT}")
        return
    if args.out is None:
        parser.error("give --out for the learned model, or --prior")
    docs = load(args.data)
    records = extractions(docs, args.extractions)
    unlabelled: list = []
    labelled = labelled_items(docs, records, unlabelled)
    print(
        f"{len(docs)} documents, {len(labelled)} items, {sum(1 for *_, label in labelled if label)} labelled"
    )
    vectors = encode([item.text for _, item, _ in labelled])
    print(f"{len(vectors)} items embedded", flush=True)
    idf = idf_of(
        [item for _, item, _ in labelled] + unlabelled
    )  # word rarity over every item, as a store has
    X, y = pairs(labelled, vectors, idf, args.seed)
    days = FEATURES.index("days_apart")
    learned = [FEATURES.index(name) for name in LEARNED]
    model = LogisticRegression(C=1.0, max_iter=5000, random_state=args.seed)
    model.fit(X[:, learned], y)
    weights = np.zeros(len(FEATURES))
    weights[learned] = model.coef_[0]
    weights[days] = DAYS_APART_WEIGHT
    print(f"{len(y)} pairs, {int(y.sum())} positive", flush=True)
    for name, w in zip(FEATURES, weights, strict=True):
        print(f"  {name:18s} {w:+.3f}")
    best = None
    for threshold in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
        linker = Linker(weights, float(model.intercept_[0]), threshold)
        p, r, f1 = grouping_f1(labelled, vectors, linker)
        print(f"  threshold {threshold:.1f}: pair precision {p:.3f} recall {r:.3f} F1 {f1:.3f}", flush=True)
        if best is None or f1 > best[0]:
            best = (f1, linker)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(best[1].to_json(), indent=1) + "\n", encoding="utf-8")
    print(f"threshold {best[1].threshold} -> {args.out}")


if __name__ == "__main__":
    main()
