"""The web service: JSON API under /api/v1, the chat UI, the documents pages and the embeddable widget.

``create_app(settings)`` builds everything per app (no module globals), so tests can run several apps with
different settings side by side. Every view is thin: it calls the one ``DocQA`` object (which validates
questions, k, modes, filters and conversation ids: ``InvalidRequest`` becomes a 422 here) and renders the
result: JSON through ``qa.serialize``, HTML through Jinja2 templates fed the same JSON. Only what must happen
at the edge is checked here: request shapes, pagination, API keys, origins and upload size (``UploadGuard``,
before the body is read).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import urlsplit

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
from fastapi.routing import APIRoute
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
from python_multipart.multipart import parse_options_header
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from qa import serialize
from qa.core import DocQA, InvalidRequest, WriteInProgress
from qa.index import IndexMismatchError
from qa.models import Answer, Document, DocumentInfo, Retrieved
from qa.readers import ReadError
from qa.resources import static_dir, templates_dir
from qa.sentences import split_sentences
from qa.settings import Settings

READ_CHUNK_BYTES = 1 << 16
FRAMING_BYTES = 64 * 1024
"""Room for multipart boundaries and part headers on top of ``max_upload_bytes``."""
FORM_KEY_FIELD = "api_key"
FORM_KEY_PEEK_BYTES = 8 * 1024
"""The HTML upload form sends its API key as the first part; at most this much is read to find it."""
RELOAD_BACKOFF_MAX = 30.0
BASE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'"
)
MISSING_KEY = "this endpoint needs an API key: send Authorization: Bearer <key> or X-API-Key: <key>"
INVALID_KEY = "the API key is not valid"


# ---------------------------------------------------------------------------------------------- errors


class ApiError(Exception):
    """A client error with an HTTP status, a stable machine code, a human message and extra headers."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


def as_api_error(exc: Exception) -> ApiError:
    """The core's exceptions as HTTP errors: bad input 422, a write already running 409, stale index 503."""
    if isinstance(exc, ApiError):
        return exc
    if isinstance(exc, InvalidRequest):
        return ApiError(422, f"invalid_{exc.field}", str(exc))
    if isinstance(exc, WriteInProgress):
        message = "another upload or delete is changing the index right now; retry in a moment"
        return ApiError(409, "write_in_progress", message, {"Retry-After": "1"})
    if isinstance(exc, IndexMismatchError):
        return ApiError(503, "index_needs_reindex", str(exc))
    raise TypeError(f"not a client error: {exc!r}")  # pragma: no cover - handlers are registered per type


def document_not_found(document_id: str) -> ApiError:
    """The one 404 for an unknown document id."""
    return ApiError(404, "document_not_found", f"no document with id {document_id!r}")


def upload_too_large(limit: int) -> ApiError:
    """The one 413 for an upload over ``max_upload_bytes``."""
    return ApiError(413, "upload_too_large", f"the file is larger than {limit} bytes")


def error_body(code: str, message: str) -> dict[str, Any]:
    """The one error shape used by every JSON response: ``{"error": {"code", "message"}}``."""
    return {"error": {"code": code, "message": message}}


_STATUS_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
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


async def read_upload(upload: UploadFile, limit: int) -> bytes:
    """The uploaded bytes, read in pieces so an oversize file is refused with 413 without reading it all."""
    if upload.size is not None and upload.size > limit:
        raise upload_too_large(limit)
    pieces: list[bytes] = []
    total = 0
    while piece := await upload.read(READ_CHUNK_BYTES):
        total += len(piece)
        if total > limit:
            raise upload_too_large(limit)
        pieces.append(piece)
    return b"".join(pieces)


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
        challenge = {"WWW-Authenticate": 'Bearer realm="docqa"'}
        if key is None:
            raise ApiError(401, "api_key_missing", MISSING_KEY, challenge)
        if not self.is_valid(key):
            raise ApiError(401, "api_key_invalid", INVALID_KEY, challenge)

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
    """Writes only from our own pages or from non-browser clients (no Origin): stops cross-site forms.

    Only host[:port] is compared: behind a TLS-terminating proxy the browser's Origin says ``https`` while
    the app sees ``http``, and a different site always differs in host or port anyway.
    """
    origin = request.headers.get("origin")
    if origin is None:
        return
    try:
        origin_host = urlsplit(origin).netloc.lower()
    except ValueError:
        origin_host = ""
    own_host = request.headers.get("host", "").lower()
    if not origin_host or origin_host != own_host:
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


