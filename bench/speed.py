#!/usr/bin/env python3
"""Throughput of dossier against the bare spaCy parse, with 1 and 2 processes, its start-up and where
its time goes, all in one run.

    python bench/speed.py [--data ../shared/datasets/polnear/dev.jsonl] [--limit N] [--repeat 3] [--json]

Each configuration runs in a fresh interpreter that loads its models first and then times only the
work, so they compete on equal terms and each reports its own peak memory:

- ``bare_parse``: ``nlp.pipe`` of the spaCy model as it ships (the batch size given), nothing else;
- ``dossier_parse``: the same with dossier's pipeline (``nlp.load_pipeline``: the attribute rules by
  table, ``nlp.attributes``), to show what the parse itself costs dossier;
- ``dossier_1``, ``dossier_2``: what ``dossier extract --processes 1|2`` runs (parse, every stage,
  JSON serialisation), the two-process run timed from the start of its workers to the last record.

The configurations alternate, ``--repeat`` times, and the best time of each is kept (the machine may be
busy: the ratios are what to read). Then it times a one-sentence ``dossier extract`` and
``import dossier`` as a user starts them (wall clock and peak memory of the process), and prints the
per-stage shares of one process: spaCy's components one by one, dossier's stages, JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC_IN_USE = [ROOT / "src"]  # the dossier measured; --src measures another checkout's with this bench
DEFAULT_DATA = ROOT.parent / "shared" / "datasets" / "polnear" / "dev.jsonl"
CONFIGS = ("bare_parse", "dossier_parse", "dossier_1", "dossier_2")
SENTENCE = "Iran denied providing Russia with weapons.\n"


def load_rows(path: Path, limit: int | None) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                rows.append({"id": str(row["id"]), "text": row["text"], "published": row.get("published")})
            if limit and len(rows) >= limit:
                break
    return rows


def peak_mb(who: int = resource.RUSAGE_SELF) -> int:
    return round(resource.getrusage(who).ru_maxrss / 1024)


def _preload() -> None:
    """Load every table an article may need (``processes.preload``; a checkout without it loads them as
    articles need them)."""
    try:
        from dossier.processes import preload
    except ImportError:
        return
    preload()


# --- the children: one configuration each ---------------------------------------------------------


def child(config: str, data: Path, limit: int | None, batch_size: int) -> dict:
    """Run one configuration in this (fresh) process: its seconds, and peak memory of it and its workers."""
    rows = load_rows(data, limit)
    texts = [r["text"] for r in rows]
    if config in ("bare_parse", "dossier_parse"):
        if config == "bare_parse":
            from dossier.nlp.pipeline import MODEL_NAME

            nlp = __import__(MODEL_NAME).load()
        else:
            from dossier.nlp import load_pipeline

            nlp = load_pipeline()
        list(nlp.pipe(texts[:2]))
        cpu = _cpu()
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass
        seconds = time.perf_counter() - start
    else:
        import dossier
        from dossier.ingest import make_article

        processes = int(config.rsplit("_", 1)[1])
        articles = [make_article(r["text"], id=r["id"], published=r["published"]) for r in rows]
        for record in dossier.extract_many(articles[:2]):  # load the models and every bundled table
            json.dumps(dossier.to_dict(record), ensure_ascii=False)
        _preload()
        cpu = _cpu()
        start = time.perf_counter()
        for record in dossier.extract_many(articles, processes=processes, batch_size=batch_size):
            json.dumps(dossier.to_dict(record), ensure_ascii=False)
        seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "cpu_seconds": _cpu() - cpu,
        "peak_mb": peak_mb(),
        "workers_peak_mb": peak_mb(resource.RUSAGE_CHILDREN),
    }


def _cpu() -> float:
    """CPU seconds (user and system) of this process and of its children that have ended."""
    own, ended = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + ended.ru_utime + ended.ru_stime


def stage_shares(data: Path, limit: int | None, batch_size: int) -> dict[str, float]:
    """Seconds of each spaCy component and each dossier stage over the data, in one process. The dossier
    stages are timed inside ``pipeline.extract_from_doc`` itself (its stage functions wrapped with a
    timer while this runs), so what is timed is what ``dossier extract`` runs."""
    from dossier import actors, attribution, enrich, events, pipeline, to_dict
    from dossier.ingest import make_article, with_furniture
    from dossier.ingest.boilerplate import mask_furniture
    from dossier.nlp import load_pipeline
    from dossier.nlp.pipeline import windows

    rows = load_rows(data, limit)
    articles = [with_furniture(make_article(r["text"], id=r["id"], published=r["published"])) for r in rows]
    nlp = load_pipeline()
    list(nlp.pipe([a.text for a in articles[:2]]))
    _preload()
    seconds: dict[str, float] = {}

    def timed(name: str, start: float) -> float:
        now = time.perf_counter()
        seconds[name] = seconds.get(name, 0.0) + now - start
        return now

    start = time.perf_counter()
    masked = [mask_furniture(a.text, a.furniture) for a in articles]
    start = timed("dossier: input (furniture)", start)
    whole = [i for i, t in enumerate(masked) if len(windows(t)) == 1]  # the few parsed in windows left out
    articles, masked = [articles[i] for i in whole], [masked[i] for i in whole]
    docs = [nlp.make_doc(t) for t in masked]
    start = timed("spaCy: tokenizer", start)
    for name, component in nlp.pipeline:
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=batch_size))
        else:  # a function component (dossier's sentence-end marker)
            docs = [component(doc) for doc in docs]
        start = timed(f"spaCy: {name}" if not name.startswith("dossier") else f"dossier: {name}", start)
    stages = [
        (actors, "extract_entities", "dossier: actors"),
        (attribution, "extract_attributions", "dossier: attribution"),
        (events, "extract_events", "dossier: events"),
        (enrich, "enrich_events", "dossier: enrich"),
        (enrich, "extract_quantities", "dossier: enrich"),
    ]
    originals = [getattr(module, name) for module, name, _ in stages]

    def timer(function, label: str):
        def run(*args, **kwargs):
            begin = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                timed(label, begin)

        return run

    for (module, name, label), function in zip(stages, originals, strict=True):
        setattr(module, name, timer(function, label))
    try:
        for article, doc in zip(articles, docs, strict=True):
            before = sum(seconds.get(label, 0.0) for _, _, label in stages[:4])
            start = time.perf_counter()
            record = pipeline.extract_from_doc(article, doc)
            json.dumps(to_dict(record), ensure_ascii=False)
            in_stages = sum(seconds.get(label, 0.0) for _, _, label in stages[:4]) - before
            seconds["dossier: record and JSON"] = (
                seconds.get("dossier: record and JSON", 0.0) + time.perf_counter() - start - in_stages
            )
    finally:
        for (module, name, _), function in zip(stages, originals, strict=True):
            setattr(module, name, function)
    return seconds


def _env() -> dict[str, str]:
    """The environment of a child: this checkout's ``src`` (or ``--src``) first on the path."""
    path = [str(SRC_IN_USE[0]), os.environ.get("PYTHONPATH", "")]
    return os.environ | {"PYTHONPATH": os.pathsep.join(p for p in path if p)}


