import os
import uuid

import pytest

from newsweave.store.sqlite import SQLiteStore

PG_URL = os.environ.get("NEWSWEAVE_TEST_PG_URL")


def _pg_store():
    import psycopg

    from newsweave.store.postgres import PostgresStore

    # a fresh database per test keeps tests independent
    name = "nwtest_" + uuid.uuid4().hex[:12]
    with psycopg.connect(PG_URL, autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')
    base = PG_URL.rsplit("/", 1)[0]
    store = PostgresStore(f"{base}/{name}")
    return store, name


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_store(request, tmp_path):
    """The same contract tests run against every backend."""
    if request.param == "sqlite":
        s = SQLiteStore(tmp_path / "contract.db")
        yield s
        s.close()
        return
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("NEWSWEAVE_TEST_PG_URL is not set in CI: .ci/run should start PostgreSQL")
        pytest.skip("set NEWSWEAVE_TEST_PG_URL=postgresql://... to run the PostgreSQL store tests")
    import psycopg

    s, name = _pg_store()
    yield s
    s.close()
    with psycopg.connect(PG_URL, autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
