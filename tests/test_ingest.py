"""Ingest: every reader, and every kind of bad input reported per item while the rest goes through."""

from __future__ import annotations

import io
import json
import sys
from types import SimpleNamespace

import pytest

from conftest import SEED_PATH, shared_path
from dossier.errors import InputError, InputWarning, UsageError
from dossier.ingest import content_id, make_article, read_inputs

LEDE = (
    "WASHINGTON — The United States has informed allies that it believes Iran has transferred short-range "
    "ballistic missiles to Russia for its war in Ukraine, according to two people familiar with the matter."
)
WHITE_HOUSE = (
    "The White House declined to confirm the weapons transfer but reiterated its concern that Iran is "
    "deepening its support of Russia."
)
SAVETT = (
    "\u201cAny transfer of Iranian ballistic missiles to Russia would represent a dramatic escalation,\u201d "
    "National Security Council spokesman Sean Savett said in a statement."
)
UN_SENTENCE = (
    "The United Nations has sent 21 military and civilian personnel to Bosnia on Wednesday to investigate "
    "the feasibility of a 10,000-member peacekeeping force, a U.N. spokesman said on Monday."
)


def read_all(paths, **kwargs):
    """Articles and errors of one ``read_inputs`` call, errors collected rather than raised."""
    errors: list[InputError] = []
    articles = list(read_inputs([str(p) for p in paths], on_error=errors.append, **kwargs))
    return articles, errors


def reasons(errors):
    return {error.item: error.reason for error in errors}


# --- text ---------------------------------------------------------------------------------------------


def test_text_file_keeps_the_text_exactly_and_hashes_an_id(seed_text):
    articles, errors = read_all([SEED_PATH], published="2024-09-07")
    assert errors == []
    [article] = articles
    assert article.text == seed_text
    assert article.id == content_id(seed_text) and len(article.id) == 16
    assert article.origin == str(SEED_PATH)
    assert article.published == "2024-09-07"


def test_same_text_gets_the_same_id_wherever_it_is_read(tmp_path):
    (tmp_path / "a.txt").write_text(LEDE, encoding="utf-8")
    (tmp_path / "b.md").write_text(LEDE, encoding="utf-8")
    (tmp_path / "c.txt").write_text(WHITE_HOUSE, encoding="utf-8")
    articles, _ = read_all([tmp_path / "a.txt", tmp_path / "b.md", tmp_path / "c.txt"])
    assert articles[0].id == articles[1].id != articles[2].id


def test_unknown_extension_is_read_as_text(tmp_path):
    path = tmp_path / "wire.story"
    path.write_text(WHITE_HOUSE, encoding="utf-8")
    [article], errors = read_all([path])
    assert errors == [] and article.text == WHITE_HOUSE


def test_crlf_and_bom_text(tmp_path):
    path = tmp_path / "windows.txt"
    path.write_bytes(b"\xef\xbb\xbf" + (LEDE + "\r\n" + WHITE_HOUSE).encode("utf-8"))
    [article], _ = read_all([path])
    assert article.text == LEDE + "\r\n" + WHITE_HOUSE  # offsets index the text as given, BOM aside


# --- HTML ---------------------------------------------------------------------------------------------

PAGE = f"""<!DOCTYPE html>
<html><head>
<title>US tells allies Iran has sent missiles to Russia | AP News</title>
<link rel="canonical" href="https://apnews.com/article/iran-russia-missiles-ukraine">
<meta property="article:published_time" content="2024-09-07T01:12:44Z">
<meta property="og:site_name" content="AP News">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World News</a></li>
<li><a href="/newsletters">Sign up for our newsletters</a></li></ul></nav>
<article><h1>US tells allies Iran has sent missiles to Russia</h1>
<p>{LEDE}</p>
<p>They did not offer any details about how many weapons have been delivered or when the transfers may
have occurred, but they confirmed the U.S. intelligence finding.</p>
<p>{WHITE_HOUSE}</p>
</article>
<footer><p>Copyright 2024 The Associated Press. All Rights Reserved.</p>
<a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Use</a></footer>
</body></html>
"""


def test_html_page_main_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [article], errors = read_all([path], published="2024-01-01")
    assert errors == []
    assert LEDE in article.text and WHITE_HOUSE in article.text
    for boilerplate in ("Sign up for our newsletters", "World News", "Copyright", "Privacy Policy"):
        assert boilerplate not in article.text
    assert article.title == "US tells allies Iran has sent missiles to Russia"
    assert article.url == "https://apnews.com/article/iran-russia-missiles-ukraine"
    assert article.published == "2024-09-07"  # the page's own date wins over the argument
    assert article.outlet == "AP News"
    assert article.origin == str(path)


