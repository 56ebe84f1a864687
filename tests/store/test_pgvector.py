"""Embeddings in pgvector where the server has it, BYTEA where not: same vectors back, bit for bit.

Needs NEWSWEAVE_TEST_PGVECTOR_URL (a server with the extension, where the user may CREATE DATABASE
and CREATE ROLE) for the pgvector tests and NEWSWEAVE_TEST_PG_URL for the fallback on a server
without it; each skips with the reason when its server is not given.
"""

import uuid

import numpy as np
import pytest

from newsweave.errors import StoreError
from newsweave.model import Article

psycopg = pytest.importorskip("psycopg")

from newsweave.store.postgres import PostgresStore  # noqa: E402

from .conftest import PG_URL, PGVECTOR_SKIP, PGVECTOR_URL

needs_pgvector = pytest.mark.skipif(not PGVECTOR_URL, reason=PGVECTOR_SKIP)


def arts(n: int, start: int = 0) -> list[Article]:
    return [Article(id=f"a{i}", source=f"in/{i}.txt", fmt="txt", raw=f"Body {i}.", extracted=f"Body {i}.",
                    text=f"Body {i}.") for i in range(start, start + n)]


def forms(store: PostgresStore) -> dict[str, str]:
    """Which column holds each stored vector."""
    rows = store.conn.execute("SELECT article_id, vec IS NOT NULL AS v FROM embeddings ORDER BY article_id")
    return {r["article_id"]: "vec" if r["v"] else "bytea" for r in rows}


def same_bits(got: dict, want: dict) -> bool:
    return set(got) == set(want) and all(got[k].dtype == np.float32 and got[k].tobytes() == want[k].tobytes()
                                         for k in want)


def edge_vectors() -> dict[str, np.ndarray]:
    rng = np.random.default_rng(7)
    vs = {f"a{i}": rng.standard_normal(512).astype(np.float32) for i in range(4)}
    # values a text round trip or a float64 detour could change: signed zero, the smallest
    # subnormal, the extremes of float32, the lowest and all mantissa bits set
    vs["a4"] = np.array([-0.0, 1e-45, -1e-45, 3.4028235e38, -3.4028235e38, np.nextafter(np.float32(1), np.float32(2)),
                         np.nextafter(np.float32(2), np.float32(0))], dtype=np.float32)
    vs["a5"] = np.ones(1, dtype=np.float32)
    return vs


@pytest.mark.pgvector
@needs_pgvector
def test_vectors_stored_in_pgvector_and_read_back_bit_identical(fresh_db):
    with PostgresStore(fresh_db.new(PGVECTOR_URL)) as s:
        assert s.vector_storage == "pgvector" and s.vector_note == ""
        s.put_articles(arts(6))
        vs = edge_vectors()
        s.put_embeddings("m", vs.items())
        assert set(forms(s).values()) == {"vec"}
        assert same_bits(s.get_embeddings("m", list(vs)), vs)
        assert same_bits(dict(s.iter_embeddings("m")), vs)
        assert [a for a, _ in s.iter_embeddings("m")] == [f"a{i}" for i in range(6)]
        # the column is a real pgvector one: cosine distance in SQL ranks like numpy does
        q = vs["a0"] + 0.5 * vs["a1"]
        literal = "[" + ",".join(repr(x) for x in q.tolist()) + "]"
        sql = s.conn.execute("SELECT article_id FROM embeddings WHERE dim = 512 ORDER BY vec <=> %s::vector, article_id",
                             (literal,)).fetchall()
        mat = np.stack([vs[f"a{i}"] for i in range(4)])
        cos = mat @ q / (np.linalg.norm(mat, axis=1) * np.linalg.norm(q))
        assert [r["article_id"] for r in sql] == [f"a{i}" for i in np.argsort(-cos, kind="stable")]


@pytest.mark.pgvector
@needs_pgvector
def test_what_pgvector_cannot_hold_stays_bytea(fresh_db):
    """NaN (with its payload), infinities, empty and over-long vectors: pgvector refuses them."""
    with PostgresStore(fresh_db.new(PGVECTOR_URL)) as s:
        s.put_articles(arts(5))
        nan_payload = np.array([0x7FC01234], dtype="<u4").view(np.float32)
        vs = {"a0": np.array([1.0, nan_payload[0], 2.0], dtype=np.float32),
              "a1": np.array([np.inf, -np.inf], dtype=np.float32),
              "a2": np.zeros(0, dtype=np.float32),
              "a3": np.arange(16001, dtype=np.float32),
              "a4": np.arange(16000, dtype=np.float32)}
        s.put_embeddings("m", vs.items())
        assert forms(s) == {"a0": "bytea", "a1": "bytea", "a2": "bytea", "a3": "bytea", "a4": "vec"}
        assert same_bits(s.get_embeddings("m", list(vs)), vs)
        assert same_bits(dict(s.iter_embeddings("m")), vs)


