import json

from newsweave import pipeline
from newsweave.brief import brief_diff, diff_versions, get_brief, list_versions, update_brief
from newsweave.cli import main

from .data import story_doc


def test_new_articles_make_a_new_version_and_a_diff(dam_store, settings):
    dam_store.put_doc("story", "s1", story_doc(["a1", "a3"], version=1))
    stats = pipeline.update(dam_store, settings)
    assert stats["brief"]["built"] == 1
    again = pipeline.update(dam_store, settings)
    assert again["brief"]["built"] == 0, (stats, again, {k: (v.get("story_version"), v.get("ledger_version")) for k, v in dam_store.iter_docs("brief")})  # idempotent: nothing changed
    v1 = get_brief(dam_store, "s1")
    assert v1["version"] == 1 and v1["article_ids"] == ["a1", "a3"]
    dam_store.put_doc("story", "s1", story_doc(["a1", "a3", "a2", "a4"], version=2))
    assert pipeline.update(dam_store, settings)["brief"]["built"] == 1
    v2 = get_brief(dam_store, "s1")
    assert v2["version"] == 2 and list_versions(dam_store, "s1") == [1, 2]
    assert get_brief(dam_store, "s1", 1)["article_ids"] == ["a1", "a3"]  # old versions are kept as they were
    d = diff_versions(dam_store, "s1")
    assert d["from"] == 1 and d["to"] == 2 and d["new_articles"] == ["a2", "a4"]
    # a2 corroborates what a1 and a3 said: some sentence gained support, or new content arrived
    assert d["more_support"] or d["added"]
    assert brief_diff(v2, v2)["added"] == [] and brief_diff(None, v1)["added"] == v1["sentences"]


def test_update_brief_rebuilds_only_when_stale(dam_store, settings):
    b1, built1 = update_brief(dam_store, "s1", settings)
    b2, built2 = update_brief(dam_store, "s1", settings)
    assert built1 and not built2 and b1["version"] == b2["version"] == 1
    b3, built3 = update_brief(dam_store, "s1", settings, force=True)
    assert built3 and b3["version"] == 2


def test_cli_brief_formats_versions_diff_check(dam_store, settings, tmp_path, capsys):
    db = dam_store.url
    dam_store.put_doc("story", "s1", story_doc(["a1", "a3"], version=1))
    assert main(["brief", "s1", "--db", db]) == 0
    md = capsys.readouterr().out
    assert md.startswith("# Orrin Valley dam repair approved") and "[^1]" in md and "## Sources" in md
    dam_store.put_doc("story", "s1", story_doc(["a1", "a3", "a2"], version=2))
    assert main(["brief", "s1", "--db", db, "--format", "json"]) == 0
    cur = json.loads(capsys.readouterr().out)
    assert cur["version"] == 2
    out = tmp_path / "b.html"
    assert main(["brief", "s1", "--db", db, "--format", "html", "-o", str(out)]) == 0
    assert out.read_text().startswith("<!doctype html>")
    assert main(["brief", "s1", "--db", db, "--version", "1", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["article_ids"] == ["a1", "a3"]
    assert main(["brief", "s1", "--db", db, "--diff"]) == 0
    diff = capsys.readouterr().out
    assert diff.startswith("# New since version 1 (now version 2)") and "a2" in diff
    assert main(["brief", "s1", "--db", db, "--versions"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 2
    assert main(["brief", "s1", "--db", db, "--check", "-q"]) == 0
    assert main(["brief", "missing", "--db", db]) == 2
    assert "E404" in capsys.readouterr().err
