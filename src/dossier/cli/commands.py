"""The article commands: extract, ingest, show, export, datasette-metadata, schema, report."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import click

from dossier.cli.common import (
    Failures,
    db_option,
    handles_errors,
    input_options,
    open_output,
    progress,
    read_json_records,
    write_records,
)
from dossier.errors import InputError, UsageError
from dossier.report import render_text, visible
from dossier.schema import json_schema, to_dict


@click.command(
    epilog="""\b
Examples:
  dossier extract examples/iran_missiles_ap.txt --published 2024-09-07 --format text
  dossier extract page.html --format json -o page.json
  dossier extract corpus.jsonl -o extractions.jsonl --processes 2
  cat report.txt | dossier extract - --format text

\b
Input: .txt, .html, .jsonl (lines {"id", "text", "title"?, "url"?, "published"?,
"outlet"?}), directories (recursive) or - for stdin. Output: one JSON object per
article (jsonl, the default), one indented object (json; an array when several
articles), or readable tables (text). Bad items are reported on stderr with their
reason and the rest still go through (exit status 1).
"""
)
@click.argument("paths", nargs=-1, required=True)
@input_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json", "text"]),
    default="jsonl",
    show_default=True,
    help="Output format.",
)
@click.option("-o", "--output", default="-", help="Write here instead of stdout.", metavar="OUT")
@handles_errors
def extract(paths, published, processes, batch_size, max_bytes, fmt, output) -> None:
    """Extract entities, attributions, events and quantities from articles."""
    from dossier.ingest import read_inputs
    from dossier.pipeline import extract_many

    failures = Failures()
    articles = read_inputs(
        paths, published=published, max_bytes=max_bytes, on_error=failures.add, on_warning=failures.warn
    )
    records = extract_many(articles, processes=processes, batch_size=batch_size, on_error=failures.add)
    with open_output(output) as out:
        write_records((to_dict(r) for r in progress(records, "extract")), out, fmt)
    failures.exit_if_any()


@click.command(
    epilog="""\b
Examples:
  dossier ingest examples/ --db dossier.db
  dossier ingest corpus.jsonl --published 2024-09-07
  dossier ingest reports/ --force        # re-extract articles already stored
  dossier ingest corpus.jsonl --ray      # extract on a local Ray runtime, one worker per core
  dossier ingest corpus.jsonl --ray auto --db postgresql://ana@db/news   # on a running Ray cluster

\b
Each article is committed on its own: an ingest stopped half-way keeps what it
finished, and running it again picks up the rest (stored ids are skipped).
Each article's claims are grouped as it is stored (a new article's statements
join or found claims; nothing stored is recomputed). Near-duplicate and
syndicated copies among the stored articles are grouped (MinHash/LSH) so that
they never count as independent confirmation.
"""
)
@click.argument("paths", nargs=-1, required=True)
@input_options
@db_option
@click.option("--force", is_flag=True, help="Re-extract and replace articles already in the store.")
@click.option(
    "--ray",
    "ray_address",
    is_flag=False,
    flag_value="local",
    default=None,
    metavar="[ADDRESS]",
    help="Extract on Ray: alone, a local runtime with this machine's cores; 'auto' or HOST:PORT joins a "
    "running cluster (give it after the paths).",
)
@click.option(
    "--ray-workers", type=click.IntRange(min=1), default=None, help="Ray workers (default: every core)."
)
@handles_errors
def ingest(paths, published, processes, batch_size, max_bytes, db, force, ray_address, ray_workers) -> None:
    """Extract articles, store them and group their claims in the database (SQLite or PostgreSQL)."""
    from dossier.base import EvidenceBase
    from dossier.ingest import read_inputs

    failures = Failures()
    counts = {"stored": 0, "unchanged": 0, "skipped": 0}
    with EvidenceBase(db) as base, contextlib.ExitStack() as stack:
        pool = None
        if ray_address is not None:
            from dossier.distributed import RayPool

            pool = stack.enter_context(RayPool(ray_address, ray_workers))
        articles = read_inputs(
            paths, published=published, max_bytes=max_bytes, on_error=failures.add, on_warning=failures.warn
        )
        done = base.ingest(articles, force, processes, batch_size, failures.add, pool=pool)
        for result in progress(done, "ingest"):
            counts[result.status] += 1
        copies = base.store.copy_groups()
    summary = ", ".join(f"{n} {k}" for k, n in counts.items())
    click.echo(
        visible(f"{summary}, {len(failures)} failed; {len(copies)} group(s) of copies -> {db}"), err=True
    )
    failures.exit_if_any()


@click.command(
    epilog="""\b
Examples:
  dossier show iran_missiles_ap
  dossier show 3f2a9c01d4e5b6a7 --format json --db conflict.db
"""
)
@click.argument("article_id")
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@handles_errors
def show(article_id, db, fmt) -> None:
    """Print one stored article's extraction."""
    from dossier.store import Store

    with Store(db, create=False) as store:
        record = store.get(article_id)
    click.echo(render_text(record) if fmt == "text" else json.dumps(record, ensure_ascii=False, indent=2))


EVIDENCE_FORMATS = ("stix", "gexf", "graphml", "parquet")


