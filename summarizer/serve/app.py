"""The ASGI app of ``summarizer serve`` (FastAPI): briefs, batch jobs, health and metrics.

Routes (every ``/v1`` route needs ``Authorization: Bearer KEY``):

- ``POST /v1/briefs``: one article, as JSON ``{text, published?, title?, source?}`` or as
  ``text/plain`` / ``text/html`` with ``published``, ``title`` and ``source`` as query
  parameters; answers the contract's brief JSON. The engine and model are the server's.
- ``POST /v1/batches``: a JSONL body (or a multipart upload, field ``file``) of
  ``summarizer batch`` records; answers 202 with the job's id. ``GET /v1/batches/{id}``:
  its status and counts; ``GET /v1/batches/{id}/results``: its records as JSONL, streamed
  as they finish. A job is visible only to the key that made it (404 to any other).
- ``GET /healthz`` (the process answers), ``GET /readyz`` (the engine is ready and the
  service is not stopping), ``GET /metrics`` (Prometheus text).

Errors are JSON ``{"error": {"type", "message"}}`` with the status of
:func:`status_for`; ``type`` is the class name of :mod:`summarizer.errors` where one applies.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import os
import signal
import time
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from summarizer import __version__
from summarizer.article import Article
from summarizer.batch.cache import BriefCache, EngineIdentity, cache_key, identity_for
from summarizer.batch.ratelimit import TokenBucket
from summarizer.batch.runner import BatchResult
from summarizer.config import EngineName, Settings
from summarizer.engines import Engine, choose_engine
from summarizer.errors import (
    BriefValidationError,
    InputError,
    ProviderError,
    ProviderTimeoutError,
    RateLimitError,
    SummarizerError,
)
from summarizer.schema import IncidentBrief
from summarizer.serve.auth import Caller, KeyRing
from summarizer.serve.config import ServeConfig
from summarizer.serve.jobs import Job, JobStore
from summarizer.serve.metrics import CONTENT_TYPE_LATEST, Metrics

__all__ = ["Service", "create_app", "status_for"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_JSONL_TYPES = ("application/x-ndjson", "application/jsonl", "application/json-lines")
_TEXT_TYPES = ("text/plain", "text/html")


# -- errors -----------------------------------------------------------------------------------


class ServiceError(Exception):
    """An HTTP error of the service itself (auth, limits, unknown job, bad media type)."""

    def __init__(
        self, status: int, kind: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.kind = kind
        self.headers = headers or {}


def status_for(exc: SummarizerError) -> int:
    """The HTTP status of a summarizer error: the caller's input 422; the LLM provider's
    failures 502 (refused, errored), 503 (kept rate-limiting) or 504 (no answer in time);
    output that never validated 502; the server's own configuration 500."""
    if isinstance(exc, InputError):
        return 422
    if isinstance(exc, RateLimitError):
        return 503
    if isinstance(exc, ProviderTimeoutError):
        return 504
    if isinstance(exc, ProviderError | BriefValidationError):
        return 502
    return 500


def _error(status: int, kind: str, message: str, headers: dict[str, str] | None = None) -> Response:
    body = {"error": {"type": kind, "message": " ".join(message.split())}}
    return JSONResponse(body, status_code=status, headers=headers)


class ErrorDetail(BaseModel):
    type: str = Field(description="InputError, ProviderError, ...: what went wrong")
    message: str = Field(description="one line, never a secret")


class ErrorBody(BaseModel):
    """Every error answer."""

    error: ErrorDetail


class BriefRequest(BaseModel):
    """One article to brief."""

    model_config = ConfigDict(extra="ignore")

    text: str = Field(description="the article, plain text or HTML")
    published: date | None = Field(None, description="publication date (YYYY-MM-DD)")
    title: str | None = None
    source: str | None = None


class BatchCreated(BaseModel):
    id: str
    status: str
    total: int = Field(description="records in the batch")


class BatchStatus(BaseModel):
    id: str
    status: str = Field(description="running, done or failed")
    total: int
    done: int = Field(description="records written so far (briefs and errors)")
    succeeded: int
    failed: int
    created: float = Field(description="Unix time")
    finished: float | None = None
    error: ErrorDetail | None = Field(None, description="why a failed job stopped")


