"""Rendered responses (HTML pages, JSON bodies) kept until the data behind them changes.

Every GET over the store is a pure function of the store's content, so a response rendered once
is valid until :meth:`~newsweave.store.base.Store.change_stamp` moves; then the whole cache is
dropped. Bounded LRU. Backends without stamps get no caching (correct, just slower).
"""

from __future__ import annotations

import gzip
import threading
from collections import OrderedDict
from typing import Any, Callable

from .. import query
from ..store.base import Store


GZIP_MIN_BYTES = 4096


def accepts_gzip(headers: Any) -> bool:
    return "gzip" in (headers.get("accept-encoding") or "").lower()


class ResponseCache:
    def __init__(self, store: Store, size: int):
        self.store, self.size = store, size
        self.stamp: Any = None
        self.items: OrderedDict[str, bytes] = OrderedDict()
        self.gzipped: dict[str, bytes] = {}
        self.lock = threading.Lock()

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
        packed = gzip.compress(body, compresslevel=5, mtime=0)
        with self.lock:
            if self.items.get(key) is body:
                self.gzipped[key] = packed
        return packed, True

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
            hit = self.items.get(key)
            if hit is not None:
                self.items.move_to_end(key)
                return hit
        body = render()
        with self.lock:
            if stamp == self.stamp:
                self.items[key] = body
                while len(self.items) > self.size:
                    old, _ = self.items.popitem(last=False)
                    self.gzipped.pop(old, None)
        return body
