"""The commands across reports: copies, claims, claim, sources, source, stance: thin shells over
``dossier.EvidenceBase``."""

from __future__ import annotations

import json
from typing import Any

import click

from dossier.cli.common import Failures, db_option, handles_errors, input_options, open_output
from dossier.errors import UsageError
from dossier.report import render_board, render_claims, render_copies, visible

FORMAT = click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)


def open_base(db: str, create: bool = False) -> Any:
    """The evidence base in ``db`` (``dossier.EvidenceBase``)."""
    from dossier.base import EvidenceBase

    return EvidenceBase(db, create=create)


@click.command(
    epilog="""\b
Examples:
  dossier copies --db conflict.db
  dossier copies --format json

\b
Each group is one story as several outlets ran it (near-duplicate texts found
with MinHash/LSH at ingest), the earliest published first: the rest are copies
of it and never count as independent confirmation.
"""
)
@db_option
@FORMAT
@handles_errors
def copies(db, fmt) -> None:
    """List the groups of copied (syndicated or near-duplicate) reports in the store."""
    with open_base(db) as base:
        payload = base.copies()
    click.echo(render_copies(payload) if fmt == "text" else json.dumps(payload, ensure_ascii=False, indent=2))


@click.command(
    epilog="""\b
Examples:
  dossier claims --db conflict.db
  dossier claims --query "Iran sent missiles to Russia" --min-articles 2
  dossier claims --contradicted --format board   # every disputed claim's evidence
  dossier claims --query "Israel flooded Gaza" --limit 1 --format board
  dossier claims --min-sources 2 --format json > claims.json
  dossier claims --type ASSAULT --country PAK --since 2025-03-01

\b
Each row is one proposition (who did what to whom, when, where, how many)
stated across the stored reports, grouped at ingest. "assert n/rep/src"
reads: n items assert it, in rep independent reports (syndicated copies count
once), from src distinct sources (one official quoted by three reports is one
source); likewise for denials. Then refusals to confirm, whether an assertion
meets a denial, and an Admiralty-style credibility grade (1 confirmed ... 6
cannot be judged, with STANAG 2511 semantics).
--format board prints each listed claim's whole evidence board, as
'dossier claim ID' does; with --stances, also what related reports, read
whole by the FNC-1 stance model, say of the claim (agree, disagree or
discuss): a report can dispute a claim without a denial that dossier extracts.
--format json gives per claim: id, statement, type, actor, recipient, date,
items [{article, spans, stance, source, via, kind, ...}], counts and grade.
"""
)
@db_option
@click.option("--query", help="Keep the claims close in meaning to this text, closest first.")
@click.option(
    "--min-articles", type=click.IntRange(1), default=1, show_default=True, help="Reported by at least N."
)
@click.option(
    "--min-sources",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    help="Asserted or denied by at least N distinct sources (a source quoted by many reports counts once).",
)
@click.option("--contradicted", is_flag=True, help="Only claims where an assertion meets a denial.")
@click.option("--type", "event_type", help="Only claims of this PLOVER event type (ASSAULT, ACCUSE, ...).")
@click.option("--country", help="Only claims with this country (ISO 3166 alpha-3) as actor or recipient.")
@click.option("--since", help="First reported on or after this date (YYYY-MM-DD).")
@click.option("--until", help="First reported on or before this date (YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(1), help="List at most N claims.")
@click.option(
    "--stances",
    "with_stances",
    is_flag=True,
    help="Read related reports whole against each listed claim (FNC-1 stance model).",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "board", "json"]), default="text", show_default=True
)
@handles_errors
def claims(
    db,
    query,
    min_articles,
    min_sources,
    contradicted,
    event_type,
    country,
    since,
    until,
    limit,
    with_stances,
    fmt,
) -> None:
    """List the claims across stored reports, with sources for and against."""
    with open_base(db) as base:
        boards = base.claims(
            query=query,
            min_articles=min_articles,
            min_sources=min_sources,
            contradicted=contradicted,
            type=event_type,
            country=country,
            since=since,
            until=until,
            limit=limit,
            stances=with_stances,
        )
    payload = [b.to_dict() for b in boards]
    if fmt == "json":
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    elif fmt == "board":
        click.echo("\n".join(render_board(board) for board in payload) or "(no claims)")
    else:
        click.echo(render_claims(payload))


