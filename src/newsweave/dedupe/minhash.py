"""MinHash signatures over word shingles and an LSH index that names each article's original.

An article is a reprint when its estimated Jaccard similarity to an earlier stored article is at
least ``threshold``; its ``reprint_of`` is the *earliest* such copy (by publication date, then
arrival order), and a copy of a copy points at the root. The relation is computed once, at
ingestion, from what is stored so far; a later-arriving article that is older than its stored
copy becomes the new root of the group (the others are re-pointed).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

# stored signatures must be rebuilt with the scheme that made them (datasketch >= 2.0)
SCHEME = "affine32"
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, k: int = 5) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode("utf-8", "surrogatepass")} if words else set()
    return {" ".join(words[i : i + k]).encode("utf-8", "surrogatepass") for i in range(len(words) - k + 1)}


@functools.lru_cache(maxsize=8)
def _permutations(num_perm: int, seed: int) -> np.ndarray:
    # datasketch derives these from the seed on every construction (~0.4 ms); they only depend
    # on (num_perm, seed), and sketches share the array read-only (as MinHash.copy() does)
    return MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME).permutations


def minhash_of(text: str, num_perm: int = 128, k: int = 5, seed: int = 1) -> MinHash:
    m = MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME, permutations=_permutations(num_perm, seed))
    sh = shingles(text, k)
    if sh:
        m.update_batch(list(sh))
    return m


def to_bytes(m: MinHash) -> bytes:
    return m.hashvalues.astype(np.uint64).tobytes()


def from_bytes(data: bytes, num_perm: int, seed: int) -> MinHash:
    values = np.frombuffer(data, dtype=np.uint64)
    if len(values) != num_perm:
        raise ValueError(f"stored signature has {len(values)} permutations, settings say {num_perm}")
    return MinHash(num_perm=num_perm, seed=seed, hashvalues=values, scheme=SCHEME,
                   permutations=_permutations(num_perm, seed))


@dataclass(slots=True)
class _Entry:
    id: str
    published: str | None
    order: int
    minhash: MinHash
    reprint_of: str | None


class ReprintIndex:
    """All signatures seen so far; ``add`` returns the original an article reprints, if any."""

    def __init__(self, threshold: float = 0.7, num_perm: int = 128, seed: int = 1):
        if not 0 < threshold <= 1:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        self.threshold = threshold
        self.num_perm = num_perm
        self.seed = seed
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._entries: dict[str, _Entry] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def _key(self, e: _Entry) -> tuple:
        # undated articles sort after dated ones: a dated copy is the better original; likewise a
        # copy with only a day ("2024-12-18") sorts after a same-day copy with a time, since its
        # time is unknown (string order would wrongly put the bare day first)
        p = e.published or ""
        return (e.published is None, p[:10], p[10:] or "\uffff", e.order)

    def root(self, article_id: str) -> str:
        seen = set()
        cur = article_id
        while True:
            e = self._entries[cur]
            if e.reprint_of is None or e.reprint_of in seen or e.reprint_of not in self._entries:
                return cur
            seen.add(cur)
            cur = e.reprint_of

    def load(self, rows: Iterable[tuple[str, str | None, str | None, bytes]]) -> None:
        for aid, published, reprint_of, blob in rows:
            m = from_bytes(blob, self.num_perm, self.seed)
            e = _Entry(aid, published, len(self._entries), m, reprint_of)
            self._entries[aid] = e
            self._lsh.insert(aid, m)

    def add(self, article_id: str, minhash: MinHash, published: str | None) -> tuple[str | None, list[tuple[str, str]]]:
        """Insert one article. Returns ``(reprint_of, repointed)``.

        ``repointed`` lists ``(id, new_original)`` for stored articles whose original changed
        because this article is an earlier copy of their group.
        """
        if article_id in self._entries:
            return self._entries[article_id].reprint_of, []
        new = _Entry(article_id, published, len(self._entries), minhash, None)
        cands = []
        for cid in self._lsh.query(minhash):
            c = self._entries[cid]
            if c.minhash.jaccard(minhash) >= self.threshold:
                cands.append(c)
        self._entries[article_id] = new
        self._lsh.insert(article_id, minhash)
        if not cands:
            return None, []
        roots = {self.root(c.id) for c in cands}
        group = [self._entries[r] for r in roots]
        earliest = min(group, key=self._key)
        if self._key(new) < self._key(earliest):
            # the newcomer is older than every stored copy: it becomes the root
            repointed = []
            for e in self._entries.values():
                if e.id != article_id and self.root(e.id) in roots:
                    repointed.append(e)
            for e in repointed:
                e.reprint_of = article_id
            return None, [(e.id, article_id) for e in repointed]
        new.reprint_of = earliest.id
        return earliest.id, []
