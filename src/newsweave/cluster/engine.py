"""Incremental story clustering: each arriving article joins its best story or starts one.

For an article *a* the candidate stories are those of its nearest neighbours by embedding
(:class:`~newsweave.cluster.index.DayIndex`) and those sharing its strongest terms or key terms
(an inverted index). Each candidate story *S* gets a score in [0, 1]::

    e = max(best neighbour similarity in S, cosine(a, centroid of S))   embedding (title + lead)
    t = cosine(a's TF-IDF terms, S's summed terms)                       same-language wording
    k = cosine(a's key terms, S's summed key terms)                      names, places
    score = (w_e e + w_t t + w_k k) / (w_e + w_t + w_k)   * time decay

``t`` only means something between texts of one language: the share of *S*'s members not in
*a*'s language moves that share of its weight to ``e`` (all of it when *S* has none in *a*'s
language; between two stories, the share their language mixes do not overlap). Without embeddings (terms-only mode) ``w_e`` is 0. The time
decay is ``floor + (1 - floor) * exp(-max(0, gap - grace) / scale)`` where ``gap`` is the number of days between *a*'s
date and *S*'s span; stories more than ``max_gap_days`` away are not candidates. An article about
to start a story has its page date checked against its text first (``date_check``) and is placed
again with the date the text gives when they conflict (docs/stories.md, "Wrong page dates").

**Name gate**: when a story's core names (head names of titles and leads that many members share)
are named nowhere in *a* while *a*'s headline names something few of the story's members name,
the score is multiplied by ``name_gate``; the same test runs between two stories before a merge
(:meth:`Engine.names_conflict`, :meth:`Engine.stories_conflict`; docs/stories.md, "Name gate").

*a* joins the best story if its score reaches ``join_threshold`` and beats the runner-up story by
``join_margin`` (or reaches ``sure_threshold``), else starts a new one. A reprint
joins its original's story without scoring. When *a* also scores above the join threshold for a
second story and the two stories are alike (their own score reaches ``merge_threshold``), they
are merged: the older story (created first) keeps its id and lists the other as an alias.

Everything is a pure function of the articles in arrival order, so the same input order gives the
same stories, whether the articles come in one batch or one at a time.
"""

from __future__ import annotations

import hashlib
import heapq
import math
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, Callable, Iterable

import numpy as np

from .features import Features, NameLangs, corrected_day, name_in, sparse_dot, top_items
from .index import DayIndex


@dataclass(frozen=True, slots=True)
class Config:
    """Clustering parameters; see ``cluster/defaults.toml`` ([stories]) for meanings."""

    join_threshold: float = 0.42
    join_margin: float = 0.05
    terms_join_threshold: float = 0.22
    sure_threshold: float = 0.8
    merge_threshold: float = 0.55
    weight_embedding: float = 0.5
    weight_terms: float = 0.35
    weight_keys: float = 0.15
    neighbours: int = 10
    min_neighbour_sim: float = 0.3
    term_candidates: int = 8
    index_terms: int = 8
    time_grace_days: float = 2.0
    time_scale_days: float = 4.0
    time_floor: float = 0.0
    max_gap_days: float = 14.0
    story_terms: int = 150
    search_rows: int = 20000
    postings_scan: int = 64
    min_words: int = 0
    name_gate: float = 1.0
    name_core_share: float = 0.5
    name_core_support: int = 1
    name_said_share: float = 0.0

    @classmethod
    def from_settings(cls, section: Any) -> "Config":
        d = section.as_dict()
        fields = cls.__dataclass_fields__
        return cls(**{k: type(fields[k].default)(d[k]) for k in fields if k in d})


def corrected_day_of(f: Features) -> tuple[float | None, float | None] | None:
    return corrected_day(f.published, f.text or "", f.language)


def story_id_for(first_article_id: str) -> str:
    """A story's id comes from the article that started it: stable across runs."""
    return "s" + hashlib.sha1(first_article_id.encode("utf-8")).hexdigest()[:12]