class _BodyTooLarge(Exception):
    """Raised from ``receive`` to stop the body parser once an upload passes the limit."""


class _LimitedBody:
    """Wraps ``receive``: counts body bytes as they stream and stops with ``_BodyTooLarge`` past ``limit``."""

    def __init__(self, receive: Receive, limit: int) -> None:
        self._receive = receive
        self.limit = limit
        self.total = 0
        self.exceeded = False
        self._replay: list[Message] = []

    async def receive(self) -> Message:
        if self._replay:
            return self._replay.pop(0)
        if self.exceeded:
            raise _BodyTooLarge
        message = await self._receive()
        if message["type"] == "http.request":
            self.total += len(message.get("body", b""))
            if self.total > self.limit:
                self.exceeded = True
                raise _BodyTooLarge
        return message

    async def first_form_field(self, boundary: bytes) -> tuple[str, str | None]:
        """The name and (text) value of the body's first multipart part, reading at most a few KiB.

        What was read is replayed to the app afterwards. A body that does not start with a complete
        first part within ``FORM_KEY_PEEK_BYTES`` reads as ``("", None)``.
        """
        data = b""
        while boundary and len(data) <= FORM_KEY_PEEK_BYTES:
            message = await self.receive()
            self._replay.append(message)
            if message["type"] != "http.request":
                break
            data += message.get("body", b"")
            field = _first_part(data, boundary)
            if field is not None:
                return field
            if not message.get("more_body", False):
                break
        return "", None


def _first_part(data: bytes, boundary: bytes) -> tuple[str, str | None] | None:
    """``(name, value)`` of the first part of a multipart body; None while more bytes are needed.

    ``value`` is None for a file part or a part that is not plain form data; it is only read for
    the ``api_key`` field.
    """
    delimiter = b"--" + boundary
    if len(data) < len(delimiter):
        return None
    if not data.startswith(delimiter):
        return "", None
    headers_end = data.find(b"\r\n\r\n", len(delimiter))
    if headers_end < 0:
        return None
    _, options = parse_options_header(
        next(
            (
                line.split(b":", 1)[1]
                for line in data[len(delimiter) : headers_end].split(b"\r\n")
                if line.lower().startswith(b"content-disposition:")
            ),
            b"",
        )
    )
    name = options.get(b"name", b"").decode("utf-8", "replace")
    if name != FORM_KEY_FIELD or b"filename" in options:
        return name, None
    value_end = data.find(b"\r\n" + delimiter, headers_end + 4)
    if value_end < 0:
        return None
    return name, data[headers_end + 4 : value_end].decode("utf-8", "replace").strip()


class UploadGuard:
    """Pure ASGI, wrapped around an upload route's app (after routing, before the body is parsed).

    Refuses before reading any body: a ``Content-Length`` over the limit (413), a missing or wrong API
    key in the headers when keys are configured (401), a cross-site origin (403). Then streams the body
    through a byte counter that stops with 413 as soon as it passes the limit (chunked bodies included).
    The HTML form sends its key as the first form field: ``form_key`` routes read only that first part
    (a few KiB at most) before deciding, and replay it to the route.
    """

    def __init__(self, app: ASGIApp, ctx: AppContext, form_key: bool) -> None:
        self.app = app
        self.ctx = ctx
        self.form_key = form_key

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope)
        limit = self.ctx.settings.max_upload_bytes
        announced = request.headers.get("content-length")
        if announced is not None and announced.isdigit() and int(announced) > limit + FRAMING_BYTES:
            raise upload_too_large(limit)
        keys = self.ctx.keys
        header_key = presented_key(request)
        if header_key is not None or not self.form_key:
            keys.require(request, write=True)
        refuse_cross_site_write(request)
        body = _LimitedBody(receive, limit + FRAMING_BYTES)
        try:
            if keys.enabled and header_key is None and self.form_key:
                name, value = await body.first_form_field(_boundary(request))
                keys.require(request, write=True, form_key=value if name == FORM_KEY_FIELD else None)
            await self.app(scope, body.receive, self._unless_exceeded(body, send))
        except _BodyTooLarge:
            raise upload_too_large(limit) from None
        except Exception:
            if not body.exceeded:
                raise
        if body.exceeded:  # the route answered its cut-off body (a 400); that answer was dropped
            raise upload_too_large(limit)

    @staticmethod
    def _unless_exceeded(body: _LimitedBody, send: Send) -> Send:
        async def guarded(message: Message) -> None:
            if not body.exceeded:
                await send(message)

        return guarded


