"""The ``dossier`` command line: a thin layer over the library.

Exit codes: 0 success, 1 when some items failed (each reported on stderr with its reason; the rest are
still processed), 2 on a usage error.
"""

from __future__ import annotations

import click

from dossier import __version__
from dossier.cli.commands import datasette_metadata, export, extract, ingest, report, schema, show
from dossier.cli.evidence import claim, claims, copies, source, sources, stance
from dossier.cli.serve import serve

EPILOG = """\b
Examples:
  dossier extract report.txt --published 2024-09-07 --format text
  dossier extract corpus.jsonl -o extractions.jsonl
  dossier ingest reports/ --db conflict.db
  dossier show iran_missiles_ap --db conflict.db
  dossier export --db conflict.db --format csv -o tables/
  dossier export --db conflict.db --format stix -o bundle.json
  dossier datasette-metadata --db conflict.db -o metadata.json
  dossier copies --db conflict.db
  dossier claims --db conflict.db --query "missiles russia"
  dossier claim CLAIM_ID --db conflict.db
  dossier sources --db conflict.db
  dossier stance --claim "Iran sent missiles to Russia" reports/
  dossier serve --db conflict.db

Exit status: 0 success, 1 some items failed (the rest were processed), 2 usage error.
"""


@click.group(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dossier")
def cli() -> None:
    """Read news reports into a sourced evidence base.

    dossier finds who did what to whom (PLOVER events), who says so (attributions with
    source, cue, content and stance), on what sourcing, and how much (quantities), each
    pointing back to the characters of the text it came from.
    """


for command in (
    extract,
    ingest,
    show,
    export,
    datasette_metadata,
    schema,
    report,
    copies,
    claims,
    claim,
    sources,
    source,
    stance,
    serve,
):
    cli.add_command(command)


def main() -> None:
    """Entry point of the ``dossier`` script."""
    cli(prog_name="dossier")
