"""The regex helpers behind the engine's prefilters: a prefilter must never reject a text its
pattern matches, and a case-folded twin must find exactly what its pattern finds."""

from __future__ import annotations

import importlib
import random
import re
from functools import cache
from pathlib import Path

import pytest

from summarizer.engines.offline import actors, casualties, classify, dates, places, roles
from summarizer.engines.offline._regex import (
    LiteralScan,
    case_folded,
    fold_case,
    required_clauses,
    required_ending,
    required_literals,
)
from summarizer.engines.offline.text import split_sentences

FIXTURES = Path(__file__).resolve().parents[3] / "evals" / "fixtures"
SEALED = FIXTURES / "heldout3"


@cache
def _every_character() -> str:
    return "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)


def test_fold_case_keeps_offsets_and_matches_ignorecase_on_every_code_point() -> None:
    text = _every_character()
    folded = fold_case(text)
    assert len(folded) == len(text)
    for code in range(128):
        char = chr(code)
        ignoring_case = {m.start() for m in re.finditer(re.escape(char), text, re.IGNORECASE)}
        exact = {m.start() for m in re.finditer(re.escape(char), text)}
        in_folded = {m.start() for m in re.finditer(re.escape(char.lower()), folded)}
        assert ignoring_case == in_folded, repr(char)
        assert exact <= in_folded
    for category in (r"\w", r"\d", r"\s", r"."):
        spans = [m.start() for m in re.finditer(category, text)]
        assert spans == [m.start() for m in re.finditer(category, folded)], category


def test_required_literals() -> None:
    assert required_literals(re.compile(r"\b(?:air ?strike|drone strike)\b", re.I)) == {
        "air strike",
        "airstrike",
        "drone strike",
    }
    assert required_literals(re.compile(r"\bIEDs?\b")) == {"ied"}  # "ieds" holds "ied"
    assert required_literals(re.compile(r"\d+ (?:killed|dead)")) == {" killed", " dead"}
    assert required_literals(re.compile(r"(?:killed)?\s+")) is None
    assert required_literals(re.compile(r"[a-z]+|dead")) is None
    assert required_literals(re.compile("café")) == {"caf"}
    assert required_clauses(re.compile(r"\b(?:was|were) (?:\w+ )?(?:killed|shot)", re.I)) == (
        frozenset({"killed", "shot"}),
        frozenset({"was ", "were "}),
    )
    assert required_clauses(re.compile(r"\w+")) is None


def test_case_folded_refuses_forms_it_cannot_twin() -> None:
    assert case_folded(re.compile(r"[A-Z]x", re.I)) is None
    assert case_folded(re.compile(r"(?-i:March)", re.I)) is None
    assert case_folded(re.compile("ſx", re.I)) is None  # the long s is also "s"
    assert case_folded(re.compile(r"(?P<ab>x)(?P=ab)", re.I)) is None
    assert case_folded(re.compile(r"abc")) is None  # already case-sensitive
    twin = case_folded(re.compile(r"(?P<Month>May)\s+[0-3]?\d\b", re.I))
    assert twin is not None
    assert twin.pattern == r"(?P<Month>may)\s+[0-3]?\d\b"


def _patterns() -> list[re.Pattern[str]]:
    found = [classify._VIOLENCE, classify._FIGURATIVE, *classify._PATTERNS]
    found += [p for _, p in casualties._PATTERNS] + list(casualties._NONE.values())
    found += [p for _, p in dates._PATTERNS]
    found += [p for _, _, p in roles._RULES]
    found += [p for p, _ in places._country_patterns()]
    return found


@cache
def _texts() -> list[str]:
    """Fixture sentences, and the same with their case and letters scrambled."""
    rng = random.Random(7)
    sentences: list[str] = []
    for path in sorted(FIXTURES.rglob("*.yaml")):
        if SEALED in path.parents:
            continue  # the sealed split is not run through engine code, nor shown by a failure
        sentences += [s.text for s in split_sentences(path.read_text(encoding="utf-8"))]
    odd = "İıſKΣς’—é"
    texts = list(sentences)
    for sentence in sentences:
        chars = [
            c.upper() if rng.random() < 0.3 else c
            for c in (rng.choice(odd) if rng.random() < 0.02 else c for c in sentence)
        ]
        texts.append("".join(chars))
        words = sentence.split()
        texts.append(" ".join(rng.sample(words, len(words))))
    return texts


