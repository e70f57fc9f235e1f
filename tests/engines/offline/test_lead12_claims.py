"""Session 12 (lead): what a speaker called the attack is a claim ("X called the killing a
cowardly attack", "X described it as a massacre"); calling something else is not."""

from __future__ import annotations

import pytest

from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.scan.quotes import find_claim

ENGINE = OfflineEngine()


@pytest.mark.parametrize(
    ("text", "source", "word"),
    [
        ("The mayor called the bombing an act of cowards.", "The mayor", "cowards"),
        (
            "Human Rights Watch described the killings as a massacre of unarmed villagers.",
            "Human Rights Watch",
            "massacre",
        ),
        (
            "President Ana Ruiz, who flew to the town, called it a national tragedy.",
            "President Ana Ruiz",
            "tragedy",
        ),
    ],
)
def test_what_a_speaker_called_the_attack_is_a_claim(text: str, source: str, word: str) -> None:
    claim = find_claim(text, ENGINE.lexicon)
    assert claim is not None
    assert claim.source == source
    assert word in claim.says


def test_calling_something_else_is_no_claim() -> None:
    assert find_claim("The coach called it a day after the second half.", ENGINE.lexicon) is None
