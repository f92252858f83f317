"""Score attribution extraction on PolNeAR with ../shared/scoring/score_attribution.py.

    .venv/bin/python bench/attribution.py --data ../shared/datasets/polnear/dev.jsonl [--pred OUT.jsonl] [--json]

Runs ``dossier extract`` over the corpus (JSON Lines with "id" and "text"), then the shared scorer on its
output; prints the scorer's figures and the extraction's wall-clock time.
"""

from harness import run_scored_bench

if __name__ == "__main__":
    run_scored_bench(__doc__, "score_attribution.py", "gold JSON Lines (PolNeAR format)")
