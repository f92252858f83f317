"""The article commands: extract, ingest, show, export, schema, report."""

from __future__ import annotations

import json

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
from dossier.errors import InputError
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
@handles_errors
def ingest(paths, published, processes, batch_size, max_bytes, db, force) -> None:
    """Extract articles, store them and group their claims in the SQLite database."""
    from dossier.base import EvidenceBase
    from dossier.ingest import read_inputs

    failures = Failures()
    counts = {"stored": 0, "unchanged": 0, "skipped": 0}
    with EvidenceBase(db) as base:
        articles = read_inputs(
            paths, published=published, max_bytes=max_bytes, on_error=failures.add, on_warning=failures.warn
        )
        done = base.ingest(articles, force, processes, batch_size, failures.add)
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


@click.command(
    epilog="""\b
Examples:
  dossier export -o everything.jsonl
  dossier export --format csv -o tables/     # one CSV per table
  dossier export --format csv --table events  # one table to stdout
  dossier export --format plover -o events.plover.jsonl
"""
)
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "plover"]),
    default="jsonl",
    show_default=True,
    help="jsonl: the extraction records; csv: flat tables; plover: PLOVER event records.",
)
@click.option(
    "--table",
    type=click.Choice(["articles", "entities", "attributions", "events", "quantities"]),
    help="With --format csv: write only this table.",
)
@click.option("-o", "--output", default="-", metavar="OUT", help="File (or, for csv, a folder).")
@handles_errors
def export(db, fmt, table, output) -> None:
    """Write everything in the store as JSON Lines, CSV tables or PLOVER records."""
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
