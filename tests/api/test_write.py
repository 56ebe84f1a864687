"""Write endpoints: tokens, background jobs, uploads in CLI formats, limits, file names."""

import gzip
import json
import os

import pytest

from serve_helpers import TOKEN, make_client

AUTH = {"Authorization": f"Bearer {TOKEN}"}
BODY = ("Tidewater council voted on Friday to close the old Brennvik quay for repairs over the winter months.\n\n"
        "Council member Anja Holt said the work would take eleven weeks.")


def wait_job(c, job):
    c.app.state.jobs.wait(60)
    r = c.get(f"/api/jobs/{job['id']}")
    assert r.status_code == 200
    return r.json()


def test_writes_disabled_without_configured_token(client):
    r = client.post("/api/articles", json={"articles": [{"text": BODY}]}, headers=AUTH)
    assert r.status_code == 403 and r.json()["error"]["code"] == "writes_disabled"
    assert "[serve] token" in r.json()["error"]["message"]
    r = client.post("/api/uploads", files={"files": ("a.txt", BODY.encode())})
    assert r.status_code == 403


def test_missing_and_wrong_token(writable):
    r = writable.post("/api/articles", json={"articles": [{"text": BODY}]})
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
    assert r.headers["www-authenticate"] == "Bearer"
    for bad in ("Bearer nope", f"Bearer {TOKEN}x", f"Basic {TOKEN}", "Bearer "):
        r = writable.post("/api/articles", json={"articles": [{"text": BODY}]}, headers={"Authorization": bad})
        assert r.status_code in (401, 403), bad
        assert r.json()["error"]["code"] in ("forbidden", "unauthorized")
    r = writable.post("/api/uploads", files={"files": ("a.txt", BODY.encode())}, headers={"Authorization": "Bearer no"})
    assert r.status_code == 403
    assert writable.get("/api/health").json()["articles"] == 7  # nothing was written


def test_submit_json_runs_in_background(writable):
    r = writable.post("/api/articles", headers=AUTH, json={"articles": [
        {"id": "tw-1", "outlet": "Tidewater Times", "title": "Quay to close", "published": "2025-05-02", "text": BODY},
        {"id": "tw-2", "outlet": "Tidewater Times", "title": "Short", "text": "Too short."},
    ]})
    assert r.status_code == 202, r.text
    job = r.json()
    assert job["status"] in ("queued", "running", "done") and r.headers["location"] == f"/api/jobs/{job['id']}"
    done = wait_job(writable, job)
    assert done["status"] == "done", done
    ing = done["result"]["ingest"]
    assert (ing["stored"], ing["rejected"]) == (1, 1)
    a = writable.get("/api/articles/tw-1").json()["article"]
    assert a["outlet"] == "Tidewater Times" and a["text"].startswith("Tidewater council voted")
    assert writable.get("/api/search?q=Tidewater").json()["items"][0]["id"] == "tw-1"


@pytest.mark.parametrize("body", [
    {"articles": []},
    {"articles": [{"title": "no body"}]},
    {"articles": [{"text": "   "}]},
    {"articles": [{"text": BODY, "evil": 1}]},
    {"nope": 1},
    [1, 2],
])
def test_invalid_json_bodies(writable, body):
    r = writable.post("/api/articles", json=body, headers=AUTH)
    assert r.status_code == 422 and r.json()["error"]["code"] == "validation_error"


def test_upload_formats_the_cli_reads(writable):
    jsonl = json.dumps({"id": "up-j", "outlet": "Upload Post", "title": "From JSONL", "text": BODY.replace("Friday", "Monday")})
    html = (f"<html><head><title>Quay closure</title></head><body><article><h1>Quay closure</h1>"
            f"<p>{BODY.replace('Friday', 'Sunday')}</p><p>Repairs start in November and the quay reopens in spring, "
            "harbour officials confirmed to residents at a public meeting.</p></article></body></html>")
    files = [
        ("files", ("story.txt", ("Quay closes\n\n" + BODY).encode())),
        ("files", ("feed.jsonl.gz", gzip.compress(jsonl.encode()))),
        ("files", ("page.html", html.encode())),
        ("files", ("empty.txt", b"")),
    ]
    r = writable.post("/api/uploads", files=files, headers=AUTH)
    assert r.status_code == 202, r.text
    done = wait_job(writable, r.json())
    assert done["status"] == "done", done
    ing = done["result"]["ingest"]
    assert ing["stored"] == 3 and ing["rejected"] == 1, ing
    assert writable.get("/api/articles/up-j").json()["article"]["title"] == "From JSONL"


