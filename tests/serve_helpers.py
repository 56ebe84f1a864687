"""Shared by tests/api and tests/web (a uniquely named module: every test folder has a conftest)."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from newsweave.api import create_app
from newsweave.settings import Settings

TOKEN = "t0ken-for-tests"
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


def make_client(db, **serve) -> TestClient:
    settings = Settings.load(environ={}, overrides={"serve": {"update_after_ingest": False, **serve}})
    return TestClient(create_app(str(db), settings))


def shot(pg, name: str, full_page: bool = True) -> Path:
    """A screenshot kept as a test artefact (test-artifacts/ is gitignored)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    pg.screenshot(path=str(path), full_page=full_page)
    return path
