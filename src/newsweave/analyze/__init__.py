"""Per-story analysis: sentences, entities, quotes, claims, contradictions, time, timeline.

Importing this package registers

* the corpus step ``"analyze"``: for every story document whose ``version`` differs from the
  ``story_version`` of its ``ledger`` document, rebuild the ledger (:func:`build_ledger`, in
  batches of stories on the job's executor: :mod:`newsweave.analyze.batch`); ledgers of stories
  that were merged away or deleted are removed;
* the export enricher ``"ledger"``: adds ``claims``, ``quotes``, ``entities`` and ``timeline``
  to each story in ``stories.json``.

:func:`render_ledger_text` prints a ledger for ``newsweave story ID``.
"""

from __future__ import annotations

from typing import Any

from ..export import register_enricher
from ..pipeline import Progress, register_step
from ..settings import Settings
from ..store.base import Store
from .ledger import NLP_CACHE_KIND, VEC_CACHE_KIND, build_ledger, check_ledger, render_ledger_text

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
    """Recompute ledgers of stories whose version changed; drop ledgers of vanished stories.

    Batches of stories run as tasks of the job's executor (:mod:`newsweave.analyze.batch`)."""
    from .batch import run_analyze

    return run_analyze(store, settings, progress)


@register_enricher("ledger")
def ledger_enricher(store: Store, story: dict[str, Any]) -> dict[str, Any]:
    ledger = store.get_doc(LEDGER_KIND, story["id"]) or {}
    return {k: ledger.get(k, []) for k in EXPORT_KEYS}
