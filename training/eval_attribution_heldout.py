"""Score the attribution stage on a held-out slice of the PolNeAR train split, with a cue model fitted
without that slice (the tuning loop: dev is only for confirming an idea, the test split is scored elsewhere).

    .venv/bin/python training/eval_attribution_heldout.py [--heldout 150] [--c 0.3]

Fits the cue classifier, its cue-extension table and threshold exactly as train_attribution_cues.py does,
but on train[:-heldout], writes it to a temporary file, runs the attribution stage over the cached parses of
the last ``heldout`` train articles and prints the figures of ../shared/scoring/score_attribution.py.
The bundled model is neither read nor changed. Parses come from training/attribution_corpus.py's cache.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))
import attribution_corpus  # noqa: E402
import train_attribution_cues as trainer  # noqa: E402

import dossier.attribution.model as cue_model  # noqa: E402

SCORER = attribution_corpus.ROOT.parent / "shared" / "scoring" / "score_attribution.py"


def fit(pairs, out: Path, c: float, threshold: float, prune: float) -> None:
    """Fit the cue model on ``pairs`` (gold, doc) and write it to ``out`` in the bundled format."""
    trainer.load_split = lambda _split: pairs  # the trainer's helpers read this one slice
    xs, ys = trainer.examples("fit")
    vec = DictVectorizer()
    clf = LogisticRegression(C=c, max_iter=2000).fit(vec.fit_transform(xs), ys)
    names = vec.get_feature_names_out()
    weights = {n: round(float(w), 4) for n, w in zip(names, clf.coef_[0], strict=True) if abs(w) >= prune}
    weights["bias"] = round(weights.get("bias", 0.0) + float(clf.intercept_[0]), 4)
    counts = trainer.cue_extension_counts("fit")
    extend = {k: round(pos / seen, 3) for k, (pos, seen) in counts.items() if seen >= 3}
    out.write_text(json.dumps({"threshold": threshold, "weights": weights, "extend": extend}, sort_keys=True))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--heldout", type=int, default=150, help="how many of the last train articles to hold out"
    )
    ap.add_argument("--c", type=float, default=0.3, help="inverse L2 regularisation strength")
    ap.add_argument("--threshold", type=float, default=0.5, help="decision threshold")
    ap.add_argument("--prune", type=float, default=0.02, help="drop weights smaller than this")
    ap.add_argument("--pred", type=Path, help="also write the predictions here (JSON, by article id)")
    args = ap.parse_args()
    from dossier.actors import extract_entities
    from dossier.attribution import extract_attributions
    from dossier.schema import to_dict

    pairs = attribution_corpus.load_split("train")
    fitted, heldout = pairs[: -args.heldout], pairs[-args.heldout :]
    spec = importlib.util.spec_from_file_location("score_attribution", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cue_model.json"
        start = time.perf_counter()
        fit(fitted, path, args.c, args.threshold, args.prune)
        print(f"fitted on {len(fitted)} articles in {time.perf_counter() - start:.0f} s", file=sys.stderr)
        cue_model.MODEL_PATH = path
        cue_model.load_cue_model.cache_clear()
        gold, pred = {}, {}
        for article, doc in heldout:
            atts = extract_attributions(doc, extract_entities(doc))
            gold[article["id"]] = article
            pred[article["id"]] = {"id": article["id"], "attributions": to_dict(atts)}
        cue_model.load_cue_model.cache_clear()
    if args.pred:
        args.pred.write_text(json.dumps(pred))
    results, counts = scorer.score(gold, pred)
    print(f"held-out articles {len(heldout)}, gold attributions {counts['gold']}, predicted {counts['pred']}")
    for name, (p, r, f) in results.items():
        print(f"{name:20s} P {100 * p:5.1f}  R {100 * r:5.1f}  F1 {100 * f:5.1f}")


if __name__ == "__main__":
    main()
