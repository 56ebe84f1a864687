"""Fixtures: the fictional corpus in many shards, a fresh PostgreSQL database."""

import pytest
from nwcorpus import write_corpus

from newsweave.settings import Settings


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path / "corpus")


@pytest.fixture
def small_batches():
    # shards of 5 records: the corpus becomes ~15 shards
    return Settings.load(environ={}, overrides={"ingest": {"batch_size": 5}})


@pytest.fixture
def pg_url():
    """A fresh, empty PostgreSQL database URL (skips without NEWSWEAVE_TEST_PG_URL, fails in CI)."""
    import os
    import uuid

    base_url = os.environ.get("NEWSWEAVE_TEST_PG_URL")
    if not base_url:
        if os.environ.get("CI"):
            pytest.fail("NEWSWEAVE_TEST_PG_URL is not set in CI: .ci/run should start PostgreSQL")
        pytest.skip("set NEWSWEAVE_TEST_PG_URL=postgresql://... to run the PostgreSQL tests")
    import psycopg

    name = "nwrun_" + uuid.uuid4().hex[:12]
    with psycopg.connect(base_url, autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')
    yield f"{base_url.rsplit('/', 1)[0]}/{name}"
    with psycopg.connect(base_url, autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
