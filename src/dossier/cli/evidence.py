"""The commands across reports: copies, claims, claim, stance."""

from __future__ import annotations

import json
from typing import Any

import click

from dossier.cli.common import Failures, db_option, handles_errors, input_options, open_output
from dossier.errors import NotFoundError, UsageError
from dossier.ingest import read_inputs
from dossier.report import render_board, render_claims, render_copies
from dossier.schema import Article, from_dict

FORMAT = click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)


def stored_copies(store: Any) -> list[list[str]]:
    """Find copies among the stored articles (earliest published first) and record them in the store."""
    from dossier.evidence import find_copies

    articles = [
        Article(id=r["id"], text=r["text"], published=r.get("published"), outlet=r.get("outlet"))
        for r in store.records()
    ]
    order = {a.id: i for i, a in enumerate(articles)}
    articles.sort(key=lambda a: (a.published or "9999-99-99", order[a.id]))
    groups = find_copies(articles)
    store.replace_copy_groups(groups)
    return groups


def boards_of(
    db: str, query: str | None = None, keep: Any = None, limit: int | None = None, stances: bool = False
) -> list[Any]:
    """The claims' boards, computed from the stored extractions and their copy groups: with ``query``,
    those close to it, closest first; with ``keep``, those it accepts; at most ``limit``; with
    ``stances``, each board also holds what every report, read whole, says of its claim. Embeddings are
    cached in the store."""
    from dossier.evidence import build_claims, corroborate, match_claims, read_stances
    from dossier.evidence.encoder import cached
    from dossier.store import Store

    with Store(db, create=False) as store:
        records = [from_dict(r) for r in store.records()]
        if not records:
            raise UsageError(f"{db} holds no articles: run 'dossier ingest PATH... --db {db}' first")
        copies = store.copy_groups()
        encoder = cached(store.vectors, store.save_vectors)
        boards = corroborate(build_claims(records, copies, encoder), records, copies)
        if query:
            by_id = {b.claim.id: b for b in boards}
            boards = [by_id[c.id] for c in match_claims([b.claim for b in boards], query, encoder)]
        if keep is not None:
            boards = [b for b in boards if keep(b)]
        boards = boards[:limit]
        if stances:
            boards = read_stances(boards, records, copies, encoder)
    return boards


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
    from dossier.store import Store

    with Store(db, create=False) as store:
        groups = store.copy_groups()
        articles = {a: store.get(a) for group in groups for a in group}
    payload = [
        [
            {key: articles[a].get(key) for key in ("id", "title", "outlet", "published")}
            | {"opening": " ".join(articles[a]["text"].split()[:12])}
            for a in group
        ]
        for group in groups
    ]
    click.echo(render_copies(payload) if fmt == "text" else json.dumps(payload, ensure_ascii=False, indent=2))


@click.command(
    epilog="""\b
Examples:
  dossier claims --db conflict.db
  dossier claims --query "Iran sent missiles to Russia" --min-articles 2
  dossier claims --contradicted --format board   # every disputed claim's evidence
  dossier claims --query "Israel flooded Gaza" --limit 1 --format board
  dossier claims --min-sources 2 --format json > claims.json

\b
Each row is a proposition stated across the stored reports. "assert n/rep/src"
reads: n items assert it, in rep independent reports (syndicated copies count
once), from src distinct sources (one official quoted by three reports is one
source); likewise for denials. Then refusals to confirm, whether an assertion
meets a denial, and an Admiralty-style credibility grade (1 confirmed ... 6
cannot be judged).
--format board prints each listed claim's whole evidence board, as
'dossier claim ID' does, with what every stored report, read whole by the
FNC-1 stance model, says of the claim (agree, disagree or discuss): a report
can dispute a claim without a denial that dossier extracts.
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
@click.option("--limit", type=click.IntRange(1), help="List at most N claims.")
@click.option(
    "--stances",
    "with_stances",
    is_flag=True,
    help="Read every report whole against each listed claim (FNC-1 stance model); --format board does.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "board", "json"]), default="text", show_default=True
)
@handles_errors
def claims(db, query, min_articles, min_sources, contradicted, limit, with_stances, fmt) -> None:
    """List the claims across stored reports, with sources for and against."""

    def keep(b: Any) -> bool:
        return (
            len(b.claim.articles) >= min_articles
            and b.assertion_sources + b.denial_sources >= min_sources
            and (not contradicted or b.contradicted)
        )

    boards = boards_of(db, query, keep, limit, stances=with_stances or fmt == "board")
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
"""
)
@click.argument("claim_id")
@db_option
@FORMAT
@handles_errors
def claim(claim_id, db, fmt) -> None:
    """Show one claim's evidence board: who asserts, denies or declines it, and its grade."""
    found = boards_of(db, keep=lambda b: b.claim.id.startswith(claim_id), stances=True)
    if not found:
        raise NotFoundError(f"no claim with id {claim_id!r} in {db} (list them with 'dossier claims')")
    if len(found) > 1:
        raise UsageError(f"{claim_id!r} matches {len(found)} claims; give more of the id")
    board = found[0].to_dict()
    click.echo(render_board(board) if fmt == "text" else json.dumps(board, ensure_ascii=False, indent=2))


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

    if stances or bodies:
        if not (stances and bodies) or claim_text or paths:
            raise UsageError(
                "FNC-1 labelling takes --stances and --bodies together, without --claim or PATHS"
            )
        if output == "-":
            raise UsageError("FNC-1 labelling writes a CSV: give it a file with -o")
        written = label_pairs(stances, bodies, output)
        click.echo(f"{written} pairs labelled -> {output}", err=True)
        return
    if not claim_text or not paths:
        raise UsageError("give --claim TEXT and the articles to read (PATH...), or --stances and --bodies")
    failures = Failures()
    articles = list(read_inputs(paths, published=published, max_bytes=max_bytes, on_error=failures.add))
    labels = stance_pairs([(claim_text, a.text) for a in articles])
    with open_output(output) as out:
        for article, label in zip(articles, labels, strict=True):
            if fmt == "json":
                row = {"id": article.id, "origin": article.origin, "claim": claim_text, "stance": label}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                out.write(f"{label:10} {article.id}  {article.title or article.origin or ''}\n")
    failures.exit_if_any()
