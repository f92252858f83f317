"""dossier: turn news reports into a sourced evidence base.

>>> import dossier
>>> record = dossier.extract("Iran denied providing Russia with weapons.", published="2024-09-07")
>>> record.entities[0].text
'Iran'
"""

from dossier._cliless import defer_spacy_cli
from dossier._torchless import hide_torch_from_thinc

hide_torch_from_thinc()  # before anything imports spaCy: parsing needs no torch (dossier._torchless)
defer_spacy_cli()  # ... nor spaCy's command-line tools (dossier._cliless)

from dossier.schema import Article, Extraction, to_dict  # noqa: E402

__version__ = "0.1.0"
__all__ = ["Article", "EvidenceBase", "Extraction", "__version__", "extract", "extract_many", "to_dict"]


def __getattr__(name: str):
    """The pipeline (spaCy) and ``EvidenceBase`` are imported on first use, so ``import dossier`` and the
    commands that only read a store stay light."""
    if name in ("extract", "extract_many"):
        from dossier import pipeline

        return getattr(pipeline, name)
    if name == "EvidenceBase":
        from dossier.base import EvidenceBase

        return EvidenceBase
    raise AttributeError(f"module 'dossier' has no attribute {name!r}")
