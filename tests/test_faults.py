"""Hostile and broken input (issue 14): each reproducer of a lost batch, a hang, an injection or a silent
mis-reading, run as a user would meet it, through the library and the CLI."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import dossier
from dossier.cli import cli
from dossier.errors import InputError
from dossier.ingest import read_inputs

DENIAL = "Iran denied sending missiles to Russia, its foreign ministry said on Monday."


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def read_all(paths, **kwargs):
    errors: list[InputError] = []
    articles = list(read_inputs([str(p) for p in paths], on_error=errors.append, **kwargs))
    return articles, errors


# --- 1. a lone surrogate ------------------------------------------------------------------------------


def test_a_lone_surrogate_in_jsonl_costs_nothing(runner, tmp_path):
    path = tmp_path / "s.jsonl"
    lines = ['{"id": "s", "text": "Iran said \\ud800 no."}'] + [
        json.dumps({"id": f"a{n}", "text": DENIAL}) for n in range(3)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(cli, ["ingest", str(path), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    assert "4 stored" in result.output
    with dossier.EvidenceBase(tmp_path / "s.db") as base:
        stored = base.store.get("s")
    assert stored["text"] == "Iran said \ufffd no."  # one character for one: offsets kept


def test_lone_surrogates_in_id_title_url_and_outlet_cost_nothing(runner, tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text(
        '{"id": "x\\ud800", "title": "T\\udc00", "url": "u\\ud801", "outlet": "O\\ud802", "text": "Iran denied it."}\n',
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["ingest", str(path), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["extract", str(path)])
    record = json.loads(result.stdout)
    assert (record["id"], record["title"], record["url"], record["outlet"]) == (
        "x\ufffd",
        "T\ufffd",
        "u\ufffd",
        "O\ufffd",
    )


def test_extract_takes_a_text_with_a_lone_surrogate():
    record = dossier.extract("Iran said \udc00 it would respond.")
    assert record.text == "Iran said \ufffd it would respond."
    assert record.entities[0].text == "Iran"


def test_an_article_that_breaks_the_parser_costs_only_itself(monkeypatch):
    from dossier import pipeline

    real = pipeline.parse

    def fragile(items, batch_size=32, processes=1):
        items = list(items)
        if any("poison" in text for text, _ in items):
            raise RuntimeError("the parser fell over")
        return real(items, batch_size=batch_size, processes=processes)

    monkeypatch.setattr(pipeline, "parse", fragile)
    errors: list[InputError] = []
    texts = [DENIAL, "This poison breaks the parser.", "Russia said it had received nothing."]
    records = list(dossier.extract_many(texts, on_error=errors.append))
    assert [r.text for r in records] == [texts[0], texts[2]]
    assert len(errors) == 1 and "the parser fell over" in errors[0].reason
    with pytest.raises(RuntimeError):  # without on_error the failure is raised, as before
        list(dossier.extract_many(texts))


def test_an_error_reading_the_input_is_raised_not_taken_for_a_parse_failure():
    def texts():
        yield DENIAL
        raise OSError("the disk went away")

    with pytest.raises(OSError, match="the disk went away"):
        list(dossier.extract_many(texts(), on_error=lambda error: None))


# --- 2. long articles are parsed in windows -----------------------------------------------------------


def test_windows_cover_the_text_and_cut_at_paragraphs_sentences_then_spaces():
    from dossier.nlp.pipeline import windows

    paragraph = " ".join([DENIAL] * 8)
    text = "\n\n".join([paragraph] * 60)
    cuts = windows(text, window=5_000, long_run=2_000)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(cuts, cuts[1:], strict=False))
    assert all(0 < e - s <= 5_000 for s, e in cuts)
    assert all(text[s - 2 : s] == "\n\n" for s, _ in cuts[1:])  # at paragraph breaks
    sentence = "the army said " * 1_000  # 14,000 chars without a sentence end
    cuts = windows(sentence, window=5_000, long_run=2_000)
    assert all(e - s <= 2_000 for s, e in cuts) and cuts[-1][1] == len(sentence)
    assert all(sentence[s - 1] == " " for s, _ in cuts[1:])
    assert windows("x" * 4_500, window=2_000, long_run=1_000) == [
        (0, 1_000),
        (1_000, 2_000),
        (2_000, 3_000),
        (3_000, 4_000),
        (4_000, 4_500),
    ]


def test_a_long_article_is_parsed_in_windows_with_exact_spans(monkeypatch):
    from dossier.nlp import pipeline
    from dossier.nlp.pipeline import windows

    monkeypatch.setattr(pipeline, "WINDOW", 600)
    monkeypatch.setattr(pipeline, "LONG_RUN", 300)
    text = "\n\n".join(
        [DENIAL, "Officials said " + "the army attacked villages near Basra and " * 12 + "left."] * 4
    )
    assert len(windows(text, 600, 300)) > 4
    record = dossier.extract(text, published="2024-09-07")
    assert sum(e.text == "Iran" for e in record.entities) >= 1
    spans = [s for e in record.entities for s in e.spans] + [
        s for a in record.attributions for part in (a.cue, a.content) if part for s in part.spans
    ]
    assert spans and all(record.text[s:e].strip() for s, e in spans)
    assert len(record.attributions) >= 4  # one per denial at least, whichever window holds it


# --- 3. a FIFO in an input directory ------------------------------------------------------------------


def test_a_fifo_in_a_directory_is_refused_not_waited_for(tmp_path):
    import os

    folder = tmp_path / "d"
    folder.mkdir()
    os.mkfifo(folder / "f.txt")  # open() would wait for a writer for ever
    (folder / "g.txt").write_text(DENIAL, encoding="utf-8")
    articles, errors = read_all([folder])
    assert [a.origin for a in articles] == [str(folder / "g.txt")]
    assert [(e.item, e.reason) for e in errors] == [
        (str(folder / "f.txt"), "not a regular file (a FIFO); name it on its own to read it")
    ]


# --- 9. smaller: deep HTML, <noscript> ------------------------------------------------------------------


def test_a_deeply_nested_page_keeps_its_text(tmp_path):
    from dossier.ingest import article_from_html

    body = "<p>" + " ".join([DENIAL] * 4) + "</p>"
    page = "<html><body>" + "<div>" * 255 + body + "</div>" * 255 + "</body></html>"
    article = article_from_html(page, "deep.html")  # was "no article text found"
    assert article.text.startswith("Iran denied sending missiles")
    bomb = "<html><body>" + "<div>" * 50_000 + body + "</div>" * 50_000 + "</body></html>"
    with pytest.raises(InputError, match="nested deeper than 2,048 elements"):
        article_from_html(bomb, "bomb.html")


@pytest.mark.parametrize(
    "page",
    [
        # found by bench/fuzz.py: a control character after a <noscript> failed lxml as it moved the tail,
        # and any control character in a page lost trafilatura its whole text
        f"<html><body><article><p>{DENIAL} {DENIAL}</p><p>Iran denied it again<noscript>Enable JavaScript"
        f"</noscript>\x1f on Tuesday.</p><p>Iran denied it a third time.</p></article></body></html>",
        f"<html><body><article><p>{DENIAL} {DENIAL}</p><noscript>Your browser does not support JavaScript, so "
        f"this interactive map of the region cannot be shown.</noscript><p>{DENIAL}</p></article></body></html>",
        f'<html><body><div class="article-body"><p>{DENIAL} {DENIAL}</p><noscript><div><p>You need to enable '
        "JavaScript to run this app, which shows the latest figures.</p></div></noscript>"
        f"<p>{DENIAL}</p></div></body></html>",
    ],
)
def test_noscript_text_is_not_article_text(page):
    from dossier.ingest import article_from_html

    article = article_from_html(page, "page.html")
    assert "JavaScript" not in article.text
    assert article.text.count("Iran denied") >= 3  # every paragraph kept


def test_a_nul_line_in_jsonl_is_that_lines_error(tmp_path):
    path = tmp_path / "n.jsonl"
    lines = [
        json.dumps({"id": "a", "text": DENIAL}).encode(),
        b"\x00\x00\x00",
        json.dumps({"id": "b", "text": DENIAL}).encode(),
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    articles, errors = read_all([path])
    assert [a.id for a in articles] == ["a", "b"]
    assert [e.item for e in errors] == [f"{path}:2"]
    binary = tmp_path / "b.jsonl"
    binary.write_bytes(bytes(range(256)) * 4)
    articles, errors = read_all([binary])
    assert not articles and [e.reason for e in errors] == ["binary file (contains NUL bytes)"]


# --- 8. duplicate ids ---------------------------------------------------------------------------------


def test_json_nested_too_deeply_is_that_lines_error(runner, tmp_path):
    path = tmp_path / "deep.jsonl"
    deep = '{"id": "a", "text": "Iran denied it.", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    path.write_text(deep + "\n" + json.dumps({"id": "b", "text": DENIAL}) + "\n", encoding="utf-8")
    articles, errors = read_all([path])  # RecursionError ended the run
    assert [a.id for a in articles] == ["b"]
    assert [(e.item, e.reason) for e in errors] == [(f"{path}:1", "JSON nested too deeply")]
    result = runner.invoke(cli, ["report", str(path)])
    assert result.exit_code == 1 and f"{path}:1: JSON nested too deeply" in result.stderr


def test_a_second_text_under_one_id_is_an_error_not_a_replacement(runner, tmp_path):
    path = tmp_path / "dup.jsonl"
    rows = [
        {"id": "a", "text": DENIAL},
        {"id": "b", "text": "Russia said it had received no missiles from Iran."},
        {"id": "a", "text": "Israel said on Monday that it had struck targets in Lebanon."},
        {"id": "c", "text": "The White House declined to comment on the reports."},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = runner.invoke(cli, ["ingest", str(path), "--db", str(tmp_path / "d.db")])
    assert result.exit_code == 1
    assert (
        f"error: {path}:3: duplicate id 'a' with a different text (first read from {path}:1)" in result.output
    )
    assert "3 stored" in result.output
    with dossier.EvidenceBase(tmp_path / "d.db") as base:
        assert base.store.get("a")["text"] == DENIAL
    result = runner.invoke(cli, ["extract", str(path)])
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "b", "c"]


# --- 5. terminal and spreadsheet injection -------------------------------------------------------------

ESC = "\x1b]0;pwned\x07\x1b[2J"  # retitle the window, clear the screen
HOSTILE_ID = "evil\x1b[31mid"
HOSTILE = [
    {
        "id": HOSTILE_ID,
        "title": f'=HYPERLINK("http://x"){ESC}',
        "text": f"Iran denied sending missiles to Russia{ESC}, its foreign ministry said on Monday. "
        "The ministry said the reports were false.",
    },
    {
        "id": "b",
        "title": "-2+3",
        "text": f"+Russia said it had received no missiles from Iran, a Kremlin spokesman told reporters.\u202e"
        f"{ESC} @Iran denied sending missiles to Russia, its foreign ministry said on Monday. "
        "Foreign ministry spokesman Nasser\x1b[8m Kanaani said Iran had sent no weapons.",
    },
]
HOSTILE.append({"id": "c", "title": f"A copy{ESC}", "text": HOSTILE[0]["text"] + " It was a copy."})


def no_controls(text: str) -> bool:
    return not any(ord(c) < 32 and c not in "\n\t" or 0x7F <= ord(c) <= 0x9F or c == "\u202e" for c in text)


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "hostile.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in HOSTILE), encoding="utf-8")
    db = str(folder / "h.db")
    result = CliRunner().invoke(cli, ["ingest", str(path), "--db", db, "--published", "2024-09-09"])
    assert result.exit_code == 0, result.output
    return db


def test_extract_text_shows_control_characters_escaped(runner, tmp_path):
    path = tmp_path / "hostile.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in HOSTILE), encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(path), "--format", "text"])
    assert result.exit_code == 0
    assert no_controls(result.stdout)
    assert "\\x1b]0;pwned\\x07" in result.stdout and "\\u202e" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["show", HOSTILE_ID],
        ["claims", "--format", "board"],
        ["claims"],
        ["copies"],
        ["sources"],
    ],
)
def test_every_text_output_of_the_store_is_escaped(runner, hostile_db, args):
    result = runner.invoke(cli, [*args, "--db", hostile_db])
    assert result.exit_code == 0, result.output
    assert no_controls(result.output)
    assert "\\x1b[" in result.output  # the hostile text is shown, escaped


def test_error_lines_are_escaped(runner, tmp_path):
    result = runner.invoke(cli, ["extract", str(tmp_path / f"missing{ESC}.txt")])
    assert result.exit_code == 1
    assert no_controls(result.stderr) and "missing\\x1b]0;pwned" in result.stderr
    result = runner.invoke(cli, ["show", f"nothing{ESC}", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and no_controls(result.stderr)


def test_csv_export_neutralises_formulas(runner, hostile_db, tmp_path):
    import csv

    out = tmp_path / "tables"
    result = runner.invoke(cli, ["export", "--db", hostile_db, "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    with (out / "articles.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    titles = {r["article_id"]: r["title"] for r in rows}
    assert titles[HOSTILE_ID].startswith("'=HYPERLINK(")
    assert titles["b"] == "'-2+3"
    texts = {r["article_id"]: r["text"] for r in rows}
    assert texts["b"].startswith("'+Russia") and texts[HOSTILE_ID].startswith("Iran denied")
    for name in ("entities", "attributions", "events", "quantities"):
        with (out / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                assert not any(v.startswith(("=", "+", "-", "@")) for v in row.values()), row


# --- 9. smaller: dossier report on its own output -------------------------------------------------------


def test_report_reads_its_own_jsonl_with_a_line_separator_in_a_text(runner, tmp_path):
    path = tmp_path / "in.jsonl"
    rows = [{"id": "u", "text": f"{DENIAL}\u2028Russia said nothing."}, {"id": "v", "text": DENIAL}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert runner.invoke(cli, ["extract", str(path), "-o", str(out)]).exit_code == 0
    assert "\u2028" in out.read_text(encoding="utf-8")  # written raw by json.dumps(ensure_ascii=False)
    result = runner.invoke(cli, ["report", str(out)])
    assert result.exit_code == 0, result.output
    assert "# u\n" in result.stdout and "# v\n" in result.stdout


def test_report_refuses_what_is_not_a_record_per_item(runner, tmp_path):
    path = tmp_path / "n.json"
    path.write_text("42", encoding="utf-8")
    result = runner.invoke(cli, ["report", str(path)])
    assert result.exit_code == 1
    assert f"error: {path}[1]: not a JSON object (an extraction record)" in result.stderr
    lines = tmp_path / "l.jsonl"
    record = json.dumps({"id": "a", "text": DENIAL})
    lines.write_text(f"{record}\n[1, 2]\nnot json\n{record}\n", encoding="utf-8")
    result = runner.invoke(cli, ["report", str(lines)])
    assert result.exit_code == 1
    assert result.stdout.count("# a\n") == 2
    assert f"{lines}:2: not a JSON object" in result.stderr and f"{lines}:3: not valid JSON" in result.stderr


# --- 4. a kill at any moment, then a re-run, gives the clean run's database ------------------------------


class Killed(BaseException):
    """What kill -9 does to the process at one moment: nothing after it runs; what is uncommitted is
    rolled back (SQLite's journal does this on the next open)."""


def bag_of_words(texts):
    """A deterministic stand-in for MiniLM: hashed word counts, normalised."""
    import hashlib

    import numpy as np

    out = np.zeros((len(texts), 384), dtype=np.float32)
    for row, text in enumerate(texts):
        for word in text.lower().split():
            out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % 384] += 1.0
        out[row] /= max(float(np.linalg.norm(out[row])), 1e-9)
    return out


