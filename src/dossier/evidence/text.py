"""Light text helpers shared by the evidence stage: sentences, tokens and stems."""

from __future__ import annotations

import re
from functools import lru_cache

Span = tuple[int, int]

_SENTENCE_END = re.compile(r"(?<=[.!?])([\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z\"“])")
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
_MIN_SENTENCE_CHARS = 3
# A period after an initialism ("U.S.", "U.N.") or a title ("Gen.", "Mr.") rarely ends a sentence.
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Gov|Sen|Rep|Prof|Rev|St|Jr|Sr|No|"
    r"Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Corp|Inc|Co|Ltd|vs)\.)$"
)


def word_list(text: str) -> list[str]:
    """The whitespace-separated words of ``text`` (for word lists written as one string)."""
    return text.split()


STOPWORDS = frozenset(
    word_list(
        """a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have
    having he her here hers herself him himself his how i if in into is it its itself just me more most my
    myself no nor not of off on once only or other our ours ourselves out over own same she should so some
    such than that the their theirs them themselves then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you your yours
    yourself yourselves s t says said say also new one two just now via"""
    )
)


def sentence_spans(text: str) -> list[Span]:
    """Character spans of the sentences of ``text`` (a fast rule-based splitter, no parser)."""
    spans: list[Span] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if "\n" not in match.group(0) and _ABBREVIATION.search(
            text, max(0, match.start() - 12), match.start()
        ):
            continue
        _append_trimmed(text, start, match.start() + len(match.group(1) or ""), spans)
        start = match.end()
    _append_trimmed(text, start, len(text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start >= _MIN_SENTENCE_CHARS:
        spans.append((start, end))


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` as strings."""
    return [text[s:e] for s, e in sentence_spans(text)]


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens of ``text``."""
    return [t.lower().replace("’", "'") for t in _TOKEN.findall(text)]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A crude suffix-stripping stem, enough to match "denies" with "denied" and "missiles" with "missile"."""
    for suffix in ("ational", "ization", "ations", "ation", "ingly", "edly", "ings", "ing", "ies", "ied"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    for suffix in ("es", "ed", "ly", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


def content_stems(text: str) -> list[str]:
    """Stems of the non-stopword tokens of ``text``, in order."""
    return [stem(t) for t in tokens(text) if t not in STOPWORDS]
