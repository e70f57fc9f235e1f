"""The one retry policy for LLM calls, built with tenacity.

Two kinds of failure are retried, each with its own budget, under one overall deadline:

=====================================  ==========================  =======================
failure                                retried?                    wait before the retry
=====================================  ==========================  =======================
output fails validation / bad JSON     yes, ``validation_retries``  none: instructor re-asks
                                       times (default 2)           with the error fed back
429 rate limited                       yes, ``transport_retries``  ``Retry-After`` if sent,
                                       times (default 6)           else backoff
5xx, 408, 409, timeout, connection     yes, ``transport_retries``  exponential backoff
                                                                   (0.5 s doubling, cap 30 s)
                                                                   with jitter
400, 401, 403, 404, 422                no                          -
``finish_reason == "length"``          no (a clear error)          -
=====================================  ==========================  =======================

No retry starts whose wait would end past the deadline (default 180 s from the first
attempt). The openai client's own retries are switched off so that this table is the
whole truth. The policy is handed to instructor as its ``max_retries``: an int there would
retry validation only, never HTTP errors.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any

import openai
from pydantic import ValidationError
from tenacity import AsyncRetrying, RetryCallState, Retrying

__all__ = [
    "RetryPolicy",
    "is_transient",
    "is_validation_failure",
    "retry_after_from_headers",
    "retry_after_seconds",
]

_TRANSIENT_STATUS = frozenset({408, 409, 429})


def is_transient(exc: BaseException) -> bool:
    """True for HTTP failures that a later attempt may not meet."""
    if isinstance(exc, openai.APIConnectionError):  # includes APITimeoutError
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in _TRANSIENT_STATUS or exc.status_code >= 500
    return False


def is_validation_failure(exc: BaseException) -> bool:
    """True when the model answered but its output did not parse or validate."""
    if isinstance(exc, ValidationError | json.JSONDecodeError):
        return True
    # instructor's own parse errors, matched by name so the policy does not import its internals
    return type(exc).__name__ in {"ResponseParsingError", "AsyncValidationError"}


def retry_after_seconds(exc: BaseException) -> float | None:
    """Seconds the server asked us to wait (``retry-after-ms`` or ``Retry-After``), if any."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    return retry_after_from_headers(headers)


def retry_after_from_headers(headers: Mapping[str, str]) -> float | None:
    """Seconds asked for by ``retry-after-ms`` or ``Retry-After`` (seconds or an HTTP date)."""
    raw_ms = headers.get("retry-after-ms")
    if raw_ms:
        try:
            return max(0.0, float(raw_ms) / 1000)
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if not raw:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


@dataclass(frozen=True)
class RetryPolicy:
    """Budgets and timings of :mod:`summarizer.retry`; see the module table."""

    validation_retries: int = 2
    transport_retries: int = 6
    deadline: float = 180.0
    initial_backoff: float = 0.5
    max_backoff: float = 30.0

    def retrying(self) -> Retrying:
        """A fresh tenacity controller for one synchronous brief."""
        return Retrying(**_Ledger(self).tenacity_kwargs())

    def async_retrying(self) -> AsyncRetrying:
        """A fresh tenacity controller for one asynchronous brief."""
        return AsyncRetrying(**_Ledger(self).tenacity_kwargs())

    def backoff(self, transport_failures: int) -> float:
        """Wait after the n-th transport failure: doubling from the initial, capped, jittered."""
        base = min(self.max_backoff, self.initial_backoff * 2.0 ** max(0, transport_failures - 1))
        return base / 2 + random.uniform(0, base / 2)


class _Ledger:
    """Per-brief counters behind one tenacity controller (tenacity sees only the last outcome)."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy
        self.validation_failures = 0
        self.transport_failures = 0
        self.next_wait = 0.0

    def tenacity_kwargs(self) -> dict[str, Any]:
        return {"retry": self.retry, "stop": self.stop, "wait": self.wait, "reraise": True}

    def retry(self, state: RetryCallState) -> bool:
        outcome = state.outcome
        exc = outcome.exception() if outcome is not None else None
        if exc is None:
            return False
        if is_validation_failure(exc):
            self.validation_failures += 1
            self.next_wait = 0.0
            return self.validation_failures <= self.policy.validation_retries
        if is_transient(exc):
            self.transport_failures += 1
            asked = retry_after_seconds(exc)
            self.next_wait = (
                asked if asked is not None else self.policy.backoff(self.transport_failures)
            )
            return self.transport_failures <= self.policy.transport_retries
        return False

    def stop(self, state: RetryCallState) -> bool:
        elapsed = time.monotonic() - state.start_time
        return elapsed + self.next_wait > self.policy.deadline

    def wait(self, state: RetryCallState) -> float:
        return self.next_wait
