"""The web service: JSON API under /api/v1, the chat UI, the documents pages and the embeddable widget.

``create_app(settings)`` builds everything per app (no module globals), so tests can run several apps with
different settings side by side. Every view is thin: it validates input, calls the one ``DocQA`` object and
renders the result: JSON through ``qa.serialize``, HTML through Jinja2 templates fed the same records.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import re
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import Annotated, Any

import jinja2
from fastapi import FastAPI, File, Form, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from qa import serialize
from qa.core import DocQA
from qa.models import Answer, Citation, Document
from qa.readers import ReadError
from qa.resources import static_dir, templates_dir
from qa.retrieval import MODES, SearchFilters
from qa.settings import Settings

SEARCH_MODES = MODES
CONVERSATION_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
READ_CHUNK_BYTES = 1 << 16
BASE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'"
)
MISSING_KEY = "this endpoint needs an API key: send Authorization: Bearer <key> or X-API-Key: <key>"
INVALID_KEY = "the API key is not valid"


# ---------------------------------------------------------------------------------------------- errors


class ApiError(Exception):
    """A client error with an HTTP status, a stable machine code and a human message."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def error_body(code: str, message: str) -> dict[str, Any]:
    """The one error shape used by every JSON response: ``{"error": {"code", "message"}}``."""
    return {"error": {"code": code, "message": message}}


_STATUS_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    422: "invalid_request",
}


def _validation_message(exc: RequestValidationError) -> tuple[int, str, str]:
    """Turn FastAPI's validation detail into (status, code, one readable sentence)."""
    errors = exc.errors()
    if any(error.get("type") == "json_invalid" for error in errors):
        return 400, "malformed_json", "the request body is not valid JSON"
    parts = []
    for error in errors[:5]:
        where = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
        parts.append(f"{where or 'body'}: {error.get('msg', 'invalid')}")
    return 422, "invalid_request", "; ".join(parts) or "the request is not valid"


# ------------------------------------------------------------------------------------- request input


class AskRequest(BaseModel):
    """Body of POST /api/v1/ask and /api/v1/ask/stream."""

    question: str = Field(description="The question, 1 to max_question_chars characters.")
    conversation_id: str | None = Field(default=None, description="Continue this conversation.")
    k: int | None = Field(default=None, description="Passages to retrieve, 1 to max_k.")
    filters: dict[str, Any] | None = Field(default=None, description="Metadata filters for retrieval.")


def check_question(question: str, settings: Settings) -> str:
    """The question stripped, or a 422 when it is empty or longer than the configured limit."""
    stripped = question.strip()
    if not stripped:
        raise ApiError(422, "empty_question", "the question is empty")
    if len(stripped) > settings.max_question_chars:
        raise ApiError(
            422, "question_too_long", f"the question is longer than {settings.max_question_chars} characters"
        )
    return stripped


def check_k(k: int | None, settings: Settings) -> int | None:
    """``k`` unchanged when absent or within 1..max_k, else a 422."""
    if k is not None and not 1 <= k <= settings.max_k:
        raise ApiError(422, "k_out_of_range", f"k must be between 1 and {settings.max_k}")
    return k


def check_mode(mode: str | None) -> str | None:
    """The search mode when known (or absent), else a 422 listing the valid ones."""
    if mode is not None and mode not in SEARCH_MODES:
        raise ApiError(422, "unknown_mode", f"mode must be one of {', '.join(SEARCH_MODES)}")
    return mode


def check_conversation_id(conversation_id: str | None) -> str | None:
    """A conversation id as issued (1-64 letters, digits, '-' or '_'), None for a new one, else a 422."""
    if not conversation_id:
        return None
    if not CONVERSATION_ID.fullmatch(conversation_id):
        message = "conversation_id must be 1-64 letters, digits, '-' or '_'"
        raise ApiError(422, "invalid_conversation_id", message)
    return conversation_id


