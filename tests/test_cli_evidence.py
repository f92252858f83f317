"""The commands across reports (claims, claim, stance), run in-process on the seed and a syndicated copy
of it; tests/test_example_corpus.py runs them on the real reports of the example corpus."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import SEED_PATH
from dossier.cli import cli


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("corpus")
    seed = SEED_PATH.read_text(encoding="utf-8")
    (folder / "ap.txt").write_text(seed, encoding="utf-8")
    copy = seed.replace("WASHINGTON — ", "WASHINGTON (AP) — ").replace(
        "The White House declined", "The administration declined"
    )
    (folder / "copy.txt").write_text(copy, encoding="utf-8")
    db = str(folder / "corpus.db")
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", db, "--published", "2024-09-09"])
    assert result.exit_code == 0, result.stderr
    assert "1 group(s) of copies" in result.stderr
    return db


def claims_json(db: str, *args: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["claims", "--db", db, "--format", "json", *args])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def _transfer(claims: list[dict]) -> dict:
    return next(c for c in claims if any("transferred short-range" in i["text"] for i in c["items"]))


def test_the_transfer_claim_is_contradicted_and_copies_count_once(corpus_db):
    transfer = _transfer(claims_json(corpus_db))
    assert transfer["contradicted"]
    stances = {(i["stance"], i["source"]) for i in transfer["items"]}
    assert ("deny", "Iran") in stances  # Iran's denial joins the claim it denies
    assert {s for s, _ in stances} == {"assert", "deny", "decline"}  # and the White House's refusal
    assert transfer["independent_assertions"] == 1  # the copy's assertion does not count again
    assert any(i["copy_of"] for i in transfer["items"])
    for item in transfer["items"]:
        assert {"article", "spans", "stance", "source", "via", "kind"} <= set(item)


def test_query_filters_claims(corpus_db):
    everything = claims_json(corpus_db)
    missiles = claims_json(corpus_db, "--query", "Iran shipped ballistic missiles to Moscow")
    assert 0 < len(missiles) < len(everything)
    assert _transfer(everything)["id"] in [c["id"] for c in missiles[:2]]
    assert claims_json(corpus_db, "--query", "the price of coffee beans in Brazil") == []


def test_claim_board_by_id_prefix(corpus_db):
    first = claims_json(corpus_db)[0]["id"]
    result = CliRunner().invoke(cli, ["claim", first[:8], "--db", corpus_db])
    assert result.exit_code == 0
    assert f"Claim {first}" in result.stdout
    assert "credibility:" in result.stdout


def test_sources_list_each_source_once(corpus_db):
    result = CliRunner().invoke(cli, ["sources", "--db", corpus_db, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    sources = json.loads(result.stdout)
    iran = [s for s in sources if s["name"] == "Iran"]
    assert len(iran) == 1 and iran[0]["denies"] >= 1
    shown = CliRunner().invoke(cli, ["source", iran[0]["key"], "--db", corpus_db])
    assert shown.exit_code == 0 and "deny" in shown.stdout


def test_unknown_claim_fails_clearly(corpus_db):
    result = CliRunner().invoke(cli, ["claim", "zzzz", "--db", corpus_db])
    assert result.exit_code == 1
    assert "no claim" in result.stderr


def test_stance_needs_a_claim_or_fnc_files():
    result = CliRunner().invoke(cli, ["stance", str(SEED_PATH)])
    assert result.exit_code == 2
