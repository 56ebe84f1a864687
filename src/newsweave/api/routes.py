"""REST routes under ``/api``: each parses its parameters and calls one library function."""

from __future__ import annotations

import hmac
import json
import uuid
from typing import Any, Optional

from fastapi import APIRouter, Depends, File, Path, Query, Request, Response, Security, UploadFile
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field, model_validator

from .. import query
from ..ingest import jsonl
from .app import ApiError
from .cache import accepts_gzip
from .jobs import records_from_blob, safe_name


class ErrorDetail(BaseModel):
    code: str = Field(description="stable machine-readable code, e.g. not_found, bad_query, writes_disabled")
    message: str = Field(description="what went wrong and what to do")


class ErrorBody(BaseModel):
    error: ErrorDetail


_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "bad filter or full-text syntax"},
    404: {"model": ErrorBody, "description": "no such item"},
    422: {"model": ErrorBody, "description": "invalid parameter"},
}
_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "no token given"},
    403: {"model": ErrorBody, "description": "wrong token, or writes disabled on this server"},
    413: {"model": ErrorBody, "description": "request body over serve.max_request_bytes"},
    422: {"model": ErrorBody, "description": "invalid body"},
    429: {"model": ErrorBody, "description": "too many jobs queued"},
}

router = APIRouter(prefix="/api", responses=_ERRORS)
bearer = HTTPBearer(auto_error=False, description="the token set in [serve] token")


def _store(request: Request):
    return request.app.state.store


def _settings(request: Request):
    return request.app.state.settings


def _cached(request: Request, build) -> Response:
    """The JSON body of a read, serialised once and reused until the store changes."""
    key = "api:" + request.url.path + "?" + (request.url.query or "")
    body, packed = request.app.state.cache.respond(
        key, lambda: json.dumps(build(), ensure_ascii=False, default=str, allow_nan=False).encode(),
        accepts_gzip(request.headers))
    headers = {"Content-Encoding": "gzip", "Vary": "Accept-Encoding"} if packed else {"Vary": "Accept-Encoding"}
    return Response(body, media_type="application/json", headers=headers)


def _per_page(request: Request, per_page: Optional[int]) -> int:
    s = _settings(request).serve
    n = s.page_size if per_page is None else per_page
    if not 1 <= n <= s.max_page_size:
        raise ApiError(422, "validation_error", f"per_page={n}: use 1..{s.max_page_size}")
    return n


PageQ = Query(1, ge=1, le=100000, description="page number, from 1")
PerPageQ = Query(None, ge=1, description="items per page (default [serve] page_size, at most max_page_size)")


# reads -----------------------------------------------------------------------------------------

@router.get("/health", summary="liveness and counts")
def health(request: Request) -> dict[str, Any]:
    f = query.facets(_store(request))
    return {"status": "ok", "articles": f["articles"], "stories": f["stories"],
            "writes_enabled": bool(_settings(request).serve.token)}


@router.get("/stories", summary="stories, filtered, sorted and paginated")
def stories(
    request: Request,
    q: Optional[str] = Query(None, max_length=query.MAX_QUERY_CHARS, description="full-text query over member articles, or title words"),
    date_from: Optional[str] = Query(None, alias="from", max_length=10, description="YYYY-MM-DD: stories reported on or after"),
    date_to: Optional[str] = Query(None, alias="to", max_length=10, description="YYYY-MM-DD: stories reported on or before"),
    outlet: Optional[str] = Query(None, max_length=300),
    language: Optional[str] = Query(None, max_length=20),
    entity: Optional[str] = Query(None, max_length=300, description="entity key or name"),
    sort: str = Query("recent", description="one of " + ", ".join(query.SORTS)),
    page: int = PageQ,
    per_page: Optional[int] = PerPageQ,
) -> dict[str, Any]:
    n = _per_page(request, per_page)
    return _cached(request, lambda: query.list_stories(_store(request), q=q, date_from=date_from, date_to=date_to, outlet=outlet,
                              language=language, entity=entity, sort=sort, page=page,
                              per_page=n))


@router.get("/stories/{story_id}", summary="one story: brief, ledger, evidence matrix, quotes, entities, timeline",
            responses={301: {"description": "the story was merged into another (Location)"}})
def story(request: Request, story_id: str,
          items: Optional[int] = Query(None, ge=1, le=1000, description="items per section (default [serve] story_section_items); "
                                       "`counts` gives each section's full length")) -> dict[str, Any]:
    n = int(_settings(request).serve.story_section_items) if items is None else items
    return _cached(request, lambda: query.story_detail(_store(request), story_id, items=n))


