"""Branches: an alternation of named branches, run on each text as the alternation of the
branches whose literals the text holds, finds what the whole alternation finds."""

from __future__ import annotations

import re

from summarizer.engines.offline.branches import Branches
from summarizer.engines.offline.casefold import fold_case
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan.weapons import WeaponRules
from summarizer.evals.fixtures import DEFAULT_DIR, load_fixtures

ROWS = [
    ("a", r"car bombs?"),
    ("b", r"car"),  # never wins where "car bomb" does: the earlier branch comes first
    ("c", r"(?<!fake )guns?\b"),
    ("d", r"bomb(?:er|ing)?s?\b"),
    ("e", r"\bknife|stabbed"),
]

TEXTS = [
    "A car bomb and a car: the bomber fled; a fake gun, then guns.",
    "Nothing here at all.",
    "He was stabbed with a KNIFE near the Car Park; bombings followed.",
    "carbomb car-bomb CAR BOMBS",
]


def _spans(matches: object) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in matches]  # type: ignore[attr-defined]


def test_the_chosen_branches_find_what_the_whole_alternation_finds() -> None:
    branches = Branches(r"(?<!\w)", ROWS, re.IGNORECASE)
    whole = re.compile(branches.alternation(range(len(ROWS))), re.IGNORECASE)
    for text in TEXTS:
        expected = _spans(whole.finditer(text))
        assert _spans(branches.finditer(text, fold_case(text))) == expected, text
    # a text with some rows' words only runs those rows ("car" but no "car bomb", no
    # "gun"), and finds the same
    branches._chosen.clear()
    assert _spans(branches.finditer(TEXTS[2], fold_case(TEXTS[2]))) == [
        (7, 14, "e"),
        (22, 27, "e"),
        (37, 40, "b"),
        (47, 55, "d"),
    ]
    assert list(branches._chosen) == [(1, 3, 4)]


def test_a_text_without_any_row_s_words_is_not_searched() -> None:
    branches = Branches(r"(?<!\w)", ROWS, re.IGNORECASE)
    assert list(branches.finditer(TEXTS[1], fold_case(TEXTS[1]))) == []
    assert branches._chosen == {}


def test_the_weapon_table_finds_on_every_fixture_what_its_whole_pattern_finds() -> None:
    lexicon = default_lexicon()
    pattern = lexicon.rules(WeaponRules).pattern
    checked = 0
    for fixture in load_fixtures([DEFAULT_DIR])[:150]:
        for line in fixture.text.split("\n"):
            folded = lexicon.fold(line)
            expected = _spans(pattern.whole.finditer(line, folded))
            assert _spans(pattern.finditer(line, folded)) == expected, line
            checked += bool(expected)
    assert checked > 20
