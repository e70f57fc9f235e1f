"""Estimated cost of a batch: tokens times a price table, in US dollars per million tokens.

The built-in table holds list prices of a few OpenAI models as published when this was
written; prices change, so treat the figure as an estimate and keep your own table in a
JSON file, given by ``--prices FILE`` or ``$SUMMARIZER_PRICES``::

    {"gpt-4.1-mini": {"input": 0.40, "output": 1.60},
     "llama3.1":     {"input": 0, "output": 0}}

Entries of the file replace or add to the built-in ones. A model is looked up by its exact
name, else by the longest table name it starts with (``gpt-4.1-mini-2025-04-14`` is priced
as ``gpt-4.1-mini``). The offline engine costs nothing.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from summarizer.errors import ConfigurationError

__all__ = ["DEFAULT_PRICES", "Price", "PriceTable"]


@dataclass(frozen=True)
class Price:
    """US dollars per million input (prompt) and output (completion) tokens."""

    input: float
    output: float

    def cost(self, input_tokens: int, output_tokens: int) -> float:
        return (input_tokens * self.input + output_tokens * self.output) / 1_000_000


DEFAULT_PRICES: dict[str, Price] = {
    "gpt-4.1": Price(2.00, 8.00),
    "gpt-4.1-mini": Price(0.40, 1.60),
    "gpt-4.1-nano": Price(0.10, 0.40),
    "gpt-4o": Price(2.50, 10.00),
    "gpt-4o-mini": Price(0.15, 0.60),
}


class PriceTable:
    """Model name to :class:`Price`, with prefix look-up."""

    def __init__(self, prices: Mapping[str, Price] | None = None) -> None:
        self.prices = dict(DEFAULT_PRICES if prices is None else prices)

    @classmethod
    def load(
        cls, path: str | Path | None = None, env: Mapping[str, str] | None = None
    ) -> PriceTable:
        """The built-in table, updated from ``path`` (else ``$SUMMARIZER_PRICES``) if given."""
        env = os.environ if env is None else env
        source = path or env.get("SUMMARIZER_PRICES") or None
        table = cls()
        if source is not None:
            table.prices.update(_read(Path(source)))
        return table

    def lookup(self, model: str) -> Price | None:
        """The price of ``model``, or None when the table has none."""
        if model in self.prices:
            return self.prices[model]
        matches = [name for name in self.prices if model.startswith(name)]
        return self.prices[max(matches, key=len)] if matches else None


def _read(path: Path) -> dict[str, Price]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigurationError(f"price table {path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"price table {path}: cannot read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise ConfigurationError(f"price table {path}: not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise ConfigurationError(f"price table {path}: expected an object of models")
    prices = {}
    for model, entry in data.items():
        try:
            prices[model] = Price(float(entry["input"]), float(entry["output"]))
        except (TypeError, KeyError, ValueError):
            raise ConfigurationError(
                f'price table {path}: model {model!r} needs {{"input": N, "output": N}} '
                "in dollars per million tokens"
            ) from None
    return prices
