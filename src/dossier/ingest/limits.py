"""Size limits: files are measured before they are read, streams are read in bounded pieces."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import BinaryIO

from dossier.errors import InputError

# An article is parsed in windows (``nlp.pipeline.WINDOW``), but the joined parse and every stage still
# hold the whole article: extraction peaks at about 1 GB at 250 KB and 2 GB at 1 MB over the ~0.36 GB of
# loaded models, and takes about 3 minutes a megabyte on one core (``bench/long_texts.py``). 1 MB (some
# 150,000 words, far above any news report) is what a 2-core, few-GB machine parses safely; raise
# ``--max-bytes`` only with the memory for it.
DEFAULT_MAX_BYTES = 1_000_000
_SKIP_CHUNK = 1 << 16


def too_large(size: int, max_bytes: int) -> str:
    """The reason given for an input over the limit."""
    return f"larger than the limit of {max_bytes:,} bytes ({size:,} bytes)"


def read_file_bounded(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """The bytes of a file, refusing (before reading) one larger than ``max_bytes``."""
    item = os.fspath(path)
    size = os.stat(path).st_size
    if size > max_bytes:
        raise InputError(item, "file " + too_large(size, max_bytes))
    with open(path, "rb") as fh:
        data = fh.read(max_bytes + 1)  # the file may have grown since it was measured
    if len(data) > max_bytes:
        raise InputError(item, "file " + too_large(len(data), max_bytes))
    return data


def iter_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, line)`` for each line of a binary stream; ``None`` for a line over ``max_bytes``.

    An over-long line is skipped in bounded pieces, so memory never holds more than ``max_bytes``.
    """
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:
                rest = stream.readline(_SKIP_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
        else:
            yield number, line
