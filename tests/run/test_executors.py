"""The same input gives the same store on the in-process executor and on a real Dask cluster."""

import importlib.util
import sys
from pathlib import Path

import pytest

from newsweave import pipeline
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
        "rejects": [(r["source"], r["record"], r["code"]) for r in store.rejects()],
        "markers": sorted(k for k, _ in store.iter_docs(MARKER_KIND)),
        "lines": store.outlet_line_counts("Marrowby Post", _all_line_hashes(store)),
    }


def _all_line_hashes(store):
    from newsweave.clean import line_hash, split_lines

    return sorted({line_hash(ln.text) for a in store.iter_articles() for ln in split_lines(a.extracted)})


def test_dask_cluster_is_two_single_thread_workers(dask_ex):
    info = dask_ex.client.scheduler_info(n_workers=-1)["workers"]
    assert len(info) == 2 and all(w["nthreads"] == 1 for w in info.values())
    assert dask_ex.client.cluster.scheduler.__class__.__name__ == "Scheduler"


def test_local_and_dask_store_identical_results(tmp_path, corpus, small_batches, dask_ex):
    results = {}
    for name, ex in (("local", LocalExecutor()), ("dask", dask_ex)):
        with SQLiteStore(tmp_path / f"{name}.db") as store:
            rep = pipeline.process([str(corpus)], store, small_batches, executor=ex)
            counts = {k: v for k, v in rep["ingest"].items() if k != "stage_cpu_s"}  # timings differ, of course
            results[name] = (snapshot(store), counts)
    local, dask = results["local"], results["dask"]
    assert local[0]["articles"] and len(local[0]["markers"]) > 10  # many shards, really exercised
    if importlib.util.find_spec("newsweave.cluster"):
        assert local[0]["stories"]  # the stories step ran on both
    assert any(a[3] for a in local[0]["articles"])  # reprints were found
    assert any(r.reason == "outlet_recurring" for a in local[0]["articles"] for r in a[2])  # chrome learned
    assert local[0] == dask[0]
    assert local[1] == dask[1]


def test_models_load_once_per_worker(dask_ex, corpus, small_batches, tmp_path):
    with SQLiteStore(tmp_path / "m.db") as store:
        pipeline.ingest([str(corpus)], store, small_batches, executor=dask_ex)

    def loaded(dask_worker):
        from newsweave.lang import _identifier

        return dask_worker.newsweave_models, _identifier.cache_info().misses

    got = dask_ex.client.run(loaded)
    assert len(got) == 2
    for models, misses in got.values():
        assert models == ["newsweave.lang:_identifier"] and misses == 1


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
