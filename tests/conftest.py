"""Shared fixtures: one Extractor for the session, an in-memory store, a CLI runner, the seed article."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "taliban-vs-isis-k.txt"
PIPELINE_FIXTURES = Path(__file__).parent / "fixtures" / "pipeline"


@pytest.fixture(scope="session")
def extractor():
    """The default Extractor, built once (it takes seconds to load its knowledge)."""
    from attrition.nlp import Extractor
    return Extractor()


@pytest.fixture
def store():
    from attrition.store import Store
    s = Store.open(":memory:")
    yield s
    s.close()


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip(f"seed article absent: {SEED}")
    return SEED


@pytest.fixture(scope="session")
def seed_text(seed_path) -> str:
    return seed_path.read_text(encoding="utf-8")
