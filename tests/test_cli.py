"""The command line, run in-process with click's CliRunner: exit codes, messages, formats and help."""

from __future__ import annotations

import json

import jsonschema
import pytest
from click.testing import CliRunner

from conftest import SEED_PATH
from dossier.cli import cli
from dossier.schema import json_schema

SENTENCE = (
    "Iran denied providing Russia with weapons for its war in Ukraine, the foreign ministry said on Saturday."
)


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str, input: str | None = None):
    return runner.invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_teaches_by_example(runner, name):
    result = run(runner, name, "--help")
    assert result.exit_code == 0
    assert cli.commands[name].help, f"{name} has no help text"
    assert "Example" in result.output, f"{name} --help shows no example"


def test_extract_json_of_the_seed_validates(runner, tmp_path):
    out = tmp_path / "out.json"
    result = run(
        runner, "extract", str(SEED_PATH), "--published", "2024-09-07", "--format", "json", "-o", str(out)
    )
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(record, json_schema())
    assert record["published"] == "2024-09-07"
    assert record["text"] == SEED_PATH.read_text(encoding="utf-8")


def test_extract_reads_stdin_and_writes_jsonl(runner):
    result = run(runner, "extract", "-", input=SENTENCE)
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 1
    assert any(e["text"] == "Iran" for e in lines[0]["entities"])


def test_bad_items_are_reported_and_the_rest_go_through(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(SENTENCE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "text": SENTENCE})
        + "\n{not json\n"
        + json.dumps({"id": "b", "text": SENTENCE})
        + "\n",
        encoding="utf-8",
    )
    result = run(runner, "extract", str(empty), str(good), str(corpus))
    assert result.exit_code == 1
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert "a" in ids and "b" in ids and len(ids) == 3
    assert "empty.txt" in result.stderr
    assert "corpus.jsonl:2" in result.stderr


def test_missing_file_is_an_item_failure(runner, tmp_path):
    result = run(runner, "extract", str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr


def test_bad_date_is_a_usage_error(runner):
    result = run(runner, "extract", str(SEED_PATH), "--published", "07/09/2024")
    assert result.exit_code == 2
    assert "published" in result.stderr


def test_unknown_format_is_a_usage_error(runner):
    result = run(runner, "extract", str(SEED_PATH), "--format", "xml")
    assert result.exit_code == 2


def test_text_report_has_every_section(runner):
    result = run(runner, "extract", str(SEED_PATH), "--published", "2024-09-07", "--format", "text")
    assert result.exit_code == 0
    for heading in ("Sources and what they claim", "Events", "Actors", "Quantities"):
        assert heading in result.stdout
    assert "Sean Savett" in result.stdout


def test_report_renders_a_saved_extraction(runner, tmp_path):
    out = tmp_path / "seed.jsonl"
    run(runner, "extract", str(SEED_PATH), "-o", str(out))
    result = run(runner, "report", str(out))
    assert result.exit_code == 0
    assert "## Actors" in result.stdout


def test_schema_prints_json_schema(runner):
    result = run(runner, "schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert "attributions" in schema["properties"]


def test_ingest_show_export_round_trip(runner, tmp_path):
    db = str(tmp_path / "test.db")
    first = run(runner, "ingest", str(SEED_PATH), "--published", "2024-09-07", "--db", db)
    assert first.exit_code == 0, first.stderr
    again = run(runner, "ingest", str(SEED_PATH), "--published", "2024-09-07", "--db", db)
    assert again.exit_code == 0
    assert "1 skipped" in again.stderr
    exported = run(runner, "export", "--db", db)
    records = [json.loads(line) for line in exported.stdout.splitlines()]
    assert len(records) == 1
    shown = run(runner, "show", records[0]["id"], "--db", db, "--format", "json")
    assert json.loads(shown.stdout) == records[0]
    from dossier.store import Store

    with Store(db) as store:
        assert [row["origin"] for row in store.rows("articles")] == [str(SEED_PATH)]
    tables = tmp_path / "tables"
    assert run(runner, "export", "--db", db, "--format", "csv", "-o", str(tables)).exit_code == 0
    assert "Sean Savett" in (tables / "entities.csv").read_text(encoding="utf-8")


def test_show_unknown_id_fails_clearly(runner, tmp_path):
    from dossier.store import Store

    Store(tmp_path / "empty.db").close()
    result = run(runner, "show", "no-such-article", "--db", str(tmp_path / "empty.db"))
    assert result.exit_code == 1
    assert "no-such-article" in result.stderr


@pytest.mark.parametrize("command", [["show", "x"], ["export"], ["copies"], ["claims"], ["claim", "c0"]])
def test_reading_a_missing_database_fails_without_creating_it(runner, tmp_path, command):
    missing = tmp_path / "missing.db"
    result = run(runner, *command, "--db", str(missing))
    assert result.exit_code == 2
    assert "no database at" in result.stderr and "dossier ingest" in result.stderr
    assert not missing.exists()


def test_the_report_puts_denials_and_refusals_first_and_lists_actors_that_take_part(runner):
    result = run(runner, "extract", str(SEED_PATH), "--published", "2024-09-07", "--format", "text")
    sources = result.stdout.split("## Sources and what they claim")[1].split("## Events")[0]
    known = {"assert", "deny", "decline", "believe", "confirm", "warn", "request", "other"}
    assert "13 from 8 sources" in result.stdout.split("## Sources and what they claim")[1].splitlines()[0]
    rows = [line.split() for line in sources.splitlines() if line[:1].isdigit()]
    stances = [next(word for word in row if word in known) for row in rows]
    numbers = [int(row[0]) for row in rows]
    # grouped by source: the White House's refusal (5), concern (6) and warning (7) together, first
    # with Iran's denial (9), before every source that neither denies nor declines
    assert numbers[:4] == [5, 6, 7, 9] and {"deny", "decline"} <= set(stances[:4])
    assert "deny" not in stances[4:] and "decline" not in stances[4:]
    assert "\u2033 (he)" in sources  # Burns's later "he said" sits under his name, the pronoun shown
    actors = result.stdout.split("## Actors")[1].split("## Quantities")[0]
    assert "taking part, of" in actors and "Sean Savett" in actors


def test_the_report_marks_a_day_taken_from_the_story_date(runner, tmp_path):
    story = tmp_path / "story.jsonl"
    line = json.dumps(
        {
            "id": "t1",
            "published": "2025-03-13T21:12:06Z",
            "text": "The Afghan Taliban have rejected Pakistan's allegation that the attack was planned in "
            "Afghanistan. Militants attacked a train on Tuesday.",
        }
    )
    story.write_text(line + "\n", encoding="utf-8")
    result = run(runner, "extract", str(story), "--format", "text")
    assert result.exit_code == 0
    assert "2025-03-13*" in result.stdout and "2025-03-11 " in result.stdout  # Tuesday is the text's
    assert "* the story's date" in result.stdout
