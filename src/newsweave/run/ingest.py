"""Sharded ingestion: the same stage code on any executor, with identical results.

Per shard (see :mod:`newsweave.run.shards`) four phases::

    A  read + extract + metadata      task (parallel)      read_and_prepare
    B  fingerprint dedupe, outlet      driver, shard order  _select
       chrome learning
    C  clean + language + MinHash      task (parallel)      finish_selected
    D  reprint assignment (LSH),       driver, shard order  _commit
       store, completion marker

The driver runs B and D strictly in shard order, so every decision that depends on earlier
articles (is this record known, which lines are outlet chrome, which article is the original)
is made in one deterministic order whatever executor ran A and C and whenever their tasks
finished. B may run ahead of D: it never reads what D writes. Records that B accepted in this
run count as known (``pending``), and the outlet-line counts of accepted shards are held in
memory until D writes them, so B sees the same counts whether D has caught up or not.

D stores a shard's articles in one transaction (``put_articles`` is atomic), then re-pointed
reprints, outlet lines, rejects and the completion marker in a second one. A run killed at any
moment leaves whole shards; a rerun skips the shards whose marker is stored and re-reads the
others, where fingerprints make storing idempotent. (Killed exactly between the two commits, a
shard's outlet-line counts and the re-pointing of *older* stored copies are not redone: a
small loss of chrome evidence and of re-pointing, never of articles.)
"""

from __future__ import annotations

import contextlib
import time
from collections import Counter, defaultdict, deque
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from ..errors import ConflictError, InputError
from ..model import Article, RawDoc, Reject
from ..settings import Settings
from ..store.base import Store
from .executor import Executor, LocalExecutor
from .shards import Shard, plan_shards, read_shard_records

MARKER_KIND = "shard"


# tasks (module-level: picklable by reference on Dask workers) -------------------------------

@dataclass(slots=True)
class Item:
    """One record of a shard after phase A."""

    rec: RawDoc | Reject
    fp: str | None = None
    prepared: Any = None  # pipeline.Prepared
    error: Reject | None = None


@dataclass(slots=True)
class ShardRead:
    items: list[Item]
    cpu_s: float  # CPU seconds the task took (for the per-stage cost figures)


def read_and_prepare(shard: Shard, settings_data: dict) -> ShardRead:
    """Phase A: read a shard's records, fingerprint them, extract bodies and metadata."""
    from ..pipeline import _where, prepare

    t0 = time.process_time()
    settings = Settings(settings_data)
    out: list[Item] = []
    for rec in read_shard_records(shard, settings):
        if isinstance(rec, Reject):
            out.append(Item(rec))
            continue
        try:
            p = prepare(rec, settings)
        except InputError as exc:
            out.append(Item(rec, rec.fingerprint(), None, Reject(rec.source, exc.code, exc.message, _where(rec))))
            continue
        out.append(Item(rec, p.fingerprint, p))
    return ShardRead(out, time.process_time() - t0)


def finish_selected(shard_read: ShardRead, selected: list[int], chrome: dict[str, set[str]],
                    settings_data: dict, hash_scheme: str) -> tuple[list[tuple[Article, bytes] | Reject], float]:
    """Phase C: clean, identify the language and sign (MinHash) the selected records."""
    from ..dedupe.minhash import minhash_of, to_bytes
    from ..pipeline import _where, finish

    t0 = time.process_time()
    items = shard_read.items
    settings = Settings(settings_data)
    d = settings.dedupe
    out: list[tuple[Article, bytes] | Reject] = []
    for i in selected:
        p = items[i].prepared
        try:
            a = finish(p, settings, chrome.get(p.meta.get("outlet") or "", set()))
        except InputError as exc:
            out.append(Reject(p.raw.source, exc.code, exc.message, _where(p.raw)))
            continue
        out.append((a, to_bytes(minhash_of(a.text, d.num_perm, d.shingle_words, d.seed, hash_scheme))))
    return out, time.process_time() - t0


# the driver ----------------------------------------------------------------------------------

class _LineCounts:
    """The store as outlet-chrome learning sees it: stored counts plus accepted, unwritten shards.

    ``add_outlet_lines`` is captured per shard (written by D in the shard's transaction);
    every other attribute is the real store's.
    """

    def __init__(self, store: Store):
        self._store = store
        self.unwritten: dict[int, list[tuple[str, list[str]]]] = {}
        self._totals: dict[str, Counter] = defaultdict(Counter)
        self.shard: int | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def outlet_line_counts(self, outlet: str, line_hashes: Iterable[str]) -> dict[str, int]:
        hashes = list(dict.fromkeys(line_hashes))
        out = dict(self._store.outlet_line_counts(outlet, hashes))
        extra = self._totals.get(outlet)
        if extra:
            for h in hashes:
                n = extra.get(h, 0)
                if n:
                    out[h] = out.get(h, 0) + n
        return out

    def add_outlet_lines(self, outlet: str, line_hashes: Iterable[str]) -> None:
        assert self.shard is not None
        hashes = list(dict.fromkeys(line_hashes))
        self.unwritten.setdefault(self.shard, []).append((outlet, hashes))
        self._totals[outlet].update(hashes)

    def take(self, shard: int) -> list[tuple[str, list[str]]]:
        calls = self.unwritten.pop(shard, [])
        for outlet, hashes in calls:
            self._totals[outlet].subtract(hashes)
        return calls