@dataclass(slots=True)
class Member:
    """What a story keeps of a member article (enough for metadata, no text)."""

    id: str
    seq: int
    day: float | None
    outlet: str | None
    language: str | None
    published: str | None
    title: str | None
    reprint_of: str | None
    lead: str | None = None

    def to_list(self) -> list[Any]:
        return [self.id, self.seq, self.day, self.outlet, self.language, self.published, self.title,
                self.reprint_of, self.lead]

    @classmethod
    def from_list(cls, x: list[Any]) -> "Member":
        return cls(*x)


@dataclass(slots=True)
class StoryState:
    id: str
    created_seq: int
    members: list[Member] = field(default_factory=list)
    terms: dict[str, float] = field(default_factory=dict)
    keys: dict[str, float] = field(default_factory=dict)
    indexed: set[str] = field(default_factory=set)
    vec_sum: np.ndarray | None = None
    first_day: float | None = None
    last_day: float | None = None
    languages: set[str] = field(default_factory=set)
    lang_n: dict[str, int] = field(default_factory=dict)  # members per language
    aliases: list[str] = field(default_factory=list)
    version: int = 0
    updated_seq: int = 0
    terms_norm: float = 0.0
    keys_norm: float = 0.0
    # head-name skeleton -> members naming it in title or lead; n_heads: members counted
    heads: dict[str, int] = field(default_factory=dict)
    n_heads: int = 0
    # name word skeleton -> members naming it anywhere (title, lead or body)
    said: dict[str, int] = field(default_factory=dict)
    _said: tuple[int, int, frozenset[str]] | None = None
    _core: tuple[tuple[int, int], float, frozenset[str]] | None = None
    _vnorm: tuple[np.ndarray, float] | None = None

    def vec_norm(self) -> float:
        """Norm of ``vec_sum`` (every update assigns a new array: the cache keys on the array)."""
        v = self.vec_sum
        if v is None:
            return 0.0
        if self._vnorm is None or self._vnorm[0] is not v:
            self._vnorm = (v, float(np.linalg.norm(v)))
        return self._vnorm[1]

    def core(self, share: float, support: int = 1) -> frozenset[str]:
        """The story's core names, where and who it is about: head names of members at least
        ``share`` times as often as its most-named one, and of at least ``support`` members."""
        if self._core is None or self._core[0] != (self.n_heads, support) or self._core[1] != share:
            need = max(share * max(self.heads.values(), default=0), support)
            self._core = ((self.n_heads, support), share, frozenset(k for k, c in self.heads.items() if c >= need))
        return self._core[2]

    def said_words(self, share: float) -> frozenset[str]:
        """Name words that at least ``share`` of the members use (at least one member): in a
        large story a name that one or two stray members brought in does not count."""
        need = max(1, math.ceil(share * self.n_heads - 1e-9))
        if self._said is None or self._said[0] != self.version or self._said[1] != need:
            self._said = (self.version, need, frozenset(w for w, c in self.said.items() if c >= need))
        return self._said[2]

    def to_doc(self) -> dict[str, Any]:
        return {"created_seq": self.created_seq, "members": [m.to_list() for m in self.members],
                "terms": self.terms, "keys": self.keys, "indexed": sorted(self.indexed),
                "aliases": self.aliases, "version": self.version, "updated_seq": self.updated_seq,
                "heads": self.heads, "n_heads": self.n_heads, "said": self.said}

    @classmethod
    def from_doc(cls, sid: str, d: dict[str, Any]) -> "StoryState":
        s = cls(sid, int(d["created_seq"]), [Member.from_list(m) for m in d["members"]], dict(d["terms"]),
                dict(d["keys"]), set(d["indexed"]), aliases=list(d.get("aliases", [])), version=int(d["version"]),
                updated_seq=int(d["updated_seq"]), heads=dict(d.get("heads", {})), n_heads=int(d.get("n_heads", 0)),
                said=dict(d.get("said", {})))
        for m in s.members:
            s._span(m.day)
            if m.language:
                s.languages.add(m.language)
                s.lang_n[m.language] = s.lang_n.get(m.language, 0) + 1
        s.terms_norm = _norm(s.terms)
        s.keys_norm = _norm(s.keys)
        return s

    def _span(self, day: float | None) -> None:
        if day is None:
            return
        self.first_day = day if self.first_day is None else min(self.first_day, day)
        self.last_day = day if self.last_day is None else max(self.last_day, day)

    def gap(self, day: float | None) -> float:
        if day is None or self.first_day is None:
            return 0.0
        return max(0.0, self.first_day - day, day - (self.last_day or day))


