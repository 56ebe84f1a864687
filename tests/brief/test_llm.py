"""The abstractive rewrite against a fake OpenAI-compatible server on 127.0.0.1."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from newsweave.brief import build_brief, check_citations
from newsweave.brief.llm import split_generated


class FakeLLM(BaseHTTPRequestHandler):
    requests: list = []

    def do_POST(self):  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakeLLM.requests.append({"path": self.path, "body": body, "auth": self.headers.get("Authorization")})
        user = body["messages"][-1]["content"]
        # a faithful rephrase of [S1] and an invented sentence with a wrong number citing [S1]
        first = next(line for line in user.splitlines() if line.startswith("[S1] "))[5:]
        faithful = first.rstrip(".")
        invented = "The repair will cost 95 million crowns and take ten years."
        content = f"{faithful}. [S1]\n{invented} [S1]\nNo source for this one at all."
        data = json.dumps({"choices": [{"message": {"role": "assistant", "content": content}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *a):
        pass


@pytest.fixture
def fake_llm():
    srv = HTTPServer(("127.0.0.1", 0), FakeLLM)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    FakeLLM.requests = []
    yield f"http://127.0.0.1:{srv.server_address[1]}/v1"
    srv.shutdown()
    srv.server_close()
    t.join(5)


def test_rewrite_keeps_faithful_drops_invented(dam_store, settings, fake_llm, monkeypatch):
    monkeypatch.setenv("TEST_LLM_KEY", "sekret")
    s = settings.replace({"brief": {"abstractive": True, "llm_url": fake_llm, "llm_model": "tiny",
                                    "llm_api_key_env": "TEST_LLM_KEY"}})
    b = build_brief(dam_store, "s1", s)
    req = FakeLLM.requests[0]
    assert req["path"] == "/v1/chat/completions" and req["body"]["model"] == "tiny"
    assert req["auth"] == "Bearer sekret" and "sekret" not in json.dumps(b)
    rw = b["rewrite"]
    assert rw["kept"] == 1 and b["method"].endswith("+rewrite")
    assert [s["generated"] for s in b["sentences"]] == [True]
    dropped = {d["text"]: d["reason"] for d in rw["dropped"]}
    bad = "The repair will cost 95 million crowns and take ten years."
    assert bad in dropped and "95" in dropped[bad]
    assert dropped["No source for this one at all."] == "cites no source sentence"
    assert b["extractive_sentences"]  # the extractive summary is kept beside it
    assert check_citations(dam_store, b) == []


def test_rewrite_endpoint_down_keeps_extractive(dam_store, settings):
    s = settings.replace({"brief": {"abstractive": True, "llm_url": "http://127.0.0.1:9/v1", "llm_timeout_seconds": 2}})
    b = build_brief(dam_store, "s1", s)
    assert b["rewrite"]["error"] and not any(x.get("generated") for x in b["sentences"])
    assert check_citations(dam_store, b) == []


def test_checker_rejects_generated_sentence_with_new_number(dam_store, settings):
    b = build_brief(dam_store, "s1", settings)
    c = b["sentences"][0]["citations"][:1]
    b["sentences"] = [{"text": "The board approved it on Tuesday after 99 cracks appeared.", "citations": c, "generated": True}]
    assert any("numbers not in the cited spans: 99" in p for p in check_citations(dam_store, b))


def test_split_generated_tags():
    assert split_generated("A is so. [S2] B is so [S1][S3].") == [("A is so.", [2]), ("B is so.", [1, 3])]
