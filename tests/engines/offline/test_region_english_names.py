"""Indonesia's provinces by the English names the press uses ("Central Sulawesi", "East
Java"; ISO writes them in Indonesian), and the Philippine province of Maguindanao as it was
named before its split (issue 13; sentences written for these tests)."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine

ENGINE = OfflineEngine()


@pytest.mark.parametrize(
    ("text", "admin1", "code"),
    [
        (
            "Militants shot dead two farmers near Poso, Central Sulawesi, on Monday.",
            "Central Sulawesi",
            "ID",
        ),
        ("A bomb exploded outside a church in Sidoarjo, East Java, on Sunday.", "East Java", "ID"),
        (
            "Police killed a suspected militant in Medan, North Sumatra, on Friday.",
            "North Sumatra",
            "ID",
        ),
        (
            "Gunmen ambushed a convoy in Shariff Aguak, Maguindanao, on Tuesday.",
            "Maguindanao",
            "PH",
        ),
    ],
)
def test_a_province_named_in_english_is_the_region(text: str, admin1: str, code: str) -> None:
    location = ENGINE.summarize(Article.from_text(text)).location
    assert (location.admin1, location.country_code) == (admin1, code), location