def _responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    meaning = {
        401: "no valid API key",
        404: "no such job for this key",
        413: "body too large",
        415: "unsupported content type",
        422: "unusable input",
        429: "too many requests for this key (see Retry-After)",
        500: "server misconfigured",
        502: "the LLM provider failed, or its output never validated",
        503: "the LLM provider kept rate-limiting, or the service is stopping",
        504: "the LLM provider did not answer in time",
    }
    return {s: {"model": ErrorBody, "description": meaning[s]} for s in statuses}


# -- the service ------------------------------------------------------------------------------


class KeyLimiter:
    """Requests per minute per key: one token bucket per key hash."""

    def __init__(self, per_minute: float | None, burst: float | None) -> None:
        self.per_minute = per_minute
        self.burst = burst if burst is not None else (per_minute or 0) / 6  # 10 s worth
        self._buckets: dict[str, TokenBucket] = {}

    def wait(self, key_hash: str) -> float:
        """0 and one request taken, or the seconds until this key may ask again."""
        if self.per_minute is None:
            return 0.0
        now = time.monotonic()
        bucket = self._buckets.get(key_hash)
        if bucket is None:
            bucket = self._buckets[key_hash] = TokenBucket(self.per_minute, now, burst=self.burst)
        wait = bucket.wait(1, now)
        if wait <= 0:
            bucket.take(1)
        return wait


class Service:
    """Everything the routes share: keys, limits, engine, cache, jobs and metrics."""

    def __init__(self, config: ServeConfig) -> None:
        self.config = config
        self.keys = KeyRing(config.key_hashes)
        self.limiter = KeyLimiter(config.rate, config.burst)
        self.settings: Settings = config.settings()
        self.engine_name = choose_engine(config.engine, self.settings)
        self.metrics = Metrics()
        self.draining = False
        self.engine: Engine
        self.identity: EngineIdentity
        self.gate = asyncio.Semaphore(config.max_llm_calls)
        if self.engine_name is EngineName.openai:
            from summarizer.batch.ratelimit import RateLimiter
            from summarizer.batch.transport import LimitedTransport
            from summarizer.engines.llm import LLMEngine

            transport = LimitedTransport(RateLimiter(), pool_size=config.max_llm_calls)
            self.engine = LLMEngine(self.settings, async_transport=transport)
        else:
            from summarizer.engines.offline import OfflineEngine

            self.engine = OfflineEngine()
        self.identity = identity_for(self.engine_name.value, self.settings)
        self.cache = BriefCache(config.cache) if config.cache else None
        self.jobs = JobStore(
            Path(config.jobs_dir),
            engine=self.engine_name,
            settings=self.settings,
            cache=config.cache,
            concurrency=config.job_concurrency,
            gate=self.gate,
            on_result=self._count_row,
        )

    def _count_row(self, result: BatchResult) -> None:
        if result.error is not None:
            self.metrics.job_rows.labels("error").inc()
            self.metrics.briefs.labels("batch", result.error.type).inc()
            return
        self.metrics.job_rows.labels("ok").inc()
        self.metrics.cache.labels("hit" if result.cached else "miss").inc()
        assert result.brief is not None
        # a batch brief's engine time is not measured apart; tokens and re-asks are counted
        self.metrics.observe_brief(
            result.brief, origin="batch", engine=self.engine_name.value, cached=result.cached
        )

    def authenticate(self, authorization: str | None) -> Caller:
        caller = self.keys.check_header(authorization)
        if caller is None:
            raise ServiceError(
                401,
                "Unauthorized",
                "send a valid API key as 'Authorization: Bearer KEY'",
                {"WWW-Authenticate": "Bearer"},
            )
        wait = self.limiter.wait(caller.key_hash)
        if wait > 0:
            raise ServiceError(
                429,
                "TooManyRequests",
                f"this key's limit of {self.config.rate:g} requests a minute is reached; "
                f"retry in {math.ceil(wait)} s",
                {"Retry-After": str(max(1, math.ceil(wait)))},
            )
        return caller

    async def brief(self, article: Article) -> IncidentBrief:
        """The brief of ``article``: from the cache, else from the engine (LLM calls bounded
        by :attr:`gate`, shared with the batch jobs)."""
        key = cache_key(article, self.identity) if self.cache is not None else None
        if key is not None and self.cache is not None:
            stored = self.cache.get(key)
            if stored is not None:
                with contextlib.suppress(ValueError):
                    brief = IncidentBrief.model_validate_json(
                        stored, context={"article": article.text, "title": article.title}
                    )
                    self.metrics.cache.labels("hit").inc()
                    self.metrics.observe_brief(
                        brief, origin="single", engine=self.engine_name.value, cached=True
                    )
                    return brief
            self.metrics.cache.labels("miss").inc()
        started = time.perf_counter()
        try:
            if self.engine_name is EngineName.offline:
                # CPU-bound and holding the interpreter lock: a thread would not run it any
                # sooner, only add a hand-over (the batch runner does the same)
                brief = self.engine.summarize(article)
            else:
                async with self.gate:
                    self.metrics.llm_in_flight.inc()
                    try:
                        brief = await self.engine.asummarize(article)
                    finally:
                        self.metrics.llm_in_flight.dec()
        except SummarizerError as exc:
            self.metrics.briefs.labels("single", type(exc).__name__).inc()
            raise
        self.metrics.observe_brief(
            brief,
            origin="single",
            engine=self.engine_name.value,
            cached=False,
            seconds=time.perf_counter() - started,
        )
        if key is not None and self.cache is not None:
            with contextlib.suppress(Exception):  # a broken cache costs calls, never answers
                self.cache.put(key, brief.model_dump_json())
        return brief

    async def start(self) -> None:
        self.jobs.resume_all()

    async def stop(self) -> None:
        self.draining = True
        await self.jobs.stop_all(timeout=5.0)
        aclose = getattr(self.engine, "aclose", None)
        if aclose is not None:
            await aclose()
        if self.cache is not None:
            self.cache.close()

    def begin_drain(self) -> None:
        """SIGTERM arrived: refuse new requests, end result streams, let the rest finish."""
        self.draining = True
        self.jobs.stopping = True


