"""FNC-1 data for the stance model: the training split (dev stories removed) and a MiniLM cache.

Used by ``train_stance.py``, ``bench/stance.py`` and ``bench/claims.py``; reads ``../shared/datasets/fnc1`` only.
"""

from __future__ import annotations

import csv
import hashlib
import pickle
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
FNC1 = ROOT.parent / "shared" / "datasets" / "fnc1"
CACHE = Path("/tmp/dossier-cache/evidence")
FACTS_CACHE = Path("/tmp/dossier-cache/stance-extract/bodies.pkl")
TRAIN_PAIRS = 30_872
DEV_PAIRS = 12_009


def read_bodies(path: Path = FNC1 / "train_bodies.csv") -> dict[str, str]:
    """Body ID -> article body."""
    with open(path, encoding="utf-8", newline="") as fh:
        return {row["Body ID"]: row["articleBody"] for row in csv.DictReader(fh)}


def read_stances(path: Path = FNC1 / "train_stances.csv") -> list[dict[str, str]]:
    """The rows of a stances CSV (Headline, Body ID, Stance)."""
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def dev_ids() -> tuple[set[str], set[str]]:
    """The dev split's Body IDs and headlines."""
    bodies = set((FNC1 / "dev_body_ids.txt").read_text(encoding="utf-8").split())
    headlines = {
        line for line in (FNC1 / "dev_headlines.txt").read_text(encoding="utf-8").split("\n") if line
    }
    return bodies, headlines


def train_rows() -> list[dict[str, str]]:
    """Training pairs: every pair whose body and headline are both outside the dev split."""
    dev_bodies, dev_headlines = dev_ids()
    rows = [
        r for r in read_stances() if r["Body ID"] not in dev_bodies and r["Headline"] not in dev_headlines
    ]
    assert len(rows) == TRAIN_PAIRS, f"expected {TRAIN_PAIRS} training pairs, found {len(rows)}"
    return rows


def dev_rows() -> list[dict[str, str]]:
    """Dev pairs: every pair whose body is in the dev split."""
    dev_bodies, _ = dev_ids()
    rows = [r for r in read_stances() if r["Body ID"] in dev_bodies]
    assert len(rows) == DEV_PAIRS, f"expected {DEV_PAIRS} dev pairs, found {len(rows)}"
    return rows


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def cached_encode(texts: list[str], name: str = "minilm") -> np.ndarray:
    """MiniLM embeddings of ``texts``, computed once and kept under /tmp/dossier-cache/evidence."""
    from dossier.evidence.encoder import EMBEDDING_DIM, encode

    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"{name}.npz"
    store: dict[str, np.ndarray] = {}
    if path.exists():
        with np.load(path) as data:
            store = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))
    keys = [_key(t) for t in texts]
    missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in store}.items())
    if missing:
        vectors = encode([t for _, t in missing])
        store.update(zip([k for k, _ in missing], vectors, strict=True))
        np.savez(path, keys=np.array(list(store)), vectors=np.stack(list(store.values())))
    if not keys:
        return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    return np.stack([store[k] for k in keys])


def cached_facts(texts: list[str]) -> list:
    """Dossier's attributions and event statuses in each text (``BodyFacts``), extracted once and kept
    under /tmp/dossier-cache/stance-extract."""
    from dossier.evidence.stance_features import BodyFacts
    from dossier.pipeline import stance_facts

    store: dict[str, tuple] = {}
    if FACTS_CACHE.exists():
        with open(FACTS_CACHE, "rb") as fh:
            store = pickle.load(fh)
    keys = [_key(t) for t in texts]
    missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in store}.items())
    if missing:
        for (k, _), facts in zip(missing, stance_facts([t for _, t in missing]), strict=True):
            store[k] = (facts.attributions, facts.events)
        FACTS_CACHE.parent.mkdir(parents=True, exist_ok=True)
        with open(FACTS_CACHE, "wb") as fh:
            pickle.dump(store, fh)
    return [BodyFacts(tuple(map(tuple, store[k][0])), tuple(map(tuple, store[k][1]))) for k in keys]


def story_groups(rows: list[dict[str, str]]) -> tuple[dict[str, int], dict[str, int]]:
    """Story id of every headline and body: connected components of the related pairs."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in rows:
        h, b = "h:" + r["Headline"], "b:" + r["Body ID"]
        find(h), find(b)
        if r["Stance"] != "unrelated":
            parent[find(h)] = find(b)
    roots = sorted({find(x) for x in parent})
    story = {root: i for i, root in enumerate(roots)}
    heads = {x[2:]: story[find(x)] for x in parent if x.startswith("h:")}
    bodies = {x[2:]: story[find(x)] for x in parent if x.startswith("b:")}
    return heads, bodies
