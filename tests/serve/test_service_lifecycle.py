"""End to end: batch jobs survive a killed server, and SIGTERM lets requests finish."""

from __future__ import annotations

import json
import signal
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest

from tests.batch.conftest import article
from tests.chat_server import ChatServer, Reply
from tests.conftest import EXAMPLE_ARTICLE, TEST_KEY, valid_answer
from tests.serve.conftest import ServerProcess


@pytest.fixture
def slow_chat() -> Iterator[ChatServer]:
    with ChatServer(fallback=lambda request: Reply.answer(valid_answer(), delay=0.1)) as server:
        yield server


def _llm_args(chat: ChatServer) -> list[str]:
    return ["--engine", "openai", "--base-url", chat.base_url, "--model", "test-model"]


def _wait_for(condition: object, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_a_job_survives_a_killed_server(slow_chat: ChatServer, tmp_path: Path) -> None:
    records = [{"id": f"k{i}", "text": article(i)} for i in range(40)]
    body = "".join(json.dumps(r) + "\n" for r in records).encode()
    args = [*_llm_args(slow_chat), "--job-concurrency", "2", "--no-cache"]
    env = {"OPENAI_API_KEY": TEST_KEY}
    first = ServerProcess(tmp_path, args, env).start()
    try:
        with first.client() as client:
            job_id = client.post(
                "/v1/batches", content=body, headers={"content-type": "application/x-ndjson"}
            ).json()["id"]
            _wait_for(lambda: client.get(f"/v1/batches/{job_id}").json()["done"] >= 6)
    finally:
        first.kill()  # SIGKILL: no chance to tidy up
    output = tmp_path / "jobs" / job_id / "output.jsonl"
    written_before = output.read_bytes().count(b"\n")
    assert 6 <= written_before < 40
    requests_before = slow_chat.count

    second = ServerProcess(tmp_path, args, env).start()  # same jobs folder, another port
    try:
        with second.client() as client:
            _wait_for(lambda: client.get(f"/v1/batches/{job_id}").json()["status"] == "done")
            status = client.get(f"/v1/batches/{job_id}").json()
            results = client.get(f"/v1/batches/{job_id}/results").text
    finally:
        second.stop()
    ids = [json.loads(line)["id"] for line in results.splitlines()]
    assert Counter(ids) == Counter(r["id"] for r in records)  # every id exactly once
    assert (status["done"], status["succeeded"], status["failed"]) == (40, 40, 0)
    # the restart briefed only what was left (and what was in flight at the kill)
    assert slow_chat.count - requests_before <= 40 - written_before + 2


def test_sigterm_finishes_requests_in_flight_and_refuses_new_ones(tmp_path: Path) -> None:
    with ChatServer(fallback=lambda request: Reply.answer(valid_answer(), delay=1.5)) as chat:
        server = ServerProcess(tmp_path, [*_llm_args(chat), "--shutdown-timeout", "10"]).start()
        answers: list[httpx2.Response] = []

        def ask() -> None:
            with server.client() as client:
                answers.append(client.post("/v1/briefs", json={"text": EXAMPLE_ARTICLE}))

        with server.client() as early:
            assert early.get("/readyz").status_code == 200  # a kept-alive connection
            asker = threading.Thread(target=ask)
            asker.start()
            _wait_for(lambda: chat.count >= 1)  # the brief is at the LLM
            server.terminate()
            time.sleep(0.3)
            try:
                refused: int | None = early.get("/readyz").status_code
            except httpx2.TransportError:
                refused = None  # the connection was closed: refused too
            with pytest.raises(httpx2.ConnectError):
                httpx2.get(f"{server.url}/healthz", timeout=2.0)
        asker.join(timeout=30)
        assert server.process is not None
        code = server.process.wait(timeout=30)
    assert refused in (None, 503)
    assert [a.status_code for a in answers] == [200]
    assert code in (0, -signal.SIGTERM)  # uvicorn re-raises the signal once it has finished
