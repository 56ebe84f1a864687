"""Continuous ingestion: keep a store up to date with folders and feeds.

Each *pass* looks at every file under the watched folders (and every ``--feed`` file), picks the
ones that are new or changed since the store last saw them, ingests them, and brings the corpus
steps (stories, ledgers, briefs) up to date. Feed URLs are fetched on every pass (with the
``[fetch]`` safeguards; ``[fetch] enabled`` must be true).

Safe to stop at any moment, even with ``kill -9``: what the store knows about a file (``docs``
kind ``"watch_file"``: size, modification time, SHA-256) is written only *after* the file's
articles are stored, and storing is idempotent (fingerprints, shard markers). A file whose
ingestion was cut short is simply read again on the next start; nothing is lost or stored twice.
The corpus steps run on every start and after every pass that stored something, so a stop
between ingestion and the steps is caught up on restart.

A file is picked up once its modification time is ``[watch] settle_seconds`` old, so a file
still being written is not read half-way (a half-written JSONL line would only be rejected and
read again when the file changes, but waiting avoids the noise).
"""

from __future__ import annotations

import hashlib
import os
import stat as stat_mod
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from ..errors import ConfigError
from ..model import Reject
from ..settings import Settings
from ..store.base import Store

STATE_KIND = "watch_file"


@dataclass(slots=True)
class PassReport:
    """What one pass did."""

    number: int
    files_seen: int = 0
    files_ingested: list[str] = field(default_factory=list)
    files_touched: int = 0  # modification time changed, content did not
    waiting: int = 0  # too fresh to read yet (settle_seconds)
    feeds_fetched: int = 0
    ingest: dict[str, Any] = field(default_factory=dict)
    steps: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.ingest.get("stored")) or bool(self.steps)

    def to_dict(self) -> dict[str, Any]:
        return {"pass": self.number, "files_seen": self.files_seen, "files_ingested": self.files_ingested,
                "files_touched": self.files_touched, "waiting": self.waiting, "feeds_fetched": self.feeds_fetched,
                "ingest": self.ingest, "steps": self.steps, "seconds": round(self.seconds, 3)}


def _sha256(path: str) -> str | None:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


def _scan(roots: Sequence[str], feed_files: Sequence[str], settings: Settings) -> tuple[dict[str, os.stat_result], list[Reject]]:
    from ..ingest.dispatch import walk

    files: dict[str, os.stat_result] = {}
    problems: list[Reject] = []
    for root in [*roots, *feed_files]:
        try:
            st = os.stat(root)
        except OSError as exc:
            problems.append(Reject(root, "E106", f"cannot watch: {exc.strerror or exc}"))
            continue
        if stat_mod.S_ISDIR(st.st_mode):
            for f in walk(Path(root), settings.ingest.follow_symlinks):
                if isinstance(f, Reject):
                    problems.append(f)
                    continue
                try:
                    files[str(f)] = os.stat(f)
                except OSError:
                    continue  # vanished between listing and stat: seen next pass if it comes back
        else:
            files[root] = st
    return files, problems


class Watcher:
    """Passes over ``roots`` (folders or files) and ``feeds`` (feed files or URLs) into ``store``."""

    def __init__(self, roots: Sequence[str], store: Store, settings: Settings, *, feeds: Sequence[str] = (),
                 executor: Any = None, settle_seconds: float | None = None):
        if not roots and not feeds:
            raise ConfigError("nothing to watch: give at least one folder or --feed")
        self.roots = list(roots)
        self.feed_urls = [f for f in feeds if f.lower().startswith(("http://", "https://"))]
        self.feed_files = [f for f in feeds if f not in self.feed_urls]
        if self.feed_urls and not settings.fetch.enabled:
            raise ConfigError("feed URLs need fetching: set [fetch] enabled = true (or NEWSWEAVE_FETCH__ENABLED=1); "
                              "its safeguards (no private addresses, size and time limits) apply")
        self.store = store
        self.settings = settings
        self.executor = executor
        self.settle = settings.watch.settle_seconds if settle_seconds is None else settle_seconds
        self.passes = 0

    def run_pass(self, progress: Callable[[str, int, int | None], None] | None = None) -> PassReport:
        from .. import pipeline

        t0 = time.monotonic()
        self.passes += 1
        rep = PassReport(self.passes)
        files, problems = _scan(self.roots, self.feed_files, self.settings)
        rep.files_seen = len(files)
        state = dict(self.store.iter_docs(STATE_KIND))
        now = time.time()
        todo: list[tuple[str, dict[str, Any]]] = []
        touched: list[tuple[str, dict[str, Any]]] = []
        for path in sorted(files):
            st = files[path]
            old = state.get(path)
            if old and old.get("size") == st.st_size and old.get("mtime_ns") == st.st_mtime_ns:
                continue
            # (a modification time far in the future is clock skew, not a file being written)
            if self.settle > 0 and -60 < now - st.st_mtime < self.settle:
                rep.waiting += 1
                continue
            digest = _sha256(path)
            if digest is None:
                continue
            new = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": digest}
            (touched if old and old.get("sha256") == digest else todo).append((path, new))
        if problems:
            self.store.add_rejects(problems)
        inputs = [p for p, _ in todo] + self.feed_urls
        cb = progress or (lambda *a: None)
        if inputs:
            ing = pipeline.ingest(inputs, self.store, self.settings, cb, executor=self.executor)
            rep.ingest = ing.to_dict()
            rep.files_ingested = [p for p, _ in todo]
            rep.feeds_fetched = len(self.feed_urls)
        # state last: a stop before this line means the files are read again (idempotently)
        for path, new in todo + touched:
            self.store.put_doc(STATE_KIND, path, new)
        rep.files_touched = len(touched)
        if self.passes == 1 or rep.ingest.get("stored") or rep.ingest.get("reprints"):
            rep.steps = pipeline.update(self.store, self.settings, cb, executor=self.executor)
        rep.seconds = time.monotonic() - t0
        return rep

    def run(self, *, interval: float, once: bool = False, on_pass: Callable[[PassReport], None] | None = None,
            progress: Callable[[str, int, int | None], None] | None = None,
            should_stop: Callable[[], bool] = lambda: False) -> int:
        """Pass after pass, ``interval`` seconds apart (one pass with ``once``); returns the passes run."""
        while True:
            started = time.monotonic()
            rep = self.run_pass(progress)
            if on_pass:
                on_pass(rep)
            if once or should_stop():
                return self.passes
            # --once semantics aside, a file that was too fresh is looked at again soon
            wait = interval - (time.monotonic() - started)
            if rep.waiting:
                wait = min(wait, self.settle)
            end = time.monotonic() + max(0.0, wait)
            while time.monotonic() < end:
                if should_stop():
                    return self.passes
                time.sleep(min(0.2, max(0.0, end - time.monotonic())))


def watch(roots: Iterable[str], store: Store, settings: Settings, *, feeds: Sequence[str] = (),
          interval: float | None = None, once: bool = False, executor: Any = None,
          on_pass: Callable[[PassReport], None] | None = None) -> int:
    """Convenience over :class:`Watcher` (see the module docstring)."""
    w = Watcher(list(roots), store, settings, feeds=feeds, executor=executor,
                settle_seconds=0.0 if once else None)
    return w.run(interval=settings.watch.interval_seconds if interval is None else interval, once=once, on_pass=on_pass)
