"""Rendered responses (HTML pages, JSON bodies) kept until the data behind them changes.

Every GET over the store is a pure function of the store's content, so a response rendered once
is valid until :meth:`~newsweave.store.base.Store.change_stamp` moves; then the whole cache is
dropped. Bounded LRU. Backends without stamps get no caching (correct, just slower).

With several server processes (``newsweave serve --workers N``) each would render every page
itself; a big story page costs tens of milliseconds and a ledger parse, so the processes also
share a second level: a SQLite file of rendered bodies, keyed by URL and store stamp, that
``serve`` creates in a temporary directory for its workers (:envvar:`NEWSWEAVE_SERVE_PAGES`).
A page one process rendered is a file read for the others.
"""

from __future__ import annotations

import gzip
import json
import sqlite3
import threading
from collections import OrderedDict
from typing import Any, Callable

from .. import query
from ..store.base import Store


GZIP_MIN_BYTES = 4096


def accepts_gzip(headers: Any) -> bool:
    return "gzip" in (headers.get("accept-encoding") or "").lower()


class SharedPages:
    """Rendered bodies shared by the processes of one server, in a SQLite file (WAL, so readers
    never wait for a writer). A failure here only costs a render: it never fails a request."""

    def __init__(self, path: str):
        self.path = path
        self.local = threading.local()
        self.conn().execute("CREATE TABLE IF NOT EXISTS pages (key TEXT PRIMARY KEY, stamp TEXT NOT NULL, "
                            "body BLOB NOT NULL, packed BLOB)")

    def conn(self) -> sqlite3.Connection:
        c = getattr(self.local, "conn", None)
        if c is None:
            c = sqlite3.connect(self.path, timeout=2.0, isolation_level=None, check_same_thread=False)
            c.execute("PRAGMA journal_mode=WAL")
            c.execute("PRAGMA synchronous=OFF")  # a lost page after a power cut is re-rendered
            self.local.conn = c
        return c

    def get(self, key: str, stamp: str) -> tuple[bytes, bytes | None] | None:
        try:
            row = self.conn().execute("SELECT body, packed FROM pages WHERE key = ? AND stamp = ?", (key, stamp)).fetchone()
        except sqlite3.Error:
            return None
        return (bytes(row[0]), bytes(row[1]) if row[1] is not None else None) if row else None

    def put(self, key: str, stamp: str, body: bytes, packed: bytes | None) -> None:
        try:
            self.conn().execute("INSERT OR REPLACE INTO pages (key, stamp, body, packed) VALUES (?, ?, ?, ?)",
                                (key, stamp, body, packed))
        except sqlite3.Error:
            pass

    def drop_other_stamps(self, stamp: str) -> None:
        try:
            self.conn().execute("DELETE FROM pages WHERE stamp != ?", (stamp,))
        except sqlite3.Error:
            pass


class ResponseCache:
    def __init__(self, store: Store, size: int, shared: str | None = None):
        self.store, self.size = store, size
        self.stamp: Any = None
        self.items: OrderedDict[str, bytes] = OrderedDict()
        self.gzipped: dict[str, bytes] = {}
        self.lock = threading.Lock()
        self.shared = SharedPages(shared) if shared and size > 0 else None

    def respond(self, key: str, render: Callable[[], bytes], accept_gzip: bool) -> tuple[bytes, bool]:
        """(body, gzipped): a big story page is hundreds of kilobytes of markup, so clients that
        accept gzip (every browser) get it compressed, once per cached body."""
        body = self.get_or_render(key, render)
        if not accept_gzip or len(body) < GZIP_MIN_BYTES:
            return body, False
        with self.lock:
            hit = self.gzipped.get(key) if self.items.get(key) is body else None
        if hit is not None:
            return hit, True
        return self._pack(key, body), True

    def _pack(self, key: str, body: bytes) -> bytes:
        packed = gzip.compress(body, compresslevel=5, mtime=0)
        with self.lock:
            if self.items.get(key) is body:
                self.gzipped[key] = packed
        return packed

    def get_or_render(self, key: str, render: Callable[[], bytes]) -> bytes:
        if self.size <= 0:
            return render()
        stamp = self.store.change_stamp(query.STAMP_KINDS)
        if stamp is None:
            return render()
        with self.lock:
            if stamp != self.stamp:
                self.items.clear()
                self.gzipped.clear()
                self.stamp = stamp
                if self.shared is not None:
                    self.shared.drop_other_stamps(json.dumps(stamp))
            hit = self.items.get(key)
            if hit is not None:
                self.items.move_to_end(key)
                return hit
        packed = None
        got = self.shared.get(key, json.dumps(stamp)) if self.shared is not None else None
        if got is not None:
            body, packed = got
        else:
            body = render()
        with self.lock:
            if stamp == self.stamp:
                self.items[key] = body
                if packed is not None:
                    self.gzipped[key] = packed
                while len(self.items) > self.size:
                    old, _ = self.items.popitem(last=False)
                    self.gzipped.pop(old, None)
        if got is None and self.shared is not None:
            # compressed now, once for every process, since nearly every client asks for gzip
            packed = self._pack(key, body) if len(body) >= GZIP_MIN_BYTES else None
            self.shared.put(key, json.dumps(stamp), body, packed)
        return body