# -- middleware -------------------------------------------------------------------------------


class _TooLarge(Exception):
    pass


class Guard:
    """Pure ASGI middleware: refuses requests while draining, caps body sizes (413, from
    ``Content-Length`` or while the body streams in), and times every request."""

    def __init__(self, app: ASGIApp, service: Service) -> None:
        self.app = app
        self.service = service

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        service = self.service
        started = time.perf_counter()
        status = 500

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            if service.draining and scope["path"] not in ("/healthz", "/metrics"):
                response = _error(
                    503,
                    "ShuttingDown",
                    "the service is stopping; retry on another instance",
                    {"Connection": "close", "Retry-After": "1"},
                )
                await response(scope, receive, sending)
                return
            limit = (
                service.config.max_batch_body
                if scope["path"].startswith("/v1/batches")
                else service.config.max_body
            )
            length = _content_length(scope)
            if length is not None and length > limit:
                await _error(413, "PayloadTooLarge", _too_large(limit))(scope, receive, sending)
                return
            await self.app(scope, _capped(receive, limit), sending)
        finally:
            route = scope.get("route")
            name = getattr(route, "path", None) or "unmatched"
            metrics = service.metrics
            metrics.requests.labels(name, scope["method"], str(status)).inc()
            metrics.latency.labels(name).observe(time.perf_counter() - started)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _too_large(limit: int) -> str:
    return f"the request body is over {limit:,} bytes"


def _capped(receive: Receive, limit: int) -> Receive:
    seen = 0

    async def capped() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise _TooLarge(_too_large(limit))
        return message

    return capped


# -- the app ----------------------------------------------------------------------------------

_bearer = HTTPBearer(auto_error=False, description="an API key of this service")


