"""Read endpoints: filters, pagination, story detail with evidence, errors as JSON."""

import pytest


def err(r, status, code):
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and body["error"]["code"] == code and body["error"]["message"]
    return body["error"]["message"]


def ids(r):
    assert r.status_code == 200, r.text
    return [s["id"] for s in r.json()["items"]]


def test_story_list_filters_and_sorting(client):
    assert ids(client.get("/api/stories")) == ["s-bridge", "s-ferry"]
    assert ids(client.get("/api/stories?sort=oldest")) == ["s-ferry", "s-bridge"]
    assert ids(client.get("/api/stories?sort=contested")) == ["s-ferry", "s-bridge"]
    assert ids(client.get("/api/stories?language=de")) == ["s-ferry"]
    assert ids(client.get("/api/stories?outlet=coastline%20wire")) == ["s-ferry"]
    assert ids(client.get("/api/stories?entity=Marrow")) == ["s-ferry"]
    assert ids(client.get("/api/stories?entity=person:odile-fenn")) == ["s-bridge"]
    assert ids(client.get("/api/stories?from=2025-04-01")) == ["s-bridge"]
    assert ids(client.get("/api/stories?to=2025-03-31")) == ["s-ferry"]
    assert ids(client.get("/api/stories?from=2025-03-04&to=2025-03-04")) == ["s-ferry"]
    assert ids(client.get("/api/stories?q=rosters")) == ["s-ferry"]
    assert ids(client.get("/api/stories?q=%22eight%20months%22")) == ["s-bridge"]
    assert ids(client.get("/api/stories?q=nothingmatches")) == []
    page = client.get("/api/stories?per_page=1&page=2").json()
    assert (page["total"], page["pages"], [s["id"] for s in page["items"]]) == (2, 2, ["s-ferry"])
    s = client.get("/api/stories?outlet=Island%20Daily").json()["items"][0]
    assert s["facts"] == {"corroborated": 1, "single_source": 1, "contested": 2}
    assert s["independent_sources"] == 4 and s["languages"] == ["en", "de"]


@pytest.mark.parametrize("url,code", [
    ("/api/stories?from=yesterday", "bad_query"),
    ("/api/stories?sort=random", "bad_query"),
    ("/api/stories?q=%22unclosed", "bad_query"),
    ("/api/stories?page=0", "validation_error"),
    ("/api/stories?per_page=100000", "validation_error"),
    ("/api/search?q=AND", "bad_query"),
    ("/api/search?q=ferry%20NOT", "bad_query"),
    ("/api/search?q=(", "bad_query"),
    ("/api/search?q=%20", "bad_query"),
    ("/api/search", "validation_error"),
    ("/api/outlets?sort=x", "bad_query"),
])
def test_bad_requests_are_4xx_with_json_body(client, url, code):
    r = client.get(url)
    assert 400 <= r.status_code < 500
    err(r, r.status_code, code)


def test_not_found(client):
    err(client.get("/api/stories/nope"), 404, "not_found")
    err(client.get("/api/articles/nope"), 404, "not_found")
    err(client.get("/api/entities/person:nobody"), 404, "not_found")
    err(client.get("/api/outlets/Nobody%20Times"), 404, "not_found")
    err(client.get("/api/stories/s-ferry/versions/9"), 404, "not_found")
    err(client.get("/api/no/such/route"), 404, "not_found")
    err(client.delete("/api/stories"), 405, "method_not_allowed")


def test_merged_story_redirects(client):
    r = client.get("/api/stories/s-old", follow_redirects=False)
    assert r.status_code == 301 and r.headers["location"] == "/api/stories/s-ferry"


def test_story_detail(client):
    d = client.get("/api/stories/s-ferry").json()
    assert d["story"]["title"] == "Portvale ferry crews strike"
    assert [a["id"] for a in d["articles"]] == ["hh-1", "sg-1", "cw-1", "nk-1", "id-1"]
    assert d["articles"][-1]["reprint_of"] == "cw-1"
    cols = d["matrix"]["columns"]
    assert [c["outlet"] for c in cols] == ["Harbour Herald", "Saltmere Gazette", "Coastline Wire", "Island Daily",
                                           "Nordkueste Kurier"]
    assert cols[3]["folded_into"] == "Coastline Wire"
    by_claim = {r["id"]: [c["state"] for c in r["cells"]] for r in d["matrix"]["rows"]}
    assert by_claim["c2"] == ["supports", "contradicts", "silent", "silent", "supports"]
    assert by_claim["c3"] == ["supports", "silent", "contradicts", "silent", "supports"]
    # every citation resolves to the exact characters and its whole sentence
    for s in d["brief"]["sentences"]:
        for c in s["citations"]:
            assert c["ok"] and c["text"] and c["before"] + c["text"] + c["after"]
    c = d["brief"]["sentences"][1]["citations"][1]
    assert (c["text"], c["after"]) == ("Some 45 crew members stopped work", ", according to the Saltmere council.")
    assert [(x["kind"], x["a_value"], x["b_value"]) for x in d["disagreements"]] == [("number", "40", "45"),
                                                                                    ("date", "2025-03-12", "2025-03-14")]
    assert d["disagreements"][0]["b"]["outlet"] == "Saltmere Gazette"
    assert d["disagreements"][0]["pairs"] == 1 and d["disagreements"][0]["a_more"] == []
    assert [x["id"] for x in d["single_source"]] == ["c4"]
    q = d["quotes"][0]
    assert q["verified"] and q["speaker"] == "Ilse Marrow" and q["also_in"][0]["outlet"] == "Coastline Wire"
    assert [(t["date"], t["scheduled"]) for t in d["timeline"]] == [("2025-03-03", False), ("2025-03-12", True),
                                                                   ("2025-03-14", True)]
    assert {e["key"] for e in d["entities"]} == {"person:ilse-marrow", "gpe:portvale", "loc:saltmere-island"}
    assert [v["version"] for v in d["versions"]] == [1, 2]
    assert d["versions"][1]["new"] == ["Reports put the number of strikers at 40 or 45.",
                                       "Talks are due to resume on 12 or 14 March."]
    assert not d["brief_stale"] and not d["ledger_stale"]


