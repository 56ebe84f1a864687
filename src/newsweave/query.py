"""Read functions over a :class:`~newsweave.store.base.Store`: what the API and the web pages show.

Every function takes a store and plain arguments and returns JSON-able dicts; routes and templates
call these and nothing deeper. They read the documents other stages write (see CONTRACTS.md):
``story`` (members, outlets, reprints), ``ledger`` (claims, quotes, entities, timeline), ``brief``
and ``brief_version``. Any of them may be missing -- a fresh database has articles only, a story
may not have a ledger or brief yet -- and every function degrades to what exists.

Cross-story views (the story list, entities, outlet profiles) come from a *catalog* built once
from all documents and kept until the store's :meth:`~newsweave.store.base.Store.change_stamp`
changes (or, on backends without stamps, for :data:`CACHE_TTL_SECONDS`).

Errors: :class:`~newsweave.errors.QueryError` (a bad filter, an FTS syntax error) and
:class:`~newsweave.errors.NotFound`; a story that was merged into another raises
:class:`StoryMoved` naming the story it lives on in.

Example::

    >>> page = list_stories(store, outlet="Harbour Herald", sort="sources", page=1, per_page=20)
    >>> page["total"], [s["id"] for s in page["items"]]
"""

from __future__ import annotations

import re
import threading
import time
import unicodedata
import weakref
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable, Sequence

from .errors import NotFound, QueryError, StoreError
from .model import Article
from .store.base import Store

CACHE_TTL_SECONDS = 2.0
STAMP_KINDS = ("story", "ledger", "brief", "@articles")
SORTS = ("recent", "oldest", "sources", "size", "contested", "title")
STATUSES = ("corroborated", "single_source", "contested")
MAX_QUERY_CHARS = 500
MAX_TEXT_MATCHES = 5000


class StoryMoved(NotFound):
    """The story was merged into another; ``target`` is the id it lives on under."""

    code = "E301"

    def __init__(self, story_id: str, target: str):
        self.target = target
        super().__init__(f"story {story_id!r} was merged into {target!r}")


# helpers ---------------------------------------------------------------------------------------

def entity_key(etype: str | None, name: str) -> str:
    """A stable, URL-safe key for an entity: ``person:marta-kellner`` (letters of any script kept)."""
    norm = unicodedata.normalize("NFKC", name).casefold()
    slug = re.sub(r"[^\w]+", "-", norm).strip("-_") or "x"
    return f"{(etype or 'misc').lower()}:{slug}"


def _day(value: str | None) -> str:
    return (value or "")[:10]


