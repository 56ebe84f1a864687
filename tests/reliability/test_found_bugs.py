"""Regression tests for bugs the reliability suites found (one test per bug, smallest input)."""

from __future__ import annotations

from newsweave.ingest import iter_inputs

from .hostile import http_response, warc_record


def _rejects(paths, settings):
    return [r for r in iter_inputs([str(p) for p in paths], settings) if r.__class__.__name__ == "Reject"]


def test_empty_directory_is_reported_not_silent(tmp_path, settings):
    d = tmp_path / "nothing-here"
    d.mkdir()
    (d / ".hidden").write_text("skipped")
    out = list(iter_inputs([str(d)], settings))
    assert len(out) == 1 and out[0].code == "E105" and out[0].source == str(d)


def test_empty_directory_is_reported_by_the_sharded_ingest_too(tmp_path, settings):
    """`newsweave ingest EMPTY_DIR` (the sharded driver lists files itself) said "0 rejected"."""
    from newsweave import pipeline
    from newsweave.store.sqlite import SQLiteStore

    d = tmp_path / "nothing-here"
    d.mkdir()
    store = SQLiteStore(tmp_path / "s.db")
    try:
        rep = pipeline.ingest([str(d)], store, settings)
        rejects = store.rejects()
    finally:
        store.close()
    assert rep.rejected == 1
    assert [(r["code"], r["source"]) for r in rejects] == [("E105", str(d))]


def test_warc_without_any_html_page_is_reported_not_silent(tmp_path, settings):
    p = tmp_path / "images.warc"
    p.write_bytes(warc_record("response", "https://x.example/i.png", http_response(b"\x89PNG....", "image/png"))
                  + warc_record("request", "https://x.example/", b"GET / HTTP/1.1\r\n\r\n"))
    out = list(iter_inputs([str(p)], settings))
    assert [r.code for r in out] == ["E105"] and out[0].source == str(p)
    assert "HTML page" in out[0].message


def test_warc_with_a_page_has_no_extra_reject(tmp_path, settings):
    page = b"<html><body><article><p>" + b"The ferry crews of Port Elsmere walked out on Tuesday. " * 5 + b"</p></article></body></html>"
    p = tmp_path / "ok.warc"
    p.write_bytes(warc_record("response", "https://x.example/a", http_response(page))
                  + warc_record("response", "https://x.example/i.png", http_response(b"\x89PNG", "image/png")))
    out = list(iter_inputs([str(p)], settings))
    assert [type(r).__name__ for r in out] == ["RawDoc"]


def _copy_pair():
    body = " ".join(f"The harbour council of Port Elsmere met on day {i} to weigh the bridge repairs." for i in range(12))
    return body


def test_a_batch_is_all_or_nothing(tmp_path, settings, store):
    """Found by the fault-injection trials: a crash after a batch's articles were committed but
    before the re-pointing they caused (a separate transaction) left the stored reprint groups
    wrong for good, since a re-run skips records already stored."""
    import json

    import pytest

    from newsweave import pipeline

    body = _copy_pair()
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps({"id": "late", "published": "2025-03-05", "text": body}) + "\n")
    pipeline.ingest([str(first)], store, settings)
    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps({"id": "early", "published": "2025-03-01", "text": body + " Wire copy."}) + "\n")

    def crash(*a, **k):
        raise RuntimeError("simulated crash between two writes of one batch")

    orig = store.set_reprint_of
    store.set_reprint_of = crash
    with pytest.raises(RuntimeError):
        pipeline.ingest([str(second)], store, settings)
    assert store.get_article("early") is None  # nothing of the failed batch was kept
    store.set_reprint_of = orig
    pipeline.ingest([str(second)], store, settings)
    assert store.get_article("late").reprint_of == "early"
    assert store.get_article("early").reprint_of is None


def test_sqlite_nested_transaction_rolls_back_only_the_inner_block(store):
    with store.transaction():
        store.put_doc("t", "outer", 1)
        try:
            with store.transaction():
                store.put_doc("t", "inner", 2)
                raise ValueError("inner failure")
        except ValueError:
            pass
    assert store.get_doc("t", "outer") == 1 and store.get_doc("t", "inner") is None


def test_feeds_in_multibyte_charsets_are_read(tmp_path, settings):
    """Found by fuzzing: expat refuses multi-byte charsets, so the XML safety check raised
    ValueError and every Shift_JIS / EUC-JP / GB18030 / Big5 feed became an E100 "bug" reject."""
    from .hostile import rss, rss_item

    body = "港湾局は火曜日、橋の修理を承認したと発表した。" * 4
    for enc in ("shift_jis", "euc-jp", "gb18030", "utf-7"):
        p = tmp_path / f"{enc}.xml"
        p.write_bytes(rss([rss_item("港の橋", body, "g1")]).replace("encoding='utf-8'", f"encoding='{enc}'").encode(enc))
        out = list(iter_inputs([str(p)], settings))
        assert [type(r).__name__ for r in out] == ["RawDoc"], (enc, out)
        assert "港湾局" in out[0].content


def test_entity_declarations_cannot_hide_behind_a_multibyte_charset(tmp_path, settings):
    from .hostile import rss, rss_item

    prolog = "<!DOCTYPE x [<!ENTITY a \"" + "aaaaaaaaaa" * 10 + "\">]>"
    p = tmp_path / "sjis-entity.xml"
    p.write_bytes(rss([rss_item("港", "本文 &a; " * 30, "g1")], prolog=prolog)
                  .replace("encoding='utf-8'", "encoding='shift_jis'").replace("&amp;a;", "&a;").encode("shift_jis"))
    out = list(iter_inputs([str(p)], settings))
    assert len(out) == 1 and out[0].code not in ("E100",) and type(out[0]).__name__ == "Reject", out


def test_feed_with_unknown_declared_charset_is_a_clear_reject(tmp_path, settings):
    """Found by fuzzing: expat raised LookupError for encoding='utf58', which became an E100 "bug" reject."""
    from .hostile import rss, rss_item

    p = tmp_path / "odd.xml"
    p.write_text(rss([rss_item("Ferry strike", "Crews walked out on Tuesday. " * 5, "g1")])
                 .replace("encoding='utf-8'", "encoding='utf58'"))
    [r] = list(iter_inputs([str(p)], settings))
    assert type(r).__name__ == "Reject" and r.code == "E104" and "declared encoding" in r.message, r
