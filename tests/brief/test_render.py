import re

from newsweave.brief import build_brief, check_citations, render_html, render_markdown
from newsweave.model import Article

EVIL = ('<script>alert(1)</script> The harbour office of Brinmoor said the new quay opens on Friday with 40 berths. '
        '[click](javascript:alert(2)) <img src=x onerror=alert(3)> Officials of Brinmoor confirmed the 40 berths.')


def evil_store(store):
    arts = [Article(id=f"e{i}", source="x", fmt="txt", raw=EVIL, extracted=EVIL, text=EVIL,
                    title='<b onmouseover="x()">Quay</b>', outlet="Out<let>", url=url, published="2025-01-0%d" % (i + 1))
            for i, url in enumerate(["javascript:alert(4)", "https://example.org/a?x=\"y\""])]
    store.put_articles(arts)
    store.put_doc("story", "evil", {"id": "evil", "title": "<script>t()</script>", "article_ids": ["e0", "e1"], "version": 1})
    return {a.id: a.text for a in arts}


def test_html_escapes_untrusted_text_and_is_self_contained(store, settings):
    texts = evil_store(store)
    b = build_brief(store, "evil", settings.replace({"brief": {"min_words": 3}}))
    assert b["sentences"] and check_citations(store, b) == []
    page = render_html(b, texts)
    assert "<script" not in page and "<img" not in page and "onerror=alert" not in page.replace("onerror=alert(3)&gt;", "")
    assert "&lt;script&gt;" in page
    assert 'href="javascript:' not in page
    assert "<b onmouseover" not in page
    # no external resources: the only links are the escaped https source URL and in-page anchors
    hrefs = re.findall(r'(?:href|src)="([^"]*)"', page)
    assert all(h.startswith("#") or h.startswith("https://example.org/") for h in hrefs), hrefs
    assert "x=\"y\"" not in page  # a URL that could break out of the attribute is not linked
    assert "<style>" in page and "http://" not in page.split("<body>")[0]


def test_markdown_escapes_markup(store, settings):
    texts = evil_store(store)
    b = build_brief(store, "evil", settings.replace({"brief": {"min_words": 3}}))
    md = render_markdown(b, texts)
    assert "<script>" not in md and "\\<script\\>" in md
    assert "](javascript:" not in md
