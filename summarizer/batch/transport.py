"""The batch's HTTP transport: one connection pool, every request through the rate limiter.

It wraps a connection pool (:func:`make_pool`: by default the aiohttp transport of
``openai[aiohttp]``, behind :class:`HttpxContract`). Before a request it
estimates the request's tokens and waits for :meth:`RateLimiter.acquire`; after the answer
it reports a 429 (with its ``Retry-After``) to the limiter, and reads the token usage of a
successful answer to correct the token bucket and count the run's usage. See
:mod:`summarizer.batch.ratelimit`.
"""

from __future__ import annotations

import json

import httpx2

from summarizer.batch.ratelimit import RateLimiter, UsageMeter
from summarizer.retry import retry_after_from_headers

__all__ = ["POOLS", "LimitedTransport", "make_pool"]

#: The connection pools a batch may send through (``python -m evals.bench_batch --pools``
#: compares them): ``aiohttp``, the aiohttp transport the ``openai`` client ships for
#: ``openai[aiohttp]`` (what its ``DefaultAioHttpClient`` sends through); ``httpx``, httpx's
#: own pool with its limits raised to the run's concurrency. Both go through
#: :class:`HttpxContract`.
POOLS = ("aiohttp", "httpx")
#: The pool batch runs use (the README gives the measurements behind the choice).
DEFAULT_POOL = "aiohttp"


def make_pool(kind: str, size: int) -> httpx2.AsyncBaseTransport:
    """A connection pool of ``kind`` (one of :data:`POOLS`) for ``size`` requests at once."""
    limits = httpx2.Limits(
        max_connections=size, max_keepalive_connections=size, keepalive_expiry=KEEPALIVE_EXPIRY
    )
    if kind == "httpx":
        return HttpxContract(httpx2.AsyncHTTPTransport(limits=limits))
    if kind == "aiohttp":
        # what openai.DefaultAioHttpClient builds (openai[aiohttp]), without its client
        from openai._vendor.httpx_aiohttp.transport import AiohttpTransport

        return HttpxContract(AiohttpTransport(limits=limits))
    raise ValueError(f"unknown pool {kind!r}; choose one of: {', '.join(POOLS)}")


#: An idle connection older than this is closed rather than reused (httpx's default):
#: servers drop idle connections, and a request sent as they do fails.
KEEPALIVE_EXPIRY = 5.0


def _remapped(exc: Exception) -> Exception | None:
    """The httpx exception the openai client and :mod:`summarizer.retry` expect for what
    the aiohttp transport raised, where its own mapping is wrong or missing; else None."""
    import aiohttp

    cause = exc.__cause__ if isinstance(exc, httpx2.TransportError) else exc
    if isinstance(cause, aiohttp.ServerTimeoutError):
        # aiohttp's connect timeout covers the wait for a free connection too
        kind = httpx2.ConnectTimeout if "onnect" in type(cause).__name__ else httpx2.ReadTimeout
        return kind(str(cause) or type(cause).__name__)
    if isinstance(cause, aiohttp.ClientConnectorError):  # refused, unreachable: not a timeout
        return httpx2.ConnectError(str(cause))
    if isinstance(cause, aiohttp.ServerDisconnectedError | aiohttp.ClientResponseError):
        return httpx2.RemoteProtocolError(str(cause) or "the server closed the connection")
    if isinstance(cause, aiohttp.ClientPayloadError):
        return httpx2.ReadError(str(cause))
    if isinstance(cause, aiohttp.ClientConnectionError):  # resets and other socket errors
        return httpx2.ReadError(str(cause) or type(cause).__name__)
    return None


