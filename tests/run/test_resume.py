"""Shards: deterministic plans, completion markers, resume after an interruption."""

import json

import pytest

from nwcorpus import body

from newsweave import pipeline
from newsweave.run.shards import plan_shards, read_shard_records
from newsweave.store.sqlite import SQLiteStore


class Stop(Exception):
    pass


def articles(store):
    return [(a.id, a.text, a.removed, a.reprint_of) for a in store.iter_articles()]


def test_plan_is_deterministic_and_covers_every_record(corpus, small_batches):
    a = list(plan_shards([str(corpus)], small_batches))
    b = list(plan_shards([str(corpus)], small_batches))
    assert [s.key for s in a] == [s.key for s in b] and len(a) > 10
    assert all(s.est_records <= 5 for s in a)
    recs = [r for s in a for r in read_shard_records(s, small_batches)]
    whole = list(__import__("newsweave.ingest", fromlist=["iter_inputs"]).iter_inputs([str(corpus)], small_batches))
    assert [(type(r).__name__, getattr(r, "record_id", None) or getattr(r, "record", None)) for r in recs] == \
        [(type(r).__name__, getattr(r, "record_id", None) or getattr(r, "record", None)) for r in whole]


def test_jsonl_ranges_keep_line_numbers_in_rejects(tmp_path, small_batches):
    f = tmp_path / "x.jsonl"
    lines = [json.dumps({"id": f"r{i}", "text": f"Record {i} says the harbour of Quillhaven reopened after repairs."})
             for i in range(12)]
    lines[8] = "{broken"
    f.write_text("\n".join(lines) + "\n")
    shards = list(plan_shards([str(f)], small_batches))
    assert len(shards) == 3
    rejects = [r for s in shards for r in read_shard_records(s, small_batches) if not hasattr(r, "fingerprint")]
    assert [r.record for r in rejects] == ["line 9"]


def test_interrupted_run_resumes_without_redoing_or_losing(tmp_path, corpus, small_batches):
    with SQLiteStore(tmp_path / "full.db") as ref:
        pipeline.ingest([str(corpus)], ref, small_batches)
        expected = articles(ref)
        n_shards = len(list(ref.iter_docs("shard")))

    commits = []

    def stop_after_three(stage, done, total):
        commits.append(done)
        if len(commits) == 3:
            raise Stop()

    with SQLiteStore(tmp_path / "cut.db") as store:
        with pytest.raises(Stop):
            pipeline.ingest([str(corpus)], store, small_batches, progress=stop_after_three)
        assert 0 < len(articles(store)) < len(expected)
        done_before = len(list(store.iter_docs("shard")))
        assert done_before == 3
        partial = len(articles(store))
        rep = pipeline.ingest([str(corpus)], store, small_batches)
        assert rep.shards_skipped == 3
        assert rep.stored == len(expected) - partial
        assert articles(store) == expected  # same ids, texts, removed lines and reprints, same order
        assert len(list(store.iter_docs("shard"))) == n_shards
        again = pipeline.ingest([str(corpus)], store, small_batches)
        assert again.stored == 0 and again.shards_skipped == n_shards and again.read == rep.read


def test_changed_file_is_read_again_and_only_new_records_stored(tmp_path, corpus, small_batches):
    with SQLiteStore(tmp_path / "c.db") as store:
        pipeline.ingest([str(corpus)], store, small_batches)
        n = store.count_articles()
        f = corpus / "wire.jsonl"
        f.write_text(f.read_text() + json.dumps({"id": "new1", "outlet": "Marrowby Post", "text": body(99)}) + "\n")
        rep = pipeline.ingest([str(corpus)], store, small_batches)
        assert rep.stored == 1 and store.count_articles() == n + 1
        assert store.get_article("new1") is not None
