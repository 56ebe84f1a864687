"""The ingest pipeline and the corpus steps that follow it.

Per record: read -> extract -> metadata + clean -> language -> reprint check -> store, in
batches (``[ingest] batch_size``) so per-outlet chrome learning sees a whole batch and every
batch is stored in one transaction. A record that fails becomes a stored :class:`Reject`;
nothing already stored is touched.

After ingestion, *corpus steps* bring derived data up to date (stories, evidence, briefs). Each
is a function ``step(store, settings, progress) -> dict`` registered in :data:`CORPUS_STEPS`
by the module that owns it; steps must be incremental (cheap when nothing changed) and
idempotent.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Sequence

from . import extract as extract_mod
from .clean import clean_text, split_lines
from .clean import reasons as R
from .clean.metadata import find_text_metadata
from .clean.outlet import learnable_hashes
from .dedupe.minhash import ReprintIndex, minhash_of, store_scheme, to_bytes
from .errors import ConflictError, EmptyInput, InputError
from .ingest import iter_inputs
from .lang import detect_language
from .model import Article, RawDoc, Reject, Removed
from .settings import Settings
from .store.base import Store

Progress = Callable[[str, int, int | None], None]


def _no_progress(stage: str, done: int, total: int | None) -> None:
    return None


@dataclass(slots=True)
class IngestReport:
    read: int = 0
    stored: int = 0
    unchanged: int = 0
    rejected: int = 0
    reprints: int = 0
    rejects: list[Reject] = field(default_factory=list)
    removed_by_reason: Counter = field(default_factory=Counter)

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "stored": self.stored,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "reprints": self.reprints,
            "removed_by_reason": dict(self.removed_by_reason),
            "rejects": [str(r) for r in self.rejects],
        }


@dataclass(slots=True)
class Prepared:
    """A record after extraction, before cleaning (cleaning needs the batch for outlet learning)."""

    raw: RawDoc
    article_id: str
    fingerprint: str
    extracted: str
    meta: dict[str, Any]
    claimed: dict[int, str]
    cuts: list[Removed] = field(default_factory=list)
    line_reasons: list[str | None] | None = None  # chrome rules per line, computed once by metadata extraction


def article_id_for(raw: RawDoc, fingerprint: str) -> str:
    if raw.record_id:
        return raw.record_id
    return fingerprint[:16]


def prepare(raw: RawDoc, settings: Settings) -> Prepared:
    """Extract the body and find metadata of one record; raises InputError."""
    fp = raw.fingerprint()
    ex = extract_mod.extract(raw, settings)
    meta = dict(ex.meta)
    claimed: dict[int, str] = {}
    lines = split_lines(ex.text)
    given_title = raw.meta.get("title") or meta.get("title")
    tm = find_text_metadata(lines, has_title=bool(given_title), title=given_title, extracted=ex.text)
    claimed.update(tm.claimed)
    for k, v in tm.fields.items():
        meta.setdefault(k, v)
    # what the container states (JSONL keys, feed entry fields) wins over what was guessed
    for k, v in raw.meta.items():
        if v:
            meta[k] = v
    return Prepared(raw, article_id_for(raw, fp), fp, ex.text, meta, claimed, tm.cuts, tm.line_reasons)


def finish(p: Prepared, settings: Settings, outlet_chrome: set[str]) -> Article:
    res = clean_text(p.extracted, pre_marked=p.claimed, pre_cuts=p.cuts, outlet_chrome=outlet_chrome,
                     base_reasons=p.line_reasons)
    if len(res.text.strip()) < settings.ingest.min_body_chars:
        raise EmptyInput(
            f"no article body left after cleaning ({len(res.text.strip())} characters; "
            f"setting ingest.min_body_chars = {settings.ingest.min_body_chars})",
            source=p.raw.source, record=p.raw.record_id,
        )
    meta = p.meta
    lang = meta.get("language") or detect_language(res.text, settings.language.default or None)
    return Article(
        id=p.article_id, source=p.raw.source, fmt=p.raw.fmt, raw=p.raw.content, extracted=p.extracted,
        text=res.text, title=meta.get("title"), outlet=meta.get("outlet"), url=meta.get("url"),
        published=meta.get("published"), language=lang, dateline=meta.get("dateline"),
        byline=meta.get("byline"), credit=meta.get("credit"), removed=tuple(res.removed),
        meta={"fingerprint": p.fingerprint, "encoding": p.raw.encoding,
              **{k: v for k, v in meta.items() if k.startswith("x_")}},
    )


def _outlet_chrome(store: Store, batch: Sequence[Prepared], settings: Settings) -> dict[str, set[str]]:
    """Hashes of lines that recur across an outlet's articles (stored ones and this batch)."""
    c = settings.clean
    if not c.outlet_learning:
        return {}
    per_outlet: dict[str, Counter] = defaultdict(Counter)
    for p in batch:
        outlet = p.meta.get("outlet")
        if not outlet:
            continue
        per_outlet[outlet].update(learnable_hashes(p.extracted, c.outlet_max_words))
    out: dict[str, set[str]] = {}
    for outlet, counts in per_outlet.items():
        stored = store.outlet_line_counts(outlet, counts)
        out[outlet] = {h for h, n in counts.items() if n + stored.get(h, 0) >= c.outlet_min_articles}
    return out


