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
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

from . import extract as extract_mod
from .clean import clean_text, split_lines
from .clean import reasons as R
from .clean.metadata import find_text_metadata
from .clean.outlet import learnable_hashes
from .errors import EmptyInput, InputError
from .lang import detect_language
from .model import Article, RawDoc, Reject, Removed
from .settings import Settings
from .store.base import Store

if TYPE_CHECKING:
    from .run.executor import Executor

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
    shards_skipped: int = 0  # shards a completion marker says were stored by an earlier run
    stage_cpu_s: dict[str, float] = field(default_factory=dict)  # CPU seconds per ingest stage
    rejects: list[Reject] = field(default_factory=list)
    removed_by_reason: Counter = field(default_factory=Counter)

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "stored": self.stored,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "reprints": self.reprints,
            "shards_skipped": self.shards_skipped,
            "stage_cpu_s": {k: round(v, 3) for k, v in self.stage_cpu_s.items()},
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
    # learnable line hashes (outlet chrome), computed here so parallel executors do it on workers
    learnable: set[str] | None = None


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
    learn = learnable_hashes(ex.text, settings.clean.outlet_max_words) if meta.get("outlet") else None
    return Prepared(raw, article_id_for(raw, fp), fp, ex.text, meta, claimed, tm.cuts, tm.line_reasons, learn)


def _learnable(p: Prepared, max_words: int) -> set[str]:
    return p.learnable if p.learnable is not None else learnable_hashes(p.extracted, max_words)


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
        per_outlet[outlet].update(_learnable(p, c.outlet_max_words))
    out: dict[str, set[str]] = {}
    for outlet, counts in per_outlet.items():
        stored = store.outlet_line_counts(outlet, counts)
        out[outlet] = {h for h, n in counts.items() if n + stored.get(h, 0) >= c.outlet_min_articles}
    return out


def _record_outlet_lines(store: Store, batch: Sequence[Prepared], settings: Settings) -> None:
    for p in batch:
        outlet = p.meta.get("outlet")
        if outlet:
            store.add_outlet_lines(outlet, _learnable(p, settings.clean.outlet_max_words))


def ingest(
    inputs: Iterable[str],
    store: Store,
    settings: Settings,
    progress: Progress = _no_progress,
    records: Iterable[RawDoc | Reject] | None = None,
    executor: "Executor | None" = None,
) -> IngestReport:
    """Read, clean, de-duplicate and store every input. Never raises for a bad input.

    Inputs are cut into shards of about ``[ingest] batch_size`` records; reading, extraction,
    cleaning, language identification and MinHash signatures run on ``executor`` (in-process by
    default, or Dask: :mod:`newsweave.run`), while fingerprint checks, outlet-chrome learning,
    reprint assignment and storing run here, in shard order, so the result is the same on every
    executor. A rerun skips shards already stored (see :mod:`newsweave.run.ingest`).
    """
    from .run.ingest import run_ingest
    from .run.memory import apply_settings

    apply_settings(settings)
    return run_ingest(inputs, store, settings, progress, IngestReport(), records=records, executor=executor)


def _where(raw: RawDoc) -> str | None:
    """Where a record is in its source, for a reject (line, entry, WARC record, else its id)."""
    return raw.location or raw.record_id


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


def update(store: Store, settings: Settings, progress: Progress = _no_progress,
           executor: "Executor | None" = None, only: Sequence[str] | None = None) -> dict[str, Any]:
    """Run every registered corpus step (or those named in ``only``); returns their stats by name.

    While the steps run, ``newsweave.run.current_executor()`` is ``executor`` (in-process when
    None), so a step can run its parallel parts as tasks.
    """
    from .run.executor import using
    from .run.memory import apply_settings

    apply_settings(settings)
    _load_steps()

    def rank(item: tuple[str, CorpusStep]) -> int:
        # run in STEP_MODULES order whatever the import order was (a test may import the brief first)
        mod = getattr(item[1], "__module__", "") or ""
        return next((i for i, m in enumerate(STEP_MODULES) if mod == m or mod.startswith(m + ".")), len(STEP_MODULES))

    with using(executor):
        steps = [(n, f) for n, f in sorted(CORPUS_STEPS, key=rank) if only is None or n in only]
        if only is not None and (unknown := set(only) - {n for n, _ in steps}):
            raise ValueError(f"unknown corpus steps {sorted(unknown)}; known: {[n for n, _ in CORPUS_STEPS]}")
        return {name: step(store, settings, progress) for name, step in steps}


def process(inputs: Sequence[str], store: Store, settings: Settings, out_dir: str | None = None,
            progress: Progress = _no_progress, executor: "Executor | None" = None) -> dict[str, Any]:
    """The main job: ingest everything, bring stories and analyses up to date, export."""
    from .export import export

    rep = ingest(inputs, store, settings, progress, executor=executor)
    steps = update(store, settings, progress, executor=executor)
    files = export(store, out_dir, settings, progress) if out_dir else {}
    return {"ingest": rep.to_dict(), "steps": steps, "files": files}


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:12]
