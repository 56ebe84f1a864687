"""JSONL, RSS/Atom and WARC readers: fields, ids, bad records named, the rest still read."""

from __future__ import annotations

import gzip
import json

import pytest
from ingest_cases import ARTICLE, article, feed_html, html_page, jl, rss, warc_record

from newsweave import pipeline
from newsweave.ingest import read_path
from newsweave.ingest.common import normalize_language, normalize_published
from newsweave.model import RawDoc, Reject


def _read(tmp_path, name, data, settings):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    out = list(read_path(str(p), settings))
    return [o for o in out if isinstance(o, RawDoc)], [o for o in out if isinstance(o, Reject)]


# JSONL -----------------------------------------------------------------------------------------

def test_jsonl_keys_and_ids(tmp_path, settings):
    lines = [
        jl(id="a-1", url="https://courier.example/a", outlet="Norvik Courier", title="Bridge vote",
           published="2025-03-01T09:30:00Z", text=ARTICLE, language="en-GB", event_id="ignored"),
        jl(id=17, html=html_page(article(2)), title=None),
        jl(text=article(3), published="Sat, 01 Mar 2025 10:00:00 GMT"),
    ]
    docs, rejects = _read(tmp_path, "a.jsonl", "\n".join(lines) + "\n", settings)
    assert rejects == []
    a, b, c = docs
    assert a.record_id == "a-1" and a.kind == "text" and a.content == ARTICLE and a.location == "line 1 (id 'a-1')"
    assert a.meta == {"url": "https://courier.example/a", "outlet": "Norvik Courier", "title": "Bridge vote",
                      "published": "2025-03-01T09:30:00+00:00", "language": "en"}
    assert b.record_id == "17" and b.kind == "html" and "title" not in b.meta
    assert c.record_id is None and c.meta == {"published": "2025-03-01T10:00:00+00:00"}


def test_jsonl_bad_lines_named_others_read(tmp_path, settings):
    lines = [jl(id="ok1", text=article(1)), '{"id": "x", "text": "unterminated', "[1, 2]",
             jl(id="n", text="   "), jl(id=["l"], text="t"), jl(id="t", text=5), "[" * 50_000,
             jl(id="ok2", text=article(2))]
    docs, rejects = _read(tmp_path, "b.jsonl", "\n".join(lines), settings)
    assert [d.record_id for d in docs] == ["ok1", "ok2"]
    got = [(r.record, r.code) for r in rejects]
    assert got == [("line 2", "E104"), ("line 3", "E104"), ("line 4", "E105"), ("line 5", "E104"),
                   ("line 6", "E104"), ("line 7", "E104")]
    assert "not valid JSON" in rejects[0].message and "must be a JSON object" in rejects[1].message
    assert "'id' must be a string or an integer" in rejects[3].message
    assert all(r.source == str(tmp_path / "b.jsonl") for r in rejects)


def test_jsonl_duplicate_ids(tmp_path, settings, store):
    lines = [jl(id="d", text=article(1)), jl(id="e", text=article(2)), jl(id="d", text=article(1)),
             jl(id="d", text=article(3)), jl(id="d", text=article(1), title="changed title")]
    docs, rejects = _read(tmp_path, "dup.jsonl", "\n".join(lines), settings)
    assert [d.record_id for d in docs] == ["d", "e"]  # the exact repeat is read once
    assert [(r.code, r.record) for r in rejects] == [("E201", "line 4 (id 'd')"), ("E201", "line 5 (id 'd')")]
    assert "line 1 (id 'd') has the same id with other content" in rejects[0].message
    rep = pipeline.ingest([str(tmp_path / "dup.jsonl")], store, settings)
    assert (rep.stored, rep.rejected) == (2, 2)
    assert store.get_article("d").text.startswith(article(1).split("\n")[2][:20])


def test_pipeline_refuses_ids_stored_earlier_with_other_content(tmp_path, settings, store):
    (tmp_path / "one.jsonl").write_text(jl(id="s1", text=article(1)) + "\n" + jl(id="s2", text=article(2)))
    assert pipeline.ingest([str(tmp_path / "one.jsonl")], store, settings).stored == 2
    before = store.get_article("s1")
    # the same record again: unchanged; other content under the same id: refused, naming file and line
    (tmp_path / "two.jsonl").write_text(jl(id="s2", text=article(2)) + "\n" + jl(id="s1", text=article(9)) + "\n"
                                        + jl(id="s3", text=article(3)))
    rep = pipeline.ingest([str(tmp_path / "two.jsonl")], store, settings)
    assert (rep.stored, rep.unchanged, rep.rejected) == (1, 1, 1)
    [r] = rep.rejects
    assert (r.source, r.code, r.record) == (str(tmp_path / "two.jsonl"), "E201", "line 2 (id 's1')")
    assert "already stored (from" in r.message and "one.jsonl" in r.message
    after = store.get_article("s1")
    assert (after.text, after.raw, after.source, after.seq) == (before.text, before.raw, before.source, before.seq)
    assert {x["code"] for x in store.rejects()} == {"E201"}
    # same body under another id is another article (a reprint), not silently "unchanged"
    (tmp_path / "three.jsonl").write_text(jl(id="s4", text=article(2)))
    rep = pipeline.ingest([str(tmp_path / "three.jsonl")], store, settings)
    assert rep.stored == 1 and store.get_article("s4").reprint_of == "s2"


