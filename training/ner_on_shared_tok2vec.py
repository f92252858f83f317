"""Experiment (its result is not used): an entity recognizer reading the pipeline's shared tok2vec,
distilled from the model's own.

    .venv/bin/python training/ner_on_shared_tok2vec.py [--cache DIR] [--epochs N] [--words] [--out DIR]

The spaCy model's entity recognizer embeds every token again with a tok2vec of its own, as large as the
one the tagger and parser share: that second embedding is about a quarter of the whole pipeline's work
(issue 15). This script trains an entity recognizer of the same architecture whose tok2vec is a listener
on the shared one, so the tokens are embedded once.

There is no gold entity annotation here, so the new recognizer learns from the old (distillation): the
model as it ships reads the training texts (PolNeAR train, ECB+ train and the FNC-1 training bodies
outside its dev list), and its entities, with the shared tok2vec's output of each token, are the
training data ("silver", cached in ``--cache``). The shared tok2vec is frozen: the tagger and the parser
read exactly what they read before. Agreement with the old recognizer (entity span and label F1) is
measured on PolNeAR dev, which the training never reads; the epoch that agrees best is kept.

The result is written as a spaCy component directory (``cfg``, ``model``, ``moves``). Measured (README,
"Speed"): 72 entity F1 agreement after 8 epochs with the listener alone, 82 after 5 with ``--words`` (a
64-wide embedding of NORM and SHAPE of its own, mixed with the listener's vectors): too low to replace the
model's recognizer without moving the actor and attribution figures, so dossier does not use it.
"""

from __future__ import annotations

import argparse
import csv
import json
import pickle
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
SHARED = ROOT.parent / "shared" / "datasets"

from dossier.nlp.pipeline import MODEL_NAME  # noqa: E402

SEGMENT_TOKENS = 120  # training segments: whole sentences up to this many tokens


def student_config(words: bool) -> dict:
    """The model's transition-based recognizer, its tok2vec a listener on the shared one (and, with
    ``words``, joined with a small embedding of the words of its own)."""
    listener = {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "tok2vec"}
    joined = {
        "@architectures": "dossier_experiment.SharedTok2VecWithWords.v1",
        "width": 96,
        "words_width": 64,
        "attrs": ["NORM", "SHAPE"],
        "rows": [5000, 1000],
        "upstream": "tok2vec",
    }
    return {
        "model": {
            "@architectures": "spacy.TransitionBasedParser.v2",
            "state_type": "ner",
            "extra_state_tokens": False,
            "hidden_width": 64,
            "maxout_pieces": 2,
            "use_upper": True,
            "nO": None,
            "tok2vec": joined if words else listener,
        }
    }


def register_architecture() -> None:
    from spacy.ml.models.tok2vec import MultiHashEmbed
    from spacy.pipeline.tok2vec import Tok2VecListener
    from spacy.util import registry
    from thinc.api import Maxout, chain, concatenate, with_array

    @registry.architectures("dossier_experiment.SharedTok2VecWithWords.v1")
    def shared_tok2vec_with_words(
        width: int, words_width: int, attrs: list[str], rows: list[int], upstream: str
    ):
        listener = Tok2VecListener(upstream_name=upstream, width=width)
        own = MultiHashEmbed(width=words_width, attrs=attrs, rows=rows, include_static_vectors=False)
        model = chain(
            concatenate(listener, own), with_array(Maxout(width, width + words_width, nP=3, normalize=True))
        )
        model.set_dim("nO", width)
        return model


