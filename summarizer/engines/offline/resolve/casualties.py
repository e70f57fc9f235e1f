"""Killed and injured in the main incident, as the range of the totals sources give.

Rule: every figure in the main sentences counts (:mod:`..scan.casualties`); a range spans
the distinct totals, zeros dropped when a source gives more ("no one was killed" beside
"two died"). With no figure for deaths, "no reports of deaths", or "no one was hurt" beside
an injured figure of 0, means none were killed. The sentences giving the kept totals are
the evidence.
"""

from __future__ import annotations

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.resolve import Work
from summarizer.schema import CasualtyRange

__all__ = ["casualties"]


def casualties(work: Work) -> tuple[CasualtyRange | None, CasualtyRange | None]:
    """(killed, injured) ranges (module docstring); cites the sentences they come from."""
    found: dict[str, list[tuple[int, Sentence]]] = {"killed": [], "injured": []}
    for sentence in work.main:
        for figure in sentence.casualties:
            found[figure.kind].append((figure.count, sentence))
    ranges: dict[str, CasualtyRange | None] = {}
    for kind, figures in found.items():
        if not figures:
            ranges[kind] = None
            continue
        counts = sorted({count for count, _ in figures})
        counts = [c for c in counts if c > 0] or counts
        ranges[kind] = CasualtyRange(min=counts[0], max=counts[-1])
        for count, sentence in figures:
            if count in counts:
                work.cite(kind, sentence)
    if ranges["killed"] is None:
        # "no one was hurt" means no one was killed either; "no reports of deaths"
        for sentence in work.main:
            cues = sentence.zero_cues
            if cues.no_deaths or (
                ranges["injured"] is not None and ranges["injured"].max == 0 and cues.no_one_hurt
            ):
                ranges["killed"] = CasualtyRange(min=0, max=0)
                work.cite("killed", sentence)
                break
    return ranges["killed"], ranges["injured"]
