"""summarize_many against the local Chat Completions server: nothing lost or duplicated
under injected faults, rate limits as the server counts them, 429 pauses, the cache."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from summarizer import BatchItem, BatchResult, summarize, summarize_many, summarize_many_sync
from summarizer.batch import BadInput
from summarizer.config import Settings
from summarizer.errors import AuthenticationError, InputError
from summarizer.retry import RetryPolicy
from tests.batch.conftest import article, assert_exactly_once, items, llm_settings_for
from tests.chat_server import ChatServer, Faults, Received, Reply
from tests.conftest import EXAMPLE_ARTICLE, NO_INCIDENT_ARTICLE, TEST_KEY, valid_answer


def _run(server: ChatServer, records: Any, **kwargs: Any) -> list[BatchResult]:
    kwargs.setdefault("cache", False)
    return list(
        summarize_many_sync(records, engine="openai", settings=llm_settings_for(server), **kwargs)
    )


def _user_text(request: Received) -> str:
    return "\n".join(request.message_text("user"))


# -- ids ------------------------------------------------------------------------------------


def test_every_record_gets_exactly_one_result_with_distinct_names() -> None:
    records: list[Any] = [
        {"id": "a", "text": EXAMPLE_ARTICLE},
        {"id": "a", "text": NO_INCIDENT_ARTICLE},  # duplicate
        {"text": "no id"},
        BadInput("b", "line 9: something was wrong", line=9),
        BatchItem("c", NO_INCIDENT_ARTICLE),
        {"id": "a@item:7", "text": NO_INCIDENT_ARTICLE},  # takes the name a duplicate would get
        {"id": "a", "text": "again"},  # position 7: a@item:7 is taken, so a@item:7+
        "not a mapping",
        {"id": "d", "text": "   "},  # empty article
        {"id": "e", "text": NO_INCIDENT_ARTICLE, "published": "14/03/2024"},
        BatchItem("f", NO_INCIDENT_ARTICLE, published=20240314),  # type: ignore[arg-type]
    ]
    results = list(summarize_many_sync(records, engine="offline", cache=False))
    by_id = {r.id: r for r in results}
    assert len(results) == len(by_id) == len(records)
    assert {r.id for r in results if r.ok} == {"a", "c", "a@item:7"}
    errors = {r.id: r.error for r in results if r.error is not None}
    assert set(errors) == {"a@item:2", "@item:3", "b", "a@item:7+", "@item:8", "d", "e", "f"}
    # an unexpected exception (here, a wrongly typed date) costs its record, not the run
    assert errors.pop("f").type != "InputError"
    assert all(e.type == "InputError" for e in errors.values())
    assert "duplicate id 'a'" in errors["a@item:2"].message
    assert errors["b"].message == "line 9: something was wrong"
    assert "not an ISO date" in errors["e"].message


def test_offline_results_match_single_summaries() -> None:
    texts = {"x": EXAMPLE_ARTICLE, "y": NO_INCIDENT_ARTICLE}
    results = summarize_many_sync(
        [{"id": k, "text": v, "published": "2024-03-15"} for k, v in texts.items()],
        engine="offline",
        cache=False,
    )
    for result in results:
        assert result.brief is not None
        single = summarize(texts[result.id], published="2024-03-15", engine="offline")
        assert result.brief.model_dump(exclude={"provenance"}) == single.model_dump(
            exclude={"provenance"}
        )


# -- faults ---------------------------------------------------------------------------------


def test_injected_faults_lose_and_duplicate_nothing(tmp_path: Path) -> None:
    def good(request: Received) -> Reply:
        return Reply.answer(valid_answer(), delay=0.01)

    faults = Faults(good, 0.2, seed=5, retry_after=0.05, timeout_delay=1.0)

    def route(request: Received) -> Reply:
        # one article the server always rejects, whatever faults the others meet (which
        # request draws which fault depends on arrival order, so a13 stays out of the draw)
        if "Reference 13." in _user_text(request):
            return Reply.error(400, "unsupported article")
        return faults(request)

    records: list[Any] = items(60)
    records.insert(30, {"id": "a7", "text": article(99)})  # a duplicate id
    records.insert(40, {"id": "empty", "text": ""})
    policy = RetryPolicy(
        validation_retries=1, transport_retries=2, deadline=20, initial_backoff=0.01
    )
    with ChatServer(fallback=route) as server:
        results = list(
            summarize_many_sync(
                records,
                engine="openai",
                settings=llm_settings_for(server, timeout=0.4),
                concurrency=8,
                cache=tmp_path / "cache.sqlite",
                retry_policy=policy,
            )
        )
        requests = len(server.received)

    expected = [f"a{i}" for i in range(60)] + ["a7@item:31", "empty"]
    assert_exactly_once((r.id for r in results), expected)
    assert all((r.brief is None) != (r.error is None) for r in results)
    errors = {r.id: r.error for r in results if r.error is not None}
    assert errors["a13"] is not None and errors["a13"].type == "ProviderError"
    assert errors["a7@item:31"].type == errors["empty"].type == "InputError"
    assert {e.type for e in errors.values()} <= {
        "InputError",
        "ProviderError",
        "ProviderTimeoutError",
        "RateLimitError",
        "BriefValidationError",
    }
    assert all(count > 0 for count in faults.injected.values()), faults.injected
    assert requests > 60


# -- rate limits ----------------------------------------------------------------------------


def test_requests_per_minute_as_the_server_counts_them() -> None:
    with ChatServer(fallback=lambda r: Reply.answer(valid_answer())) as server:
        results = _run(server, items(50), concurrency=16, rpm=1200)  # 20 a second
        arrivals = sorted(r.at for r in server.received)
        busiest = server.busiest(1.0)
    assert all(r.ok for r in results) and len(arrivals) == 50
    # the limit (20), the bucket's burst (2) and a little scheduling jitter
    assert busiest <= 20 + 2 + 2, busiest
    assert (len(arrivals) - 1) / (arrivals[-1] - arrivals[0]) <= 20 * 1.1


def test_tokens_per_minute_as_the_server_counts_them() -> None:
    per_request = 1500

    def good(request: Received) -> Reply:
        return Reply.answer(valid_answer(), usage=(1000, 500))

    with ChatServer(fallback=good) as server:
        results = _run(server, items(30), concurrency=16, tpm=900_000)  # 15,000 a second
        busiest = server.busiest(1.0, tokens=True)
        arrivals = sorted(r.at for r in server.received)
    assert all(r.ok for r in results)
    # the limit, the bucket's burst (one request) and one request that overdraws it
    assert busiest <= 15_000 + 2 * per_request + per_request, busiest
    assert (len(arrivals) - 1) * per_request / (arrivals[-1] - arrivals[0]) <= 15_000 * 1.1


def test_a_429_pauses_every_worker_once_for_retry_after(chat_server: ChatServer) -> None:
    chat_server.add(Reply.error(429, "slow down", headers={"retry-after": "1"}))
    chat_server.fallback = lambda r: Reply.answer(valid_answer(), delay=0.05)
    results = _run(chat_server, items(12), concurrency=4, retry_policy=RetryPolicy())
    assert all(r.ok for r in results)
    throttled, *rest = chat_server.received
    later = [r.at - throttled.at for r in rest]
    # the three other first requests were already on their way; nothing else was sent
    # until the pause ended...
    assert sum(1 for t in later if t < 0.95) <= 3, later
    # ...and the throttled article was retried when it ended, not a second pause later
    retry = next(r for r in rest if _user_text(r) == _user_text(throttled))
    assert 0.95 <= retry.at - throttled.at < 1.8


# -- cache ----------------------------------------------------------------------------------


def test_a_rerun_is_served_from_the_cache_but_errors_are_not_cached(tmp_path: Path) -> None:
    def good(request: Received) -> Reply:
        if "Reference 3." in _user_text(request):
            return Reply.error(400, f"rejected, key {TEST_KEY}")
        return Reply.answer(valid_answer())

    cache = tmp_path / "cache" / "briefs.sqlite"
    with ChatServer(fallback=good) as server:
        first = _run(server, items(8), cache=cache)
        assert len(server.received) == 8
        second = _run(server, items(8), cache=cache)
        assert len(server.received) == 8 + 1  # only the failed article asked again
        third = _run(server, items(8), cache=False)
        assert len(server.received) == 8 + 1 + 8

    assert sum(r.ok for r in first) == 7 and not any(r.cached for r in first)
    assert {r.id for r in second if r.cached} == {f"a{i}" for i in range(8)} - {"a3"}
    assert not any(r.cached for r in third)
    before = {r.id: r.brief for r in first if r.brief}
    assert all(r.brief == before[r.id] for r in second if r.brief)
    # the key never reaches results or the cache files (WAL and shared memory included)
    assert all(TEST_KEY not in r.to_json() for r in first + second + third)
    for path in cache.parent.iterdir():
        assert TEST_KEY.encode() not in path.read_bytes(), path.name


@pytest.mark.parametrize(
    "change",
    [
        {"model": "other-model"},
        {"mode": "json_schema"},
        {"temperature": 0.7},
        {"max_output_tokens": 2048},
        {"max_validation_retries": 0},
    ],
)
def test_a_change_of_any_setting_that_changes_a_brief_misses_the_cache(
    tmp_path: Path, brief_server: ChatServer, change: dict[str, Any]
) -> None:
    cache = tmp_path / "briefs.sqlite"

    def run(settings: Settings) -> list[BatchResult]:
        return list(summarize_many_sync(items(2), engine="openai", settings=settings, cache=cache))

    base = llm_settings_for(brief_server)
    run(base)
    assert len(brief_server.received) == 2
    assert all(r.cached for r in run(base))  # the same settings: served from the cache
    changed = run(base.with_overrides(**change))
    assert not any(r.cached for r in changed) and len(brief_server.received) == 4


# -- stopping -------------------------------------------------------------------------------


def test_authentication_failure_ends_the_run_early(chat_server: ChatServer) -> None:
    chat_server.fallback = lambda r: Reply.error(401, f"bad key {TEST_KEY}")
    seen: list[BatchResult] = []
    with pytest.raises(AuthenticationError) as caught:
        seen.extend(_run(chat_server, items(40), concurrency=2))
    assert TEST_KEY not in str(caught.value)
    assert len(chat_server.received) <= 4
    assert seen == []


def test_stop_finishes_in_flight_and_abandon_does_not(brief_server: ChatServer) -> None:
    replies = 0

    def reply(request: Received) -> Reply:
        # the first answer comes at once, the rest slowly: whatever the machine's load, the
        # others are still in flight when the first result asks the run to stop
        nonlocal replies
        replies += 1
        return Reply.answer(valid_answer(), delay=0.05 if replies in (1, 41) else 1.5)

    brief_server.fallback = reply

    async def collect(abandon: bool) -> list[BatchResult]:
        run = summarize_many(
            items(40),
            engine="openai",
            settings=llm_settings_for(brief_server),
            concurrency=4,
            cache=False,
        )
        results = []
        async with run:
            async for result in run:
                results.append(result)
                if len(results) == 1:
                    run.stop(abandon=abandon)
        return results

    graceful = asyncio.run(collect(abandon=False))
    assert 2 <= len(graceful) <= 8 and all(r.ok for r in graceful)
    sent = len(brief_server.received)
    assert len(graceful) == sent  # every article started was finished and yielded

    replies = 40  # the abandoned run's first answer is fast again
    abandoned = asyncio.run(collect(abandon=True))
    assert len(abandoned) < 4 and all(r.ok for r in abandoned)


def test_input_is_pulled_lazily() -> None:
    pulled = 0

    def endless() -> Iterator[dict[str, Any]]:
        nonlocal pulled
        for i in range(100_000):
            pulled += 1
            yield {"id": str(i), "text": NO_INCIDENT_ARTICLE}

    results = summarize_many_sync(endless(), engine="offline", concurrency=2, cache=False)
    first = next(results)
    assert first.ok
    results.close()  # abandons the rest
    assert pulled < 1_000


def test_an_input_that_breaks_mid_way_ends_the_run_after_what_was_read() -> None:
    def breaking() -> Iterator[dict[str, Any]]:
        for i in range(3):
            yield {"id": str(i), "text": NO_INCIDENT_ARTICLE}
        raise OSError("the disk went away")

    results = []
    with pytest.raises(InputError, match="reading the input failed: OSError: the disk"):
        for result in summarize_many_sync(breaking(), engine="offline", cache=False):
            results.append(result)
    assert sorted(r.id for r in results) == ["0", "1", "2"]


def test_sync_wrapper_refuses_to_run_inside_an_event_loop() -> None:
    async def inside() -> None:
        with pytest.raises(RuntimeError, match="inside an event loop"):
            next(summarize_many_sync([], engine="offline", cache=False))

    asyncio.run(inside())


def test_bad_settings_fail_before_any_work(tmp_path: Path) -> None:
    from summarizer.errors import ConfigurationError

    with pytest.raises(ConfigurationError, match="concurrency"):
        summarize_many([], engine="offline", concurrency=0, cache=False)
    with pytest.raises(ConfigurationError, match="rpm"):
        summarize_many([], engine="offline", rpm=-1, cache=False)
    with pytest.raises(ConfigurationError, match="OPENAI_API_KEY"):
        summarize_many([], engine="openai", cache=False)
    started = time.monotonic()
    assert list(summarize_many_sync([], engine="offline", cache=tmp_path / "c.sqlite")) == []
    assert time.monotonic() - started < 30


def test_freeze_heap_freezes_once_and_leaves_a_process_that_froze_alone() -> None:
    # in a child process: freezing is process-wide
    import subprocess
    import sys

    probe = (
        "import gc; from summarizer.batch import freeze_heap\n"
        "freeze_heap(); first = gc.get_freeze_count(); assert first > 1000, first\n"
        "gc.unfreeze(); junk = [object() for _ in range(10)]; gc.freeze()\n"
        "mine = gc.get_freeze_count(); freeze_heap(); assert gc.get_freeze_count() == mine\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True, timeout=60)
