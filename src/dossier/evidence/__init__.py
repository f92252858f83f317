"""Evidence across reports: copies, claims, stance toward claims and corroboration."""

from dossier.evidence.claims import build_claims, match_claims
from dossier.evidence.copies import find_copies
from dossier.evidence.corroboration import build_boards, corroborate, get_board
from dossier.evidence.records import Board, Claim, ClaimMember, EvidenceItem
from dossier.evidence.stance import label_pairs, stance, stance_pairs

__all__ = [
    "Board",
    "Claim",
    "ClaimMember",
    "EvidenceItem",
    "build_boards",
    "build_claims",
    "corroborate",
    "find_copies",
    "get_board",
    "label_pairs",
    "match_claims",
    "stance",
    "stance_pairs",
]
