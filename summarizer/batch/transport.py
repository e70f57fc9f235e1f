"""The batch's HTTP transport: one connection pool, every request through the rate limiter.

It wraps the connection pool of :mod:`summarizer.batch.http11`. Before a request it
estimates the request's tokens and waits for :meth:`RateLimiter.acquire`; after the answer
it reports a 429 (with its ``Retry-After``) to the limiter, and reads the token usage of a
successful answer to correct the token bucket and count the run's usage. See
:mod:`summarizer.batch.ratelimit`.
"""

from __future__ import annotations

import json

import httpx2

from summarizer.batch.http11 import Http11Transport
from summarizer.batch.ratelimit import RateLimiter, UsageMeter
from summarizer.retry import retry_after_from_headers

__all__ = ["POOLS", "LimitedTransport", "make_pool"]

#: The connection pools a batch may send through (``make bench-batch --pool`` compares them):
#: ``http11``, ours (:mod:`summarizer.batch.http11`); ``httpx``, httpx's own pool with its
#: limits raised to the run's concurrency; ``aiohttp``, the aiohttp transport the ``openai``
#: client ships for ``openai[aiohttp]`` (its ``DefaultAioHttpClient``).
POOLS = ("http11", "httpx", "aiohttp")
#: The pool batch runs use.
DEFAULT_POOL = "http11"


def make_pool(kind: str, size: int) -> httpx2.AsyncBaseTransport:
    """A connection pool of ``kind`` (one of :data:`POOLS`) for ``size`` requests at once."""
    if kind == "http11":
        return Http11Transport(max_connections=size)
    limits = httpx2.Limits(
        max_connections=size, max_keepalive_connections=size, keepalive_expiry=5.0
    )
    if kind == "httpx":
        return httpx2.AsyncHTTPTransport(limits=limits)
    if kind == "aiohttp":
        # what openai.DefaultAioHttpClient builds (openai[aiohttp]), without its client
        from openai._vendor.httpx_aiohttp.transport import AiohttpTransport

        transport: httpx2.AsyncBaseTransport = AiohttpTransport(limits=limits)
        return transport
    raise ValueError(f"unknown pool {kind!r}; choose one of: {', '.join(POOLS)}")


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
