"""Per-story analysis: sentences, entities, quotes, claims, contradictions, time, timeline.

Importing this package registers

* the corpus step ``"analyze"``: for every story document whose ``version`` differs from the
  ``story_version`` of its ``ledger`` document, rebuild the ledger (:func:`analyze_story`);
  ledgers of stories that were merged away or deleted are removed;
* the export enricher ``"ledger"``: adds ``claims``, ``quotes``, ``entities`` and ``timeline``
  to each story in ``stories.json``.

:func:`render_ledger_text` prints a ledger for ``newsweave story ID``.
"""

from __future__ import annotations

import time as _time
from typing import Any

from ..export import register_enricher
from ..pipeline import Progress, register_step
from ..settings import Settings
from ..store.base import Store
from .ledger import NLP_CACHE_KIND, VEC_CACHE_KIND, build_ledger, check_ledger, prefetch_mentions, render_ledger_text

__all__ = ["analyze_story", "build_ledger", "check_ledger", "render_ledger_text", "get_ledger"]

LEDGER_KIND = "ledger"
EXPORT_KEYS = ("claims", "quotes", "entities", "timeline")


def analyze_story(store: Store, story: dict[str, Any], settings: Settings) -> dict[str, Any]:
    """Build and store the ledger of one story document; returns the ledger."""
    ids = list(story.get("article_ids") or [])
    by_id = {a.id: a for a in store.get_articles(ids)}
    articles = [by_id[i] for i in ids if i in by_id]
    ledger = build_ledger(articles, story, settings,
                          cache_get=lambda aid: store.get_doc(NLP_CACHE_KIND, aid),
                          cache_put=lambda aid, d: store.put_doc(NLP_CACHE_KIND, aid, d),
                          vec_get=lambda aid: store.get_doc(VEC_CACHE_KIND, aid),
                          vec_put=lambda aid, d: store.put_doc(VEC_CACHE_KIND, aid, d))
    store.put_doc(LEDGER_KIND, story["id"], ledger)
    return ledger


def get_ledger(store: Store, story_id: str) -> dict[str, Any] | None:
    return store.get_doc(LEDGER_KIND, story_id)


@register_step("analyze")
def analyze_step(store: Store, settings: Settings, progress: Progress) -> dict[str, Any]:
    """Recompute ledgers of stories whose version changed; drop ledgers of vanished stories."""
    t0 = _time.perf_counter()
    stories = {k: d for k, d in store.iter_docs("story")}
    live = {k: d for k, d in stories.items() if not d.get("merged_into")}
    versions = {k: (d or {}).get("story_version") for k, d in store.iter_docs(LEDGER_KIND)}
    stale = [k for k in versions if k not in live]
    if stale:
        store.delete_docs(LEDGER_KIND, stale)
    todo = [d for k, d in live.items() if versions.get(k, object()) != d.get("version")]
    n_articles = 0
    batch = max(1, int(settings.ledger.prefetch_batch_articles))
    i = 0
    while i < len(todo):
        # NER for a batch of stories at once (several processes when it pays), then each story
        j, ids = i, []
        while j < len(todo) and (j == i or len(ids) < batch):
            ids.extend(todo[j].get("article_ids") or [])
            j += 1
        prefetch_mentions(store.get_articles(list(dict.fromkeys(ids))), settings,
                          lambda aid: store.get_doc(NLP_CACHE_KIND, aid),
                          lambda aid, d: store.put_doc(NLP_CACHE_KIND, aid, d))
        for story in todo[i:j]:
            analyze_story(store, story, settings)
            n_articles += len(story.get("article_ids") or [])
            i += 1
            progress("analyze", i, len(todo))
    dt = _time.perf_counter() - t0
    return {"stories": len(live), "analyzed": len(todo), "removed": len(stale), "articles": n_articles,
            "seconds": round(dt, 3)}


@register_enricher("ledger")
def ledger_enricher(store: Store, story: dict[str, Any]) -> dict[str, Any]:
    ledger = store.get_doc(LEDGER_KIND, story["id"]) or {}
    return {k: ledger.get(k, []) for k in EXPORT_KEYS}
