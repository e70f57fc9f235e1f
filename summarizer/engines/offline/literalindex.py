"""The literals a text holds, found in one pass over its words (:class:`LiteralIndex`).

Every :class:`~.prefilter.Gated` pattern of a lexicon names the literals its matches need;
the index knows them all, and tells, for a case-folded text (:class:`Folded`), which of the
gates' clauses it satisfies, so that a gate checks a set rather than the text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import reduce
from operator import itemgetter, or_
from typing import TYPE_CHECKING, Any

try:  # Aho-Corasick in C: every literal a text holds in one pass (see LiteralIndex.fold)
    import ahocorasick
except ImportError:  # pragma: no cover (a dependency; the runs below give the same sets)
    ahocorasick = None

from summarizer.engines.offline.casefold import fold_case
from summarizer.engines.offline.patternstore import store

if TYPE_CHECKING:
    from summarizer.engines.offline.prefilter import Gated

__all__ = ["Folded", "LiteralIndex", "bits", "numbers"]


class Folded(str):
    """A case-folded text, with the clauses of one :class:`LiteralIndex` it satisfies (it
    holds one of the clause's literals): as bits of one number (``mask``: bit n for clause
    n; a gate's check is then one ``&`` of two numbers, and the union of the clauses of a
    sentence's literals one ``|`` a literal, a third of what sets of numbers cost)."""

    owner: LiteralIndex | None = None
    mask: int = 0

    @property
    def satisfied(self) -> frozenset[int]:
        """The numbers of the clauses the text satisfies (``mask``'s bits)."""
        return numbers(self.mask)


class LiteralIndex:
    """Every literal the gates of one lexicon look for, found in a text in one pass: by an
    Aho-Corasick automaton of them all (:meth:`fold`), or over its words (:meth:`fold_runs`).

    Over its words: a literal of word characters only ("killed") lies inside one run of word characters of
    any text that holds it, so the literals a text holds are those inside its runs; each run
    ("gunmen", "2024") is read once and remembered, and a sentence's runs are mostly known
    words. A literal with other characters ("tear gas", "self-detonat") is looked for in the
    text only when its longest run of word characters (its *key*) is inside one of the
    text's runs."""

    #: How many distinct runs are remembered before the memory starts afresh.
    MEMORY = 200_000

    def __init__(self, gates: list[Gated]) -> None:
        # kept in the pattern store, keyed by the gates' patterns (building it cost a new
        # process some 30 ms; reading it back, 4)
        name = store_name(gates)
        parts = store().reading(name, _INDEX, lambda: _index(gates))
        if len(parts[0]) != len(gates):  # a stored index that is not of these gates (a
            # store another build of the engine wrote): made again, and the entry replaced
            store().forget(name, _INDEX)
            parts = store().reading(name, _INDEX, lambda: _index(gates))
        ids, self.satisfies, self._pieces, bare, self._longest = parts
        for gated, its in zip(gates, ids, strict=True):
            gated.ids, gated.mask, gated.owner = its, bits(its), self
        #: phrases without a word character, and their clauses: looked for always
        self._bare: list[tuple[str, frozenset[int]]] = list(bare)
        self._runs: dict[str, _Known] = {}
        self._automaton = _automaton(self.satisfies)

    def fold(self, text: str) -> Folded:
        """``text`` case-folded, with the literals it holds: the clauses of every literal
        inside it, found by the automaton of all literals in one pass (a third of what
        :meth:`fold_runs` costs in Python), else by :meth:`fold_runs` (the same set)."""
        if self._automaton is None:
            return self.fold_runs(text)
        folded = Folded(fold_case(text))
        folded.owner = self
        folded.mask = reduce(or_, map(_CLAUSES, self._automaton.iter(folded)), 0)
        return folded

    def fold_runs(self, text: str) -> Folded:
        """:meth:`fold` without the automaton: from the text's runs of word characters."""
        folded = Folded(fold_case(text))
        folded.owner = self
        memory = self._runs
        found = []
        for run in set(_RUN.findall(folded)):
            known = memory.get(run)
            if known is None:
                known = self._read(run)
                if len(memory) >= self.MEMORY:
                    memory.clear()
                memory[run] = known
            if known is not _NOTHING:
                found.append(known)
        satisfied = set().union(*[ids for ids, _ in found])
        # a key inside several runs ("rate": "separate", "moderate") names its phrases once;
        # a phrase whose clauses the text already satisfies is not looked for (most phrases
        # of a whole article: the search is what costs)
        pending: dict[str, frozenset[int]] = {}
        for _, phrases in found:
            pending.update(phrases)
        for phrase, clauses in (*pending.items(), *self._bare):
            if not clauses <= satisfied and phrase in folded:
                satisfied |= clauses
        folded.mask = bits(satisfied)
        return folded

    def _read(self, run: str) -> _Known:
        """The clauses of the word literals inside ``run``, and the phrases whose key is,
        with their clauses (less those whose clauses the run's words satisfy already: where
        the run is, they are)."""
        pieces = self._pieces
        ids: set[int] = set()
        phrases: list[str] = []
        for start in range(len(run)):
            for end in range(start + 1, min(len(run), start + self._longest) + 1):
                piece = pieces.get(run[start:end])
                if piece is not None:
                    ids |= piece[0]
                    phrases += piece[1]
        if not ids and not phrases:
            return _NOTHING
        satisfies = self.satisfies
        return frozenset(ids), tuple(
            (phrase, satisfies[phrase])
            for phrase in dict.fromkeys(phrases)
            if not satisfies[phrase] <= ids
        )


def _index(gates: list[Gated]) -> tuple[Any, ...]:
    """A :class:`LiteralIndex`'s parts as plain values: each gate's clause numbers; each
    literal's clauses (``satisfies``); each piece (a word literal, or a phrase's key: its
    longest run of word characters) with the word literal's clauses and the phrases to look
    for in a text whose runs hold the piece; the phrases without a word character; the
    longest piece's length."""
    numbers: dict[frozenset[str], int] = {}
    owners: dict[str, set[int]] = {}  # literal: the clauses it satisfies
    ids = []
    for gated in gates:
        its = []
        for clause in gated.sets:
            number = numbers.setdefault(clause, len(numbers))
            its.append(number)
            for literal in sorted(clause):  # (a set's order varies from process to process)
                owners.setdefault(literal, set()).add(number)
        ids.append(frozenset(its))
    satisfies = {literal: frozenset(its) for literal, its in owners.items()}
    pieces: dict[str, tuple[frozenset[int], tuple[str, ...]]] = {}
    bare = []
    phrases: dict[str, list[str]] = {}
    for literal in owners:
        runs = _RUN.findall(literal)
        if runs == [literal]:
            pieces[literal] = (satisfies[literal], ())
        elif runs:
            phrases.setdefault(max(runs, key=len), []).append(literal)
        else:
            bare.append((literal, satisfies[literal]))
    for key, found in phrases.items():
        word_ids = pieces.get(key, _NOTHING)[0]
        pieces[key] = (word_ids, tuple(sorted(found)))
    longest = max((len(piece) for piece in pieces), default=0)
    return tuple(ids), satisfies, pieces, tuple(sorted(bare)), longest


def _automaton(satisfies: dict[str, frozenset[int]]) -> Any:
    """An Aho-Corasick automaton of every literal, each holding its clauses' bits (None without
    the module, or with one built for bytes). Some 7,000 literals: 6 ms at a process's
    first brief."""
    if ahocorasick is None or ahocorasick.unicode != 1:  # pragma: no cover
        return None
    automaton = ahocorasick.Automaton()
    for literal, clauses in satisfies.items():
        automaton.add_word(literal, bits(clauses))
    automaton.make_automaton()
    return automaton


def bits(clauses: Iterable[int]) -> int:
    """The number whose bits are ``clauses`` (clause numbers)."""
    mask = 0
    for clause in clauses:
        mask |= 1 << clause
    return mask


def numbers(mask: int) -> frozenset[int]:
    """The clause numbers that are bits of ``mask``."""
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return frozenset(out)


#: What :meth:`LiteralIndex.fold` reads off the automaton's (end, clauses) pairs.
_CLAUSES = itemgetter(1)

#: The flags under which the store keeps a literal index: none a pattern compiles with.
_INDEX = -4


def store_name(gates: list[Gated]) -> str:
    """The name the pattern store keeps the index of ``gates`` under: a hash of their
    patterns."""
    key = hashlib.sha256("\n".join(f"{g.flags} {g.source}" for g in gates).encode())
    return f"literal index {key.hexdigest()}"


#: A run of word characters.
_RUN = re.compile(r"\w+")
#: What a text's run holds: the clauses its word literals satisfy, and the phrases to look
#: for in the text (each with the clauses it satisfies).
_Known = tuple[frozenset[int], tuple[tuple[str, frozenset[int]], ...]]
#: What a run without any literal or key inside holds (most runs).
_NOTHING: _Known = (frozenset(), ())
