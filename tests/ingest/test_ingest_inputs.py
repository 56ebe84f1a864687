"""Directories (sorted, hidden skipped, symlink loops), standard input and format sniffing."""

from __future__ import annotations

import gzip
import io
import os

from ingest_cases import ARTICLE, article, html_page, jl, rss, warc_record

from newsweave.ingest import iter_inputs
from newsweave.ingest.dispatch import sniff, walk
from newsweave.model import RawDoc, Reject


def _tree(root):
    (root / "b").mkdir(parents=True)
    (root / "a").mkdir()
    (root / "a" / "z.txt").write_text(article(1))
    (root / "a" / "y.txt").write_text(article(2))
    (root / "b" / "x.jsonl").write_text(jl(id="j", text=article(3)))
    (root / "c.txt").write_text(article(4))
    (root / ".hidden").mkdir()
    (root / ".hidden" / "h.txt").write_text(article(5))
    (root / ".h.txt").write_text(article(6))


def test_directories_sorted_hidden_skipped(tmp_path, settings):
    _tree(tmp_path / "in")
    got = [r.source.split("/in/")[1] for r in iter_inputs([str(tmp_path / "in")], settings)]
    assert got == ["a/y.txt", "a/z.txt", "b/x.jsonl", "c.txt"]


def test_symlink_loops_end(tmp_path, settings):
    root = tmp_path / "in"
    _tree(root)
    os.symlink(root, root / "a" / "loop")
    os.symlink(root / "b", root / "b2")
    os.symlink(root / "c.txt", root / "d-link.txt")
    # not following directory links (default): reported, not entered
    out = list(iter_inputs([str(root)], settings))
    rejects = [r for r in out if isinstance(r, Reject)]
    assert {r.source.split("/in/")[1] for r in rejects} == {"a/loop", "b2"}
    assert all(r.code == "E101" and "follow_symlinks" in r.message for r in rejects)
    assert sum(isinstance(r, RawDoc) for r in out) == 5  # file links are read
    # following: each directory entered once, the loop ends
    follow = settings.replace({"ingest": {"follow_symlinks": True}})
    out = list(iter_inputs([str(root)], follow))
    assert sum(isinstance(r, RawDoc) for r in out) == 5
    assert [r.code for r in out if isinstance(r, Reject)] == ["E101", "E101"]  # a/loop (root again), b2 (b again)


def test_deep_directory_does_not_recurse(tmp_path):
    d = tmp_path / "deep"
    p = d
    for _ in range(300):
        p = p / "d"
    p.mkdir(parents=True)
    (p / "f.txt").write_text("x")
    assert [x.name for x in walk(d, False)] == ["f.txt"]


def test_unreadable_and_missing(tmp_path, settings):
    out = list(iter_inputs([str(tmp_path / "nope.txt"), str(tmp_path / "nope")], settings))
    assert [(r.code, r.message) for r in out] == [("E106", "no such file or directory")] * 2
    os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.txt")
    [r] = list(iter_inputs([str(tmp_path)], settings))
    assert r.code == "E106" and r.source.endswith("dangling.txt")


def test_stdin_is_sniffed(settings):
    cases = {
        "txt": ARTICLE.encode(),
        "jsonl": (jl(id="s1", text=article(1)) + "\n" + jl(id="s2", text=article(2))).encode(),
        "html": html_page(ARTICLE).encode(),
        "feed": rss([{"title": "T", "description": "plain text entry about a vote in Saltby harbour today"}]),
        "warc": warc_record("https://c.example/a", html_page(article(1)).encode()),
    }
    for fmt, data in cases.items():
        for blob in (data, gzip.compress(data)):
            out = list(iter_inputs(["-"], settings, stdin=io.BytesIO(blob)))
            assert out and all(isinstance(r, RawDoc) and r.source == "<stdin>" for r in out), (fmt, out)
            assert out[0].fmt == {"txt": "txt", "jsonl": "jsonl", "html": "html", "feed": "feed", "warc": "warc"}[fmt]


def test_stdin_caps_and_empty(settings):
    small = settings.replace({"ingest": {"max_file_bytes": 100}})
    [r] = list(iter_inputs(["-"], small, stdin=io.BytesIO(b"x" * 101)))
    assert (r.source, r.code) == ("<stdin>", "E103")
    [r] = list(iter_inputs(["-"], settings, stdin=io.BytesIO(b"")))
    assert (r.source, r.code) == ("<stdin>", "E105")


def test_sniff():
    assert sniff(b"  WARC/1.1\r\n") == "warc"
    assert sniff(b"\xef\xbb\xbf{\"a\": 1}") == "jsonl"
    assert sniff(b"[{}]") == "json-array"
    assert sniff(b"<?xml version='1.0'?><rss>") == "feed"
    assert sniff(b"<!DOCTYPE html><html>") == "html"
    assert sniff(b"Plain title\n\nBody") == "txt"


def test_unknown_extension_is_sniffed_and_json_array_explained(tmp_path, settings):
    (tmp_path / "page.php").write_bytes(html_page(ARTICLE).encode())
    (tmp_path / "dump.json").write_bytes(b'[{"id": 1, "text": "x"}]')
    out = list(iter_inputs([str(tmp_path)], settings))
    assert out[0].code == "E101" and "JSON Lines" in out[0].message
    assert isinstance(out[1], RawDoc) and out[1].fmt == "html"