def check_filters(filters: dict[str, Any] | None) -> dict[str, Any] | None:
    """Filters as retrieval understands them (document_id, source_prefix, metadata), else a 422 saying why."""
    try:
        SearchFilters.from_dict(filters)
    except ValueError as exc:
        raise ApiError(422, "invalid_filters", str(exc)) from exc
    return filters


async def read_upload(upload: UploadFile, limit: int) -> bytes:
    """The uploaded bytes, read in pieces so an oversize file is refused with 413 without reading it all."""
    if upload.size is not None and upload.size > limit:
        raise ApiError(413, "upload_too_large", f"the file is larger than {limit} bytes")
    pieces: list[bytes] = []
    total = 0
    while piece := await upload.read(READ_CHUNK_BYTES):
        total += len(piece)
        if total > limit:
            raise ApiError(413, "upload_too_large", f"the file is larger than {limit} bytes")
        pieces.append(piece)
    return b"".join(pieces)


def check_content_length(request: Request, limit: int) -> None:
    """Refuse a body announced as larger than the upload limit (plus room for multipart framing)."""
    announced = request.headers.get("content-length", "")
    if announced.isdigit() and int(announced) > limit + 64 * 1024:
        raise ApiError(413, "upload_too_large", f"the file is larger than {limit} bytes")


# ---------------------------------------------------------------------------------------------- auth


class KeyChecker:
    """API-key rules: with keys configured, writes always need one and reads need one unless public."""

    def __init__(self, settings: Settings) -> None:
        self.digests = tuple(digest.strip().lower() for digest in settings.api_keys if digest.strip())
        self.public_reads = settings.public_reads

    @property
    def enabled(self) -> bool:
        """True when the operator configured at least one key."""
        return bool(self.digests)

    def require(self, request: Request, write: bool, form_key: str | None = None) -> None:
        """Raise 401 unless this request may proceed; ``form_key`` is a key typed into an HTML form."""
        if not self.enabled or (not write and self.public_reads):
            return
        key = presented_key(request) or (form_key or None)
        if key is None:
            raise ApiError(401, "api_key_missing", MISSING_KEY)
        if not self.is_valid(key):
            raise ApiError(401, "api_key_invalid", INVALID_KEY)

    def is_valid(self, key: str) -> bool:
        """Compare the key's sha256 digest with every configured digest in constant time."""
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
        matches = [hmac.compare_digest(digest, known) for known in self.digests]
        return any(matches)


def presented_key(request: Request) -> str | None:
    """The raw key from ``Authorization: Bearer <key>`` or ``X-API-Key``, if any."""
    authorization = request.headers.get("authorization", "")
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return request.headers.get("x-api-key", "").strip() or None


def refuse_cross_site_write(request: Request) -> None:
    """Writes only from our own pages or from non-browser clients (no Origin): stops cross-site forms."""
    origin = request.headers.get("origin")
    if origin is None:
        return
    own = f"{request.url.scheme}://{request.url.netloc}"
    if origin != own:
        raise ApiError(403, "cross_origin_write", "documents can only be changed from this site or the API")


# ------------------------------------------------------------------------------------------- metrics


class Metrics:
    """Prometheus metrics in a registry owned by one app (never the process-global registry)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "docqa_http_requests",
            "HTTP requests served",
            ["route", "method", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "docqa_http_request_duration_seconds",
            "Time to serve a request, by route template",
            ["route", "method"],
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
            registry=self.registry,
        )
        self.documents = Gauge("docqa_index_documents", "Documents in the live index", registry=self.registry)
        self.chunks = Gauge("docqa_index_chunks", "Chunks in the live index", registry=self.registry)
        self.generation = Gauge("docqa_index_generation", "Live index generation", registry=self.registry)

    def observe(self, route: str, method: str, status: int, seconds: float) -> None:
        """Count one finished request and record its latency under its route template."""
        self.requests.labels(route, method, str(status)).inc()
        self.latency.labels(route, method).observe(seconds)

    def render(self, health: dict[str, Any]) -> bytes:
        """The text exposition, with index gauges refreshed from ``health`` first."""
        self.documents.set(float(health.get("documents") or 0))
        self.chunks.set(float(health.get("chunks") or 0))
        self.generation.set(float(health.get("generation") or 0))
        return generate_latest(self.registry)


def route_template(scope: Scope) -> str:
    """The matched route's path template (``/api/v1/documents/{document_id}``), never the raw path."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    if isinstance(path, str):
        return path
    if scope.get("path", "").startswith("/static/"):
        return "/static"
    return "unmatched"


