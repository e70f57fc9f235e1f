"""Cue lists as one pattern: grouped by first character (:func:`~.patterns.dispatch`), they
must find exactly what the plain alternation of the list finds."""

from __future__ import annotations

import random
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.numbers import NUMBER
from summarizer.engines.offline.patterns import cue_source, dispatch, expand
from summarizer.engines.offline.text import split_sentences

FIXTURES = Path(__file__).resolve().parents[3] / "evals" / "fixtures"
CASELESS = re.IGNORECASE


def _plain(items: list[str], flags: int = CASELESS) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(items) + ")", flags)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(0)) for m in pattern.finditer(text)]


def test_the_first_cue_that_fits_still_wins() -> None:
    items = ["kill", "killed", "GDP", "grew", "(?:rose|fell) by", r"\btrial\b", "rates?"]
    grouped = dispatch(items, CASELESS)
    assert grouped is not None and len(grouped) < len(items)
    text = "They killed him; GDP grew, rates rose by 2 and FELL BY 3 at the Trial. Kill."
    assert _found(re.compile(cue_source(items), CASELESS), text) == _found(_plain(items), text)
    first = [m.group(0) for m in re.finditer(cue_source(items), text, CASELESS)][:2]
    assert first == ["kill", "GDP"]


def test_a_cue_of_unread_first_character_keeps_its_place() -> None:
    # the groups it could share a first character with close before it and open again after
    assert dispatch([r"\w+ed", "killed"], CASELESS) == [r"\w+ed", "k(?:illed)"]
    assert dispatch(["killed", r"\w+ed", "kills"], CASELESS) == [
        "k(?:illed)",
        r"\w+ed",
        "k(?:ills)",
    ]
    # "a?bc" may begin with "a" or "b", not "k": the "k" group stays open across it
    assert dispatch(["kill", "a?bc", "kills", "b", "bad"], CASELESS) == [
        "a?bc",
        "k(?:ill|ills)",
        "b(?:|ad)",
    ]


def test_a_list_it_cannot_read_is_left_as_it_is() -> None:
    assert dispatch(["(?P<n>\\d+) dead", "died"], CASELESS) is None  # a capturing group
    assert dispatch(["shot|stabbed", "shelled"], CASELESS) is None  # an alternation of its own
    assert cue_source(["Killed", "kills"], 0) == r"\b(?:Killed|kills)"  # case kept: as written


@cache
def _texts() -> list[str]:
    rng = random.Random(7)
    odd = "İıſKÉéßΣσς’“”—"
    texts = []
    for path in sorted(FIXTURES.glob("*.yaml"))[:40]:
        for sentence in split_sentences(path.read_text(encoding="utf-8")):
            texts.append(sentence.text)
            mixed = (
                rng.choice(odd) if rng.random() < 0.02 else c.upper() if rng.random() < 0.3 else c
                for c in sentence.text
            )
            texts.append("".join(mixed))
    return texts


def _lists() -> list[list[str]]:
    data = default_lexicon()
    genres = data.section("genres")["kinds"]
    events = data.section("events")
    lists = [kind["cues"] for kind in genres]
    lists += [kind["title"] for kind in genres if "title" in kind]
    lists.append([cue for kind in genres for cue in kind["cues"] if "(?-i:" not in cue])
    for name in ("violence", "figurative"):  # as the counters read them
        lists.append([cue for cue in events[name] if "(?-i:" not in cue])
    return [list(items) for items in lists]


@pytest.mark.parametrize("index", range(len(_lists())))
def test_the_vocabulary_s_cue_lists_find_the_same_grouped(index: int) -> None:
    items = _lists()[index]
    grouped = re.compile(cue_source(items), CASELESS)
    plain = _plain(items)
    for text in _texts():
        assert _found(grouped, text) == _found(plain, text), (items[:3], text[:60])


def _plain_expand(template: str, fragments: dict[str, Any]) -> str:
    """:func:`expand` as it read before lists were grouped: each list a plain alternation."""

    def replace(match: re.Match[str]) -> str:
        value = fragments[match.group(1)]
        text = value if isinstance(value, str) else "(?:" + "|".join(value) + ")"
        return _plain_expand(text, fragments)

    return re.sub(r"\{@(\w+)\}", replace, template)


def test_a_template_s_lists_are_grouped_keeping_case() -> None:
    fragments: dict[str, Any] = {
        "verb": ["killed", "kills", "shot", "struck"],
        "who": ["Shia", "suspected"],
    }
    assert expand("{@verb}", fragments) == "(?:k(?:illed|ills)|s(?:hot|truck))"
    assert expand("{@who}", fragments) == "(?:Shia|suspected)"  # "S" and "s": left as written


@pytest.mark.parametrize("section", ["roles", "casualties"])
def test_the_vocabulary_s_templates_find_the_same_grouped(section: str) -> None:
    data = default_lexicon().section(section)
    fragments = {**data["fragments"], "number": NUMBER}  # as the casualty rules add it
    templates = [p["pattern"] for p in data.get("rules", data.get("patterns", []))]
    assert templates
    for template in templates:
        grouped = re.compile(expand(template, fragments), CASELESS)
        plain = re.compile(_plain_expand(template, fragments), CASELESS)
        for text in _texts()[::3]:
            found = [(m.span(), m.groups()) for m in grouped.finditer(text)]
            assert found == [(m.span(), m.groups()) for m in plain.finditer(text)], template[:60]
