"""Evidence across reports: copies, claims, stance toward claims and corroboration."""

from dossier.evidence.claims import build_claims
from dossier.evidence.copies import find_copies
from dossier.evidence.corroboration import corroborate
from dossier.evidence.records import Board, Claim, ClaimMember, EvidenceItem
from dossier.evidence.stance import label_pairs, stance, stance_pairs

__all__ = [
    "Board",
    "Claim",
    "ClaimMember",
    "EvidenceItem",
    "build_claims",
    "corroborate",
    "find_copies",
    "label_pairs",
    "stance",
    "stance_pairs",
]
