"""Extractive selection: which source sentences make the summary, and who else supports them.

The input is a story's articles (:class:`Source`), optionally with the ledger's claims. Every
sentence is scored by

* **centrality**: cosine to the story centroid (what most articles talk about);
* **support**: best similarity to a sentence of *another independent* article (reprints of the
  same wire copy do not count), so corroborated content wins over single-source content;
* **position**: ``position_weight / (index + 1)``: news puts the core facts first;
* **claims** (with a ledger): a bonus for covering a not-yet-covered corroborated claim, scaled by
  its number of independent sources, and a malus for contested claims (they belong to the
  disagreements section, with both sides, not to the summary as fact).

Sentences are then picked greedily with MMR (``mmr_lambda * score - (1 - mmr_lambda) * max
similarity to what is already picked``) until the length budget is reached. A sentence that leans
on an antecedent ("He added ...", "However, ...") is only used right after its predecessor: with
``dangling = "resolve"`` the predecessor is pulled in with it, with ``"skip"`` it is left out.

The picks are ordered for reading: the article holding the best sentence first, the others by
publication time; within an article, in text order (so a resolved antecedent stays in front).

Each pick carries citations to every span that supports it: its own sentence first, then the
ledger's aligned claim citations and similar sentences of other articles that pass
:func:`supports` (lexical overlap plus shared numbers and names).

Example::

    >>> a = Source("a1", "Harbour fees rise 4% in May. The mayor of Portvale approved them.", root="a1")
    >>> b = Source("b1", "In Portvale, harbour fees rise 4% in May, officials said.", root="b1")
    >>> picks = select([a, b], Params(length_words=8, min_words=3))
    >>> picks[0].text, len(picks[0].citations)
    ('In Portvale, harbour fees rise 4% in May, officials said.', 2)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

import numpy as np

from . import text as T

_BOILERPLATE = re.compile(
    r"(click here|sign up|subscribe|cookie|javascript|all rights reserved|follow us|newsletter|"
    r"advertisement|share this|read more|learn more|terms of (use|service)|privacy policy|"
    r"copyright ©|©|you can add location|tweet with a location|photo:|image:|getty images|"
    r"this (video|content|story) (is|has|was)|please (enable|update|turn)|\bad blocker)",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Source:
    """One article of a story as the selector sees it.

    ``root`` is the id of the independent source it belongs to (its reprint original, else itself);
    ``sentences`` are ``(start, end)`` spans into ``text`` (computed when left empty). ``vectors``
    maps sentence spans to USE unit vectors already computed for them (the ledger's cache, see
    :func:`newsweave.brief.embed.cached_vectors`); the selector embeds only the other sentences.
    """

    id: str
    text: str
    sentences: list[tuple[int, int]] = field(default_factory=list)
    root: str = ""
    published: str | None = None
    outlet: str | None = None
    title: str | None = None
    language: str | None = None
    vectors: dict[tuple[int, int], np.ndarray] = field(default_factory=dict)


@dataclass(slots=True)
class Params:
    """Selection settings; :meth:`from_settings` reads them from the ``[brief]`` section."""

    length_words: int = 260
    length_sentences: int = 0
    mmr_lambda: float = 0.4
    position_weight: float = 0.5
    support_weight: float = 0.5
    claim_weight: float = 0.5
    min_words: int = 8
    max_words: int = 60
    max_sentences_per_article: int = 60
    max_articles: int = 60
    dangling: str = "resolve"
    cite_similarity: float = 0.3
    cite_min_support: float = 0.3
    check_min_support: float = 0.2
    max_citations_per_article: int = 2
    embedder: str = "auto"

    @classmethod
    def from_settings(cls, section: Any) -> "Params":
        d = section.as_dict() if hasattr(section, "as_dict") else dict(section)
        return cls(**{k: type(getattr(cls(), k))(d[k]) for k in cls.__dataclass_fields__ if k in d})


@dataclass(slots=True)
class Pick:
    """A chosen sentence: exact source text, its own span first in ``citations``."""

    article_id: str
    start: int
    end: int
    text: str
    score: float
    citations: list[dict[str, Any]]
    support: int  # independent sources among the citations
    claims: list[str] = field(default_factory=list)
    resolved_by: str | None = None  # "antecedent" when pulled in to resolve a dangling opener

    @property
    def status(self) -> str:
        return "corroborated" if self.support >= 2 else "single_source"

    def to_dict(self) -> dict[str, Any]:
        d = {"text": self.text, "citations": self.citations, "support": self.support, "status": self.status}
        if self.claims:
            d["claims"] = self.claims
        return d


@dataclass(slots=True)
class _Pool:
    """All candidate sentences of a story with their vectors and similarity matrix."""

    art: list[int]
    pos: list[int]
    spans: list[tuple[int, int]]
    texts: list[str]
    nwords: np.ndarray
    roots: list[str]
    sim: np.ndarray
    centrality: np.ndarray
    support: np.ndarray


def supports(sentence: str, span_text: str, min_support: float) -> bool:
    """Does ``span_text`` (another source's span) back ``sentence``?

    Lexical overlap (Dice over content tokens) at least ``min_support``, at least one shared
    name when both mention names, and at least one shared number when the sentence has numbers.
    A span containing the sentence verbatim always supports it.
    """
    if sentence in span_text:
        return True
    if T.dice(sentence, span_text) < min_support:
        return False
    ns = T.numbers(sentence)
    if ns and not (ns & T.numbers(span_text)):
        return False
    na, nb = T.names(sentence), T.names(span_text)
    if na and nb and not (na & nb):
        return False
    return True


def uses_use(embedder: str, sources: Sequence[Source]) -> bool:
    """Does the selector embed this story with USE (``"use"``, or ``"auto"`` and several languages)?"""
    return embedder == "use" or (embedder == "auto" and len({s.language for s in sources if s.language}) > 1)


def _vectors(texts: list[str], use: bool, known: Sequence[np.ndarray | None] = ()) -> np.ndarray:
    """Unit-normalised sentence vectors (dense): TF-IDF, or USE for multilingual stories.

    With USE, rows given in ``known`` (vectors cached by the ledger) are taken as they are and only
    the others are encoded: encoding is nearly all of a multilingual brief's cost.
    """
    if use:
        from .embed import use_vectors

        todo = [i for i in range(len(texts)) if i >= len(known) or known[i] is None]
        # what the ledger did not embed is mostly short lines repeated across articles (chrome,
        # reprints): each distinct text once; USE embeds every text on its own, so this is exact
        distinct = list(dict.fromkeys(texts[i] for i in todo))
        fresh = use_vectors(distinct) if todo else None
        if fresh is not None:
            row = {t: k for k, t in enumerate(distinct)}
            fresh = fresh[[row[texts[i]] for i in todo]]
        if fresh is not None or not todo:
            dim = fresh.shape[1] if fresh is not None else known[0].shape[0]
            v = np.empty((len(texts), dim), dtype=np.float32)
            for i, k in enumerate(known[: len(texts)]):
                if k is not None:
                    v[i] = k
            if fresh is not None:
                v[todo] = fresh
            return v
    from sklearn.feature_extraction.text import TfidfVectorizer

    try:
        x = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    except ValueError:  # nothing but stop words
        return np.zeros((len(texts), 1), dtype=np.float32)
    x = x.astype(np.float32).toarray()
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    return x


def _pool(sources: Sequence[Source], p: Params) -> _Pool:
    from ..analyze.sentences import split_sentences

    art: list[int] = []
    pos: list[int] = []
    spans: list[tuple[int, int]] = []
    texts: list[str] = []
    roots: list[str] = []
    use = uses_use(p.embedder, sources)
    known: list[np.ndarray | None] = []
    for ai, s in enumerate(sources[: p.max_articles]):
        if not s.sentences:
            s.sentences = split_sentences(s.text)  # kept: the caller's sections reuse them
        sents = s.sentences
        for pi, (a, b) in enumerate(sents[: p.max_sentences_per_article]):
            art.append(ai)
            pos.append(pi)
            spans.append((a, b))
            texts.append(s.text[a:b])
            roots.append(s.root or s.id)
            if use:
                known.append(s.vectors.get((a, b)))
    n = len(texts)
    if n == 0:
        z = np.zeros(0)
        return _Pool(art, pos, spans, texts, z, roots, np.zeros((0, 0)), z, z)
    vec = _vectors(texts, use, known)
    sim = vec @ vec.T
    cen = vec.mean(axis=0)
    cen /= np.linalg.norm(cen) + 1e-9
    centrality = vec @ cen
    codes = {r: k for k, r in enumerate(dict.fromkeys(roots))}
    root_arr = np.array([codes[r] for r in roots])
    other = root_arr[:, None] != root_arr[None, :]
    support = np.where(other, sim, -1.0).max(axis=1) if n > 1 else np.zeros(n)
    support = np.clip(support, 0.0, 1.0)
    nwords = np.array([len(t.split()) for t in texts])
    return _Pool(art, pos, spans, texts, nwords, roots, sim, centrality, support)


def _claim_index(pool: _Pool, sources: Sequence[Source], claims: Iterable[dict[str, Any]]) -> tuple[dict[int, list[int]], list[dict[str, Any]]]:
    """Map sentence index -> indices of claims whose citations overlap it."""
    where: dict[tuple[str, int], list[int]] = {}
    ids = [s.id for s in sources]
    for i, (ai, (a, b)) in enumerate(zip(pool.art, pool.spans)):
        where.setdefault((ids[ai], a), []).append(i)
    by_article: dict[str, list[int]] = {}
    for i, ai in enumerate(pool.art):
        by_article.setdefault(ids[ai], []).append(i)
    out: dict[int, list[int]] = {}
    claims = list(claims)
    for ci, c in enumerate(claims):
        for cit in c.get("citations") or []:
            for i in by_article.get(cit.get("article_id"), ()):
                a, b = pool.spans[i]
                if a < cit.get("end", 0) and cit.get("start", 0) < b:
                    out.setdefault(i, []).append(ci)
    return out, claims


def _claim_value(c: dict[str, Any], p: Params) -> float:
    status = c.get("status")
    if status == "contested":
        return -p.claim_weight
    if status == "corroborated":
        return p.claim_weight * min(int(c.get("independent_sources") or 2), 4) / 4
    return 0.0


def select(sources: Sequence[Source], p: Params | None = None, claims: Iterable[dict[str, Any]] = ()) -> list[Pick]:
    """Pick, order and cite the summary sentences of one story (see the module docstring)."""
    p = p or Params()
    if not sources:
        return []
    pool = _pool(sources, p)
    n = len(pool.texts)
    if n == 0:
        return []
    claim_of, claim_list = _claim_index(pool, sources, claims)
    base = pool.centrality + p.support_weight * pool.support + p.position_weight / (np.array(pool.pos) + 1.0)
    ok = np.array([
        p.min_words <= w <= p.max_words and not _BOILERPLATE.search(t) and any(ch.islower() for ch in t)
        for t, w in zip(pool.texts, pool.nwords)
    ])
    # a reprint's sentences are its original's: keep only the first copy as a candidate
    seen_text: set[str] = set()
    for i, t in enumerate(pool.texts):
        key = " ".join(t.split())
        if key in seen_text:
            ok[i] = False
        seen_text.add(key)
    dangling = np.array([T.is_dangling(t) for t in pool.texts])
    index = {(pool.art[i], pool.pos[i]): i for i in range(n)}

    prev = np.array([index.get((pool.art[i], pool.pos[i] - 1), -1) for i in range(n)])
    has_prev = prev >= 0
    prev_safe = np.where(has_prev, prev, 0)
    # a dangling sentence may come with its predecessor as a pair ("resolve"), never alone
    pair_able = dangling & has_prev & ok[prev_safe] & ~dangling[prev_safe] if p.dangling == "resolve" else np.zeros(n, bool)

    chosen: list[int] = []
    is_chosen = np.zeros(n, dtype=bool)
    resolved: set[int] = set()
    covered: set[int] = set()
    total_words = 0
    max_sim = np.zeros(n)
    lam = p.mmr_lambda

    def relevance() -> np.ndarray:
        if not claim_of:
            return base
        rel = base.copy()
        for i, cs in claim_of.items():
            vals = [_claim_value(claim_list[c], p) for c in cs if c not in covered]
            neg = [v for v in vals if v < 0]
            rel[i] += min(neg) if neg else (max(vals) if vals else 0.0)
        return rel

    def budget_left() -> bool:
        if p.length_sentences > 0:
            return len(chosen) < p.length_sentences
        return total_words < p.length_words

    def take(i: int) -> None:
        nonlocal total_words, max_sim
        chosen.append(i)
        is_chosen[i] = True
        total_words += int(pool.nwords[i])
        max_sim = np.maximum(max_sim, pool.sim[i])
        covered.update(claim_of.get(i, ()))

    rel = relevance()
    while budget_left():
        free = ok & ~is_chosen
        prev_in = has_prev & is_chosen[prev_safe]
        single = free & (~dangling | prev_in)
        pair = free & pair_able & ~prev_in & ~is_chosen[prev_safe]
        v_single = np.where(single, lam * rel - (1 - lam) * max_sim, -np.inf)
        v_pair = np.where(pair, lam * (rel + rel[prev_safe]) / 2 - (1 - lam) * np.maximum(max_sim, max_sim[prev_safe]),
                          -np.inf)
        i_s, i_p = int(np.argmax(v_single)), int(np.argmax(v_pair))
        if v_single[i_s] == -np.inf and v_pair[i_p] == -np.inf:
            break
        if v_pair[i_p] > v_single[i_s]:
            take(int(prev[i_p]))
            take(i_p)
            resolved.add(int(prev[i_p]))
        else:
            take(i_s)
        if claim_of:
            rel = relevance()
    if not chosen:
        return []

    first_art = pool.art[chosen[0]]
    art_rank = {first_art: (0, "", 0)}
    for r, i in enumerate(chosen):
        ai = pool.art[i]
        art_rank.setdefault(ai, (1, sources[ai].published or "9999", r))
    order = sorted(chosen, key=lambda i: (art_rank[pool.art[i]], pool.pos[i]))
    return [_make_pick(i, pool, sources, p, claim_of, claim_list, base, resolved) for i in order]


def _make_pick(i: int, pool: _Pool, sources: Sequence[Source], p: Params, claim_of: dict[int, list[int]],
               claim_list: list[dict[str, Any]], base: np.ndarray, resolved: set[int]) -> Pick:
    src = sources[pool.art[i]]
    a, b = pool.spans[i]
    text = pool.texts[i]
    cites = [{"article_id": src.id, "start": a, "end": b}]
    cited_roots = {pool.roots[i]}
    per_article: dict[str, int] = {src.id: 1}
    by_id = {s.id: s for s in sources}

    def add(aid: str, s: int, e: int, root: str) -> None:
        if any(c["article_id"] == aid and c["start"] < e and s < c["end"] for c in cites):
            return
        if per_article.get(aid, 0) >= p.max_citations_per_article:
            return
        cites.append({"article_id": aid, "start": s, "end": e})
        per_article[aid] = per_article.get(aid, 0) + 1
        cited_roots.add(root)

    claim_ids = []
    for ci in claim_of.get(i, ()):
        c = claim_list[ci]
        if c.get("id"):
            claim_ids.append(str(c["id"]))
        for cit in c.get("citations") or []:
            other = by_id.get(cit.get("article_id"))
            s, e = int(cit.get("start", 0)), int(cit.get("end", 0))
            if other is None or not (0 <= s < e <= len(other.text)) or other.id == src.id:
                continue
            if supports(text, other.text[s:e], p.check_min_support):
                add(other.id, s, e, other.root or other.id)
    cand = np.flatnonzero(pool.sim[i] >= p.cite_similarity)
    for j in sorted(cand, key=lambda j: -pool.sim[i][j]):
        if j == i or pool.art[j] == pool.art[i]:
            continue
        other = sources[pool.art[j]]
        s, e = pool.spans[j]
        if supports(text, pool.texts[j], p.cite_min_support):
            add(other.id, s, e, pool.roots[j])
    return Pick(src.id, a, b, text, float(base[i]), cites, len(cited_roots), claim_ids,
                "antecedent" if i in resolved else None)
