"""The FastAPI application: routes, authentication, the live report, background jobs.

Routes (the JSON API under ``/api``, documented at ``/docs``):

    GET  /healthz                           liveness, no token
    GET  /cases/{id}/                       the case's report.html, its CSP also sent as a header
    GET  /api/cases                         the cases served, with their counts
    GET  /api/cases/{id}                    one case: counts, inputs not added, ledger history
    POST /api/cases/{id}/articles           add articles given as JSON (text, HTML or JSON records): a job
    POST /api/cases/{id}/files              add uploaded files (multipart): a job
    GET  /api/jobs/{job}                    a job's state and progress
    GET  /api/cases/{id}/ledger             the whole ledger (rashomon.ledger/1)
    GET  /api/cases/{id}/{kind}             claims | quotes | entities | questions | relations, filtered and paged

Writes need ``Authorization: Bearer TOKEN``. Reads need it too unless the server
is public; a browser opening ``/cases/{id}/?token=TOKEN`` gets it as a cookie
(sent back only to this server, and accepted for reads only).
"""

from __future__ import annotations

import contextlib
import functools
import hmac
import json
import logging
import multiprocessing as mp
import re
import threading
import time
from collections.abc import AsyncIterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path as FilePath
from typing import Annotated, Any, Literal

import fastapi_offline
from fastapi import Depends, FastAPI, File, Path, Query, Request, UploadFile
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

from ..ingest import Raw
from ..model import STANCES, Ledger
from ..report.html import asset, content_security_policy, render_html
from ..settings import Settings
from ..store import Case
from ..store.jobs import create_job, fail_unfinished, get_job, update_job
from . import errors
from .limits import BodyLimit
from .query import Filters, Index, page

log = logging.getLogger("rashomon.server")

COOKIE = "rashomon_token"
# Swagger UI for /docs comes inside a pinned wheel (fastapi-offline), not from a CDN: the docs work offline.
DOCS_ASSETS = FilePath(fastapi_offline.__file__).parent / "static"
DOCS_ASSETS_URL = "/docs/assets"
KINDS = ("claims", "quotes", "entities", "questions", "relations")
_DAY = r"^\d{4}-\d{2}-\d{2}$"
_SAFE_NAME = re.compile(r"[^\w.\-]+")  # what an uploaded file's name keeps
_EXTENSION = {"text": ".txt", "html": ".html", "json": ".json"}


@dataclass(frozen=True, slots=True)
class ServerConfig:
    token: str
    public: bool = False
    max_body: int = 25_000_000  # bytes of one request
    max_items: int = 1_000  # articles in one JSON add
    settings: Settings = field(default_factory=lambda: Settings(progress=False))


# ---------------------------------------------------------------- request and response models


class ArticleIn(BaseModel):
    content: str = Field(min_length=1, max_length=5_000_000, description="The article: plain text, HTML or JSON.")
    format: Literal["text", "html", "json"] = Field("text", description="How to read `content`.")
    name: str | None = Field(None, max_length=200, description="A name for the input (shown in the ledger).")


class AddArticles(BaseModel):
    articles: list[ArticleIn] = Field(min_length=1, max_length=1_000)


class JobOut(BaseModel):
    id: str
    case: str
    state: Literal["queued", "running", "done", "failed"]
    done: int
    total: int
    message: str | None = None
    result: dict[str, Any] | None = None
    created: str
    updated: str


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorOut(BaseModel):
    error: ErrorDetail


class PageOut(BaseModel):
    total: int
    offset: int
    limit: int
    items: list[dict[str, Any]]


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": desc}
    for code, desc in (
        (401, "no or wrong token"),
        (404, "no such case or job"),
        (413, "request too large"),
        (422, "invalid request"),
    )
}


# ---------------------------------------------------------------- the served cases