# ----------------------------------------------------------------------------------------- middleware


def csp_for(path: str, frame_ancestors: str) -> str:
    """The Content-Security-Policy for a page: only /embed may be framed, and only by the allowlist."""
    ancestors = frame_ancestors if path.rstrip("/") == "/embed" else "'none'"
    return f"{BASE_CSP}; frame-ancestors {ancestors}"


class ObservabilityMiddleware:
    """Pure ASGI middleware: per-route metrics and security headers, safe for streamed responses."""

    def __init__(self, app: ASGIApp, metrics: Metrics, frame_ancestors: str) -> None:
        self.app = app
        self.metrics = metrics
        self.frame_ancestors = frame_ancestors

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                message["headers"] = self._headers(scope, list(message.get("headers", [])))
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            elapsed = time.perf_counter() - started
            self.metrics.observe(route_template(scope), scope["method"], status, elapsed)

    def _headers(self, scope: Scope, headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
        """Add nosniff and Referrer-Policy everywhere, and a CSP on every HTML response."""
        names = {name.lower() for name, _ in headers}
        content_type = next((value for name, value in headers if name.lower() == b"content-type"), b"")
        extra = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"same-origin")]
        if content_type.startswith(b"text/html"):
            extra.append((b"content-security-policy", csp_for(scope["path"], self.frame_ancestors).encode()))
            if scope["path"].rstrip("/") != "/embed":
                extra.append((b"x-frame-options", b"DENY"))
        return headers + [(name, value) for name, value in extra if name not in names]


# ------------------------------------------------------------------------------------------- context


@dataclass
class AppContext:
    """Everything the views share, built once per app."""

    settings: Settings
    docqa: DocQA
    templates: Jinja2Templates
    keys: KeyChecker
    metrics: Metrics


def build_templates(settings: Settings) -> Jinja2Templates:
    """Jinja2 with autoescape on for every template: document and user text is always escaped."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )

    def limits(_request: Request) -> dict[str, Any]:
        return {"max_question_chars": settings.max_question_chars}

    return Jinja2Templates(env=env, context_processors=[limits])


def frame_ancestors(settings: Settings) -> str:
    """The CSP frame-ancestors source list for /embed: the allowed origins, or 'none'."""
    origins = [origin for origin in settings.cors_origins if origin and origin != "*"]
    return " ".join(origins) if origins else "'none'"


# -------------------------------------------------------------------------------------- answer views


@dataclass
class SentenceView:
    """One answer sentence with the citations that support it (what the UI shows with chips)."""

    index: int
    text: str
    citations: list[Citation]


def sentence_views(answer: Answer) -> list[SentenceView]:
    """Pair answer sentences with citations: the i-th citation supports the i-th sentence.

    When the counts differ (an answerer that cites several passages per sentence), all citations go
    under the last sentence so none is lost. An answer without sentences shows as one sentence.
    """
    sentences = list(answer.sentences) or ([answer.answer] if answer.answer else [])
    if len(sentences) == len(answer.citations):
        pairs = enumerate(zip(sentences, answer.citations, strict=True))
        return [SentenceView(i, text, [citation]) for i, (text, citation) in pairs]
    views = [SentenceView(i, text, []) for i, text in enumerate(sentences)]
    if views:
        views[-1].citations = list(answer.citations)
    return views


def sentence_json(view: SentenceView) -> dict[str, Any]:
    """The payload of one SSE ``sentence`` event."""
    return {
        "index": view.index,
        "text": view.text,
        "citations": [serialize.citation_json(c) for c in view.citations],
    }


def sse_event(event: str, data: dict[str, Any]) -> bytes:
    """One Server-Sent Event; the JSON is on a single line so no ``data:`` continuation is needed."""
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode()


def answer_events(answer: Answer) -> Iterator[bytes]:
    """``passages`` first, then one ``sentence`` per answer sentence, then ``done`` with the full answer."""
    full = serialize.answer_json(answer)
    head = {key: full[key] for key in ("question", "rewritten_question", "conversation_id", "passages")}
    yield sse_event("passages", head)
    for view in sentence_views(answer):
        yield sse_event("sentence", sentence_json(view))
    yield sse_event("done", full)


@dataclass
class Highlight:
    """A document's text cut in three around a cited span, each piece escaped by the template."""

    before: str
    cited: str
    after: str
    page: int | None


