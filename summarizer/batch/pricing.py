"""Estimated cost of a batch: tokens times a price table, in US dollars per million tokens.

The built-in table is a handful of **example list prices**: OpenAI's standard-tier prices
per million tokens for a few models, as listed in April 2025 (:data:`BUILTIN_PRICES_AS_OF`;
third-party price listings still showed the same figures in March 2026). They ignore
cached-input and Batch API discounts, and prices change: treat the figure as an estimate,
and give your own table in a JSON file with ``--prices FILE`` or ``$SUMMARIZER_PRICES``::

    {"gpt-4.1-mini": {"input": 0.40, "output": 1.60},
     "llama3.1":     {"input": 0, "output": 0}}

Entries of the file replace or add to the built-in ones. The built-in prices apply only to
OpenAI's own API (no ``OPENAI_BASE_URL``, or one on api.openai.com): a proxy, Azure or a
local server bills differently, so it needs a file. A model is priced by its exact name,
or by its name without a dated-snapshot suffix (``gpt-4.1-mini-2025-04-14`` as
``gpt-4.1-mini``); any other model has no price and its cost is reported as unknown,
never guessed from a similar name (``gpt-4o-audio-preview`` is not ``gpt-4o``). The
offline engine costs nothing.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from summarizer.errors import ConfigurationError

__all__ = ["BUILTIN", "BUILTIN_PRICES_AS_OF", "DEFAULT_PRICES", "Price", "PriceTable"]

#: When the built-in example prices were listed (year-month).
BUILTIN_PRICES_AS_OF = "2025-04"
#: The :attr:`Price.source` of a built-in price.
BUILTIN = "built-in"

_SNAPSHOT = re.compile(r"-\d{4}-\d{2}-\d{2}$")
_OPENAI_HOSTS = frozenset({"api.openai.com"})


@dataclass(frozen=True)
class Price:
    """US dollars per million input (prompt) and output (completion) tokens."""

    input: float
    output: float
    #: :data:`BUILTIN`, or the file the price was read from.
    source: str = BUILTIN

    @property
    def builtin(self) -> bool:
        return self.source == BUILTIN

    def cost(self, input_tokens: int, output_tokens: int) -> float:
        return (input_tokens * self.input + output_tokens * self.output) / 1_000_000


#: Example list prices (standard tier) of OpenAI's API as of :data:`BUILTIN_PRICES_AS_OF`.
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

    def lookup(self, model: str, base_url: str | None = None) -> Price | None:
        """The price of ``model`` at the endpoint ``base_url`` (None: OpenAI's API), or None
        when the table has none (see the module docstring)."""
        for name in (model, _SNAPSHOT.sub("", model)):
            price = self.prices.get(name)
            if price is not None and (not price.builtin or _is_openai(base_url)):
                return price
        return None


def _is_openai(base_url: str | None) -> bool:
    if not base_url:
        return True
    return (urlsplit(base_url).hostname or "").lower() in _OPENAI_HOSTS


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
            prices[model] = Price(float(entry["input"]), float(entry["output"]), str(path))
        except (TypeError, KeyError, ValueError):
            raise ConfigurationError(
                f'price table {path}: model {model!r} needs {{"input": N, "output": N}} '
                "in dollars per million tokens"
            ) from None
    return prices
