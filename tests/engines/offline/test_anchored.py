"""The anchored search finds exactly what ``finditer`` finds, searching near anchors only."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer.engines.offline.anchored import Anchored, Prefixed
from summarizer.engines.offline.casefold import fold_case
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.prefilter import Gated
from summarizer.engines.offline.scan.casualties import CasualtyRules
from summarizer.engines.offline.scan.roles import RoleRules
from summarizer.engines.offline.text import split_sentences

FIXTURES = Path(__file__).resolve().parents[3] / "evals" / "fixtures"

_WORDS = ["the", "a", "at least", r"\d[\d,]*", "armed", r"(?-i:[A-Z])[\w'’.-]*"]
_SOURCE = r"(?<![\w-])(?:(?:{words})\s+){{0,3}}(?P<actor>(?:gunmen|soldiers|army|Hamas))(?![\w-])"


def _spans(finder: Anchored | Gated | Prefixed, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in finder.finditer(text, fold_case(text))]


def _sentences(files: int) -> list[str]:
    """The sentences of the first ``files`` fixture files."""
    return [
        s.text
        for path in sorted(FIXTURES.glob("*.yaml"))[:files]
        for s in split_sentences(path.read_text(encoding="utf-8"))
    ]


def _anchored(words: list[str]) -> tuple[Anchored, Gated]:
    gated = Gated(_SOURCE.format(words="|".join(words)), re.IGNORECASE)
    return Anchored(gated, "gunmen|soldiers|army|hamas", words, re.IGNORECASE), gated


@pytest.mark.parametrize(
    "text",
    [
        "At least 12 armed gunmen attacked the army post, Iraqi soldiers said.",
        'Witnesses said "the gunmen" fled; (Hamas) denied it, at  least\n3 soldiers died.',
        "The armygunmen and the soldiers-led column; at least Soldiers.",
        "Nothing here names an actor at all.",
        "the the the the the army",
    ],
)
def test_same_matches_as_finditer(text: str) -> None:
    anchored, gated = _anchored(_WORDS)
    assert anchored.words is not None  # the words are plain or spaceless: anchored search
    assert _spans(anchored, text) == _spans(gated, text)


def test_a_word_that_may_hold_white_space_leaves_the_pattern_as_it_was() -> None:
    anchored, gated = _anchored([*_WORDS, r"dozens\s+of"])
    assert anchored.words is None
    text = "Dozens  of gunmen attacked."
    assert _spans(anchored, text) == _spans(gated, text) == [(0, 17)]
    assert _anchored([*_WORDS, r"[^x]+"])[0].words is None


def test_a_branch_without_an_anchor_runs_as_before_where_its_mark_is_found() -> None:
    # "the Kuma Brigade": capitalised words, then a type word; no head noun to anchor on
    source = r"(?<![\w-])(?:the\s+)?(?P<actor>gunmen|(?-i:[A-Z]\w+\s+Brigade))(?![\w-])"
    gated = Gated(source, re.IGNORECASE)
    mark = re.compile(r"(?<![\w-])Brigade(?![\w-])")
    text = "The Kuma Brigade and the gunmen fled."
    expected = [(0, 16), (21, 31)]
    assert _spans(gated, text) == expected
    assert _spans(Anchored(gated, "gunmen", ["the"], re.IGNORECASE, unanchored=mark), text) == (
        expected
    )
    # without the mark the brigade, holding no anchor, is missed: the mark is what finds it
    assert _spans(Anchored(gated, "gunmen", ["the"], re.IGNORECASE), text) == [(21, 31)]


def test_the_role_phrase_is_anchored_and_agrees_on_the_fixtures() -> None:
    rules = default_lexicon().rules(RoleRules)
    assert rules.phrase.words is not None and rules.phrase.anchor is not None
    found = 0
    for text in _sentences(60):
        expected = _spans(rules.phrase.gated, text)
        assert _spans(rules.phrase, text) == expected, text
        found += len(expected)
    assert found > 100


# A pattern with a case-sensitive word cannot run on the folded text; its opening can.
_COUNTED = (
    r"\b(?:at\s+least\s+)?(?P<n>\d+|three)\s+(?:(?-i:[A-Z])\w*\s+)?(?:people|soldiers)\s+died"
)


@pytest.mark.parametrize(
    "text",
    [
        "At least 12 Iraqi soldiers died and three people died later.",
        "x-12 people died; 3 3 people died; at least at least 4 soldiers died",
        "AT LEAST 7 PEOPLE DIED, ſome said; 12 iraqi soldiers died",
        "Nothing counted here: 12 died.",
    ],
)
def test_prefixed_finds_the_same_matches_as_finditer(text: str) -> None:
    gated = Gated(_COUNTED, re.IGNORECASE)
    prefixed = Prefixed(gated, r"\b(?:at\s+least\s+)?(?P<n>\d+|three)", re.IGNORECASE)
    assert gated.twin is None and prefixed.prefix.flags & re.IGNORECASE == 0
    assert _spans(prefixed, text) == _spans(gated, text)


def test_the_casualty_patterns_opening_with_a_count_agree_on_the_fixtures() -> None:
    prefixed = [p[1] for p in default_lexicon().rules(CasualtyRules).patterns]
    prefixed = [p for p in prefixed if isinstance(p, Prefixed)]
    assert len(prefixed) >= 4
    found = 0
    for text in _sentences(80):
        for pattern in prefixed:
            expected = _spans(pattern.gated, text)
            assert _spans(pattern, text) == expected, text
            found += len(expected)
    assert found > 20
