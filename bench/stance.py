"""FNC-1 dev benchmark of the stance model: build the dev CSVs, label them, score with the shared scorer.

    .venv/bin/python bench/stance.py [--threads 1] [--json]

The dev split is every pair whose body is listed in ../shared/datasets/fnc1/dev_body_ids.txt (12,009
pairs). Labelling time covers everything from reading the CSVs to writing predictions.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "training"))
SCORER = ROOT.parent / "shared" / "scoring" / "score_stance.py"


def write_dev(directory: Path) -> tuple[Path, Path, Path]:
    """Write the dev split's gold stances, unlabelled stances and bodies CSVs into ``directory``."""
    from stance_data import dev_rows, read_bodies

    rows = dev_rows()
    bodies = read_bodies()
    gold, unlabelled, body_path = directory / "gold.csv", directory / "stances.csv", directory / "bodies.csv"
    with (
        open(gold, "w", encoding="utf-8", newline="") as g,
        open(unlabelled, "w", encoding="utf-8", newline="") as u,
    ):
        gw, uw = csv.writer(g), csv.writer(u)
        gw.writerow(["Headline", "Body ID", "Stance"])
        uw.writerow(["Headline", "Body ID"])
        for r in rows:
            gw.writerow([r["Headline"], r["Body ID"], r["Stance"]])
            uw.writerow([r["Headline"], r["Body ID"]])
    with open(body_path, "w", encoding="utf-8", newline="") as b:
        bw = csv.writer(b)
        bw.writerow(["Body ID", "articleBody"])
        for body_id in sorted({r["Body ID"] for r in rows}, key=int):
            bw.writerow([body_id, bodies[body_id]])
    return gold, unlabelled, body_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--threads", type=int, default=1, help="torch threads for the encoder")
    parser.add_argument("--json", action="store_true", help="print the scorer's JSON")
    args = parser.parse_args()
    import torch

    torch.set_num_threads(args.threads)
    from dossier.evidence import label_pairs
    from dossier.pipeline import stance_facts

    with tempfile.TemporaryDirectory(prefix="dossier-stance-") as tmp:
        gold, unlabelled, bodies = write_dev(Path(tmp))
        predictions = Path(tmp) / "predictions.csv"
        start = time.perf_counter()
        rows = label_pairs(unlabelled, bodies, predictions, stance_facts)
        seconds = time.perf_counter() - start
        print(f"labelled {rows} pairs in {seconds:.1f} s ({args.threads} torch thread(s))")
        command = [sys.executable, str(SCORER), str(gold), str(predictions)] + (
            ["--json"] if args.json else []
        )
        print(subprocess.run(command, check=True, capture_output=True, text=True).stdout)


if __name__ == "__main__":
    main()
