import os
from pathlib import Path

import pytest

from newsweave.settings import Settings
from newsweave.store.sqlite import SQLiteStore

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def settings() -> Settings:
    return Settings.load(environ={})


@pytest.fixture
def store(tmp_path):
    s = SQLiteStore(tmp_path / "t.db")
    yield s
    s.close()
