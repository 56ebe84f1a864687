"""Exact nearest-neighbour search over article embeddings, bucketed by publication day.

Only articles within ``window`` days of the query are compared (stories do not span months
without new reports, and the time decay kills older matches anyway), so the cost per article is
bounded by the articles of a few weeks and the whole stream costs about linear time. Undated
articles live in their own bucket that every query searches, and an undated query searches all.

A query covers the nearest days (its own, the day before, the day after, ...) until
``max_rows`` vectors are covered, so in a dense stream the cost per article stays bounded.

A batch of queries is answered with one matrix product per query day against the index as it was
before the batch (:class:`BatchSearch`); each query then sees exactly what it would have seen had
the batch's earlier articles been added one at a time: as rows are added the days a query covers
can only shrink to a prefix of its day order, so its search is a column prefix of that product
plus the batch's earlier rows of those days. Results are sorted by (similarity desc, arrival
position asc), ties included, so the same input order gives the same neighbours whether
articles arrive one at a time or in batches.
"""

from __future__ import annotations

import numpy as np

_UNDATED = None


class _Bucket:
    __slots__ = ("arr", "n", "pos")

    def __init__(self, dim: int):
        self.arr = np.zeros((16, dim), dtype=np.float32)
        self.n = 0
        self.pos = np.zeros(16, dtype=np.int64)  # global arrival positions of the rows

    def add(self, v: np.ndarray, pos: int) -> None:
        if self.n == self.arr.shape[0]:
            grown = np.zeros((self.arr.shape[0] * 2, self.arr.shape[1]), dtype=np.float32)
            grown[: self.n] = self.arr[: self.n]
            self.arr = grown
            self.pos = np.concatenate([self.pos, np.zeros(self.n, dtype=np.int64)])
        self.arr[self.n] = v
        self.pos[self.n] = pos
        self.n += 1


class DayIndex:
    """Unit vectors by day; :meth:`search_batch` returns ``[(sim, position)]`` best first."""

    def __init__(self, dim: int, window: float, max_rows: int = 0):
        self.dim = dim
        self.window = window
        self.max_rows = max_rows  # 0 = no cap
        self.buckets: dict[int | None, _Bucket] = {}
        self.ids: list[str] = []
        # article id -> (bucket, row): a row view would pin each outgrown bucket array in memory
        self.where: dict[str, tuple[_Bucket, int]] = {}
        self._orders: dict[int, list[int]] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def add(self, article_id: str, vec: np.ndarray, day: float | None) -> int:
        key = None if day is None else int(day)
        b = self.buckets.get(key)
        if b is None:
            b = self.buckets[key] = _Bucket(self.dim)
        pos = len(self.ids)
        self.ids.append(article_id)
        b.add(vec, pos)
        self.where[article_id] = (b, b.n - 1)
        return pos

    def get(self, article_id: str) -> np.ndarray | None:
        w = self.where.get(article_id)
        return None if w is None else w[0].arr[w[1]]

    def day_order(self, day: int) -> list[int]:
        """The days a query of ``day`` covers, nearest first: day, day-1, day+1, day-2, ..."""
        order = self._orders.get(day)
        if order is None:
            w = int(self.window)
            order = self._orders[day] = sorted(range(day - w, day + w + 1), key=lambda k: (abs(k - day), k))
            if len(self._orders) > 4096:  # a stream moves on: forget old days
                self._orders = {day: order}
        return order

    def search_batch(self, vecs: np.ndarray, days: list[float | None], k: int) -> list[list[tuple[float, int]]]:
        """Top ``k`` stored neighbours of every query row (queries are not added)."""
        search = BatchSearch(self, vecs, days, k)
        return [search.neighbours(i) for i in range(len(days))]


def _top(sims: np.ndarray, pos: np.ndarray, k: int) -> list[tuple[float, int]]:
    """The ``k`` best (sim, position) by (sim desc, position asc), ties at the cut included
    before the cut is made (argpartition alone would pick among tied rows arbitrarily)."""
    if sims.shape[0] > k:
        kth = np.partition(sims, sims.shape[0] - k)[sims.shape[0] - k]
        keep = np.flatnonzero(sims >= kth)
        sims, pos = sims[keep], pos[keep]
    pairs = sorted(zip((-sims).tolist(), pos.tolist()))[:k]
    return [(-s, int(p)) for s, p in pairs]


