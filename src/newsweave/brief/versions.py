"""Brief versions: a new version whenever the story (or its ledger) changes; all versions kept.

The current brief of a story is the ``brief`` document keyed by story id; every version is also
stored as ``brief_version`` ``"{story_id}:{n:04d}"`` and never deleted (a story merged into
another keeps its old versions). :func:`brief_diff` tells what is new since a version.
"""

from __future__ import annotations

import time
from typing import Any

from ..errors import NotFound
from ..settings import Settings
from ..store.base import Store
from . import text as T
from .core import brief_from_articles, resolve_story, vector_docs

BRIEF = "brief"
VERSION = "brief_version"


def version_key(story_id: str, n: int) -> str:
    return f"{story_id}:{n:04d}"


def _stale(brief: dict[str, Any] | None, story: dict[str, Any], ledger: dict[str, Any] | None) -> bool:
    if brief is None:
        return True
    if brief.get("story_version") != story.get("version"):
        return True
    return brief.get("ledger_version") != ((ledger or {}).get("story_version") if ledger else None)


def store_brief(store: Store, brief: dict[str, Any]) -> dict[str, Any]:
    """Give ``brief`` the next version number of its story and store it (current + version doc)."""
    sid = brief["story_id"]
    old = store.get_doc(BRIEF, sid)
    brief = dict(brief)
    brief["version"] = int((old or {}).get("version") or 0) + 1
    store.put_doc(VERSION, version_key(sid, brief["version"]), brief)
    store.put_doc(BRIEF, sid, brief)
    return brief


def update_brief(store: Store, story_id: str, settings: Settings, *, force: bool = False) -> tuple[dict[str, Any], bool]:
    """The current brief of a story, rebuilt (as a new version) when the story changed.

    Returns ``(brief, rebuilt)``.
    """
    story = resolve_story(store, story_id)
    ledger = store.get_doc("ledger", story["id"])
    old = store.get_doc(BRIEF, story["id"])
    if not force and not _stale(old, story, ledger):
        return old, False
    ids = list(story.get("article_ids") or [])
    by_id = {a.id: a for a in store.get_articles(ids)}
    arts = [by_id[i] for i in ids if i in by_id]
    brief = brief_from_articles(story, arts, ledger, settings, vec_docs=vector_docs(store, arts, settings))
    return store_brief(store, brief), True


def build_briefs_task(items: list[tuple[Any, ...]], settings_data: dict) -> list[dict[str, Any]]:
    """Executor task: the briefs of a batch of ``(story, articles, ledger[, vec_docs])``; no store
    access (the driver ships the ledger's cached sentence vectors as ``vec_docs``), so it runs alike
    in this process or on a Dask worker. Version numbers are the driver's business."""
    settings = Settings(settings_data)
    return [brief_from_articles(it[0], it[1], it[2], settings, vec_docs=it[3] if len(it) > 3 else None)
            for it in items]


def brief_step(store: Store, settings: Settings, progress: Any) -> dict[str, Any]:
    """Corpus step: a new brief version for every live story whose version or ledger changed.

    Batches of about ``[run] task_articles`` articles are built as tasks of the job's executor
    (``newsweave.run.current_executor()``); the driver numbers and stores them in story order, so
    the versions are the same on every executor. A brief is stored with the story and ledger
    versions it was built from, which is what makes a rerun skip it.
    """
    from dataclasses import replace

    from ..run.executor import batch_target, current_executor

    t0 = time.perf_counter()
    ex = current_executor()
    stories = [d for _, d in store.iter_docs("story") if not d.get("merged_into")]
    current = {k: (d.get("story_version"), d.get("ledger_version")) for k, d in store.iter_docs(BRIEF)}
    ledgers = {k: d.get("story_version") for k, d in store.iter_docs("ledger")}
    todo = [s for s in stories
            if current.get(s["id"]) != (s.get("version"), ledgers.get(s["id"]) if s["id"] in ledgers else None)]
    per = batch_target(ex, int(settings.run.task_articles), sum(len(s.get("article_ids") or []) for s in todo))
    batches: list[list[dict[str, Any]]] = []
    for story in todo:
        if not batches or sum(len(s.get("article_ids") or []) for s in batches[-1]) >= per:
            batches.append([])
        batches[-1].append(story)
    data = settings.as_dict()
    window = max(1, int(settings.run.lookahead)) * max(1, ex.workers)

    def submit(batch: list[dict[str, Any]]) -> Any:
        items = []
        for story in batch:
            ids = list(story.get("article_ids") or [])
            # briefs read clean text and metadata only: raw and extracted text stay here
            by_id = {a.id: replace(a, raw="", extracted="") for a in store.get_articles(ids)}
            arts = [by_id[x] for x in ids if x in by_id]
            items.append((story, arts, store.get_doc("ledger", story["id"]), vector_docs(store, arts, settings)))
        return ex.submit(build_briefs_task, items, data)

    futures: list[Any] = []
    dropped = done = 0
    for k in range(len(batches)):
        while len(futures) < len(batches) and len(futures) < k + window:
            futures.append(submit(batches[len(futures)]))
        built = ex.result(futures[k])
        ex.release(futures[k])
        futures[k] = None
        for brief in built:
            dropped += len((brief.get("rewrite") or {}).get("dropped") or [])
            store_brief(store, brief)
            done += 1
            progress("brief", done, len(todo))
    out = {"stories": len(stories), "built": len(todo), "batches": len(batches),
           "seconds": round(time.perf_counter() - t0, 3)}
    if settings.brief.abstractive:
        out["rewrite_dropped"] = dropped
    return out


