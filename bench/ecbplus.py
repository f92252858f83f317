"""ECB+ cross-document event coreference with dossier's engine (``dossier.evidence.coref``).

    python bench/ecbplus.py [--data JSONL] [--out PRED.jsonl] [--baseline lemma] [--json]

Runs the engine over the gold event mentions of an ECB+ file of ../shared/datasets/ecbplus/ (fulldoc or
standard setup), with each document's text as its input and no topic or subtopic ids, writes the predicted
clusters in score_coref.py's format and prints its figures (MUC, B-cubed, CEAF-e, CoNLL F1) and the time.
``--baseline lemma`` instead puts mentions with the same trigger lemma into one cluster (the usual baseline).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEFAULT = SHARED / "datasets" / "ecbplus" / "ecbplus_fulldoc_dev.jsonl"
SCORER = SHARED / "scoring" / "score_coref.py"


def read_ecbplus(path: Path, all_mentions: bool = False):
    """Documents {id: text}, event mentions (CorefMention) and their gold facts from an ECB+ JSONL file.

    Only validated event mentions are kept (all of a standard-setup file's), unless ``all_mentions``.
    ``gold`` has, per mention, its cluster, topic and subtopic: for scoring and training only.
    """
    from dossier.evidence.coref import CorefMention

    documents: dict[str, str] = {}
    mentions: list[CorefMention] = []
    gold: list[dict] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            d = json.loads(line)
            documents[d["id"]] = d["text"]
            sentences = {s["sent_id"]: (s["start"], s["end"]) for s in d.get("sentences", [])}
            seen = set()
            for m in d["mentions"]:
                if m.get("kind") != "event" or not (all_mentions or m.get("validated", True)):
                    continue
                key = (int(m["start"]), int(m["end"]))
                if key in seen:
                    continue
                seen.add(key)
                mentions.append(
                    CorefMention(d["id"], key[0], key[1], sentence=sentences.get(m.get("sent_id")))
                )
                gold.append({"cluster": m["cluster"], "topic": d["topic"], "subtopic": d["subtopic"]})
    return documents, mentions, gold


def lemma_baseline(documents, mentions) -> list[int]:
    """Same trigger lemma, same cluster (spaCy lemma of the trigger's head)."""
    from dossier.evidence.coref import Coref

    coref = Coref()
    done = [coref._complete(m, doc, coref._document_info(doc)) for m, doc in _parsed(documents, mentions)]
    ids: dict[str, int] = {}
    return [ids.setdefault(m.lemma or m.trigger or "", len(ids)) for m in done]


def _parsed(documents, mentions):
    from dossier.nlp.pipeline import parse

    docs = {doc_id: doc for doc, doc_id in parse(((t, i) for i, t in documents.items()), batch_size=16)}
    for m in mentions:
        yield m, docs[m.doc]


def write_prediction(path: Path, mentions, labels) -> None:
    by_doc: dict[str, list[dict]] = {}
    for m, label in zip(mentions, labels, strict=True):
        by_doc.setdefault(m.doc, []).append({"start": m.start, "end": m.end, "cluster": str(label)})
    with open(path, "w", encoding="utf-8") as fh:
        for doc, ms in by_doc.items():
            fh.write(json.dumps({"id": doc, "mentions": ms}) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT, help=f"ECB+ JSONL (default {DEFAULT})")
    ap.add_argument("--out", type=Path, help="keep the predicted clusters here (default: a temporary file)")
    ap.add_argument("--baseline", choices=["lemma"], help="score the same-lemma baseline instead")
    ap.add_argument("--json", action="store_true", help="print the scorer's figures as one JSON object")
    args = ap.parse_args()
    if not args.data.exists():
        sys.exit(f"no such file: {args.data} (ECB+ lives in ../shared/datasets/ecbplus/)")
    sys.path.insert(0, str(ROOT / "src"))
    documents, mentions, _ = read_ecbplus(args.data)
    start = time.perf_counter()
    if args.baseline == "lemma":
        labels = lemma_baseline(documents, mentions)
    else:
        from dossier.evidence.coref import Coref

        labels = Coref().cluster(documents, mentions)
    seconds = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp) / "pred.jsonl"
        write_prediction(out, mentions, labels)
        cmd = [sys.executable, str(SCORER), str(args.data), str(out)] + (["--json"] if args.json else [])
        scored = subprocess.run(cmd, capture_output=True, text=True, check=True)
    print(scored.stdout, end="")
    if not args.json:
        print(f"{len(documents)} documents, {len(mentions)} mentions, {len(set(labels))} clusters")
        print(
            f"{'seconds':20s} {seconds:6.1f}  (parse, encode, group, score and cluster; model load included)"
        )


if __name__ == "__main__":
    main()
