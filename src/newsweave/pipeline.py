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
from .clean import clean_text, line_hash, split_lines
from .clean import reasons as R
from .clean.metadata import find_text_metadata
from .dedupe.minhash import ReprintIndex, minhash_of, to_bytes
from .errors import ConflictError, InputError
from .ingest import iter_inputs
from .lang import detect_language
from .model import Article, RawDoc, Reject
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


def article_id_for(raw: RawDoc, fingerprint: str) -> str:
    if raw.record_id:
        return raw.record_id
    return fingerprint[:16]


def prepare(raw: RawDoc, settings: Settings) -> Prepared:
    """Extract the body and find metadata of one record; raises InputError."""
    fp = raw.fingerprint()
    ex = extract_mod.extract(raw)
    meta = dict(ex.meta)
    claimed: dict[int, str] = {}
    lines = split_lines(ex.text)
    tm = find_text_metadata(lines, has_title=bool(raw.meta.get("title") or meta.get("title")))
    claimed.update(tm.claimed)
    for k, v in tm.fields.items():
        meta.setdefault(k, v)
    # what the container states (JSONL keys, feed entry fields) wins over what was guessed
    for k, v in raw.meta.items():
        if v:
            meta[k] = v
    return Prepared(raw, article_id_for(raw, fp), fp, ex.text, meta, claimed)


def finish(p: Prepared, settings: Settings, outlet_chrome: set[str]) -> Article:
    res = clean_text(p.extracted, pre_marked=p.claimed, outlet_chrome=outlet_chrome)
    if len(res.text.strip()) < settings.ingest.min_body_chars:
        raise InputError(
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
        hashes = {line_hash(ln.text) for i, ln in enumerate(split_lines(p.extracted))
                  if i not in p.claimed and len(ln.text.split()) <= c.outlet_max_words}
        per_outlet[outlet].update(hashes)
    out: dict[str, set[str]] = {}
    for outlet, counts in per_outlet.items():
        stored = store.outlet_line_counts(outlet, counts)
        out[outlet] = {h for h, n in counts.items() if n + stored.get(h, 0) >= c.outlet_min_articles}
    return out


def _record_outlet_lines(store: Store, batch: Sequence[Prepared], settings: Settings) -> None:
    for p in batch:
        outlet = p.meta.get("outlet")
        if outlet:
            store.add_outlet_lines(outlet, {line_hash(ln.text) for ln in split_lines(p.extracted)
                                            if len(ln.text.split()) <= settings.clean.outlet_max_words})


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
    stream = records if records is not None else iter_inputs(inputs, settings)
    for batch in _batches(stream, settings.ingest.batch_size):
        _ingest_batch(batch, store, settings, index, rep)
        progress("ingest", rep.read, None)
    return rep


def _ingest_batch(batch: list[RawDoc | Reject], store: Store, settings: Settings, index: ReprintIndex, rep: IngestReport) -> None:
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
            rejects.append(Reject(rec.source, exc.code, exc.message, rec.record_id))
            continue
        if p.article_id in seen_ids and seen_ids[p.article_id] != fp:
            rejects.append(Reject(rec.source, "E201", f"duplicate id {p.article_id!r} with other content in the same input", rec.record_id))
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
            rejects.append(Reject(p.raw.source, exc.code, exc.message, p.raw.record_id))
    # ids already stored with other content are conflicts: reject them, store the rest
    existing = {a.id: a for a in store.get_articles([a.id for a in articles])}
    fresh: list[Article] = []
    for a in articles:
        old = existing.get(a.id)
        if old is None:
            fresh.append(a)
        elif old.content_hash == a.content_hash:
            rep.unchanged += 1
        else:
            rejects.append(Reject(a.source, "E201", f"id {a.id!r} is already stored (from {old.source}) with different content; nothing was changed"))
    sigs: list[bytes] = []
    repointed: list[tuple[str, str]] = []
    for a in fresh:
        m = minhash_of(a.text, settings.dedupe.num_perm, settings.dedupe.shingle_words, settings.dedupe.seed)
        orig, moved = index.add(a.id, m, a.published)
        a.reprint_of = orig
        repointed.extend(moved)
        sigs.append(to_bytes(m))
        for r in a.removed:
            rep.removed_by_reason[r.reason] += 1
    # a later copy in this batch can turn out older than one stored earlier in the same batch:
    # its re-pointing must reach the not-yet-stored Article objects too
    fresh_by_id = {a.id: a for a in fresh}
    for aid, orig in repointed:
        if aid in fresh_by_id:
            fresh_by_id[aid].reprint_of = orig
    rep.reprints += sum(1 for a in fresh if a.reprint_of)
    try:
        stored = store.put_articles(fresh, sigs)
    except ConflictError as exc:  # a concurrent writer stored the same id: keep going without this batch
        rejects.append(Reject(exc.source or "?", exc.code, exc.message))
        stored = 0
    if repointed:
        store.set_reprint_of([(aid, orig) for aid, orig in repointed if aid not in fresh_by_id])
    _record_outlet_lines(store, prepared, settings)
    rep.stored += stored
    if rejects:
        store.add_rejects(rejects)
        rep.rejects.extend(rejects)
        rep.rejected += len(rejects)


# corpus steps ------------------------------------------------------------------------------

CorpusStep = Callable[[Store, Settings, Progress], dict[str, Any]]
CORPUS_STEPS: list[tuple[str, CorpusStep]] = []


def register_step(name: str) -> Callable[[CorpusStep], CorpusStep]:
    def deco(fn: CorpusStep) -> CorpusStep:
        CORPUS_STEPS[:] = [(n, f) for n, f in CORPUS_STEPS if n != name] + [(name, fn)]
        return fn

    return deco


def _load_steps() -> None:
    # importing a module registers its step; the order here is the order they run in
    import importlib

    for mod in ("newsweave.cluster", "newsweave.analyze", "newsweave.brief"):
        try:
            importlib.import_module(mod)
        except ModuleNotFoundError as exc:
            if exc.name != mod:
                raise


def update(store: Store, settings: Settings, progress: Progress = _no_progress) -> dict[str, Any]:
    """Run every registered corpus step; returns their stats by name."""
    _load_steps()
    return {name: step(store, settings, progress) for name, step in CORPUS_STEPS}


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
