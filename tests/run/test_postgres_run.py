"""The whole job on PostgreSQL gives what it gives on SQLite; URLs never show a password."""

import pytest
from nwcorpus import body

from newsweave import pipeline
from newsweave.cli import main
from newsweave.settings import Settings
from newsweave.store import open_store
from newsweave.store.sqlite import SQLiteStore


def articles(store):
    return [(a.id, a.text, a.removed, a.reprint_of, a.language) for a in store.iter_articles()]


@pytest.mark.postgres
def test_postgres_run_matches_sqlite_and_resumes(tmp_path, corpus, small_batches, pg_url):
    with SQLiteStore(tmp_path / "ref.db") as ref:
        pipeline.process([str(corpus)], ref, small_batches)
        expected, stories = articles(ref), list(ref.iter_docs("story"))
        rejects = [(r["source"], r["record"], r["code"]) for r in ref.rejects()]
    with open_store(pg_url) as pg:
        pipeline.process([str(corpus)], pg, small_batches)
        assert articles(pg) == expected
        assert list(pg.iter_docs("story")) == stories
        assert [(r["source"], r["record"], r["code"]) for r in pg.rejects()] == rejects
        again = pipeline.ingest([str(corpus)], pg, small_batches)
        assert again.stored == 0 and again.shards_skipped == len(list(pg.iter_docs("shard")))


@pytest.mark.postgres
def test_cli_on_postgres_hides_the_password(tmp_path, corpus, pg_url, capsys):
    import psycopg

    # give the server user a password and connect with it: the CLI must never print it
    with psycopg.connect(pg_url, autocommit=True) as c:
        c.execute("ALTER USER postgres PASSWORD 's3cr3t-Pw'")
    try:
        user_url = pg_url.replace("postgres@", "postgres:s3cr3t-Pw@", 1)
        assert main(["run", str(corpus), "--db", user_url, "--out", str(tmp_path / "o")]) == 0
        out = capsys.readouterr()
        assert "s3cr3t-Pw" not in out.out + out.err
        assert "postgres:***@" in out.out
    finally:
        with psycopg.connect(pg_url, autocommit=True) as c:
            c.execute("ALTER USER postgres PASSWORD NULL")


def test_safe_url_masks_passwords():
    pytest.importorskip("psycopg")
    from newsweave.store.postgres import safe_url

    assert safe_url("postgresql://ann:pw@db:5432/news") == "postgresql://ann:***@db:5432/news"
    assert safe_url("postgresql://ann@db/news?sslmode=require&password=pw") == \
        "postgresql://ann@db/news?sslmode=require&password=***"
    assert safe_url("postgresql://db/news") == "postgresql://db/news"


def test_unreachable_postgres_is_a_clear_error_without_password():
    pytest.importorskip("psycopg")
    from newsweave.errors import StoreError

    with pytest.raises(StoreError) as e:
        open_store("postgresql://ann:hunter22@127.0.0.1:1/news?connect_timeout=2")
    assert "hunter22" not in str(e.value) and "ann:***@" in str(e.value)


@pytest.mark.postgres
def test_concurrent_writer_on_postgres_costs_only_the_conflicting_article(tmp_path, pg_url):
    import json

    from newsweave.model import Article
    from newsweave.store.postgres import PostgresStore

    class Racing(PostgresStore):
        raced = False

        def _insert(self, c, art, mh):
            if not self.raced and art.id == "b":
                self.raced = True  # another process commits id 'b' between our check and our insert
                with PostgresStore(pg_url) as other:
                    other.put_articles([Article(id="b", source="elsewhere", fmt="txt", raw="x", extracted="x",
                                                text="A different body written by the other writer, long enough.")])
            return super()._insert(c, art, mh)

    f = tmp_path / "in.jsonl"
    # 'b' first: its transaction has written nothing yet when the other writer commits (a trigger row
    # our own earlier inserts had locked would make the other writer wait for us: a self-deadlock here)
    f.write_text("".join(json.dumps({"id": k, "text": body(i)}) + "\n" for i, k in enumerate("bac")))
    with Racing(pg_url) as store:
        rep = pipeline.ingest([str(f)], store, Settings.load(environ={}))
        assert rep.stored == 2 and [r.code for r in rep.rejects] == ["E201"]
        assert store.get_article("b").source == "elsewhere"
        assert {a.id for a in store.iter_articles()} == {"a", "b", "c"}


def test_postgres_store_implements_everything_sqlite_does():
    """Every method the SQLite store implements (abstract or overridden) exists on PostgresStore too."""
    pytest.importorskip("psycopg")
    from newsweave.store.base import Store
    from newsweave.store.postgres import PostgresStore

    sqlite_own = {n for n, v in vars(SQLiteStore).items() if callable(v) and not n.startswith("_")}
    pg_own = {n for n, v in vars(PostgresStore).items() if callable(v) and not n.startswith("_")}
    missing = sorted((sqlite_own - pg_own) & (set(dir(Store)) | sqlite_own))
    assert not missing, f"PostgresStore lacks {missing}"
    assert not PostgresStore.__abstractmethods__
