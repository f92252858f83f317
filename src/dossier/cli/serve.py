"""``dossier serve``: the evidence base in a browser and as a JSON API (``dossier.serve``)."""

from __future__ import annotations

import click

from dossier.cli.common import db_option, handles_errors


@click.command(
    epilog="""\b
Examples:
  dossier serve --db examples/example.db          # then browse http://127.0.0.1:8000/
  DOSSIER_TOKEN=secret dossier serve --db conflict.db   # also accept articles
  dossier serve --db conflict.db --host 0.0.0.0 --port 8080 --token secret

\b
Pages: /claims (search, filters, sorting), /claims/ID (the board), /articles/ID
(the text with what was extracted), /sources/KEY, /ingest. The JSON API is
under /api/ (its OpenAPI document at /api/openapi.json). Without a token the
server is read-only; with one, writes need 'Authorization: Bearer TOKEN'.
"""
)
@db_option
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default)."
)
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on."
)
@click.option(
    "--token",
    envvar="DOSSIER_TOKEN",
    help="Bearer token that writes must carry (or set DOSSIER_TOKEN); without one the server is read-only.",
)
@handles_errors
def serve(db, host, port, token) -> None:
    """Serve the evidence base as web pages and a JSON API."""
    import uvicorn

    from dossier.serve import create_app

    app = create_app(db, token=token, warm=True)
    mode = "writes need the token" if token else "read-only"
    click.echo(f"Serving {db} at http://{host}:{port}/ ({mode}); Ctrl-C stops.", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