def highlight(document: Document, start: int | None, end: int | None) -> Highlight | None:
    """The cut for ``[start, end)`` clamped to the text, or None when there is no usable span."""
    if start is None or end is None:
        return None
    start = max(0, min(start, len(document.text)))
    end = max(start, min(end, len(document.text)))
    if start == end:
        return None
    text = document.text
    return Highlight(text[:start], text[start:end], text[end:], document.page_at(start))


# ----------------------------------------------------------------------------------------- app factory


def create_app(settings: Settings, docqa: DocQA | None = None) -> FastAPI:
    """Build the web app around one ``DocQA`` (opened from ``settings`` when not given)."""
    docqa = docqa if docqa is not None else DocQA(settings)
    ctx = AppContext(settings, docqa, build_templates(settings), KeyChecker(settings), Metrics())
    app = FastAPI(
        title="docqa",
        version="1",
        description="Question answering over your documents with sentence-level citations.",
        docs_url=None,
        redoc_url=None,
        lifespan=_lifespan(ctx),
    )
    app.state.ctx = ctx
    _install_error_handlers(app, ctx)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=list(settings.cors_origins),
        allow_methods=["GET", "POST"],
        allow_headers=["Content-Type", "Authorization", "X-API-Key"],
        max_age=600,
    )
    ancestors = frame_ancestors(settings)
    app.add_middleware(ObservabilityMiddleware, metrics=ctx.metrics, frame_ancestors=ancestors)
    app.mount("/static", StaticFiles(directory=str(static_dir())), name="static")
    _add_api_routes(app, ctx)
    _add_ops_routes(app, ctx)
    _add_page_routes(app, ctx)
    _add_document_page_routes(app, ctx)
    return app


def _lifespan(ctx: AppContext) -> Callable[[FastAPI], contextlib.AbstractAsyncContextManager[None]]:
    """Run the index reload check in the background for the app's lifetime."""

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        task = asyncio.create_task(_reload_loop(ctx.docqa, ctx.settings.reload_interval))
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    return lifespan


async def _reload_loop(docqa: DocQA, interval: float) -> None:
    """Every ``interval`` seconds, switch to a newly published index generation (if any).

    The swap itself is DocQA's (requests in flight keep the generation they started with); a failed
    check is retried on the next tick rather than stopping the loop.
    """
    if interval <= 0:
        return
    while True:
        await asyncio.sleep(interval)
        with contextlib.suppress(Exception):
            await asyncio.to_thread(docqa.reload_if_changed)


def _install_error_handlers(app: FastAPI, ctx: AppContext) -> None:
    """Every error becomes ``{"error": {...}}`` for the API, or an error page for HTML routes."""

    async def api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return _error_response(request, ctx, exc.status, exc.code, exc.message)

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        status, code, message = _validation_message(exc)
        return _error_response(request, ctx, status, code, message)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        code = _STATUS_CODES.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        return _error_response(request, ctx, exc.status_code, code, message, dict(exc.headers or {}))

    async def unexpected_error(request: Request, exc: Exception) -> Response:
        return _error_response(request, ctx, 500, "internal_error", "the server failed to answer")

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(Exception, unexpected_error)


def _wants_html(request: Request) -> bool:
    """HTML error pages for the browser-facing routes; JSON for the API and everything else."""
    path = request.url.path
    if path.startswith(("/api/", "/static/", "/metrics", "/healthz", "/openapi.json")):
        return False
    return "text/html" in request.headers.get("accept", "") or path == "/" or path.startswith("/documents")