# --- start-up, as a user starts the command ----------------------------------------------------------


def timed_command(command: list[str]) -> tuple[float, int]:
    """Wall seconds and peak memory (MiB) of ``command`` run to its end."""
    env = _env()
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command)} failed: {process.stderr.read().decode()[-2000:]}")
    process.stderr.close()
    return seconds, round(usage.ru_maxrss / 1024)


def start_up(repeat: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        sentence = Path(tmp, "one.txt")
        sentence.write_text(SENTENCE, encoding="utf-8")
        extract = [
            sys.executable,
            "-m",
            "dossier",
            "extract",
            str(sentence),
            "--format",
            "json",
            "-o",
            str(Path(tmp, "one.json")),
        ]
        runs = [timed_command(extract) for _ in range(repeat)]
        imports = [timed_command([sys.executable, "-c", "import dossier"]) for _ in range(repeat)]
    best = min(runs)
    return {
        "extract_one_sentence_s": round(best[0], 3),
        "extract_one_sentence_peak_mb": max(m for _, m in runs),
        "import_dossier_s": round(min(imports)[0], 3),
        "import_dossier_peak_mb": max(m for _, m in imports),
    }


# --- the driver ---------------------------------------------------------------------------------------


def run_child(config: str, args: argparse.Namespace) -> dict:
    command = [
        sys.executable,
        __file__,
        "--child",
        config,
        "--data",
        str(args.data),
        "--src",
        str(SRC_IN_USE[0]),
    ]
    command += ["--batch-size", str(args.batch_size)]
    if args.limit:
        command += ["--limit", str(args.limit)]
    env = _env()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{config} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL with id and text per line")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each configuration; the best is kept")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument(
        "--src", type=Path, default=SRC_IN_USE[0], help="the dossier to measure (a checkout's src)"
    )
    parser.add_argument("--child", choices=CONFIGS + ("stages",), help=argparse.SUPPRESS)
    args = parser.parse_args()
    SRC_IN_USE[0] = args.src.resolve()
    if not args.data.exists():
        print(f"error: {args.data} not found", file=sys.stderr)
        return 2
    if args.child == "stages":
        print(json.dumps(stage_shares(args.data, args.limit, args.batch_size)))
        return 0
    if args.child:
        print(json.dumps(child(args.child, args.data, args.limit, args.batch_size)))
        return 0

    rows = load_rows(args.data, args.limit)
    words = sum(len(r["text"].split()) for r in rows)
    runs: dict[str, list[dict]] = {c: [] for c in CONFIGS}
    for _ in range(args.repeat):
        for config in CONFIGS:
            runs[config].append(run_child(config, args))
    best = {c: min(r["seconds"] for r in runs[c]) for c in CONFIGS}
    cpu = {c: min(r["cpu_seconds"] for r in runs[c]) for c in CONFIGS}
    stages = run_child("stages", args)
    total = sum(stages.values())
    figures = {
        "data": str(args.data),
        "src": str(SRC_IN_USE[0]),
        "articles": len(rows),
        "words": words,
        "repeat": args.repeat,
        "seconds": {c: round(best[c], 3) for c in CONFIGS},
        "words_per_s": {c: round(words / best[c]) for c in CONFIGS},
        "cpu_seconds": {c: round(cpu[c], 3) for c in CONFIGS},
        "peak_mb": {c: max(r["peak_mb"] for r in runs[c]) for c in CONFIGS},
        "worker_peak_mb": max(r["workers_peak_mb"] for r in runs["dossier_2"]),
        "ratio_dossier_1_to_bare": round(best["bare_parse"] / best["dossier_1"], 3),
        "ratio_dossier_1_to_dossier_parse": round(best["dossier_parse"] / best["dossier_1"], 3),
        "ratio_2_to_1_processes": round(best["dossier_1"] / best["dossier_2"], 3),
        # what 2 processes would give on 2 idle cores if the work split evenly: 2 x the CPU time of one
        # process over that of two (the parent and both workers); the load of other jobs leaves it alone
        "ratio_2_to_1_cpu_bound": round(2 * cpu["dossier_1"] / cpu["dossier_2"], 3),
        "start_up": start_up(args.repeat),
        "stage_shares": {name: round(s / total, 4) for name, s in stages.items()},
        "cpus": os.cpu_count(),
        "load_average_1min": round(os.getloadavg()[0], 2),
    }
    if args.json:
        print(json.dumps(figures))
        return 0
    print(
        f"data: {args.data} ({len(rows)} articles, {words} words), best of {args.repeat}, {os.cpu_count()} CPUs"
    )
    print(f"{'':16}{'seconds':>9}{'words/s':>9}{'CPU s':>8}{'peak MiB':>10}")
    for c in CONFIGS:
        print(f"{c:16}{best[c]:9.2f}{figures['words_per_s'][c]:9d}{cpu[c]:8.2f}{figures['peak_mb'][c]:10d}")
    print(f"  (each of the 2 workers peaked at {figures['worker_peak_mb']} MiB, shared model pages included)")
    print(f"dossier, 1 process / bare parse (throughput): {figures['ratio_dossier_1_to_bare']:.3f}x")
    print(f"dossier, 1 process / dossier's parse alone:   {figures['ratio_dossier_1_to_dossier_parse']:.3f}x")
    print(f"dossier, 2 processes / 1 process:             {figures['ratio_2_to_1_processes']:.3f}x")
    print(
        f"  on 2 idle cores, split evenly, it would be:  {figures['ratio_2_to_1_cpu_bound']:.3f}x "
        "(2 x CPU seconds of 1 process / of 2)"
    )
    s = figures["start_up"]
    print(
        f"start-up: one-sentence `dossier extract` {s['extract_one_sentence_s']:.2f} s, "
        f"{s['extract_one_sentence_peak_mb']} MiB; `import dossier` {s['import_dossier_s']:.2f} s, "
        f"{s['import_dossier_peak_mb']} MiB"
    )
    print("per-stage shares of one process (work after loading):")
    for name, share in figures["stage_shares"].items():
        print(f"  {name:28}{share:7.1%}")
    print(
        f"load average at the end: {figures['load_average_1min']} (another job on the machine makes every figure slower)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