@dataclass(slots=True)
class _Selected:
    shard: Shard
    items_future: Any
    finish_future: Any
    selected: list[int]
    rejects: list[Reject]
    read: int
    unchanged: int
    read_failed: bool
    chrome: dict[str, set[str]]
    where: dict[str, str | None]


def transaction(store: Store) -> Any:
    tx = getattr(store, "transaction", None)
    return tx() if tx is not None else contextlib.nullcontext()


def run_ingest(inputs: Iterable[str], store: Store, settings: Settings, progress: Any, report: Any,
               records: Iterable[RawDoc | Reject] | None = None, executor: Executor | None = None) -> Any:
    """Ingest ``inputs`` (or ``records``) into ``store``, filling ``report`` (a pipeline.IngestReport)."""
    from ..dedupe.minhash import ReprintIndex, store_scheme

    ex = executor or LocalExecutor(retries=settings.run.retries)
    data = settings.as_dict()
    index = ReprintIndex(settings.dedupe.threshold, settings.dedupe.num_perm, settings.dedupe.seed)
    index.load(store.iter_minhashes())
    scheme = store_scheme(store, settings)  # the shingle hashing this store's signatures use
    counts = _LineCounts(store)
    pending: set[str] = set()  # fingerprints accepted in this run
    window = max(1, int(settings.run.lookahead)) * max(1, ex.workers)
    # CPU seconds per stage: tasks measure their own, the driver its phases (B, D)
    cost = report.stage_cpu_s
    for k in ("read_prepare", "select", "clean_language_minhash", "reprints_store"):
        cost.setdefault(k, 0.0)

    def todo() -> Iterator[Shard]:
        for shard in plan_shards(inputs, settings, records):
            key = shard.key
            if key is not None:
                done = store.get_doc(MARKER_KIND, key)
                if done is not None:
                    # what a rerun of the shard would report: every record unchanged, the same rejects
                    old = [Reject(*r) for r in done.get("rejects", [])]
                    report.read += done.get("records", 0)
                    report.unchanged += done.get("records", 0)
                    report.rejects.extend(old)
                    report.rejected += len(old)
                    report.shards_skipped += 1
                    progress("ingest", report.read, None)
                    continue
            yield shard

    reading: deque[tuple[Shard, Any]] = deque()
    selected: deque[_Selected] = deque()
    shards = todo()
    exhausted = False

    def fill() -> None:
        nonlocal exhausted
        while not exhausted and len(reading) < window:
            shard = next(shards, None)
            if shard is None:
                exhausted = True
                return
            reading.append((shard, ex.submit(read_and_prepare, shard, data)))

    fill()
    while reading or selected:
        if reading:
            shard, fut = reading.popleft()
            fill()
            got = ex.result(fut)
            t0 = time.process_time()
            sel = _select(shard, got.items, store, counts, pending, settings)
            cost["select"] += time.process_time() - t0
            cost["read_prepare"] += got.cpu_s
            sel.items_future = fut
            sel.finish_future = ex.submit(finish_selected, fut, sel.selected, sel.chrome, data, scheme)
            selected.append(sel)
            del got
        # keep C tasks of a few shards in flight, then commit the oldest in order
        while selected and (len(selected) > window or not reading):
            sel = selected.popleft()
            results, cpu_s = ex.result(sel.finish_future)
            cost["clean_language_minhash"] += cpu_s
            ex.release(sel.finish_future)
            ex.release(sel.items_future)
            t0 = time.process_time()
            _commit(sel, results, store, counts, index, report, settings)
            cost["reprints_store"] += time.process_time() - t0
            progress("ingest", report.read, None)
    return report


