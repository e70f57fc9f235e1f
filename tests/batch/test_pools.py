"""Every connection pool a batch can send through (``make bench-batch --pools``) works
behind the rate limiter: briefs, token usage read from the answers, 429 back-off."""

from __future__ import annotations

import pytest

from summarizer import summarize_many_sync
from summarizer.batch import transport
from tests.batch.conftest import items, llm_settings_for
from tests.chat_server import ChatServer, Reply
from tests.conftest import valid_answer


@pytest.mark.parametrize("pool", transport.POOLS)
def test_each_pool_briefs_and_meters(pool: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transport, "DEFAULT_POOL", pool)
    with ChatServer(fallback=lambda request: Reply.answer(valid_answer())) as server:
        server.add(Reply.error(429, "slow down", headers={"retry-after": "0.05"}))
        results = list(
            summarize_many_sync(
                items(6), settings=llm_settings_for(server), engine="openai", cache=False
            )
        )
        seen = server.count
    assert sorted(r.id for r in results) == [f"a{i}" for i in range(6)]
    assert all(r.ok for r in results)
    assert seen == 7  # the 429 was retried
    usage = sum((r.brief.provenance.usage.input_tokens for r in results if r.brief), 0)
    assert usage == 6 * 120


def test_an_unknown_pool_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown pool"):
        transport.make_pool("curl", 4)
