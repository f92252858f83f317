"""Evidence across reports: copies, claims, stance toward claims and corroboration.

Names are imported from their modules on first use, so reading a store does not load the MinHash and
stance-model libraries that finding copies and reading stances need.
"""

from dossier._lazy import lazy_getattr

_WHERE = {
    "Board": "records",
    "Claim": "records",
    "EvidenceItem": "records",
    "ReportStance": "records",
    "ClaimItem": "items",
    "claim_items": "items",
    "build_claims": "claims",
    "match_claims": "claims",
    "find_copies": "copies",
    "build_boards": "corroboration",
    "corroborate": "corroboration",
    "get_board": "corroboration",
    "read_stances": "corroboration",
    "label_pairs": "stance",
    "stance_pairs": "stance",
}

__all__ = sorted(_WHERE)


__getattr__ = lazy_getattr(__name__, _WHERE)
