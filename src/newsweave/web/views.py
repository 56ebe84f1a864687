"""Server-rendered pages (Jinja2, autoescaped) over :mod:`newsweave.query`.

Pages: story list ``/``, story ``/stories/{id}``, article ``/articles/{id}``, entities
``/entities`` and ``/entities/{key}``, outlets ``/outlets`` and ``/outlets/{name}``, search
``/search``. Static CSS/JS under ``/static`` (no CDN, no inline script: the CSP forbids it).
Rendered pages are cached until the store's change stamp moves (:mod:`newsweave.api.cache`).
"""

from __future__ import annotations

import re
from importlib import resources
from typing import Any, Callable
from urllib.parse import quote, urlencode

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape

from .. import __version__, query
from ..api.cache import accepts_gzip
from ..settings import Settings
from ..store.base import Store
from .charts import timeline_layout

REASON_LABELS = {
    "title": "headline (moved to metadata)", "metadata": "date / byline / source line (moved to metadata)",
    "site_name": "outlet name or tagline", "related_links": "related links", "counters": "view and comment counters",
    "photo_caption": "photo caption", "mt_disclaimer": "machine-translation disclaimer", "promo": "promotion",
    "breadcrumb": "breadcrumb navigation", "comment_form": "comment form", "cookie_banner": "cookie banner",
    "share_prompt": "share prompt", "outlet_recurring": "line repeated across this outlet's pages",
    "duplicate_line": "repeated line", "empty": "empty line",
}
SECTION_LABELS = {"articles": "Sources", "claims": "Evidence matrix", "disagreements": "Disagreements",
                  "single_source": "Single-source facts", "quotes": "Quote ledger", "entities": "Entities",
                  "timeline": "Timeline"}
STATUS_LABELS = {"corroborated": "corroborated", "single_source": "single source", "contested": "contested"}


def u_story(sid: str) -> str:
    return "/stories/" + quote(sid, safe="")


def u_story_section(sid: str, section: str) -> str:
    return u_story(sid) + "/" + quote(section, safe="")


def u_article(aid: str, start: int | None = None, end: int | None = None) -> str:
    url = "/articles/" + quote(aid, safe="")
    if isinstance(start, int) and isinstance(end, int):
        url += f"?hl={start}-{end}#hl"
    return url


def u_outlet(name: str | None) -> str:
    return "/outlets/" + quote(name or "", safe="")


def u_entity(key: str) -> str:
    return "/entities/" + quote(key, safe="")