def snapshot(path) -> dict[str, list[tuple]]:
    """Every row of every table, in a fixed order, without the time each article was stored."""
    import sqlite3

    db = sqlite3.connect(path)
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    found = {}
    for table in tables:
        cursor = db.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        rows = [tuple(v for n, v in zip(names, row, strict=True) if n != "stored_at") for row in cursor]
        found[table] = sorted(rows, key=repr)
    db.close()
    return found


def test_a_kill_after_any_commit_then_a_rerun_gives_the_clean_database(tmp_path, monkeypatch, seed_text):
    from contextlib import contextmanager

    from dossier import pipeline
    from dossier.ingest import make_article
    from dossier.store import Store

    copy = seed_text.replace("WASHINGTON — ", "WASHINGTON (AP) — ").replace(
        "The White House", "The administration"
    )
    articles = [
        make_article(seed_text, id="ap", published="2024-09-07"),
        make_article(
            DENIAL + " Russia said it had received no missiles from Iran.", id="b", published="2024-09-08"
        ),
        make_article(copy, id="copy", published="2024-09-09"),
        make_article("Iran sent ballistic missiles to Russia, two officials said on Monday.", id="d"),
    ]
    records = {r.id: r for r in pipeline.extract_many(articles)}  # extraction is not what is tested here
    monkeypatch.setattr(pipeline, "extract_many", lambda items, *args: (records[a.id] for a in items))

    def ingest(db) -> None:
        with dossier.EvidenceBase(db, encoder=bag_of_words) as base:
            list(base.ingest(articles, batch_size=2))

    ingest(tmp_path / "clean.db")
    clean = snapshot(tmp_path / "clean.db")
    assert clean["copy_groups"] and clean["claims"] and not clean.get("upkeep")

    real = Store._transaction
    commits = {"n": 0, "kill_after": 0}

    @contextmanager
    def killing(self, serial=False):
        with real(self, serial):
            yield
        commits["n"] += 1
        if commits["n"] == commits["kill_after"]:
            raise Killed

    monkeypatch.setattr(Store, "_transaction", killing)
    total = None
    point = 1
    while total is None or point <= total:
        db = tmp_path / f"killed{point}.db"
        commits.update(n=0, kill_after=point)
        try:
            ingest(db)
        except Killed:
            pass
        else:
            total = commits["n"]  # the kill came after the last commit, or never
        commits.update(n=0, kill_after=0)
        ingest(db)  # the re-run
        assert snapshot(db) == clean, f"killed after commit {point}"
        point += 1
    assert total and total > 10


