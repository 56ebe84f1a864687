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


def test_story_workers_build_the_same_ledgers_and_caches(store, settings):
    """Whole stories in forked worker processes: same ledgers, same cache entries as in-process."""
    from newsweave.analyze.ledger import build_ledgers, story_processes
    from newsweave.gen import generate

    groups: dict[str, list[Article]] = {}
    for it in generate(18, seed=5, languages=("en", "de"), n_events=6, chrome=False):
        groups.setdefault(it["event_id"], []).append(
            Article(id=it["id"], source=it["id"], fmt="txt", raw=it["text"], extracted=it["text"], text=it["text"],
                    title=it["title"], outlet=it["outlet"], published=it["published"], language=it["language"],
                    reprint_of=it["reprint_of"]))
    jobs = [(arts, {"id": f"s{k}", "version": 1}) for k, arts in enumerate(groups.values())]
    assert len(jobs) >= 4
    caches = []
    results = []
    for procs in (1, 2):
        nlp: dict = {}
        vec: dict = {}
        results.append(list(build_ledgers(iter(jobs), settings, procs, nlp.get, nlp.__setitem__,
                                          vec.get, vec.__setitem__)))
        caches.append((nlp, vec))
    assert [s["id"] for s, _ in results[1]] == [s["id"] for _, s in jobs]  # job order kept
    assert results[0] == results[1]
    assert caches[0] == caches[1]
    # a rebuild from the caches the workers filled gives the same ledgers again
    nlp, vec = caches[1]
    again = list(build_ledgers(iter(jobs), settings, 2, nlp.get, nlp.__setitem__, vec.get, vec.__setitem__))
    assert again == results[0]
    cfg = settings.ledger
    assert story_processes(cfg, 1) == 1 and story_processes(cfg, 10_000) >= 1
    assert story_processes(settings.replace({"ledger": {"story_processes": 3}}).ledger, 1) == 3


def test_step_with_story_workers_equals_in_process(store, settings, tmp_path):
    from newsweave.store.sqlite import SQLiteStore

    g, texts = _put(store, settings)
    store.put_doc("story", "dam", dict(g["story"]))
    one = settings.replace({"ledger": {"story_processes": 1}})
    assert analyze_step(store, one, NOP)["analyzed"] == 1
    other = SQLiteStore(tmp_path / "other.db")
    other.put_articles(store.get_articles(list(g["story"]["article_ids"])))
    other.put_doc("story", "dam", dict(g["story"]))
    two = settings.replace({"ledger": {"story_processes": 2}})
    seen = []
    r = analyze_step(other, two, lambda *a: seen.append(a))
    assert r["analyzed"] == 1 and r["articles"] == len(g["story"]["article_ids"]) and seen == [("analyze", 1, 1)]
    assert get_ledger(other, "dam") == get_ledger(store, "dam")
    assert other.get_doc("nlp", g["story"]["article_ids"][0]) == store.get_doc("nlp", g["story"]["article_ids"][0])
    assert check_ledger(get_ledger(other, "dam"), texts) == []
