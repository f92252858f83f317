"""Stance of an article toward a claim (agree, disagree, discuss, unrelated), and FNC-1 batch labelling."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from dossier.errors import InputError
from dossier.evidence.encoder import Encoder, encode
from dossier.evidence.stance_features import BodyFacts, FactsReader, featurize_pairs
from dossier.evidence.stance_model import LABELS, MODEL_DIR, StanceModel
from dossier.schema import Extraction

__all__ = ["LABELS", "label_pairs", "load_stance_model", "stance", "stance_pairs"]


@lru_cache(maxsize=1)
def load_stance_model() -> StanceModel:
    """The bundled stance model (``src/dossier/data/stance``), loaded once."""
    return StanceModel.load(MODEL_DIR)


def stance_pairs(
    pairs: Sequence[tuple[str, str]], facts: FactsReader, encoder: Encoder | None = None
) -> list[str]:
    """The stance of each ``(claim text, article text)`` pair; each distinct text is read once.

    ``facts`` gives dossier's extraction facts (``BodyFacts``) of each article text: from stored
    extractions, or ``dossier.pipeline.stance_facts`` to extract them; ``encoder`` the MiniLM
    embeddings (a cached one, say)."""
    if not pairs:
        return []
    model = load_stance_model()
    return model.predict(featurize_pairs(pairs, model.vocabulary, encoder or encode, facts))


def stance(claim_text: str, article: Extraction) -> str:
    """Whether the extracted ``article`` agrees with, disagrees with, discusses or is unrelated to
    ``claim_text``.

    >>> import dossier
    >>> stance("Iran sent missiles to Russia", dossier.extract("Apple unveiled a new phone on Tuesday."))
    'unrelated'
    """
    return stance_pairs([(claim_text, article.text)], lambda texts: [BodyFacts.of(article) for _ in texts])[0]


def _read_rows(path: Path, required: Sequence[str]) -> tuple[list[str], list[dict[str, str]]]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            fields = [f.strip() for f in reader.fieldnames or []]
            reader.fieldnames = fields
            rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(str(path), f"cannot read CSV: {exc}") from exc
    missing = [c for c in required if c not in fields]
    if missing:
        raise InputError(str(path), f"missing column(s) {', '.join(missing)} (found: {', '.join(fields)})")
    return fields, rows


def label_pairs(
    stances_csv: str | Path, bodies_csv: str | Path, out_csv: str | Path, facts: FactsReader
) -> int:
    """Label FNC-1 pairs: read Headline, Body ID rows and bodies, write the same rows plus Stance.
    ``facts`` gives each body's ``BodyFacts`` (``dossier.pipeline.stance_facts`` extracts them).

    Returns the number of rows written. A row whose Body ID is not among the bodies raises ``InputError``.
    """
    fields, rows = _read_rows(Path(stances_csv), ("Headline", "Body ID"))
    _, body_rows = _read_rows(Path(bodies_csv), ("Body ID", "articleBody"))
    bodies = {r["Body ID"].strip(): r["articleBody"] for r in body_rows}
    unknown = sorted({r["Body ID"].strip() for r in rows} - set(bodies))
    if unknown:
        raise InputError(
            str(stances_csv), f"{len(unknown)} Body ID(s) not in {bodies_csv}: {', '.join(unknown[:5])}"
        )
    labels = stance_pairs([(r["Headline"], bodies[r["Body ID"].strip()]) for r in rows], facts)
    out_fields = fields if "Stance" in fields else [*fields, "Stance"]
    with open(out_csv, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=out_fields, extrasaction="ignore")
        writer.writeheader()
        for row, label in zip(rows, labels, strict=True):
            writer.writerow({**row, "Stance": label})
    return len(rows)
