"""Memoisation for the engine's pure text scanners.

A brief asks the same question of a sentence several times (the date finder runs for the
main date, for background detection and for related incidents; the classifier for the
vote and for related incidents). The scanners are pure functions of their arguments, so
their answers are cached, bounded, and handed out as fresh lists.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import ParamSpec, TypeVar

__all__ = ["CACHE_SIZE", "clear_caches", "memo_list", "register"]

P = ParamSpec("P")
T = TypeVar("T")
CACHE_SIZE = 4096
_CLEARS: list[Callable[[], None]] = []


def register(clear: Callable[[], None]) -> None:
    """Have :func:`clear_caches` clear one more cache."""
    _CLEARS.append(clear)


def clear_caches() -> None:
    """Forget every cached answer (benchmarks use this so a round never reuses the last)."""
    for clear in _CLEARS:
        clear()


def memo_list(function: Callable[P, list[T]]) -> Callable[P, list[T]]:
    """``function`` with its results cached by positional arguments (which must be hashable)."""

    @lru_cache(maxsize=CACHE_SIZE)
    def cached(*args: object) -> tuple[T, ...]:
        return tuple(function(*args))  # type: ignore[arg-type, call-arg]

    _CLEARS.append(cached.cache_clear)

    @wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> list[T]:
        if kwargs:
            return function(*args, **kwargs)
        return list(cached(*args))

    return wrapper