@pytest.mark.parametrize("pattern", _patterns(), ids=lambda p: p.pattern[:40])
def test_prefilters_and_twins_agree_with_their_patterns(pattern: re.Pattern[str]) -> None:
    scan = LiteralScan([pattern])
    twin = case_folded(pattern)
    for text in _texts():
        folded = fold_case(text)
        if pattern.search(text):
            assert 0 in scan.candidates(folded), text
        if twin is not None:
            spans = [m.span() for m in pattern.finditer(text)]
            assert spans == [m.span() for m in twin.finditer(folded)], text


def test_required_ending() -> None:
    assert required_ending(re.compile(r"\bby\s+$", re.I)) == {"by"}
    assert required_ending(re.compile(r"x(?:the )?$")) == {"x", "the"}
    assert required_ending(re.compile(r"x(?:a\w+b)\s+$")) == {"b"}
    assert required_ending(re.compile(r"(?:ab|c)?\s*$")) is None
    assert required_ending(re.compile(r"\bby\s+")) is None  # not anchored at the end


@pytest.mark.parametrize(
    "pattern",
    [p for _, side, p in roles._RULES if side == "before"],
    ids=lambda p: p.pattern[:40],
)
def test_required_endings_agree_with_their_patterns(pattern: re.Pattern[str]) -> None:
    ending = required_ending(pattern)
    if ending is None:
        return
    suffixes = tuple(ending)
    for text in _texts():
        for cut in [m.start() for m in re.finditer(r"\b\w", text)] + [len(text)]:
            window = text[max(0, cut - 100) : cut]
            if pattern.search(window):
                assert fold_case(window).rstrip().endswith(suffixes), window


def test_lexicon_trie_finds_what_the_flat_lexicon_pattern_finds() -> None:
    flat, _ = actors._lexicon_pattern()
    trie = actors._lexicon_scan()
    assert trie is not None
    for text in _texts():
        spans = [m.span() for m in flat.finditer(text)]
        assert spans == [m.span() for m in trie.finditer(fold_case(text))], text


def test_one_scan_of_many_patterns_keeps_every_pattern_that_matches() -> None:
    patterns = _patterns()
    scan = LiteralScan(patterns)
    skipped = 0
    for text in _texts():
        possible = scan.candidates(fold_case(text))
        for index, pattern in enumerate(patterns):
            if pattern.search(text):
                assert index in possible, (pattern.pattern[:60], text)
            skipped += index not in possible
    assert skipped  # and it does rule some out


def test_fold_case_is_the_simple_lower_case_re_compares() -> None:
    """Where a twin has a non-ASCII literal, the folded text must hold its lower case exactly
    where ``re.IGNORECASE`` matches it: ``re`` compares each character's simple lower case,
    and a character without case (matched as itself) must be nobody's lower case."""
    lower = importlib.import_module("_sre").unicode_tolower
    cased = importlib.import_module("_sre").unicode_iscased
    special = {"\u0130", "\u0131", "\u017f"}
    text = _every_character()
    folded = fold_case(text)
    for char, fold in zip(text, folded, strict=True):
        if char in special:
            continue
        assert fold == chr(lower(ord(char))), hex(ord(char))
        if fold != char:
            assert cased(ord(fold)), hex(ord(char))


def test_case_folded_twins_of_plain_non_ascii_letters() -> None:
    pattern = re.compile(r"(?<!\w)(?:côte d'ivoire|curaçao|türkiye)(?!\w)", re.I)
    twin = case_folded(pattern)
    assert twin is not None
    for text in ["CÔTE D'IVOIRE", "Côte d'Ivoire", "Curaçao", "CURAÇAO", "TÜRKİYE", "Türkiye"]:
        spans = [m.span() for m in pattern.finditer(text)]
        assert spans == [m.span() for m in twin.finditer(fold_case(text))], text
    assert case_folded(re.compile("σ", re.I)) is None  # sigma has two lower cases


def test_region_words_only_skip_runs_no_region_has() -> None:
    index = places._regions()

    def lookup(candidate: str) -> places.Region | None:
        regions = index.get(places._ARTICLE_PREFIX.sub("", places.fold(candidate)), [])
        return regions[0] if regions else None

    texts = [*_texts(), "Fighting in AL-ANBAR and Al Hasakah", "the Ninawá governorate"]
    for text in texts:
        assert places._name_spans(text, lookup) == places._name_spans(
            text, lookup, known_words=places._region_words()
        ), text