# --- 7. decoding never guesses silently -------------------------------------------------------------------

LEDE_UTF8 = (
    "WASHINGTON — The United States has informed allies that Iran has transferred short-range ballistic "
    "missiles to Russia, according to two people familiar with the matter. “Any transfer would be a "
    "dramatic escalation,” a spokesman said."
)


def test_utf8_with_a_stray_byte_is_read_as_utf8_with_a_warning(tmp_path):
    path = tmp_path / "stray.txt"
    data = LEDE_UTF8.encode()
    at = data.index(b"allies")
    path.write_bytes(data[:at] + b"\x96" + data[at:])  # was read as cp1125: "WASHINGTON тАФ The ..."
    warnings: list = []
    articles = list(read_inputs([str(path)], on_warning=warnings.append))
    assert articles[0].text.startswith("WASHINGTON — The United States has informed \ufffdallies")
    assert articles[0].encoding == "utf-8"
    assert [w.reason for w in warnings] == [
        f"not valid UTF-8 at byte {at} (1 invalid sequence(s) replaced by U+FFFD)"
    ]


def test_utf8_rich_in_non_ascii_with_one_bad_byte_is_not_refused(tmp_path):
    path = tmp_path / "ru.txt"
    text = "Министерство иностранных дел Ирана заявило в понедельник, что не передавало ракеты России. " * 3
    data = text.encode()
    at = data.index(b" ", 30)
    path.write_bytes(data[:at] + b"\xff" + data[at:])  # was "not UTF-8 and encoding could not be detected"
    warnings: list = []
    errors: list = []
    articles = list(read_inputs([str(path)], on_error=errors.append, on_warning=warnings.append))
    assert not errors and articles[0].text.count("\ufffd") == 1 and len(warnings) == 1