def _boundary(request: Request) -> bytes:
    """The multipart boundary from Content-Type (empty when the body is not multipart)."""
    content_type, options = parse_options_header(request.headers.get("content-type", ""))
    return options.get(b"boundary", b"") if content_type == b"multipart/form-data" else b""


def guard_uploads(app: FastAPI, ctx: AppContext) -> None:
    """Wrap the two upload routes (API and HTML form) in ``UploadGuard``; fail loudly if one is missing."""
    wanted = {"/api/v1/documents": False, "/documents": True}
    for route in app.router.routes:
        if isinstance(route, APIRoute) and route.path in wanted and "POST" in route.methods:
            route.app = UploadGuard(route.app, ctx, form_key=wanted.pop(route.path))
    if wanted:
        raise RuntimeError(f"upload routes not found: {sorted(wanted)}")


# ------------------------------------------------------------------------------------------- context


@dataclass
class ReloadState:
    """The background reload loop's last failure (shown by /healthz); cleared by the next success."""

    error: str | None = None
    failures: int = 0


@dataclass
class AppContext:
    """Everything the views share, built once per app."""

    settings: Settings
    docqa: DocQA
    templates: Jinja2Templates
    keys: KeyChecker
    metrics: Metrics
    reload: ReloadState


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


def sse_event(event: str, data: dict[str, Any]) -> bytes:
    """One Server-Sent Event; the JSON is on a single line so no ``data:`` continuation is needed."""
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode()


def answer_events(stages: Iterator[Retrieved | Answer]) -> Iterator[bytes]:
    """``passages`` as soon as retrieval is done, then one ``sentence`` per answer segment, then ``done``
    with the full answer (the same object ``POST /api/v1/ask`` returns).

    The status line is already sent when a later step fails, so a failure becomes an ``error`` event.
    """
    try:
        for stage in stages:
            if isinstance(stage, Retrieved):
                yield sse_event("passages", serialize.retrieved_json(stage))
                continue
            full = serialize.ask_json(stage)
            for segment in full["segments"]:
                yield sse_event("sentence", segment)
            yield sse_event("done", full)
    except Exception:
        logging.getLogger("qa.api").exception("answering failed part way through a stream")
        yield sse_event("error", error_body("internal_error", "answering failed; please try again"))


@dataclass
class Highlight:
    """A document's text cut in three around a cited span, each piece escaped by the template.

    ``moved``: the link's offsets no longer held the quoted text and it was found elsewhere.
    """

    before: str
    cited: str
    after: str
    page: int | None
    moved: bool = False


def highlight(
    document: Document, start: int | None, end: int | None, expected_hash: str | None = None
) -> tuple[Highlight | None, bool]:
    """The cut for ``[start, end)`` clamped to the text, and whether the cited passage has changed.

    With ``expected_hash`` (the link's ``h``) the span is only highlighted when its text still hashes to
    it; otherwise the sentence with that hash nearest the old offset is highlighted instead, and when no
    sentence matches there is no highlight and the second value is True.
    """
    if start is None or end is None:
        return None, False
    text = document.text
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    if start == end:
        return None, expected_hash is not None
    if expected_hash is None or serialize.quote_hash(text[start:end]) == expected_hash:
        return Highlight(text[:start], text[start:end], text[end:], document.page_at(start)), False
    matches = _runs_with_hash(text, expected_hash, longest=int((end - start) * 1.2) + 20)
    if not matches:
        return None, True
    found_start, found_end = min(matches, key=lambda span: abs(span[0] - start))
    before, cited, after = text[:found_start], text[found_start:found_end], text[found_end:]
    return Highlight(before, cited, after, document.page_at(found_start), moved=True), False


