"""Server processes share rendered pages through a SQLite file, dropped when the data changes."""

import os
import subprocess
import sys
import time

import httpx

import serve_corpus
from newsweave.api import create_app
from newsweave.api.cache import ResponseCache
from newsweave.settings import Settings
from newsweave.store.sqlite import SQLiteStore
from fastapi.testclient import TestClient
from serve_live import free_port


def test_a_page_rendered_by_one_process_is_served_by_another(tmp_path, monkeypatch):
    serve_corpus.build(tmp_path / "c.db")
    monkeypatch.setenv("NEWSWEAVE_SERVE_PAGES", str(tmp_path / "pages.sqlite"))
    settings = Settings.load(environ={})
    first, second = create_app(str(tmp_path / "c.db"), settings), create_app(str(tmp_path / "c.db"), settings)
    with TestClient(first) as a, TestClient(second) as b:
        page = a.get("/stories/s-ferry").text
        a.get("/stories/s-bridge")
        # the second app never renders it: its renderer would fail
        calls = []
        orig = second.state.cache.get_or_render
        second.state.cache.get_or_render = lambda key, render: orig(key, lambda: calls.append(key) or b"fresh")
        assert b.get("/stories/s-ferry").text == page and calls == []
        packed = b.get("/stories/s-ferry", headers={"Accept-Encoding": "gzip"})
        assert packed.headers["content-encoding"] == "gzip" and packed.text == page

        other = SQLiteStore(tmp_path / "c.db")  # the data changes: no process may serve the old page
        doc = other.get_doc("story", "s-ferry")
        other.put_doc("story", "s-ferry", {**doc, "title": "Ferry strike, day two"})
        other.close()
        assert "Ferry strike, day two" in a.get("/stories/s-ferry").text
        assert b.get("/stories/s-ferry").text == a.get("/stories/s-ferry").text and calls == []
        # rendered before the change only: rendered again, never served from the old stamp
        assert b.get("/stories/s-bridge").text == "fresh" and calls == ["/stories/s-bridge?"]


def test_a_broken_pages_file_costs_a_render_not_a_request(tmp_path):
    serve_corpus.build(tmp_path / "c.db")
    store = SQLiteStore(tmp_path / "c.db")
    try:
        cache = ResponseCache(store, 8, shared=str(tmp_path / "pages.sqlite"))
        (tmp_path / "pages.sqlite").write_bytes(b"not a database" * 100)
        cache.shared.local.conn = None
        assert cache.get_or_render("k", lambda: b"body") == b"body"
    finally:
        store.close()


def test_serve_with_two_workers_answers_and_cleans_up(tmp_path):
    serve_corpus.build(tmp_path / "c.db")
    port = free_port()
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "-m", "newsweave", "serve", "--db", str(tmp_path / "c.db"), "--port", str(port),
                             "--workers", "2", "-q"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, proc.stderr.read().decode()[-2000:]
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)
        for _ in range(6):  # several connections, so both processes answer
            with httpx.Client() as c:
                r = c.get(f"http://127.0.0.1:{port}/stories/s-ferry")
                assert r.status_code == 200 and "Portvale ferry crews strike" in r.text
        pages = list(tmp_path.glob("newsweave-pages-*/pages.sqlite"))
        assert len(pages) == 1
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert not list(tmp_path.glob("newsweave-pages-*"))
