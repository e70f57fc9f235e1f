"""A pattern of many named branches, run on each text as the pattern of the branches it can hold.

A table compiled into one alternation (the weapons: ``(?<!\\w)(?:(?P<w0>...)|(?P<w1>...)|...)``,
one named group a row) costs ``re`` every branch at every word of a text, although a
sentence names at most a weapon or two: a branch opens with a group, so ``re`` cannot skip
it on its first character. :class:`Branches` gates each branch as well as the whole
(:class:`~.prefilter.Gated`: the literals every match of ``PREFIX(?:BRANCH)`` holds), and
on a text runs the alternation of only the branches whose gates let it through, in their
order, with their names. It finds what the whole pattern finds: at any place, the whole
pattern's match is its first branch that matches there, and a branch left out matches
nowhere in the text. The alternations are compiled on first use, through the pattern store
(a new process then parses none), and kept.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from summarizer.engines.offline.prefilter import Gated, Match, collecting, done

__all__ = ["Branches"]

_EMPTY: Iterator[Match] = iter(())


class Branches:
    """``PREFIX(?:(?P<NAME>BRANCH)|...)`` (``branches``: (name, source) pairs; ``flags``
    for all), searched as the alternation of the branches a text can hold (module
    docstring)."""

    #: How many alternations of chosen branches are kept before the memory starts afresh.
    MEMORY = 4096

    def __init__(self, prefix: str, branches: Sequence[tuple[str, str]], flags: int) -> None:
        self.prefix = prefix
        self.flags = flags
        self.sources = [f"(?P<{name}>{source})" for name, source in branches]
        #: The whole alternation, gated (what :meth:`finditer` finds).
        self.whole = Gated(self.alternation(range(len(self.sources))), flags)
        self.parts = [Gated(f"{prefix}(?:{source})", flags) for _, source in branches]
        self._chosen: dict[tuple[int, ...], Gated] = {}

    def alternation(self, chosen: Sequence[int] | range) -> str:
        """The source of the alternation of the ``chosen`` branches (numbers, in order)."""
        return f"{self.prefix}(?:{'|'.join(self.sources[i] for i in chosen)})"

    def finditer(self, text: str, folded: str) -> Iterator[Match]:
        """Every match of the whole alternation in ``text``, leftmost first, as
        :meth:`~.prefilter.Gated.finditer` gives them (``folded``: the text case-folded)."""
        if not self.whole.possible(folded):
            return _EMPTY
        chosen = tuple(i for i, part in enumerate(self.parts) if part.possible(folded))
        if not chosen:
            return _EMPTY
        if len(chosen) == len(self.parts):
            return self.whole.finditer(text, folded)
        pattern = self._chosen.get(chosen)
        if pattern is None:
            if len(self._chosen) >= self.MEMORY:
                self._chosen.clear()
            token = collecting([])  # no lexicon's gate: its branches' gates stand for it
            try:
                pattern = Gated(self.alternation(chosen), self.flags)
            finally:
                done(token)
            self._chosen[chosen] = pattern
        return pattern.finditer(text, folded, checked=True)