def list_versions(store: Store, story_id: str) -> list[int]:
    """Version numbers kept for a story (ascending)."""
    story = resolve_story(store, story_id)
    prefix = f"{story['id']}:"
    return sorted(int(k[len(prefix):]) for k, _ in store.iter_docs(VERSION) if k.startswith(prefix))


def get_brief(store: Store, story_id: str, version: int | None = None) -> dict[str, Any]:
    """A stored brief: the current one, or version ``version``; raises NotFound."""
    story = resolve_story(store, story_id)
    if version is None:
        b = store.get_doc(BRIEF, story["id"])
    else:
        b = store.get_doc(VERSION, version_key(story["id"], version))
    if b is None:
        what = "no brief yet (run `newsweave run` or `newsweave brief ID`)" if version is None else \
            f"no version {version} (versions: {list_versions(store, story['id']) or 'none'})"
        raise NotFound(f"story {story_id!r} has {what}")
    return b


def _key(text: str) -> str:
    return " ".join(T.words(text.lower()))


def brief_diff(old: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, Any]:
    """What ``new`` says that ``old`` did not ("new since last version").

    Keys: ``from``, ``to``, ``new_articles``, ``added`` / ``removed`` summary sentences,
    ``more_support`` (sentences now backed by more sources), ``new_key_facts``,
    ``new_disagreements``, ``new_quotes``, ``new_timeline``; every item keeps its citations.
    """
    old = old or {"version": 0, "sentences": [], "sections": {}, "article_ids": []}
    old_ids = set(old.get("article_ids") or [])
    o_sent = {_key(s["text"]): s for s in old.get("sentences") or []}
    n_sent = {_key(s["text"]): s for s in new.get("sentences") or []}
    more = []
    for k, s in n_sent.items():
        if k in o_sent:
            a, b = int(o_sent[k].get("support") or 1), int(s.get("support") or 1)
            if b > a:
                more.append({"text": s["text"], "from": a, "to": b, "citations": s["citations"]})

    def new_items(name: str, key=lambda x: _key(x.get("text") or "")) -> list[dict[str, Any]]:
        before = {key(x) for x in (old.get("sections") or {}).get(name) or []}
        return [x for x in (new.get("sections") or {}).get(name) or [] if key(x) not in before]

    def dis_key(d: dict[str, Any]) -> str:
        return _key(d["a"]["text"]) + "|" + _key(d["b"]["text"])

    dis = new_items("disagreements", dis_key)
    return {
        "story_id": new.get("story_id"),
        "from": old.get("version"),
        "to": new.get("version"),
        "new_articles": [a for a in new.get("article_ids") or [] if a not in old_ids],
        "added": [s for k, s in n_sent.items() if k not in o_sent],
        "removed": [s for k, s in o_sent.items() if k not in n_sent],
        "more_support": more,
        "new_key_facts": new_items("key_facts"),
        "new_disagreements": [dict(d, text=f"{d['a']['text']} ↔ {d['b']['text']}") for d in dis],
        "new_quotes": new_items("quotes"),
        "new_timeline": new_items("timeline", lambda x: f"{x.get('date')}|{_key(x.get('text') or '')}"),
    }


def diff_versions(store: Store, story_id: str, version: int | None = None) -> dict[str, Any]:
    """What version ``version`` (default: the current one) brought over the version before it."""
    new = get_brief(store, story_id, version)
    n = int(new.get("version") or 0)
    old = store.get_doc(VERSION, version_key(new["story_id"], n - 1)) if n > 1 else None
    return brief_diff(old, new)