@click.command(
    epilog="""\b
Examples:
  dossier export -o everything.jsonl
  dossier export --format csv -o tables/     # one CSV per table
  dossier export --format csv --table events  # one table to stdout
  dossier export --format plover -o events.plover.jsonl
  dossier export --format stix -o bundle.json       # STIX 2.1 (OpenCTI, MISP)
  dossier export --format gexf -o evidence.gexf     # Gephi, with a timeline
  dossier export --format graphml -o evidence.graphml
  dossier export --format parquet -o parquet/       # one file per table

\b
stix: each article a report, each source an identity, each claim a grouping
of its reports (confidence from its credibility grade: 1 -> 90 ... 5 -> 10,
6 none), each assertion, denial or refusal an opinion (agree, disagree,
neutral) by its source, quoting the span; ids are UUIDv5 of dossier's ids, so
a re-export updates what a platform holds. gexf and graphml: sources, claims,
outlets and actors, linked by asserts, denies, declines, reports and
takes-part edges, each dated. parquet: articles, entities, attributions,
events, quantities, claims, claim_items and sources, typed, spans as
[start, end] pairs.
"""
)
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "plover", *EVIDENCE_FORMATS]),
    default="jsonl",
    show_default=True,
    help="jsonl: the extraction records; csv: flat tables; plover: PLOVER event records; stix: a STIX 2.1 "
    "bundle; gexf, graphml: the evidence network; parquet: typed tables.",
)
@click.option(
    "--table",
    type=click.Choice(["articles", "entities", "attributions", "events", "quantities"]),
    help="With --format csv: write only this table.",
)
@click.option("-o", "--output", default="-", metavar="OUT", help="File (or, for csv and parquet, a folder).")
@handles_errors
def export(db, fmt, table, output) -> None:
    """Write everything in the store as JSON Lines, CSV, PLOVER, STIX 2.1, GEXF, GraphML or Parquet."""
    if fmt in EVIDENCE_FORMATS:
        _export_evidence(db, fmt, output)
        return
    from dossier.cli.common import write_csv_tables
    from dossier.store import Store

    with Store(db, create=False) as store:
        if fmt == "csv":
            write_csv_tables(store, output, table)
            return
        with open_output(output) as out:
            if fmt == "jsonl":
                write_records(store.records(), out, "jsonl")
            else:
                from dossier.events import to_plover
                from dossier.schema import from_dict

                for record in store.records():
                    for row in to_plover(from_dict(record)):
                        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def _export_evidence(db: str, fmt: str, output: str) -> None:
    """The exports across reports (stix, gexf, graphml, parquet): ``dossier.export`` over the store."""
    from dossier import export as exports
    from dossier.base import EvidenceBase

    if output == "-" and fmt != "stix":
        raise UsageError(
            f"--format {fmt} writes {'a folder' if fmt == 'parquet' else 'a file'}: give it with -o"
        )
    with EvidenceBase(db, create=False) as base:
        if fmt == "parquet":
            counts = exports.write_parquet(base, output)
            click.echo(", ".join(f"{n} {t}" for t, n in counts.items()) + f" -> {output}/", err=True)
            return
        evidence = exports.gather(base)
    if fmt == "stix":
        bundle = exports.stix_bundle(evidence)
        with open_output(output) as out:
            out.write(json.dumps(bundle, ensure_ascii=False, indent=2) + "\n")
        click.echo(f"{len(bundle['objects'])} STIX objects -> {output}", err=True)
        return
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    write = exports.write_gexf if fmt == "gexf" else exports.write_graphml
    graph = write(evidence, output)
    click.echo(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges -> {output}", err=True)


@click.command(
    "datasette-metadata",
    epilog="""\b
Examples:
  dossier datasette-metadata --db dossier.db -o metadata.json
  datasette dossier.db -m metadata.json   # pip install 'dossier[datasette]'

\b
Grades every claim into the store (the claim_list view shows the grades with
the time they were written: run it again after an ingest) and writes the
Datasette metadata describing the readable views: claim_list (claims with
their counts and grades), claim_evidence (who asserts, denies or declines
each), attribution_list (source, stance and quote) and event_list (PLOVER
events with their codes), each with its facets.
""",
)
@db_option
@click.option("-o", "--output", default="metadata.json", show_default=True, metavar="OUT", help="Write here.")
@handles_errors
def datasette_metadata(db, output) -> None:
    """Grade the claims and write metadata.json for browsing the store with Datasette."""
    from dossier.base import EvidenceBase
    from dossier.export.datasette import metadata

    with EvidenceBase(db, create=False) as base:
        graded = base.grade()
    with open_output(output) as out:
        out.write(json.dumps(metadata(Path(db).stem), ensure_ascii=False, indent=2) + "\n")
    click.echo(f"{graded} claim(s) graded; metadata -> {output} (datasette {db} -m {output})", err=True)


@click.command(epilog="Example:\n\n  dossier schema > extraction.schema.json")
def schema() -> None:
    """Print the JSON Schema of one extraction record (the output contract)."""
    click.echo(json.dumps(json_schema(), indent=2))


@click.command(
    epilog="""\b
Examples:
  dossier extract report.txt --format json -o report.json && dossier report report.json
  dossier report extractions.jsonl
"""
)
@click.argument("path", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@handles_errors
def report(path) -> None:
    """Render saved extractions (JSON or JSON Lines) as the readable report."""
    failures = Failures()
    for record in read_json_records(path, failures.add):
        try:
            click.echo(render_text(record))
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            failures.add(InputError(record.get("id") or path, f"not an extraction record ({exc!r})"))
    failures.exit_if_any()
