"""Sieves: a pattern that ignores case but keeps it in parts ("(?-i:[A-Z])") has no twin;
its sieve (the pattern lowered, run on the folded text) may find more, never less, so a
text the sieve finds nothing in is skipped without changing any result."""

from __future__ import annotations

import re

import pytest

from summarizer.engines.offline.casefold import fold_case, sieve_source
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.prefilter import Gated
from summarizer.evals.fixtures import DEFAULT_DIR, load_fixtures

TEXTS = [
    "I think we must act. i think not. We Must. Shot in Kabul; shot in kabul.",
    "A court found Abdul Rahman Khan guilty; a court found abdul khan guilty.",
    "İstanbul ſtreet: the İ and ſ fold to i and s; Ünal and ünal.",
]


@pytest.mark.parametrize(
    "source",
    [
        r"\b(?:(?-i:I (?:think|believe))\b|we must)",
        r"(?:found|declared) (?P<who>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}))\s+guilty",
        r"\bshot (?:in|at) (?-i:[A-Z])",
        r"(?-i:[A-Z]+)\w*",
    ],
)
def test_a_sieve_finds_wherever_its_pattern_does(source: str) -> None:
    sieve = sieve_source(source, re.IGNORECASE)
    assert sieve is not None
    pattern, sifter = re.compile(source, re.IGNORECASE), re.compile(sieve)
    for text in TEXTS:
        folded = fold_case(text)
        for start in range(len(text)):
            if pattern.match(text, start):
                assert sifter.match(folded, start), (text, start)


@pytest.mark.parametrize(
    "source",
    [
        r"x(?!(?-i:[A-Z]))",  # under a negative look-ahead a wider part finds less
        r"(?-i:[^A-Z])",  # a negated class of one case
        r"(?-i:[A-z])",  # a range across cases
        r"(?>(?-i:[A-Z])+)x",  # an atomic group
        r"(?-i:A)++",  # a possessive repeat
        r"(?i-i:x)",
    ],
)
def test_no_sieve_where_the_form_does_not_prove_it(source: str) -> None:
    assert sieve_source(source, re.IGNORECASE) is None


def test_a_sieve_is_only_for_a_pattern_without_a_twin() -> None:
    assert Gated(r"\bkilled\b", re.IGNORECASE)._sieve_source is None  # it has a twin
    assert Gated(r"(?-i:[A-Z])\w+ killed", 0)._sieve_source is None  # it keeps case
    gated = Gated(r"(?-i:[A-Z])\w+ killed", re.IGNORECASE)
    assert gated._sieve_source is not None
    text = "Gunmen Killed two; gunmen killed three."
    assert [m.span() for m in gated.finditer(text, fold_case(text))] == [
        m.span() for m in re.finditer(r"(?-i:[A-Z])\w+ killed", text, re.IGNORECASE)
    ]
    assert gated.search("no capital killed here", "no capital killed here") is None
    assert not gated.sifted("nothing of the sort")


def test_the_lexicons_sieves_find_wherever_their_patterns_do() -> None:
    lexicon = default_lexicon()
    lexicon.literals()
    sieved = [g for g in lexicon._gates if g._sieve_source is not None]
    assert sieved
    sentences = [
        s
        for fixture in load_fixtures([DEFAULT_DIR])[:120]
        for s in re.split(r"(?<=[.!?])\s+", fixture.text)
    ]
    for gated in sieved:
        sifter = re.compile(gated._sieve_source or "", gated.flags & ~re.IGNORECASE)
        for sentence in sentences:
            if gated.pattern.search(sentence):
                assert sifter.search(fold_case(sentence)), (gated.source[:80], sentence)
