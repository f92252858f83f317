"""How ingest, claims and one board grow with the corpus: 250 to 10,000 articles, extrapolated to 100,000.

    python bench/scale.py [--sizes 250,1000,2000,10000] [--workdir DIR] [--reuse]
                          [--skip-ingest-above N] [--ingest-only] [--timeout S] [--shared ../shared]

The articles are the VOA stories, the FNC-1 training bodies (``train_bodies.csv``), PolNeAR train and
dev and the ECB+ full-document train and dev texts of ../shared, 3,453 distinct texts in one fixed
shuffled order (seed 0); each size is a prefix of that order. A size beyond the distinct texts takes
them round again under new ids (``ID~2``, ``ID~3``): every such article is a verbatim copy of an earlier
one, as a syndicated wire story is, so the table says how many texts of each size are distinct.

For each size, only through the ``dossier`` CLI (so it runs unchanged whatever the claims code does):

1. ``dossier ingest [--processes N]`` of the size's JSONL into a fresh database: seconds, articles/s and
   the peak RSS of the process;
2. ``dossier claims --format json``, twice: *cold* (the first run after this ingest; with ``--reuse``
   only the articles this run added are new to the store) and *warm*;
3. ``dossier claim ID`` of the largest claim (in articles), twice: *first* and *again*;
4. the database's size, the number of claims and the largest claim's articles.

Then each figure is extrapolated to 100,000 articles from the two largest measured sizes: linearly
(proportional to the articles), quadratically, and along the power law the two sizes show.

Ingesting 10,000 articles takes hours on 2 cores, so databases can be kept and grown:

- ``--reuse`` keeps each size's database in the work folder (``scale-N.db``) and ingests only what it
  lacks (stored ids are skipped, so an ingest stopped half-way resumes); a missing database starts as a
  copy of the largest smaller one. The ingest figures are then those of the articles this run ingested.
- ``--skip-ingest-above N`` measures larger sizes on their databases as they stand, without ingesting
  (the table gives how many articles each holds), so the largest database can be grown apart:
  ``python bench/scale.py --sizes 10000 --reuse --ingest-only --chunk 500 &`` ingests it 500 articles
  a process (each recorded), and can be stopped and restarted at will.

Every measurement is also written to ``DIR/scale-N.json`` and the whole run to ``DIR/results.json``.
Never part of the test suite.

``python bench/scale.py --workers [--limit 500]`` runs the other way of scaling instead: extraction
over cores, plain processes against Ray workers (``bench/workers.py``).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TARGET = 100_000
SUMMARY = re.compile(r"(\d+) stored, (\d+) unchanged, (\d+) skipped, (\d+) failed")

csv.field_size_limit(sys.maxsize)


# --- the corpus ---------------------------------------------------------------------------------------


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _article(prefix: str, row: dict, **fields) -> dict:
    article = {"id": f"{prefix}-{row['id']}", "text": row["text"], **fields}
    return {key: value for key, value in article.items() if value}


def load_pool(shared: Path) -> list[dict]:
    """Every distinct article of the four corpora, as ``dossier ingest`` JSONL records, in a fixed order."""
    datasets = shared / "datasets"
    pool = [
        _article("voa", s, title=s.get("title"), url=s.get("url"), published=s.get("published"), outlet="VOA")
        for s in _jsonl(datasets / "voa" / "voa_stories.jsonl")
    ]
    with (datasets / "fnc1" / "train_bodies.csv").open(encoding="utf-8", newline="") as handle:
        pool += [
            _article("fnc1", {"id": row["Body ID"], "text": row["articleBody"]})
            for row in csv.DictReader(handle)
        ]
    for split in ("train", "dev"):
        pool += [
            _article("polnear", a, outlet=a.get("publisher"))
            for a in _jsonl(datasets / "polnear" / f"{split}.jsonl")
        ]
    for split in ("train", "dev"):
        pool += [
            _article("ecbplus", d, url=d.get("url"))
            for d in _jsonl(datasets / "ecbplus" / f"ecbplus_fulldoc_{split}.jsonl")
        ]
    seen: set[str] = set()
    distinct = []
    for article in pool:  # one text once, whatever corpus it came from
        if article["text"].strip() and article["text"] not in seen:
            seen.add(article["text"])
            distinct.append(article)
    return distinct


def ordered(pool: list[dict], size: int) -> list[dict]:
    """The first ``size`` articles of the fixed shuffled order; past the pool, copies under new ids."""
    order = list(pool)
    random.Random(0).shuffle(order)
    articles = []
    for index in range(size):
        article = order[index % len(order)]
        turn = index // len(order) + 1
        articles.append(article if turn == 1 else dict(article, id=f"{article['id']}~{turn}"))
    return articles


def write_corpus(articles: list[dict], path: Path) -> None:
    text = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


# --- running the CLI ----------------------------------------------------------------------------------


class Run:
    """One ``dossier`` process: its exit status, seconds, peak RSS (MB) and what it printed."""

    def __init__(self, args: list[str], workdir: Path, timeout: float | None) -> None:
        out_path, err_path = workdir / "stdout.tmp", workdir / "stderr.tmp"
        command = [sys.executable, "-m", "dossier", *args]
        with out_path.open("wb") as out, err_path.open("wb") as err:
            start = time.perf_counter()
            process = subprocess.Popen(command, stdout=out, stderr=err)
            self.timed_out = False
            deadline = None if timeout is None else start + timeout
            while True:
                pid, status, usage = os.wait4(process.pid, os.WNOHANG)
                if pid:
                    break
                if deadline is not None and time.perf_counter() > deadline:
                    process.kill()
                    self.timed_out = True
                    pid, status, usage = os.wait4(process.pid, 0)
                    break
                time.sleep(0.05)
            self.seconds = time.perf_counter() - start
        process.returncode = self.returncode = os.waitstatus_to_exitcode(status)
        self.rss_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
        self.load = os.getloadavg()[0]  # other work on the machine slows every figure
        self.stdout = out_path.read_text(encoding="utf-8", errors="replace")
        self.stderr = err_path.read_text(encoding="utf-8", errors="replace")
        self.command = " ".join(args)

    def check(self) -> Run:
        if self.timed_out:
            return self
        if self.returncode not in (0, 1):  # 1: some items failed, the rest went through
            tail = "\n".join(self.stderr.strip().splitlines()[-5:])
            raise SystemExit(f"dossier {self.command} exited {self.returncode}:\n{tail}")
        return self


def _entry(run: Run) -> dict:
    return {"seconds": run.seconds, "rss_mb": run.rss_mb, "load": run.load, "timed_out": run.timed_out}


def _articles_of(value, found: set[str]) -> set[str]:
    """Every ``article`` anywhere in a claim's JSON (today's board shape or the ``items`` export)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "article" and isinstance(item, str):
                found.add(item)
            else:
                _articles_of(item, found)
    elif isinstance(value, list):
        for item in value:
            _articles_of(item, found)
    return found