def _error_response(
    request: Request,
    ctx: AppContext,
    status: int,
    code: str,
    message: str,
    headers: dict[str, str] | None = None,
) -> Response:
    """The error as a page (for browsers on UI routes) or as the JSON error shape."""
    if _wants_html(request):
        context = {"status": status, "message": message, "title": "Something went wrong"}
        return ctx.templates.TemplateResponse(
            request, "error.html", context, status_code=status, headers=headers
        )
    return JSONResponse(error_body(code, message), status_code=status, headers=headers)


# ------------------------------------------------------------------------------------------ JSON API


def _add_api_routes(app: FastAPI, ctx: AppContext) -> None:
    """/api/v1: ask, ask/stream, search and documents."""
    docqa, settings, keys = ctx.docqa, ctx.settings, ctx.keys

    @app.post("/api/v1/ask", tags=["ask"], summary="Answer a question with cited sentences")
    def ask(body: AskRequest, request: Request) -> dict[str, Any]:
        keys.require(request, write=False)
        answer = docqa.ask(**_ask_arguments(body, settings))
        return serialize.answer_json(answer)

    @app.post(
        "/api/v1/ask/stream",
        tags=["ask"],
        summary="Answer as Server-Sent Events: passages, then one event per sentence, then done",
        response_class=StreamingResponse,
    )
    async def ask_stream(body: AskRequest, request: Request) -> StreamingResponse:
        keys.require(request, write=False)
        arguments = _ask_arguments(body, settings)
        headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
        events = _stream_answer(docqa, arguments)
        return StreamingResponse(events, media_type="text/event-stream", headers=headers)

    @app.get("/api/v1/search", tags=["search"], summary="Retrieve passages (as `qa search --json`)")
    def search(
        request: Request,
        q: Annotated[str, Query(description="The query.")],
        k: Annotated[int | None, Query(description="Passages to return, 1 to max_k.")] = None,
        mode: Annotated[str | None, Query(description="hybrid, dense or lexical.")] = None,
    ) -> dict[str, Any]:
        keys.require(request, write=False)
        query = check_question(q, settings)
        passages = docqa.search(query, k=check_k(k, settings), mode=check_mode(mode))
        return serialize.search_json(query, passages, mode or settings.search_mode)

    _add_document_api_routes(app, ctx)


def _ask_arguments(body: AskRequest, settings: Settings) -> dict[str, Any]:
    """Validated keyword arguments for ``DocQA.ask``."""
    return {
        "question": check_question(body.question, settings),
        "conversation_id": check_conversation_id(body.conversation_id),
        "k": check_k(body.k, settings),
        "filters": check_filters(body.filters),
    }


async def _stream_answer(docqa: DocQA, arguments: dict[str, Any]) -> AsyncIterator[bytes]:
    """Open the stream at once (a comment line), answer off the event loop, then emit the events."""
    yield b": answering\n\n"
    try:
        answer = await run_in_threadpool(docqa.ask, **arguments)
    except Exception:
        yield sse_event("error", error_body("internal_error", "the server failed to answer"))
        return
    for event in answer_events(answer):
        yield event