async def _caller(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    service: Service = request.app.state.service
    return service.authenticate(request.headers.get("authorization"))


#: A route's caller: a valid key, within its rate limit (else 401 or 429).
Authorized = Annotated[Caller, Depends(_caller)]


def _chain_sigterm(service: Service) -> None:
    """Learn of SIGTERM as it arrives (uvicorn's handler still runs), so that result streams
    end and new requests are refused at once rather than when the grace period ends."""
    previous = signal.getsignal(signal.SIGTERM)
    if not callable(previous):
        return

    def handler(signum: int, frame: Any) -> None:
        service.begin_drain()
        previous(signum, frame)

    with contextlib.suppress(ValueError):  # not the main thread (an in-process test server)
        signal.signal(signal.SIGTERM, handler)


def create_app(config: ServeConfig) -> FastAPI:
    """The service's ASGI app for ``config``."""
    service = Service(config)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        _chain_sigterm(service)
        await service.start()
        yield
        await service.stop()

    app = FastAPI(
        title="summarizer",
        version=__version__,
        summary="Incident briefs from news articles: validated, source-grounded, ACLED types.",
        lifespan=lifespan,
    )
    app.state.service = service
    app.add_middleware(Guard, service=service)

    @app.exception_handler(ServiceError)
    async def on_service_error(request: Request, exc: ServiceError) -> Response:
        return _error(exc.status, exc.kind, str(exc), exc.headers)

    @app.exception_handler(SummarizerError)
    async def on_summarizer_error(request: Request, exc: SummarizerError) -> Response:
        return _error(status_for(exc), type(exc).__name__, str(exc))

    @app.exception_handler(_TooLarge)
    async def on_too_large(request: Request, exc: _TooLarge) -> Response:
        return _error(413, "PayloadTooLarge", str(exc))

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError) -> Response:
        return _error(422, "InputError", _first_problem(exc.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> Response:
        kind = {404: "NotFound", 405: "MethodNotAllowed"}.get(exc.status_code, "HTTPError")
        return _error(exc.status_code, kind, str(exc.detail), dict(exc.headers or {}))

    brief_body = {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/BriefRequest"}},
                "text/plain": {"schema": {"type": "string"}},
                "text/html": {"schema": {"type": "string"}},
            },
        }
    }

    @app.post(
        "/v1/briefs",
        summary="Brief one article",
        responses={
            200: {"model": IncidentBrief, "description": "the brief"},
            **_responses(401, 413, 415, 422, 429, 500, 502, 503, 504),
        },
        openapi_extra=brief_body,
        response_class=Response,
    )
    async def post_brief(
        request: Request,
        who: Authorized,
        published: Annotated[
            date | None, Query(description="publication date, for a text/plain or text/html body")
        ] = None,
        title: Annotated[str | None, Query(description="title, for a text body")] = None,
        source: Annotated[str | None, Query(description="source, for a text body")] = None,
    ) -> Response:
        media = _media_type(request)
        body = await request.body()
        if media == "application/json":
            fields = _brief_request(body)
        elif media in _TEXT_TYPES:
            text = _utf8(body, "the article")
            fields = BriefRequest(text=text, published=published, title=title, source=source)
        else:
            raise ServiceError(
                415,
                "UnsupportedMediaType",
                "send the article as application/json, text/plain or text/html",
            )
        article = Article.from_text(
            fields.text,
            published=fields.published,
            title=fields.title,
            source=fields.source,
            max_chars=service.settings.max_input_chars,
        )
        brief = await service.brief(article)
        return Response(brief.model_dump_json(), media_type="application/json")

    batch_body = {
        "requestBody": {
            "required": True,
            "content": {
                "application/x-ndjson": {
                    "schema": {"type": "string", "description": "JSONL records"}
                },
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {"file": {"type": "string", "format": "binary"}},
                        "required": ["file"],
                    }
                },
            },
        }
    }

    @app.post(
        "/v1/batches",
        summary="Start a batch job",
        status_code=202,
        responses={
            202: {"model": BatchCreated, "description": "the job, started"},
            **_responses(401, 413, 415, 422, 429),
        },
        openapi_extra=batch_body,
        response_class=Response,
    )
    async def post_batch(request: Request, who: Authorized) -> Response:
        media = _media_type(request)
        chunks: AsyncIterator[bytes]
        if media in (*_JSONL_TYPES, "text/plain"):
            chunks = request.stream()
        elif media == "multipart/form-data":
            chunks = await _upload(request)
        else:
            raise ServiceError(
                415,
                "UnsupportedMediaType",
                "send JSONL as application/x-ndjson, or upload it as multipart field 'file'",
            )
        job = await service.jobs.create(who.key_hash, chunks)
        created = BatchCreated(id=job.id, status="running", total=job.total)
        return Response(
            created.model_dump_json(),
            status_code=202,
            media_type="application/json",
            headers={"Location": f"/v1/batches/{job.id}"},
        )

    def owned(job_id: str, who: Caller) -> Job:
        job = service.jobs.get(job_id, who.key_hash)
        if job is None:
            raise ServiceError(404, "NotFound", f"no batch job {job_id[:64]!r} for this key")
        return job

    @app.get(
        "/v1/batches/{job_id}",
        summary="A batch job's status",
        response_model=BatchStatus,
        responses=_responses(401, 404, 429),
    )
    async def get_batch(job_id: str, who: Authorized) -> Any:
        return service.jobs.status(owned(job_id, who))

    @app.get(
        "/v1/batches/{job_id}/results",
        summary="A batch job's records, streamed as they finish (JSONL)",
        responses={
            200: {
                "content": {"application/x-ndjson": {"schema": {"type": "string"}}},
                "description": '{"id", "brief"} or {"id", "error"} a line',
            },
            **_responses(401, 404, 429),
        },
        response_class=StreamingResponse,
    )
    async def get_results(
        job_id: str,
        who: Authorized,
        follow: Annotated[
            bool, Query(description="keep the answer open until the job ends")
        ] = True,
    ) -> StreamingResponse:
        job = owned(job_id, who)
        return StreamingResponse(
            service.jobs.results(job, follow=follow), media_type="application/x-ndjson"
        )

    @app.get("/healthz", summary="The process answers")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get(
        "/readyz",
        summary="Ready for requests",
        responses={503: {"model": ErrorBody, "description": "stopping"}},
    )
    async def readyz() -> Any:
        if service.draining:
            return _error(503, "ShuttingDown", "the service is stopping")
        return {"status": "ready", "engine": service.engine_name.value}

    @app.get("/metrics", summary="Prometheus metrics", response_class=Response)
    async def metrics() -> Response:
        return Response(service.metrics.render(), media_type=CONTENT_TYPE_LATEST)

    return app


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


