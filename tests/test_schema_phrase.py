"""The phrase check's shortcut for equal texts agrees with same_text."""

from __future__ import annotations

import pytest

from summarizer.alignment import same_text
from summarizer.schema import _same_phrase


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("12 people", "12 people"),
        ("  ", "  "),
        ("", ""),
        ("Al-Bab", "al\u2013bab"),
        ("killed", "wounded"),
        ("\u201cgunmen\u201d", '"Gunmen"'),
    ],
)
def test_same_phrase_agrees_with_same_text(text: str, phrase: str) -> None:
    assert _same_phrase(text, phrase) == same_text(text, phrase)


def test_equal_texts_need_a_word() -> None:
    assert _same_phrase("12 people", "12 people")
    assert not _same_phrase(" \n", " \n")