def test_story_without_ledger_or_brief(tmp_path):
    from serve_helpers import make_client
    import serve_corpus
    from newsweave.store.sqlite import SQLiteStore

    serve_corpus.build(tmp_path / "x.db")
    s = SQLiteStore(tmp_path / "x.db")
    s.delete_docs("ledger")
    s.delete_docs("brief")
    s.put_doc("story", "s-ferry", {**s.get_doc("story", "s-ferry"), "version": 3})
    s.close()
    with make_client(tmp_path / "x.db") as c:
        d = c.get("/api/stories/s-ferry").json()
        assert d["brief"] is None and d["ledger"] is None and d["matrix"] is None and d["versions"] == []
        assert c.get("/api/stories").json()["items"][1]["facts"] is None
        assert c.get("/stories/s-ferry").status_code == 200
        assert "has not been computed yet" in c.get("/stories/s-ferry").text


def test_versions_endpoints(client):
    v = client.get("/api/stories/s-ferry/versions").json()
    assert [x["sentences"] for x in v] == [1, 3]
    assert client.get("/api/stories/s-ferry/versions/1").json()["headline"] == "Ferry crews strike in Portvale"


def test_article_detail(client):
    d = client.get("/api/articles/hh-1").json()
    assert d["article"]["outlet"] == "Harbour Herald" and d["story"]["id"] == "s-ferry"
    assert d["article"]["removed"][0]["reason"] == "related_links"
    assert [b["kind"] for b in d["blocks"]] == ["text"] * 4 + ["removed"]
    text = d["article"]["text"]
    assert all(text[b["start"]:b["end"]] == b["text"] for b in d["blocks"] if b["kind"] == "text")
    assert client.get("/api/articles/cw-1").json()["reprints"][0]["id"] == "id-1"
    assert client.get("/api/articles/id-1").json()["reprint_of"]["outlet"] == "Coastline Wire"


def test_entities_outlets_search(client):
    e = client.get("/api/entities?q=marrow").json()["items"]
    assert [x["key"] for x in e] == ["person:ilse-marrow"] and e[0]["variants"] == ["Marrow"]
    assert client.get("/api/entities?type=LOC").json()["total"] == 1
    d = client.get("/api/entities/person:ilse-marrow").json()
    assert [s["id"] for s in d["story_list"]] == ["s-ferry"]
    outlets = {o["name"]: o for o in client.get("/api/outlets").json()}
    assert outlets["Coastline Wire"]["reprints_given"] == 1 and outlets["Island Daily"]["reprints_taken"] == 1
    assert outlets["Saltmere Gazette"]["single_source_share"] == 0.5
    assert outlets["Harbour Herald"]["contradictions"] == 2
    o = client.get("/api/outlets/Harbour%20Herald").json()
    assert o["articles"] == 2 and {a["id"] for a in o["recent_articles"]} == {"hh-1", "hh-2"}
    hits = client.get("/api/search?q=ferry&per_page=2").json()
    assert len(hits["items"]) == 2 and hits["has_more"]
    assert {h["story_id"] for h in client.get("/api/search?q=ferry").json()["items"]} == {"s-ferry"}
    assert client.get("/api/search?q=strik*").json()["total"] >= 3


def test_openapi_published(client):
    schema = client.get("/api/openapi.json").json()
    paths = schema["paths"]
    for p in ("/api/stories", "/api/stories/{story_id}", "/api/search", "/api/articles", "/api/uploads",
              "/api/jobs/{job_id}", "/api/outlets/{name}", "/api/entities/{key}"):
        assert p in paths
    assert not any(p.startswith("/stories") for p in paths)  # pages are not API


def test_cache_follows_writes(tmp_path):
    import serve_corpus
    from serve_helpers import make_client
    from newsweave.store.sqlite import SQLiteStore

    serve_corpus.build(tmp_path / "c.db")
    with make_client(tmp_path / "c.db") as c:
        assert c.get("/api/stories").json()["total"] == 2
        assert "Portvale ferry crews strike" in c.get("/").text
        other = SQLiteStore(tmp_path / "c.db")  # another writer, e.g. `newsweave run` next to the server
        doc = other.get_doc("story", "s-ferry")
        other.put_doc("story", "s-ferry", {**doc, "title": "Ferry strike, day two"})
        other.put_doc("story", "s-new", {**doc, "id": "s-new", "title": "Another story"})
        other.close()
        assert c.get("/api/stories").json()["total"] == 3
        assert "Ferry strike, day two" in c.get("/").text


def test_big_bodies_are_gzipped_for_clients_that_accept_it(client):
    import gzip

    sid = client.get("/api/stories").json()["items"][0]["id"]
    for url in (f"/stories/{sid}", f"/api/stories/{sid}"):
        plain = client.get(url, headers={"Accept-Encoding": "identity"})
        assert "content-encoding" not in plain.headers and plain.headers["vary"] == "Accept-Encoding"
        for _ in range(2):  # rendered, then from the cache
            packed = client.get(url, headers={"Accept-Encoding": "gzip, deflate"})
            assert packed.headers["content-encoding"] == "gzip"
            assert packed.content == plain.content  # httpx decodes it
            assert int(packed.headers["content-length"]) < len(plain.content)
    small = client.get("/api/health", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in small.headers