class BatchSearch:
    """Neighbours of a batch of queries (``vecs`` with their page ``days``) as each would find
    them were the batch's earlier rows added one at a time: call :meth:`neighbours` for query
    ``i``, then :meth:`added` with the day the caller indexed it under, in order."""

    def __init__(self, index: DayIndex, vecs: np.ndarray, days: list[float | None], k: int):
        self.index = index
        self.k = k
        self.base = len(index)
        self.qkeys = [None if d is None else int(d) for d in days]
        self.start_n = {key: b.n for key, b in index.buckets.items()}
        self.added_n: dict[int | None, int] = {}
        # keys of the batch's rows added so far (NaN: undated) and their similarities to each query
        self.added_keys = np.full(len(days), np.nan)
        self.n_added = 0
        self.inbatch = vecs @ vecs.T if len(days) > 1 else None
        self.row: list[int] = [0] * len(days)
        self.groups: dict[int | None, tuple[np.ndarray, np.ndarray, dict[int, int], int]] = {}
        groups: dict[int | None, list[int]] = {}
        for i, key in enumerate(self.qkeys):
            groups.setdefault(key, []).append(i)
        max_rows = index.max_rows
        for key, rows in groups.items():
            for r, i in enumerate(rows):
                self.row[i] = r
            blocks: list[_Bucket] = []
            ends: dict[int, int] = {}  # day -> columns up to and including that day's block
            undated = index.buckets.get(None)
            if undated is not None and undated.n:
                blocks.append(undated)
            cols = undated.n if undated is not None else 0
            lead = cols
            if key is None:
                blocks.extend(b for d, b in sorted(index.buckets.items(), key=lambda kv: (kv[0] is not None, kv[0] or 0))
                              if d is not None and b.n)
            else:
                for d in index.day_order(key):
                    b = index.buckets.get(d)
                    if b is None or not b.n:
                        continue
                    blocks.append(b)
                    cols += b.n
                    ends[d] = cols
                    if max_rows and cols - lead >= max_rows:
                        break
            if blocks:
                q = vecs[rows]
                S = np.concatenate([q @ b.arr[: b.n].T for b in blocks], axis=1)
                P = np.concatenate([b.pos[: b.n] for b in blocks])
            else:
                S = np.zeros((len(rows), 0), dtype=np.float32)
                P = np.zeros(0, dtype=np.int64)
            self.groups[key] = (S, P, ends, lead)

    def neighbours(self, i: int) -> list[tuple[float, int]]:
        """Top ``k`` neighbours of query ``i`` among the indexed rows and the batch rows added so far."""
        key = self.qkeys[i]
        S, P, ends, lead = self.groups[key]
        k = self.k
        n = self.n_added
        if key is None:
            cut = S.shape[1]
            eligible = np.arange(n)
        else:
            # walk the day order with today's counts: where the cap stops is where this query's
            # search stops, and the days before it bound the batch rows it sees
            max_rows = self.index.max_rows
            start_n, added_n = self.start_n, self.added_n
            cut = lead
            rows = 0
            lo = hi = key
            for d in self.index.day_order(key):
                c = start_n.get(d, 0) + added_n.get(d, 0)
                lo, hi = min(lo, d), max(hi, d)
                if not c:
                    continue
                cut = ends.get(d, cut)
                rows += c
                if max_rows and rows >= max_rows:
                    break
            if n:
                ak = self.added_keys[:n]
                eligible = np.flatnonzero(np.isnan(ak) | ((ak >= lo) & (ak <= hi)))
            else:
                eligible = np.arange(0)
        best = _top(S[self.row[i], :cut], P[:cut], k)
        if len(eligible) and self.inbatch is not None:
            best.extend(_top(self.inbatch[i, eligible], self.base + eligible, k))
            best = sorted(best, key=lambda x: (-x[0], x[1]))[:k]
        return best

    def added(self, day: float | None) -> None:
        """The next query was indexed under ``day`` (its page day or the day its text gave)."""
        key = None if day is None else int(day)
        self.added_n[key] = self.added_n.get(key, 0) + 1
        self.added_keys[self.n_added] = np.nan if key is None else key
        self.n_added += 1
