"""One contract, every backend (SQLite always; PostgreSQL when NEWSWEAVE_TEST_PG_URL is set)."""

import pytest

from newsweave.errors import ConflictError, StoreError
from newsweave.model import Article, Reject, Removed, Span
from newsweave.store.sqlite import migrations


def art(i: int, text: str | None = None, **kw) -> Article:
    text = text or f"Body number {i} about the Saltmere ferry and the harbour council vote."
    return Article(id=f"a{i}", source=f"in/{i}.txt", fmt="txt", raw="T\n\n" + text, extracted="T\n\n" + text,
                   text=text, title=f"Title {i}", outlet=kw.pop("outlet", "Harbour Herald"),
                   published=kw.pop("published", f"2025-03-{i:02d}"), language="en",
                   removed=(Removed(0, 1, "T", "title"),), **kw)


def test_roundtrip_and_idempotence(any_store):
    a = art(1)
    a = a.with_layer("sentences", [Span(0, 11, "sentence")])
    assert any_store.put_articles([a], [b"\x01" * 8]) == 1
    assert any_store.put_articles([a]) == 0
    got = any_store.get_article("a1")
    assert got.text == a.text and got.title == "Title 1" and got.removed == a.removed
    assert got.layers["sentences"][0] == Span(0, 11, "sentence")
    assert got.seq is not None
    assert any_store.count_articles() == 1
    assert list(any_store.iter_minhashes()) == [("a1", "2025-03-01", None, b"\x01" * 8)]


def test_conflicting_id_changes_nothing(any_store):
    any_store.put_articles([art(1), art(2)])
    before = [x.text for x in any_store.iter_articles()]
    with pytest.raises(ConflictError):
        any_store.put_articles([art(3), art(1, text="Entirely different words here, long enough to be a body.")])
    assert [x.text for x in any_store.iter_articles()] == before
    assert any_store.get_article("a3") is None  # the whole call was rolled back


def test_iteration_order_filters_and_paging(any_store):
    any_store.put_articles([art(i, outlet="A" if i % 2 else "B") for i in range(1, 8)])
    assert [a.id for a in any_store.iter_articles()] == [f"a{i}" for i in range(1, 8)]
    assert [a.id for a in any_store.iter_articles(outlet="B")] == ["a2", "a4", "a6"]
    assert [a.id for a in any_store.iter_articles(limit=2)] == ["a1", "a2"]
    third = list(any_store.iter_articles())[2].seq
    assert [a.id for a in any_store.iter_articles(after_seq=third)][0] == "a4"
    assert [a.id for a in any_store.get_articles(["a5", "a1", "zz"])] == ["a5", "a1"]


def test_reprints_rejects_outlet_lines_docs(any_store):
    any_store.put_articles([art(1), art(2)])
    any_store.set_reprint_of([("a2", "a1")])
    assert any_store.get_article("a2").reprint_of == "a1"
    r = Reject("bad.bin", "E102", "looks like a binary file, not text")
    any_store.add_rejects([r, r])
    assert [(x["source"], x["code"]) for x in any_store.rejects()] == [("bad.bin", "E102")]
    any_store.add_outlet_lines("X", ["h1", "h2"])
    any_store.add_outlet_lines("X", ["h1"])
    assert any_store.outlet_line_counts("X", ["h1", "h2", "h3"]) == {"h1": 2, "h2": 1}
    any_store.put_doc("story", "s1", {"id": "s1", "article_ids": ["a1"], "t": "ünï"})
    any_store.put_doc("story", "s1", {"id": "s1", "article_ids": ["a1", "a2"]})
    assert any_store.get_doc("story", "s1")["article_ids"] == ["a1", "a2"]
    assert [k for k, _ in any_store.iter_docs("story")] == ["s1"]
    any_store.delete_docs("story", ["s1"])
    assert any_store.get_doc("story", "s1") is None


def test_search(any_store):
    any_store.put_articles([art(1), art(2, text="The council postponed the lighthouse repairs until spring.")])
    hits = any_store.search("lighthouse")
    assert [h["id"] for h in hits] == ["a2"]


def test_sqlite_search_syntax_error_is_store_error(tmp_path):
    from newsweave.store.sqlite import SQLiteStore

    s = SQLiteStore(tmp_path / "x.db")
    with pytest.raises(StoreError) as e:
        s.search('"unbalanced')
    assert e.value.code == "E202"


def test_every_sqlite_migration_has_a_postgres_twin():
    from importlib import resources

    pg = {e.name[:4] for e in resources.files("newsweave.store").joinpath("migrations_pg").iterdir() if e.name.endswith(".sql")}
    assert {f"{v:04d}" for v, _, _ in migrations()} <= pg


def test_reopen_keeps_data_and_schema(tmp_path):
    from newsweave.store.sqlite import SQLiteStore

    s = SQLiteStore(tmp_path / "r.db")
    s.put_articles([art(1)])
    v = s.schema_version()
    s.close()
    s2 = SQLiteStore(tmp_path / "r.db")
    assert s2.schema_version() == v and s2.count_articles() == 1
    assert s2.integrity_check() == "ok"


def test_not_a_database_is_a_clear_error(tmp_path):
    from newsweave.store.sqlite import SQLiteStore

    p = tmp_path / "junk.db"
    p.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a usable SQLite database"):
        SQLiteStore(p)
