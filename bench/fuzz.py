#!/usr/bin/env python3
"""Fuzz the readers and ``extract`` for a set time: the property tests of ``tests/test_fuzz.py``, run at
random (not derandomised) with many more examples, each for its share of ``--seconds``.

    python bench/fuzz.py [--seconds 600] [--only extract]

Prints, per property, how many examples ran and the first failure hypothesis found (shrunk), with the
seed to replay it. A failure found here becomes a regression test in tests/test_faults.py.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "src")]

PROPERTIES = {
    "extract": "test_extract_never_fails_and_keeps_every_span_inside_the_text",
    "text": "test_a_text_file_is_an_article_or_an_input_error",
    "jsonl": "test_every_jsonl_line_is_an_article_or_an_input_error",
    "html": "test_an_html_page_is_an_article_or_an_input_error",
    "csv": "test_an_fnc1_csv_is_read_or_refused_as_an_input_error",
}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=600.0, help="total time, shared by the properties")
    parser.add_argument("--only", choices=sorted(PROPERTIES), action="append")
    args = parser.parse_args()

    import os
    import tempfile

    os.environ["DOSSIER_FUZZ_EXAMPLES"] = "50"
    import test_fuzz

    chosen = args.only or list(PROPERTIES)
    share = args.seconds / len(chosen)
    failures = 0
    for name in chosen:
        test = getattr(test_fuzz, PROPERTIES[name])
        wants_folder = "tmp_path" in test.hypothesis.inner_test.__code__.co_varnames
        examples = 0
        deadline = time.monotonic() + share
        found = None
        while time.monotonic() < deadline and found is None:
            try:
                if wants_folder:
                    with tempfile.TemporaryDirectory() as folder:
                        test(tmp_path=Path(folder))
                else:
                    test()
            except Exception:
                found = traceback.format_exc()
            examples += 50
        status = "ok" if found is None else "FAILED"
        print(f"{name:8} {status:6} ~{examples} examples in {share:.0f} s", flush=True)
        if found:
            failures += 1
            print(found, flush=True)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