def test_jsonl_unicode_line_separators_stay_inside_strings(tmp_path, settings):
    text = article(4) + "\u2028still the same record\u0085and this"
    docs, rejects = _read(tmp_path, "u.jsonl", jl(id="u", text=text) + "\r\n", settings)
    assert rejects == [] and len(docs) == 1 and "still the same record" in docs[0].content


@pytest.mark.parametrize("value,expect", [
    ("2025-03-01", "2025-03-01"), ("2025-03", "2025-03"), ("2025-03-01T10:00:00+02:00", "2025-03-01T10:00:00+02:00"),
    ("Sat, 01 Mar 2025 10:00:00 GMT", "2025-03-01T10:00:00+00:00"), ("0000-01-01", None), ("9999-12-31", None),
    ("1066-10-14", None), ("2025-02-30", None), ("yesterday", None), ("", None), (20250301, None),
    ("１９９９-01-01", None),
])
def test_normalize_published(value, expect):
    assert normalize_published(value) == expect


def test_normalize_language():
    assert [normalize_language(v) for v in ("en-GB", "DE", "pt_BR", "english", "", None, "x1")] == \
        ["en", "de", "pt", None, None, None, None]


# RSS / Atom ------------------------------------------------------------------------------------

def test_rss_entries(tmp_path, settings):
    data = rss([{"title": "Bridge vote", "link": "https://courier.example/1", "guid": "c-1",
                 "pubDate": "Tue, 04 Mar 2025 08:00:00 GMT", "description": feed_html(article(1)), "author": "Ola Brandt"},
                {"title": "Plain", "description": "A plain text summary of a council vote in Saltby, long enough."},
                {"title": "Empty", "guid": "c-3", "description": ""}])
    docs, rejects = _read(tmp_path, "f.rss", data, settings)
    a, b = docs
    assert a.record_id == "c-1" and a.kind == "html" and "<p>" in a.content
    assert a.meta == {"title": "Bridge vote", "url": "https://courier.example/1", "outlet": "Norvik Courier",
                      "byline": "Ola Brandt", "language": "en", "published": "2025-03-04T08:00:00+00:00"}
    assert b.kind == "text" and b.record_id is None and b.location == "entry 2"
    [r] = rejects
    assert (r.code, r.record, r.message) == ("E105", "entry 3 (id 'c-3')", "entry has no content or summary")