def _select(shard: Shard, items: list[Item], store: Store, counts: _LineCounts, pending: set[str],
            settings: Settings) -> _Selected:
    """Phase B (driver, shard order): what is new, and which lines are outlet chrome."""
    from ..pipeline import _outlet_chrome, _record_outlet_lines, _where

    fps = [it.fp for it in items if it.fp is not None]
    known = store.article_ids_by_fingerprint(fps)
    rejects: list[Reject] = []
    chosen: list[int] = []
    seen_ids: dict[str, str] = {}
    read = unchanged = 0
    read_failed = False
    for i, it in enumerate(items):
        if isinstance(it.rec, Reject):
            rejects.append(it.rec)
            read_failed = read_failed or it.rec.code == "E106"
            continue
        read += 1
        fp = it.fp
        if fp in known or fp in pending:
            unchanged += 1
            continue
        if it.error is not None:
            rejects.append(it.error)
            continue
        p = it.prepared
        if p.article_id in seen_ids and seen_ids[p.article_id] != fp:
            rejects.append(Reject(it.rec.source, "E201", f"duplicate id {p.article_id!r} with other content in the same input",
                                  _where(it.rec)))
            continue
        if p.article_id in seen_ids:
            unchanged += 1
            continue
        seen_ids[p.article_id] = fp  # type: ignore[assignment]
        chosen.append(i)
    prepared = [items[i].prepared for i in chosen]
    pending.update(items[i].fp for i in chosen)  # type: ignore[misc]
    chrome = _outlet_chrome(counts, prepared, settings)  # type: ignore[arg-type]
    counts.shard = shard.index
    _record_outlet_lines(counts, prepared, settings)  # type: ignore[arg-type]
    counts.shard = None
    where = {items[i].prepared.article_id: _where(items[i].rec) for i in chosen}
    return _Selected(shard, None, None, chosen, rejects, read, unchanged, read_failed, chrome, where)


def _commit(sel: _Selected, results: list[tuple[Article, bytes] | Reject], store: Store, counts: _LineCounts,
            index: Any, report: Any, settings: Settings) -> None:
    """Phase D (driver, shard order): reprints, then one transaction for everything of the shard."""
    rejects = list(sel.rejects)
    articles: list[Article] = []
    sigs_by_id: dict[str, bytes] = {}
    for r in results:
        if isinstance(r, Reject):
            rejects.append(r)
        else:
            articles.append(r[0])
            sigs_by_id[r[0].id] = r[1]
    report.read += sel.read
    report.unchanged += sel.unchanged
    existing = {a.id: a for a in store.get_articles([a.id for a in articles])}
    fresh: list[Article] = []
    for a in articles:
        old = existing.get(a.id)
        if old is None:
            fresh.append(a)
        elif old.content_hash == a.content_hash:
            report.unchanged += 1
        else:
            rejects.append(Reject(a.source, "E201", f"id {a.id!r} is already stored (from {old.source}) with different "
                                  "content; nothing was changed", sel.where.get(a.id)))
    from ..dedupe.minhash import from_bytes

    sigs: list[bytes] = []
    repointed: list[tuple[str, str]] = []
    removed: Counter = Counter()
    for a in fresh:
        sig = sigs_by_id[a.id]
        orig, moved = index.add(a.id, from_bytes(sig, settings.dedupe.num_perm, settings.dedupe.seed), a.published)
        a.reprint_of = orig
        repointed.extend(moved)
        sigs.append(sig)
        for r in a.removed:
            removed[r.reason] += 1
    # a later article of this shard may have re-pointed an earlier one: the index has the final word
    shard_ids = {a.id for a in fresh}
    reprints = 0
    for a in fresh:
        root = index.root(a.id)
        a.reprint_of = root if root != a.id else None
        reprints += a.reprint_of is not None
    final = {aid: index.root(aid) for aid, _ in repointed if aid not in shard_ids}
    moved_pairs = [(aid, r if r != aid else None) for aid, r in final.items()]
    lines = counts.take(sel.shard.index)

    # everything the shard writes in one transaction, the marker last: a crash between writes
    # would leave articles stored without their outlet-line counts or the re-pointing they
    # caused, and a re-run (which skips stored records) could not repair that
    with transaction(store):
        try:
            stored = store.put_articles(fresh, sigs)
        except ConflictError:
            # a concurrent writer stored one of these ids with other content since we looked:
            # store article by article so only the conflicting ones are rejected
            stored = 0
            for a, sig in zip(fresh, sigs):
                try:
                    stored += store.put_articles([a], [sig])
                except ConflictError as exc:
                    rejects.append(Reject(a.source, exc.code, exc.message, f"id {a.id}"))
        if moved_pairs:
            store.set_reprint_of(moved_pairs)
        for outlet, hashes in lines:
            store.add_outlet_lines(outlet, hashes)
        if rejects:
            store.add_rejects(rejects)
        key = sel.shard.key
        if key is not None and not sel.read_failed:
            store.put_doc(MARKER_KIND, key, {
                "records": sel.read, "stored": stored, "pieces": [p.path for p in sel.shard.pieces][:20],
                "rejects": [[r.source, r.code, r.message, r.record] for r in rejects]})
    report.stored += stored
    report.reprints += reprints
    report.removed_by_reason.update(removed)
    if rejects:
        report.rejects.extend(rejects)
        report.rejected += len(rejects)
