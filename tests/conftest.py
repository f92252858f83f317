"""Shared fixtures: the parsed seed article and paths into ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_PATH = ROOT / "examples" / "iran_missiles_ap.txt"
SEED_PUBLISHED = "2024-09-07"


def shared_path(*parts: str) -> Path:
    """A path under ../shared; the test is skipped when that checkout is not beside the project."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


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
