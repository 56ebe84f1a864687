"""URL fetching against real HTTP servers on loopback addresses (http.server in threads)."""

from __future__ import annotations

import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from ingest_cases import ARTICLE, html_page, rss

from newsweave import pipeline
from newsweave.errors import FetchError
from newsweave.ingest import fetch as F
from newsweave.ingest import iter_inputs
from newsweave.model import RawDoc

PAGE = html_page(ARTICLE, title="Lakeside council approves bridge repairs").encode()


class Handler(BaseHTTPRequestHandler):
    hits: list[str] = []
    other_port = 0

    def log_message(self, *a):  # keep test output clean
        pass

    def _send(self, code, body=b"", ctype="text/html; charset=utf-8", headers=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        for k, v in headers:
            self.send_header(k, v)
        if not any(k == "Content-Length" for k, _ in headers) and ("X-No-Length", "1") not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        Handler.hits.append(self.path)
        p = self.path
        if p == "/page":
            self._send(200, PAGE)
        elif p.startswith("/hop/"):
            n = int(p.rsplit("/", 1)[1])
            self._send(302, headers=[("Location", "/page" if n == 0 else f"/hop/{n - 1}")])
        elif p == "/to-loopback":
            self._send(302, headers=[("Location", f"http://127.0.0.1:{Handler.other_port}/page")])
        elif p == "/to-localhost":
            self._send(301, headers=[("Location", f"http://localhost:{Handler.other_port}/page")])
        elif p == "/to-file":
            self._send(302, headers=[("Location", "file:///etc/passwd")])
        elif p == "/big":
            self._send(200, b"<p>" + b"x" * 300_000)
        elif p == "/big-stream":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(100):
                self.wfile.write(b"<p>" + b"y" * 10_000)
        elif p == "/image":
            self._send(200, b"\x89PNG\r\n", ctype="image/png")
        elif p == "/gzip":
            self._send(200, gzip.compress(PAGE), headers=[("Content-Encoding", "gzip")])
        elif p == "/gzbomb":
            self._send(200, gzip.compress(b"<p>" + b"a" * 5_000_000), headers=[("Content-Encoding", "gzip")])
        elif p == "/slow":
            time.sleep(2)
            self._send(200, PAGE)
        elif p == "/feed":
            self._send(200, rss([{"title": "T", "guid": "f1", "description": "A plain text entry about the "
                                  "Norvik bridge vote, long enough to be an article body."}]),
                       ctype="application/rss+xml")
        elif p == "/dtd":
            self._send(200, b"<!ENTITY x 'y'>", ctype="application/xml-dtd")
        else:
            self._send(500, b"oops")


def _serve(host):
    srv = ThreadingHTTPServer((host, 0), Handler)
    srv.daemon_threads = True
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    return srv


@pytest.fixture(scope="module")
def servers():
    a = _serve("127.0.0.1")
    b = _serve("127.0.0.2")  # the whole 127/8 is loopback on Linux: a second "host"
    Handler.other_port = a.server_address[1]
    yield a.server_address[1], b.server_address[1]
    for s in (a, b):
        s.shutdown()
        s.server_close()


def _s(settings, **kw):
    return settings.replace({"fetch": {"enabled": True, "timeout_seconds": 1.0, "max_bytes": 200_000, **kw}})


def test_disabled_by_default(settings, servers):
    [r] = list(iter_inputs([f"http://127.0.0.1:{servers[0]}/page"], settings))
    assert r.code == "E107" and "disabled" in r.message


def test_fetch_page_when_private_allowed(settings, servers):
    url = f"http://127.0.0.1:{servers[0]}/page"
    [doc] = list(iter_inputs([url], _s(settings, allow_private=True)))
    assert isinstance(doc, RawDoc) and doc.source == url and doc.meta["url"] == url and b"Olander" in PAGE
    assert "Olander" in doc.content


def test_loopback_refused_without_allow_private(settings, servers):
    Handler.hits.clear()
    for host in ("127.0.0.1", "localhost", "[::1]", "0x7f.1", "2130706433"):
        [r] = list(iter_inputs([f"http://{host}:{servers[0]}/page"], _s(settings)))
        assert r.code == "E107", (host, r)
        assert "refused" in r.message or "cannot resolve" in r.message, (host, r.message)
    assert Handler.hits == []  # not a single request reached the server


def test_redirects_followed_and_rechecked(settings, servers, monkeypatch):
    port_a, port_b = servers
    s = _s(settings, allow_private=True)
    [doc] = list(iter_inputs([f"http://127.0.0.1:{port_a}/hop/3"], s))
    assert doc.meta["url"] == f"http://127.0.0.1:{port_a}/page"
    [r] = list(iter_inputs([f"http://127.0.0.1:{port_a}/hop/6"], s))
    assert r.code == "E107" and "more than 5 redirects" in r.message
    [r] = list(iter_inputs([f"http://127.0.0.1:{port_a}/to-file"], s))
    assert "only http and https" in r.message
    # 127.0.0.2 plays a public host; its redirect to loopback must be refused by the real check
    real = F.address_allowed
    monkeypatch.setattr(F, "address_allowed", lambda ip, allow=False: ip == "127.0.0.2" or real(ip, allow))
    Handler.hits.clear()
    for path in ("/to-loopback", "/to-localhost"):
        [r] = list(iter_inputs([f"http://127.0.0.2:{port_b}{path}"], _s(settings)))
        assert r.code == "E107" and "refused" in r.message and ("127.0.0.1" in r.message or "::1" in r.message), r
    assert Handler.hits == ["/to-loopback", "/to-localhost"]  # the loopback /page was never requested


def test_size_type_gzip_timeout(settings, servers):
    port = servers[0]
    s = _s(settings, allow_private=True)
    cases = {
        "/big": "over fetch.max_bytes", "/big-stream": "cut off", "/image": "is not HTML",
        "/gzbomb": "decompresses to more than 200000", "/slow": "timed out", "/nothing": "answered 500",
    }
    for path, msg in cases.items():
        t0 = time.monotonic()
        [r] = list(iter_inputs([f"http://127.0.0.1:{port}{path}"], s))
        assert r.code == "E107" and msg in r.message, (path, r)
        assert time.monotonic() - t0 < 1.8
    [doc] = list(iter_inputs([f"http://127.0.0.1:{port}/gzip"], s))
    assert "Olander" in doc.content
    [doc] = list(iter_inputs([f"http://127.0.0.1:{port}/feed"], s))
    assert doc.fmt == "feed" and doc.record_id == "f1"


def test_fetch_through_pipeline(settings, servers, store):
    rep = pipeline.ingest([f"http://127.0.0.1:{servers[0]}/page"], store, _s(settings, allow_private=True))
    assert rep.stored == 1
    [a] = list(store.iter_articles())
    assert a.url == f"http://127.0.0.1:{servers[0]}/page" and a.title == "Lakeside council approves bridge repairs"


@pytest.mark.parametrize("ip,ok", [
    ("8.8.8.8", True), ("2001:4860:4860::8888", True), ("93.184.216.34", True),
    ("127.0.0.1", False), ("127.255.0.9", False), ("10.1.2.3", False), ("172.16.0.1", False), ("192.168.1.1", False),
    ("169.254.169.254", False), ("100.64.0.1", False), ("0.0.0.0", False), ("224.0.0.1", False), ("240.0.0.1", False),
    ("255.255.255.255", False), ("::1", False), ("::", False), ("fe80::1", False), ("fc00::1", False),
    ("ff02::1", False), ("::ffff:127.0.0.1", False), ("::ffff:10.0.0.1", False), ("2002:7f00:0001::1", False),
    ("192.0.2.1", False), ("198.18.0.1", False), ("not an ip", False),
])
def test_address_policy(ip, ok):
    assert F.address_allowed(ip) is ok
    assert F.address_allowed(ip, allow_private=True) is (ip not in ("0.0.0.0", "::", "not an ip"))


def test_every_resolved_address_is_checked(settings, monkeypatch):
    monkeypatch.setattr(F, "resolve", lambda host, port: ["93.184.216.34", "10.0.0.7"])
    with pytest.raises(FetchError, match=r"refused: .*10\.0\.0\.7"):
        F.fetch("http://mixed.example/", _s(settings))


def test_feed_external_dtd_is_never_fetched(tmp_path, settings, servers):
    from newsweave.ingest import read_path

    Handler.hits.clear()
    prolog = f'<!DOCTYPE rss SYSTEM "http://127.0.0.1:{servers[0]}/dtd">'
    p = tmp_path / "f.rss"
    p.write_bytes(rss([{"title": "T", "description": "A plain entry about the Saltby harbour wall repairs."}],
                      prolog=prolog))
    [doc] = list(read_path(str(p), settings))
    assert isinstance(doc, RawDoc) and Handler.hits == []