class Served:
    """One case as served: its store handle and a cache of the newest ledger's derived forms."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self._lock = threading.Lock()
        self._ledger_id: int | None = -1
        self._index = Index({})
        self._ledger = Ledger()
        self._html: str | None = None
        self._json: bytes | None = None

    def _refresh(self) -> None:
        current = self.case.stored_ledger_id()
        if current == self._ledger_id:
            return
        with self._lock:
            if current == self._ledger_id:
                return
            stored = self.case.stored_ledger()
            if stored is None:
                self._ledger_id, self._index, self._ledger = None, Index({}), Ledger()
            else:
                self._ledger_id, data = stored
                self._index, self._ledger = Index(data), Ledger.from_dict(data)
            self._html = None
            self._json = None

    def index(self) -> Index:
        self._refresh()
        return self._index

    def json(self) -> bytes:
        """The newest ledger as JSON bytes, made once per ledger."""
        self._refresh()
        with self._lock:
            if self._json is None:
                data = self._index.data or Ledger().to_dict()
                self._json = json.dumps(data, ensure_ascii=False).encode("utf-8")
            return self._json

    def html(self) -> str:
        self._refresh()
        with self._lock:
            if self._html is None:
                self._html = render_html(self._ledger)
            return self._html


def create_app(cases: list[Case], config: ServerConfig) -> FastAPI:
    served: dict[str, Served] = {}
    for case in cases:
        if case.name in served:
            raise ValueError(f"two cases are named {case.name!r}; serve one of them")
        served[case.name] = Served(case)
        failed = fail_unfinished(case)
        if failed:
            log.warning("%s: %d job(s) left unfinished by an earlier server marked failed", case.name, failed)
    # Jobs run in a separate process: extraction is CPU work that would hold this process's interpreter lock
    # and stall the readers. One at a time: the store serialises writers anyway.
    worker = ProcessPoolExecutor(max_workers=1, mp_context=_context())
    policy = content_security_policy(asset("report.js"), asset("report.css"))

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        worker.shutdown(wait=False, cancel_futures=True)

    app = FastAPI(
        lifespan=lifespan,
        title="rashomon",
        summary="The ledger of each case: who claims what, on whose authority, where accounts agree and conflict.",
        version=_version(),
        responses=ERRORS,
        docs_url=None,  # served below from the wheel's own copy of Swagger UI: /docs works offline
        redoc_url=None,
    )
    errors.install(app)
    app.mount(DOCS_ASSETS_URL, StaticFiles(directory=DOCS_ASSETS), name="docs-assets")
    app.add_middleware(BodyLimit, max_bytes=config.max_body)

    @app.middleware("http")
    async def _headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    # ---------------------------------------------------------------- authentication

    def _bearer(request: Request) -> str | None:
        header = request.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        return value.strip() if scheme.lower() == "bearer" and value.strip() else None

    def _matches(token: str | None) -> bool:
        return token is not None and hmac.compare_digest(token.encode(), config.token.encode())

    def can_read(request: Request) -> None:
        if config.public or _matches(_bearer(request)) or _matches(request.cookies.get(COOKIE)):
            return
        raise HTTPException(
            401, "this server needs a token: Authorization: Bearer TOKEN", {"WWW-Authenticate": "Bearer"}
        )

    def can_write(request: Request) -> None:
        if not _matches(_bearer(request)):
            raise HTTPException(
                401, "writes need the token: Authorization: Bearer TOKEN", {"WWW-Authenticate": "Bearer"}
            )

    def get_case(case_id: str) -> Served:
        found = served.get(case_id)
        if found is None:
            raise HTTPException(404, f"no case {case_id!r} here; GET /api/cases lists them")
        return found

    Read = Depends(can_read)
    Write = Depends(can_write)

    # ---------------------------------------------------------------- routes

    @app.get("/healthz", tags=["server"])
    def healthz() -> dict[str, Any]:
        """Liveness: answers without a token."""
        return {"status": "ok", "cases": len(served)}

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="rashomon API",
            swagger_js_url=f"{DOCS_ASSETS_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{DOCS_ASSETS_URL}/swagger-ui.css",
            swagger_favicon_url=f"{DOCS_ASSETS_URL}/favicon.png",
        )

    @app.get("/", include_in_schema=False)
    def root() -> Response:
        if len(served) == 1:
            return RedirectResponse(f"/cases/{next(iter(served))}/")
        return RedirectResponse("/docs")

    @app.get(
        "/cases/{case_id}/",
        response_class=HTMLResponse,
        tags=["report"],
        responses={200: {"content": {"text/html": {}}}},
    )
    def report(request: Request, case_id: str, token: str | None = Query(None, max_length=500)) -> Response:
        """The case's report.html, drawn from its newest ledger. ``?token=`` sets the read cookie and redirects."""
        one = get_case(case_id)
        if token is not None:
            if not _matches(token):
                raise HTTPException(401, "wrong token", {"WWW-Authenticate": "Bearer"})
            response = RedirectResponse(f"/cases/{case_id}/", status_code=303)
            response.set_cookie(COOKIE, token, httponly=True, samesite="strict", path="/")
            return response
        can_read(request)
        return HTMLResponse(one.html(), headers={"Content-Security-Policy": policy})

    @app.get("/api/cases", tags=["cases"], dependencies=[Read])
    def list_cases() -> list[dict[str, Any]]:
        """Every case served, with its counts."""
        return [{"id": name, **one.case.info().to_dict()} for name, one in served.items()]

    @app.get("/api/cases/{case_id}", tags=["cases"], dependencies=[Read])
    def show_case(case_id: str) -> dict[str, Any]:
        """One case: counts, the inputs that were not added and why, the ledgers linked so far."""
        one = get_case(case_id)
        return {
            "id": case_id,
            **one.case.info().to_dict(),
            "not_added": [i for i in one.case.inputs() if i["status"] != "ok"],
            "ledgers": one.case.history(),
        }

    def _submit(one: Served, raws: list[tuple[str, Raw]]) -> JSONResponse:
        job_id = create_job(one.case, len(raws))
        future = worker.submit(_run_job, one.case.opened, job_id, raws, config.settings)
        future.add_done_callback(functools.partial(_job_ended, one.case, job_id))
        return JSONResponse(
            {"job": job_id, "status": f"/api/jobs/{job_id}"},
            status_code=202,
            headers={"Location": f"/api/jobs/{job_id}"},
        )

    @app.post("/api/cases/{case_id}/articles", tags=["cases"], status_code=202, dependencies=[Write])
    def add_articles(case_id: str, body: AddArticles) -> JSONResponse:
        """Add articles given in the body; the work runs in the background: follow the returned job."""
        one = get_case(case_id)
        raws = []
        for n, item in enumerate(body.articles, 1):
            name = _safe_name(item.name or f"article-{n}")
            if not name.lower().endswith(_EXTENSION[item.format]):
                name += _EXTENSION[item.format]
            raws.append((f"api:{name}", Raw(f"api:{name}", name, item.content.encode("utf-8"))))
        return _submit(one, raws)

    @app.post("/api/cases/{case_id}/files", tags=["cases"], status_code=202, dependencies=[Write])
    async def add_files(
        case_id: str, files: Annotated[list[UploadFile], File(description="Article files.")]
    ) -> JSONResponse:
        """Add uploaded files (text, HTML, JSON, JSON Lines, feeds); the work runs in the background."""
        one = get_case(case_id)
        if len(files) > config.max_items:
            raise HTTPException(413, f"over {config.max_items} files in one request")
        raws = []
        for n, upload in enumerate(files, 1):
            name = _safe_name(upload.filename or f"file-{n}")
            raws.append((f"upload:{name}", Raw(f"upload:{name}", name, await upload.read())))
        return _submit(one, raws)

    @app.get("/api/jobs/{job_id}", tags=["cases"], dependencies=[Read])
    def job(job_id: Annotated[str, Path(max_length=40)]) -> JobOut:
        """A job's state (queued, running, done, failed), its progress and, when done, what it added."""
        for one in served.values():
            found = get_job(one.case, job_id)
            if found is not None:
                return JobOut(**found.to_dict())
        raise HTTPException(404, f"no job {job_id!r}")

    @app.get(
        "/api/cases/{case_id}/ledger",
        tags=["ledger"],
        dependencies=[Read],
        responses={200: {"content": {"application/json": {"schema": {"type": "object"}}}}},
    )
    def ledger(case_id: str) -> Response:
        """The case's newest ledger (schema rashomon.ledger/1); empty before the first article."""
        return Response(get_case(case_id).json(), media_type="application/json")

    @app.get("/api/cases/{case_id}/{kind}", tags=["ledger"], dependencies=[Read], response_model=PageOut)
    def items(
        case_id: str,
        kind: Literal["claims", "quotes", "entities", "questions", "relations"],
        entity: Annotated[str | None, Query(max_length=100, description="An entity id (E1, ...).")] = None,
        outlet: Annotated[str | None, Query(max_length=200, description="The outlet of the item's article.")] = None,
        stance: Annotated[Literal["asserted", "attributed", "hedged", "denied"] | None, Query()] = None,
        day: Annotated[
            str | None, Query(pattern=_DAY, description="Publication day of the article, YYYY-MM-DD.")
        ] = None,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
    ) -> Response:
        """Claims, quotes, entities, questions (with their answers) or relations, filtered and paged."""
        one = get_case(case_id)
        assert stance is None or stance in STANCES
        selected = one.index().select(kind, Filters(entity=entity, outlet=outlet, stance=stance, day=day))
        return JSONResponse(page(selected, offset, limit))

    return app


