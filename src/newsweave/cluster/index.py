"""Exact nearest-neighbour search over article embeddings, bucketed by publication day.

Only articles within ``window`` days of the query are compared (stories do not span months
without new reports, and the time decay kills older matches anyway), so the cost per article is
bounded by the articles of a few weeks and the whole stream costs about linear time. Undated
articles live in their own bucket that every query searches, and an undated query searches all.

Queries are answered in batches with one matrix product per day bucket (BLAS), and results are
sorted by (similarity desc, arrival position asc), so the same input order gives the same
neighbours whether articles arrive one at a time or in batches.
"""

from __future__ import annotations

import numpy as np

_UNDATED = None


class _Bucket:
    __slots__ = ("arr", "n", "pos")

    def __init__(self, dim: int):
        self.arr = np.zeros((16, dim), dtype=np.float32)
        self.n = 0
        self.pos: list[int] = []  # global arrival positions of the rows

    def add(self, v: np.ndarray, pos: int) -> None:
        if self.n == self.arr.shape[0]:
            grown = np.zeros((self.arr.shape[0] * 2, self.arr.shape[1]), dtype=np.float32)
            grown[: self.n] = self.arr[: self.n]
            self.arr = grown
        self.arr[self.n] = v
        self.n += 1
        self.pos.append(pos)


class DayIndex:
    """Unit vectors by day; :meth:`search` returns ``[(sim, position)]`` best first."""

    def __init__(self, dim: int, window: float, max_rows: int = 0):
        self.dim = dim
        self.window = window
        self.max_rows = max_rows  # 0 = no cap
        self.buckets: dict[int | None, _Bucket] = {}
        self.ids: list[str] = []
        self.vectors: dict[str, np.ndarray] = {}

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
        self.vectors[article_id] = b.arr[b.n - 1]
        return pos

    def get(self, article_id: str) -> np.ndarray | None:
        v = self.vectors.get(article_id)
        if v is None:
            return None
        return v

    def _buckets_for(self, day: int | None) -> list[_Bucket]:
        if day is None:
            return [self.buckets[k] for k in sorted(self.buckets, key=lambda k: (k is not None, k or 0))]
        # nearest days first (day, day-1, day+1, ...), until max_rows vectors are covered: a dense
        # stream is searched over fewer days, so the cost per article stays bounded
        w = int(self.window)
        out = []
        rows = 0
        for k in sorted(range(day - w, day + w + 1), key=lambda k: (abs(k - day), k)):
            b = self.buckets.get(k)
            if b is None:
                continue
            out.append(b)
            rows += b.n
            if self.max_rows and rows >= self.max_rows:
                break
        if _UNDATED in self.buckets:
            out.append(self.buckets[_UNDATED])
        return out

    def search_batch(self, vecs: np.ndarray, days: list[float | None], k: int) -> list[list[tuple[float, int]]]:
        """Top ``k`` stored neighbours of every query row (queries are not added)."""
        out: list[list[tuple[float, int]]] = [[] for _ in range(len(days))]
        groups: dict[int | None, list[int]] = {}
        for i, d in enumerate(days):
            groups.setdefault(None if d is None else int(d), []).append(i)
        for day, rows in groups.items():
            q = vecs[rows]
            cand_s: list[np.ndarray] = []
            cand_p: list[np.ndarray] = []
            for b in self._buckets_for(day):
                if b.n == 0:
                    continue
                s = q @ b.arr[: b.n].T
                pos = np.asarray(b.pos, dtype=np.int64)
                if b.n > k:
                    idx = np.argpartition(-s, k - 1, axis=1)[:, :k]
                    s = np.take_along_axis(s, idx, axis=1)
                    pos = pos[idx]
                else:
                    pos = np.broadcast_to(pos, s.shape)
                cand_s.append(s)
                cand_p.append(pos)
            if not cand_s:
                continue
            S = np.concatenate(cand_s, axis=1)
            P = np.concatenate(cand_p, axis=1)
            for j, r in enumerate(rows):
                pairs = sorted(zip((-S[j]).tolist(), P[j].tolist()))[:k]
                out[r] = [(-s, int(p)) for s, p in pairs]
        return out
