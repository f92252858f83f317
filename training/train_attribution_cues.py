"""Train the attribution cue classifier on the PolNeAR train split and write its JSON weights.

    .venv/bin/python training/train_attribution_cues.py [--c 0.3] [--threshold 0.5]

A token is a positive example when it heads a gold cue span (its syntactic head lies outside the span).
Writes src/dossier/data/attribution/cue_model.json: the weights of a logistic regression over the sparse
features of dossier.attribution.features (pruned of near-zero weights), its decision threshold, and the
cue-extension table (how often a neighbour of a cue head, keyed by head lemma, side, dependency relation
and word, belongs to the gold cue span; read by dossier.attribution.roles.grow_cue). Train split only;
deterministic (the shipped file is byte-identical to a rebuild).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))
from attribution_corpus import load_split  # noqa: E402

from dossier.attribution.features import cue_features, is_candidate  # noqa: E402
from dossier.attribution.model import MODEL_PATH  # noqa: E402
from dossier.attribution.roles import extension_keys, neighbour  # noqa: E402
from dossier.nlp.quotes import find_quotes  # noqa: E402


def cue_heads(doc, attributions) -> set[int]:
    """Token indexes heading the gold cue spans of ``doc``."""
    heads = set()
    for att in attributions:
        for s, e in att["cue"]:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            roots = [t for t in span if not (span.start <= t.head.i < span.end) or t.head == t]
            if roots:
                heads.add(roots[0].i)
    return heads


def cue_extension_counts(split: str) -> dict[str, list[int]]:
    """[included, seen] per neighbour key, walking outward from each gold cue head along the gold span."""
    counts: dict[str, list[int]] = {}
    for gold, doc in load_split(split):
        for att in gold["attributions"]:
            s, e = att["cue"][0]
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            roots = [t for t in span if not (span.start <= t.head.i < span.end) or t.head == t]
            if not roots:
                continue
            head = roots[0]
            inside = set(range(span.start, span.end))
            for side in (-1, 1):
                members = {head.i}
                edge = head.i
                while True:
                    n = neighbour(doc, edge, side)
                    if n is None:
                        break
                    label = n.i in inside
                    for key in extension_keys(head, n, side, members):
                        counts.setdefault(key, [0, 0])
                        counts[key][0] += label
                        counts[key][1] += 1
                    if not label:
                        break
                    members.add(n.i)
                    edge = n.i
    return counts


def quote_mask(doc) -> list[bool]:
    """Per token: whether it lies inside a quoted passage."""
    quotes = find_quotes(doc.text)
    mask = [False] * len(doc)
    for q in quotes:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                mask[i] = True
    return mask


def examples(split: str):
    """(feature dicts, labels) for every candidate token of ``split``."""
    xs, ys = [], []
    for gold, doc in load_split(split):
        heads = cue_heads(doc, gold["attributions"])
        mask = quote_mask(doc)
        for tok in doc:
            if is_candidate(tok):
                xs.append(dict.fromkeys(cue_features(tok, mask[tok.i]), 1))
                ys.append(int(tok.i in heads))
    return xs, ys


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--c", type=float, default=0.3, help="inverse L2 regularisation strength")
    ap.add_argument("--threshold", type=float, default=0.5, help="decision threshold stored with the model")
    ap.add_argument("--prune", type=float, default=0.02, help="drop weights smaller than this")
    args = ap.parse_args()
    xs, ys = examples("train")
    vec = DictVectorizer()
    X = vec.fit_transform(xs)
    clf = LogisticRegression(C=args.c, max_iter=2000)
    clf.fit(X, ys)
    names = vec.get_feature_names_out()
    weights = {
        n: round(float(w), 4) for n, w in zip(names, clf.coef_[0], strict=True) if abs(w) >= args.prune
    }
    weights["bias"] = round(weights.get("bias", 0.0) + float(clf.intercept_[0]), 4)
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    extend = {
        k: round(pos / seen, 3) for k, (pos, seen) in cue_extension_counts("train").items() if seen >= 3
    }
    model = {"threshold": args.threshold, "weights": weights, "extend": extend}
    MODEL_PATH.write_text(json.dumps(model, sort_keys=True))
    print(f"{len(ys)} candidates, {sum(ys)} cue heads, {len(weights)} weights -> {MODEL_PATH}")


if __name__ == "__main__":
    main()