def _safe_name(name: str) -> str:
    cleaned = _SAFE_NAME.sub("_", name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]).strip("._") or "input"
    return cleaned[:120]


def _version() -> str:
    from .._version import __version__

    return __version__


def _context() -> Any:
    # forkserver (or spawn), not fork: this process runs threads
    return mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")


def _job_ended(case: Case, job_id: str, future: Future[None]) -> None:
    """A worker process that died (killed, out of memory) leaves its job failed, not running forever."""
    if future.cancelled():
        update_job(case, job_id, state="failed", message="the server stopped before the job started")
    elif future.exception() is not None:
        log.error("job %s: %s", job_id, future.exception())
        update_job(case, job_id, state="failed", message=f"the job's process ended: {future.exception()}")


def _run_job(opened: tuple[str, str | None], job_id: str, raws: list[tuple[str, Raw]], settings: Settings) -> None:
    """In the job process: add the inputs; record progress as articles are analysed, and the outcome."""
    from ..store import open_case

    case = open_case(opened[0], opened[1], create=False)
    last = 0.0

    def progress(done: int, total: int) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= 0.5 or done == total:
            last = now
            update_job(case, job_id, done=done, total=total)

    try:
        update_job(case, job_id, state="running")
        result = case.add_raw(raws, settings, progress=progress)
        update_job(
            case,
            job_id,
            state="done",
            message=f"{len(result.added)} article(s) added; {result.extracted} analysed, {result.reused} reused",
            result={
                "added": list(result.added),
                "inputs": [i.to_dict() for i in result.inputs],
                "notes": list(result.notes),
                "articles": len(result.ledger.articles),
            },
        )
    except Exception as exc:  # noqa: BLE001 - a job's failure is its state, never a crashed worker
        log.exception("job %s failed", job_id)
        update_job(case, job_id, state="failed", message=f"{exc.__class__.__name__}: {str(exc)[:300]}")
