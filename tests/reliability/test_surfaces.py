"""Items 5-7, gaps the API/web/fetch suites leave: probes that arrive through the real ingest
pipeline (not a hand-made store) and every address form a fetch could be tricked with.

tests/api, tests/web and tests/ingest/test_ingest_fetch.py cover schemathesis, tokens, size limit,
FTS errors, upload names, browser XSS probes, CSP and the loopback fetch server; this file adds:

* hostile JSONL records (script tags, event handlers, ``javascript:`` URLs, RTL overrides, odd ids)
  ingested with ``pipeline.process``; every HTML page and API answer that shows them keeps them
  inert text, and every response (errors included) carries the restrictive CSP;
* ``address_allowed`` and ``_checked_target`` against IPv4/IPv6 forms of private, loopback,
  link-local (cloud metadata), CGNAT, multicast and mapped addresses, and URL userinfo tricks.
"""

from __future__ import annotations

import json
import re

import pytest

PROBES = {
    "title": "<script>window.__nw='title'</script>Ferry <b>strike</b>",
    "outlet": "<img src=x onerror=\"window.__nw='outlet'\">Drovik Wire",
    "url": "javascript:window.__nw='url'",
    "line": "<svg onload=\"window.__nw='body'\"></svg> and <a href=\"javascript:alert(1)\">click here</a>",
}
BODY = ("The ferry crews of Port Elsmere walked out on Tuesday over new rosters, stranding commuters. "
        "Union leader Odo Brennick said talks would resume within days. ")


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from newsweave import pipeline
    from newsweave.api.app import create_app
    from newsweave.settings import Settings
    from newsweave.store.sqlite import SQLiteStore

    d = tmp_path_factory.mktemp("surfaces")
    recs = [
        {"id": "probe-1", "title": PROBES["title"], "outlet": PROBES["outlet"], "url": PROBES["url"],
         "published": "2025-03-04", "text": BODY * 2 + "\n\n" + PROBES["line"] + "\n\n" + BODY},
        {"id": "../../../etc/passwd", "title": "\u202eevil title", "outlet": PROBES["outlet"],
         "published": "2025-03-05", "text": BODY * 3},
        {"id": "<b>id</b>", "title": "plain", "outlet": "Kallan Bay Courier", "published": "2025-03-06",
         "text": BODY * 2 + " A second report."},
    ]
    (d / "probes.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs))
    s = Settings.load(environ={})
    with SQLiteStore(d / "h.db") as store:
        r = pipeline.process([str(d / "probes.jsonl")], store, s)
        assert r["ingest"]["stored"] == 3, r["ingest"]
    app = create_app(str(d / "h.db"), s)
    with TestClient(app) as c:
        yield c


def _pages(client) -> list[str]:
    from urllib.parse import quote

    paths = ["/", "/outlets", "/entities", "/search?q=ferry", "/articles/probe-1",
             "/articles/" + quote("<b>id</b>", safe=""), "/outlets/" + quote(PROBES["outlet"], safe="")]
    listing = client.get("/api/stories").json()
    items = listing if isinstance(listing, list) else next((v for v in listing.values() if isinstance(v, list)), [])
    paths += [f"/stories/{quote(st['id'], safe='')}" for st in items if isinstance(st, dict) and "id" in st]
    return paths


def test_ingested_probes_render_inert(hostile_app):
    seen = 0
    for path in _pages(hostile_app):
        r = hostile_app.get(path)
        assert r.status_code < 500, (path, r.status_code)
        assert "default-src 'none'" in r.headers.get("content-security-policy", ""), path
        if r.status_code != 200 or "text/html" not in r.headers.get("content-type", ""):
            continue
        html = r.text
        seen += 1
        assert "<script>window.__nw" not in html, path
        assert not re.search(r"<(img|svg)[^>]*\bon(error|load)\s*=", html, re.I), path
        assert not re.search(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", html, re.I), path
        assert "<b>id</b>" not in html and "<b>strike</b>" not in html, path
    assert seen >= 4


def test_probe_article_shows_the_probes_as_text(hostile_app):
    html = hostile_app.get("/articles/probe-1").text
    assert "&lt;script&gt;window.__nw=" in html
    assert "&lt;svg onload=" in html


def test_api_answers_json_never_html(hostile_app):
    for path in ("/api/articles/probe-1", "/api/search?q=ferry", "/api/outlets", "/api/articles/nope",
                 "/api/search?q=%22unclosed"):
        r = hostile_app.get(path)
        assert r.headers["content-type"].startswith("application/json"), path
        assert r.headers.get("x-content-type-options") == "nosniff"
        assert r.status_code < 500
    assert hostile_app.get("/api/search?q=%22unclosed").status_code == 400


def test_traversal_shaped_id_is_just_an_id(hostile_app):
    r = hostile_app.get("/api/articles/../../../etc/passwd")
    assert r.status_code in (200, 404)
    assert "root:" not in r.text
    r = hostile_app.get("/api/articles/%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fpasswd")
    assert "root:" not in r.text


@pytest.mark.parametrize("ip", [
    "127.0.0.1", "127.255.255.254", "0.0.0.0", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
    "100.64.0.1", "224.0.0.1", "255.255.255.255", "198.18.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12::1",
    "::ffff:127.0.0.1", "::ffff:169.254.169.254", "2002:7f00:1::", "64:ff9b::7f00:1", "ff02::1", "fe80::1%eth0",
    "not-an-ip", "",
])
def test_internal_addresses_refused(ip):
    from newsweave.ingest.fetch import address_allowed

    assert not address_allowed(ip)


@pytest.mark.parametrize("ip", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "1.1.1.1"])
def test_public_addresses_allowed(ip):
    from newsweave.ingest.fetch import address_allowed

    assert address_allowed(ip)


@pytest.mark.parametrize("url", [
    "http://example.com@127.0.0.1/", "http://127.0.0.1#@example.com/",
    "http://[::ffff:7f00:1]/", "http://0177.0.0.1/", "http://127.1/", "http://0/", "http://[0:0:0:0:0:0:0:1]/",
    "http://LOCALHOST./", "http://169.254.169.254/latest/meta-data/", "file:///etc/passwd", "gopher://127.0.0.1/",
    "ftp://example.com/", "http:///nohost", "http://example.com:99999/",
])
def test_checked_target_refuses_tricks(url, monkeypatch):
    # (``http://127.0.0.1:80\\@example.com/`` is not here: Python takes example.com as the host, checks
    # it, and the connection goes to the very address checked, so it cannot reach loopback)
    from newsweave.errors import FetchError
    from newsweave.ingest import fetch as F

    real = F.resolve
    # example.com must not be what gets checked when the real host is loopback: resolve the real
    # resolver for IP literals and localhost, and a public address for anything else
    monkeypatch.setattr(F, "resolve", lambda host, port: real(host, port) if host[0].isdigit() or ":" in host
                        or host.lower().startswith("localhost") else ["93.184.216.34"])
    with pytest.raises(FetchError):
        F._checked_target(url, False)
