import json

from newsweave import pipeline
from newsweave.export import export


def test_run_writes_briefs_and_index(dam_store, settings, tmp_path):
    dam_store.put_doc("story", "gone", {"id": "gone", "merged_into": "s1"})
    pipeline.update(dam_store, settings.replace({"ledger": {"ner": "rules"}}))
    out = tmp_path / "out"
    files = export(dam_store, out, settings)
    stories = json.loads((out / "stories.json").read_text())
    assert [s["id"] for s in stories] == ["s1"]
    brief = stories[0]["brief"]
    assert brief and all(set(x) == {"text", "citations"} and x["citations"] for x in brief)
    md = (out / "briefs" / "s1.md").read_text()
    html = (out / "briefs" / "s1.html").read_text()
    assert md.startswith("# Orrin Valley dam repair approved") and "## Sources" in md
    assert html.startswith("<!doctype html>") and "Orrin Valley dam repair approved" in html
    index = (out / "index.html").read_text()
    assert 'href="briefs/s1.html"' in index and "(briefs/s1.md)" in (out / "index.md").read_text()
    assert str(out / "index.html") in files.values()


def test_unsafe_story_ids_make_safe_file_names():
    from newsweave.brief.write import file_stem

    assert "/" not in file_stem("../../etc/passwd") and not file_stem("../x").startswith(".")
    assert file_stem("s-12_ab") == "s-12_ab"
