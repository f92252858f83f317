"""dossier: turn news reports into a sourced evidence base.

>>> import dossier
>>> record = dossier.extract("Iran denied providing Russia with weapons.", published="2024-09-07")
>>> record.entities[0].text
'Iran'
"""

from dossier.pipeline import extract, extract_many
from dossier.schema import Article, Extraction, to_dict

__version__ = "0.1.0"
__all__ = ["Article", "EvidenceBase", "Extraction", "__version__", "extract", "extract_many", "to_dict"]


def __getattr__(name: str):
    """``dossier.EvidenceBase`` is imported on first use, so ``import dossier`` stays light."""
    if name == "EvidenceBase":
        from dossier.base import EvidenceBase

        return EvidenceBase
    raise AttributeError(f"module 'dossier' has no attribute {name!r}")
