"""Token buckets and the limiter's reaction to 429, on a fake clock (the wire behaviour is
in test_runner: the server counts what it receives)."""

from __future__ import annotations

import pytest

from summarizer.batch.ratelimit import RateLimiter, TokenBucket


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_bucket_spaces_requests_with_a_small_burst() -> None:
    bucket = TokenBucket(600, now=0.0)  # 10 a second; holds a tenth of a second: 1
    assert bucket.capacity == 1
    assert bucket.wait(1, 0.0) == 0
    bucket.take(1)
    assert bucket.wait(1, 0.0) == pytest.approx(0.1)
    assert bucket.wait(1, 0.05) == pytest.approx(0.05)
    assert bucket.wait(1, 10.0) == 0  # idle time refills only up to capacity
    assert bucket.level == 1

    fast = TokenBucket(60_000, now=0.0)  # 1000 a second: a burst of 100
    assert fast.capacity == 100


def test_a_take_larger_than_the_bucket_waits_for_it_full_then_leaves_debt() -> None:
    bucket = TokenBucket(6_000, now=0.0)  # 100 tokens a second, capacity 10
    assert bucket.wait(500, 0.0) == 0  # full: may go, though 500 > 10
    bucket.take(500)
    assert bucket.wait(500, 0.0) == pytest.approx(5.0)  # back to full after 500 tokens' time


def test_settle_corrects_the_estimate_but_never_beyond_capacity() -> None:
    clock = Clock()
    limiter = RateLimiter(tpm=6_000, clock=clock)
    assert limiter.tokens is not None
    limiter.tokens.take(300)
    limiter.settle(estimated=300, actual=100)  # 200 given back
    assert limiter.tokens.level == pytest.approx(-90)
    limiter.settle(estimated=0, actual=50)  # under-estimated: charged
    assert limiter.tokens.level == pytest.approx(-140)
    limiter.settle(estimated=10_000, actual=0)
    assert limiter.tokens.level == limiter.tokens.capacity


def test_429_pauses_everyone_for_retry_after_and_cuts_the_rate_once() -> None:
    clock = Clock()
    limiter = RateLimiter(rpm=600, clock=clock)
    limiter.throttled(retry_after=2.0)
    limiter.throttled(retry_after=1.0)  # a burst of 429s: the longest pause, one cut
    assert limiter.delay(1) == pytest.approx(2.0)
    assert limiter.factor == pytest.approx(0.7)
    clock.now += 2.0
    assert limiter.delay(1) == 0
    limiter.throttled(retry_after=None)  # no Retry-After: back-off, doubling
    assert limiter.delay(1) == pytest.approx(0.5 * 2**2)  # third 429 in a row
    assert limiter.factor == pytest.approx(0.49)
    limiter.succeeded()
    assert limiter.factor == pytest.approx(0.50)
    for _ in range(100):
        limiter.succeeded()
    assert limiter.factor == 1.0


def test_slowed_down_buckets_refill_slower() -> None:
    clock = Clock()
    limiter = RateLimiter(rpm=600, clock=clock)
    assert limiter.requests is not None
    limiter.requests.take(1)
    assert limiter.delay(1) == pytest.approx(0.1)
    limiter.factor = 0.5
    assert limiter.delay(1) == pytest.approx(0.2)


def test_unlimited_limiter_only_pauses_on_429() -> None:
    clock = Clock()
    limiter = RateLimiter(clock=clock)
    assert limiter.delay(1_000_000) == 0
    limiter.throttled(retry_after=0.3)
    assert limiter.delay(1) == pytest.approx(0.3)
