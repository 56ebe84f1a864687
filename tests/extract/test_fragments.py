"""Feed entries and JSON html fields are fragments; their text must not be lost."""

from newsweave import pipeline
from newsweave.extract import extract, fragment_text
from newsweave.model import RawDoc


def test_single_paragraph_fragment_keeps_its_text():
    html = "<p>The Saltmere ferry will run twice more each day from March, the harbour board said on Friday.</p>"
    ex = extract(RawDoc("feed.xml", "html", html, "feed"))
    assert ex.text == "The Saltmere ferry will run twice more each day from March, the harbour board said on Friday."
    assert ex.meta["x_extraction"] == "fragment"


def test_fragment_paragraphs_scripts_and_breaks():
    html = "<div><p>First para.</p><script>alert(1)</script><p>Second<br>line.</p></div>"
    assert fragment_text(html) == "First para.\n\nSecond\n\nline."


def test_jsonl_html_fragment_is_stored(tmp_path, store, settings):
    f = tmp_path / "a.jsonl"
    f.write_text('{"id": "x1", "html": "<p>The lighthouse on Gull Point was relit on Tuesday after a two-year repair, the trust said.</p>"}\n')
    rep = pipeline.ingest([str(f)], store, settings)
    assert rep.stored == 1, rep.rejects
    assert "Gull Point" in store.get_article("x1").text
