"""MinHash signatures over word shingles and an LSH index that names each article's original.

An article is a reprint when its estimated Jaccard similarity to an earlier stored article is at
least ``threshold``; its ``reprint_of`` is the *earliest* such copy (by publication date, then
arrival order), and a copy of a copy points at the root. The relation is computed once, at
ingestion, from what is stored so far; a later-arriving article that is older than its stored
copy becomes the new root of the group (the others are re-pointed).

Shingle hashing schemes (the 32-bit value each word 5-shingle gets before datasketch's
``affine32`` permutations; signatures made with different schemes do not compare):

* ``"wordmix"`` (default for new stores): each distinct word gets a 64-bit id (BLAKE2b, cached),
  a shingle's hash is a polynomial over its word ids mod 2^64 with the SplitMix64 finaliser, in
  numpy, top 32 bits kept; no bytes are built or hashed per shingle.
* ``"sha1"``: datasketch's default, SHA-1 of the shingle's UTF-8 bytes (first 4 bytes). Stores
  made before ``"wordmix"`` existed hold these signatures.

The scheme a store's signatures were made with is recorded in the store (document
``dedupe/signature``, :func:`store_scheme`): a store keeps its scheme, so old signatures always
compare with new ones; ``[dedupe] hash`` only chooses the scheme of a new store.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from typing import Any, Iterable

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


HASH_SCHEMES = ("wordmix", "sha1")
DEFAULT_HASH = "wordmix"
LEGACY_HASH = "sha1"  # what a store with signatures but no recorded scheme holds

_M64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_MIX1, _MIX2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)
_WORD_IDS: dict[str, int] = {}
_WORD_IDS_MAX = 500_000


def _word_ids(words: list[str]) -> list[int]:
    get = _WORD_IDS.get
    ids = list(map(get, words))  # one C-level pass; misses are filled below
    if None in ids:
        if len(_WORD_IDS) >= _WORD_IDS_MAX:
            _WORD_IDS.clear()  # bounded memory; ids are recomputed identically
        for i, h in enumerate(ids):
            if h is None:
                w = words[i]
                h = get(w)
                if h is None:
                    h = int.from_bytes(hashlib.blake2b(w.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")
                    _WORD_IDS[w] = h
                ids[i] = h
    return ids


def _splitmix(h: np.ndarray) -> np.ndarray:
    h = h ^ (h >> np.uint64(30))
    h = h * _MIX1
    h = h ^ (h >> np.uint64(27))
    h = h * _MIX2
    return h ^ (h >> np.uint64(31))


def wordmix_hashes(text: str, k: int = 5) -> np.ndarray:
    """The distinct 32-bit ``"wordmix"`` hashes of the word ``k``-shingles of ``text`` (uint32 array).

    Same shingles as :func:`shingles` (lower-cased ``\\w+`` words; a text of fewer than ``k``
    words is one shingle), so equal shingle sets give equal hash sets.
    """
    words = _WORD.findall(text.lower())
    if not words:
        return np.empty(0, dtype=np.uint32)
    ids = np.array(_word_ids(words), dtype=np.uint64)
    n = len(ids) - k + 1 if len(ids) >= k else 1
    span = min(k, len(ids))
    # a shingle is the polynomial sum_j id_j * G^(span-1-j) mod 2^64 of its random word ids (distinct
    # shingles collide with probability ~2^-64), then one SplitMix64 finaliser spreads the bits
    with np.errstate(over="ignore"):
        h = ids[0:n].copy()
        for j in range(1, span):
            h *= _GOLDEN
            h += ids[j : j + n]
        h = _splitmix(h + np.uint64(span))
    return np.unique((h >> np.uint64(32)).astype(np.uint32))


_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


def _affine32_min(hv: np.ndarray, perms: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """What datasketch's ``affine32`` ``update_batch`` computes for already-hashed 32-bit values
    (its MurmurHash3 pre-mix, then ``a * h + b`` mod 2^32 per permutation, then the minimum);
    tests/dedupe check it against ``update_batch`` itself. Done here to skip its per-value
    Python loop."""
    s1, m1, s2, m2, s3 = _FMIX32
    with np.errstate(over="ignore"):
        h = hv ^ (hv >> s1)
        h = h * m1
        h = h ^ (h >> s2)
        h = h * m2
        h = (h ^ (h >> s3)).reshape(-1, 1)
        a, b = perms
        return (h * a + b).min(axis=0)


def minhash_of(text: str, num_perm: int = 128, k: int = 5, seed: int = 1, hash_scheme: str = DEFAULT_HASH) -> MinHash:
    """The MinHash signature of ``text``'s word ``k``-shingles (datasketch, ``affine32``), with the
    shingle hashing ``hash_scheme`` (see the module docstring)."""
    if hash_scheme == "wordmix":
        perms = _permutations(num_perm, seed)
        m = MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME, permutations=perms)
        hv = wordmix_hashes(text, k)
        if len(hv):
            m.hashvalues = np.minimum(m.hashvalues, _affine32_min(hv, perms))
        return m
    if hash_scheme != "sha1":
        raise ValueError(f"unknown shingle hash scheme {hash_scheme!r} (known: {', '.join(HASH_SCHEMES)})")
    m = MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME, permutations=_permutations(num_perm, seed))
    sh = shingles(text, k)
    if sh:
        m.update_batch(list(sh))
    return m


SCHEME_DOC = ("dedupe", "signature")


def store_scheme(store: Any, settings: Any) -> str:
    """The shingle hash scheme of ``store``'s signatures, recording it on first use.

    A store that has a recorded scheme keeps it; one with signatures but no record was made
    before schemes were recorded and holds ``"sha1"`` signatures; an empty store takes
    ``[dedupe] hash`` (default ``"wordmix"``). Signatures of one store therefore always compare.
    """
    doc = store.get_doc(*SCHEME_DOC)
    if doc and doc.get("hash") in HASH_SCHEMES:
        return doc["hash"]
    wanted = getattr(settings.dedupe, "hash", DEFAULT_HASH) or DEFAULT_HASH
    if wanted not in HASH_SCHEMES:
        raise ValueError(f"[dedupe] hash must be one of {', '.join(HASH_SCHEMES)}, got {wanted!r}")
    has_signatures = next(iter(store.iter_minhashes()), None) is not None
    scheme = LEGACY_HASH if has_signatures else wanted
    store.put_doc(*SCHEME_DOC, {"hash": scheme, "num_perm": settings.dedupe.num_perm,
                                "shingle_words": settings.dedupe.shingle_words, "seed": settings.dedupe.seed})
    return scheme


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
