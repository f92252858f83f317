"""Find quoted passages: straight and curly double quotes, single quotes and the wire style ''like this''.

Shared by the attribution stage (what is quoted) and the pronoun resolver of ``nlp.syntax`` (who speaks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# '' (two apostrophes) and `` stand for a double quote mark in wire copy; a lone apostrophe does not.
MARK = re.compile(r"''|``|[\"“”„‘’']")
OPENERS = {"“", "„", "``", "‘"}
CLOSERS = {"”", "’"}
TOGGLES = {'"', "''"}


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted passage: ``start``/``end`` enclose the words, ``outer_*`` include the marks."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    closed: bool = True  # False when the paragraph ends before a closing mark (a quote that runs on)

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def _is_single(mark: str) -> bool:
    return mark in {"‘", "’", "'"}


def _single_opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in '([—–-"“') and (after.isalnum() or after in "$")


def _single_closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in '.,;:!?)—–-"”')


def _misplaced_curly(text: str, i: int, mark: str, inside: bool) -> bool:
    """A curly double quote typed the wrong way round: “ closing a quote ("not,“ he said") or ” opening one."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if mark == "“":
        return inside and not before.isspace() and (after.isspace() or after in ".,;:!?)")
    return not inside and (before.isspace() or before in "\u202a\u202c") and after.isalnum()


SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")


def _lost_close(text: str, start: int, i: int) -> int | None:
    """Where an open straight-quoted passage from ``start`` ends when the mark at ``i`` opens a quote of its
    own (a space before it, a word right after it) and a sentence ended in between ('... said, "The use of
    armed force is not the privilege of the U.S. only . While tensions are expected ..., experts said ...
    "Unless the U.S. ...'): the end of that first sentence; None when the mark may close the passage."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if not before.isspace() or not after.isalnum():
        return None
    end = SENTENCE_END.search(text, start, i)
    return end.start() + 1 if end is not None else None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quotes(text: str) -> list[Quote]:
    """Top-level quoted passages of ``text`` in order; a quote left open closes at its paragraph's end.

    >>> text = "Iran said ''no way'' today"
    >>> [text[q.start : q.end] for q in find_quotes(text)]
    ['no way']
    """
    quotes: list[Quote] = []
    open_at: int | None = None
    open_mark = ""
    open_len = 0

    def close(end: int, outer_end: int, closed: bool = True) -> None:
        """Keep the passage open since ``open_at`` as a quote ending at ``end`` (its marks at ``outer_end``),
        unless it holds nothing but spaces."""
        s, e = _trimmed(text, open_at + open_len, end)
        if e > s:
            quotes.append(Quote(s, e, open_at, outer_end, closed=closed))

    for match in MARK.finditer(text):
        mark, i = match.group(), match.start()
        if mark in {"“", "”"} and _misplaced_curly(text, i, mark, open_at is not None):
            mark = "”" if mark == "“" else "“"
        if open_at is not None and "\n" in text[open_at:i]:
            # the paragraph ended inside the quote: close it there
            para_end = text.index("\n", open_at)
            close(para_end, para_end, closed=False)
            open_at = None
        if open_at is None:
            if _is_single(mark):
                if mark != "’" and _single_opens(text, i):
                    open_at, open_mark, open_len = i, mark, len(mark)
                continue
            if mark in OPENERS or mark in TOGGLES:
                open_at, open_mark, open_len = i, mark, len(mark)
            continue
        if _is_single(open_mark):
            if mark in {"’", "'"} and _single_closes(text, i):
                close(i, i + len(mark))
                open_at = None
            elif not _is_single(mark):
                open_at = None  # a double mark inside a single-quoted stretch: it was an apostrophe
                if mark in OPENERS or mark in TOGGLES:
                    open_at, open_mark, open_len = i, mark, len(mark)
            continue
        if _is_single(mark):
            continue  # nested single quotes stay inside the double-quoted passage
        if mark in TOGGLES and open_mark in TOGGLES:
            cut = _lost_close(text, open_at + open_len, i)
            if cut is not None:  # a quote whose closing mark the writer left out, and this mark opens the
                # next: the first closes where its first sentence does
                close(cut, cut, closed=False)
                open_at, open_mark, open_len = i, mark, len(mark)
                continue
        if mark in CLOSERS or mark in TOGGLES:
            close(i, i + len(mark))
            open_at = None
        elif mark in OPENERS:
            # an opener inside an open quote: the quote ran on over a paragraph break, after which the
            # writer opens it again (the newline lost: '... towards the West. President Putin ... the
            # West. “Part of that alternative includes China,” he added'); the passage so far is quoted
            close(i, i, closed=False)
            open_at, open_mark, open_len = i, mark, len(mark)
    if open_at is not None:
        end = text.find("\n", open_at)
        end = len(text) if end < 0 else end
        close(end, end, closed=False)
    return quotes