@click.command(
    epilog="""\b
Examples:
  dossier claims                     # find a claim's id
  dossier claim 3f9a0c12d4e5
  dossier claim 3f9a0c12d4e5 --format json
  dossier claim 3f9a0c12d4e5 --stances   # related reports read whole too
"""
)
@click.argument("claim_id")
@db_option
@click.option("--stances", "with_stances", is_flag=True, help="Read related reports whole (FNC-1 model).")
@FORMAT
@handles_errors
def claim(claim_id, db, with_stances, fmt) -> None:
    """Show one claim's evidence board: who asserts, denies or declines it, and its grade."""
    with open_base(db) as base:
        board = base.claim(claim_id, stances=with_stances).to_dict()
    click.echo(render_board(board) if fmt == "text" else json.dumps(board, ensure_ascii=False, indent=2))


@click.command(
    epilog="""\b
Examples:
  dossier sources --db conflict.db
  dossier sources --min-items 3 --format json

\b
One row per source across reports: the same person or body under its full
name, surname, title or spelling variant is one source; a conduit ("the Times,
citing unnamed officials") is shown as via, never as the source.
"""
)
@db_option
@click.option("--min-items", type=click.IntRange(1), default=1, show_default=True, help="At least N items.")
@FORMAT
@handles_errors
def sources(db, min_items, fmt) -> None:
    """List the sources across stored reports and what they asserted, denied or declined."""
    from dossier.report import render_sources

    with open_base(db) as base:
        found = [s.to_dict() for s in base.sources(min_items=min_items)]
    click.echo(render_sources(found) if fmt == "text" else json.dumps(found, ensure_ascii=False, indent=2))


@click.command(
    epilog="""\b
Examples:
  dossier sources                 # find a source's key
  dossier source "named:afghan taliban"
  dossier source "named:afghan taliban" --format json
"""
)
@click.argument("key")
@db_option
@FORMAT
@handles_errors
def source(key, db, fmt) -> None:
    """Show everything one source asserted or denied across reports and how each claim now stands."""
    from dossier.report import render_source

    with open_base(db) as base:
        record = base.source(key).to_dict()
    click.echo(render_source(record) if fmt == "text" else json.dumps(record, ensure_ascii=False, indent=2))


@click.command(
    epilog="""\b
Examples:
  dossier stance --claim "Iran transferred ballistic missiles to Russia" reports/
  dossier stance --claim "Iran sent missiles to Russia" corpus.jsonl --format json
  dossier stance --stances dev_stances.csv --bodies dev_bodies.csv -o predictions.csv

\b
With --claim: each article's stance toward the claim: agree, disagree,
discuss or unrelated (the FNC-1 classes). With --stances and --bodies: label
FNC-1-format pairs (columns Headline, Body ID; bodies Body ID, articleBody)
and write the rows with a Stance column added.
"""
)
@click.argument("paths", nargs=-1)
@click.option("--claim", "claim_text", help="The claim to read each article against.")
@click.option("--stances", type=click.Path(exists=True, dir_okay=False), help="FNC-1 pairs CSV.")
@click.option("--bodies", type=click.Path(exists=True, dir_okay=False), help="FNC-1 bodies CSV.")
@click.option("-o", "--output", default="-", metavar="OUT", help="Write here instead of stdout.")
@FORMAT
@input_options
@handles_errors
def stance(
    paths, claim_text, stances, bodies, output, fmt, published, processes, batch_size, max_bytes
) -> None:
    """Read articles' stance toward a claim, or label FNC-1 pairs."""
    from dossier.evidence import label_pairs, stance_pairs
    from dossier.evidence.stance_features import BodyFacts
    from dossier.ingest import read_inputs
    from dossier.pipeline import extract_many, stance_facts

    if stances or bodies:
        if not (stances and bodies) or claim_text or paths:
            raise UsageError(
                "FNC-1 labelling takes --stances and --bodies together, without --claim or PATHS"
            )
        if output == "-":
            raise UsageError("FNC-1 labelling writes a CSV: give it a file with -o")
        written = label_pairs(stances, bodies, output, stance_facts)
        click.echo(f"{written} pairs labelled -> {output}", err=True)
        return
    if not claim_text or not paths:
        raise UsageError("give --claim TEXT and the articles to read (PATH...), or --stances and --bodies")
    failures = Failures()
    articles = list(
        read_inputs(
            paths, published=published, max_bytes=max_bytes, on_error=failures.add, on_warning=failures.warn
        )
    )
    origins = {a.id: a.origin for a in articles}
    records = list(extract_many(articles, processes, batch_size, failures.add))
    facts = {r.text: BodyFacts.of(r) for r in records}
    labels = stance_pairs([(claim_text, r.text) for r in records], lambda texts: [facts[t] for t in texts])
    with open_output(output) as out:
        for record, label in zip(records, labels, strict=True):
            origin = origins.get(record.id)
            if fmt == "json":
                row = {"id": record.id, "origin": origin, "claim": claim_text, "stance": label}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                out.write(visible(f"{label:10} {record.id}  {record.title or origin or ''}") + "\n")
    failures.exit_if_any()
