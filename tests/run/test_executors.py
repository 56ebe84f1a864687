"""The same input gives the same store on the in-process executor and on a real Dask cluster."""

import sys
from pathlib import Path

import pytest

from newsweave import pipeline
from newsweave.cluster.features import EMBED_MODEL
from newsweave.run.executor import LocalExecutor
from newsweave.run.ingest import MARKER_KIND
from newsweave.store.sqlite import SQLiteStore

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def dask_ex():
    import cloudpickle

    from newsweave.run.executor import DaskExecutor

    # workers cannot import test modules: ship this module's helper functions by value
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    ex = DaskExecutor(workers=2, retries=2)
    yield ex
    ex.close()


def snapshot(store):
    arts = [(a.id, a.text, a.removed, a.reprint_of, a.language, a.title, a.outlet, a.published)
            for a in store.iter_articles()]
    return {
        "articles": arts,
        "stories": list(store.iter_docs("story")),
        "ledgers": list(store.iter_docs("ledger")),
        "briefs": [(k, _no_time(d)) for k, d in store.iter_docs("brief_version")],
        "embeddings": [(aid, v.tobytes()) for aid, v in store.iter_embeddings(EMBED_MODEL)],
        "rejects": [(r["source"], r["record"], r["code"]) for r in store.rejects()],
        "markers": sorted(k for k, _ in store.iter_docs(MARKER_KIND)),
        "lines": store.outlet_line_counts("Marrowby Post", _all_line_hashes(store)),
    }


def _no_time(brief):
    return {k: v for k, v in brief.items() if k != "created_at"}  # a wall-clock stamp differs, of course


def _all_line_hashes(store):
    from newsweave.clean import line_hash, split_lines

    return sorted({line_hash(ln.text) for a in store.iter_articles() for ln in split_lines(a.extracted)})


def test_dask_cluster_is_two_single_thread_workers(dask_ex):
    info = dask_ex.client.scheduler_info(n_workers=-1)["workers"]
    assert len(info) == 2 and all(w["nthreads"] == 1 for w in info.values())
    assert dask_ex.client.cluster.scheduler.__class__.__name__ == "Scheduler"


def test_local_and_dask_store_identical_results(tmp_path, corpus, small_batches, dask_ex):
    from distributed import get_task_stream

    from newsweave.gen import generate, write_corpus

    # the fictional corpus is one story; generated articles (our generator) add a few more
    write_corpus(generate(24, seed=3, n_events=6), corpus / "gen", fmt="jsonl")
    # small task batches: the corpus steps become many tasks too (embeddings, ledgers, briefs)
    settings = small_batches.replace({"stories": {"batch_size": 8}, "ledger": {"prefetch_batch_articles": 6},
                                      "run": {"task_articles": 6}})
    results = {}
    for name, ex in (("local", LocalExecutor()), ("dask", dask_ex)):
        with SQLiteStore(tmp_path / f"{name}.db") as store:
            if name == "dask":
                with get_task_stream(client=dask_ex.client) as ts:
                    rep = pipeline.process([str(corpus)], store, settings, executor=ex)
                tasks = ts.data
            else:
                rep = pipeline.process([str(corpus)], store, settings, executor=ex)
            counts = {k: v for k, v in rep["ingest"].items() if k != "stage_cpu_s"}  # timings differ, of course
            results[name] = (snapshot(store), counts, {k: v.get("batches") for k, v in rep["steps"].items()})
    local, dask = results["local"], results["dask"]
    assert local[0]["articles"] and len(local[0]["markers"]) > 10  # many shards, really exercised
    assert local[0]["stories"] and local[0]["ledgers"] and local[0]["briefs"]  # every corpus step ran
    assert len(local[0]["embeddings"]) == len(local[0]["articles"])  # neural clustering: one vector each
    assert any(a[3] for a in local[0]["articles"])  # reprints were found
    assert any(r.reason == "outlet_recurring" for a in local[0]["articles"] for r in a[2])  # chrome learned
    assert local[0] == dask[0]
    assert local[1] == dask[1]
    assert len(local[0]["stories"]) > 3
    assert local[2] == dask[2] and local[2]["analyze"] > 3  # the same batches, several of them

    # the corpus steps' parallel parts really ran as tasks, on both workers
    by_fn: dict[str, set[str]] = {}
    for t in tasks:
        by_fn.setdefault(t["key"].split("-", 1)[0], set()).add(t["worker"])
    for fn in ("embed_task", "analyze_batch", "build_briefs_task"):
        assert fn in by_fn, sorted(by_fn)
    assert len(by_fn["analyze_batch"]) == 2

    def loads(dask_worker):
        from newsweave.analyze.claims import _use_model
        from newsweave.analyze.entities import load_spacy
        from newsweave.cluster.step import shared_embedder
        from newsweave.lang import _identifier

        return [f.cache_info().misses for f in (_identifier, shared_embedder, load_spacy, _use_model)]

    # every model was loaded exactly once per worker (by the plugin), however many tasks ran there
    assert list(dask_ex.client.run(loads).values()) == [[1, 1, 1, 1], [1, 1, 1, 1]]


def test_models_load_once_per_worker(dask_ex, corpus, small_batches, tmp_path):
    from newsweave.run.executor import PRELOAD

    with SQLiteStore(tmp_path / "m.db") as store:
        pipeline.ingest([str(corpus)], store, small_batches, executor=dask_ex)

    def loaded(dask_worker):
        from newsweave.lang import _identifier

        return dask_worker.newsweave_models, _identifier.cache_info().misses

    got = dask_ex.client.run(loaded)
    assert len(got) == 2
    for models, misses in got.values():
        assert models == PRELOAD and misses == 1


def _flaky(marker: str) -> str:
    p = Path(marker)
    if not p.exists():
        p.write_text("failed once")
        raise RuntimeError("simulated worker failure")
    return "ok"


@pytest.mark.parametrize("kind", ["local", "dask"])
def test_failed_task_is_retried(kind, tmp_path, dask_ex):
    ex = LocalExecutor(retries=2) if kind == "local" else dask_ex
    assert ex.result(ex.submit(_flaky, str(tmp_path / "m"))) == "ok"
    none = LocalExecutor(retries=0) if kind == "local" else None
    if none is not None:
        with pytest.raises(RuntimeError):
            none.result(none.submit(_flaky, str(tmp_path / "m2")))
