"""The example corpus (examples/corpus.json): real reports on three stories, built from FNC-1's bodies,
ingested with the seed and read across reports as ``make run`` does."""

from __future__ import annotations

import importlib.util
import json

import pytest
from click.testing import CliRunner

from conftest import ROOT, SEED_PATH, SEED_PUBLISHED, shared_path
from dossier.cli import cli

MANIFEST = ROOT / "examples" / "corpus.json"


def _builder():
    spec = importlib.util.spec_from_file_location(
        "build_example_corpus", ROOT / "scripts" / "build_example_corpus.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def fnc1():
    return shared_path("datasets", "fnc1")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, fnc1):
    path = tmp_path_factory.mktemp("examples") / "corpus.jsonl"
    assert _builder().build(MANIFEST, fnc1, path) == len(json.loads(MANIFEST.read_text())["articles"])
    return path


@pytest.fixture(scope="module")
def example_db(tmp_path_factory, corpus) -> str:
    db = str(tmp_path_factory.mktemp("db") / "example.db")
    runner = CliRunner()
    seed = runner.invoke(cli, ["ingest", str(SEED_PATH), "--published", SEED_PUBLISHED, "--db", db])
    assert seed.exit_code == 0, seed.stderr
    result = runner.invoke(cli, ["ingest", str(corpus), "--db", db])
    assert result.exit_code == 0, result.stderr
    return db


def _invoke(*args: str):
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_the_manifest_lists_at_most_twenty_real_articles_with_their_provenance():
    manifest = json.loads(MANIFEST.read_text())
    articles = manifest["articles"]
    assert 0 < len(articles) + 1 <= 20  # with the seed
    assert {a["story"] for a in articles} == set(manifest["stories"])
    assert len({a["id"] for a in articles}) == len(articles)
    sources = (ROOT / "examples" / "SOURCES.md").read_text()
    assert "FNC-1" in sources and "licen" in sources.lower()


def test_the_corpus_is_built_from_training_bodies_only(corpus, fnc1):
    lines = [json.loads(line) for line in corpus.read_text().splitlines()]
    dev = set((fnc1 / "dev_body_ids.txt").read_text().split())
    assert all(line["id"].removeprefix("fnc1-") not in dev for line in lines)
    assert all(len(line["text"]) > 50 for line in lines)


def test_the_builder_refuses_a_changed_text_and_a_dev_body(tmp_path, fnc1):
    manifest = json.loads(MANIFEST.read_text())
    changed = dict(manifest, articles=[dict(manifest["articles"][0], sha1="0" * 40)])
    (tmp_path / "changed.json").write_text(json.dumps(changed))
    with pytest.raises(SystemExit, match="differs"):
        _builder().build(tmp_path / "changed.json", fnc1, tmp_path / "out.jsonl")
    dev_body = (fnc1 / "dev_body_ids.txt").read_text().split()[0]
    held_out = dict(manifest, articles=[dict(manifest["articles"][0], body_id=int(dev_body))])
    (tmp_path / "dev.json").write_text(json.dumps(held_out))
    with pytest.raises(SystemExit, match="dev split"):
        _builder().build(tmp_path / "dev.json", fnc1, tmp_path / "out.jsonl")


def test_copies_are_grouped(example_db):
    groups = json.loads(_invoke("copies", "--db", example_db, "--format", "json"))
    pairs = {tuple(a["id"] for a in group) for group in groups}
    assert pairs == {("fnc1-1070", "fnc1-158"), ("fnc1-2139", "fnc1-2272"), ("fnc1-703", "fnc1-1877")}
    text = _invoke("copies", "--db", example_db)
    assert "original" in text and "Ma'an News Agency" in text


def test_the_ceasefire_and_its_denials_are_one_contradicted_claim(example_db):
    boards = json.loads(_invoke("claims", "--db", example_db, "--contradicted", "--format", "json"))
    ceasefire = next(b for b in boards if b["claim"]["type"] == "AGREE" and "NGA" in str(b["claim"]))
    assert "cease" in ceasefire["claim"]["statement"].lower()
    deniers = {item["article"] for item in ceasefire["denials"]}
    asserters = {item["article"] for item in ceasefire["assertions"]}
    assert {"fnc1-1588", "fnc1-2139"} <= deniers
    assert {"fnc1-308", "fnc1-531"} <= asserters
    assert ceasefire["independent_assertions"] >= 2 and ceasefire["independent_denials"] >= 2
    assert ceasefire["denial_sources"] < ceasefire["independent_denials"]  # three reports quote one leader
    copied = [item for item in ceasefire["denials"] if not item["independent"]]
    assert [item["copy_of"] for item in copied] == ["fnc1-2139"]
    assert ceasefire["independent_denials"] == len(deniers) - len(copied)
    assert ceasefire["grade"] != 1  # a contradicted claim is never graded confirmed


def test_a_reported_denial_does_not_contradict_the_event_that_reports_it(example_db):
    boards = json.loads(_invoke("claims", "--db", example_db, "--format", "json"))
    rejection = next(b for b in boards if b["claim"]["type"] == "REJECT" and b["claim"]["actor"] == ["ISR"])
    assert "rejected" in rejection["claim"]["statement"]
    assert rejection["assertions"] and not rejection["contradicted"]


def test_filters_and_the_board_format(example_db):
    everything = json.loads(_invoke("claims", "--db", example_db, "--format", "json"))
    corroborated = json.loads(_invoke("claims", "--db", example_db, "--min-sources", "2", "--format", "json"))
    assert 0 < len(corroborated) < len(everything)
    assert all(b["assertion_sources"] + b["denial_sources"] >= 2 for b in corroborated)
    boards = _invoke(
        "claims", "--db", example_db, "--min-sources", "2", "--contradicted", "--format", "board"
    )
    assert "CONTRADICTED" in boards and "## Denied by" in boards
    assert "copy of fnc1-2139" in boards


def test_stance_of_each_report_toward_a_claim(corpus):
    claim = "Israel opened dams and flooded Gaza"
    out = _invoke("stance", "--claim", claim, str(corpus), "--format", "json")
    stances = {row["id"]: row["stance"] for row in map(json.loads, out.splitlines())}
    manifest = json.loads(MANIFEST.read_text())
    story = {a["id"]: a["story"] for a in manifest["articles"]}
    assert stances["fnc1-1392"] == "disagree"  # COGAT: "The claim is entirely false"
    assert stances["fnc1-1070"] == stances["fnc1-1803"] == "agree"
    assert all(stances[a] == "unrelated" for a, s in story.items() if s != "gaza-dams-flood")


def test_a_board_reads_every_report_whole_and_shows_who_disputes_the_claim(example_db):
    query = ["--query", "Israel opened dams and flooded Gaza", "--limit", "1"]
    (board,) = json.loads(_invoke("claims", "--db", example_db, *query, "--stances", "--format", "json"))
    assert "dams" in board["claim"]["statement"]
    stances = {s["article"]: s["stance"] for s in board["stances"]}
    assert stances["fnc1-1392"] == "disagree"  # Israel: "The claim is entirely false"
    assert stances["fnc1-1070"] == "agree"
    assert set(stances) <= {
        a["id"] for a in json.loads(MANIFEST.read_text())["articles"] if "gaza" in a["story"]
    }
    shown = _invoke("claim", board["claim"]["id"], "--db", example_db)
    assert "DISPUTED" in shown and "## Each report read whole" in shown
    assert json.loads(_invoke("claims", "--db", example_db, *query, "--format", "json"))[0]["stances"] == []
