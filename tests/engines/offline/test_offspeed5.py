"""The offline engine's speed machinery of session 14 (offspeed5), which must never change a
brief:

- :class:`~summarizer.engines.offline.gateset.GateSet`: which of many gated patterns a
  sentence can hold, read off the sentence's literal set at once, must be exactly the gates
  whose own check lets it through, in order (the event cue rules, the role rules, a weapon
  table's branches; random gates and sentences);
- :func:`~summarizer.engines.offline.regroup.regroup`: an alternation of many branches
  grouped by first character must find exactly what it found before (random branch lists
  and texts; the branch whose first characters are a class keeps its place), and leave a
  pattern that ignores case as it is.

Sentences and word lists written for these tests.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.engines.offline import prefilter
from summarizer.engines.offline.branches import alternatives
from summarizer.engines.offline.casefold import fold_case
from summarizer.engines.offline.gateset import GateSet
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.prefilter import Gated, LiteralIndex
from summarizer.engines.offline.regroup import regroup
from summarizer.engines.offline.scan.cues import CueRules
from summarizer.engines.offline.scan.genre import GenreRules
from summarizer.engines.offline.scan.roles import RoleRules
from summarizer.engines.offline.text import split_sentences

FIXTURES = Path(__file__).resolve().parents[3] / "evals" / "fixtures"

_OWN = [
    "Gunmen stormed a police post outside the town before dawn, killing two officers.",
    "The army said it had retaken the bridge after a day of heavy fighting with rebels.",
    "Protesters marched on the ministry; riot police fired tear gas and rubber bullets.",
    "A roadside bomb tore through a minibus, and the driver was wounded.",
    "Nobody has said who planted the device, the governor told reporters on Monday.",
    "The weather was mild and the market reopened.",
]


def _sentences() -> list[str]:
    texts = list(_OWN)
    for path in sorted(FIXTURES.glob("*.yaml"))[:20]:
        texts += [s.text for s in split_sentences(path.read_text(encoding="utf-8"))]
    return texts


def _loop(gates: tuple[Gated, ...], folded: str) -> list[int]:
    return [i for i, gate in enumerate(gates) if gate.possible(folded)]


def test_a_gate_set_names_exactly_the_gates_a_sentence_passes() -> None:
    lexicon = default_lexicon()
    literals = lexicon.literals()
    sets = [lexicon.rules(CueRules).cues, lexicon.rules(RoleRules).gates]
    passed = 0
    for text in _sentences():
        folded = lexicon.fold(text)
        for gates in sets:
            chosen = gates.possible(folded)
            assert chosen == _loop(gates.gates, folded), text
            # a text without its literal set: each gate checks the text itself, alike
            assert gates.possible(fold_case(text)) == chosen, text
            passed += len(chosen)
    assert all(gates._owner is literals for gates in sets)  # filed by clause, not looped
    assert passed  # some sentence passes some gate
    # the quiet sentence passes few of the cue rules, the gunmen's many more
    quiet, violent = (len(sets[0].possible(lexicon.fold(t))) for t in (_OWN[-1], _OWN[0]))
    assert quiet < violent


_WORDS = ["killed", "wounded", "bomb", "troops", "seized", "the", "town", "fire", "gas", "at"]
_PIECES = st.sampled_from(
    [
        *_WORDS,
        r"(?:shot|stabbed) dead",
        r"tear ?gas",
        r"\d+ (?:killed|dead)",
        r"(?<!no )bomb(?:ing|s)?",
        r"fire(?:d|s)? (?:at|on)",
        r"[a-z]+ed the town",
        r"troops?",
    ]
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(_PIECES, min_size=1, max_size=3), min_size=1, max_size=12),
    st.lists(st.lists(st.sampled_from([*_WORDS, "no", "3", "Shot", "dead", ","]), max_size=9)),
)
def test_random_gate_sets_agree_with_their_gates(
    patterns: list[list[str]], sentences: list[list[str]]
) -> None:
    gates: list[Gated] = []
    token = prefilter.collecting(gates)
    try:
        for pieces in patterns:
            Gated(r"\b" + r"\W+".join(pieces), re.IGNORECASE)
    finally:
        prefilter.done(token)
    index = LiteralIndex(gates)
    chosen = GateSet(gates)
    for words in sentences:
        folded = index.fold(" ".join(words))
        assert chosen.possible(folded) == _loop(tuple(gates), folded)


_BRANCHES = st.sampled_from(
    [
        "kill",
        "killed",
        "kidnap(?:ped|ping)?",
        "k(?:nife|nives)",
        "t",
        "ta",
        "tall",
        "tear gas",
        "troops?",
        "[st]a(?:ll)?",
        r"\d+ dead",
        "(?:shot|stabbed) dead",
        "(?:set|sets) fire",
        "(?<!no )bomb",
        "b(?:omb|last)s?",
        "s(?:hot|hell)",
        r"[a-z]+ed",
        "(?:a|)tack",
        "at",
        "a(?:ttack|t)",
        "the",
        "theft",
        "them",
        "thirteen",
        r"\d?ta",
        r"\d{1,2}th",
        "",
    ]
)
_TEXT = st.lists(
    st.sampled_from(
        (
            "kill|killed|kidnapped|knife|tall|ta|t|tear gas|troops|sa|stall|12 dead|shot dead|"
            "set fire|no bomb|bomb|blasts|shell|tack|attack|at|looted|,|.|the|theft|them|3ta|13th|"
            "thirteen|them all"
        ).split("|")
    ),
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from([r"\b", r"(?<![\w-])", ""]),
    st.lists(_BRANCHES, min_size=8, max_size=20),
    st.lists(_TEXT, min_size=1, max_size=4),
)
def test_a_regrouped_alternation_finds_what_it_found(
    prefix: str, branches: list[str], texts: list[list[str]]
) -> None:
    source = f"{prefix}(?:{'|'.join(branches)})"
    grouped = re.compile(regroup(source, 0))
    plain = re.compile(source)
    for words in texts:
        text = " ".join(words)
        assert [m.span() for m in grouped.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], (source, text)


def test_regrouping_groups_branches_and_keeps_a_class_in_its_place() -> None:
    branches = ["kill", "[st]a", "tall", "kidnap", "knife", "tear gas", "troops", "bomb"]
    source = rf"\b(?:{'|'.join(branches)})"
    grouped = regroup(source, 0)
    assert len(alternatives(grouped)[1]) < len(branches)  # the k's as one group
    assert "k(?:i(?:ll|dnap)|nife)" in grouped  # and the i's within them
    # "[st]a" may open with "t": "tall" must stay after it ("ta" is found, not "tall")
    assert re.search(grouped, "a tall tale").group(0) == "ta"
    assert grouped.index("[st]a") < grouped.index("all")
    # a pattern that ignores case ("T" and "t") is left as it is
    assert regroup(source, re.IGNORECASE) == source
    assert regroup(r"\b(?:kill|knife)", 0) == r"\b(?:kill|knife)"  # too few to gain


def test_the_genre_words_run_regrouped_and_find_the_same() -> None:
    lexicon = default_lexicon()
    body = lexicon.rules(GenreRules).body[0]
    twin = body.twin
    assert twin is not None and body._twin_source is not None
    assert len(alternatives(twin.pattern)[1]) < len(alternatives(body._twin_source)[1])
    whole = re.compile(body._twin_source, twin.flags)
    for path in sorted(FIXTURES.glob("*.yaml"))[:60]:
        folded = fold_case(path.read_text(encoding="utf-8"))
        assert [m.span() for m in twin.finditer(folded)] == [
            m.span() for m in whole.finditer(folded)
        ], path.name
