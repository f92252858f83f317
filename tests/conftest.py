"""Shared fixtures: the parsed seed article and paths into ../shared."""

from __future__ import annotations

import csv
import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_PATH = ROOT / "examples" / "iran_missiles_ap.txt"
SEED_PUBLISHED = "2024-09-07"
VOA = ROOT / "examples" / "voa_stories.jsonl"
# The five VOA stories of the Jaffar Express hijacking in Balochistan (11-14 March 2025): claims across
# reports, Pakistan's charge and the Afghan denial.
HIJACKING = {"8006651", "8007760", "8009314", "8009976", "8011076"}


def shared_path(*parts: str) -> Path:
    """A path under ../shared; the test is skipped when that checkout is not beside the project."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL cluster for the session (``tests/postgres.py``); never skipped."""
    from postgres import Cluster

    cluster = Cluster()
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_target(request, tmp_path) -> str:
    """Where a store lives, once per backend: a SQLite file, then a fresh PostgreSQL database's URL."""
    if request.param == "sqlite":
        return str(tmp_path / "dossier.db")
    return request.getfixturevalue("pg_cluster").database()


@pytest.fixture(scope="session")
def nlp():
    from dossier.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_record(seed_text):
    """The seed's extraction, as ``dossier.extract`` returns it."""
    import dossier

    return dossier.extract(seed_text, id="iran_missiles_ap", published=SEED_PUBLISHED)


@pytest.fixture(scope="session")
def seed_dict(seed_record) -> dict:
    from dossier.schema import to_dict

    return to_dict(seed_record)


def voa_lines(ids: set[str]) -> list[str]:
    """The lines of examples/voa_stories.jsonl of the stories with these ids."""
    return [line for line in VOA.read_text(encoding="utf-8").splitlines() if json.loads(line)["id"] in ids]


def voa_record(story_id: str):
    """What dossier reads in one story of examples/voa_stories.jsonl, extracted whole with its id and
    publication date."""
    import dossier

    story = json.loads(voa_lines({story_id})[0])
    return dossier.extract(story["text"], id=story["id"], published=story["published"])


@pytest.fixture(scope="session")
def hijacking_db(tmp_path_factory) -> str:
    """A store of the five hijacking stories, ingested once for the session (read it, don't write it)."""
    from click.testing import CliRunner

    from dossier.cli import cli

    folder = tmp_path_factory.mktemp("voa")
    (folder / "hijacking.jsonl").write_text("\n".join(voa_lines(HIJACKING)) + "\n", encoding="utf-8")
    db = str(folder / "hijacking.db")
    result = CliRunner().invoke(cli, ["ingest", str(folder / "hijacking.jsonl"), "--db", db])
    assert result.exit_code == 0, result.stderr
    return db


@lru_cache(maxsize=1)
def polnear_train() -> dict[str, str]:
    """PolNeAR train articles by id (skips the test when ../shared is absent)."""
    with shared_path("datasets", "polnear", "train.jsonl").open(encoding="utf-8") as handle:
        return {a["id"]: a["text"] for a in map(json.loads, handle)}


@lru_cache(maxsize=1)
def fnc_train_bodies() -> dict[str, str]:
    """FNC-1 train bodies by Body ID, the dev split's bodies left out."""
    csv.field_size_limit(10**8)
    folder = shared_path("datasets", "fnc1")
    dev = set((folder / "dev_body_ids.txt").read_text().split())
    with (folder / "train_bodies.csv").open(encoding="utf-8") as handle:
        return {r["Body ID"]: r["articleBody"] for r in csv.DictReader(handle) if r["Body ID"] not in dev}


def sentence_around(text: str, anchor: str, openers: str = 'A-Z"“') -> str:
    """The sentence of ``text`` that contains ``anchor``; ``openers`` are the characters a sentence starts with."""
    at = text.index(anchor)
    boundary = rf"[.!?][\"'”’]?\s+(?=[{openers}])|\n"
    starts = [m.end() for m in re.finditer(boundary, text) if m.end() <= at]
    start = starts[-1] if starts else 0
    end = re.search(r"[.!?][\"'”’]?(\s|$)|\n", text[at + len(anchor) :])
    return text[start : at + len(anchor) + (end.end() if end else len(text))].strip()


def fnc_train_sentence(anchor: str) -> str:
    """The sentence of an FNC-1 train body that holds ``anchor`` (read from ../shared, not copied here)."""
    return next(sentence_around(body, anchor) for body in fnc_train_bodies().values() if anchor in body)


def polnear_train_sentence(anchor: str) -> str:
    """The sentence of a PolNeAR train article that holds ``anchor`` (read from ../shared, not copied here)."""
    return next(sentence_around(text, anchor) for text in polnear_train().values() if anchor in text)


# --- dossier serve: one small evidence base for the API and browser tests -------------------------------

VOA_PATH = ROOT / "examples" / "voa_stories.jsonl"
# The Jaffar Express train hijacking (VOA, 11-14 March 2025): claims across reports, one contradicted.
JAFFAR_STORIES = ("8006651", "8007760", "8009976", "8011076")
XSS_ID = "xss-probe"
XSS_ARTICLE = {
    "id": XSS_ID,
    "title": "<script>window.__xss = 'title'</script>Police report <img src=x onerror=\"window.__xss='title-img'\">",
    "url": "javascript:window.__xss='url'",
    "published": "2025-03-15",
    "outlet": "<b onmouseover=\"window.__xss='outlet'\">Probe</b>",
    "text": (
        "QUETTA — Police said on Saturday that gunmen <script>window.__xss = 'text'</script> attacked a "
        "checkpoint near Quetta, wounding three officers. A police spokesman said "
        "<img src=x onerror=\"window.__xss = 'img'\"> the attackers fled into the hills. "
        "Officials denied a report at javascript:window.__xss='js' that the town had fallen to militants. "
        "<a href=\"javascript:window.__xss='link'\">Read more</a> "
        "<svg onload=\"window.__xss='svg'\"></svg> "
        "The provincial government said 12 suspects were arrested after the attack."
    ),
}


@pytest.fixture(scope="session")
def serve_db(tmp_path_factory) -> Path:
    """A small evidence base built once: four VOA stories of the train hijacking and an article full of
    script payloads (``XSS_ARTICLE``). Tests that write use a copy of it."""
    from dossier.base import EvidenceBase
    from dossier.ingest import read_inputs

    folder = tmp_path_factory.mktemp("serve")
    source = folder / "stories.jsonl"
    lines = [
        line
        for line in VOA_PATH.read_text(encoding="utf-8").splitlines()
        if json.loads(line)["id"] in JAFFAR_STORIES
    ]
    assert len(lines) == len(JAFFAR_STORIES)
    source.write_text("\n".join([*lines, json.dumps(XSS_ARTICLE)]) + "\n", encoding="utf-8")
    db = folder / "serve.db"
    with EvidenceBase(str(db)) as base:
        done = list(base.ingest(read_inputs([str(source)])))
    assert [d.status for d in done] == ["stored"] * (len(JAFFAR_STORIES) + 1)
    return db


def copy_db(db: Path, folder: Path) -> Path:
    """A copy of the (closed) database ``db`` in ``folder``."""
    import shutil

    target = folder / db.name
    shutil.copyfile(db, target)
    return target
