"""Branches: an alternation of named branches, run on each text as the alternation of the
branches whose literals the text holds, finds what the whole alternation finds."""

from __future__ import annotations

import re

import pytest

from summarizer.engines.offline.branches import Branches, alternatives
from summarizer.engines.offline.casefold import fold_case
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.prefilter import Gated, LiteralIndex
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
    # "gun"), one by one (no alternation of them built), and finds the same
    branches._chosen.clear()
    assert _spans(branches.finditer(TEXTS[2], fold_case(TEXTS[2]))) == [
        (7, 14, "e"),
        (22, 27, "e"),
        (37, 40, "b"),
        (47, 55, "d"),
    ]
    assert branches._chosen == {}


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


def test_an_alternation_is_cut_into_its_prefix_and_branches() -> None:
    assert alternatives(r"\b(?:a|b(?:c|d)|[|)]x)") == (r"\b", ["a", "b(?:c|d)", "[|)]x"])
    assert alternatives(r"a|b\|c|(?:d|e)f") == ("", ["a", r"b\|c", "(?:d|e)f"])
    assert alternatives(r"(?<!\w)(?:x|(?-i:Y))") == (r"(?<!\w)", ["x", "(?-i:Y)"])


def test_a_pattern_whose_branches_cannot_stand_alone_is_not_cut() -> None:
    assert alternatives(r"\b(?:a|b)\b") is None  # something after the group
    assert alternatives(r"\b(?:(a)|b)") is None  # a group that captures: numbers would move
    assert alternatives(r"\b(?:(?P<n>a)|b)") is None
    assert alternatives(r"(?:(?:a)|b)\1") is None  # a back reference
    assert alternatives(r"(?i)a|b") is None  # flags for the whole pattern


def test_a_split_pattern_finds_what_the_whole_pattern_finds() -> None:
    cues = [f"word{i} (?:one|two|three|four|five|six)" for i in range(8)]
    cues += ["shar(?:ed|ing)", "word1 one more"]
    source = r"\b(?:" + "|".join(cues) + ")"
    gated = Gated(source, re.IGNORECASE)
    assert gated._split is not None and len(gated._split.parts) == 10
    index = LiteralIndex([gated, *gated._split.parts])
    whole = re.compile(source, re.IGNORECASE)
    texts = [
        "Word1 one more time, word3 TWO and sharing.",
        "word1 one more",  # the earlier branch wins where both match
        "nothing at all; word9 one",
        "Shared word7 two word0 one",
    ]
    for text in texts:
        folded = index.fold(text)
        assert _spans(gated.finditer(text, folded)) == _spans(whole.finditer(text)), text
        found = gated.search(text, folded)
        expected = whole.search(text)
        assert (found and found.span()) == (expected and expected.span())
        assert gated.count(text, folded) == len(whole.findall(text))
        match = gated.match(text, folded)
        assert (match and match.span()) == (whole.match(text) and whole.match(text).span())  # type: ignore[union-attr]
    # the text's words chose four branches, run one by one (no alternation built)
    gated._split._chosen.clear()
    list(gated.finditer(texts[0], index.fold(texts[0])))
    assert list(gated._split._chosen) == [(1, 3, 8, 9)]
    assert gated._split._chosen[(1, 3, 8, 9)]._alternation is None


@pytest.mark.parametrize(
    ("prefix", "extra"),
    [
        (r"\b", r"x*"),  # a branch that matches empty text: the alternation's scan rules
        (r"(?:the )?", r"word1"),  # a prefix of two ways: branch order is not enough
    ],
)
def test_a_set_of_branches_runs_as_its_alternation_where_one_by_one_could_differ(
    prefix: str, extra: str
) -> None:
    cues = [f"word{i} (?:one|two|three|four|five|six)" for i in range(8)]
    source = prefix + "(?:" + "|".join([*cues, extra, "the word2 one"]) + ")"
    gated = Gated(source, re.IGNORECASE)
    assert gated._split is not None
    index = LiteralIndex([gated, *gated._split.parts])
    whole = re.compile(source, re.IGNORECASE)
    for text in ["the word1 one, the word2 one xx word1 two", "word3 three  x"]:
        folded = index.fold(text)
        assert _spans(gated.finditer(text, folded)) == _spans(whole.finditer(text)), text
        assert gated.count(text, folded) == len(whole.findall(text))
        found = gated.search(text, folded)
        assert (found and found.span()) == whole.search(text).span()  # type: ignore[union-attr]
    runners = list(gated._split._chosen.values())
    assert runners and any(r._alternation is not None for r in runners)


def test_the_alternations_of_chosen_branches_stay_out_of_the_pattern_store() -> None:
    """Thousands of them would swell the store every process loads whole (its file grew by
    a third, a process's memory by 35 MB); they are compiled in the process instead."""
    from summarizer.engines.offline.patternstore import store

    branches = Branches(r"(?<!\w)", ROWS, re.IGNORECASE)
    text = "A gunman stabbed a guard with a knife."
    before = (len(store()._readings), len(store()._codes))
    chosen = [i for i, part in enumerate(branches.parts) if part.possible(fold_case(text))]
    assert 0 < len(chosen) < len(ROWS)  # a subset of the branches runs
    found = _spans(branches.finditer(text, fold_case(text)))
    whole = re.compile(branches.alternation(range(len(ROWS))), re.IGNORECASE)
    assert found == _spans(whole.finditer(text)) != []
    subset = branches.alternation(chosen)
    assert all(key[0] != subset for key in store()._readings)
    assert all(key[0] != subset for key in store()._codes)
    assert (len(store()._readings), len(store()._codes)) == before
