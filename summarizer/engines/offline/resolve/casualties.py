"""Killed and injured in the main incident, as the range of the totals sources give.

Rule: every figure in the main sentences counts (:mod:`..scan.casualties`), but for one in a
clause about an earlier incident (", a day after a knife attack killed three"; not one that
brings the toll to a total after it, nor one after the main clause takes up again: "marking
the anniversary of the killing of X, killing 84"); a range spans
the distinct totals, zeros dropped when a source gives more ("no one was killed" beside
"two died"). With no figure for deaths, "no reports of deaths", or "no one was hurt" beside
an injured figure of 0, means none were killed. With no figure at all, the people the brief
names as killed (or injured) are the count: "X was shot dead" is one killed. The attackers'
own dead ("four of the assailants were shot dead") and one person by role ("killing a
commander") are no total beside another figure of their kind; the attacker's own death told
apart from the toll ("the bomber also died") adds one to its top, unless the toll says it
counts the attackers ("22 dead, including the two attackers": 20 to 22); a part ("58 of
them", "the hospital alone received 11 bodies") is a total only above every other. "Twenty other people died"
adds the people named as killed before it, as does "four aides were also killed" with no
figure before it (and with one before it but not in that sentence or the one before, it is a
part of that toll, no total: "... Two cameramen were also killed"); more people named as killed than any figure
gives ("two journalists and a guide") are the count. A kind the body gives no figure of
takes the title's ("Gunmen killed 152 refugees in camp raid"; the lead cited). The sentences
giving the kept totals are the evidence.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.resolve import Work
from summarizer.engines.offline.scan.casualties import CasualtyRules, find_casualties
from summarizer.engines.offline.text import fold
from summarizer.schema import CasualtyRange, CasualtyStatus, NamedCasualty

__all__ = ["casualties"]


def casualties(
    work: Work, named: Sequence[NamedCasualty] = ()
) -> tuple[CasualtyRange | None, CasualtyRange | None]:
    """(killed, injured) ranges (module docstring); cites the sentences they come from.
    ``named``: the people the brief names as killed or injured, who count when no figure
    is given."""
    rules = work.lexicon.rules(CasualtyRules)
    found: dict[str, list[tuple[int, Sentence]]] = {"killed": [], "injured": []}
    own: dict[str, list[tuple[int, Sentence]]] = {"killed": [], "injured": []}
    parts: dict[str, list[tuple[int, Sentence]]] = {"killed": [], "injured": []}
    attackers: list[Sentence] = []  # "the bomber also died": told apart from the toll
    counted = False  # "22 dead, including the two attackers": the toll counts them
    for sentence in work.main:
        elsewhere = work.told_elsewhere(sentence)  # "..., a day after ... killed three"
        for figure in sentence.casualties:
            if (
                elsewhere is not None
                and figure.start >= elsewhere
                # "..., bringing the toll to 23"
                and not rules.cumulative.search(
                    sentence.text, max(0, figure.start - 30), figure.end
                )
                and not _resumed(sentence, elsewhere, figure.start, figure.end, rules)
            ):
                continue
            if figure.own > 0:
                attackers.append(sentence)
                continue
            counted |= figure.own < 0
            count = figure.count
            if figure.others:  # "Hariri was killed... Twenty other people died": 21
                count += _named_before(work, named, figure.kind, sentence, figure.at)
            kept = found[figure.kind]
            # "... wounding nine others. Two civilians were also wounded": 11 (the figure
            # before it in the sentence or the one before)
            if figure.also and kept and kept[-1][1].index >= sentence.index - 1:
                before, cited = kept.pop()
                work.cite(figure.kind, cited)
                count += before
            elif figure.also and not figure.others and not kept:
                # "X was shot dead... Four aides were also killed": 5
                count += _named_before(work, named, figure.kind, sentence, figure.at)
            elif figure.also and not figure.others:
                # "... Two cameramen were also killed" paragraphs after the toll: a part of it,
                # no total of its own
                own[figure.kind].append((count, sentence))
                continue
            (own if figure.alone else found)[figure.kind].append((count, sentence))
            if figure.part:
                parts[figure.kind].append((count, sentence))
    for kind, figures in own.items():  # "killing a commander" alone is the figure
        if not any(count for count, _ in found[kind]):
            found[kind] += figures
        else:  # "43 killed ... the hospital alone received 58 bodies": at least 58
            top = max(count for count, _ in found[kind])
            found[kind] += [(c, s) for c, s in parts[kind] if c > top]
    titled = _title_counts(work)
    ranges: dict[str, CasualtyRange | None] = {}
    for kind, figures in found.items():
        if not figures and titled[kind]:  # "Gunmen killed 152 refugees" in the title only
            ranges[kind] = CasualtyRange(min=min(titled[kind]), max=max(titled[kind]))
            work.cite(kind, work.main[0])  # the lead the title heads
            continue
        if not figures:
            ranges[kind] = None
            continue
        counts = sorted({count for count, _ in figures})
        counts = [c for c in counts if c > 0] or counts
        ranges[kind] = CasualtyRange(min=counts[0], max=counts[-1])
        for count, sentence in figures:
            if count in counts:
                work.cite(kind, sentence)
    toll = ranges["killed"]
    if toll is not None and toll.max > 0 and attackers and not counted:
        # "Five were killed ... The attacker died too": five, and six with him
        ranges["killed"] = CasualtyRange(min=toll.min, max=toll.max + 1)
        work.cite("killed", attackers[0])
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
    for kind, status in (("killed", CasualtyStatus.killed), ("injured", CasualtyStatus.injured)):
        count = sum(1 for person in named if person.status == status)
        given = ranges[kind]
        if given is not None and 0 < given.max < count:  # "two journalists and a guide"
            ranges[kind] = CasualtyRange(min=count, max=count)
        if ranges[kind] is None and count:  # "X was shot dead": one killed, not none given
            ranges[kind] = CasualtyRange(min=count, max=count)
            for sentence in work.evidence.get("named_casualties", []):
                work.cite(kind, sentence)
    return ranges["killed"], ranges["injured"]


def _title_counts(work: Work) -> dict[str, list[int]]:
    """The totals the title gives, by kind (none of one person named by role, none of 0):
    the count when the body gives no figure of that kind."""
    counts: dict[str, list[int]] = {"killed": [], "injured": []}
    title = work.doc.title
    if title and work.main:
        for figure in find_casualties(title, work.lexicon):
            if figure.count and not figure.alone:
                counts[figure.kind].append(figure.count)
    return counts


def _resumed(
    sentence: Sentence, elsewhere: int, start: int, end: int, rules: CasualtyRules
) -> bool:
    """Whether the main clause takes up again between the clause about another time (at
    ``elsewhere``) and a figure at ``start``-``end`` ("the anniversary of the killing of X,
    killing 84"), with no figure of that other time between them."""
    resumed = None
    for match in rules.resumes.finditer(sentence.text, elsewhere, end):
        if match.start() <= start:
            resumed = match
    if resumed is None:
        return False
    return not any(elsewhere <= f.start < resumed.start() for f in sentence.casualties)


def _named_before(
    work: Work, named: Sequence[NamedCasualty], kind: str, sentence: Sentence, start: int
) -> int:
    """How many of the people the brief names as ``kind`` the article names before
    ``start`` of ``sentence`` (where the figure's count stands: "killed X and Y, along with
    eight other people" counts X and Y)."""
    names = {fold(p.name) for p in named if p.status.value == kind}
    seen: set[str] = set()
    for earlier in work.main:
        if earlier.index > sentence.index:
            break
        for mention in earlier.people:
            if earlier.index == sentence.index and mention.end > start:
                continue
            key = fold(mention.name)
            seen |= {name for name in names if key in name or name in key}
    return len(seen)