@pytest.mark.pgvector
@needs_pgvector
def test_bytea_database_gains_pgvector_when_opened_in_auto(fresh_db):
    url = fresh_db.new(PGVECTOR_URL)
    old = edge_vectors()
    with PostgresStore(url, vectors="bytea") as s:
        assert s.vector_storage == "bytea" and "asked" in s.vector_note
        assert s.conn.execute("SELECT 1 FROM pg_extension WHERE extname = 'vector'").fetchone() is None
        s.put_articles(arts(8))
        s.put_embeddings("m", old.items())
    with PostgresStore(url) as s:
        assert s.vector_storage == "pgvector"
        new = {"a6": np.full(3, 0.25, dtype=np.float32), "a7": np.array([-0.0, 5.5], dtype=np.float32)}
        s.put_embeddings("m", new.items())
        s.put_embeddings("m", [("a0", np.zeros(512, dtype=np.float32))])  # kept as first stored
        f = forms(s)
        assert {f[k] for k in old} == {"bytea"} and {f[k] for k in new} == {"vec"}
        both = {**old, **new}
        assert same_bits(s.get_embeddings("m", list(both)), both)
        assert [a for a, _ in s.iter_embeddings("m")] == [f"a{i}" for i in range(8)]
    # and back: a pgvector database opened with vectors='bytea' reads both forms, writes BYTEA
    with PostgresStore(url, vectors="bytea") as s:
        s.put_articles(arts(1, start=8))
        s.put_embeddings("m", [("a8", np.ones(2, dtype=np.float32))])
        assert forms(s)["a8"] == "bytea"
        assert same_bits(s.get_embeddings("m", [*both, "a8"]), {**both, "a8": np.ones(2, dtype=np.float32)})


@pytest.mark.pgvector
@needs_pgvector
def test_user_who_may_not_create_the_extension_falls_back(fresh_db):
    import psycopg

    role = "nwrole_" + uuid.uuid4().hex[:8]
    with psycopg.connect(PGVECTOR_URL, autocommit=True) as c:
        c.execute(f'CREATE ROLE "{role}" LOGIN')
    try:
        url = fresh_db.new(PGVECTOR_URL, owner=role)
        as_role = psycopg.conninfo.make_conninfo(url, user=role)
        with PostgresStore(as_role) as s:
            assert s.vector_storage == "bytea"
            assert "CREATE EXTENSION vector" in s.vector_note and "permission denied" in s.vector_note
            s.put_articles(arts(2))
            s.put_embeddings("m", [("a0", np.arange(4, dtype=np.float32))])
        with pytest.raises(StoreError, match="pgvector was asked for"):
            PostgresStore(as_role, vectors="pgvector")
        # a superuser enables it once; the owner's next connect adds the column and uses it
        with psycopg.connect(url, autocommit=True) as c:
            c.execute("CREATE EXTENSION vector")
        with PostgresStore(as_role) as s:
            assert s.vector_storage == "pgvector"
            s.put_embeddings("m", [("a1", np.arange(3, dtype=np.float32))])
            assert forms(s) == {"a0": "bytea", "a1": "vec"}
            got = s.get_embeddings("m", ["a0", "a1"])
            assert same_bits(got, {"a0": np.arange(4, dtype=np.float32), "a1": np.arange(3, dtype=np.float32)})
    finally:
        fresh_db.drop_all()
        fresh_db.made.clear()
        with psycopg.connect(PGVECTOR_URL, autocommit=True) as c:
            c.execute(f'DROP ROLE IF EXISTS "{role}"')


@pytest.mark.pgvector
@needs_pgvector
def test_stories_from_a_pgvector_store_match_sqlite(fresh_db, settings, tmp_path):
    """The clustering step stores its vectors and, on every later run, reads them all back to
    rebuild its neighbour index: one article per run on pgvector gives one SQLite batch's stories."""
    from cluster.conftest import FakeEmbedder, corpus  # tests/cluster, a sibling package on sys.path

    from newsweave.cluster import update_stories
    from newsweave.store.sqlite import SQLiteStore

    s = settings.replace({"stories": {"method": "neural"}})
    with SQLiteStore(tmp_path / "batch.db") as a, PostgresStore(fresh_db.new(PGVECTOR_URL)) as b:
        for art in corpus():
            a.put_articles([art])
        update_stories(a, s, embedder=FakeEmbedder())
        for art in corpus():
            b.put_articles([art])
            update_stories(b, s, embedder=FakeEmbedder())
        assert list(forms(b).values()) == ["vec"] * len(corpus())
        stories = dict(a.iter_docs("story"))
        assert len({tuple(d["article_ids"]) for d in stories.values() if not d.get("merged_into")}) >= 3
        assert dict(b.iter_docs("story")) == stories


@pytest.mark.postgres
def test_server_without_pgvector_keeps_bytea(fresh_db):
    if not PG_URL:
        pytest.skip("set NEWSWEAVE_TEST_PG_URL=postgresql://... to run the PostgreSQL store tests")
    url = fresh_db.new(PG_URL)
    with PostgresStore(url) as s:
        if s.conn.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'vector'").fetchone():
            pytest.skip("the NEWSWEAVE_TEST_PG_URL server has pgvector: the no-extension path needs one without")
        assert s.vector_storage == "bytea" and "no pgvector extension" in s.vector_note
        s.put_articles(arts(6))
        vs = edge_vectors()
        s.put_embeddings("m", vs.items())
        assert same_bits(s.get_embeddings("m", list(vs)), vs)
        assert same_bits(dict(s.iter_embeddings("m")), vs)
        cols = {r["column_name"] for r in s.conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'embeddings'")}
        assert "vec" not in cols
    with pytest.raises(StoreError, match="no pgvector extension"):
        PostgresStore(url, vectors="pgvector")


def test_unknown_vector_mode_is_refused_before_connecting():
    with pytest.raises(ValueError, match="auto, pgvector, bytea"):
        PostgresStore("postgresql://nobody@127.0.0.1:1/none", vectors="vector")