_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _check_date(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    if not _DATE_RE.match(value):
        raise QueryError(f"{name}={value!r} is not a date; use YYYY-MM-DD (or YYYY-MM, YYYY)")
    return value


def _check_page(page: int, per_page: int, max_per_page: int = 200) -> None:
    if page < 1:
        raise QueryError(f"page={page}: pages start at 1")
    if not 1 <= per_page <= max_per_page:
        raise QueryError(f"per_page={per_page}: use 1..{max_per_page}")


def _paginate(items: list[Any], page: int, per_page: int) -> dict[str, Any]:
    total = len(items)
    start = (page - 1) * per_page
    return {"items": items[start : start + per_page], "total": total, "page": page, "per_page": per_page,
            "pages": max(1, -(-total // per_page))}


def _check_text_query(q: str) -> str:
    q = (q or "").strip()
    if not q:
        raise QueryError("empty search query; type some words")
    if len(q) > MAX_QUERY_CHARS:
        raise QueryError(f"search query longer than {MAX_QUERY_CHARS} characters")
    return q


def _fts(store: Store, q: str, limit: int) -> list[dict[str, Any]]:
    try:
        return store.search(q, limit=limit)
    except StoreError as exc:
        raise QueryError(f"cannot search for {q!r}: the query is not valid full-text syntax. Quote phrases "
                         "with \"...\"; use AND, OR, NOT and prefix* only between words.") from exc


# the catalog ---------------------------------------------------------------------------------

@dataclass
class Catalog:
    """Everything cross-story, built from all docs in one pass (see module doc)."""

    stamp: Any
    built_at: float
    articles: dict[str, dict[str, Any]] = field(default_factory=dict)
    reprints_of: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    stories: dict[str, dict[str, Any]] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)
    story_of_article: dict[str, str] = field(default_factory=dict)
    story_entities: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    entity_names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    entities: dict[str, dict[str, Any]] = field(default_factory=dict)
    outlets: dict[str, dict[str, Any]] = field(default_factory=dict)
    facets: dict[str, Any] | None = None


_CACHE: "weakref.WeakKeyDictionary[Store, Catalog]" = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def catalog(store: Store) -> Catalog:
    """The current catalog of ``store`` (rebuilt when the store changed)."""
    stamp = store.change_stamp(STAMP_KINDS)
    cat = _CACHE.get(store)
    if cat is not None and _fresh(cat, stamp):
        return cat
    with _LOCK:
        cat = _CACHE.get(store)
        if cat is not None and _fresh(cat, stamp):
            return cat
        cat = _build_catalog(store, stamp)
        _CACHE[store] = cat
        return cat


def _fresh(cat: Catalog, stamp: Any) -> bool:
    if stamp is None:
        return time.monotonic() - cat.built_at < CACHE_TTL_SECONDS
    return cat.stamp == stamp


def _outlet_entry(cat: Catalog, name: str) -> dict[str, Any]:
    o = cat.outlets.get(name)
    if o is None:
        o = cat.outlets[name] = {"name": name, "articles": 0, "languages": Counter(), "reprints_given": 0,
                                 "reprints_taken": 0, "claims_supported": 0, "single_source_claims": 0,
                                 "contradictions": 0, "stories": set(), "first_published": None,
                                 "last_published": None}
    return o


def _build_catalog(store: Store, stamp: Any) -> Catalog:
    cat = Catalog(stamp=stamp, built_at=time.monotonic())
    for m in store.iter_article_meta():
        cat.articles[m["id"]] = m
        o = _outlet_entry(cat, m["outlet"] or "")
        o["articles"] += 1
        if m["language"]:
            o["languages"][m["language"]] += 1
        d = _day(m["published"])
        if d:
            o["first_published"] = min(o["first_published"] or d, d)
            o["last_published"] = max(o["last_published"] or d, d)
    for aid, m in cat.articles.items():
        orig = m["reprint_of"]
        if orig:
            cat.reprints_of[orig].append(aid)
            _outlet_entry(cat, m["outlet"] or "")["reprints_taken"] += 1
            om = cat.articles.get(orig)
            if om is not None:
                _outlet_entry(cat, om["outlet"] or "")["reprints_given"] += 1

    for sid, doc in store.iter_docs("story"):
        if not isinstance(doc, dict):
            continue
        if doc.get("merged_into"):
            cat.redirects[sid] = doc["merged_into"]
            continue
        ids = [a for a in doc.get("article_ids") or [] if isinstance(a, str)]
        s = {
            "id": sid, "title": doc.get("title"), "first_published": doc.get("first_published"),
            "last_published": doc.get("last_published"), "n_articles": len(ids),
            "outlets": list(doc.get("outlets") or []), "languages": list(doc.get("languages") or []),
            "independent_sources": doc.get("independent_sources") or 0, "version": doc.get("version"),
            "updated_seq": doc.get("updated_seq"), "facts": None, "has_ledger": False, "has_brief": False,
            "brief_version": None,
        }
        cat.stories[sid] = s
        for a in ids:
            cat.story_of_article[a] = sid
        for alias in doc.get("aliases") or []:
            if isinstance(alias, str) and alias != sid:
                cat.redirects.setdefault(alias, sid)
        for outlet in s["outlets"]:
            _outlet_entry(cat, outlet or "")["stories"].add(sid)

    for sid, led in store.iter_docs("ledger"):
        s = cat.stories.get(sid)
        if s is None or not isinstance(led, dict):
            continue
        s["has_ledger"] = True
        facts = Counter()
        for c in led.get("claims") or []:
            status = c.get("status")
            if status in STATUSES:
                facts[status] += 1
            supporters = {cat.articles.get(a, {}).get("outlet") or "" for a in c.get("support") or []}
            for outlet in supporters:
                o = _outlet_entry(cat, outlet)
                o["claims_supported"] += 1
                if status == "single_source":
                    o["single_source_claims"] += 1
            involved = set()
            for conf in c.get("conflicts") or []:
                for side in ("a", "b"):
                    aid = (conf.get(side) or {}).get("article_id")
                    if aid in cat.articles:
                        involved.add(cat.articles[aid]["outlet"] or "")
                for outlet in involved:
                    _outlet_entry(cat, outlet)["contradictions"] += 1
                involved = set()
        s["facts"] = {k: facts.get(k, 0) for k in STATUSES}
        for e in led.get("entities") or []:
            name = e.get("name")
            if not isinstance(name, str) or not name.strip():
                continue
            key = entity_key(e.get("type"), name)
            ent = cat.entities.get(key)
            if ent is None:
                ent = cat.entities[key] = {"key": key, "name": name, "type": e.get("type"), "variants": set(),
                                           "stories": set(), "articles": set(), "mentions": 0}
            ent["variants"].update(v for v in e.get("variants") or [] if isinstance(v, str))
            ent["stories"].add(sid)
            ent["articles"].update(a for a in e.get("article_ids") or [] if isinstance(a, str))
            ent["mentions"] += len(e.get("mentions") or [])
            cat.story_entities[sid].add(key)
            for n in {name, *ent["variants"]}:
                cat.entity_names[n.casefold()].add(key)

    for sid, brief in store.iter_docs("brief"):
        s = cat.stories.get(sid)
        if s is not None and isinstance(brief, dict):
            s["has_brief"] = True
            s["brief_version"] = brief.get("version")
    return cat


# stories -------------------------------------------------------------------------------------

def list_stories(
    store: Store,
    *,
    q: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    outlet: str | None = None,
    language: str | None = None,
    entity: str | None = None,
    sort: str = "recent",
    page: int = 1,
    per_page: int = 20,
) -> dict[str, Any]:
    """Live stories matching every given filter, sorted and paginated.

    ``date_from``/``date_to`` keep stories whose span overlaps the range; ``outlet`` and
    ``language`` match any member; ``entity`` is an entity key or any name/variant
    (case-insensitive); ``q`` is full-text syntax over member articles, or words of the title.
    Returns ``{"items": [story summary], "total", "page", "per_page", "pages", "filters"}``.
    """
    _check_page(page, per_page)
    if sort not in SORTS:
        raise QueryError(f"sort={sort!r}: use one of {', '.join(SORTS)}")
    date_from = _check_date(date_from, "from")
    date_to = _check_date(date_to, "to")
    cat = catalog(store)
    items = list(cat.stories.values())
    if date_from:
        items = [s for s in items if _day(s["last_published"] or s["first_published"]) >= date_from]
    if date_to:
        items = [s for s in items if _day(s["first_published"] or s["last_published"])[: len(date_to)] <= date_to]
    if outlet:
        want = outlet.casefold()
        items = [s for s in items if any((o or "").casefold() == want for o in s["outlets"])]
    if language:
        want = language.casefold()
        items = [s for s in items if any((x or "").casefold() == want for x in s["languages"])]
    if entity:
        keys = {entity} if entity in cat.entities else cat.entity_names.get(entity.strip().casefold(), set())
        items = [s for s in items if cat.story_entities.get(s["id"], set()) & keys]
    if q:
        q = _check_text_query(q)
        hits = {cat.story_of_article.get(h["id"]) for h in _fts(store, q, MAX_TEXT_MATCHES)}
        words = q.casefold().split()
        items = [s for s in items
                 if s["id"] in hits or all(w in (s["title"] or "").casefold() for w in words)]
    keyfns = {
        "recent": (lambda s: (s["last_published"] or "", s["id"]), True),
        "oldest": (lambda s: (s["first_published"] or "9999", s["id"]), False),
        "sources": (lambda s: (s["independent_sources"], s["n_articles"], s["id"]), True),
        "size": (lambda s: (s["n_articles"], s["id"]), True),
        "contested": (lambda s: ((s["facts"] or {}).get("contested", 0), s["id"]), True),
        "title": (lambda s: ((s["title"] or "").casefold(), s["id"]), False),
    }
    fn, rev = keyfns[sort]
    items.sort(key=fn, reverse=rev)
    out = _paginate(items, page, per_page)
    out["items"] = [dict(s) for s in out["items"]]
    out["filters"] = {"q": q, "from": date_from, "to": date_to, "outlet": outlet, "language": language,
                      "entity": entity, "sort": sort}
    return out


def facets(store: Store) -> dict[str, Any]:
    """Values to offer in filter menus: outlets, languages (by article count), story count."""
    cat = catalog(store)
    if cat.facets is not None:
        return cat.facets
    langs: Counter = Counter()
    for o in cat.outlets.values():
        langs.update(o["languages"])
    cat.facets = {"outlets": sorted((o for o in cat.outlets if o), key=str.casefold),
            "languages": [k for k, _ in langs.most_common()], "stories": len(cat.stories),
            "articles": len(cat.articles)}
    return cat.facets


def _resolve_story(store: Store, story_id: str) -> tuple[Catalog, dict[str, Any]]:
    cat = catalog(store)
    seen = set()
    sid = story_id
    while sid in cat.redirects and sid not in seen:
        seen.add(sid)
        sid = cat.redirects[sid]
    if sid != story_id and sid in cat.stories:
        raise StoryMoved(story_id, sid)
    doc = store.get_doc("story", story_id)
    if not isinstance(doc, dict) or doc.get("merged_into"):
        raise NotFound(f"no story {story_id!r}; list stories at /api/stories")
    return cat, doc


class _Texts:
    """Articles of one request with their sentence spans (from the ledger, else split here)."""

    def __init__(self, store: Store, ids: Iterable[str], sentences: dict[str, Any] | None = None,
                 meta: dict[str, dict[str, Any]] | None = None):
        self.store = store
        self.meta = meta or {}
        wanted = list(dict.fromkeys(ids))
        self.arts: dict[str, Article] = {a.id: a for a in store.get_articles(wanted)} if wanted else {}
        self.sent = sentences or {}
        self._split: dict[str, list[tuple[int, int]]] = {}

    def outlet(self, aid: str) -> str | None:
        """The outlet of an article from the catalog's metadata, without loading its text."""
        m = self.meta.get(aid)
        if m is not None:
            return m.get("outlet")
        a = self.get(aid)
        return a.outlet if a else None

    def get(self, aid: str) -> Article | None:
        if aid not in self.arts:
            a = self.store.get_article(aid)
            if a is not None:
                self.arts[aid] = a
        return self.arts.get(aid)

    def sentences(self, aid: str) -> list[tuple[int, int]]:
        if aid in self._split:
            return self._split[aid]
        a = self.get(aid)
        spans: list[tuple[int, int]] = []
        given = self.sent.get(aid)
        if isinstance(given, list) and a is not None:
            spans = [(int(s[0]), int(s[1])) for s in given
                     if isinstance(s, (list, tuple)) and len(s) == 2 and 0 <= int(s[0]) <= int(s[1]) <= len(a.text)]
        if not spans and a is not None:
            from .analyze.sentences import split_sentences

            spans = split_sentences(a.text)
        self._split[aid] = spans
        return spans

    def context(self, cit: dict[str, Any] | None) -> dict[str, Any]:
        """A citation with the whole sentence(s) around it: ``before``, ``text`` (the cited span), ``after``."""
        cit = cit or {}
        aid = cit.get("article_id")
        out: dict[str, Any] = {"article_id": aid, "start": cit.get("start"), "end": cit.get("end"), "ok": False,
                               "outlet": None, "title": None, "published": None, "before": "", "text": "",
                               "after": "", "reprint_of": None}
        a = self.get(aid) if isinstance(aid, str) else None
        if a is None:
            out["problem"] = "the cited article is not in the database"
            return out
        out.update(outlet=a.outlet, title=a.title, published=a.published, reprint_of=a.reprint_of)
        s, e = cit.get("start"), cit.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(a.text)):
            out["problem"] = f"the citation [{s}, {e}) is outside the article's text"
            return out
        lo, hi = s, e
        for ss, se in self.sentences(aid):
            if se > s and ss < max(e, s + 1):
                lo, hi = min(lo, ss), max(hi, se)
        out.update(ok=True, before=a.text[lo:s], text=a.text[s:e], after=a.text[e:hi],
                   sentence_start=lo, sentence_end=hi)
        return out


SECTIONS = ("articles", "claims", "disagreements", "single_source", "quotes", "entities", "timeline")
DEFAULT_SECTION_ITEMS = 30
LINKS_PER_ITEM = 12  # article links shown per item (quote "also in", timeline sources, more sides)
BRIEF_CARDS = 6  # source cards per brief sentence (one per outlet first); the count of the rest is shown


@dataclass
class _StoryModel:
    """What a story's views are cut from, without any source text: kept per (store, story) until
    the store changes, so a story page and each page of its sections parse the ledger once.

    A big story is hundreds of articles, thousands of quotes and conflict pairs; its views are
    shown a section page at a time, and only the items shown get their source sentences."""

    stamp: Any
    built_at: float
    story_id: str
    summary: dict[str, Any]
    doc: dict[str, Any]
    reprints: dict[str, str]
    articles: list[dict[str, Any]]
    ledger: dict[str, Any] | None
    brief: dict[str, Any] | None
    claims: list[dict[str, Any]]
    disagreements: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    entities: list[dict[str, Any]]
    timeline: list[dict[str, Any]]
    columns: list[dict[str, Any]] | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)


_MODELS: "weakref.WeakKeyDictionary[Store, dict[str, _StoryModel]]" = weakref.WeakKeyDictionary()
_MODELS_KEPT = 8  # the 16 biggest ledgers of a 10,000-article store held 330 MB parsed


def _story_model(store: Store, story_id: str) -> _StoryModel:
    cat, doc = _resolve_story(store, story_id)
    stamp = cat.stamp
    with _LOCK:
        kept = _MODELS.setdefault(store, {})
        m = kept.get(story_id)
        if m is not None and ((stamp is not None and m.stamp == stamp)
                              or (stamp is None and time.monotonic() - m.built_at < CACHE_TTL_SECONDS)):
            kept[story_id] = kept.pop(story_id)  # most recently used last
            return m
    ids = [a for a in doc.get("article_ids") or [] if isinstance(a, str)]
    reprints = {k: v for k, v in (doc.get("reprints") or {}).items() if isinstance(k, str)}
    articles = []
    for aid in ids:
        meta = cat.articles.get(aid)
        articles.append({"id": aid, "title": (meta or {}).get("title"), "outlet": (meta or {}).get("outlet"),
                         "published": (meta or {}).get("published"), "language": (meta or {}).get("language"),
                         "reprint_of": reprints.get(aid) or (meta or {}).get("reprint_of"), "missing": meta is None})
    for art in articles:
        if art["reprint_of"]:
            art["reprint_of_outlet"] = cat.articles.get(art["reprint_of"], {}).get("outlet")
    ledger = store.get_doc("ledger", story_id)
    ledger = ledger if isinstance(ledger, dict) else None
    brief = store.get_doc("brief", story_id)
    brief = brief if isinstance(brief, dict) else None
    claims = [c for c in (ledger or {}).get("claims") or [] if isinstance(c, dict)]
    quotes = [q for q in (ledger or {}).get("quotes") or [] if isinstance(q, dict)]
    # the quotes most outlets carried first; ties keep the ledger's order
    quotes = [q for _, q in sorted(enumerate(quotes), key=lambda iq: (-len(iq[1].get("also_in") or []), iq[0]))]
    entities = [
        {"key": entity_key(e.get("type"), e["name"]), "name": e["name"], "type": e.get("type"),
         "variants": sorted({v for v in e.get("variants") or [] if isinstance(v, str) and v != e["name"]}),
         "articles": len(e.get("article_ids") or []), "mentions": len(e.get("mentions") or [])}
        for e in (ledger or {}).get("entities") or [] if isinstance(e, dict) and isinstance(e.get("name"), str)]
    entities.sort(key=lambda e: (-e["articles"], -e["mentions"], e["name"]))
    m = _StoryModel(stamp=stamp, built_at=time.monotonic(), story_id=story_id,
                    summary=dict(cat.stories.get(story_id) or {}), doc=doc, reprints=reprints, articles=articles,
                    ledger=ledger, brief=brief, claims=claims,
                    disagreements=_disagreement_groups(claims, {a["id"]: a for a in articles}),
                    quotes=quotes, entities=entities, timeline=_timeline_entries((ledger or {}).get("timeline") or []))
    with _LOCK:
        kept = _MODELS.setdefault(store, {})
        kept[story_id] = m
        while len(kept) > _MODELS_KEPT:
            kept.pop(next(iter(kept)))
    return m


def _texts(store: Store, m: _StoryModel) -> "_Texts":
    return _Texts(store, (), (m.ledger or {}).get("sentences"), catalog(store).articles)


def _cap(items: list[Any], n: int | None = None) -> list[Any]:
    return items[:LINKS_PER_ITEM if n is None else n]


def _section_items(store: Store, m: _StoryModel, section: str, lo: int, hi: int, texts: "_Texts") -> list[dict[str, Any]]:
    """Items ``lo:hi`` of one section, each with its source sentences resolved."""
    if section == "articles":
        return m.articles[lo:hi]
    if section == "claims":
        rows = _matrix_rows(m.claims[lo:hi], _columns(m, texts))
        for row, c in zip(rows, m.claims[lo:hi]):
            cits = [x for x in c.get("citations") or [] if isinstance(x, dict)]
            row.update(support=[a for a in c.get("support") or [] if isinstance(a, str)],
                       conflicts=len(c.get("conflicts") or []), citations_total=len(cits),
                       citations=[texts.context(x) for x in _cap(cits)])
        return rows
    if section == "single_source":
        ss = [c for c in m.claims if c.get("status") == "single_source"][lo:hi]
        return [{"id": c.get("id"), "text": c.get("text"),
                 "citations": [texts.context(x) for x in _cap(c.get("citations") or [])]} for c in ss]
    if section == "disagreements":
        out = []
        for g in m.disagreements[lo:hi]:
            g = dict(g)
            g["a"], g["b"] = texts.context(g["a"]), texts.context(g["b"])
            for side in ("a_more", "b_more"):
                g[side + "_total"] = len(g[side])
                g[side] = _cap(g[side])
            out.append(g)
        return out
    if section == "quotes":
        return [_quote_view(q, texts) for q in m.quotes[lo:hi]]
    if section == "entities":
        return m.entities[lo:hi]
    if section == "timeline":
        out = []
        for t in m.timeline[lo:hi]:
            cits = [x for x in t["citations"] if isinstance(x, dict)]
            out.append({**t, "citations_total": len(cits), "citations": [texts.context(x) for x in _cap(cits)]})
        return out
    raise NotFound(f"no section {section!r}: use one of {', '.join(SECTIONS)}")


def _section_total(m: _StoryModel, section: str) -> int:
    if section == "single_source":
        return sum(1 for c in m.claims if c.get("status") == "single_source")
    return len({"articles": m.articles, "claims": m.claims, "disagreements": m.disagreements, "quotes": m.quotes,
                "entities": m.entities, "timeline": m.timeline}[section])


def story_detail(store: Store, story_id: str, *, items: int = DEFAULT_SECTION_ITEMS) -> dict[str, Any]:
    """One story with everything needed to check it, each list cut to its first ``items``.

    Keys: ``story`` (summary and doc fields), ``articles`` (members with outlet, date, reprint
    relation), ``brief`` (the current brief with each citation resolved to its source sentence,
    or ``None``), ``brief_stale``, ``versions`` (brief versions with what is new in each),
    ``ledger`` (``None`` or its ``story_version``), ``ledger_stale``, ``matrix`` (claims x
    outlets), ``single_source``, ``disagreements`` (most article pairs first), ``quotes`` (most
    widely carried first), ``entities``, ``timeline`` (chronological; when cut, the events with
    most sources are kept), and ``counts``: the full length of each section, whose every item
    :func:`story_section` pages through.
    """
    if not 1 <= items <= 1000:
        raise QueryError(f"items={items}: use 1..1000")
    m = _story_model(store, story_id)
    texts = _texts(store, m)
    version = m.doc.get("version")
    counts = {s: _section_total(m, s) for s in SECTIONS}
    out: dict[str, Any] = {
        "story": {**m.summary, **{k: v for k, v in m.doc.items() if k not in ("reprints",)}, "reprints": m.reprints},
        "articles": m.articles[:items],
        "brief": None, "brief_stale": False, "versions": [],
        "ledger": None, "ledger_stale": False,
        "matrix": None, "single_source": [], "disagreements": [], "quotes": [], "entities": [], "timeline": [],
        "counts": counts, "items": items,
    }
    if m.brief is not None:
        out["brief"] = _brief_view(m.brief, texts)
        out["brief_stale"] = m.brief.get("story_version") not in (None, version)
        out["versions"] = _versions(store, story_id, m.brief)
    if m.ledger is not None:
        out["ledger"] = {"story_version": m.ledger.get("story_version")}
        out["ledger_stale"] = m.ledger.get("story_version") not in (None, version)
        out["matrix"] = {"columns": _columns(m, texts),
                         "rows": _matrix_rows(m.claims[:items], _columns(m, texts))}
        for s in ("single_source", "disagreements", "quotes", "entities"):
            out[s] = _section_items(store, m, s, 0, items, texts)
        if counts["timeline"] > items:
            # a cut timeline keeps the best-sourced events, still in date order
            best = sorted(range(counts["timeline"]), key=lambda i: (-len(m.timeline[i]["citations"]), i))[:items]
            out["timeline"] = [x for i in sorted(best) for x in _section_items(store, m, "timeline", i, i + 1, texts)]
        else:
            out["timeline"] = _section_items(store, m, "timeline", 0, items, texts)
    return out


def story_section(store: Store, story_id: str, section: str, *, page: int = 1, per_page: int = 50) -> dict[str, Any]:
    """Every item of one section of a story, a page at a time: ``articles``, ``claims`` (matrix
    rows with support, citations and ``columns``), ``disagreements``, ``single_source``,
    ``quotes``, ``entities`` or ``timeline``; same item shapes as :func:`story_detail`."""
    if section not in SECTIONS:
        raise NotFound(f"no section {section!r}: use one of {', '.join(SECTIONS)}")
    _check_page(page, per_page)
    m = _story_model(store, story_id)
    texts = _texts(store, m)
    total = _section_total(m, section)
    lo = (page - 1) * per_page
    out = {"story_id": story_id, "title": m.summary.get("title") or m.doc.get("title"), "section": section,
           "items": _section_items(store, m, section, lo, lo + per_page, texts), "total": total, "page": page,
           "per_page": per_page, "pages": max(1, -(-total // per_page))}
    if section == "claims":
        out["columns"] = _columns(m, texts)
    return out


def story_ledger(store: Store, story_id: str) -> dict[str, Any]:
    """The story's ledger document as stored (claims, quotes, entities, timeline; see CONTRACTS.md)."""
    m = _story_model(store, story_id)
    if m.ledger is None:
        raise NotFound(f"story {story_id!r} has no ledger yet")
    return m.ledger


def _disagreement_groups(claims: list[dict[str, Any]], arts: dict[str, Any]) -> list[dict[str, Any]]:
    """One entry per (claim, kind, value pair), not per pair of articles, most pairs first.

    The ledger records conflicts pairwise, so a claim told with one value by 20 articles and
    another by 27 holds up to 47 pairs. Each entry keeps the first pair's two spans (``a``, ``b``;
    resolved to sentences only when shown) and names every further article on each side
    (``a_more``/``b_more``).
    """
    groups: dict[tuple[Any, ...], dict[str, Any]] = {}
    for c in claims:
        for f in c.get("conflicts") or []:
            if not isinstance(f, dict):
                continue
            va, vb = str(f.get("a_value")), str(f.get("b_value"))
            sa, sb = f.get("a"), f.get("b")
            key = (c.get("id"), f.get("kind"), va, vb)
            rkey = (c.get("id"), f.get("kind"), vb, va)
            if key not in groups and rkey in groups:
                key, sa, sb = rkey, sb, sa
            g = groups.get(key)
            if g is None:
                g = groups[key] = {
                    "claim_id": c.get("id"), "claim": c.get("text"), "kind": f.get("kind"), "reason": f.get("reason"),
                    "a_value": f.get("a_value") if key[2] == va else f.get("b_value"),
                    "b_value": f.get("b_value") if key[2] == va else f.get("a_value"),
                    "a": sa, "b": sb, "pairs": 0, "a_more": [], "b_more": [],
                    "_seen": {"a": {(sa or {}).get("article_id")}, "b": {(sb or {}).get("article_id")}}}
            g["pairs"] += 1
            for side, span in (("a", sa), ("b", sb)):
                aid = (span or {}).get("article_id") if isinstance(span, dict) else None
                if aid and aid not in g["_seen"][side]:
                    g["_seen"][side].add(aid)
                    art = arts.get(aid)
                    g[f"{side}_more"].append({"article_id": aid, "outlet": (art or {}).get("outlet"),
                                              "reprint_of": (art or {}).get("reprint_of")})
    out = []
    for i, g in enumerate(groups.values()):
        g.pop("_seen")
        out.append((-g["pairs"], i, g))
    return [g for _, _, g in sorted(out, key=lambda x: x[:2])]


def _spread(cits: list[dict[str, Any]], texts: _Texts, n: int) -> list[dict[str, Any]]:
    """At most ``n`` of a sentence's citations, one per outlet first (in the brief's order), so
    a sentence that 300 articles back shows its independent sources, not 300 cards."""
    if len(cits) <= n:
        return cits
    first, rest, seen = [], [], set()
    for c in cits:
        aid = c.get("article_id")
        key = (texts.outlet(aid) if isinstance(aid, str) else None) or aid
        (rest if key in seen else first).append(c)
        seen.add(key)
    keep = {id(c) for c in (first + rest)[:n]}
    return [c for c in cits if id(c) in keep]


def _brief_view(brief: dict[str, Any], texts: _Texts) -> dict[str, Any]:
    def sent(s: Any) -> dict[str, Any] | None:
        if not isinstance(s, dict) or not isinstance(s.get("text"), str):
            return None
        cits = [c for c in s.get("citations") or [] if isinstance(c, dict)]
        return {"text": s["text"], "citations_total": len(cits),
                "citations": [texts.context(c) for c in _spread(cits, texts, BRIEF_CARDS)]}

    sections = {}
    for name, body in (brief.get("sections") or {}).items():
        if isinstance(body, list):
            rows = [x for x in (sent(s) for s in body) if x]
            if rows:
                sections[str(name)] = rows
    return {"version": brief.get("version"), "story_version": brief.get("story_version"),
            "headline": brief.get("headline"), "created_at": brief.get("created_at"),
            "sentences": [x for x in (sent(s) for s in brief.get("sentences") or []) if x], "sections": sections}


def _versions(store: Store, story_id: str, brief: dict[str, Any]) -> list[dict[str, Any]]:
    """Every kept brief version (oldest first) with the sentences new since the one before."""
    n = brief.get("version")
    if not isinstance(n, int) or n < 1:
        return []
    out = []
    prev: set[str] = set()
    for v in range(1, min(n, 500) + 1):
        d = store.get_doc("brief_version", f"{story_id}:{v:04d}")
        if not isinstance(d, dict):
            continue
        sents = [s.get("text") for s in d.get("sentences") or [] if isinstance(s, dict) and isinstance(s.get("text"), str)]
        new = [s for s in sents if _norm(s) not in prev]
        out.append({"version": v, "created_at": d.get("created_at"), "story_version": d.get("story_version"),
                    "headline": d.get("headline"), "sentences": len(sents), "new": new})
        prev = {_norm(s) for s in sents}
    return out


def brief_versions(store: Store, story_id: str) -> list[dict[str, Any]]:
    """The brief versions of a story (oldest first), each with the sentences new since the previous one."""
    _resolve_story(store, story_id)
    brief = store.get_doc("brief", story_id)
    return _versions(store, story_id, brief) if isinstance(brief, dict) else []


def brief_version(store: Store, story_id: str, version: int) -> dict[str, Any]:
    """One kept brief version as stored."""
    _resolve_story(store, story_id)
    d = store.get_doc("brief_version", f"{story_id}:{version:04d}")
    if not isinstance(d, dict):
        raise NotFound(f"story {story_id!r} has no brief version {version}")
    return d


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def _columns(m: _StoryModel, texts: "_Texts") -> list[dict[str, Any]]:
    """Evidence-matrix columns, one per outlet. An outlet whose every member article is a reprint
    is *folded*: placed after the outlet of the original and marked as not independent."""
    if m.columns is not None:
        return m.columns
    articles = m.articles
    outlet_of = {a["id"]: a["outlet"] or "(unknown outlet)" for a in articles}
    by_outlet: dict[str, list[str]] = defaultdict(list)
    for a in articles:
        by_outlet[outlet_of[a["id"]]].append(a["id"])
    reprint_of = {a["id"]: a["reprint_of"] for a in articles if a["reprint_of"]}
    originals, folded = [], {}
    for outlet, ids in by_outlet.items():
        if all(i in reprint_of for i in ids):
            src = outlet_of.get(reprint_of[ids[0]])
            if src is None:
                a = texts.get(reprint_of[ids[0]])
                src = (a.outlet if a else None) or "(unknown outlet)"
            folded[outlet] = src
        else:
            originals.append(outlet)
    columns = []
    for outlet in originals:
        columns.append({"outlet": outlet, "folded_into": None, "article_ids": by_outlet[outlet]})
        for f, src in folded.items():
            if src == outlet:
                columns.append({"outlet": f, "folded_into": outlet, "article_ids": by_outlet[f]})
    for f, src in folded.items():
        if src not in originals:
            columns.append({"outlet": f, "folded_into": src, "article_ids": by_outlet[f]})
    m.columns = columns
    return columns


def _matrix_rows(claims: list[dict[str, Any]], columns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims x outlets cells: ``contradicts`` if one of the outlet's articles is on the other side
    of a conflict of the claim (the side without the claim's citations), else ``supports`` if one
    of them is in the claim's support or citations, else ``silent``."""
    col_ids = [set(col["article_ids"]) for col in columns]
    rows = []
    for c in claims:
        cited = {x.get("article_id") for x in c.get("citations") or [] if isinstance(x, dict)}
        support = set(c.get("support") or []) | cited
        against: set[str] = set()
        for f in c.get("conflicts") or []:
            if not isinstance(f, dict):
                continue
            a_id = (f.get("a") or {}).get("article_id")
            b_id = (f.get("b") or {}).get("article_id")
            against.add(a_id if (b_id in cited and a_id not in cited) else b_id)
        cells = []
        for col, ids in zip(columns, col_ids):
            state = "contradicts" if ids & against else "supports" if ids & support else "silent"
            cells.append({"state": state, "folded": col["folded_into"] is not None})
        rows.append({"id": c.get("id"), "text": c.get("text"), "status": c.get("status"),
                     "independent_sources": c.get("independent_sources"), "cells": cells})
    return rows


def _quote_view(qd: dict[str, Any], texts: _Texts) -> dict[str, Any]:
    aid = qd.get("article_id")
    a = texts.get(aid) if isinstance(aid, str) else None
    s, e = qd.get("start"), qd.get("end")
    verified = bool(a is not None and isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(a.text)
                    and a.text[s:e] == qd.get("text"))
    others = [x for x in qd.get("also_in") or [] if isinstance(x, dict) and isinstance(x.get("article_id"), str)]
    also = []
    for x in _cap(others):
        also.append({"article_id": x["article_id"], "outlet": texts.outlet(x["article_id"]),
                     "start": x.get("start"), "end": x.get("end")})
    return {"id": qd.get("id"), "speaker": qd.get("speaker"), "speaker_id": qd.get("speaker_id"),
            "text": qd.get("text"), "article_id": aid, "outlet": a.outlet if a else None, "start": s, "end": e,
            "verified": verified, "also_in": also,
            "also_in_total": max(len(others), qd.get("also_in_total") if isinstance(qd.get("also_in_total"), int) else 0)}


_SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "AU": 10, "WI": 1}


def parse_timex_day(value: str | None) -> date | None:
    """The first day a TIMEX-style value (``2025``, ``2025-03``, ``2025-03-04``, ``2025-SU``) denotes."""
    if not isinstance(value, str):
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2}|SP|SU|FA|AU|WI|W\d{2}|Q[1-4]))?(?:-(\d{2}))?", value)
    if not m:
        return None
    y = int(m.group(1))
    part, d = m.group(2), m.group(3)
    month = 1
    if part:
        if part.isdigit():
            month = int(part)
        elif part in _SEASON_MONTH:
            month = _SEASON_MONTH[part]
        elif part.startswith("Q"):
            month = 3 * (int(part[1]) - 1) + 1
        elif part.startswith("W"):
            try:
                return date.fromisocalendar(y, max(1, min(52, int(part[1:]))), 1)
            except ValueError:
                return None
    try:
        return date(y, max(1, min(12, month)), int(d) if d and part and part.isdigit() else 1)
    except ValueError:
        return None


def _timeline_entries(entries: list[Any]) -> list[dict[str, Any]]:
    out = []
    for t in entries:
        if not isinstance(t, dict):
            continue
        value = t.get("date") if isinstance(t.get("date"), str) else ""
        lo, _, hi = value.partition("/")
        start = parse_timex_day(lo)
        end = parse_timex_day(hi) if hi else None
        out.append({"date": value, "granularity": t.get("granularity"), "text": t.get("text"),
                    "scheduled": bool(t.get("scheduled")), "start": start.isoformat() if start else None,
                    "end": end.isoformat() if end else None,
                    "citations": [c for c in t.get("citations") or [] if isinstance(c, dict)]})
    out.sort(key=lambda t: (t["start"] or "9999", t["date"]))
    return out


# articles ------------------------------------------------------------------------------------

def article_detail(store: Store, article_id: str, *, highlight: tuple[int, int] | None = None) -> dict[str, Any]:
    """One article: metadata, clean text, what the cleaner removed (with reasons), reprint
    relations and its story. ``blocks`` interleaves the clean paragraphs (with their offsets in
    ``text``) and the removed pieces where they were; ``highlight`` (start, end) must lie in the text.
    """
    a = store.get_article(article_id)
    if a is None:
        raise NotFound(f"no article {article_id!r}; search for articles at /api/search")
    if highlight is not None:
        s, e = highlight
        if not 0 <= s <= e <= len(a.text):
            raise QueryError(f"highlight [{s}, {e}) is outside the article's text (0..{len(a.text)})")
    cat = catalog(store)
    d = a.to_export()
    d["seq"] = a.seq

    def ref(aid: str | None) -> dict[str, Any] | None:
        if not aid:
            return None
        m = cat.articles.get(aid)
        return {"id": aid, "title": m.get("title") if m else None, "outlet": m.get("outlet") if m else None,
                "published": m.get("published") if m else None, "missing": m is None}

    sid = cat.story_of_article.get(a.id)
    story = cat.stories.get(sid) if sid else None
    return {
        "article": d,
        "blocks": _blocks(a),
        "reprint_of": ref(a.reprint_of),
        "reprints": [ref(x) for x in cat.reprints_of.get(a.id, [])],
        "story": {"id": sid, "title": story["title"]} if story else None,
        "highlight": list(highlight) if highlight else None,
    }


def _blocks(a: Article) -> list[dict[str, Any]]:
    """Clean paragraphs and removed lines in reading order. The cleaner keeps whole lines of
    ``extracted`` joined by blank lines, so kept lines map to offsets in ``text``; if that mapping
    does not hold (an older cleaner), the removed pieces follow the text instead."""
    from .clean import split_lines

    removed = {r.start: r for r in a.removed}
    blocks: list[dict[str, Any]] = []
    pos = 0
    ok = True
    for ln in split_lines(a.extracted):
        r = removed.pop(ln.start, None)
        if r is not None:
            blocks.append({"kind": "removed", "reason": r.reason, "text": r.text})
            continue
        if a.text[pos : pos + len(ln.text)] != ln.text:
            ok = False
            break
        blocks.append({"kind": "text", "start": pos, "end": pos + len(ln.text), "text": ln.text})
        pos += len(ln.text) + 2
    if ok and pos >= len(a.text) and not removed:
        return blocks
    blocks = []
    pos = 0
    for m in re.finditer(r"\n\s*\n", a.text + "\n\n"):
        if m.start() > pos:
            blocks.append({"kind": "text", "start": pos, "end": m.start(), "text": a.text[pos : m.start()]})
        pos = m.end()
    blocks.extend({"kind": "removed", "reason": r.reason, "text": r.text} for r in a.removed)
    return blocks


def list_articles(store: Store, *, outlet: str | None = None, page: int = 1, per_page: int = 50) -> dict[str, Any]:
    """Stored articles, newest arrivals first, optionally of one outlet."""
    _check_page(page, per_page)
    cat = catalog(store)
    items = [m for m in cat.articles.values() if outlet is None or (m["outlet"] or "") == outlet]
    items.sort(key=lambda m: m["seq"] or 0, reverse=True)
    out = _paginate([{**m, "story_id": cat.story_of_article.get(m["id"])} for m in items], page, per_page)
    return out


# entities ------------------------------------------------------------------------------------

def _entity_out(e: dict[str, Any]) -> dict[str, Any]:
    return {"key": e["key"], "name": e["name"], "type": e["type"],
            "variants": sorted(v for v in e["variants"] if v != e["name"]),
            "stories": len(e["stories"]), "articles": len(e["articles"]), "mentions": e["mentions"]}


def list_entities(store: Store, *, q: str | None = None, type: str | None = None, page: int = 1,
                  per_page: int = 50) -> dict[str, Any]:
    """Entities across all ledgers (merged by type and name), most widely reported first."""
    _check_page(page, per_page)
    cat = catalog(store)
    items = list(cat.entities.values())
    if type:
        items = [e for e in items if (e["type"] or "").casefold() == type.casefold()]
    if q:
        want = q.strip().casefold()
        items = [e for e in items if any(want in n.casefold() for n in {e["name"], *e["variants"]})]
    items.sort(key=lambda e: (-len(e["stories"]), -len(e["articles"]), e["name"].casefold()))
    return _paginate([_entity_out(e) for e in items], page, per_page)


def entity_detail(store: Store, key: str) -> dict[str, Any]:
    """One entity: name, type, every variant seen, and the stories it appears in (newest first)."""
    cat = catalog(store)
    e = cat.entities.get(key)
    if e is None:
        keys = cat.entity_names.get(key.strip().casefold())
        if keys:
            e = cat.entities[sorted(keys)[0]]
    if e is None:
        raise NotFound(f"no entity {key!r}; list entities at /api/entities")
    out = _entity_out(e)
    stories = [dict(cat.stories[s]) for s in e["stories"] if s in cat.stories]
    stories.sort(key=lambda s: (s["last_published"] or "", s["id"]), reverse=True)
    out["story_list"] = stories
    return out


# outlets -------------------------------------------------------------------------------------

def _outlet_out(o: dict[str, Any]) -> dict[str, Any]:
    sup = o["claims_supported"]
    return {"name": o["name"], "articles": o["articles"], "languages": [k for k, _ in o["languages"].most_common()],
            "reprints_given": o["reprints_given"], "reprints_taken": o["reprints_taken"],
            "claims_supported": sup, "single_source_claims": o["single_source_claims"],
            "single_source_share": round(o["single_source_claims"] / sup, 4) if sup else None,
            "contradictions": o["contradictions"], "stories": len(o["stories"]),
            "first_published": o["first_published"], "last_published": o["last_published"]}


def list_outlets(store: Store, *, sort: str = "articles") -> list[dict[str, Any]]:
    """Every outlet with its profile (see :func:`outlet_detail`)."""
    if sort not in ("articles", "name", "contradictions", "reprints_given"):
        raise QueryError(f"sort={sort!r}: use articles, name, contradictions or reprints_given")
    cat = catalog(store)
    items = [_outlet_out(o) for o in cat.outlets.values() if o["articles"] or o["stories"]]
    if sort == "name":
        items.sort(key=lambda o: o["name"].casefold())
    else:
        items.sort(key=lambda o: (-o[sort], o["name"].casefold()))
    return items


def outlet_detail(store: Store, name: str, *, per_page: int = 50) -> dict[str, Any]:
    """One outlet's profile: article count, reprints given (its articles others copied) and taken
    (its articles that copy another), the share of the claims it supports that no independent
    source confirms, the contradictions it is party to; plus its stories and latest articles."""
    cat = catalog(store)
    o = cat.outlets.get(name)
    if o is None or not (o["articles"] or o["stories"]):
        raise NotFound(f"no outlet {name!r}; list outlets at /api/outlets")
    out = _outlet_out(o)
    stories = [dict(cat.stories[s]) for s in o["stories"] if s in cat.stories]
    stories.sort(key=lambda s: (s["last_published"] or "", s["id"]), reverse=True)
    out["story_list"] = stories[:per_page]
    arts = [m for m in cat.articles.values() if (m["outlet"] or "") == name]
    arts.sort(key=lambda m: (m["published"] or "", m["seq"] or 0), reverse=True)
    out["recent_articles"] = [{**m, "story_id": cat.story_of_article.get(m["id"])} for m in arts[:per_page]]
    return out


# search --------------------------------------------------------------------------------------

def search(store: Store, q: str, *, page: int = 1, per_page: int = 20, max_results: int = 1000) -> dict[str, Any]:
    """Full-text search over titles and bodies (SQLite FTS5 syntax: words ANDed, "phrases", OR,
    NOT, prefix*). A malformed query raises :class:`QueryError`, never a server error."""
    _check_page(page, per_page)
    q = _check_text_query(q)
    need = min(page * per_page, max_results)
    if (page - 1) * per_page >= max_results:
        raise QueryError(f"only the first {max_results} results can be paged through; refine the query")
    hits = _fts(store, q, need)
    cat = catalog(store)
    items = [{**h, "story_id": cat.story_of_article.get(h["id"])} for h in hits]
    out = _paginate(items, page, per_page)
    out["total"] = len(hits) if len(hits) < need else None  # unknown beyond what was fetched
    out["pages"] = None if out["total"] is None else max(1, -(-len(hits) // per_page))
    out["has_more"] = len(hits) == need and need < max_results
    out["query"] = q
    return out
