"""Score attribution extraction on PolNeAR with ../shared/scoring/score_attribution.py.

    .venv/bin/python bench/attribution.py --data ../shared/datasets/polnear/dev.jsonl [--pred OUT.jsonl] [--json]

Runs ``dossier extract`` over the corpus (JSON Lines with "id" and "text"), then the shared scorer on its
output; prints the scorer's figures and the extraction's wall-clock time. Then content exact F1 three
ways, each by the scorer on rewritten spans:

- ``as_given``: the spans as they are. dossier's contract keeps a direct quote's content *without* its
  quote marks (the seed asks for it); PolNeAR's annotators include them, and the scorer counts them.
- ``with_marks``: each predicted content edge that touches a quote mark is moved over it, so content is
  compared the way PolNeAR marks it.
- ``without_marks``: quote marks at the edges of gold and predicted content are both left out.

and by form (``direct``: the gold content is one quotation, marks included; ``mixed``: it holds a quote
mark; ``indirect``: none), each side classified by the same rule on its marked text, with marks.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from harness import SCORING, extract

MARKS = "\"“”‘’'`„"
FORMS = ("direct", "mixed", "indirect")


def _spans(role) -> list[list[int]]:
    if isinstance(role, dict):
        return [list(s) for s in role.get("spans") or []]
    return [list(s) for s in role or []]


def _with_marks(text: str, spans: list[list[int]]) -> list[list[int]]:
    """Spans whose edges move over a quote mark (and the space inside it) that they touch; a doubled
    mark ('' or ``) is one mark."""
    out = []
    for start, end in spans:
        s = start
        while s > 0 and text[s - 1] == " ":
            s -= 1
        if s > 0 and text[s - 1] in MARKS:
            start = s - 1
            if start > 0 and text[start - 1] == text[start] and text[start] in "'`":
                start -= 1  # a doubled mark, as some papers print a quote: ''Both when ...
        e = end
        while e < len(text) and text[e] in ".,?!":
            e += 1
        if e < len(text) and text[e] in MARKS:
            end = e + 1
            if end < len(text) and text[end] == text[e] and text[e] in "'`":
                end += 1
        out.append([start, end])
    return out


def _without_marks(text: str, spans: list[list[int]]) -> list[list[int]]:
    """Spans with the quote marks (and the spaces) at their edges left out."""
    out = []
    for start, end in spans:
        while start < end and (text[start] in MARKS or text[start].isspace()):
            start += 1
        while end > start and (text[end - 1] in MARKS or text[end - 1].isspace()):
            end -= 1
        if end > start:
            out.append([start, end])
    return out


def _form(text: str, spans: list[list[int]]) -> str:
    if not spans:
        return "indirect"
    inner = "".join(text[s:e] for s, e in sorted(spans)).strip()
    if (
        inner[:1] in MARKS
        and inner[-1:] in MARKS
        and not any(c in MARKS for c in inner[1:-1].replace("'", ""))
    ):
        return "direct"
    return "mixed" if any(c in MARKS for c in inner.replace("'", "")) else "indirect"


def _rewrite(rows: list[dict], texts: dict[str, str], how, form: str | None = None) -> list[dict]:
    out = []
    for row in rows:
        text = texts[str(row["id"])]
        kept = []
        for att in row.get("attributions") or []:
            att = dict(att)
            spans = how(text, _spans(att.get("content")))
            if form is not None and _form(text, _with_marks(text, spans)) != form:
                continue
            att["content"] = {"spans": spans}
            kept.append(att)
        out.append({**row, "attributions": kept})
    return out


def _content_exact(gold: list[dict], pred: list[dict], tmp: Path) -> dict:
    gold_path, pred_path = tmp / "gold.jsonl", tmp / "pred.jsonl"
    for path, rows in ((gold_path, gold), (pred_path, pred)):
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    cmd = [sys.executable, str(SCORING / "score_attribution.py"), str(gold_path), str(pred_path), "--json"]
    return json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)["content_exact"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True, help="gold JSON Lines (PolNeAR format)")
    ap.add_argument("--pred", type=Path, help="keep the extraction here (default: a temporary file)")
    ap.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        pred_path = args.pred or tmp / "extracted.jsonl"
        seconds = extract(args.data, pred_path)
        scorer = [sys.executable, str(SCORING / "score_attribution.py"), str(args.data), str(pred_path)]
        table = subprocess.run(scorer, capture_output=True, text=True, check=True).stdout
        scores = json.loads(
            subprocess.run([*scorer, "--json"], capture_output=True, text=True, check=True).stdout
        )
        gold = [
            json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()
        ]
        pred = [
            json.loads(line) for line in pred_path.read_text(encoding="utf-8").splitlines() if line.strip()
        ]
        texts = {str(g["id"]): g["text"] for g in gold}
        same = lambda text, spans: spans  # noqa: E731
        content = {
            "as_given": _content_exact(gold, pred, tmp),
            "with_marks": _content_exact(gold, _rewrite(pred, texts, _with_marks), tmp),
            "without_marks": _content_exact(
                _rewrite(gold, texts, _without_marks), _rewrite(pred, texts, _without_marks), tmp
            ),
        }
        for form in FORMS:
            content[f"{form}_with_marks"] = _content_exact(
                _rewrite(gold, texts, same, form), _rewrite(pred, texts, _with_marks, form), tmp
            )
    if args.json:
        print(json.dumps({**scores, "content_exact_views": content, "extract_seconds": round(seconds, 1)}))
        return
    print(table, end="")
    print("content exact F1, three ways and by form (see the docstring):")
    for key, value in content.items():
        print(f"  {key:22s} {value}")
    print(f"{'extract_seconds':20s} {seconds:6.1f}")


if __name__ == "__main__":
    main()