@pytest.mark.parametrize("name", ["../../../../tmp/nw-escape.txt", "/etc/cron.d/nw-escape.txt",
                                  "..\\..\\nw-escape.txt", "....//....//nw-escape.txt", "%2e%2e%2fnw-escape.txt",
                                  "\x00nw-escape.txt", ".."])
def test_upload_names_cannot_escape(writable, tmp_path, name):
    r = writable.post("/api/uploads", files={"files": (name, ("Escape test\n\n" + BODY).encode())}, headers=AUTH)
    assert r.status_code == 202, r.text
    done = wait_job(writable, r.json())
    [label] = done["inputs"]
    prefix, _, base = label.partition("/")
    assert prefix.startswith("upload:") and "/" not in base and "\\" not in base and ".." not in base
    assert not base.startswith(".")
    assert not [n for n in os.listdir("/tmp") if "nw-escape" in n]
    assert not os.path.exists("/tmp/nw-escape.txt") and not os.path.exists("/etc/cron.d/nw-escape.txt")


def test_request_size_limit(writable):
    big = b"x" * 250_000
    r = writable.post("/api/uploads", files={"files": ("big.txt", big)}, headers=AUTH)
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"
    r = writable.post("/api/articles", content=json.dumps({"articles": [{"text": "y" * 250_000}]}),
                      headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 413

    def chunks():  # no Content-Length: the cap holds while streaming
        for _ in range(30):
            yield b"z" * 10_000

    r = writable.post("/api/articles", content=chunks(), headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 413
    assert writable.get("/api/health").json()["articles"] == 7


def test_job_limits(tmp_path):
    import serve_corpus

    serve_corpus.build(tmp_path / "l.db")
    with make_client(tmp_path / "l.db", token=TOKEN, max_json_articles=2, max_upload_files=1, max_pending_jobs=0) as c:
        r = c.post("/api/articles", json={"articles": [{"text": BODY}] * 3}, headers=AUTH)
        assert r.status_code == 422
        r = c.post("/api/uploads", files=[("files", ("a.txt", b"a")), ("files", ("b.txt", b"b"))], headers=AUTH)
        assert r.status_code == 422
        r = c.post("/api/articles", json={"articles": [{"text": BODY}]}, headers=AUTH)
        assert r.status_code == 429 and r.headers["retry-after"] == "5"
    assert c.get("/api/jobs/nope").status_code == 404


def test_write_job_runs_corpus_steps(tmp_path):
    import serve_corpus
    from newsweave import pipeline
    from newsweave.settings import Settings
    from fastapi.testclient import TestClient
    from newsweave.api import create_app

    serve_corpus.build(tmp_path / "u.db")
    calls = []

    @pipeline.register_step("test-serve-probe")
    def probe(store, settings, progress):
        calls.append(store.count_articles())
        return {"seen": store.count_articles()}

    try:
        settings = Settings.load(environ={}, overrides={"serve": {"token": TOKEN}})
        with TestClient(create_app(str(tmp_path / "u.db"), settings)) as c:
            r = c.post("/api/articles", json={"articles": [{"text": BODY}]}, headers=AUTH)
            done = wait_job(c, r.json())
            assert done["status"] == "done" and done["result"]["steps"]["test-serve-probe"] == {"seen": 8}
    finally:
        pipeline.CORPUS_STEPS[:] = [(n, f) for n, f in pipeline.CORPUS_STEPS if n != "test-serve-probe"]
    assert calls == [8]
