"""The cost estimate: example built-in prices (OpenAI's API only), a user's table on top,
and "cost unknown" rather than a number guessed from a similar model name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.batch.command import _cost
from summarizer.batch.pricing import BUILTIN_PRICES_AS_OF, Price, PriceTable
from summarizer.batch.runner import BatchStats, summarize_many
from summarizer.config import Secret, Settings
from summarizer.errors import ConfigurationError


def test_builtin_prices_by_exact_name_or_dated_snapshot_only() -> None:
    table = PriceTable.load(env={})
    assert table.lookup("gpt-4.1-mini") == Price(0.40, 1.60)
    assert table.lookup("gpt-4.1-mini-2025-04-14") == Price(0.40, 1.60)
    # similar names are other models, with other prices: no guess
    for model in ("gpt-4o-audio-preview", "gpt-4o-realtime", "gpt-4.1-mini-ft", "gpt-4", "o3"):
        assert table.lookup(model) is None, model


def test_builtin_prices_only_for_openais_own_api() -> None:
    table = PriceTable.load(env={})
    assert table.lookup("gpt-4o", None) is not None
    assert table.lookup("gpt-4o", "https://api.openai.com/v1") is not None
    assert table.lookup("gpt-4o", "http://localhost:8000/v1") is None
    assert table.lookup("gpt-4o", "https://my-proxy.example.com/v1") is None


def test_a_price_file_adds_and_overrides_for_any_endpoint(tmp_path: Path) -> None:
    path = tmp_path / "prices.json"
    mine = {"gpt-4o": {"input": 1, "output": 2}, "llama3.1": {"input": 0, "output": 0}}
    path.write_text(json.dumps(mine))
    by_option = PriceTable.load(path, env={})
    by_env = PriceTable.load(env={"SUMMARIZER_PRICES": str(path)})
    for table in (by_option, by_env):
        local = "http://localhost:11434/v1"
        assert table.lookup("gpt-4o", local) == Price(1, 2, str(path))
        assert table.lookup("llama3.1", local) == Price(0, 0, str(path))
        assert table.lookup("gpt-4.1", None) == Price(2.00, 8.00)  # the rest stays built in
    path.write_text('{"m": {"input": "cheap"}}')
    with pytest.raises(ConfigurationError, match="dollars per million tokens"):
        PriceTable.load(path, env={})


def _summary_cost(model: str, base_url: str | None, prices: PriceTable) -> str:
    settings = Settings(api_key=Secret("sk-x"), base_url=base_url, model=model)
    run = summarize_many([], engine="openai", settings=settings, cache=False)
    stats = BatchStats()
    stats.usage.input_tokens, stats.usage.output_tokens = 1_000_000, 500_000
    return _cost(stats, run, prices)


def test_the_summary_says_where_a_price_comes_from_or_that_it_is_unknown(tmp_path: Path) -> None:
    builtin = _summary_cost("gpt-4.1-mini", None, PriceTable.load(env={}))
    assert builtin.startswith("~$1.2000 ")
    assert f"example list price of {BUILTIN_PRICES_AS_OF}" in builtin

    unknown = _summary_cost("gpt-4.1-mini", "http://localhost:8000/v1", PriceTable.load(env={}))
    assert unknown.startswith("cost unknown") and "$" not in unknown.split("(")[0]
    assert "--prices FILE" in unknown

    path = tmp_path / "p.json"
    path.write_text('{"local-model": {"input": 0.5, "output": 1}}')
    mine = _summary_cost("local-model", "http://localhost:8000/v1", PriceTable.load(path, env={}))
    assert mine.startswith("~$1.0000 ") and str(path) in mine
