"""Bytes to text: refuse binary data, decode UTF-8, detect the encoding of legacy (cp1252, ...) text."""

from __future__ import annotations

import codecs
import contextlib

from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio

from dossier.errors import InputError

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


def decode_text(data: bytes, item: str) -> str:
    """Decode one input's bytes to text, raising ``InputError`` for empty, binary or undecodable data."""
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
        reason = binary_reason(data)
        if reason:
            raise InputError(item, reason)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            encoding = detect_encoding(data)
            if encoding is None:
                raise InputError(item, NOT_DECODABLE) from None
            text = data.decode(encoding)
    if not text.strip():
        raise InputError(item, "empty file")
    return text
