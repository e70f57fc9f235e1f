"""Client-side rate limits for a batch: requests and tokens per minute, and 429 back-off.

Every HTTP request the LLM engine makes (first attempts, re-asks and retries alike) passes
through :class:`~summarizer.batch.transport.LimitedTransport`, the one ``httpx`` transport
(and connection pool) of a batch run, which asks the shared :class:`RateLimiter` first:

- **RPM / TPM**: two token buckets refilled continuously at ``rpm/60`` requests and
  ``tpm/60`` tokens a second. A bucket holds at most a tenth of a second's worth (at least
  one request), so no second sees more than the limit plus that small burst. A request's
  tokens are estimated before it is sent (its body size, at a bytes-per-token ratio learned
  from the usage answers report, plus the average completion so far) and the bucket is
  corrected with the actual usage once the answer arrives. A request larger than a bucket
  waits for a full bucket and leaves it in debt, so the long-run rate still holds.
- **429**: every worker pauses until the ``Retry-After`` the server gave (else a back-off
  doubling from 0.5 s to 30 s over consecutive 429s), and the RPM/TPM rates are cut by 30 %
  (at most once a second, down to a quarter), then regained by 1 % per successful answer.
  The engine's retry policy (:mod:`summarizer.retry`) sleeps the same ``Retry-After``
  before its retry; both waits end at the same moment, so they overlap instead of adding up.

Requests are admitted one at a time in arrival order (an ``asyncio.Lock``), so waiting
workers are served first come, first served.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["RateLimiter", "TokenBucket", "UsageMeter"]

#: A bucket holds this many seconds' worth of its rate (but always at least one unit).
BURST_SECONDS = 0.1
_CUT = 0.7
_FLOOR = 0.25
_REGAIN = 0.01
_FIRST_PAUSE = 0.5
_MAX_PAUSE = 30.0
_RECHECK = 0.25


class TokenBucket:
    """A token bucket refilled at ``per_minute / 60`` a second; takes may overdraw it."""

    def __init__(self, per_minute: float, now: float, *, burst: float | None = None) -> None:
        """``burst``: what the bucket holds when full (default :data:`BURST_SECONDS`' worth)."""
        if per_minute <= 0:
            raise ValueError("a rate limit must be positive")
        self.rate = per_minute / 60.0
        self.capacity = max(1.0, self.rate * BURST_SECONDS if burst is None else burst)
        self.level = self.capacity
        self._updated = now

    def _refill(self, now: float, factor: float) -> None:
        elapsed = max(0.0, now - self._updated)
        self.level = min(self.capacity, self.level + elapsed * self.rate * factor)
        self._updated = now

    def wait(self, amount: float, now: float, factor: float = 1.0) -> float:
        """Seconds until ``amount`` may be taken (an amount over capacity needs a full bucket)."""
        self._refill(now, factor)
        need = min(amount, self.capacity)
        if self.level >= need:
            return 0.0
        return (need - self.level) / (self.rate * factor)

    def take(self, amount: float) -> None:
        self.level -= amount

    def adjust(self, amount: float) -> None:
        """Give back (positive) or charge (negative) ``amount``, never above capacity."""
        self.level = min(self.capacity, self.level + amount)


class RateLimiter:
    """Shared by every request of a batch run; see the module docstring."""

    def __init__(
        self,
        rpm: float | None = None,
        tpm: float | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Limits are per minute; None means unlimited (429 pauses still apply)."""
        now = clock()
        self.requests = TokenBucket(rpm, now) if rpm else None
        self.tokens = TokenBucket(tpm, now) if tpm else None
        self.factor = 1.0
        self.paused_until = 0.0
        self.throttled_count = 0
        self._clock = clock
        self._streak = 0
        self._last_cut = float("-inf")
        self._lock = asyncio.Lock()

    def delay(self, tokens: float) -> float:
        """Seconds before a request of ``tokens`` may go (0 when it may go now)."""
        now = self._clock()
        wait = self.paused_until - now
        if self.requests is not None:
            wait = max(wait, self.requests.wait(1, now, self.factor))
        if self.tokens is not None:
            wait = max(wait, self.tokens.wait(tokens, now, self.factor))
        return max(0.0, wait)

    async def acquire(self, estimate: Callable[[], float]) -> float:
        """Wait for this request's turn, then charge one request and its estimated tokens
        (returned, for :meth:`settle`). ``estimate`` is asked when the turn comes, so it
        uses everything learned from the answers that arrived meanwhile."""
        async with self._lock:
            while True:
                tokens = estimate()
                wait = self.delay(tokens)
                if wait <= 0:
                    break
                # re-check now and then: an answer may give tokens back, a 429 may pause
                await asyncio.sleep(min(wait, _RECHECK))
            if self.requests is not None:
                self.requests.take(1)
            if self.tokens is not None:
                self.tokens.take(tokens)
            return tokens

    def settle(self, estimated: float, actual: float) -> None:
        """Correct the token bucket once a request's actual usage is known."""
        if self.tokens is not None:
            self.tokens.adjust(estimated - actual)

    def throttled(self, retry_after: float | None) -> None:
        """A 429 arrived: pause everyone, and slow down."""
        now = self._clock()
        self.throttled_count += 1
        self._streak += 1
        if retry_after is None:
            retry_after = min(_MAX_PAUSE, _FIRST_PAUSE * 2.0 ** (self._streak - 1))
        self.paused_until = max(self.paused_until, now + retry_after)
        if now - self._last_cut >= 1.0:
            self.factor = max(_FLOOR, self.factor * _CUT)
            self._last_cut = now

    def succeeded(self) -> None:
        """An answer other than 429 arrived: regain a little speed."""
        self._streak = 0
        self.factor = min(1.0, self.factor + _REGAIN)


@dataclass
class UsageMeter:
    """Requests sent and tokens answered over a whole run (failed attempts included)."""

    requests: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    throttled: int = 0