def _runs_with_hash(text: str, expected_hash: str, longest: int) -> list[tuple[int, int]]:
    """Spans of one or more consecutive sentences (a cited sentence, or a whole passage) whose text
    hashes to ``expected_hash``; runs longer than ``longest`` characters are not tried."""
    sentences = split_sentences(text)
    found = []
    for index, first in enumerate(sentences):
        for last in sentences[index:]:
            if last.end - first.start > longest:
                break
            if serialize.quote_hash(text[first.start : last.end]) == expected_hash:
                found.append((first.start, last.end))
    return found


# ----------------------------------------------------------------------------------------- app factory


def create_app(settings: Settings, docqa: DocQA | None = None) -> FastAPI:
    """Build the web app around one ``DocQA`` (opened from ``settings`` when not given)."""
    docqa = docqa if docqa is not None else DocQA(settings)
    docqa.prepare_for_questions()
    templates = build_templates(settings)
    ctx = AppContext(settings, docqa, templates, KeyChecker(settings), Metrics(), ReloadState())
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
    guard_uploads(app, ctx)
    return app


def _lifespan(ctx: AppContext) -> Callable[[FastAPI], contextlib.AbstractAsyncContextManager[None]]:
    """Run the index reload check in the background for the app's lifetime."""

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        task = asyncio.create_task(_reload_loop(ctx.docqa, ctx.settings.reload_interval, ctx.reload))
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    return lifespan


async def _reload_loop(
    docqa: DocQA,
    interval: float,
    state: ReloadState,
    sleep: Callable[[float], Any] = asyncio.sleep,
) -> None:
    """Every ``interval`` seconds, switch to a newly published index generation (if any).

    The swap itself is DocQA's (requests in flight keep the generation they started with). A failed check
    is logged, kept in ``state`` for /healthz, and retried after a delay that doubles (up to
    ``RELOAD_BACKOFF_MAX`` seconds) while the failures last.
    """
    if interval <= 0:
        return
    logger = logging.getLogger("qa.api")
    delay = interval
    while True:
        await sleep(delay)
        try:
            await asyncio.to_thread(docqa.reload_if_changed)
        except Exception as exc:
            state.error, state.failures = f"{type(exc).__name__}: {exc}", state.failures + 1
            delay = min(max(delay * 2, interval), max(RELOAD_BACKOFF_MAX, interval))
            logger.warning(
                "index reload failed (%d in a row; next try in %.1f s)", state.failures, delay, exc_info=exc
            )
        else:
            if state.error is not None:
                logger.info("index reload works again after %d failures", state.failures)
            state.error, state.failures, delay = None, 0, interval


def _install_error_handlers(app: FastAPI, ctx: AppContext) -> None:
    """Every error becomes ``{"error": {...}}`` for the API, or an error page for HTML routes."""

    async def api_error(request: Request, exc: Exception) -> Response:
        error = as_api_error(exc)
        return _error_response(request, ctx, error.status, error.code, error.message, error.headers)

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

    for client_error in (ApiError, InvalidRequest, WriteInProgress, IndexMismatchError):
        app.add_exception_handler(client_error, api_error)
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
    """The error as a page (for browsers on UI routes) or as the JSON error shape.

    A page refused for want of a key (reads not public) explains why, since a browser cannot send one.
    """
    if _wants_html(request):
        context = {
            "status": status,
            "message": message,
            "title": "Something went wrong",
            "reads_locked": status == 401 and request.method == "GET" and not ctx.settings.public_reads,
        }
        if context["reads_locked"]:
            context["title"] = "This site needs an API key"
        return ctx.templates.TemplateResponse(
            request, "error.html", context, status_code=status, headers=headers
        )
    return JSONResponse(error_body(code, message), status_code=status, headers=headers)