def _env() -> Environment:
    env = Environment(loader=PackageLoader("newsweave.web", "templates"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(u_story=u_story, u_story_section=u_story_section, u_article=u_article, u_outlet=u_outlet, u_entity=u_entity,
                       REASON_LABELS=REASON_LABELS, STATUS_LABELS=STATUS_LABELS, version=__version__)
    env.filters["day"] = lambda v: (v or "")[:10]
    return env


def register(app: FastAPI, store: Store, settings: Settings) -> None:
    env = _env()
    cache = app.state.cache
    static_dir = resources.files("newsweave.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static_dir)), name="static")
    page_size = int(settings.serve.page_size)
    section_items = int(settings.serve.story_section_items)
    section_page_size = max(section_items, page_size)

    def render(name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**ctx), status_code=status)

    def cached(request: Request, name: str, build: Callable[[], dict[str, Any]]) -> HTMLResponse:
        key = request.url.path + "?" + (request.url.query or "")
        body, packed = cache.respond(key, lambda: env.get_template(name).render(**build()).encode(),
                                     accepts_gzip(request.headers))
        headers = {"Content-Encoding": "gzip", "Vary": "Accept-Encoding"} if packed else {"Vary": "Accept-Encoding"}
        return HTMLResponse(body, headers=headers)

    def render_error(request: Request, status: int, code: str, message: str) -> HTMLResponse:
        return render("error.html", status=status, status_code=status, code=code, message=message, nav="")

    app.state.render_error = render_error

    def page_url(request: Request, **changes: Any) -> str:
        params = dict(request.query_params)
        params.update({k: v for k, v in changes.items()})
        return request.url.path + "?" + urlencode({k: v for k, v in params.items() if v not in (None, "")})

    @app.get("/", include_in_schema=False)
    def stories_page(request: Request, q: str = "", date_from: str = "", date_to: str = "", outlet: str = "",
                     language: str = "", entity: str = "", sort: str = "recent", page: int = 1) -> HTMLResponse:
        p = request.query_params
        date_from, date_to = p.get("from", ""), p.get("to", "")

        def build() -> dict[str, Any]:
            res = query.list_stories(store, q=q or None, date_from=date_from or None, date_to=date_to or None,
                                     outlet=outlet or None, language=language or None, entity=entity or None,
                                     sort=sort, page=page, per_page=page_size)
            return {"nav": "stories", "res": res, "facets": query.facets(store), "sorts": query.SORTS,
                    "f": {"q": q, "from": date_from, "to": date_to, "outlet": outlet, "language": language,
                          "entity": entity, "sort": sort},
                    "prev_url": page_url(request, page=page - 1) if page > 1 else None,
                    "next_url": page_url(request, page=page + 1) if page < res["pages"] else None}

        return cached(request, "stories.html", build)

    @app.get("/stories/{story_id}", include_in_schema=False)
    def story_page(request: Request, story_id: str, since: int = 0) -> HTMLResponse:
        def build() -> dict[str, Any]:
            d = query.story_detail(store, story_id, items=section_items)
            s = d["story"]
            chart = timeline_layout(d["timeline"], (s.get("first_published"), s.get("last_published")))
            new_since: set[str] = set()
            versions = d["versions"]
            if versions:
                base = since if since and any(v["version"] == since for v in versions) else (
                    versions[-2]["version"] if len(versions) > 1 else 0)
                if base:
                    seen = set()
                    for v in versions:
                        if v["version"] > base:
                            seen.update(v["new"])
                    new_since = {" ".join(t.split()).casefold() for t in seen}
                d["since"] = base
            else:
                d["since"] = 0
            return {"nav": "stories", "d": d, "s": s, "chart": chart, "new_since": new_since,
                    "norm": lambda t: " ".join((t or "").split()).casefold()}

        return cached(request, "story.html", build)

    @app.get("/stories/{story_id}/{section}", include_in_schema=False)
    def story_section_page(request: Request, story_id: str, section: str, page: int = 1) -> HTMLResponse:
        def build() -> dict[str, Any]:
            r = query.story_section(store, story_id, section, page=page, per_page=section_page_size)
            return {"nav": "stories", "r": r, "LABEL": SECTION_LABELS[section],
                    "prev_url": page_url(request, page=page - 1) if page > 1 else None,
                    "next_url": page_url(request, page=page + 1) if page < r["pages"] else None}

        return cached(request, "story_section.html", build)

    @app.get("/articles/{article_id:path}", include_in_schema=False)
    def article_page(request: Request, article_id: str, hl: str = "") -> HTMLResponse:
        def build() -> dict[str, Any]:
            span = None
            if hl:
                m = re.fullmatch(r"(\d{1,9})-(\d{1,9})", hl)
                if not m:
                    raise query.QueryError(f"hl={hl!r}: give the highlighted span as START-END")
                span = (int(m.group(1)), int(m.group(2)))
            d = query.article_detail(store, article_id, highlight=span)
            return {"nav": "", "d": d, "a": d["article"], "blocks": _with_highlight(d["blocks"], span)}

        return cached(request, "article.html", build)

    @app.get("/entities", include_in_schema=False)
    def entities_page(request: Request, q: str = "", type: str = "", page: int = 1) -> HTMLResponse:
        def build() -> dict[str, Any]:
            res = query.list_entities(store, q=q or None, type=type or None, page=page, per_page=60)
            return {"nav": "entities", "res": res, "f": {"q": q, "type": type},
                    "prev_url": page_url(request, page=page - 1) if page > 1 else None,
                    "next_url": page_url(request, page=page + 1) if page < res["pages"] else None}

        return cached(request, "entities.html", build)

    @app.get("/entities/{key}", include_in_schema=False)
    def entity_page(request: Request, key: str) -> HTMLResponse:
        return cached(request, "entity.html", lambda: {"nav": "entities", "e": query.entity_detail(store, key)})

    @app.get("/outlets", include_in_schema=False)
    def outlets_page(request: Request, sort: str = "articles") -> HTMLResponse:
        return cached(request, "outlets.html",
                      lambda: {"nav": "outlets", "outlets": query.list_outlets(store, sort=sort), "sort": sort})

    @app.get("/outlets/{name:path}", include_in_schema=False)
    def outlet_page(request: Request, name: str) -> HTMLResponse:
        return cached(request, "outlet.html", lambda: {"nav": "outlets", "o": query.outlet_detail(store, name)})

    @app.get("/search", include_in_schema=False)
    def search_page(request: Request, q: str = "", page: int = 1) -> HTMLResponse:
        def build() -> dict[str, Any]:
            res = query.search(store, q, page=page, per_page=page_size,
                               max_results=int(settings.serve.search_max_results)) if q.strip() else None
            return {"nav": "search", "q": q, "res": res,
                    "prev_url": page_url(request, page=page - 1) if page > 1 else None,
                    "next_url": page_url(request, page=page + 1) if res and res["has_more"] else None}

        return cached(request, "search.html", build)


def _with_highlight(blocks: list[dict[str, Any]], span: tuple[int, int] | None) -> list[dict[str, Any]]:
    """Split text blocks into (before, marked, after) pieces for a highlighted span."""
    out = []
    for b in blocks:
        b = dict(b)
        if b["kind"] == "text":
            s, e = b["start"], b["end"]
            if span and span[0] < e and span[1] > s:
                lo, hi = max(span[0], s) - s, min(span[1], e) - s
                b["pieces"] = [(b["text"][:lo], False), (b["text"][lo:hi], True), (b["text"][hi:], False)]
                b["first_hl"] = span[0] >= s
            else:
                b["pieces"] = [(b["text"], False)]
        out.append(b)
    return out