def _texts(path: Path) -> list[str]:
    return [
        json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def training_texts() -> list[str]:
    texts = _texts(SHARED / "polnear" / "train.jsonl") + _texts(
        SHARED / "ecbplus" / "ecbplus_fulldoc_train.jsonl"
    )
    dev = set((SHARED / "fnc1" / "dev_body_ids.txt").read_text().split())
    with open(SHARED / "fnc1" / "train_bodies.csv", encoding="utf-8") as handle:
        texts += [r["articleBody"] for r in csv.DictReader(handle) if r["Body ID"] not in dev]
    return texts


def dev_texts() -> list[str]:
    return _texts(SHARED / "polnear" / "dev.jsonl")


def teacher():
    return __import__(MODEL_NAME).load(exclude=["lemmatizer", "attribute_ruler"])


def silver(texts: list[str]) -> list[tuple]:
    """The teacher's reading of ``texts``: words, spaces, shared tok2vec output, entities, sentence starts."""
    nlp = teacher()
    out = []
    for doc in nlp.pipe(texts, batch_size=32):
        out.append(
            (
                [t.text for t in doc],
                [bool(t.whitespace_) for t in doc],
                doc.tensor.astype(np.float32),
                [(e.start, e.end, e.label_) for e in doc.ents],
                [s.start for s in doc.sents],
            )
        )
    return out


def out_end(begin: int, end: int, starts: list[int]) -> int:
    """The last sentence start before ``end`` after ``begin`` (``begin`` when there is none)."""
    return max((s for s in starts if begin < s < end), default=begin)


def segments(record: tuple) -> list[tuple]:
    """Cut one silver document into runs of whole sentences of at most ``SEGMENT_TOKENS`` tokens."""
    words, spaces, tensor, ents, starts = record
    out, begin = [], 0
    for start in [*starts[1:], len(words)]:
        if start - begin > SEGMENT_TOKENS and out_end(begin, start, starts) > begin:
            cut = out_end(begin, start, starts)
            out.append((begin, cut))
            begin = cut
    out.append((begin, len(words)))
    result = []
    for a, b in out:
        if b <= a:
            continue
        seg_ents = [(s - a, e - a, label) for s, e, label in ents if s >= a and e <= b]
        result.append((words[a:b], spaces[a:b], tensor[a:b], seg_ents))
    return result


def examples(vocab, pieces: list[tuple]):
    from spacy.tokens import Doc, Span
    from spacy.training import Example

    out = []
    for words, spaces, tensor, ents in pieces:
        predicted = Doc(vocab, words=words, spaces=spaces)
        predicted.tensor = tensor
        reference = Doc(vocab, words=words, spaces=spaces)
        reference.set_ents([Span(reference, s, e, label=label) for s, e, label in ents], default="outside")
        out.append(Example(predicted, reference))
    return out


def agreement(nlp, docs_gold: list[tuple], texts: list[str]) -> dict[str, float]:
    """Entity span-and-label F1 of ``nlp`` against the teacher's entities on the same texts."""
    tp = fp = fn = 0
    for doc, (_, _, _, ents, _) in zip(nlp.pipe(texts, batch_size=32), docs_gold, strict=True):
        pred = {(e.start, e.end, e.label_) for e in doc.ents}
        gold = set(ents)
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p = tp / max(tp + fp, 1)
    r = tp / max(tp + fn, 1)
    return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f1": round(200 * p * r / max(p + r, 1e-9), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cache", type=Path, default=Path("/tmp/dossier-ner-silver"))
    parser.add_argument("--epochs", type=int, default=8, help="at least 1")
    parser.add_argument("--batch", type=int, default=32, help="segments per update")
    parser.add_argument("--lr", type=float, default=0.001)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--words", action="store_true", help="add a small word embedding of its own")
    parser.add_argument("--out", type=Path, default=Path("/tmp/dossier-ner-student"))
    args = parser.parse_args()
    if args.epochs < 1:
        parser.error("--epochs must be at least 1")
    random.seed(args.seed)
    np.random.seed(args.seed)

    args.cache.mkdir(parents=True, exist_ok=True)
    train_cache, dev_cache = args.cache / "train.pkl", args.cache / "dev.pkl"
    if not train_cache.exists():
        train_cache.write_bytes(pickle.dumps(silver(training_texts()), protocol=5))
    if not dev_cache.exists():
        dev_cache.write_bytes(pickle.dumps(silver(dev_texts()), protocol=5))
    train = pickle.loads(train_cache.read_bytes())
    dev = pickle.loads(dev_cache.read_bytes())
    pieces = [piece for record in train for piece in segments(record)]
    print(
        f"{len(train)} documents, {len(pieces)} segments, {sum(len(p[0]) for p in pieces)} tokens", flush=True
    )

    import spacy
    from spacy.util import minibatch
    from thinc.api import Adam

    spacy.util.fix_random_seed(args.seed)
    nlp = __import__(MODEL_NAME).load(exclude=["ner", "lemmatizer", "attribute_ruler"])
    labels = teacher().get_pipe("ner").labels
    register_architecture()
    ner = nlp.add_pipe("ner", config=student_config(args.words))
    for label in labels:
        ner.add_label(label)
    sample = examples(nlp.vocab, pieces[:200])
    ner.initialize(lambda: sample, nlp=nlp)
    optimizer = Adam(args.lr, L2=1e-6, grad_clip=1.0)
    dev_texts_ = dev_texts()
    best, best_f1 = None, -1.0
    for epoch in range(args.epochs):
        start = time.time()
        random.shuffle(pieces)
        losses: dict[str, float] = {}
        for batch in minibatch(pieces, size=args.batch):
            ner.update(examples(nlp.vocab, batch), sgd=optimizer, losses=losses)
        with ner.model.use_params(optimizer.averages):
            figures = agreement(nlp, dev, dev_texts_)
            if figures["f1"] > best_f1:
                best_f1 = figures["f1"]
                best = ner.to_bytes()
        print(
            f"epoch {epoch}: loss {losses.get('ner', 0):.0f}, dev agreement {figures}, {time.time() - start:.0f} s",
            flush=True,
        )
    ner.from_bytes(best)
    args.out.mkdir(parents=True, exist_ok=True)
    ner.to_disk(args.out)
    print(f"best dev agreement F1 {best_f1}; written to {args.out}")


if __name__ == "__main__":
    main()