# ------------------------------------------------------------------------------------------ JSON API


def _add_api_routes(app: FastAPI, ctx: AppContext) -> None:
    """/api/v1: ask, ask/stream, search and documents. Input checks are the core's (``InvalidRequest``)."""
    docqa, settings, keys = ctx.docqa, ctx.settings, ctx.keys

    @app.post("/api/v1/ask", tags=["ask"], summary="Answer a question with cited sentences")
    def ask(body: AskRequest, request: Request) -> dict[str, Any]:
        keys.require(request, write=False)
        return serialize.ask_json(docqa.ask(**_ask_arguments(body)))

    @app.post(
        "/api/v1/ask/stream",
        tags=["ask"],
        summary="Answer as Server-Sent Events: passages, then one event per sentence, then done",
        response_class=StreamingResponse,
    )
    async def ask_stream(body: AskRequest, request: Request) -> StreamingResponse:
        keys.require(request, write=False)
        # Checked before the stream opens, so bad input or a stale index is a real 4xx/5xx status; the
        # passages event goes out as soon as retrieval is done, the sentences once they are scored.
        stages = docqa.ask_in_stages(**_ask_arguments(body))
        headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
        return StreamingResponse(answer_events(stages), media_type="text/event-stream", headers=headers)

    @app.get("/api/v1/search", tags=["search"], summary="Retrieve passages (as `qa search --json`)")
    def search(
        request: Request,
        q: Annotated[str, Query(description="The query.")],
        k: Annotated[int | None, Query(description="Passages to return, 1 to max_k.")] = None,
        mode: Annotated[str | None, Query(description="hybrid, dense or lexical.")] = None,
    ) -> dict[str, Any]:
        keys.require(request, write=False)
        passages = docqa.search(q, k=k, mode=mode)
        return serialize.search_json(q.strip(), passages, mode or settings.search_mode)

    _add_document_api_routes(app, ctx)


def _ask_arguments(body: AskRequest) -> dict[str, Any]:
    """Keyword arguments for ``DocQA.ask`` (which validates them); an empty conversation id is a new one."""
    return {
        "question": body.question,
        "conversation_id": body.conversation_id or None,
        "k": body.k,
        "filters": body.filters,
    }


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
        documents = [serialize.document_info_json(info) for info in infos]
        return {"documents": documents, "total": total, "offset": offset, "limit": limit}

    @app.get("/api/v1/documents/{document_id}", tags=["documents"], summary="A document's text and metadata")
    def get_document(document_id: str, request: Request) -> dict[str, Any]:
        keys.require(request, write=False)
        return serialize.document_json(_document_or_404(docqa, document_id))

    @app.post(
        "/api/v1/documents",
        tags=["documents"],
        status_code=201,
        summary="Upload and index a file (409 with Retry-After while another write runs)",
    )
    async def upload_document(request: Request, file: Annotated[UploadFile, File()]) -> dict[str, Any]:
        # Key, origin and size were checked by UploadGuard before the body was read.
        return serialize.document_info_json(await _store_upload(docqa, settings, file))

    @app.delete(
        "/api/v1/documents/{document_id}",
        tags=["documents"],
        summary="Delete a document everywhere (409 with Retry-After while another write runs)",
    )
    def delete_document(document_id: str, request: Request) -> dict[str, Any]:
        keys.require(request, write=True)
        refuse_cross_site_write(request)
        if not docqa.delete_document(document_id):
            raise document_not_found(document_id)
        return {"deleted": document_id}


def _document_or_404(docqa: DocQA, document_id: str) -> Document:
    """The document, or a 404 naming the id."""
    document = docqa.get_document(document_id)
    if document is None:
        raise document_not_found(document_id)
    return document


