"""The gates and twins behind the span finders: a gate must never skip a text its pattern
matches, and a twin must find exactly what its pattern finds, with the original's words."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from summarizer.article import Article
from summarizer.engines.offline import prefilter
from summarizer.engines.offline.casefold import fold_case, twin
from summarizer.engines.offline.document import Document
from summarizer.engines.offline.lexicon import Lexicon, default_lexicon
from summarizer.engines.offline.literals import required_clauses, required_literals
from summarizer.engines.offline.pipeline import RULE_BUILDERS
from summarizer.engines.offline.prefilter import Gated
from summarizer.engines.offline.text import split_sentences

FIXTURES = Path(__file__).resolve().parents[3] / "evals" / "fixtures"


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


def test_twins_only_where_the_form_proves_them() -> None:
    assert twin(re.compile(r"[A-Z]x", re.I)) is None
    assert twin(re.compile(r"(?-i:March)", re.I)) is None
    assert twin(re.compile("ſx", re.I)) is None  # the long s is also "s"
    assert twin(re.compile(r"killed", 0)) is None  # already case-sensitive
    made = twin(re.compile(r"(?P<who>Gunmen|Troops) (?:KILLED|shot)", re.I))
    assert made is not None and made.pattern == "(?P<who>gunmen|troops) (?:killed|shot)"


def test_a_twin_s_match_reads_the_original_words() -> None:
    gated = Gated(re.compile(r"(?P<who>gunmen|troops) (?:killed|shot)", re.I))
    assert gated.twin is not None
    text = "Masked GUNMEN Killed two."
    match = gated.search(text, fold_case(text))
    assert match is not None and match.group("who") == "GUNMEN"
    assert match.group(0) == "GUNMEN Killed" and match.span() == (7, 20)
    assert gated.search("Troops arrived.", "troops arrived.") is None


def _gates(value: Any, seen: set[int]) -> Iterator[Gated]:
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, Gated):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _gates(item, seen)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _gates(item, seen)
    elif hasattr(value, "__dict__"):
        for item in vars(value).values():
            yield from _gates(item, seen)


@cache
def _every_gate() -> list[Gated]:
    lexicon = default_lexicon()
    seen: set[int] = set()
    return [g for build in RULE_BUILDERS for g in _gates(lexicon.rules(build), seen)]


@cache
def _texts() -> list[str]:
    """Fixture sentences, and the same with letters upper-cased at random, odd characters
    mixed in and words shuffled: what a gate or twin would get wrong shows up here."""
    rng = random.Random(13)
    sentences = [
        s.text
        for path in sorted(FIXTURES.glob("*.yaml"))[:30]
        for s in split_sentences(path.read_text(encoding="utf-8"))
    ]
    odd = "İıſKÉéßΣσς’“”—"
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


def test_the_engine_has_gated_patterns_and_twins() -> None:
    gates = _every_gate()
    assert len(gates) > 60
    assert sum(g.twin is not None for g in gates) > len(gates) // 2
    assert sum(bool(g.clauses) for g in gates) > len(gates) // 2


@pytest.mark.parametrize("index", range(0, 120, 4))
def test_gates_and_twins_agree_with_their_patterns(index: int) -> None:
    gates = _every_gate()[index : index + 4]
    literals = default_lexicon().literals()
    for gated in gates:
        assert gated.owner is literals  # every gate's literals are in the lexicon's index
        for text in _texts():
            folded = fold_case(text)
            expected = [(m.span(), m.group(0)) for m in gated.pattern.finditer(text)]
            if expected:
                assert gated.possible(folded), (gated.pattern.pattern[:60], text)
            # one pass over the text for every literal decides as the gate's own check does
            assert gated.possible(literals.fold(text)) == gated.possible(folded), text
            found = [(m.span(), m.group(0)) for m in gated.finditer(text, folded)]
            assert found == expected, (gated.pattern.pattern[:60], text)


def test_a_text_satisfies_exactly_the_clauses_of_the_literals_it_holds() -> None:
    # LiteralIndex.fold finds literals with an Aho-Corasick automaton, fold_runs by runs of
    # word characters, skipping phrases whose clauses are already met: both sets must be
    # what a plain search for every literal gives, on whole articles (where most phrases are
    # skipped), their sentences and texts of other scripts and cases.
    literals = default_lexicon().literals()
    assert literals._automaton is not None  # the C module is installed, and used
    texts = [
        "İSTANBUL — Straße, ΣΟΦΟΣ and ſelf-detonating tear-gas 🙂 at the GUNMEN'S base.",
        "A bomb went off; police fired tear gas (two killed, 1,200 hurt) in Diyarbakır.",
    ]
    for path in sorted(FIXTURES.glob("*.yaml"))[:40]:
        article = path.read_text(encoding="utf-8")
        texts.append(article)
        texts += [s.text for s in split_sentences(article)[:6]]
    for text in texts:
        folded = fold_case(text)
        expected = {
            number
            for literal, numbers in literals.satisfies.items()
            if literal in folded
            for number in numbers
        }
        assert literals.fold(text).satisfied == expected, text[:60]
        assert literals.fold_runs(text).satisfied == expected, text[:60]


def test_a_whole_article_s_folded_text_passes_the_gates_its_literal_set_would() -> None:
    # Document.folded is the article case-folded without its literal set (few gates ask
    # about a whole article): each gate must decide on it as on the literal set.
    lexicon = default_lexicon()
    gates = [g for g in _every_gate() if g.clauses]
    for path in sorted(FIXTURES.glob("*.yaml"))[:25]:
        doc = Document(Article.from_text(path.read_text(encoding="utf-8")), lexicon)
        indexed = lexicon.fold(doc.text)
        assert doc.folded == indexed
        decided = [g.possible(doc.folded) for g in gates]
        assert decided == [g.possible(indexed) for g in gates], path.name
        assert any(decided) and not all(decided)


def test_a_literal_index_read_back_from_the_store_is_the_one_built() -> None:
    """The index is kept in the pattern store: the stored parts must be the built ones."""
    lexicon = Lexicon()
    index = lexicon.literals()
    built = prefilter._index(lexicon._gates)
    assert tuple(gate.ids for gate in lexicon._gates) == built[0]
    assert (index.satisfies, index._pieces, tuple(index._bare), index._longest) == built[1:]
    text = "Gunmen opened fire on a bus near Kabul, killing 12; a self-detonating vest."
    again = prefilter.LiteralIndex(lexicon._gates)
    assert again.fold(text).satisfied == index.fold(text).satisfied != frozenset()


def test_a_stored_index_of_other_gates_is_made_again_not_trusted() -> None:
    """A store another build of the engine wrote may hold, under the same name, an index
    that is not of these gates: it is rebuilt, never zipped against the wrong gates (a
    brief failed with "zip() argument 2 is shorter than argument 1" when helpers' builds
    shared one store)."""
    from summarizer.engines.offline.literalindex import _INDEX, store_name
    from summarizer.engines.offline.patternstore import store

    lexicon = Lexicon()
    lexicon.literals()  # (the gates are all known once the index is)
    gates = lexicon._gates
    name = store_name(gates)
    built = prefilter._index(gates)
    bogus = (built[0][:-3], *built[1:])  # three gates short
    store().forget(name, _INDEX)
    store().reading(name, _INDEX, lambda: bogus)
    try:
        index = prefilter.LiteralIndex(gates)
        assert tuple(gate.ids for gate in gates) == built[0]
        text = "Gunmen opened fire on a bus near Kabul, killing 12; a self-detonating vest."
        assert index.fold(text).satisfied == lexicon.literals().fold(text).satisfied
        assert len(store().reading(name, _INDEX, lambda: bogus)[0]) == len(gates)
    finally:
        store().forget(name, _INDEX)
