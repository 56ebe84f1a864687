"""The analyze step in batches of stories: a stopped run keeps whole batches, a rerun redoes only the rest."""

import pytest

from newsweave import pipeline
from newsweave.gen import generate, write_corpus
from newsweave.settings import Settings
from newsweave.store.sqlite import SQLiteStore


class Stop(Exception):
    pass


@pytest.fixture(scope="module")
def gen_corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("gen")
    write_corpus(generate(30, seed=3, n_events=6), d, fmt="jsonl")
    return d


def test_stopped_analyze_resumes_without_redoing_finished_stories(tmp_path, gen_corpus):
    # batches of at least 3 articles: every story (or two) is a task of its own
    s = Settings.load(environ={}, overrides={"ledger": {"prefetch_batch_articles": 3}})
    with SQLiteStore(tmp_path / "ref.db") as ref:
        pipeline.process([str(gen_corpus)], ref, s)
        expected = dict(ref.iter_docs("ledger"))
    assert len(expected) >= 4

    with SQLiteStore(tmp_path / "cut.db") as store:
        pipeline.ingest([str(gen_corpus)], store, s)
        pipeline.update(store, s, only=["stories"])
        seen = []

        def stop_after_two_batches(stage, done, total):
            seen.append(done)
            if len(seen) == 2:
                raise Stop()

        with pytest.raises(Stop):
            pipeline.update(store, s, progress=stop_after_two_batches, only=["analyze"])
        kept = dict(store.iter_docs("ledger"))
        assert len(kept) == seen[-1] and 0 < len(kept) < len(expected)  # exactly the stored batches
        assert all(expected[k] == v for k, v in kept.items())
        # the NER cache of the stored batches was written with them (their articles are not re-run)
        assert len(list(store.iter_docs("nlp"))) > 0

        rep = pipeline.update(store, s, only=["analyze"])["analyze"]
        assert rep["analyzed"] == len(expected) - len(kept)
        assert dict(store.iter_docs("ledger")) == expected
        assert pipeline.update(store, s, only=["analyze"])["analyze"]["analyzed"] == 0