def _utf8(body: bytes, what: str) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{what} is not UTF-8 (bad byte at offset {exc.start})") from None


def _brief_request(body: bytes) -> BriefRequest:
    try:
        data = json.loads(_utf8(body, "the request body"))
    except json.JSONDecodeError as exc:
        raise InputError(f"the body is not valid JSON ({exc.msg} at column {exc.colno})") from None
    try:
        return BriefRequest.model_validate(data)
    except ValidationError as exc:
        raise InputError(_first_problem(exc.errors())) from None


def _first_problem(errors: Any) -> str:
    errors = list(errors)
    if not errors:
        return "the request is not valid"
    first = errors[0]
    where = ".".join(str(part) for part in first.get("loc", ()) if part != "body") or "body"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: {first.get('msg', 'invalid')}{more}"


async def _upload(request: Request) -> AsyncIterator[bytes]:
    form = await request.form(max_files=1, max_fields=10)
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        raise InputError("upload the JSONL file as multipart field 'file'")

    async def chunks() -> AsyncIterator[bytes]:
        try:
            while data := await upload.read(1 << 16):
                yield data
        finally:
            await form.close()

    return chunks()


def app_from_env() -> FastAPI:
    """The app of the configuration ``summarizer serve`` put in the environment (uvicorn
    factory, one call per worker process)."""
    return create_app(ServeConfig.from_env(os.environ))
