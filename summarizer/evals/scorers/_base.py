"""The result every scorer returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["FieldScore", "choices"]


@dataclass(frozen=True)
class FieldScore:
    """A score in [0, 1], what was expected and produced, and an optional note on the diff."""

    score: float
    expected: Any
    produced: Any
    note: str | None = None


def choices(label: Any) -> list[Any]:
    """A label that is a list of acceptable values, or a single value as a one-item list."""
    return list(label) if isinstance(label, list) else [label]