@router.get("/stories/{story_id}/ledger", summary="the story's ledger document as stored (claims, quotes, entities, timeline)")
def story_ledger(request: Request, story_id: str) -> dict[str, Any]:
    return _cached(request, lambda: query.story_ledger(_store(request), story_id))


SectionQ = Path(..., description="one of " + ", ".join(query.SECTIONS))


@router.get("/stories/{story_id}/sections/{section}", summary="every item of one section of a story, paginated")
def story_section(request: Request, story_id: str, section: str = SectionQ, page: int = PageQ,
                  per_page: Optional[int] = PerPageQ) -> dict[str, Any]:
    n = _per_page(request, per_page)
    return _cached(request, lambda: query.story_section(_store(request), story_id, section, page=page, per_page=n))


@router.get("/stories/{story_id}/versions", summary="brief versions, oldest first, with what each added")
def story_versions(request: Request, story_id: str) -> list[dict[str, Any]]:
    return _cached(request, lambda: query.brief_versions(_store(request), story_id))


@router.get("/stories/{story_id}/versions/{version}", summary="one kept brief version")
def story_version(request: Request, story_id: str, version: int = Path(..., ge=1, le=9999)) -> dict[str, Any]:
    return _cached(request, lambda: query.brief_version(_store(request), story_id, version))


@router.get("/articles", summary="stored articles, newest arrivals first")
def articles(request: Request, outlet: Optional[str] = Query(None, max_length=300), page: int = PageQ,
             per_page: Optional[int] = PerPageQ) -> dict[str, Any]:
    n = _per_page(request, per_page)
    return _cached(request, lambda: query.list_articles(_store(request), outlet=outlet, page=page, per_page=n))


@router.get("/articles/{article_id:path}", summary="one article: clean text, metadata, removed chrome, reprints")
def article(request: Request, article_id: str) -> dict[str, Any]:
    return _cached(request, lambda: query.article_detail(_store(request), article_id))


@router.get("/entities", summary="entities across stories, with variants")
def entities(request: Request, q: Optional[str] = Query(None, max_length=300),
             type: Optional[str] = Query(None, max_length=20, description="PERSON, ORG, GPE or LOC"),
             page: int = PageQ, per_page: Optional[int] = PerPageQ) -> dict[str, Any]:
    n = _per_page(request, per_page)
    return _cached(request, lambda: query.list_entities(_store(request), q=q, type=type, page=page, per_page=n))


@router.get("/entities/{key}", summary="one entity: variants and stories")
def entity(request: Request, key: str) -> dict[str, Any]:
    return _cached(request, lambda: query.entity_detail(_store(request), key))


@router.get("/outlets", summary="outlets with their profiles")
def outlets(request: Request, sort: str = Query("articles", description="articles, name, contradictions or reprints_given")) -> list[dict[str, Any]]:
    return _cached(request, lambda: query.list_outlets(_store(request), sort=sort))


@router.get("/outlets/{name:path}", summary="one outlet: articles, reprints given/taken, single-source share, contradictions")
def outlet(request: Request, name: str) -> dict[str, Any]:
    return _cached(request, lambda: query.outlet_detail(_store(request), name))


@router.get("/search", summary="full-text search over titles and bodies (FTS5 syntax)")
def search(request: Request, q: str = Query(..., max_length=query.MAX_QUERY_CHARS,
                                            description='words (ANDed), "phrases", OR, NOT, prefix*'),
           page: int = PageQ, per_page: Optional[int] = PerPageQ) -> dict[str, Any]:
    n = _per_page(request, per_page)
    return _cached(request, lambda: query.search(_store(request), q, page=page, per_page=n,
                                                 max_results=_settings(request).serve.search_max_results))


# writes ----------------------------------------------------------------------------------------

