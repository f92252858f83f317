"""Claims bench: do claims join the reports of one story and keep different stories apart?

    .venv/bin/python bench/claims.py [--stories 40] [--per-story 5] [--split dev|train]
                                     [--coded-cosine 0.45] [--compatible-cosine 0.6]

Reports are FNC-1 bodies; a story is a connected component of FNC-1's related headline-body pairs (the
dev split by default: stories absent from stance training). Every sampled report is extracted, copies are
found and claims built as ``dossier claims`` does. Two original reports are linked when a claim holds
both. Pair precision: the share of linked pairs from one story. Pair recall: the share of same-story
pairs that are linked. Stories joined: the share of stories with a claim across two of its reports.
The cosine options override the claim-grouping thresholds, to compare rules.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "training"))


def sample_stories(split: str, stories: int, per_story: int, seed: int) -> dict[str, int]:
    """Body ID -> story, for up to ``per_story`` bodies of ``stories`` stories with at least three."""
    from stance_data import dev_rows, story_groups, train_rows

    _, bodies = story_groups(dev_rows() if split == "dev" else train_rows())
    members: dict[int, list[str]] = defaultdict(list)
    for body, story in bodies.items():
        members[story].append(body)
    eligible = sorted((s for s, b in members.items() if len(b) >= 3), key=lambda s: min(members[s], key=int))
    rng = random.Random(seed)
    chosen = rng.sample(eligible, min(stories, len(eligible)))
    return {b: s for s in chosen for b in sorted(members[s], key=int)[:per_story]}


def linked_pairs(claims, origin: dict[str, str]) -> set[tuple[str, str]]:
    """Pairs of original reports that some claim holds together."""
    pairs = set()
    for claim in claims:
        reports = sorted({origin.get(a, a) for a in claim.articles})
        pairs.update(combinations(reports, 2))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=40)
    parser.add_argument("--per-story", type=int, default=5)
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--coded-cosine", type=float, help="override claims.CODED_COSINE")
    parser.add_argument("--compatible-cosine", type=float, help="override claims.COMPATIBLE_COSINE")
    args = parser.parse_args()

    from stance_data import read_bodies

    import dossier
    from dossier.evidence import build_claims, find_copies
    from dossier.evidence import claims as claim_rules
    from dossier.evidence.corroboration import copy_origins

    if args.coded_cosine is not None:
        claim_rules.CODED_COSINE = args.coded_cosine
    if args.compatible_cosine is not None:
        claim_rules.COMPATIBLE_COSINE = args.compatible_cosine
    story = sample_stories(args.split, args.stories, args.per_story, args.seed)
    texts = read_bodies()
    start = time.perf_counter()
    records = list(dossier.extract_many([dossier.Article(id=b, text=texts[b]) for b in story]))
    extracted = time.perf_counter() - start
    copies = find_copies(records)
    origin = copy_origins(copies, records)
    start = time.perf_counter()
    claims = build_claims(records, copies)
    grouped = time.perf_counter() - start

    reports = sorted({origin.get(r.id, r.id) for r in records})
    same_story = {p for p in combinations(reports, 2) if story[p[0]] == story[p[1]]}
    linked = linked_pairs(claims, origin)
    correct = linked & same_story
    joined = {story[a] for a, _ in correct}
    n_stories = len(set(story.values()))
    multi = [c for c in claims if len({origin.get(a, a) for a in c.articles}) >= 2]
    pure = [c for c in multi if len({story[a] for a in c.articles}) == 1]
    print(f"{args.split} split: {n_stories} stories, {len(records)} reports, {len(copies)} copy group(s)")
    print(
        f"extraction {extracted:.1f} s; claims {grouped:.1f} s: {len(claims)} claims, {len(multi)} across reports"
    )
    print(
        f"pair precision {len(correct) / max(1, len(linked)):.3f} ({len(correct)} of {len(linked)} linked pairs)"
    )
    print(
        f"pair recall    {len(correct) / max(1, len(same_story)):.3f} ({len(correct)} of {len(same_story)} same-story pairs)"
    )
    print(f"claims across reports within one story: {len(pure) / max(1, len(multi)):.3f}")
    print(f"stories joined: {len(joined) / n_stories:.3f} ({len(joined)} of {n_stories})")


if __name__ == "__main__":
    main()
