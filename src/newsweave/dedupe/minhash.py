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


def is_reprint_pair(a: MinHash, b: MinHash, threshold: float) -> bool:
    """Whether two signatures are copies at ``threshold`` (symmetric: estimated Jaccard >= threshold)."""
    return a.jaccard(b) >= threshold


@dataclass(slots=True)
class _Entry:
    id: str
    published: str | None
    order: int
    minhash: MinHash
    reprint_of: str | None


class ReprintIndex:
    """All signatures seen so far, grouped; ``add`` returns the original an article reprints.

    Every group has one root, its earliest member (by publication date, undated last, then
    arrival order); every other member's ``reprint_of`` is the root itself, never a copy of a
    copy. Adding an article that matches members of several groups merges them under the
    earliest root; adding one older than its group's root makes it the new root.

    Example::

        >>> idx = ReprintIndex(threshold=0.5)
        >>> text = " ".join(f"word{i}" for i in range(60))
        >>> idx.add("a", minhash_of(text), "2025-01-02")
        (None, [])
        >>> idx.add("b", minhash_of(text + " extra"), "2025-01-03")
        ('a', [])
        >>> idx.add("c", minhash_of(text), "2025-01-01")
        (None, [('a', 'c'), ('b', 'c')])
    """

    def __init__(self, threshold: float = 0.5, num_perm: int = 128, seed: int = 1):
        if not 0 < threshold <= 1:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        self.threshold = threshold
        self.num_perm = num_perm
        self.seed = seed
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._entries: dict[str, _Entry] = {}
        self._members: dict[str, list[str]] = {}  # root id -> ids of its copies (root excluded)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._entries

    def _key(self, e: _Entry) -> tuple:
        # undated articles sort after dated ones: a dated copy is the better original; likewise a
        # copy with only a day ("2024-12-18") sorts after a same-day copy with a time, since its
        # time is unknown (string order would wrongly put the bare day first)
        p = e.published or ""
        return (e.published is None, p[:10], p[10:] or "\uffff", e.order)

    def root(self, article_id: str) -> str:
        """The earliest copy of ``article_id``'s group (itself when it is an original)."""
        e = self._entries[article_id]
        return e.reprint_of if e.reprint_of in self._entries else article_id

    def group(self, article_id: str) -> list[str]:
        """All ids of ``article_id``'s group, root first."""
        r = self.root(article_id)
        return [r, *self._members.get(r, [])]

    def load(self, rows: Iterable[tuple[str, str | None, str | None, bytes]]) -> None:
        """Load stored ``(id, published, reprint_of, signature)`` rows in arrival order."""
        rows = list(rows)
        for aid, published, reprint_of, blob in rows:
            m = from_bytes(blob, self.num_perm, self.seed)
            self._entries[aid] = _Entry(aid, published, len(self._entries), m, reprint_of)
            self._lsh.insert(aid, m)
        for aid, _, reprint_of, _ in rows:
            e = self._entries[aid]
            if reprint_of is None or reprint_of not in self._entries:
                e.reprint_of = None
                self._members.setdefault(aid, [])
        for aid, _, reprint_of, _ in rows:
            e = self._entries[aid]
            if e.reprint_of is None:
                continue
            # older stores may hold chains (a copy of a copy): flatten them to the root
            seen = {aid}
            cur = e.reprint_of
            while self._entries[cur].reprint_of is not None and cur not in seen:
                seen.add(cur)
                cur = self._entries[cur].reprint_of
            e.reprint_of = cur
            self._members.setdefault(cur, []).append(aid)

    def candidates(self, minhash: MinHash) -> list[str]:
        """Stored ids whose estimated Jaccard with ``minhash`` reaches the threshold."""
        return [cid for cid in self._lsh.query(minhash)
                if is_reprint_pair(self._entries[cid].minhash, minhash, self.threshold)]

    def add(self, article_id: str, minhash: MinHash, published: str | None) -> tuple[str | None, list[tuple[str, str]]]:
        """Insert one article. Returns ``(reprint_of, repointed)``.

        ``repointed`` lists ``(id, new_original)`` for stored articles whose original changed:
        because this article is older than their group's root, or because it joined their group
        to an older one. Adding an id twice changes nothing.
        """
        if article_id in self._entries:
            return self._entries[article_id].reprint_of, []
        cands = self.candidates(minhash)
        new = _Entry(article_id, published, len(self._entries), minhash, None)
        self._entries[article_id] = new
        self._lsh.insert(article_id, minhash)
        self._members[article_id] = []
        if not cands:
            return None, []
        roots = sorted({self.root(c) for c in cands}, key=lambda r: self._key(self._entries[r]))
        winner = min([new, *(self._entries[r] for r in roots)], key=self._key)
        repointed: list[tuple[str, str]] = []
        for r in [*roots, article_id]:
            if r == winner.id:
                continue
            moved = [r, *self._members.pop(r, [])]
            for mid in moved:
                self._entries[mid].reprint_of = winner.id
                if mid != article_id:
                    repointed.append((mid, winner.id))
            self._members[winner.id].extend(moved)
        return new.reprint_of, repointed