def _add_document_api_routes(app: FastAPI, ctx: AppContext) -> None:
    """/api/v1/documents: list, get, upload, delete."""
    docqa, settings, keys = ctx.docqa, ctx.settings, ctx.keys

    @app.get("/api/v1/documents", tags=["documents"], summary="List documents (paged)")
    def list_documents(
        request: Request,
        offset: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
    ) -> dict[str, Any]:
        keys.require(request, write=False)
        infos, total = docqa.list_documents(offset=offset, limit=limit)
        documents = [_info_json(info) for info in infos]
        return {"documents": documents, "total": total, "offset": offset, "limit": limit}

    @app.get("/api/v1/documents/{document_id}", tags=["documents"], summary="A document's text and metadata")
    def get_document(document_id: str, request: Request) -> dict[str, Any]:
        keys.require(request, write=False)
        return serialize.document_json(_document_or_404(docqa, document_id))

    @app.post("/api/v1/documents", tags=["documents"], status_code=201, summary="Upload and index a file")
    async def upload_document(request: Request, file: Annotated[UploadFile, File()]) -> dict[str, Any]:
        keys.require(request, write=True)
        refuse_cross_site_write(request)
        info = await _store_upload(docqa, settings, file)
        return _info_json(info)

    @app.delete("/api/v1/documents/{document_id}", tags=["documents"], summary="Delete a document everywhere")
    def delete_document(document_id: str, request: Request) -> dict[str, Any]:
        keys.require(request, write=True)
        refuse_cross_site_write(request)
        if not docqa.delete_document(document_id):
            raise ApiError(404, "document_not_found", f"no document with id {document_id!r}")
        return {"deleted": document_id}


def _info_json(info: Any) -> dict[str, Any]:
    """A listed document (``DocumentInfo``) as JSON."""
    return {
        "id": info.id,
        "title": info.title,
        "source": info.source,
        "chunks": info.chunks,
        "characters": info.characters,
        "pages": info.pages,
        "metadata": info.metadata,
    }


def _document_or_404(docqa: DocQA, document_id: str) -> Document:
    """The document, or a 404 naming the id."""
    document = docqa.get_document(document_id)
    if document is None:
        raise ApiError(404, "document_not_found", f"no document with id {document_id!r}")
    return document


async def _store_upload(docqa: DocQA, settings: Settings, upload: UploadFile) -> Any:
    """Read the upload within the size limit and index it; unreadable files are a 422 with the reason."""
    filename = (upload.filename or "").strip()
    if not filename:
        raise ApiError(422, "missing_filename", "the upload has no file name")
    data = await read_upload(upload, settings.max_upload_bytes)
    if not data:
        raise ApiError(422, "empty_upload", "the file is empty")
    try:
        return await run_in_threadpool(docqa.add_document, filename, data)
    except ReadError as exc:
        reason = getattr(exc, "reason", str(exc))
        raise ApiError(422, "unreadable_document", f"the file could not be read: {reason}") from exc


# ---------------------------------------------------------------------------------- health and metrics


