"""Rendered responses (HTML pages, JSON bodies) kept until the data behind them changes.

Every GET over the store is a pure function of the store's content, so a response rendered once
is valid until :meth:`~newsweave.store.base.Store.change_stamp` moves; then the whole cache is
dropped. Bounded LRU. Backends without stamps get no caching (correct, just slower).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, Callable

from .. import query
from ..store.base import Store


class ResponseCache:
    def __init__(self, store: Store, size: int):
        self.store, self.size = store, size
        self.stamp: Any = None
        self.items: OrderedDict[str, bytes] = OrderedDict()
        self.lock = threading.Lock()

    def get_or_render(self, key: str, render: Callable[[], bytes]) -> bytes:
        if self.size <= 0:
            return render()
        stamp = self.store.change_stamp(query.STAMP_KINDS)
        if stamp is None:
            return render()
        with self.lock:
            if stamp != self.stamp:
                self.items.clear()
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
                    self.items.popitem(last=False)
        return body