_seq = attrgetter("seq")


def _norm(d: dict[str, float]) -> float:
    return math.sqrt(math.fsum([v * v for v in d.values()]))


def _add_sparse(acc: dict[str, float], x: dict[str, float], top: int) -> dict[str, float]:
    for k, v in x.items():
        acc[k] = acc.get(k, 0.0) + v
    if len(acc) > top * 2:  # trim rarely, deterministically
        acc = dict(top_items(acc, top))
    return acc


class Engine:
    """In-memory clustering state; :mod:`newsweave.cluster.step` persists and restores it."""

    def __init__(self, config: Config, dim: int = 512,
                 date_check: Callable[[Features], tuple[float | None, float | None] | None] | None = corrected_day_of):
        self.cfg = config
        # asked what an article's text says of its date when its page date may be wrong:
        # (day, before) as in features.corrected_day, or None when the page date stands
        self.date_check = date_check
        self.stories: dict[str, StoryState] = {}
        self.owner: dict[str, str] = {}  # article id -> story id (kept current through merges)
        self.alias: dict[str, str] = {}  # merged story id -> the story it went into
        self.index = DayIndex(dim, config.max_gap_days, config.search_rows)
        self.postings: dict[str, list[str]] = {}
        self._compact_at: dict[str, int] = {}
        self.changed: set[str] = set()
        self.merged: dict[str, str] = {}  # merges made since the last drain: old id -> new id
        self.max_day: float | None = None
        self.names = NameLangs()  # languages each name skeleton was seen in (the Clusterer fills it)

    # lookups -------------------------------------------------------------------------------
    def resolve(self, story_id: str) -> str:
        seen = []
        while story_id in self.alias:
            seen.append(story_id)
            story_id = self.alias[story_id]
        for s in seen[:-1]:
            self.alias[s] = story_id
        return story_id

    def story_of(self, article_id: str) -> str | None:
        return self.owner.get(article_id)

    # scoring -------------------------------------------------------------------------------
    def _weights(self, has_vec: bool, same_lang: float) -> tuple[float, float, float]:
        """``same_lang``: the share of the compared texts written in one language (1: all of
        them, 0: none); the terms' weight moves to the embedding for the rest."""
        c = self.cfg
        we = c.weight_embedding if has_vec else 0.0
        wt = c.weight_terms
        if has_vec and same_lang < 1.0:
            we, wt = we + wt * (1.0 - same_lang), wt * same_lang
        return we, wt, c.weight_keys

    @staticmethod
    def _lang_share(a: dict[str, int], b: dict[str, int]) -> float:
        """How far two language mixes overlap: sum over languages of the smaller share (1 when
        either is unknown). A story of 1,000 English reports and one German one is English to
        a German report: its terms say little of it."""
        if not a or not b:
            return 1.0
        na, nb = sum(a.values()), sum(b.values())
        return sum(min(n / na, b[k] / nb) for k, n in a.items() if k in b)

    def _decay(self, gap: float) -> float:
        # page dates are noisy (a republication, a crawl date): time lowers a match towards
        # time_floor but strong content evidence can still win
        c = self.cfg
        if c.time_scale_days <= 0:
            return 1.0
        d = math.exp(-max(0.0, gap - c.time_grace_days) / c.time_scale_days)
        return c.time_floor + (1.0 - c.time_floor) * d

    @staticmethod
    def gap(f: Features, s: StoryState) -> float:
        """Days between the article and the story's span (0 inside it or when either is undated);
        an article known only to be from on or before ``f.before`` is after no story's start."""
        if f.day is None and f.before is not None and s.first_day is not None:
            return max(0.0, s.first_day - f.before)
        return s.gap(f.day)

    def names_conflict(self, f: Features, s: StoryState) -> bool:
        """The story's titles and leads mostly name a place, actor or figure the article names
        nowhere, and the article's headline (or a decimal figure of its lead) names one that few
        of the story's members name: two events of one kind in two places (port strikes in
        Kostrava and in Saltmere), not one event."""
        if not f.heads or not s.n_heads:
            return False
        cross = bool(f.language and s.languages and f.language not in s.languages)
        lang = (f.language,)
        core = s.core(self.cfg.name_core_share, self.cfg.name_core_support)
        names = self.names
        if not any(not name_in(y, f.names, names.generic) and (not cross or names.seen_in(y, lang)) for y in core):
            return False
        # the article's side must be in its headline and rare in the story: a paraphrase's lead
        # names side actors its story's leads did not, a report of another event headlines its
        # own place (an effect of the event elsewhere, ferries to an island cut by a port strike,
        # is named in the story's reports)
        words = s.said_words(self.cfg.name_said_share)
        return any(not name_in(x, words, names.generic) and (not cross or names.seen_in(x, s.languages)) for x in f.title_heads)

    def stories_conflict(self, a: StoryState, b: StoryState) -> bool:
        """The same test between two stories: each has a core name that few of the other's
        members name."""
        if not a.n_heads or not b.n_heads:
            return False
        cross = bool(a.languages and b.languages and not (a.languages & b.languages))
        share = self.cfg.name_core_share
        ca, cb = a.core(share, self.cfg.name_core_support), b.core(share, self.cfg.name_core_support)
        names = self.names
        wa, wb = a.said_words(self.cfg.name_said_share), b.said_words(self.cfg.name_said_share)
        if not any(not name_in(y, wb, names.generic) and (not cross or names.seen_in(y, b.languages)) for y in ca):
            return False
        return any(not name_in(x, wa, names.generic) and (not cross or names.seen_in(x, a.languages)) for x in cb)

    def score(self, f: Features, s: StoryState, member_sim: float = 0.0, need: float = 0.0) -> float:
        """The article's score for the story; below ``need`` the name gate is not checked (the
        caller only tells scores below ``need`` apart from those above it)."""
        gap = self.gap(f, s)
        if gap > self.cfg.max_gap_days:
            return 0.0
        e = 0.0
        if f.vec is not None and s.vec_sum is not None:
            n = s.vec_norm()
            e = max(member_sim, float(f.vec @ s.vec_sum) / n if n else 0.0)
        t = sparse_dot(f.terms, s.terms) / s.terms_norm if s.terms_norm else 0.0
        k = sparse_dot(f.keys, s.keys) / s.keys_norm if s.keys_norm else 0.0
        same_lang = 1.0 if not f.language else self._lang_share({f.language: 1}, s.lang_n)
        weights = self._weights(f.vec is not None and s.vec_sum is not None, same_lang)
        return self._combine(weights, (e, t, k), gap, lambda: self.names_conflict(f, s), need)

    def story_similarity(self, a: StoryState, b: StoryState, need: float = 0.0) -> float:
        gap = 0.0
        if a.first_day is not None and b.first_day is not None:
            gap = max(0.0, a.first_day - (b.last_day or 0.0), b.first_day - (a.last_day or 0.0))
        if gap > self.cfg.max_gap_days:
            return 0.0
        e = 0.0
        has_vec = a.vec_sum is not None and b.vec_sum is not None
        if has_vec:
            na, nb = a.vec_norm(), b.vec_norm()
            e = float(a.vec_sum @ b.vec_sum) / (na * nb) if na and nb else 0.0
        t = sparse_dot(a.terms, b.terms) / (a.terms_norm * b.terms_norm) if a.terms_norm and b.terms_norm else 0.0
        k = sparse_dot(a.keys, b.keys) / (a.keys_norm * b.keys_norm) if a.keys_norm and b.keys_norm else 0.0
        weights = self._weights(has_vec, self._lang_share(a.lang_n, b.lang_n))
        return self._combine(weights, (e, t, k), gap, lambda: self.stories_conflict(a, b), need)

    def _combine(self, weights: tuple[float, float, float], sims: tuple[float, float, float], gap: float,
                 conflict: Callable[[], bool], need: float = 0.0) -> float:
        """Weighted embedding / terms / keys similarity, decayed by the time gap and, when the
        head names conflict (checked only when the gate is on: it is the costly part), gated.
        The gate only lowers a score: one already below ``need`` stays below it and is returned
        ungated."""
        tot = sum(weights)
        if not tot:
            return 0.0
        sc = sum(w * x for w, x in zip(weights, sims)) / tot * self._decay(gap)
        if self.cfg.name_gate < 1.0 and sc >= need and conflict():
            sc *= self.cfg.name_gate
        return sc

    # candidates ----------------------------------------------------------------------------
    def _index_keys(self, f: Features) -> list[str]:
        n = self.cfg.index_terms
        top_t = top_items(f.terms, n)
        top_k = top_items(f.keys, n)
        return ["t:" + k for k, _ in top_t] + ["k:" + k for k, _ in top_k]

    def _term_candidates(self, f: Features, keys: list[str]) -> list[str]:
        votes: dict[str, float] = {}
        scan = self.cfg.postings_scan
        alias = self.alias
        for key in keys:
            plist = self.postings.get(key)
            if not plist:
                continue
            if len(plist) > self._compact_at.get(key, 64):
                plist = self._compact(key, plist)
            # postings are in arrival order: the most recent stories are at the end
            w = f.terms.get(key[2:], 0.0) if key[0] == "t" else f.keys.get(key[2:], 0.0)
            recent = plist[-scan:]
            if not alias.keys().isdisjoint(recent):
                # merged stories: written back resolved (the list keeps its length and order,
                # so what later scans see is unchanged, without resolving again)
                recent = [self.resolve(sid) if sid in alias else sid for sid in recent]
                plist[-len(recent):] = recent
            if len(set(recent)) < len(recent):
                recent = list(dict.fromkeys(recent))  # the story merged ones went into counts once
            get = votes.get
            for sid in recent:
                votes[sid] = get(sid, 0.0) + w
        n = self.cfg.term_candidates
        if f.day is not None or f.before is not None:
            # stories beyond max_gap_days are no candidates. An article votes for ~400 stories
            # and only the best n can rank: test the time gap of those first, and of all only
            # when one of them is out of reach (votes of the near ones are the same sums)
            top = self._top_votes(votes, n)
            if all(self._near(f, sid) for sid in top):
                votes = top
            else:
                votes = self._top_votes({sid: v for sid, v in votes.items() if self._near(f, sid)}, n)
        else:
            votes = self._top_votes(votes, n)
        stories = self.stories
        ranked = sorted(votes.items(), key=lambda kv: (-kv[1], stories[kv[0]].created_seq))
        return [sid for sid, _ in ranked[:n]]

    @staticmethod
    def _top_votes(votes: dict[str, float], n: int) -> dict[str, float]:
        """The stories with at least the n-th best vote (ties at the cut kept, ranked by creation)."""
        if len(votes) <= n:
            return votes
        least = heapq.nlargest(n, votes.values())[-1]
        return {sid: v for sid, v in votes.items() if v >= least}

    def _near(self, f: Features, sid: str) -> bool:
        return self.gap(f, self.stories[sid]) <= self.cfg.max_gap_days

    def _compact(self, key: str, plist: list[str]) -> list[str]:
        """Drop merged ids and stories that ended long before the newest article (they are
        beyond ``max_gap_days`` of any article not older than ``max_day - max_gap_days``)."""
        horizon = None if self.max_day is None else self.max_day - 2 * self.cfg.max_gap_days
        keep: list[str] = []
        seen: set[str] = set()
        for sid in plist:
            sid = self.resolve(sid)
            if sid in seen:
                continue
            seen.add(sid)
            last = self.stories[sid].last_day
            if horizon is None or last is None or last >= horizon:
                keep.append(sid)
        self.postings[key] = keep
        # next compaction when the list has doubled: amortised O(1) per entry
        self._compact_at[key] = max(64, 2 * len(keep))
        return keep

    # adding --------------------------------------------------------------------------------
    def add(self, f: Features, neighbours: Iterable[tuple[float, int]] = ()) -> str:
        """Place one article (``neighbours``: ``(sim, index position)`` from the day index,
        taken before this article was added). Returns its story id."""
        c = self.cfg
        keys = self._index_keys(f)
        target: str | None = None
        others: list[str] = []
        if f.reprint_of and f.reprint_of in self.owner:
            target = self.owner[f.reprint_of]
        elif f.n_words >= c.min_words:
            member_sim: dict[str, float] = {}
            for sim, pos in neighbours:
                if sim < c.min_neighbour_sim:
                    continue
                sid = self.owner.get(self.index.ids[pos])
                if sid is not None and sim > member_sim.get(sid, -1.0):
                    member_sim[sid] = sim
            target, others = self._place(f, member_sim, keys)
            # The page date matters most when the article starts a story: its date becomes the
            # story's, and a wrong one (a republication, a crawl date) keeps the story's own
            # reports away. Only then is the text asked whether the page date is wrong (a few ms
            # per article); an article that joins a story is placed near it in time already.
            if f.text is not None and f.day is not None and self.date_check is not None and target is None:
                fixed = self.date_check(f)
                f.text = None
                if fixed is not None:
                    f.day, f.before = fixed
                    target, others = self._place(f, member_sim, keys)
        f.text = None
        if f.day is not None:
            self.max_day = f.day if self.max_day is None else max(self.max_day, f.day)
        if target is None:
            target = story_id_for(f.id)
            self.stories[target] = StoryState(target, f.seq)
        self._join(self.stories[target], f, keys)
        for other in others:
            other = self.resolve(other)
            target = self.resolve(target)
            if other == target or other not in self.stories:
                continue
            a, b = self.stories[target], self.stories[other]
            if self.story_similarity(a, b, c.merge_threshold) >= c.merge_threshold:
                self._merge(a, b)
        if f.vec is not None:
            self.index.add(f.id, f.vec, f.day)
        return self.owner[f.id]

    def _place(self, f: Features, member_sim: dict[str, float], keys: list[str]) -> tuple[str | None, list[str]]:
        """The story ``f`` joins (None: a new one) and the other stories it also reaches."""
        c = self.cfg
        cands = list(member_sim)
        for sid in self._term_candidates(f, keys):
            if sid not in member_sim:
                cands.append(sid)
        # without an embedding the score has no e part and runs lower: its own threshold
        th = c.join_threshold if f.vec is not None else c.terms_join_threshold
        # a score is at most the time decay: a story so far away in time that it could score
        # neither the threshold nor within the margin of it can neither be joined nor block the
        # best one as runner-up, and is not scored (the result is the same)
        reach = th - max(0.0, c.join_margin)
        stories = self.stories
        # (a score below the reach is not told apart from another: the name gate is not checked)
        scored = sorted(((self.score(f, st, member_sim.get(sid, 0.0), reach), st.created_seq, sid)
                         for sid in cands if self._decay(self.gap(f, st := stories[sid])) >= reach),
                        key=lambda x: (-x[0], x[1]))
        good = [(s, sid) for s, _, sid in scored if s >= th]
        # a best story that is barely better than the runner-up is no evidence of the same event
        # (many similar events around the same people): join only with a clear margin
        runner_up = scored[1][0] if len(scored) > 1 else 0.0
        if good and good[0][0] - runner_up < c.join_margin and good[0][0] < c.sure_threshold:
            # ... unless the two best stories are one event told twice: then join (and merge below)
            a, b = self.stories[scored[0][2]], self.stories[scored[1][2]]
            if runner_up < th or self.story_similarity(a, b, c.merge_threshold) < c.merge_threshold:
                good = []
        if not good:
            return None, []
        return good[0][1], [sid for _, sid in good[1:]]

    def _join(self, s: StoryState, f: Features, keys: list[str]) -> None:
        top = self.cfg.story_terms
        s.members.append(Member(f.id, f.seq, f.day, f.outlet, f.language, f.published, f.title, f.reprint_of,
                                f.lead))
        s.terms = _add_sparse(s.terms, f.terms, top)
        s.keys = _add_sparse(s.keys, f.keys, top)
        s.terms_norm, s.keys_norm = _norm(s.terms), _norm(s.keys)
        if f.vec is not None:
            s.vec_sum = f.vec.astype(np.float32).copy() if s.vec_sum is None else s.vec_sum + f.vec
        s._span(f.day)
        if f.language:
            s.languages.add(f.language)
            s.lang_n[f.language] = s.lang_n.get(f.language, 0) + 1
        for h in f.heads:
            s.heads[h] = s.heads.get(h, 0) + 1
        s.n_heads += 1
        said = s.said
        for w in f.names:
            said[w] = said.get(w, 0) + 1
        for k in keys:
            if k not in s.indexed:
                s.indexed.add(k)
                self.postings.setdefault(k, []).append(s.id)
        s.version += 1
        s.updated_seq = max(s.updated_seq, f.seq)
        self.owner[f.id] = s.id
        self.changed.add(s.id)

    def _merge(self, a: StoryState, b: StoryState) -> None:
        """Merge the younger story into the older one (by creation order)."""
        if b.created_seq < a.created_seq:
            a, b = b, a
        top = self.cfg.story_terms
        if a.members and b.members and b.members[0].seq < a.members[-1].seq:
            a.members = sorted(a.members + b.members, key=_seq)
        else:  # the younger story's reports all came later: no sort (a large story absorbs many)
            a.members = a.members + b.members
        a.terms = _add_sparse(a.terms, b.terms, top)
        a.keys = _add_sparse(a.keys, b.keys, top)
        a.terms_norm, a.keys_norm = _norm(a.terms), _norm(a.keys)
        if b.vec_sum is not None:
            a.vec_sum = b.vec_sum.copy() if a.vec_sum is None else a.vec_sum + b.vec_sum
        a._span(b.first_day)
        a._span(b.last_day)
        a.languages |= b.languages
        for k, n in b.lang_n.items():
            a.lang_n[k] = a.lang_n.get(k, 0) + n
        for h, n in b.heads.items():
            a.heads[h] = a.heads.get(h, 0) + n
        a.n_heads += b.n_heads
        for w, n in b.said.items():
            a.said[w] = a.said.get(w, 0) + n
        for k in b.indexed:
            if k not in a.indexed:
                a.indexed.add(k)
                self.postings.setdefault(k, []).append(a.id)
        # the lists are disjoint and sorted: sort() merges the runs without hashing every alias
        # of a story that has absorbed thousands
        aliases = a.aliases + [b.id] + b.aliases
        aliases.sort()
        a.aliases = aliases
        a.version += 1
        a.updated_seq = max(a.updated_seq, b.updated_seq)
        for m in b.members:
            self.owner[m.id] = a.id
        self.alias[b.id] = a.id
        for old in b.aliases:
            self.alias[old] = a.id
        del self.stories[b.id]
        self.changed.add(a.id)
        self.changed.discard(b.id)
        # where earlier merges went is resolved when drained: updating them here cost
        # O(merges so far) per merge, quadratic over a dense stream (5,796 merges in the first
        # 30,000 articles of the generated 100,000)
        self.merged[b.id] = a.id

    # restore -------------------------------------------------------------------------------
    def restore_story(self, s: StoryState, index: bool = True) -> None:
        """Put back a stored story; ``index``: also list it under its terms (when the postings
        were not stored: their order then differs from the uninterrupted run's)."""
        self.stories[s.id] = s
        for m in s.members:
            self.owner[m.id] = s.id
        if index:
            for k in s.indexed:
                self.postings.setdefault(k, []).append(s.id)
        for old in s.aliases:
            self.alias[old] = s.id
        for m in s.members:
            if m.day is not None:
                self.max_day = m.day if self.max_day is None else max(self.max_day, m.day)

    def drain(self) -> tuple[set[str], dict[str, str]]:
        """Stories changed and merges made since the last call (and forget them)."""
        changed = self.changed
        merged = {old: self.resolve(new) for old, new in self.merged.items()}
        self.changed, self.merged = set(), {}
        return changed, merged
