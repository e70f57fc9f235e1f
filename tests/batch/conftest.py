"""Helpers for the batch tests: articles with distinct texts, JSONL files, record checks."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from summarizer.config import Secret, Settings
from tests.chat_server import ChatServer, Reply
from tests.conftest import EXAMPLE_ARTICLE, TEST_KEY, valid_answer


def article(i: int) -> str:
    """The example article with a distinct last line (so each has its own cache key); the
    brief of :func:`valid_answer` stays grounded in it."""
    return f"{EXAMPLE_ARTICLE}\n\nReference {i}."


def items(n: int, prefix: str = "a") -> list[dict[str, Any]]:
    return [{"id": f"{prefix}{i}", "text": article(i), "published": "2024-03-15"} for i in range(n)]


def write_jsonl(path: Path, records: Iterable[dict[str, Any] | str]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write((record if isinstance(record, str) else json.dumps(record)) + "\n")
    return path


def read_records(path: Path) -> list[dict[str, Any]]:
    """Every line of a batch output, parsed; fails on a torn or non-record line."""
    data = path.read_bytes()
    assert data == b"" or data.endswith(b"\n"), "torn last line"
    records = [json.loads(line) for line in data.decode("utf-8").splitlines()]
    for record in records:
        assert isinstance(record["id"], str)
        assert ("brief" in record) != ("error" in record), record
    return records


def assert_exactly_once(ids: Iterable[str], expected: Iterable[str]) -> None:
    counts = Counter(ids)
    duplicated = [i for i, n in counts.items() if n > 1]
    assert not duplicated, f"ids written more than once: {duplicated[:10]}"
    assert set(counts) == set(expected)


@pytest.fixture
def brief_server() -> Iterator[ChatServer]:
    """A server answering every request with a valid brief."""
    with ChatServer(fallback=lambda request: Reply.answer(valid_answer())) as server:
        yield server


def llm_settings_for(server: ChatServer, **changes: Any) -> Settings:
    settings = Settings(
        api_key=Secret(TEST_KEY),
        base_url=server.base_url,
        model="test-model",
        timeout=5.0,
        deadline=20.0,
    )
    return settings.with_overrides(**changes)
