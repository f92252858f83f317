"""The example corpora: the shipped VOA stories (examples/voa_stories.jsonl, public domain, read by
``make run`` on a bare clone) and the optional FNC-1 corpus (examples/corpus.json: real reports on three
stories, built from FNC-1's bodies when ../shared is beside the checkout, ingested with the seed and read
across reports as ``make run-fnc`` does)."""

from __future__ import annotations

import importlib.util
import json

import pytest
from click.testing import CliRunner

from conftest import HIJACKING, ROOT, SEED_PATH, SEED_PUBLISHED, VOA, shared_path
from dossier.cli import cli
from dossier.ingest.jsonl import article_from_json_line

MANIFEST = ROOT / "examples" / "corpus.json"
# The query ``make run`` shows the hijacking attack's board with (the stories: conftest.HIJACKING).
HIJACKING_QUERY = "Militants attacked the Jaffar Express train in Balochistan"


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _builder():
    return _script("build_example_corpus")


def _voa_lines() -> list[dict]:
    return [json.loads(line) for line in VOA.read_text(encoding="utf-8").splitlines()]


def test_the_shipped_voa_stories_are_well_formed_and_credited():
    raw = VOA.read_bytes().splitlines()
    stories = _voa_lines()
    assert len(stories) == len(raw) == 89
    assert len({s["id"] for s in stories}) == len(stories)
    for number, (line, story) in enumerate(zip(raw, stories, strict=True), 1):
        assert all(isinstance(story[k], str) and story[k] for k in ("id", "text", "title", "url", "author"))
        assert story["outlet"] == "VOA" and "Voice of America (voanews.com)" in story["credit"]
        assert story["url"].startswith("https://www.voanews.com/") and story["id"] in story["url"]
        article = article_from_json_line(line, f"voa_stories.jsonl:{number}")  # as dossier ingest reads it
        assert (article.id, article.text, article.title, article.url) == (
            story["id"],
            story["text"],
            story["title"],
            story["url"],
        )
        assert article.outlet == "VOA" and article.published == story["published"][:10]
    titles = {s["id"]: s["title"].lower() for s in stories}
    assert set(titles) >= HIJACKING and all("train" in titles[i] for i in HIJACKING)
    sources = (ROOT / "examples" / "SOURCES.md").read_text()
    assert "voa_stories.jsonl" in sources and "public domain" in sources and "voanews.com" in sources


def test_the_shipped_voa_stories_are_shareds_stories_unchanged(tmp_path):
    shared = shared_path("datasets", "voa", "voa_stories.jsonl")
    originals = [json.loads(line) for line in shared.read_text(encoding="utf-8").splitlines()]
    shipped = _voa_lines()
    fields = ("id", "url", "title", "published", "author", "text")
    assert [tuple(s[f] for f in fields) for s in shipped] == [tuple(o[f] for f in fields) for o in originals]
    remade = tmp_path / "voa_stories.jsonl"
    assert _script("build_voa_examples").build(shared, remade) == len(originals)
    assert remade.read_bytes() == VOA.read_bytes()  # the script remakes the committed file byte for byte


def _items(board: dict) -> list[tuple[str, str]]:
    """(article, stance) of a claim's items, as the JSON export gives them."""
    return [(item["article"], item["stance"]) for item in board["items"]]


def test_the_hijacking_attack_is_one_claim_that_several_reports_assert(hijacking_db):
    query = ["--query", HIJACKING_QUERY, "--limit", "1", "--format", "json"]
    (board,) = json.loads(_invoke("claims", "--db", hijacking_db, *query))
    statement = board["statement"].lower()
    assert "train" in statement or "jaffar" in statement
    asserting = {article for article, stance in _items(board) if stance.startswith("assert")}
    assert len(asserting) >= 2


def test_pakistans_accusation_meets_the_afghan_denial(hijacking_db):
    boards = json.loads(_invoke("claims", "--db", hijacking_db, "--contradicted", "--format", "json"))
    denied = [
        board
        for board in boards
        if any(article == "8009976" and stance.startswith("den") for article, stance in _items(board))
    ]  # "Afghanistan denies link to train attack in Pakistan"
    assert denied
    assert any("afghan" in json.dumps(board, ensure_ascii=False).lower() for board in denied)


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


def test_the_ceasefire_and_boko_harams_denial_are_one_contradicted_claim(example_db):
    boards = json.loads(_invoke("claims", "--db", example_db, "--contradicted", "--format", "json"))
    ceasefire = [
        b
        for b in boards
        if "cease" in b["statement"].lower()
        and any(i["stance"] == "deny" and "Boko Haram" in (i["source"] or "") for i in b["items"])
    ]
    assert ceasefire
    asserters = {i["article"] for i in ceasefire[0]["items"] if i["stance"] == "assert"}
    assert asserters and ceasefire[0]["independent_assertions"] >= 1
    assert all(b["grade"] != 1 for b in ceasefire)  # a contradicted claim is never graded confirmed


def test_a_wire_copy_counts_once(example_db):
    boards = json.loads(_invoke("claims", "--db", example_db, "--format", "json"))
    both = [b for b in boards if {"fnc1-2139", "fnc1-2272"} <= {i["article"] for i in b["items"]}]
    assert both  # the wire story and its copy state the same claims
    for board in both:
        copies = {i["article"] for i in board["items"] if i["copy_of"]}
        assert copies == {"fnc1-2272"}
        originals = {i["article"] for i in board["items"] if i["stance"] == "assert" and not i["copy_of"]}
        assert board["independent_assertions"] == len(originals)


def test_israels_rejection_is_a_denial_of_the_dams_claim(example_db):
    boards = json.loads(_invoke("claims", "--db", example_db, "--contradicted", "--format", "json"))
    denials = [i for b in boards if "dams" in b["statement"] for i in b["items"] if i["stance"] == "deny"]
    assert any("Israel" in (i["source"] or "") or "Israel" in i["text"] for i in denials)


def test_filters_and_the_board_format(example_db):
    everything = json.loads(_invoke("claims", "--db", example_db, "--format", "json"))
    corroborated = json.loads(_invoke("claims", "--db", example_db, "--min-sources", "2", "--format", "json"))
    assert 0 < len(corroborated) < len(everything)
    assert all(b["assertion_sources"] + b["denial_sources"] >= 2 for b in corroborated)
    boards = _invoke(
        "claims", "--db", example_db, "--min-sources", "2", "--contradicted", "--format", "board"
    )
    assert "CONTRADICTED" in boards and "## Denied by" in boards
    assert "copy of fnc1-" in boards  # a copied report is shown as the copy of its original


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
    assert "dams" in board["statement"]
    stances = {s["article"]: s["stance"] for s in board["stances"]}
    assert stances["fnc1-1392"] == "disagree"  # Israel: "The claim is entirely false"
    assert stances["fnc1-1070"] == "agree"
    assert set(stances) <= {
        a["id"] for a in json.loads(MANIFEST.read_text())["articles"] if "gaza" in a["story"]
    }
    shown = _invoke("claim", board["id"], "--db", example_db, "--stances")
    assert "DISPUTED" in shown and "## Each report read whole" in shown
    assert json.loads(_invoke("claims", "--db", example_db, *query, "--format", "json"))[0]["stances"] == []