def test_utf16_without_a_bom_is_read_and_recorded(tmp_path):
    for encoding in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(LEDE_UTF8.encode(encoding))  # was "binary file (contains NUL bytes)"
        warnings: list = []
        (article,) = read_inputs([str(path)], on_warning=warnings.append)
        assert article.text == LEDE_UTF8 and article.encoding == encoding
        assert [w.reason for w in warnings] == [f"no byte order mark: read as {encoding.upper()}"]


def test_a_legacy_encoding_is_recorded_and_warned_about_through_the_cli(runner, tmp_path):
    path = tmp_path / "fr.txt"
    path.write_bytes(
        "Le ministre iranien a déclaré lundi que l’Iran n’avait pas livré de missiles.".encode("cp1252")
    )
    result = runner.invoke(cli, ["extract", str(path)])
    assert result.exit_code == 0  # a warning is not a failure
    assert json.loads(result.stdout)["encoding"] == "cp1252"
    assert f"warning: {path}: not UTF-8: read as cp1252 (detected)" in result.stderr
    plain = tmp_path / "plain.txt"
    plain.write_text(DENIAL, encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(plain)])
    assert json.loads(result.stdout)["encoding"] == "utf-8" and "warning" not in result.stderr


def test_an_article_over_the_default_limit_is_its_own_error(tmp_path):
    from dossier.ingest import DEFAULT_MAX_BYTES

    assert DEFAULT_MAX_BYTES == 1_000_000  # 4.5 MB passed the old 5 MB limit and was killed at 14.5 GB
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a_big.txt").write_text((DENIAL + " ") * 14_000, encoding="utf-8")  # 1.06 MB
    (folder / "b_small.txt").write_text(DENIAL, encoding="utf-8")
    articles, errors = read_all([folder])
    assert [a.text for a in articles] == [DENIAL]
    assert [e.item for e in errors] == [str(folder / "a_big.txt")] and "larger than the limit" in errors[
        0
    ].reason
