"""App factory: store, settings, middleware, error handlers, API and web routes."""

from __future__ import annotations

from contextlib import asynccontextmanager
from typing import Any, AsyncIterator

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import NewsweaveError, NotFound, QueryError
from ..query import StoryMoved
from ..settings import Settings
from ..store import open_store
from .cache import ResponseCache
from .jobs import JobRunner
from .security import BodyLimit, SecurityHeaders


class ApiError(Exception):
    """An HTTP error with a machine-readable code: ``{"error": {"code", "message"}}``."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None, **extra: Any):
        self.status, self.code, self.message, self.headers, self.extra = status, code, message, headers, extra
        super().__init__(message)


_STATUS_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
                 405: "method_not_allowed", 406: "not_acceptable", 413: "too_large", 415: "unsupported_media_type",
                 422: "validation_error", 429: "too_many_jobs"}


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api")


def create_app(store_url: str, settings: Settings | None = None) -> FastAPI:
    """The API and UI over the store at ``store_url`` (a SQLite path or a database URL).

    Writes are enabled only when ``settings.serve.token`` is set. The store is opened here and
    closed when the app shuts down.
    """
    settings = settings or Settings.load()
    store = open_store(store_url)
    jobs = JobRunner(store, settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        jobs.stop()
        store.close()

    app = FastAPI(
        title="newsweave",
        version=__version__,
        description="Cross-checked news stories: stories, evidence ledgers, cited briefs, articles. "
        "Reads are open; writes need `Authorization: Bearer <token>` ([serve] token). "
        "Errors are `{\"error\": {\"code\", \"message\"}}`.",
        openapi_url="/api/openapi.json",
        docs_url=None,  # the Swagger page loads from a CDN; the schema is published instead
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.settings = settings
    app.state.jobs = jobs
    import os

    app.state.cache = ResponseCache(store, int(settings.serve.page_cache_entries),
                                    shared=os.environ.get("NEWSWEAVE_SERVE_PAGES") or None)

    def json_error(status: int, code: str, message: str, headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
        return JSONResponse({"error": {"code": code, "message": message, **extra}}, status_code=status, headers=headers)

    def html_or_json(request: Request, status: int, code: str, message: str, headers: dict[str, str] | None = None,
                     **extra: Any) -> Response:
        if _is_api(request) or not hasattr(app.state, "render_error"):
            return json_error(status, code, message, headers, **extra)
        return app.state.render_error(request, status, code, message)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return html_or_json(request, exc.status, exc.code, exc.message, exc.headers, **exc.extra)

    @app.exception_handler(StoryMoved)
    async def _moved(request: Request, exc: StoryMoved) -> Response:
        from urllib.parse import quote

        prefix = "/api/stories/" if _is_api(request) else "/stories/"
        return RedirectResponse(prefix + quote(exc.target, safe=""), status_code=301)

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound) -> Response:
        return html_or_json(request, 404, "not_found", exc.message)

    @app.exception_handler(QueryError)
    async def _bad_query(request: Request, exc: QueryError) -> Response:
        return html_or_json(request, 400, "bad_query", exc.message)

    @app.exception_handler(NewsweaveError)
    async def _nw_error(request: Request, exc: NewsweaveError) -> Response:
        return html_or_json(request, 500, "internal_error", f"[{exc.code}] {exc.message}")

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        details = [{"loc": [str(x) for x in e.get("loc", ())], "msg": str(e.get("msg", ""))} for e in exc.errors()]
        msg = "; ".join(f"{'.'.join(d['loc'])}: {d['msg']}" for d in details[:5]) or "invalid request"
        return html_or_json(request, 422, "validation_error", msg, details=details)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        code = _STATUS_CODES.get(exc.status_code, "http_error")
        msg = exc.detail if isinstance(exc.detail, str) else code
        if exc.status_code == 404 and msg == "Not Found":
            msg = f"no such page: {request.url.path}"
        return html_or_json(request, exc.status_code, code, msg, getattr(exc, "headers", None))

    from . import routes

    app.include_router(routes.router)
    try:
        from ..web import views
    except ModuleNotFoundError as exc:  # pragma: no cover - jinja2 missing: API only
        if exc.name not in ("jinja2", "newsweave.web"):
            raise
    else:
        views.register(app, store, settings)

    app.add_middleware(BodyLimit, max_bytes=int(settings.serve.max_request_bytes))
    app.add_middleware(SecurityHeaders)
    return app


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory`` and multi-process serving: the store and settings file come
    from ``NEWSWEAVE_SERVE_STORE`` and ``NEWSWEAVE_SERVE_CONFIG`` (set by ``newsweave serve``)."""
    import os

    cfg = os.environ.get("NEWSWEAVE_SERVE_CONFIG") or None
    return create_app(os.environ["NEWSWEAVE_SERVE_STORE"], Settings.load(cfg))