def require_token(request: Request, cred: Optional[HTTPAuthorizationCredentials] = Security(bearer)) -> None:
    token = _settings(request).serve.token
    if not token:
        raise ApiError(403, "writes_disabled", "writes are disabled on this server: set [serve] token "
                       "(or NEWSWEAVE_SERVE__TOKEN) and restart to enable them")
    if cred is None:
        raise ApiError(401, "unauthorized", "this endpoint needs the header 'Authorization: Bearer <token>'",
                       headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(cred.credentials.encode("utf-8", "replace"), str(token).encode()):
        raise ApiError(403, "forbidden", "the token is not valid for this server")


def _room(request: Request) -> None:
    s = _settings(request).serve
    if request.app.state.jobs.pending >= s.max_pending_jobs:
        raise ApiError(429, "too_many_jobs", f"{s.max_pending_jobs} jobs are already queued; retry when "
                       "some have finished (GET /api/jobs/{id})", headers={"Retry-After": "5"})


class ArticleIn(BaseModel):
    """One article; ``text`` (plain) or ``html`` is required, everything else optional."""

    model_config = ConfigDict(extra="forbid")
    id: Optional[str] = Field(None, max_length=300, description="your id; default: a hash of the content")
    url: Optional[str] = Field(None, max_length=2000)
    outlet: Optional[str] = Field(None, max_length=300)
    title: Optional[str] = Field(None, max_length=2000)
    published: Optional[str] = Field(None, max_length=40, description="ISO date or datetime")
    language: Optional[str] = Field(None, max_length=20)
    text: Optional[str] = Field(None, description="the article as plain text")
    html: Optional[str] = Field(None, description="the page as HTML (the body is extracted)")

    @model_validator(mode="after")
    def _has_body(self) -> "ArticleIn":
        if not ((self.text or "").strip() or (self.html or "").strip()):
            raise ValueError("each article needs a non-empty 'text' or 'html'")
        return self


class SubmitArticles(BaseModel):
    model_config = ConfigDict(extra="forbid")
    articles: list[ArticleIn] = Field(..., min_length=1)


class Job(BaseModel):
    id: str
    kind: str
    status: str = Field(description="queued, running, done or failed")
    inputs: list[str]
    submitted_at: str
    started_at: Optional[str] = None
    finished_at: Optional[str] = None
    result: Optional[dict[str, Any]] = None
    error: Optional[dict[str, Any]] = None


def _accepted(request: Request, job: dict[str, Any]):
    from fastapi.responses import JSONResponse

    return JSONResponse(job, status_code=202, headers={"Location": f"/api/jobs/{job['id']}"})


@router.post("/articles", status_code=202, response_model=Job, responses=_WRITE_ERRORS,
             summary="submit articles as JSON; processed in the background (see /api/jobs/{id})",
             dependencies=[Depends(require_token)])
def submit_articles(request: Request, body: SubmitArticles):
    s = _settings(request)
    if len(body.articles) > s.serve.max_json_articles:
        raise ApiError(422, "validation_error", f"{len(body.articles)} articles in one request; "
                       f"at most {s.serve.max_json_articles} (setting serve.max_json_articles)")
    _room(request)
    label = f"api:{uuid.uuid4().hex[:8]}.jsonl"
    data = "".join(json.dumps(a.model_dump(exclude_none=True), ensure_ascii=False) + "\n" for a in body.articles)
    blob = data.encode("utf-8")
    job = request.app.state.jobs.submit("json", [label], lambda: jsonl.read(label, blob, s))
    return _accepted(request, job)


@router.post("/uploads", status_code=202, response_model=Job, responses=_WRITE_ERRORS,
             summary="upload files in any format the CLI reads (txt, html, jsonl, rss/atom, warc, .gz)",
             dependencies=[Depends(require_token)])
async def upload(request: Request, files: list[UploadFile] = File(..., description="one or more files")):
    s = _settings(request)
    if len(files) > s.serve.max_upload_files:
        raise ApiError(422, "validation_error", f"{len(files)} files in one request; at most "
                       f"{s.serve.max_upload_files} (setting serve.max_upload_files)")
    _room(request)
    batch = uuid.uuid4().hex[:8]
    blobs = []
    for f in files:
        # the client's file name is only a label (and its extension picks the reader); nothing is
        # written to disk under it
        label = f"upload:{batch}/{safe_name(f.filename)}"
        blobs.append((label, await f.read()))
        await f.close()

    def records():
        for label, data in blobs:
            yield from records_from_blob(label, data, s)

    job = request.app.state.jobs.submit("upload", [b[0] for b in blobs], records)
    return _accepted(request, job)


@router.get("/jobs/{job_id}", response_model=Job, summary="status and result of a write job")
def job(request: Request, job_id: str) -> dict[str, Any]:
    j = request.app.state.jobs.get(job_id)
    if j is None:
        raise ApiError(404, "not_found", f"no job {job_id!r}")
    return j