async def _store_upload(docqa: DocQA, settings: Settings, upload: UploadFile) -> DocumentInfo:
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

    @app.get("/healthz", tags=["ops"], summary="Index status, counts and reload state")
    def healthz() -> JSONResponse:
        """200 while the index can answer (even an empty one); 503 when it must be re-indexed."""
        health = ctx.docqa.health()
        status = 503 if health["status"] == "needs_reindex" else 200
        body = serialize.health_json(health, ctx.reload.error, ctx.reload.failures)
        return JSONResponse(body, status_code=status)

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
        return _render_chat(request, ctx, "chat.html", "/", q, conversation_id)

    @app.get("/embed", response_class=HTMLResponse, include_in_schema=False)
    def embed_page(request: Request, q: str | None = None, conversation_id: str | None = None) -> Response:
        return _render_chat(request, ctx, "embed.html", "/embed", q, conversation_id)


def _render_chat(
    request: Request,
    ctx: AppContext,
    template: str,
    action: str,
    q: str | None,
    conversation_id: str | None,
) -> Response:
    """The chat page; with ``q`` (a plain GET form submit) the answer is rendered on the server.

    The page renders the same JSON the API returns (``serialize.ask_json``), so the server-rendered and
    the streamed answers show identical sentences, chips and links.
    """
    ctx.keys.require(request, write=False)
    context: dict[str, Any] = {"question": q or "", "turn": None, "error": None, "action": action}
    context["conversation_id"] = conversation_id or ""
    status = 200
    if q is not None and q.strip():
        try:
            answer = ctx.docqa.ask(q, conversation_id=conversation_id or None)
        except InvalidRequest as exc:
            context["error"], status = str(exc), 422
        else:
            context["turn"] = serialize.ask_json(answer)
            context["conversation_id"] = answer.conversation_id or ""
    return ctx.templates.TemplateResponse(request, template, context, status_code=status)


def _add_document_page_routes(app: FastAPI, ctx: AppContext) -> None:
    """/documents (list, upload, delete as plain HTML forms) and /documents/{id} (highlighted view)."""
    docqa, settings, keys = ctx.docqa, ctx.settings, ctx.keys

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents_page(request: Request, offset: Annotated[int, Query(ge=0)] = 0) -> Response:
        keys.require(request, write=False)
        return _render_documents(request, ctx, offset)

    @app.post("/documents", include_in_schema=False)
    async def upload_form(request: Request, file: Annotated[UploadFile, File()]) -> Response:
        # Key (header or the form's first field), origin and size were checked by UploadGuard.
        try:
            info = await _store_upload(docqa, settings, file)
        except (ApiError, WriteInProgress) as exc:
            error = as_api_error(exc)
            return _render_documents(
                request, ctx, 0, error=error.message, status=error.status, headers=error.headers
            )
        return RedirectResponse(f"/documents?added={info.id}", status_code=303)

    @app.post("/documents/{document_id}/delete", include_in_schema=False)
    def delete_form(
        document_id: str, request: Request, api_key: Annotated[str | None, Form()] = None
    ) -> Response:
        keys.require(request, write=True, form_key=api_key)
        refuse_cross_site_write(request)
        if not docqa.delete_document(document_id):
            raise document_not_found(document_id)
        return RedirectResponse("/documents?deleted=1", status_code=303)

    @app.get("/documents/{document_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(
        document_id: str,
        request: Request,
        start: Annotated[int | None, Query(ge=0)] = None,
        end: Annotated[int | None, Query(ge=0)] = None,
        h: Annotated[str | None, Query(pattern="^[0-9a-f]{12}$")] = None,
    ) -> Response:
        keys.require(request, write=False)
        document = _document_or_404(docqa, document_id)
        cut, changed = highlight(document, start, end, h)
        context = {"document": document, "highlight": cut, "changed": changed}
        return ctx.templates.TemplateResponse(request, "document.html", context)


def _render_documents(
    request: Request,
    ctx: AppContext,
    offset: int,
    error: str | None = None,
    status: int = 200,
    headers: dict[str, str] | None = None,
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
    return ctx.templates.TemplateResponse(
        request, "documents.html", context, status_code=status, headers=headers
    )
