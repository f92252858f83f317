"""Bytes to text: refuse binary data, decode UTF-8, detect the encoding of legacy (cp1252, ...) text."""

from __future__ import annotations

import codecs
import contextlib
import warnings
from collections.abc import Callable

from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio

from dossier.errors import InputError, InputWarning

_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\x0c\r") + b"\x7f"
_MAX_CONTROL_SHARE = 0.1
_MAX_CHAOS = 0.2  # charset-normalizer's own threshold for a plausible decoding
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
NOT_DECODABLE = "not UTF-8 and encoding could not be detected"


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` looks binary (NUL bytes, mostly control characters), or None for text."""
    if b"\x00" in data:
        return "binary file (contains NUL bytes)"
    if data and len(data) - len(data.translate(None, _CONTROL_BYTES)) > _MAX_CONTROL_SHARE * len(data):
        return "binary file (mostly control characters)"
    return None


def detect_encoding(data: bytes) -> str | None:
    """The most plausible legacy encoding of ``data``, preferring cp1252 among equally plausible ones.

    >>> detect_encoding("Le ministre a déclaré très vite « non ».".encode("cp1252"))
    'cp1252'
    """
    candidates = [(match.chaos, 1, match.encoding) for match in from_bytes(data)]
    with contextlib.suppress(UnicodeDecodeError):  # cp1252 leaves five bytes undefined
        candidates.append((mess_ratio(data.decode("cp1252")), 0, "cp1252"))
    if not candidates:
        return None
    chaos, _, encoding = min(candidates)
    return encoding if chaos <= _MAX_CHAOS else None


Warn = Callable[[InputWarning], None]
_MAX_OFFSETS = 8  # offsets named in a warning


def decode_text(data: bytes, item: str, warn: Warn | None = None) -> str:
    """Decode one input's bytes to text (``decode``), the encoding left out."""
    return decode(data, item, warn)[0]


def decode(data: bytes, item: str, warn: Warn | None = None) -> tuple[str, str]:
    """Decode one input's bytes: ``(text, encoding)``. Raises ``InputError`` for empty, binary or
    undecodable data.

    Never guesses silently: UTF-8 (or UTF-16/32 with a byte order mark) is read as it is; UTF-8 with a few
    bad bytes is read with each replaced by U+FFFD, UTF-16 without a byte order mark and a legacy
    encoding (cp1252, ...) are read when detection is confident, and each of these is handed to ``warn``
    as an ``InputWarning`` naming what was done (``warnings.warn`` when no ``warn`` is given).

    >>> text, encoding = decode("Iran — Russia".encode() + b"\\x96", "x.txt", lambda w: print(w.reason))
    not valid UTF-8 at byte 15 (1 invalid sequence(s) replaced by U+FFFD)
    >>> text.endswith("Russia\\ufffd"), encoding
    (True, 'utf-8')
    """

    def note(reason: str) -> None:
        if warn is None:
            warnings.warn(InputWarning(item, reason), stacklevel=3)
        else:
            warn(InputWarning(item, reason))

    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(item, f"invalid {encoding.upper()} text") from None
            break
    else:
        if not data.strip():
            raise InputError(item, "empty file")
        encoding = _utf16_without_bom(data)
        if encoding:
            text = data.decode(encoding)
            note(f"no byte order mark: read as {encoding.upper()}")
        else:
            reason = binary_reason(data)
            if reason:
                raise InputError(item, reason)
            text, encoding = _decode_8bit(data, item, note)
    if not text.strip():
        raise InputError(item, "empty file")
    return text, encoding


def _decode_8bit(data: bytes, item: str, note: Callable[[str], None]) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    first, bad, multibyte = _utf8_errors(data)
    if multibyte and bad <= max(3, multibyte // 10):  # UTF-8 with a few stray bytes
        shown = ", ".join(str(offset) for offset, _ in first)
        more = ", ..." if bad > len(first) else ""
        note(
            f"not valid UTF-8 at byte{'s' if bad > 1 else ''} {shown}{more} "
            f"({bad} invalid sequence(s) replaced by U+FFFD)"
        )
        return data.decode("utf-8", "replace"), "utf-8"
    encoding = detect_encoding(data)
    if encoding is None:
        raise InputError(item, NOT_DECODABLE)
    note(f"not UTF-8: read as {encoding} (detected)")
    return data.decode(encoding), encoding


def _utf8_errors(data: bytes) -> tuple[list[tuple[int, int]], int, int]:
    """Of ``data`` read as UTF-8: (offset, length) of its first invalid stretches, how many there are, and
    how many valid multibyte characters it holds. Linear in the length of ``data``."""
    text = data.decode("utf-8", "replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - replaced
    view = memoryview(data)
    first: list[tuple[int, int]] = []
    start = 0
    while len(first) < _MAX_OFFSETS and start < len(data):
        try:
            codecs.utf_8_decode(view[start:], "strict", True)
            break
        except UnicodeDecodeError as exc:
            first.append((start + exc.start, exc.end - exc.start))
            start += exc.end
    return first, replaced, multibyte


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when ``data`` reads as UTF-16 text without a byte order mark: NUL
    bytes at almost every odd (even) position, almost none at the others, and printable text once
    decoded; None otherwise."""
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data:
        return None
    even, odd = data[0::2], data[1::2]
    half = len(data) // 2
    for encoding, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros.count(0) >= 0.6 * half and others.count(0) <= 0.01 * half:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            printable = sum(c.isprintable() or c in "\n\r\t" for c in text)
            return encoding if printable >= 0.97 * len(text) else None
    return None
