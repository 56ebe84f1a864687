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
