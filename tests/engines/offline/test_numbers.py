from __future__ import annotations

import re

import pytest

from summarizer.engines.offline.numbers import NUMBER, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12", 12),
        ("1,200", 1200),
        ("three", 3),
        ("twenty-five", 25),
        ("twenty five", 25),
        ("a dozen", 12),
        ("two dozen", 24),
        ("a hundred", 100),
        ("one hundred and twenty", 120),
        ("Forty", 40),
        ("zero", 0),
    ],
)
def test_definite_counts(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["several", "dozens", "many", "", "scores"])
def test_vague_words_are_not_numbers(text: str) -> None:
    assert parse_number(text) is None


def test_pattern_does_not_read_articles_as_numbers() -> None:
    assert re.fullmatch(NUMBER, "a") is None
    assert re.fullmatch(NUMBER, "a dozen")
