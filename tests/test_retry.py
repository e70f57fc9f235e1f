"""The retry policy's classification and waits (the wire behaviour is in engines/test_llm)."""

from __future__ import annotations

import httpx2
import openai
import pytest

from summarizer.retry import RetryPolicy, is_transient, retry_after_seconds


def _status_error(status: int, headers: dict[str, str] | None = None) -> openai.APIStatusError:
    request = httpx2.Request("POST", "http://127.0.0.1/v1/chat/completions")
    response = httpx2.Response(status, headers=headers or {}, request=request)
    cls = {
        429: openai.RateLimitError,
        500: openai.InternalServerError,
        401: openai.AuthenticationError,
        400: openai.BadRequestError,
    }.get(status, openai.APIStatusError)
    return cls("x", response=response, body=None)


@pytest.mark.parametrize(
    ("status", "transient"),
    [
        (429, True),
        (500, True),
        (503, True),
        (408, True),
        (400, False),
        (401, False),
        (403, False),
        (404, False),
        (422, False),
    ],
)
def test_which_statuses_are_retried(status: int, transient: bool) -> None:
    assert is_transient(_status_error(status)) is transient


def test_retry_after_forms() -> None:
    assert retry_after_seconds(_status_error(429, {"retry-after": "7"})) == 7
    assert retry_after_seconds(_status_error(429, {"retry-after-ms": "250"})) == 0.25
    assert (
        retry_after_seconds(_status_error(429, {"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}))
        == 0
    )
    assert retry_after_seconds(_status_error(429)) is None


def test_backoff_doubles_and_is_capped_with_jitter() -> None:
    policy = RetryPolicy(initial_backoff=1.0, max_backoff=8.0)
    for attempt, base in [(1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (9, 8.0)]:
        waits = [policy.backoff(attempt) for _ in range(50)]
        assert all(base / 2 <= w <= base for w in waits)
        assert len(set(waits)) > 1