def _add_ops_routes(app: FastAPI, ctx: AppContext) -> None:
    """/healthz, /metrics, the offline API reference at /docs, and /widget.js."""

    @app.get("/healthz", tags=["ops"], summary="Index loaded, counts and generation")
    def healthz() -> dict[str, Any]:
        return ctx.docqa.health()

    @app.get("/metrics", tags=["ops"], summary="Prometheus metrics", response_class=Response)
    def metrics() -> Response:
        return Response(ctx.metrics.render(ctx.docqa.health()), media_type=CONTENT_TYPE_LATEST)

    @app.get("/widget.js", include_in_schema=False)
    def widget() -> FileResponse:
        headers = {"Cache-Control": "public, max-age=300", "Cross-Origin-Resource-Policy": "cross-origin"}
        return FileResponse(static_dir() / "widget.js", media_type="text/javascript", headers=headers)

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def api_reference(request: Request) -> Response:
        operations = _operations(app.openapi())
        return ctx.templates.TemplateResponse(request, "api_docs.html", {"operations": operations})


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The OpenAPI operations flattened for the offline reference page (no CDN-hosted Swagger UI)."""
    operations = []
    for path, methods in spec.get("paths", {}).items():
        for method, operation in methods.items():
            parameters = [p.get("name", "") for p in operation.get("parameters", [])]
            body = operation.get("requestBody", {}).get("content", {})
            operations.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "parameters": parameters,
                    "body": ", ".join(body),
                }
            )
    return operations


# ---------------------------------------------------------------------------------------------- pages


def _add_page_routes(app: FastAPI, ctx: AppContext) -> None:
    """The chat page (works with JavaScript off) and the iframe-able /embed page."""

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def chat_page(request: Request, q: str | None = None, conversation_id: str | None = None) -> Response:
        return _render_chat(request, ctx, "chat.html", q, conversation_id)

    @app.get("/embed", response_class=HTMLResponse, include_in_schema=False)
    def embed_page(request: Request, q: str | None = None, conversation_id: str | None = None) -> Response:
        return _render_chat(request, ctx, "embed.html", q, conversation_id)


def _render_chat(
    request: Request, ctx: AppContext, template: str, q: str | None, conversation_id: str | None
) -> Response:
    """The chat page; with ``q`` (a plain GET form submit) the answer is rendered on the server."""
    ctx.keys.require(request, write=False)
    context: dict[str, Any] = {"question": q or "", "answer": None, "error": None, "conversation_id": ""}
    context["conversation_id"] = conversation_id or ""
    status = 200
    if q is not None and q.strip():
        try:
            question = check_question(q, ctx.settings)
            answer = ctx.docqa.ask(question, conversation_id=check_conversation_id(conversation_id))
            context.update(_answer_context(answer))
        except ApiError as exc:
            context["error"], status = exc.message, exc.status
    return ctx.templates.TemplateResponse(request, template, context, status_code=status)


def _answer_context(answer: Answer) -> dict[str, Any]:
    """What the templates need to show one answer: the record, its sentences with chips, its passages."""
    return {
        "answer": answer,
        "sentences": sentence_views(answer),
        "conversation_id": answer.conversation_id or "",
    }


def _add_document_page_routes(app: FastAPI, ctx: AppContext) -> None:
    """/documents (list, upload, delete as plain HTML forms) and /documents/{id} (highlighted view)."""
    docqa, settings, keys = ctx.docqa, ctx.settings, ctx.keys

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents_page(request: Request, offset: Annotated[int, Query(ge=0)] = 0) -> Response:
        keys.require(request, write=False)
        return _render_documents(request, ctx, offset)

    @app.post("/documents", include_in_schema=False)
    async def upload_form(
        request: Request, file: Annotated[UploadFile, File()], api_key: Annotated[str | None, Form()] = None
    ) -> Response:
        check_content_length(request, settings.max_upload_bytes)
        keys.require(request, write=True, form_key=api_key)
        refuse_cross_site_write(request)
        try:
            info = await _store_upload(docqa, settings, file)
        except ApiError as exc:
            return _render_documents(request, ctx, 0, error=exc.message, status=exc.status)
        return RedirectResponse(f"/documents?added={info.id}", status_code=303)

    @app.post("/documents/{document_id}/delete", include_in_schema=False)
    def delete_form(
        document_id: str, request: Request, api_key: Annotated[str | None, Form()] = None
    ) -> Response:
        keys.require(request, write=True, form_key=api_key)
        refuse_cross_site_write(request)
        if not docqa.delete_document(document_id):
            raise ApiError(404, "document_not_found", f"no document with id {document_id!r}")
        return RedirectResponse("/documents?deleted=1", status_code=303)

    @app.get("/documents/{document_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(
        document_id: str,
        request: Request,
        start: Annotated[int | None, Query(ge=0)] = None,
        end: Annotated[int | None, Query(ge=0)] = None,
    ) -> Response:
        keys.require(request, write=False)
        document = _document_or_404(docqa, document_id)
        context = {"document": document, "highlight": highlight(document, start, end)}
        return ctx.templates.TemplateResponse(request, "document.html", context)


def _render_documents(
    request: Request, ctx: AppContext, offset: int, error: str | None = None, status: int = 200
) -> Response:
    """The documents page: one page of the list, the upload form, and any message to show."""
    limit = 50
    infos, total = ctx.docqa.list_documents(offset=offset, limit=limit)
    context = {
        "documents": infos,
        "total": total,
        "offset": offset,
        "limit": limit,
        "error": error,
        "added": request.query_params.get("added"),
        "deleted": request.query_params.get("deleted"),
        "needs_key": ctx.keys.enabled,
        "max_upload_mb": round(ctx.settings.max_upload_bytes / 1_000_000, 1),
    }
    return ctx.templates.TemplateResponse(request, "documents.html", context, status_code=status)

