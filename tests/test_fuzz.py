"""Property tests (hypothesis) of the readers and of ``extract``: whatever the input, a reader yields
articles or reports a dossier input error, and an extraction raises nothing and keeps every span inside
its text. Derandomised, so the suite is the same on every run; ``bench/fuzz.py`` runs them longer and
at random."""

from __future__ import annotations

import json
import os
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dossier
from dossier.errors import InputError
from dossier.ingest import article_from_html, read_inputs
from dossier.schema import to_dict

_FUZZ = int(os.environ.get("DOSSIER_FUZZ_EXAMPLES", "0"))  # bench/fuzz.py: random runs of this many


def _settings(examples: int) -> settings:
    return settings(
        max_examples=_FUZZ or examples,
        deadline=None,
        derandomize=not _FUZZ,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


FAST = _settings(40)
SLOW = _settings(10)

# --- what news text is made of, and what breaks parsers ---------------------------------------------------

_VOCABULARY = """Iran Russia Israel Hamas the a said denied told officials ministry army attacked killed 12 people
    on Monday in Gaza Kyiv according to two sources familiar with matter U.S. Mr. Dr. Jan. Sept. 0 31 that it
    would not comment , . ; : — – - ( ) [ ] " “ ” ‘ ’ ' ... ! ? % $ € £ km miles tons"""
WORDS = st.sampled_from(_VOCABULARY.split())
ODD = st.sampled_from(
    [
        "\x00", "\x1b[2J", "\x7f", "\u0085", "\u2028", "\u2029", "\u202e", "\ufeff", "\ufffd", "\u200b",
        "\ud800", "\U0001f600", "e\u0301", "ﬁ", "Ⅻ", "٣", "𝟙𝟚", "\t", "\r\n", "\n\n", "  ",
        "&amp;", "&#x41;", "&nbsp;", "<b>", "</p>", "{", "}", "\\", "Jan. 0", "Feb. 30", "31/02/2024",
        "2024-13-45", "10,000-member", "5.5 km", "-3", "1e309", "1,2,3,4,5,6,7,8,9", "½", "3–4 dead",
    ]
)  # fmt: skip
LONG_TOKEN = st.integers(50, 3_000).map(lambda n: "x" * n)
NUMBERS = st.builds(
    lambda n, unit: f"{n} {unit}",
    st.one_of(
        st.integers(-(10**12), 10**12),
        st.floats(allow_nan=False, allow_infinity=False).map(lambda f: f"{f:g}"),
    ),
    st.sampled_from(["people", "km", "miles", "tons", "percent", "%", "dollars", "missiles", "kg", "days"]),
)
DATES = st.builds(
    lambda m, d, y: f"{m} {d}, {y}",
    st.sampled_from(["Jan.", "February", "Sept.", "Dec", "May"]),
    st.integers(-1, 40),
    st.integers(0, 10_000),
)
PIECES = st.one_of(WORDS, WORDS, WORDS, ODD, NUMBERS, DATES, LONG_TOKEN, st.text(max_size=20))
NEWS = st.lists(PIECES, min_size=1, max_size=80).map(" ".join)


def spans_of(data: Any) -> list[tuple[int, int]]:
    """Every span anywhere in a record's JSON form."""
    found: list[tuple[int, int]] = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "spans":
                found.extend((s, e) for s, e in value)
            else:
                found.extend(spans_of(value))
    elif isinstance(data, list):
        for value in data:
            found.extend(spans_of(value))
    return found


@SLOW
@given(NEWS)
def test_extract_never_fails_and_keeps_every_span_inside_the_text(text):
    try:
        record = dossier.extract(text, published="2024-09-07")
    except InputError:
        assert not text.strip()  # the only refusal: a text with nothing in it
        return
    assert len(record.text) == len(text)
    for start, end in spans_of(to_dict(record)):
        assert 0 <= start <= end <= len(record.text)


# --- readers: bytes in, articles or input errors out ---------------------------------------------------


def read(path) -> tuple[list, list]:
    errors: list[InputError] = []
    articles = list(read_inputs([str(path)], on_error=errors.append, on_warning=lambda w: None))
    return articles, errors


@FAST
@given(st.one_of(st.binary(max_size=600), NEWS.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_a_text_file_is_an_article_or_an_input_error(tmp_path, data):
    path = tmp_path / "f.txt"
    path.write_bytes(data)
    articles, errors = read(path)
    assert len(articles) + len(errors) == 1
    for article in articles:
        assert article.text.strip() and article.encoding
        article.text.encode("utf-8")  # nothing a later stage cannot write


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
RECORDS = st.fixed_dictionaries(
    {"text": st.one_of(NEWS, JSON_VALUES)},
    optional={"id": JSON_VALUES, "title": JSON_VALUES, "published": st.one_of(DATES, JSON_VALUES)},
)
LINES = st.one_of(
    RECORDS.map(lambda r: json.dumps(r).encode()),
    RECORDS.map(lambda r: json.dumps(r, ensure_ascii=False).encode("utf-8", "surrogatepass")),
    st.binary(max_size=80),
    JSON_VALUES.map(lambda v: json.dumps(v).encode()),
)


@FAST
@given(st.lists(LINES, min_size=0, max_size=6))
def test_every_jsonl_line_is_an_article_or_an_input_error(tmp_path, lines):
    path = tmp_path / "f.jsonl"
    path.write_bytes(b"\n".join(line.replace(b"\n", b" ") for line in lines))
    articles, errors = read(path)
    for article in articles:
        assert article.text.strip()
        article.text.encode("utf-8")
    for error in errors:
        assert error.item.startswith(str(path))


TAGS = st.sampled_from(
    ["div", "p", "article", "span", "noscript", "script", "style", "b", "table", "td", "h1"]
)
HTML = st.recursive(
    st.one_of(NEWS, ODD),
    lambda inner: st.builds(
        lambda tag, body: f"<{tag}>{body}</{tag}>", TAGS, st.lists(inner, max_size=4).map("".join)
    ),
    max_leaves=12,
).map(lambda body: f"<html><head><title>t</title></head><body>{body}</body></html>")


@FAST
@given(st.one_of(HTML, st.text(max_size=200)))
def test_an_html_page_is_an_article_or_an_input_error(html):
    try:
        article = article_from_html(html, "page.html")
    except InputError:
        return
    assert article.text.strip()


CELLS = st.one_of(st.text(max_size=30), NEWS, st.sampled_from(['"', '""', "\r", "\n", ",", "\x00"]))


@FAST
@given(st.lists(st.lists(CELLS, min_size=1, max_size=3), max_size=4), st.binary(max_size=40))
def test_an_fnc1_csv_is_read_or_refused_as_an_input_error(tmp_path, rows, tail):
    import csv

    from dossier.evidence.stance import _read_rows

    path = tmp_path / "bodies.csv"
    with path.open("w", encoding="utf-8", errors="surrogatepass", newline="") as fh:
        csv.writer(fh).writerows([["Body ID", "articleBody"], *rows])
    with path.open("ab") as fh:
        fh.write(tail)
    try:
        fields, found = _read_rows(path, ("Body ID", "articleBody"))
    except InputError:
        return
    assert fields[:2] == ["Body ID", "articleBody"]


@FAST
@given(
    st.lists(st.one_of(WORDS, ODD, LONG_TOKEN, st.just("\n\n"), st.just(". ")), max_size=300).map(" ".join),
    st.integers(50, 3_000),
    st.integers(20, 1_000),
)
def test_parse_windows_cover_the_text_in_bounded_pieces(text, window, long_run):
    from dossier.nlp.pipeline import windows

    cuts = windows(text, window=window, long_run=long_run)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(cuts, cuts[1:], strict=False))
    assert all(s < e for s, e in cuts) or text == ""
    if len(cuts) > 1:
        assert all(e - s <= window for s, e in cuts)
