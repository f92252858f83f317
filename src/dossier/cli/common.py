"""What the commands share: options, error reporting, progress and output writers."""

from __future__ import annotations

import contextlib
import csv
import functools
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, TypeVar

import click

from dossier.errors import DossierError, InputError, InputWarning, NotFoundError, UsageError
from dossier.ingest import DEFAULT_MAX_BYTES
from dossier.report import render_text, spreadsheet_safe, visible

T = TypeVar("T")
DATE_FORMATS = ["%Y-%m-%d"]


class Failures:
    """Collects per-item failures, reports each on stderr as it happens, and sets the exit status."""

    def __init__(self) -> None:
        self.items: list[InputError] = []

    def add(self, error: InputError) -> None:
        self.items.append(error)
        click.echo(visible(f"error: {error.item}: {error.reason}"), err=True)

    def warn(self, warning: InputWarning) -> None:
        """An item read, but not exactly as given: reported, not counted as a failure."""
        click.echo(visible(f"warning: {warning.item}: {warning.reason}"), err=True)

    def __len__(self) -> int:
        return len(self.items)

    def exit_if_any(self) -> None:
        if self.items:
            click.echo(f"{len(self.items)} item(s) failed; the rest were processed.", err=True)
            raise SystemExit(1)


def handles_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into 'Error: ...' on stderr and exit status 1 (2 for usage errors)."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except UsageError as exc:
            raise click.UsageError(visible(str(exc))) from exc
        except (NotFoundError, DossierError) as exc:
            raise click.ClickException(visible(str(exc))) from exc

    return wrapper


def _check_date(ctx: click.Context, param: click.Parameter, value: Any) -> str | None:
    if value is None:
        return None
    return click.DateTime(DATE_FORMATS).convert(value, param, ctx).date().isoformat()


def input_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options every command that reads articles shares."""
    options = [
        click.option(
            "--published",
            callback=_check_date,
            metavar="YYYY-MM-DD",
            help="Publication date for articles that do not carry one (resolves 'on Saturday').",
        ),
        click.option(
            "--processes",
            type=click.IntRange(1, 64),
            default=1,
            show_default=True,
            help="Parse and extract in this many worker processes (one per core).",
        ),
        click.option(
            "--batch-size",
            type=click.IntRange(1, 10_000),
            default=32,
            show_default=True,
            help="Texts per parse batch.",
        ),
        click.option(
            "--max-bytes",
            type=click.IntRange(1),
            default=DEFAULT_MAX_BYTES,
            show_default=True,
            help="Refuse files (or JSONL lines) larger than this.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


db_option = click.option(
    "--db",
    default="dossier.db",
    show_default=True,
    type=click.Path(dir_okay=False),
    envvar="DOSSIER_DB",
    help="SQLite database file, or a postgresql://user:password@host:port/dbname URL (or set DOSSIER_DB).",
)


def progress(items: Iterable[T], what: str) -> Iterator[T]:
    """A progress bar on stderr when it is a terminal; the items unchanged otherwise."""
    if not sys.stderr.isatty():
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, desc=what, unit=" articles", file=sys.stderr, leave=False)


@contextlib.contextmanager
def open_output(path: str) -> Iterator[IO[str]]:
    """stdout for '-', else the file at ``path`` (written as UTF-8)."""
    if path == "-":
        yield sys.stdout
        return
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        yield fh


def write_records(records: Iterable[dict[str, Any]], out: IO[str], fmt: str) -> int:
    """Write extraction records as jsonl (streamed), json (one object, or an array of several) or text."""
    count = 0
    if fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
        return count
    if fmt == "text":
        for record in records:
            out.write(("\n" if count else "") + render_text(record))
            count += 1
        return count
    collected = list(records)
    payload: Any = collected[0] if len(collected) == 1 else collected
    out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    return len(collected)


def read_json_records(path: str, report: Callable[[InputError], None]) -> Iterator[dict[str, Any]]:
    """Records from a JSON file (one object or an array) or a JSON Lines file; each line or element that
    is not a JSON object is handed to ``report`` and the rest go through.

    Lines end at newlines only: U+2028 and the other separators ``str.splitlines`` breaks at may stand
    raw inside a JSON string.
    """
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        report(InputError(path, f"cannot be read ({exc})"))
        return
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError):  # JSON Lines (or one line nested too deeply)
        for number, line in enumerate(text.split("\n"), 1):
            if line.strip():
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    report(InputError(f"{path}:{number}", f"not valid JSON ({exc.msg})"))
                    continue
                except RecursionError:
                    report(InputError(f"{path}:{number}", "JSON nested too deeply"))
                    continue
                if isinstance(record, dict):
                    yield record
                else:
                    report(InputError(f"{path}:{number}", "not a JSON object (an extraction record)"))
        return
    for number, record in enumerate(data if isinstance(data, list) else [data], 1):
        if isinstance(record, dict):
            yield record
        else:
            report(InputError(f"{path}[{number}]", "not a JSON object (an extraction record)"))


def write_csv_tables(store: Any, output: str, table: str | None) -> None:
    """One CSV per table into the folder ``output`` (or one table to a file or stdout); a text cell a
    spreadsheet would run as a formula is neutralised (``report.spreadsheet_safe``)."""
    tables = [table] if table else list(store.TABLES)
    if table is None and output == "-":
        raise UsageError(
            "--format csv writes one file per table: give a folder with -o, or pick one with --table"
        )
    for name in tables:
        target = output if table else str(Path(output) / f"{name}.csv")
        with open_output(target) as out:
            writer: csv.DictWriter[str] | None = None
            for row in store.rows(name):
                if writer is None:
                    writer = csv.DictWriter(out, fieldnames=list(row), extrasaction="ignore")
                    writer.writeheader()
                writer.writerow({key: spreadsheet_safe(value) for key, value in row.items()})
