"""Which of many gated patterns a text can hold, found from the text's literals at once.

A stage that tries a list of gated patterns in order (the event cue rules, some 200; the
role rules; a weapon table's branches) asked each gate in turn whether the sentence holds
its literals: hundreds of calls a sentence, nearly all of them no. A :class:`GateSet` files
each gate under one of its clauses (the numbers a :class:`~.literalindex.LiteralIndex` gave
them), so that a sentence folded by that index (:class:`~.literalindex.Folded`) meets only
the gates filed under a clause it satisfies: a gate whose literals the sentence lacks costs
nothing, is not even looked at. The rule: :meth:`GateSet.possible` gives exactly the
positions of the gates whose :meth:`~.prefilter.Gated.possible` is true, in their order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from summarizer.engines.offline.literalindex import bits

if TYPE_CHECKING:
    from summarizer.engines.offline.prefilter import Gated

__all__ = ["GateSet"]


class GateSet:
    """Gates in order, filed by clause once a literal index knows them all (module
    docstring)."""

    __slots__ = ("_always", "_by_clause", "_keys", "_owner", "gates")

    def __init__(self, gates: Sequence[Gated]) -> None:
        self.gates = tuple(gates)
        self._owner: object = None
        #: clause number: the gates filed under it (position, all their clauses as bits)
        self._by_clause: dict[int, list[tuple[int, int]]] = {}
        self._keys = 0  # the clauses gates are filed under, as bits
        #: the gates without a clause: every text passes them
        self._always: list[int] = []

    def possible(self, folded: str) -> list[int]:
        """The positions, in order, of the gates that let the text ``folded`` was folded
        from through (each gate's :meth:`~.prefilter.Gated.possible`)."""
        owner = getattr(folded, "owner", None)
        if owner is None or not self.knows(owner):
            return [i for i, gate in enumerate(self.gates) if gate.possible(folded)]
        return self.chosen(folded.mask)  # type: ignore[attr-defined]

    def knows(self, owner: object) -> bool:
        """Are the gates filed under the clause numbers ``owner`` (a literal index) gave
        them? (Filed now if it knows them all.)"""
        return owner is self._owner or self._file(owner)

    def chosen(self, mask: int) -> list[int]:
        """The positions, in order, of the gates whose clauses are all bits of ``mask``
        (a :class:`~.literalindex.Folded` text's, of the index the gates are filed by)."""
        out = self._always.copy()
        by_clause = self._by_clause
        hits = self._keys & mask
        while hits:
            low = hits & -hits
            out += [i for i, need in by_clause[low.bit_length() - 1] if mask & need == need]
            hits ^= low
        out.sort()
        return out

    def _file(self, owner: object) -> bool:
        """File the gates under the clause numbers ``owner`` (a literal index) gave them;
        False when it does not know them all (each gate then checks the text itself)."""
        if any(gate.owner is not owner for gate in self.gates):
            return False
        by_clause: dict[int, list[tuple[int, int]]] = {}
        always = []
        for i, gate in enumerate(self.gates):
            if gate.ids:
                by_clause.setdefault(min(gate.ids), []).append((i, gate.mask))
            else:
                always.append(i)
        self._by_clause, self._keys, self._always = by_clause, bits(by_clause), always
        self._owner = owner
        return True