class HttpxContract(httpx2.AsyncBaseTransport):
    """A pool as the batch expects it: answers read whole before they are returned, and
    failures raised as httpx's own exceptions (the openai client turns those into
    ``APITimeoutError``/``APIConnectionError``), none quoting a header value.

    The aiohttp transport maps a refused connection and a server hanging up to
    ``ConnectTimeout`` (the openai client would report a timeout), and lets some aiohttp
    errors through unmapped; those are set right here. A header value that may not be sent
    (a key with a control character) fails with a message that does not quote it: httpx's
    and aiohttp's both would.
    """

    def __init__(self, inner: httpx2.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        try:
            response = await self._inner.handle_async_request(request)
            try:
                body = b"".join([chunk async for chunk in response.aiter_raw()])
            finally:
                await response.aclose()
        except (httpx2.LocalProtocolError, ValueError) as exc:
            if isinstance(exc, httpx2.LocalProtocolError) or "header" in str(exc).lower():
                raise httpx2.LocalProtocolError(
                    "the request is not valid HTTP/1.1 (an illegal header name or value)"
                ) from None
            raise
        except Exception as exc:
            remapped = _remapped(exc)
            if remapped is None:
                raise
            raise remapped from exc
        return httpx2.Response(
            response.status_code,
            headers=response.headers,
            stream=httpx2.ByteStream(body),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self._inner.aclose()


class _Estimator:
    """Learns bytes per prompt token and the mean completion, to estimate before sending."""

    def __init__(self) -> None:
        self.bytes_per_token = 4.0  # English text and JSON, before any answer
        self.completion = 500.0
        self._observed = False

    def estimate(self, body_bytes: int) -> float:
        return body_bytes / self.bytes_per_token + self.completion

    def observe(self, body_bytes: int, prompt: int, completion: int) -> None:
        # The first answer replaces the priors; later ones move a moving average.
        weight = 0.2 if self._observed else 1.0
        self._observed = True
        if prompt > 0 and body_bytes > 0:
            self.bytes_per_token += weight * (body_bytes / prompt - self.bytes_per_token)
        self.completion += weight * (completion - self.completion)


def _usage(status: int, headers: httpx2.Headers, raw: bytes) -> tuple[int, int] | None:
    try:
        if headers.get("content-encoding", "identity") == "identity":
            decoded = raw
        else:  # gzip and friends, decoded as httpx will
            response = httpx2.Response(status, headers=headers, stream=httpx2.ByteStream(raw))
            decoded = response.read()
        usage = json.loads(decoded).get("usage") or {}
        return int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0)
    except (ValueError, TypeError, AttributeError, httpx2.DecodingError):
        return None


class LimitedTransport(httpx2.AsyncBaseTransport):
    """The batch's HTTP transport: a pooled connection transport behind a :class:`RateLimiter`."""

    def __init__(
        self,
        limiter: RateLimiter,
        *,
        pool_size: int,
        inner: httpx2.AsyncBaseTransport | None = None,
    ) -> None:
        """``pool_size`` connections at most (one per concurrent item)."""
        self.limiter = limiter
        self.meter = UsageMeter()
        self._estimator = _Estimator()
        self._inner = inner or make_pool(DEFAULT_POOL, pool_size)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        try:
            body_bytes = len(request.content)
        except httpx2.RequestNotRead:
            body_bytes = int(request.headers.get("content-length") or 0)
        estimate = await self.limiter.acquire(lambda: self._estimator.estimate(body_bytes))
        self.meter.requests += 1
        response = await self._inner.handle_async_request(request)
        if response.status_code == 429:
            self.meter.throttled += 1
            self.limiter.throttled(retry_after_from_headers(response.headers))
            return response
        self.limiter.succeeded()
        if not 200 <= response.status_code < 300:
            return response
        try:
            raw = b"".join([chunk async for chunk in response.aiter_raw()])
        finally:
            await response.aclose()
        usage = _usage(response.status_code, response.headers, raw)
        if usage is not None:
            prompt, completion = usage
            self.meter.input_tokens += prompt
            self.meter.output_tokens += completion
            self.limiter.settle(estimate, prompt + completion)
            self._estimator.observe(body_bytes, prompt, completion)
        return httpx2.Response(
            response.status_code,
            headers=response.headers,
            stream=httpx2.ByteStream(raw),
            extensions=response.extensions,
            request=request,
        )

    async def aclose(self) -> None:
        await self._inner.aclose()