def _record_outlet_lines(store: Store, batch: Sequence[Prepared], settings: Settings) -> None:
    for p in batch:
        outlet = p.meta.get("outlet")
        if outlet:
            store.add_outlet_lines(outlet, learnable_hashes(p.extracted, settings.clean.outlet_max_words))


def _batches(it: Iterable[Any], n: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for x in it:
        batch.append(x)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(
    inputs: Iterable[str],
    store: Store,
    settings: Settings,
    progress: Progress = _no_progress,
    records: Iterable[RawDoc | Reject] | None = None,
) -> IngestReport:
    """Read, clean, de-duplicate and store every input. Never raises for a bad input."""
    rep = IngestReport()
    index = ReprintIndex(settings.dedupe.threshold, settings.dedupe.num_perm, settings.dedupe.seed)
    index.load(store.iter_minhashes())
    scheme = store_scheme(store, settings)
    stream = records if records is not None else iter_inputs(inputs, settings)
    for batch in _batches(stream, settings.ingest.batch_size):
        _ingest_batch(batch, store, settings, index, rep, scheme)
        progress("ingest", rep.read, None)
    return rep


def _where(raw: RawDoc) -> str | None:
    """Where a record is in its source, for a reject (line, entry, WARC record, else its id)."""
    return raw.location or raw.record_id


def _ingest_batch(batch: list[RawDoc | Reject], store: Store, settings: Settings, index: ReprintIndex, rep: IngestReport,
                  scheme: str) -> None:
    rejects: list[Reject] = []
    prepared: list[Prepared] = []
    fps = [r.fingerprint() for r in batch if isinstance(r, RawDoc)]
    known = store.article_ids_by_fingerprint(fps)
    seen_ids: dict[str, str] = {}
    for rec in batch:
        if isinstance(rec, Reject):
            rejects.append(rec)
            continue
        rep.read += 1
        fp = rec.fingerprint()
        if fp in known:
            rep.unchanged += 1
            continue
        try:
            p = prepare(rec, settings)
        except InputError as exc:
            rejects.append(Reject(rec.source, exc.code, exc.message, _where(rec)))
            continue
        if p.article_id in seen_ids and seen_ids[p.article_id] != fp:
            rejects.append(Reject(rec.source, "E201", f"duplicate id {p.article_id!r} with other content in the same input", _where(rec)))
            continue
        if p.article_id in seen_ids:
            rep.unchanged += 1
            continue
        seen_ids[p.article_id] = fp
        prepared.append(p)
    chrome = _outlet_chrome(store, prepared, settings)
    articles: list[Article] = []
    for p in prepared:
        try:
            articles.append(finish(p, settings, chrome.get(p.meta.get("outlet") or "", set())))
        except InputError as exc:
            rejects.append(Reject(p.raw.source, exc.code, exc.message, _where(p.raw)))
    # ids already stored with other content are conflicts: reject them, store the rest
    existing = {a.id: a for a in store.get_articles([a.id for a in articles])}
    where = {p.article_id: _where(p.raw) for p in prepared}
    fresh: list[Article] = []
    for a in articles:
        old = existing.get(a.id)
        if old is None:
            fresh.append(a)
        elif old.content_hash == a.content_hash:
            rep.unchanged += 1
        else:
            rejects.append(Reject(a.source, "E201", f"id {a.id!r} is already stored (from {old.source}) with different content; nothing was changed", where.get(a.id)))
    sigs: list[bytes] = []
    repointed: list[tuple[str, str]] = []
    for a in fresh:
        m = minhash_of(a.text, settings.dedupe.num_perm, settings.dedupe.shingle_words, settings.dedupe.seed, scheme)
        orig, moved = index.add(a.id, m, a.published)
        a.reprint_of = orig
        repointed.extend(moved)
        sigs.append(to_bytes(m))
        for r in a.removed:
            rep.removed_by_reason[r.reason] += 1
    # a later article of this batch may have re-pointed an earlier one: the index has the final word
    batch_ids = {a.id for a in fresh}
    for a in fresh:
        a.reprint_of = index.root(a.id) if index.root(a.id) != a.id else None
        if a.reprint_of:
            rep.reprints += 1
    # one transaction for everything the batch writes: a crash between these writes would leave
    # articles stored without their outlet-line counts or the re-pointing they caused, and a
    # re-run (which skips stored records) could not repair that
    with store.transaction():
        stored = _write_batch(store, settings, index, fresh, sigs, prepared, rejects, batch_ids, repointed)
    rep.stored += stored
    if rejects:
        rep.rejects.extend(rejects)
        rep.rejected += len(rejects)


def _write_batch(store: Store, settings: Settings, index: ReprintIndex, fresh: list[Article], sigs: list[bytes],
                 prepared: list[Prepared], rejects: list[Reject], batch_ids: set[str],
                 repointed: list[tuple[str, str]]) -> int:
    try:
        stored = store.put_articles(fresh, sigs)
    except ConflictError:
        # a concurrent writer stored one of these ids with other content since we looked:
        # store the batch article by article so only the conflicting ones are rejected
        stored = 0
        for a, sig in zip(fresh, sigs):
            try:
                stored += store.put_articles([a], [sig])
            except ConflictError as exc:
                rejects.append(Reject(a.source, exc.code, exc.message, f"id {a.id}"))
    if repointed:
        final = {aid: index.root(aid) for aid, _ in repointed if aid not in batch_ids}
        store.set_reprint_of([(aid, r if r != aid else None) for aid, r in final.items()])
    _record_outlet_lines(store, prepared, settings)
    if rejects:
        store.add_rejects(rejects)
    return stored


# corpus steps ------------------------------------------------------------------------------

CorpusStep = Callable[[Store, Settings, Progress], dict[str, Any]]
CORPUS_STEPS: list[tuple[str, CorpusStep]] = []


def register_step(name: str) -> Callable[[CorpusStep], CorpusStep]:
    def deco(fn: CorpusStep) -> CorpusStep:
        CORPUS_STEPS[:] = [(n, f) for n, f in CORPUS_STEPS if n != name] + [(name, fn)]
        return fn

    return deco


STEP_MODULES = ("newsweave.cluster", "newsweave.analyze", "newsweave.brief")


def _load_steps() -> None:
    # importing a module registers its step; STEP_MODULES is the order they run in
    import importlib

    for mod in STEP_MODULES:
        try:
            importlib.import_module(mod)
        except ModuleNotFoundError as exc:
            if exc.name != mod:
                raise


def update(store: Store, settings: Settings, progress: Progress = _no_progress) -> dict[str, Any]:
    """Run every registered corpus step; returns their stats by name."""
    _load_steps()

    def rank(item: tuple[str, CorpusStep]) -> int:
        # run in STEP_MODULES order whatever the import order was (a test may import the brief first)
        mod = getattr(item[1], "__module__", "") or ""
        return next((i for i, m in enumerate(STEP_MODULES) if mod == m or mod.startswith(m + ".")), len(STEP_MODULES))

    return {name: step(store, settings, progress) for name, step in sorted(CORPUS_STEPS, key=rank)}


def process(inputs: Sequence[str], store: Store, settings: Settings, out_dir: str | None = None,
            progress: Progress = _no_progress) -> dict[str, Any]:
    """The main job: ingest everything, bring stories and analyses up to date, export."""
    from .export import export

    rep = ingest(inputs, store, settings, progress)
    steps = update(store, settings, progress)
    files = export(store, out_dir, settings, progress) if out_dir else {}
    return {"ingest": rep.to_dict(), "steps": steps, "files": files}


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:12]
