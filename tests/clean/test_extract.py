"""HTML extraction: trafilatura precision pass with a recall fallback, htmldate dates, then our cleaning."""

import importlib.util
from pathlib import Path

import pytest

from newsweave import extract
from newsweave.errors import EmptyInput, InputError
from newsweave.model import RawDoc
from newsweave.pipeline import finish, prepare

PARAS = [
    "The harbour board of Saltmere voted on Tuesday to extend the north pier by forty metres, board chair Ada Moss said.",
    "Work is due to begin in the spring and should take about eight months, according to the board's engineers.",
    "Fishermen had asked for a longer pier for years because larger boats cannot moor at low tide.",
    "\u201cThis is the biggest investment in the harbour since the war,\u201d Moss told a meeting in the town hall.",
    "The project will cost 3.2 million euros, two thirds of which come from the regional government.",
]

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Saltmere to extend north pier | Saltmere Echo</title>
<meta property="og:site_name" content="Saltmere Echo">
<meta property="article:published_time" content="2024-02-06T09:30:00+01:00">
<meta property="article:modified_time" content="2024-02-09T12:00:00+01:00">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Saltmere to extend north pier</h1>
<p class="byline">By Tom Reed</p>
{paras}
<p>Related Posts</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Ten walks along the dunes</a></li><li><a href="/b">Ferry prices rise again</a></li></ul></aside>
<footer><p>&copy; 2024 Saltmere Echo. All rights reserved.</p></footer>
</body></html>"""


def _page() -> str:
    return PAGE.replace("{paras}", "\n".join(f"<p>{p}</p>" for p in PARAS))


def test_extract_html_body_and_metadata():
    ex = extract.extract_html(_page(), "pier.html")
    for p in PARAS:
        assert p in ex.text
    assert "Ten walks along the dunes" not in ex.text
    assert ex.meta["title"].startswith("Saltmere to extend north pier")
    assert ex.meta["outlet"] == "Saltmere Echo"
    # the original publication, not the later modification, with its time of day and offset
    assert ex.meta["published"] == "2024-02-06T09:30:00+01:00"
    assert ex.meta["x_extraction"] in {"precision", "recall"}


@pytest.mark.parametrize("stamp,want", [
    ('<meta property="article:published_time" content="2023-11-02T17:05:00Z">', "2023-11-02T17:05:00+00:00"),
    ('<meta itemprop="datePublished" content="2023-11-02T17:05:00-05:00">', "2023-11-02T17:05:00-05:00"),
    ('<meta property="article:published_time" content="2023-11-02">', "2023-11-02"),  # no time: the day only
    ('<meta property="article:published_time" content="yesterday at noon">', None),
])
def test_published_time_keeps_the_time_of_day(stamp, want):
    page = _page().replace('<meta property="article:published_time" content="2024-02-06T09:30:00+01:00">', stamp)
    page = page.replace('<meta property="article:modified_time" content="2024-02-09T12:00:00+01:00">', "")
    ex = extract.extract_html(page, "pier.html")
    if want is None:  # an unreadable stamp is ignored; whatever htmldate finds stays a bare day
        assert ex.meta.get("published") is None or len(ex.meta["published"]) == 10
    else:
        assert ex.meta["published"] == want


def test_published_time_on_another_day_than_htmldate_keeps_the_day(monkeypatch):
    # htmldate's original date wins on the day; a stamp of another day does not replace it
    monkeypatch.setattr(extract, "find_html_date", lambda *a, **k: "2024-02-05")
    ex = extract.extract_html(_page(), "pier.html")
    assert ex.meta["published"] == "2024-02-05"


def test_html_record_is_cleaned_like_text(settings):
    raw = RawDoc(source="pier.html", kind="html", content=_page(), fmt="html")
    a = finish(prepare(raw, settings), settings, set())
    assert a.outlet == "Saltmere Echo" and a.published == "2024-02-06T09:30:00+01:00"
    for p in PARAS:
        assert p in a.text
    assert "Related Posts" not in a.text
    assert any(r.reason == "related_links" for r in a.removed)
    assert a.meta["x_extraction"] in {"precision", "recall"}


def test_fallback_ratio_picks_the_recall_pass_when_precision_is_short(monkeypatch):
    calls = []

    class Doc:
        def __init__(self, text):
            self.text, self.title, self.sitename, self.author, self.url, self.date = text, None, None, None, None, None

    def fake(tree, favor_precision=False, favor_recall=False, **kw):
        calls.append("p" if favor_precision else "r")
        return Doc("Short bit." if favor_precision else "\n".join(PARAS))

    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", fake)
    ex = extract.extract_html(_page(), "x.html", fallback_ratio=0.5)
    assert ex.meta["x_extraction"] == "recall" and PARAS[-1] in ex.text
    ex = extract.extract_html(_page(), "x.html", fallback_ratio=0.001)
    assert ex.meta["x_extraction"] == "precision" and ex.text == "Short bit."
    assert sorted(calls) == ["p", "p", "r", "r"]


def test_page_without_body_is_rejected(settings):
    with pytest.raises(EmptyInput):
        extract.extract_html("<html><body></body></html>", "empty.html")
    raw = RawDoc(source="nav.html", kind="html", content="<html><body><nav>Home</nav></body></html>", fmt="html")
    with pytest.raises(InputError):
        finish(prepare(raw, settings), settings, set())


def _bench():
    path = Path(__file__).resolve().parents[2] / "bench" / "extraction.py"
    spec = importlib.util.spec_from_file_location("bench_extraction", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_bench_metric_counts_shingles_as_multisets():
    b = _bench()
    gold = "one two three four five six"
    assert b.page_counts(gold, gold) == (1.0, 0.0, 0.0)
    tp, fp, fn = b.page_counts(gold, "one two three four five six seven")
    assert (round(tp, 3), round(fp, 3), fn) == (0.75, 0.25, 0.0)
    assert b.page_counts(gold, "") == (0.0, 0.0, 1.0)
    assert b.page_counts("", "") == (0.0, 0.0, 0.0)
    # a text shorter than one shingle is one short shingle
    assert b.page_counts("a b", "a b") == (1.0, 0.0, 0.0)
    # repeated shingles count as many times as they occur
    tp, fp, fn = b.page_counts("x y z w", "x y z w x y z w")
    assert fn == 0 and fp > 0


def test_bench_score_averages_over_pages():
    b = _bench()
    gold = {"a": "one two three four five", "b": "alpha beta gamma delta"}
    s = b.score(gold, {"a": "one two three four five", "b": None})
    # page b has no prediction: it is left out of precision and scores 0 recall
    assert s["precision"] == 1.0 and s["recall"] == 0.5
    assert abs(s["f1"] - 2 * 0.5 / 1.5) < 1e-9
    with pytest.raises(ValueError):
        b.score(gold, {"a": ""})
