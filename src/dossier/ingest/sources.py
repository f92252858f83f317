"""Where articles come from: files by extension, directories walked in order, and stdin."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterator
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from dossier.errors import InputError, InputWarning
from dossier.ingest.articles import make_article
from dossier.ingest.decoding import decode
from dossier.ingest.html import read_html_file
from dossier.ingest.jsonl import read_jsonl_lines
from dossier.ingest.limits import iter_lines
from dossier.ingest.text import read_text_file
from dossier.schema import Article

STDIN = "-"
STDIN_NAME = "<stdin>"
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
TEXT_SUFFIXES = (".txt", ".text", ".md")
DIRECTORY_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
_SNIFF_BYTES = 8192

Report = Callable[[InputError | InputWarning], None]  # errors, and warnings of what was read inexactly


def files_in_directory(root: Path) -> list[Path]:
    """Readable files under ``root``, recursively, sorted; hidden files and folders are skipped."""
    found = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        found.extend(
            Path(folder, name)
            for name in files
            if not name.startswith(".") and name.lower().endswith(DIRECTORY_SUFFIXES)
        )
    return sorted(found, key=lambda path: path.relative_to(root).parts)


def read_file(
    path: Path, published: str | None, max_bytes: int, report: Report, named: bool = True
) -> Iterator[Article]:
    """Articles of one file, by extension: HTML, JSONL, or text (any other extension).

    A file found in a directory (not ``named``) must be a regular file: a FIFO would wait for a writer
    for ever, a device never ends. A named pipe or device given by name is read as asked (``<(cmd)``).
    """
    if not named:
        reason = _not_regular(path)
        if reason:
            report(InputError(str(path), reason))
            return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl_file(path, published, max_bytes, report)
        return
    reader = read_html_file if suffix in HTML_SUFFIXES else read_text_file
    try:
        yield reader(path, published, max_bytes, report)
    except InputError as exc:
        report(exc)
    except OSError as exc:
        report(InputError(str(path), _os_reason(exc)))


def read_path(name: str, published: str | None, max_bytes: int, report: Report) -> Iterator[Article]:
    """Articles of one named input: a file, a directory (recursively) or ``-`` for stdin."""
    if name == STDIN:
        yield from read_stream(sys.stdin.buffer, published, max_bytes, report)
        return
    path = Path(name)
    if path.is_dir():
        files = files_in_directory(path)
        if not files:
            report(InputError(name, "no .txt, .text, .md, .html, .htm or .jsonl files in this directory"))
        for file in files:
            yield from read_file(file, published, max_bytes, report, named=False)
    elif path.exists():
        yield from read_file(path, published, max_bytes, report)
    else:
        report(InputError(name, "no such file or directory"))


def read_stream(
    stream: BinaryIO, published: str | None, max_bytes: int, report: Report, name: str = STDIN_NAME
) -> Iterator[Article]:
    """Articles from a byte stream: JSONL when its first non-blank character is ``{``, else one text."""
    lines = iter_lines(stream, max_bytes)
    head: list[tuple[int, bytes | None]] = []
    for number, line in lines:
        head.append((number, line))
        if line is None or line.strip():
            break
    first = head[-1][1] if head else b""
    if first is not None and not first.strip():
        report(InputError(name, "empty input"))
        return
    if first is not None and first.lstrip().removeprefix(b"\xef\xbb\xbf").startswith(b"{"):
        yield from read_jsonl_lines(chain(head, lines), name, published, max_bytes, report)
        return
    pieces: list[bytes] = []
    size = 0
    for _, line in chain(head, lines):
        size += max_bytes + 1 if line is None else len(line)
        if size > max_bytes:
            report(InputError(name, f"input larger than the limit of {max_bytes:,} bytes"))
            return
        pieces.append(line)
    try:
        text, encoding = decode(b"".join(pieces), name, report)
        yield make_article(text, published=published, origin=name, encoding=encoding)
    except InputError as exc:
        report(exc)


def _read_jsonl_file(path: Path, published: str | None, max_bytes: int, report: Report) -> Iterator[Article]:
    item = str(path)
    try:
        fh = open(path, "rb")  # noqa: SIM115 - held open across the yields below
    except OSError as exc:
        report(InputError(item, _os_reason(exc)))
        return
    with fh:
        if _binary_jsonl(fh.read(_SNIFF_BYTES)):
            report(InputError(item, "binary file (contains NUL bytes)"))
            return
        fh.seek(0)
        yield from read_jsonl_lines(iter_lines(fh, max_bytes), item, published, max_bytes, report)


def _binary_jsonl(head: bytes) -> bool:
    """Whether the first bytes of a JSONL file are binary: NUL bytes and not one line of them a JSON
    object (a NUL line among JSON lines is that line's error, not the file's)."""
    if b"\x00" not in head:
        return False
    return not any(line.lstrip().startswith(b"{") and b"\x00" not in line for line in head.split(b"\n"))


def _not_regular(path: Path) -> str | None:
    """Why ``path`` is not read as a file found in a directory (not a regular file), or None."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return _os_reason(exc)
    if stat.S_ISREG(mode):
        return None
    kind = "a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
    return f"not a regular file ({kind}); name it on its own to read it"


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return exc.strerror or str(exc)
