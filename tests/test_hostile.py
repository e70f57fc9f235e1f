"""Hostile text (summarizer/evals/hostile.py) ends in a valid brief or a one-line InputError.

How long each takes is measured by ``make bench-hostile``, not here; this checks
what comes out: a brief whose quotes are spans of the article and whose other text fields
are single lines with no control character, or an ``InputError``.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import pytest

from summarizer import summarize
from summarizer.article import Article
from summarizer.errors import InputError
from summarizer.evals.hostile import HOSTILE
from summarizer.grounding import is_grounded
from summarizer.schema import IncidentBrief

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _texts(value: Any, key: str = "") -> list[tuple[str, str]]:
    """Every (key, string) in a dumped brief, nested ones included."""
    if isinstance(value, str):
        return [(key, value)]
    if isinstance(value, dict):
        return [pair for k, v in value.items() for pair in _texts(v, k)]
    if isinstance(value, list):
        return [pair for v in value for pair in _texts(v, key)]
    return []


def check_brief(brief: IncidentBrief, text: str) -> None:
    """Quotes are spans of the article; every other string is one clean line."""
    article = Article.from_text(text).text
    IncidentBrief.model_validate(brief.model_dump(mode="json"), context={"article": article})
    for key, value in _texts(brief.model_dump(mode="json")):
        if key == "quote":
            assert is_grounded(value, article), value
        else:
            assert not _CONTROL.search(value), (key, value)
            assert value == value.strip() and "  " not in value, (key, value)
            assert all(unicodedata.category(c) != "Zl" for c in value), (key, value)


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_gives_a_clean_brief_or_an_input_error(name: str) -> None:
    text = HOSTILE[name]()
    try:
        brief = summarize(text, engine="offline")
    except InputError as exc:
        message = str(exc)
        assert message and "\n" not in message
        assert "input budget" in message  # these are refused for their size only
        return
    check_brief(brief, text)
