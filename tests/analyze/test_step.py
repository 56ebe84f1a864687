"""The "analyze" corpus step and the export enricher, over a real SQLite store."""

from __future__ import annotations

import json
from pathlib import Path

from newsweave.analyze import analyze_step, get_ledger, ledger_enricher
from newsweave.analyze.ledger import check_ledger
from newsweave.export import export
from newsweave.model import Article

FIX = Path(__file__).parent / "fixtures" / "dam_story.json"
NOP = lambda *a: None  # noqa: E731


def _put(store, settings):
    g = json.loads(FIX.read_text(encoding="utf-8"))
    arts = [Article(id=a["id"], source=a["id"], fmt="txt", raw=a["text"], extracted=a["text"], text=a["text"],
                    title=a["title"], outlet=a["outlet"], published=a["published"], language=a["language"],
                    reprint_of=a["reprint_of"]) for a in g["articles"]]
    store.put_articles(arts)
    return g, {a.id: a.text for a in arts}


def test_step_recomputes_only_on_version_change(store, settings, tmp_path):
    g, texts = _put(store, settings)
    story = dict(g["story"])
    story["article_ids"] = ["nl1", "vd1"]
    store.put_doc("story", "dam", story)
    r1 = analyze_step(store, settings, NOP)
    assert r1["analyzed"] == 1 and r1["articles"] == 2
    led = get_ledger(store, "dam")
    assert led["story_version"] == 1 and set(led["sentences"]) == {"nl1", "vd1"}
    assert store.get_doc("nlp", "nl1")["mentions"]  # NER cached per article
    assert analyze_step(store, settings, NOP)["analyzed"] == 0  # nothing changed
    story.update(article_ids=g["story"]["article_ids"], version=2)
    store.put_doc("story", "dam", story)
    assert analyze_step(store, settings, NOP)["analyzed"] == 1
    led = get_ledger(store, "dam")
    assert led["story_version"] == 2 and check_ledger(led, texts) == []
    # the enricher exports the contract keys, not the sentence layer
    extra = ledger_enricher(store, {"id": "dam"})
    assert set(extra) == {"claims", "quotes", "entities", "timeline"}
    export(store, tmp_path / "out", settings)
    stories = json.loads((tmp_path / "out" / "stories.json").read_text())
    assert stories[0]["quotes"] and "sentences" not in stories[0]
    # a story merged away loses its ledger
    store.put_doc("story", "dam", {"id": "dam", "merged_into": "other"})
    assert analyze_step(store, settings, NOP)["removed"] == 1
    assert get_ledger(store, "dam") is None
