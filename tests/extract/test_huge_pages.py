"""Pages with far more elements than any article: repeated siblings are collapsed, what is still
too big gets trafilatura's fast passes, and the record says so (issue 8, hostile case nested-many-siblings)."""

import lxml.html
import pytest

from newsweave import extract, pipeline
from newsweave.ingest.dispatch import read_blob
from newsweave.settings import Settings

REAL = ("The harbour board of Saltmere voted on Tuesday to extend the north pier by forty metres, board chair "
        "Ada Moss said, and work is due to begin in the spring.")


@pytest.fixture
def trafilatura_calls(monkeypatch):
    """Counts real trafilatura passes (the real function still runs)."""
    import trafilatura

    real, calls = trafilatura.bare_extraction, []

    def counting(*args, **kw):
        calls.append(kw)
        return real(*args, **kw)

    monkeypatch.setattr(trafilatura, "bare_extraction", counting)
    return calls


def _article(page: str, settings: Settings):
    (raw,) = list(read_blob("a.html", page.encode(), settings))
    p = pipeline.prepare(raw, settings)
    return pipeline.finish(p, settings, set())


def test_two_hundred_thousand_tiny_siblings_are_collapsed_and_the_paragraph_kept():
    # the hostile-suite page: 200,000 "<p>x</p>" before one real paragraph
    page = "<html><body>" + "<p>x</p>" * 200_000 + f"<p>{REAL}</p></body></html>"
    a = _article(page, Settings.load())
    assert REAL in a.text
    assert "x" not in a.text.split("\n\n")
    assert a.meta["x_extraction"] in {"precision", "recall"}  # small enough after collapsing: the usual passes
    assert a.meta["x_extraction_note"].startswith("199999 repeated sibling elements collapsed (200003 elements")


def test_page_still_too_big_gets_the_reduced_passes(trafilatura_calls):
    # distinct siblings cannot be collapsed
    s = Settings.load(overrides={"extract": {"max_elements": 1000}})
    page = ("<html><body><ul>" + "".join(f"<li><a href='/n/{i}'>item {i}</a></li>" for i in range(1500))
            + f"</ul><article><p>{REAL}</p><p>{REAL.replace('Tuesday', 'Friday')}</p></article></body></html>")
    a = _article(page, s)
    assert REAL in a.text
    assert a.meta["x_extraction"] in {"reduced-precision", "reduced-recall"}
    assert "3006 elements over extract.max_elements = 1000" in a.meta["x_extraction_note"]
    assert len(trafilatura_calls) == 2 and all(c["fast"] is True for c in trafilatura_calls)


def test_pages_under_the_limit_are_untouched(trafilatura_calls):
    page = ("<html><head><title>Pier</title></head><body>" + "<p>x</p>" * 50
            + f"<p>{REAL}</p></body></html>")
    ex = extract.extract_html(page, "a.html")
    assert "x_extraction_note" not in ex.meta and ex.meta["x_extraction"] in {"precision", "recall"}
    assert len(trafilatura_calls) == 2 and not any(c.get("fast") for c in trafilatura_calls)
    # the same page over a lowered limit: collapsed, and then small enough for the usual passes
    ex2 = extract.extract_html(page, "a.html", max_elements=20)
    assert "49 repeated sibling elements collapsed" in ex2.meta["x_extraction_note"]
    assert REAL in ex2.text


def _html(root) -> str:
    return lxml.html.tostring(root, encoding="unicode")


def test_collapse_keeps_short_runs_distinct_siblings_and_long_paragraphs():
    long_para = "<p>" + "A sentence that is a real paragraph of the article. " * 6 + "</p>"
    body = ("<div>" + "<p>-</p>" * 9 + "</div>"                      # a run shorter than collapse_run
            + "<div>" + "".join(f"<p>{i}</p>" for i in range(30)) + "</div>"  # distinct
            + "<div>" + long_para * 12 + "</div>"                    # identical, but not small
            + "<div>a" + "<br>b" * 12 + "<i>c</i></div>")              # identical with their tails
    root = lxml.html.fromstring(f"<html><body>{body}</body></html>")
    removed = extract.collapse_repeats(root, 10)
    assert removed == 11
    out = _html(root)
    assert out.count("<p>-</p>") == 9
    assert all(f"<p>{i}</p>" in out for i in range(30))
    assert out.count("A sentence that is a real paragraph") == 12 * 6
    assert "<div>a<br>b<i>c</i></div>" in out


def test_collapse_counts_descendants_of_removed_siblings():
    root = lxml.html.fromstring("<html><body><table>" + "<tr><td>-</td></tr>" * 20 + "</table></body></html>")
    assert extract.collapse_repeats(root, 10) == 19 * 2
    assert _html(root).count("<tr>") == 1


def test_fragment_text_set_aside_extraction_drops_its_note():
    from newsweave.model import RawDoc

    s = Settings.load(overrides={"extract": {"max_elements": 20}})
    ex = extract.extract(RawDoc("feed.xml", "html", "<p>x</p>" * 60 + f"<p>{REAL}</p>", "feed"), s)
    # the fragment's own text (every line) beats trafilatura's (collapsed) text here
    assert ex.meta["x_extraction"] == "fragment" and ex.text.count("x\n\n") == 60
    assert "x_extraction_note" not in ex.meta
