"""A big story is shown a section at a time: the detail cuts each list and says its full length,
section endpoints page through every item, and long link lists are capped with their totals."""

import pytest

from newsweave import query
from newsweave.store.sqlite import SQLiteStore

from serve_helpers import make_client

SECTIONS = ("articles", "claims", "disagreements", "single_source", "quotes", "entities", "timeline")


def test_detail_cuts_sections_and_counts_them(client):
    full = client.get("/api/stories/s-ferry?items=1000").json()
    cut = client.get("/api/stories/s-ferry?items=1").json()
    assert full["counts"] == cut["counts"]
    assert full["counts"]["articles"] == 5 and full["counts"]["disagreements"] == 2
    assert full["counts"]["timeline"] == 3 and full["counts"]["claims"] == len(full["matrix"]["rows"]) == 4
    for s in ("articles", "disagreements", "quotes", "entities", "timeline", "single_source"):
        assert len(full[s]) == full["counts"][s]
        assert cut[s] == full[s][:1] or s == "timeline"
    assert cut["matrix"]["rows"] == full["matrix"]["rows"][:1]
    assert cut["matrix"]["columns"] == full["matrix"]["columns"]
    # a cut timeline keeps the event with most sources, in date order
    best = max(full["timeline"], key=lambda t: t["citations_total"])
    assert cut["timeline"][0]["date"] == best["date"]


@pytest.mark.parametrize("section", SECTIONS)
def test_section_pages_cover_every_item_once(client, section):
    full = client.get("/api/stories/s-ferry?items=1000").json()
    got, page = [], 1
    while True:
        r = client.get(f"/api/stories/s-ferry/sections/{section}?per_page=2&page={page}")
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["total"] == full["counts"][section] and body["pages"] == max(1, -(-body["total"] // 2))
        got += body["items"]
        if page >= body["pages"]:
            break
        page += 1
    if section == "claims":
        assert [x["id"] for x in got] == [r["id"] for r in full["matrix"]["rows"]]
        assert [x["cells"] for x in got] == [r["cells"] for r in full["matrix"]["rows"]]
        assert all(x["citations"] and all(c["ok"] for c in x["citations"]) for x in got)
        assert body["columns"] == full["matrix"]["columns"]
    elif section == "timeline":
        assert sorted(x["date"] for x in got) == sorted(t["date"] for t in full["timeline"])
    else:
        assert got == full[section]


def test_section_errors(client):
    r = client.get("/api/stories/s-ferry/sections/nonsense")
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    assert client.get("/api/stories/s-ferry/sections/quotes?page=0").status_code == 422
    assert client.get("/api/stories/s-ferry?items=0").status_code == 422
    assert client.get("/api/stories/nope/sections/quotes").status_code == 404


def test_ledger_endpoint_returns_the_stored_document(client, corpus_db):
    s = SQLiteStore(corpus_db)
    try:
        assert client.get("/api/stories/s-ferry/ledger").json() == s.get_doc("ledger", "s-ferry")
    finally:
        s.close()


def test_long_link_lists_are_capped_with_their_totals(corpus_db, monkeypatch):
    s = SQLiteStore(corpus_db)
    try:
        full = query.story_detail(s, "s-ferry")
        monkeypatch.setattr(query, "LINKS_PER_ITEM", 0)
        monkeypatch.setattr(query, "BRIEF_CARDS", 1)
        query._MODELS.clear()
        cut = query.story_detail(s, "s-ferry")
    finally:
        s.close()
    q_full, q_cut = full["quotes"][0], cut["quotes"][0]
    assert q_full["also_in"] and q_cut["also_in"] == [] and q_cut["also_in_total"] == len(q_full["also_in"])
    for a, b in zip(full["timeline"], cut["timeline"]):
        assert b["citations"] == [] and b["citations_total"] == len(a["citations"]) > 0
    multi = [(a, b) for a, b in zip(full["brief"]["sentences"], cut["brief"]["sentences"]) if len(a["citations"]) > 1]
    assert multi, "the fixture brief has a sentence with two sources"
    for a, b in multi:
        assert len(b["citations"]) == 1 and b["citations_total"] == len(a["citations"])
        assert b["citations"][0] == a["citations"][0]


def test_story_page_links_to_full_sections(corpus_db):
    with make_client(corpus_db, story_section_items=1) as c:
        page = c.get("/stories/s-ferry").text
        assert 'href="/stories/s-ferry/articles"' in page and "all 5 articles" in page
        assert 'href="/stories/s-ferry/disagreements"' in page
        r = c.get("/stories/s-ferry/articles")
        assert r.status_code == 200 and r.text.count('class="outlet"') >= 5
        r = c.get("/stories/s-ferry/claims")
        assert r.status_code == 200 and 'class="matrix"' in r.text
        assert c.get("/stories/s-ferry/nonsense").status_code == 404
