"""Build the cited brief of one story: summary plus sections, every item pointing to its spans.

:func:`build_brief` reads the story document, its articles and (when there is one) its ledger,
and returns the brief document of CONTRACTS.md::

    {"story_id", "version", "story_version", "ledger_version", "headline",
     "sentences": [{"text", "citations": [{article_id, start, end}], "support", "status"}],
     "sections": {"key_facts", "single_source", "disagreements", "quotes", "timeline"},
     "sources": {article_id: {outlet, title, published, url, reprint_of}},
     "article_ids", "method", "created_at"}

Without a ledger the brief is made from the articles alone: sentence similarity across
articles gives the support and the citations, and the sections fall back to what the summary
selection found (key facts = corroborated picks, single-source facts = uncorroborated central
sentences, quotes = attributed quotations found by a pattern, timeline = the time module's
timeline when it is installed). The version number is set by :mod:`newsweave.brief.versions`.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any, Sequence

from ..errors import NotFound
from ..model import Article
from ..settings import Settings
from ..store.base import Store
from . import text as T
from .select import Params, Pick, Source, select, supports, uses_use

METHOD = "extractive-mmr-1"

# a cheap pre-filter: sentences that may hold a date worth a timeline entry (years, month and day
# names, relative days, numeric dates); only these go to the much slower timex tagger
_DATEISH = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)\b|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|"
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Januar|Februar|März|Juni|Juli|Oktober|Dezember)\b\.?|"
    r"\bMay\s+\d|\b\d{1,2}\.?\s+(?:May|Mai)\b|"
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b|"
    r"\b(?:today|yesterday|tomorrow|tonight|heute|gestern|morgen)\b|"
    r"\b(?:next|last|this|coming|nächste[nr]?|letzte[nr]?)\s+(?:week|month|year|spring|summer|autumn|fall|winter|weekend|woche|monat|jahr)\b|"
    r"\b\d+\s+(?:days?|weeks?|months?|years?)\s+(?:ago|later|from now)\b",
    re.IGNORECASE)
_QUOTE = re.compile(r"[\"“]([^\"“”]{20,400})[\"”]")
_NAME = r"((?:[A-Z][\w’'\-]+)(?:\s+[A-Z][\w’'\-]+){0,3})"
_VERB = r"(?:said|says|added|adds|told|tells|wrote|explained|according to)"
_SPEAKER_AFTER = re.compile(r"^[\s,]*(?:" + _VERB + r"\s+" + _NAME + r"|" + _NAME + r"\s+" + _VERB + r"\b)")
_SPEAKER_BEFORE = re.compile(r"((?:[A-Z][\w’'\-]+)(?:\s+[A-Z][\w’'\-]+){0,3})\s+(?:said|says|added|told\s+\w+)[\s,:]*$")


def resolve_story(store: Store, story_id: str) -> dict[str, Any]:
    """The live story document for an id, following ``merged_into``; raises NotFound."""
    seen = set()
    sid = story_id
    while True:
        doc = store.get_doc("story", sid)
        if doc is None:
            raise NotFound(f"no story with id {story_id!r} (list them with `newsweave stories`)")
        if not doc.get("merged_into"):
            return doc
        if sid in seen:
            raise NotFound(f"story {story_id!r} is merged into itself in a loop; rebuild the stories")
        seen.add(sid)
        sid = doc["merged_into"]


def sources_for(articles: Sequence[Article], story: dict[str, Any], ledger: dict[str, Any] | None,
                vec_docs: dict[str, Any] | None = None, embedder: str = "auto") -> list[Source]:
    """Selector inputs: originals first (arrival order), then reprints; ledger sentence spans when present.

    ``vec_docs`` (article id -> the ledger's ``nlp_vec`` cache document) gives the selector the
    USE vectors the ledger already computed; they are decoded only when the story is embedded
    with USE (``embedder``, see :func:`newsweave.brief.select.uses_use`).
    """
    reprints = dict(story.get("reprints") or {})
    sent = (ledger or {}).get("sentences") or {}
    out = []
    for a in articles:
        root = reprints.get(a.id) or a.reprint_of or a.id
        spans = [tuple(x) for x in sent.get(a.id, [])]
        if spans and any(e > len(a.text) for _, e in spans):
            spans = []  # a ledger of another text version: split again
        out.append(Source(a.id, a.text, list(spans), root, a.published, a.outlet, a.title, a.language))
    out.sort(key=lambda s: s.root != s.id)  # stable: originals keep arrival order
    if vec_docs and uses_use(embedder, out):
        from .embed import cached_vectors

        hashes = {a.id: a.content_hash for a in articles}
        for s in out:
            s.vectors = cached_vectors(vec_docs.get(s.id), hashes[s.id])
    return out


def _cite_ok(c: dict[str, Any], texts: dict[str, str]) -> bool:
    t = texts.get(c.get("article_id"))
    return t is not None and 0 <= int(c.get("start", -1)) < int(c.get("end", -1)) <= len(t)


def _span(c: dict[str, Any]) -> dict[str, Any]:
    return {"article_id": c["article_id"], "start": int(c["start"]), "end": int(c["end"])}


def _sentence_around(text: str, spans: list[tuple[int, int]], s: int, e: int) -> tuple[int, int]:
    for a, b in spans:
        if a <= s < b:
            return a, max(b, e)
    return s, e


def _claim_item(c: dict[str, Any], texts: dict[str, str], min_support: float) -> dict[str, Any] | None:
    """A ledger claim as a section item: text that its first citation holds, verified citations."""
    cites = [_span(x) for x in c.get("citations") or [] if _cite_ok(x, texts)]
    if not cites:
        return None
    first = texts[cites[0]["article_id"]][cites[0]["start"]:cites[0]["end"]]
    text = c.get("text") or first
    if text not in first:
        text = first  # show what the source says, not a normalised paraphrase
    cites = [cites[0]] + [x for x in cites[1:]
                          if supports(text, texts[x["article_id"]][x["start"]:x["end"]], min_support)]
    return {"text": text, "citations": cites, "support": int(c.get("independent_sources") or len({x["article_id"] for x in cites})),
            "claim_id": c.get("id")}


def _sections_from_ledger(ledger: dict[str, Any], texts: dict[str, str], sentences: dict[str, list[tuple[int, int]]],
                          cfg: Any, p: Params) -> dict[str, Any]:
    claims = ledger.get("claims") or []
    key, single, disagree = [], [], []
    for c in claims:
        status = c.get("status")
        if status == "corroborated":
            item = _claim_item(c, texts, p.check_min_support)
            if item:
                key.append(item)
        elif status == "single_source":
            item = _claim_item(c, texts, p.check_min_support)
            if item:
                single.append(item)
        if c.get("conflicts"):
            for k in c["conflicts"]:
                sides = []
                for side, val in (("a", "a_value"), ("b", "b_value")):
                    x = k.get(side) or {}
                    if not _cite_ok(x, texts):
                        break
                    aid = x["article_id"]
                    s, e = _sentence_around(texts[aid], sentences.get(aid, []), int(x["start"]), int(x["end"]))
                    sides.append({"text": texts[aid][s:e], "value": k.get(val),
                                  "citations": [{"article_id": aid, "start": s, "end": e}]})
                if len(sides) == 2:
                    disagree.append({"kind": k.get("kind"), "reason": k.get("reason"), "a": sides[0], "b": sides[1],
                                     "claim_id": c.get("id")})
    key.sort(key=lambda x: -x["support"])
    single.sort(key=lambda x: -len(x["text"]))
    quotes = []
    for q in ledger.get("quotes") or []:
        own = {"article_id": q.get("article_id"), "start": q.get("start"), "end": q.get("end")}
        if not _cite_ok(own, texts) or not q.get("speaker"):
            continue
        also = [{**_span(x), "part": True} if x.get("part") else _span(x)
                for x in q.get("also_in") or [] if _cite_ok(x, texts)]
        quotes.append({"speaker": q["speaker"], "text": texts[own["article_id"]][own["start"]:own["end"]],
                       "citations": [_span(own)] + also})
    quotes.sort(key=lambda q: (-len(q["citations"]), -len(q["text"])))
    timeline = _timeline_items(ledger.get("timeline") or [], texts)
    return {"key_facts": key[: cfg.max_key_facts], "single_source": single[: cfg.max_single_source],
            "disagreements": _dedupe_disagreements(disagree)[: cfg.max_disagreements],
            "quotes": _dedupe_quotes(quotes)[: cfg.max_quotes], "timeline": timeline[: cfg.max_timeline]}


def _dedupe_disagreements(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen, out = set(), []
    for d in items:
        key = (d["kind"], d["a"]["text"], d["b"]["text"])
        if key not in seen and (d["kind"], d["b"]["text"], d["a"]["text"]) not in seen:
            seen.add(key)
            out.append(d)
    return out


def _dedupe_quotes(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen, out = set(), []
    for q in items:
        key = " ".join(T.words(q["text"].lower()))
        if key not in seen:
            seen.add(key)
            out.append(q)
    return out


def _timeline_items(entries: list[dict[str, Any]], texts: dict[str, str]) -> list[dict[str, Any]]:
    out = []
    for t in entries:
        cites = [_span(x) for x in t.get("citations") or [] if _cite_ok(x, texts)]
        if not cites:
            continue
        c0 = cites[0]
        text = texts[c0["article_id"]][c0["start"]:c0["end"]]
        out.append({"date": t.get("date"), "granularity": t.get("granularity"), "scheduled": bool(t.get("scheduled")),
                    "text": text, "citations": cites})
    out.sort(key=lambda t: str(t["date"] or ""))
    return out


def _fallback_quotes(sources: Sequence[Source], sentences: dict[str, list[tuple[int, int]]]) -> list[dict[str, Any]]:
    """Attributed quotations ("...," Name said) when there is no ledger."""
    out = []
    for s in sources:
        for a, b in sentences.get(s.id, []):
            sent = s.text[a:b]
            for m in _QUOTE.finditer(sent):
                who = _SPEAKER_AFTER.search(sent[m.end():]) or _SPEAKER_BEFORE.search(sent[: m.start()])
                if not who:
                    continue
                qs, qe = a + m.start(1), a + m.end(1)
                name = next(g for g in who.groups() if g)
                if name.lower() in ("he", "she", "they", "it", "we", "i"):
                    continue
                out.append({"speaker": name, "text": s.text[qs:qe],
                            "citations": [{"article_id": s.id, "start": qs, "end": qe}]})
    return out


def _fallback_timeline(articles: Sequence[Article], sentences: dict[str, list[tuple[int, int]]], texts: dict[str, str],
                       settings: Settings) -> list[dict[str, Any]]:
    try:
        from ..analyze.time import build_timeline
    except ImportError:
        return []
    try:
        options = settings.time.as_dict()
    except AttributeError:
        options = None
    # only sentences that could hold a time expression go to the (much slower) timex tagger: they
    # are tagged in a compact copy of the article, and the citations are mapped back to the real text
    from bisect import bisect_right
    from dataclasses import replace

    compact, spans_of, maps = [], {}, {}
    for a in articles:
        keep = [(s, e) for s, e in sentences.get(a.id, []) if _DATEISH.search(a.text, s, e)]
        if not keep:
            continue
        parts, segs, pos = [], [], 0
        for s, e in keep:
            segs.append((pos, s, e))
            parts.append(a.text[s:e])
            pos += e - s + 2
        compact.append(replace(a, text="\n\n".join(parts)))
        spans_of[a.id] = [(n, n + (e - s)) for n, s, e in segs]
        maps[a.id] = segs
    if not compact:
        return []

    def back(c: dict[str, Any]) -> dict[str, Any] | None:
        segs = maps.get(c.get("article_id"))
        if not segs:
            return None
        k = bisect_right([n for n, _, _ in segs], int(c["start"])) - 1
        if k < 0:
            return None
        n, s, e = segs[k]
        return {"article_id": c["article_id"], "start": s + int(c["start"]) - n, "end": min(e, s + int(c["end"]) - n)}

    entries = []
    for t in build_timeline(compact, spans_of, options=options):
        cites = [x for x in (back(c) for c in t.get("citations") or []) if x]
        entries.append(dict(t, citations=cites))
    return _timeline_items(entries, texts)


def _pick_item(p: Pick) -> dict[str, Any]:
    return {"text": p.text, "citations": p.citations, "support": p.support}


def source_info(articles: Sequence[Article]) -> dict[str, dict[str, Any]]:
    return {a.id: {"outlet": a.outlet, "title": a.title, "published": a.published, "url": a.url,
                   "reprint_of": a.reprint_of, "language": a.language} for a in articles}


def build_brief(store: Store, story_id: str, settings: Settings, *, rewrite: bool | None = None) -> dict[str, Any]:
    """The brief document of one story (not stored; see :func:`newsweave.brief.versions.update_brief`).

    ``rewrite`` forces the abstractive rewrite on or off; ``None`` follows ``[brief] abstractive``.
    Raises :class:`NotFound` for an unknown story id.
    """
    story = resolve_story(store, story_id)
    ids = list(story.get("article_ids") or [])
    by_id = {a.id: a for a in store.get_articles(ids)}
    articles = [by_id[i] for i in ids if i in by_id]
    ledger = store.get_doc("ledger", story["id"])
    return brief_from_articles(story, articles, ledger, settings, rewrite=rewrite,
                               vec_docs=vector_docs(store, articles, settings))


def vector_docs(store: Store, articles: Sequence[Article], settings: Settings) -> dict[str, Any]:
    """The ledger's cached sentence vectors of a story's articles, when its brief embeds with USE."""
    from ..analyze.ledger import VEC_CACHE_KIND

    emb = str(settings.brief.embedder)
    if not (emb == "use" or (emb == "auto" and len({a.language for a in articles if a.language}) > 1)):
        return {}
    return {a.id: d for a in articles if (d := store.get_doc(VEC_CACHE_KIND, a.id)) is not None}


def brief_from_articles(story: dict[str, Any], articles: Sequence[Article], ledger: dict[str, Any] | None,
                        settings: Settings, *, rewrite: bool | None = None,
                        vec_docs: dict[str, Any] | None = None) -> dict[str, Any]:
    """:func:`build_brief` on data already loaded (the bench and the step call this directly).

    ``vec_docs``: see :func:`sources_for`; the brief is the same with or without them, only faster.
    """
    cfg = settings.brief
    p = Params.from_settings(cfg)
    sources = sources_for(articles, story, ledger, vec_docs, p.embedder)
    picks = select(sources, p, (ledger or {}).get("claims") or [])
    texts = {a.id: a.text for a in articles}
    from ..analyze.sentences import split_sentences

    sentences = {s.id: (s.sentences or split_sentences(s.text)) for s in sources}  # select() filled them
    if ledger:
        sections = _sections_from_ledger(ledger, texts, sentences, cfg, p)
    else:
        corro = sorted((x for x in picks if x.support >= 2), key=lambda x: -x.support)
        sections = {
            "key_facts": [_pick_item(x) for x in corro][: cfg.max_key_facts],
            "single_source": [_pick_item(x) for x in picks if x.support < 2][: cfg.max_single_source],
            "disagreements": [],
            "quotes": _dedupe_quotes(_fallback_quotes(sources, sentences))[: cfg.max_quotes],
            "timeline": _fallback_timeline(articles, sentences, texts, settings)[: cfg.max_timeline],
        }
    headline = story.get("title") or next((a.title for a in articles if a.title), None) or (picks[0].text if picks else "")
    brief: dict[str, Any] = {
        "story_id": story["id"],
        "version": 0,
        "story_version": story.get("version"),
        "ledger_version": (ledger or {}).get("story_version") if ledger else None,
        "headline": headline,
        "sentences": [x.to_dict() for x in picks],
        "sections": sections,
        "sources": source_info(articles),
        "article_ids": [a.id for a in articles],
        "method": METHOD,
        "check_min_support": p.check_min_support,
        "created_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    do_rewrite = cfg.abstractive if rewrite is None else rewrite
    if do_rewrite:
        from .llm import rewrite_brief

        brief = rewrite_brief(brief, texts, settings)
    return brief
