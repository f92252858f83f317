"""Score PLOVER event coding on annotated sentences with ../shared/scoring/score_events.py.

    .venv/bin/python bench/events.py --data ../shared/datasets/plover/gsr_dev.jsonl [--pred OUT.jsonl] [--json]

Runs ``dossier extract`` on the sentences (JSON Lines with "id" and "text"), then the shared scorer on
its output; prints the scorer's per-type table and figures, and the extraction's wall-clock time.
"""

from harness import run_scored_bench

if __name__ == "__main__":
    run_scored_bench(__doc__, "score_events.py", "gold JSON Lines (gsr_dev.jsonl format)")