def test_atom_content_preferred_over_summary(tmp_path, settings):
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Saltby Post</title><id>urn:x</id><updated>2025-03-02T00:00:00Z</updated>
<entry><title>Harbour wall</title><id>urn:e1</id><updated>2025-03-02T07:00:00Z</updated>
<link href="https://post.example/e1"/><summary>short teaser</summary>
<content type="html">{feed_html(article(5))}</content></entry></feed>""".encode()
    [doc], rejects = _read(tmp_path, "f.atom", atom, settings)
    assert rejects == [] and "Councillors" in doc.content and "teaser" not in doc.content
    assert doc.meta["outlet"] == "Saltby Post" and doc.meta["published"] == "2025-03-02T07:00:00+00:00"
    assert doc.meta["url"] == "https://post.example/e1" and doc.record_id == "urn:e1"


@pytest.mark.parametrize("prolog", [
    '<!DOCTYPE rss [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE rss [<!ENTITY % p SYSTEM "http://127.0.0.1:9/evil.dtd"> %p;]>',
    '<!DOCTYPE rss SYSTEM "http://127.0.0.1:9/x.dtd" [<!ENTITY e "x">]>',
])
def test_entity_attacks_are_refused_before_feedparser(tmp_path, settings, prolog, monkeypatch):
    import feedparser

    called = []
    monkeypatch.setattr(feedparser, "parse", lambda *a, **k: called.append(1))
    docs, [r] = _read(tmp_path, "evil.rss", rss([{"title": "&b;", "description": "d"}], prolog=prolog), settings)
    assert docs == [] and r.code == "E108" and "refused" in r.message and called == []


def test_external_dtd_reference_alone_is_not_fetched(tmp_path, settings):
    # an old RSS 0.91 doctype names a DTD; it is never loaded and harmless
    prolog = '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://127.0.0.1:9/rss-0.91.dtd">'
    docs, rejects = _read(tmp_path, "old.rss", rss([{"title": "T", "description": feed_html(article(1))}], prolog=prolog),
                          settings)
    assert len(docs) == 1 and rejects == []


def test_bad_feeds(tmp_path, settings):
    full = rss([{"title": "T", "description": feed_html(article(1))}])
    _, [r] = _read(tmp_path, "t.rss", full[:-40], settings)
    assert r.code == "E104" and "at line " in r.message and "truncated" in r.message
    _, [r] = _read(tmp_path, "n.xml", b"<?xml version='1.0'?><catalog><book/></catalog>", settings)
    assert r.code == "E101" and "not an RSS or Atom feed" in r.message
    docs, rejects = _read(tmp_path, "nbsp.rss", rss([{"title": "A&nbsp;B", "description": feed_html(article(2))}]),
                          settings)
    assert len(docs) == 1 and rejects == []  # undefined HTML entities: tolerated, feedparser resolves them


# WARC ------------------------------------------------------------------------------------------

def _archive():
    return (warc_record("https://courier.example/a", html_page(article(1)).encode(), n=1)
            + warc_record("https://courier.example/img.png", b"\x89PNG", ctype="image/png", n=2)
            + warc_record("https://courier.example/gone", b"<html>404</html>", status="404 Not Found", n=3)
            + warc_record("https://courier.example/b", html_page(article(2)).encode("cp1251"),
                          ctype="text/html; charset=windows-1251", n=4)
            + warc_record("https://courier.example/req", b"GET / HTTP/1.1\r\n\r\n", wtype="request", n=5))


def test_warc_reads_html_responses(tmp_path, settings):
    for name, data in (("a.warc", _archive()), ("a.warc.gz", gzip.compress(_archive())),
                       ("b.warc.gz", b"".join(gzip.compress(r) for r in [_archive()[:0], _archive()]))):
        docs, rejects = _read(tmp_path, name, data, settings)
        assert rejects == [], name
        assert [d.meta["url"] for d in docs] == ["https://courier.example/a", "https://courier.example/b"]
        assert docs[1].encoding == "windows-1251" or docs[1].encoding == "cp1251"
        assert docs[0].fmt == "warc" and docs[0].location.startswith("record 1 at byte 0")


def test_warc_damage_is_named_and_skipped(tmp_path, settings):
    r1 = warc_record("https://c.example/1", html_page(article(1)).encode(), n=1)
    r2 = warc_record("https://c.example/2", html_page(article(2)).encode(), n=2)
    r3 = warc_record("https://c.example/3", html_page(article(3)).encode(), n=3)
    docs, rejects = _read(tmp_path, "g.warc", r1 + b"junk line\r\n\r\n" + r2 + r3[:200], settings)
    assert [d.meta["url"] for d in docs] == ["https://c.example/1", "https://c.example/2"]
    assert [r.code for r in rejects] == ["E104", "E104"]
    assert rejects[0].record == f"record 2 at byte {len(r1)}" and "malformed WARC record" in rejects[0].message
    assert "truncated" in rejects[1].message and "https://c.example/3" in rejects[1].record
    # a Content-Length that lies (too long) swallows the next record: it is found again
    lying = r2.replace(b"Content-Length: ", b"Content-Length: 99", 1)
    docs, rejects = _read(tmp_path, "l.warc", r1 + lying + r3, settings)
    assert [d.meta["url"] for d in docs] == ["https://c.example/1", "https://c.example/3"]
    assert [r.code for r in rejects] == ["E104"] and "https://c.example/2" in rejects[0].record


def test_warc_gz_truncated_keeps_earlier_records(tmp_path, settings):
    recs = [warc_record(f"https://c.example/{i}", html_page(article(i)).encode(), n=i) for i in range(4)]
    data = b"".join(gzip.compress(r) for r in recs)
    docs, rejects = _read(tmp_path, "t.warc.gz", data[:-30], settings)
    assert len(docs) == 3
    assert {r.code for r in rejects} == {"E104"} and any("gzip data is truncated" in r.message for r in rejects)


def test_warc_record_caps(tmp_path, settings):
    s = settings.replace({"ingest": {"max_record_chars": 10_000}})
    big = warc_record("https://c.example/big", b"<p>" + b"w " * 30_000)
    bomb = warc_record("https://c.example/z", gzip.compress(b"a" * 5_000_000), extra_http="Content-Encoding: gzip\r\n")
    ok = warc_record("https://c.example/ok", html_page(article(1)).encode())
    docs, rejects = _read(tmp_path, "c.warc", big + bomb + ok, s)
    assert [d.meta["url"] for d in docs] == ["https://c.example/ok"]
    assert [r.code for r in rejects] == ["E103", "E103"]
    assert "over the cap of 40000" in rejects[0].message and "decoded HTTP payload" in rejects[1].message


def test_warc_through_pipeline(tmp_path, settings, store):
    (tmp_path / "a.warc.gz").write_bytes(gzip.compress(_archive()))
    rep = pipeline.ingest([str(tmp_path / "a.warc.gz")], store, settings)
    assert rep.stored == 2 and rep.rejected == 0
    assert sorted(a.url for a in store.iter_articles()) == ["https://courier.example/a", "https://courier.example/b"]
    json.dumps(rep.to_dict())