def test_html_date_comes_from_metadata_not_from_the_story(tmp_path):
    page = (
        "<html><head><title>Peacekeepers</title></head><body><article>"
        f"<p>{UN_SENTENCE}</p><p>Talks resumed in Geneva on March 3, 2023, officials said.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "undated.htm"
    path.write_text(page, encoding="utf-8")
    [article], _ = read_all([path], published="1995-08-07")
    assert article.published == "1995-08-07"
    assert UN_SENTENCE in article.text


def test_html_without_text_is_reported(tmp_path):
    path = tmp_path / "shell.html"
    path.write_text("<html><head><title>Loading</title></head><body><script>x()</script></body></html>")
    articles, errors = read_all([path])
    assert articles == []
    assert reasons(errors) == {str(path): "no article text found in the HTML page"}


# --- JSONL --------------------------------------------------------------------------------------------


def test_jsonl_corpora_read_with_their_ids():
    polnear = shared_path("datasets", "polnear", "dev.jsonl")
    plover = shared_path("datasets", "plover", "gsr_dev.jsonl")
    articles, errors = read_all([polnear, plover])
    assert errors == []
    lines = [json.loads(line) for path in (polnear, plover) for line in path.read_text().splitlines()]
    assert [a.id for a in articles] == [line["id"] for line in lines]
    assert [a.text for a in articles] == [line["text"] for line in lines]
    assert articles[0].origin == f"{polnear}:1" and articles[-1].origin == f"{plover}:{len(lines) - 84}"
    assert articles[0].outlet == lines[0]["publisher"]  # PolNeAR's "publisher" stands in for "outlet"


def test_jsonl_bad_lines_are_reported_and_good_lines_go_through(tmp_path):
    lines = [
        json.dumps({"id": "lede", "text": LEDE, "published": "2024-09-07T08:30:00-04:00", "extra": [1]}),
        "",
        '{"id": "broken", "text": "The White House declined',
        json.dumps([LEDE]),
        json.dumps({"id": "no-text", "title": "Missiles"}),
        json.dumps({"id": "blank", "text": "   "}),
        json.dumps({"id": ["a"], "text": WHITE_HOUSE}),
        json.dumps({"id": "bad-date", "text": WHITE_HOUSE, "published": "2024-13-45"}),
        json.dumps({"id": 17, "text": UN_SENTENCE, "url": "https://example.org/un", "outlet": "Reuters"}),
        json.dumps({"text": SAVETT, "title": "Savett"}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, errors = read_all([path], published="2024-09-09")
    assert [a.id for a in articles] == ["lede", "17", content_id(SAVETT)]
    assert [a.origin for a in articles] == [f"{path}:1", f"{path}:9", f"{path}:10"]
    assert [a.published for a in articles] == ["2024-09-07", "2024-09-09", "2024-09-09"]
    assert articles[1].url == "https://example.org/un" and articles[1].outlet == "Reuters"
    assert articles[2].title == "Savett"
    found = reasons(errors)
    assert set(found) == {f"{path}:{n}" for n in (3, 4, 5, 6, 7, 8)}
    assert found[f"{path}:3"].startswith("not valid JSON")
    assert found[f"{path}:4"] == "not a JSON object"
    assert found[f"{path}:5"] == 'missing "text" field'
    assert found[f"{path}:6"] == "empty text"
    assert found[f"{path}:7"] == '"id" must be a string or a number'
    assert "invalid published date" in found[f"{path}:8"]


def test_jsonl_over_long_line_is_skipped_with_its_number(tmp_path):
    path = tmp_path / "long.jsonl"
    rows = [{"id": "a", "text": WHITE_HOUSE}, {"id": "b", "text": LEDE * 20}, {"id": "c", "text": SAVETT}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    articles, errors = read_all([path], max_bytes=1000)
    assert [a.id for a in articles] == ["a", "c"]
    assert reasons(errors) == {f"{path}:2": "line is longer than the limit of 1,000 bytes"}


# --- bad files ----------------------------------------------------------------------------------------


def test_empty_binary_and_missing_files_are_reported_and_the_rest_goes_through(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n  \n")
    image = tmp_path / "photo.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)))
    terminal = tmp_path / "capture.txt"
    terminal.write_bytes(bytes([27, 91, 1, 2, 3, 4, 5, 6, 7, 8]) * 20 + b"ok")
    good = tmp_path / "good.txt"
    good.write_text(LEDE, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    articles, errors = read_all([empty, blank, image, missing, terminal, good])
    assert [a.text for a in articles] == [LEDE]
    assert reasons(errors) == {
        str(empty): "empty file",
        str(blank): "empty file",
        str(image): "binary file (contains NUL bytes)",
        str(missing): "no such file or directory",
        str(terminal): "binary file (mostly control characters)",
    }


def test_cp1252_text_is_decoded(tmp_path):
    text = f"{SAVETT} Le ministre a d\u00e9clar\u00e9 tr\u00e8s vite que la r\u00e9forme \u00e9tait n\u00e9cessaire."
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1252"))
    with pytest.warns(InputWarning, match="not UTF-8: read as cp1252"):  # never silently
        [article], errors = read_all([path])
    assert errors == []
    assert article.text == text and article.encoding == "cp1252"


def test_undetectable_encoding_is_reported(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(128, 256)) * 4)
    articles, errors = read_all([path])
    assert articles == []
    assert reasons(errors) == {str(path): "not UTF-8 and encoding could not be detected"}


def test_file_over_the_limit_is_refused_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_text(LEDE * 10, encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text(WHITE_HOUSE, encoding="utf-8")
    opened: list[str] = []
    real_open = open
    monkeypatch.setattr(
        "builtins.open", lambda file, *a, **k: opened.append(str(file)) or real_open(file, *a, **k)
    )
    articles, errors = read_all([big, small], max_bytes=len(WHITE_HOUSE.encode()))
    assert [a.text for a in articles] == [WHITE_HOUSE]
    [error] = errors
    assert error.item == str(big) and error.reason.startswith("file larger than the limit of")
    assert str(big) not in opened


def test_without_on_error_the_first_bad_item_raises(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("")
    with pytest.raises(InputError, match="empty file"):
        list(read_inputs([str(path)]))


def test_invalid_arguments_are_usage_errors():
    with pytest.raises(UsageError, match="invalid published date"):
        read_inputs([str(SEED_PATH)], published="07/09/2024")
    with pytest.raises(UsageError):
        read_inputs([str(SEED_PATH)], max_bytes=0)


def test_make_article_validates_text_and_date():
    assert make_article(LEDE, id="x", published="2024-09-07 14:00").published == "2024-09-07"
    with pytest.raises(InputError, match="empty text"):
        make_article("  \n")
    with pytest.raises(InputError, match="invalid published date"):
        make_article(LEDE, published="September 7")


# --- directories and stdin ----------------------------------------------------------------------------


def test_directory_is_read_recursively_in_sorted_order(tmp_path):
    files = {
        "b.txt": WHITE_HOUSE,
        "a/z.html": PAGE,
        "a/m/inner.md": SAVETT,
        "a/batch.jsonl": json.dumps({"id": "un", "text": UN_SENTENCE}),
        "c.text": LEDE,
        ".hidden.txt": "secret draft",
        ".git/notes.txt": "not an article",
        "data.csv": "id,text",
        "photo.jpg": "not text",
    }
    for name, content in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(content, encoding="utf-8")
    articles, errors = read_all([tmp_path])
    assert errors == []
    assert [a.origin for a in articles] == [
        f"{tmp_path}/a/batch.jsonl:1",
        f"{tmp_path}/a/m/inner.md",
        f"{tmp_path}/a/z.html",
        f"{tmp_path}/b.txt",
        f"{tmp_path}/c.text",
    ]
    assert articles[0].id == "un"


def test_directory_without_articles_is_reported(tmp_path):
    (tmp_path / "notes.csv").write_text("id,text")
    articles, errors = read_all([tmp_path])
    assert articles == [] and [e.item for e in errors] == [str(tmp_path)]


def fake_stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BytesIO(data)))


def test_stdin_text(monkeypatch):
    fake_stdin(monkeypatch, f"\n{LEDE}\n{WHITE_HOUSE}\n".encode())
    [article], errors = read_all(["-"], published="2024-09-07")
    assert errors == []
    assert article.text == f"\n{LEDE}\n{WHITE_HOUSE}\n"
    assert article.origin == "<stdin>" and article.published == "2024-09-07"


def test_stdin_jsonl(monkeypatch):
    lines = [json.dumps({"id": "a", "text": LEDE}), "not json", json.dumps({"id": "b", "text": UN_SENTENCE})]
    fake_stdin(monkeypatch, ("\n  \n" + "\n".join(lines)).encode())
    articles, errors = read_all(["-"])
    assert [(a.id, a.origin) for a in articles] == [("a", "<stdin>:3"), ("b", "<stdin>:5")]
    assert [e.item for e in errors] == ["<stdin>:4"]


def test_stdin_empty_and_over_the_limit(monkeypatch):
    fake_stdin(monkeypatch, b" \n\n")
    assert reasons(read_all(["-"])[1]) == {"<stdin>": "empty input"}
    fake_stdin(monkeypatch, (LEDE + "\n").encode() * 30)
    articles, errors = read_all(["-"], max_bytes=2000)
    assert articles == [] and reasons(errors) == {"<stdin>": "input larger than the limit of 2,000 bytes"}
