"""Evidence across reports: copies, claims, stance toward claims and corroboration."""

from dossier.evidence.claims import build_claims, match_claims
from dossier.evidence.copies import find_copies
from dossier.evidence.corroboration import build_boards, corroborate, get_board, read_stances
from dossier.evidence.items import ClaimItem, claim_items
from dossier.evidence.records import Board, Claim, EvidenceItem, ReportStance
from dossier.evidence.stance import label_pairs, stance, stance_pairs

__all__ = [
    "Board",
    "Claim",
    "ClaimItem",
    "EvidenceItem",
    "ReportStance",
    "build_boards",
    "build_claims",
    "claim_items",
    "corroborate",
    "find_copies",
    "get_board",
    "label_pairs",
    "match_claims",
    "read_stances",
    "stance",
    "stance_pairs",
]
