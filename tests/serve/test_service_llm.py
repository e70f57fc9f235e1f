"""End to end: the real service (uvicorn in a subprocess) on the LLM engine, against the
project's local Chat Completions server."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.batch.conftest import article
from tests.chat_server import ChatServer, Received, Reply
from tests.conftest import EXAMPLE_ARTICLE, TEST_KEY, valid_answer
from tests.serve.conftest import ServerProcess, secrets_absent

MAX_LLM_CALLS = 2


def _good(request: Received) -> Reply:
    return Reply.answer(valid_answer())


@pytest.fixture(scope="module")
def chat() -> Iterator[ChatServer]:
    with ChatServer(fallback=_good) as server:
        yield server


@pytest.fixture(scope="module")
def llm_server(
    chat: ChatServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    folder = tmp_path_factory.mktemp("llm-server")
    server = ServerProcess(
        folder,
        [
            *("--engine", "openai", "--base-url", chat.base_url, "--model", "test-model"),
            *("--max-llm-calls", str(MAX_LLM_CALLS), "--no-cache", "--rate", "100000"),
        ],
        env={"OPENAI_API_KEY": TEST_KEY, "SUMMARIZER_TIMEOUT": "0.5", "SUMMARIZER_DEADLINE": "3"},
    ).start()
    yield server
    server.stop()


@pytest.fixture
def scripted(chat: ChatServer) -> Iterator[Callable[[Callable[[Received], Reply]], None]]:
    def use(fallback: Callable[[Received], Reply]) -> None:
        chat.fallback = fallback

    chat.script.clear()
    yield use
    chat.script.clear()
    chat.fallback = _good


def test_brief_uses_the_servers_model_and_counts_tokens(
    llm_server: ServerProcess, chat: ChatServer
) -> None:
    chat.add(Reply.raw('{"incident": true, "headline": "cut'), Reply.answer(valid_answer()))
    before = len(chat.received)
    with llm_server.client() as client:
        answer = client.post(
            "/v1/briefs",
            json={"text": EXAMPLE_ARTICLE, "published": "2024-03-15", "model": "caller-model"},
        )
        metrics = client.get("/metrics").text
    assert answer.status_code == 200, answer.text
    brief = answer.json()
    assert brief["provenance"]["engine"] == "openai"
    assert brief["provenance"]["usage"]["requests"] == 2  # the re-ask included
    seen = chat.received[before:]
    assert [r.body["model"] for r in seen] == ["test-model", "test-model"]
    assert any(EXAMPLE_ARTICLE[:60] in text for text in seen[0].message_text("user"))
    assert "summarizer_llm_reasks_total 1.0" in metrics
    assert 'summarizer_llm_tokens_total{direction="input"} 240.0' in metrics


@pytest.mark.parametrize(
    ("reply", "status", "kind"),
    [
        (Reply.error(500, "upstream broke"), 502, "ProviderError"),
        (Reply.error(401, "bad key"), 502, "AuthenticationError"),
        (Reply.error(429, "slow down", headers={"retry-after": "0.05"}), 503, "RateLimitError"),
        (Reply.answer(valid_answer(), delay=1.0), 504, "ProviderTimeoutError"),
        (Reply.raw('{"incident": "perhaps"}'), 502, "BriefValidationError"),
    ],
    ids=["5xx", "upstream-401", "429", "timeout", "never-valid"],
)
def test_provider_failures_map_to_gateway_statuses(
    llm_server: ServerProcess,
    scripted: Callable[[Callable[[Received], Reply]], None],
    reply: Reply,
    status: int,
    kind: str,
) -> None:
    scripted(lambda request: reply)
    with llm_server.client() as client:
        answer = client.post("/v1/briefs", json={"text": EXAMPLE_ARTICLE})
    assert answer.status_code == status, answer.text
    error = answer.json()["error"]
    assert error["type"] == kind
    if kind == "BriefValidationError":
        assert "never validated" in error["message"]  # the reason, in one line


def test_llm_calls_are_bounded_across_briefs_and_jobs(
    llm_server: ServerProcess, scripted: Callable[[Callable[[Received], Reply]], None]
) -> None:
    lock = threading.Lock()
    in_flight = [0, 0]  # now, most

    def slow(request: Received) -> Reply:
        with lock:
            in_flight[0] += 1
            in_flight[1] = max(in_flight[1], in_flight[0])
        time.sleep(0.15)
        with lock:
            in_flight[0] -= 1
        return Reply.answer(valid_answer())

    scripted(slow)
    records = [{"id": f"j{i}", "text": article(i)} for i in range(4)]
    body = "".join(json.dumps(r) + "\n" for r in records).encode()
    with llm_server.client() as client:
        job = client.post(
            "/v1/batches", content=body, headers={"content-type": "application/x-ndjson"}
        ).json()
        with ThreadPoolExecutor(4) as pool:
            answers = list(
                pool.map(
                    lambda i: client.post("/v1/briefs", json={"text": article(100 + i)}), range(4)
                )
            )
        results = client.get(f"/v1/batches/{job['id']}/results").text
    assert [a.status_code for a in answers] == [200] * 4
    assert sorted(json.loads(line)["id"] for line in results.splitlines()) == [
        "j0",
        "j1",
        "j2",
        "j3",
    ]
    assert in_flight[1] == MAX_LLM_CALLS


def test_no_key_in_the_logs(llm_server: ServerProcess) -> None:
    with llm_server.client("sk-wrong-key-SECRET") as client:
        assert client.post("/v1/briefs", json={"text": EXAMPLE_ARTICLE}).status_code == 401
    secrets_absent(llm_server.output())
    assert "sk-wrong-key-SECRET" not in llm_server.output()
    jobs = Path(llm_server.folder / "jobs")
    for path in jobs.rglob("*"):
        if path.is_file():
            secrets_absent(path.read_text(encoding="utf-8", errors="replace"))