def _claim_id(claim: dict) -> str:
    return claim.get("id") or claim["claim"]["id"]


# --- one size -----------------------------------------------------------------------------------------


def _db_files(db: Path) -> list[Path]:
    return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]


def _remove_db(db: Path) -> None:
    for path in _db_files(db):
        path.unlink(missing_ok=True)


def _db_mb(db: Path) -> float:
    return sum(path.stat().st_size for path in _db_files(db) if path.exists()) / 2**20


def _copy_db(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite database (write-ahead log included), through SQLite's backup."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def ingest(articles: list[dict], size: int, args, record: dict) -> None:
    """Ingest the size's articles into its database (or what it lacks, with ``--reuse``)."""
    workdir: Path = args.workdir
    db = workdir / f"scale-{size}.db"
    if not args.reuse:
        _remove_db(db)
        record.clear()
    elif not db.exists():
        record.clear()  # a record without its database counts for nothing
        smaller = [n for n in _sizes_on_disk(workdir) if n < size]
        if smaller:
            print(f"  {db.name} starts as a copy of scale-{max(smaller)}.db", file=sys.stderr)
            _copy_db(workdir / f"scale-{max(smaller)}.db", db)
            record.update(
                {k: v for k, v in _load(workdir / f"scale-{max(smaller)}.json").items() if k == "stored"}
            )
    chunk = args.chunk or size
    for end in range(chunk, size + chunk, chunk):
        end = min(end, size)
        if args.reuse and record.get("stored", 0) >= end:
            continue
        corpus = workdir / f"corpus-{size}-{end}.jsonl"
        write_corpus(articles[:end], corpus)
        print(f"  ingest {end:,} articles into {db.name} ...", file=sys.stderr, flush=True)
        command = ["ingest", str(corpus), "--db", str(db), "--processes", str(args.processes)]
        run = Run(command, workdir, None).check()
        corpus.unlink()
        counts = SUMMARY.search(run.stderr)
        if counts is None:
            raise SystemExit(f"dossier ingest printed no summary:\n{run.stderr[-2000:]}")
        stored, unchanged, skipped, failed = map(int, counts.groups())
        ingests = record.setdefault("ingests", [])
        ingests.append(
            {
                "articles": end,
                "ingested": stored + unchanged,
                "failed": failed,
                "seconds": run.seconds,
                "rss_mb": run.rss_mb,
                "load": run.load,
            }
        )
        record["stored"] = stored + unchanged + skipped
        record["failed"] = failed
        _save(workdir, size, record)


def _sizes_on_disk(workdir: Path) -> list[int]:
    return sorted(
        int(p.stem.split("-")[1]) for p in workdir.glob("scale-*.db") if p.stem.split("-")[1].isdigit()
    )


def _save(workdir: Path, size: int, record: dict) -> None:
    (workdir / f"scale-{size}.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")


def stored_articles(db: Path) -> int:
    """How many articles the database holds."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]


def measure(size: int, pool: list[dict], args) -> dict | None:
    workdir: Path = args.workdir
    db = workdir / f"scale-{size}.db"
    record = _load(workdir / f"scale-{size}.json") if args.reuse else {}
    articles = ordered(pool, size)
    print(f"{size:,} articles ({min(size, len(pool)):,} distinct texts)", file=sys.stderr, flush=True)
    before = len(record.get("ingests", []))
    if args.skip_ingest_above is None or size <= args.skip_ingest_above:
        ingest(articles, size, args, record)
    elif not db.exists():
        print(f"  no {db.name} yet and ingest is skipped above {args.skip_ingest_above:,}", file=sys.stderr)
        return None
    ran = record.get("ingests", [])[before:]
    record["stored"] = stored_articles(db)  # what the database holds, whatever ran before (a stopped ingest)
    record["size"] = size
    record["distinct"] = min(size, len(pool))
    ingested = sum(i["ingested"] for i in ran)
    record["this_run"] = {
        "ingested": ingested,
        "seconds": sum(i["seconds"] for i in ran),
        "rss_mb": max((i["rss_mb"] for i in ran), default=None),
    }
    record["db_mb"] = _db_mb(db)
    if args.ingest_only:
        _save(workdir, size, record)
        return record
    timeout = args.timeout
    cold = Run(["claims", "--db", str(db), "--format", "json"], workdir, timeout).check()
    record["claims_cold"] = _entry(cold)
    # cold only when this run ingested: the store keeps what a claims run computes (embeddings ...)
    record["claims_cold"]["after_ingest"] = bool(ingested)
    _save(workdir, size, record)  # each figure is kept as soon as it is measured
    warm = Run(["claims", "--db", str(db), "--format", "json"], workdir, timeout).check()
    claims = {}
    if not warm.timed_out:
        boards = json.loads(warm.stdout)
        sizes = [(len(_articles_of(b, set())), _claim_id(b)) for b in boards]
        largest = max(sizes, default=(0, None))
        claims = {"count": len(boards), "largest_articles": largest[0], "largest_id": largest[1]}
    record["claims_warm"] = _entry(warm)
    record["claims"] = claims
    _save(workdir, size, record)
    if claims.get("largest_id"):
        first = Run(["claim", claims["largest_id"], "--db", str(db)], workdir, timeout).check()
        record["board_first"] = _entry(first)
        _save(workdir, size, record)
        again = Run(["claim", claims["largest_id"], "--db", str(db)], workdir, timeout).check()
        record["board_again"] = _entry(again)
    record["db_mb"] = _db_mb(db)
    _save(workdir, size, record)
    return record


# --- the table ----------------------------------------------------------------------------------------


def _secs(entry: dict | None) -> str:
    if not entry:
        return "-"
    return f">{entry['seconds']:.0f}" if entry.get("timed_out") else f"{entry['seconds']:.1f}"


def _peak(record: dict) -> float:
    keys = ("claims_cold", "claims_warm", "board_first", "board_again")
    values = [record[k]["rss_mb"] for k in keys if record.get(k)]
    values += [i["rss_mb"] for i in record.get("ingests", [])]
    return max(values, default=0.0)


def table(records: list[dict]) -> str:
    header = (
        "articles",
        "distinct",
        "in DB",
        "ingested",
        "ingest s",
        "art/s",
        "ingest RSS MB",
        "claims cold s",
        "claims warm s",
        "board first s",
        "board again s",
        "peak RSS MB",
        "DB MB",
        "claims",
        "largest claim (articles)",
    )
    rows = []
    for r in records:
        run = r["this_run"]
        ingests = r.get("ingests", [])
        if not run["ingested"] and ingests:  # nothing ingested now: every ingest this database recorded
            run = {
                "ingested": sum(i["ingested"] for i in ingests),
                "seconds": sum(i["seconds"] for i in ingests),
                "rss_mb": max(i["rss_mb"] for i in ingests),
            }
        rate = run["ingested"] / run["seconds"] if run["ingested"] and run["seconds"] else None
        rows.append(
            (
                f"{r['size']:,}",
                f"{r['distinct']:,}",
                f"{r.get('stored', 0):,}",
                f"{run['ingested']:,}",
                f"{run['seconds']:.0f}" if run["ingested"] else "-",
                f"{rate:.2f}" if rate else "-",
                f"{run['rss_mb']:.0f}" if run.get("rss_mb") else "-",
                _secs(r.get("claims_cold"))
                + ("" if r.get("claims_cold", {}).get("after_ingest", True) else "*"),
                _secs(r.get("claims_warm")),
                _secs(r.get("board_first")),
                _secs(r.get("board_again")),
                f"{_peak(r):.0f}",
                f"{r['db_mb']:.1f}",
                f"{r['claims']['count']:,}" if r.get("claims") else "-",
                f"{r['claims']['largest_articles']:,}" if r.get("claims") else "-",
            )
        )
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(header)]
    lines = ["  ".join(h.rjust(w) for h, w in zip(header, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    return "\n".join(lines)


def extrapolate(records: list[dict]) -> str:
    """Each figure at 100,000 articles from the two largest sizes measured.

    Linear is ``a + b*n`` and quadratic ``a + c*n**2``, each through the two points (so a fixed cost, such as
    loading the models, stays fixed); the power law ``v2 * (N/n2)**k`` takes the exponent the two points
    show. With one size only, linear and quadratic are proportional to ``n`` and ``n**2``.
    """
    figures = {
        "ingest, one process": ("s", _ingest_points),
        "claims cold": ("s", lambda r: _point(r, _value(r.get("claims_cold")) if _cold(r) else None)),
        "claims warm": ("s", lambda r: _point(r, _value(r.get("claims_warm")))),
        "board first": ("s", lambda r: _point(r, _value(r.get("board_first")))),
        "board again": ("s", lambda r: _point(r, _value(r.get("board_again")))),
        "peak RSS": ("MB", lambda r: _point(r, _peak(r) or None)),
        "DB size": ("MB", lambda r: _point(r, r.get("db_mb") or None)),
    }
    header = ("figure", "articles", "measured", "linear", "quadratic", "exponent", "power law")
    rows = []
    for name, (unit, get) in figures.items():
        points = sorted({p for r in records for p in get(r) if p[1]})
        if not points:
            continue
        n2, v2 = points[-1]
        if len(points) > 1 and points[-2][0] < n2:
            n1, v1 = points[-2]
            slope = max((v2 - v1) / (n2 - n1), 0.0)
            curve = max((v2 - v1) / (n2**2 - n1**2), 0.0)
            linear, quadratic = v2 + slope * (TARGET - n2), v2 + curve * (TARGET**2 - n2**2)
            k = math.log(v2 / v1) / math.log(n2 / n1) if v1 > 0 else float("nan")
            exponent, power = f"{k:.2f}", _quantity(v2 * (TARGET / n2) ** k, unit)
            sizes, values = f"{n1:,} / {n2:,}", f"{_quantity(v1, unit)} / {_quantity(v2, unit)}"
        else:
            linear, quadratic = v2 * TARGET / n2, v2 * (TARGET / n2) ** 2
            exponent, power = "-", "-"
            sizes, values = f"{n2:,}", _quantity(v2, unit)
        rows.append(
            (name, sizes, values, _quantity(linear, unit), _quantity(quadratic, unit), exponent, power)
        )
    lines = [f"Extrapolated to {TARGET:,} articles from the two largest sizes measured:", ""]
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(header)] if rows else []
    lines.append("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    return "\n".join(lines)


def _quantity(value: float, unit: str) -> str:
    if value != value:  # NaN
        return "-"
    if unit == "MB":
        return f"{value:,.0f} MB" if value < 10_240 else f"{value / 1024:,.0f} GB"
    if value < 120:
        return f"{value:.1f} s"
    if value < 7_200:
        return f"{value / 60:.1f} min"
    return f"{value / 3600:,.1f} h" if value < 172_800 else f"{value / 86_400:,.0f} days"


def _point(record: dict, value: float | None) -> list[tuple[int, float]]:
    return [(record.get("stored") or record["size"], value)] if value else []


def _cold(record: dict) -> bool:
    return bool(record.get("claims_cold")) and record["claims_cold"].get("after_ingest", True)


def _ingest_points(record: dict) -> list[tuple[int, float]]:
    """(articles, seconds) of each ingest process recorded."""
    return [(i["ingested"], i["seconds"]) for i in record.get("ingests", []) if i["ingested"]]


def _value(entry: dict | None) -> float | None:
    return None if not entry or entry.get("timed_out") else entry["seconds"]


# --- main ---------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog=__doc__.split("\n\n", 2)[2],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--sizes", default="250,1000,2000,10000", help="comma-separated article counts")
    parser.add_argument(
        "--workdir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "dossier-scale",
        help="databases, corpora and records (default: %(default)s)",
    )
    parser.add_argument("--reuse", action="store_true", help="keep the databases; ingest only what they lack")
    parser.add_argument(
        "--skip-ingest-above", type=int, metavar="N", help="measure larger sizes as they stand"
    )
    parser.add_argument("--ingest-only", action="store_true", help="build the databases, time no claims")
    parser.add_argument("--chunk", type=int, default=0, metavar="K", help="ingest K articles a process")
    parser.add_argument("--processes", type=int, default=1, help="dossier ingest --processes (default 1)")
    parser.add_argument(
        "--timeout", type=float, metavar="S", help="give up a claims or board command after S s"
    )
    parser.add_argument("--shared", type=Path, default=SHARED, help="the ../shared folder")
    parser.add_argument("--table-only", action="store_true", help="print the records of DIR, run nothing")
    args = parser.parse_args()
    sizes = sorted({int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()})
    if not sizes or sizes[0] < 1:
        parser.error("--sizes takes positive article counts")
    if args.table_only:
        records = [_load(args.workdir / f"scale-{size}.json") for size in sizes]
        report([r for r in records if r.get("this_run")], args)
        return
    if not (args.shared / "datasets").is_dir():
        sys.exit(f"no datasets in {args.shared}: the scale corpus is read from ../shared")
    args.workdir.mkdir(parents=True, exist_ok=True)
    pool = load_pool(args.shared)
    print(f"{len(pool):,} distinct articles; work folder {args.workdir}", file=sys.stderr)
    records = [r for r in (measure(size, pool, args) for size in sizes) if r]
    (args.workdir / "results.json").write_text(json.dumps(records, indent=2) + "\n", encoding="utf-8")
    report(records, args)


def report(records: list[dict], args) -> None:
    print(table(records))
    if any(not r.get("claims_cold", {}).get("after_ingest", True) for r in records):
        print("* nothing was ingested this run: the store had already been read once, so not cold")
    if not args.ingest_only:
        print()
        print(extrapolate(records))
    threads = os.environ.get("OMP_NUM_THREADS", "unset")
    loads = [e["load"] for r in records for e in _entries(r) if e.get("load") is not None]
    load = (
        f"1-minute load average after each command up to {max(loads):.1f}" if loads else "load not recorded"
    )
    print(f"\n{os.cpu_count()} CPU(s), OMP_NUM_THREADS {threads}, {load}; records in {args.workdir}")


def _entries(record: dict) -> list[dict]:
    keys = ("claims_cold", "claims_warm", "board_first", "board_again")
    return [*record.get("ingests", []), *(record[k] for k in keys if record.get(k))]


if __name__ == "__main__":
    if sys.argv[1:2] == ["--workers"]:  # the other benchmark: extraction over cores (bench/workers.py)
        sys.path.insert(0, str(Path(__file__).parent))
        from workers import main as workers_main

        sys.argv[1:2] = []
        sys.exit(workers_main())
    main()
