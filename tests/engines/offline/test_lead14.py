"""Session 14 (lead): tolls in wordings fresh probes of real attacks showed missed: one
person named by two words before the noun ("a tribal council elder was shot dead"), the
wounded who "escaped with" wounds or were "hit by stray bullets", one person "taken to
hospital in a serious condition"."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.scan.casualties import find_casualties

ENGINE = OfflineEngine()


def _figures(text: str) -> list[tuple[str, int]]:
    return [(f.kind, f.count) for f in find_casualties(text, ENGINE.lexicon)]


def _brief(text: str, published: str = "2020-06-04"):  # type: ignore[no-untyped-def]
    return ENGINE.summarize(Article.from_text(text, published=published))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A tribal council elder was shot dead outside the mosque.", ("killed", 1)),
        ("A local radio journalist later died in hospital.", ("killed", 1)),
        ("A young Afghan soldier was seriously wounded.", ("injured", 1)),
        ("Three shopkeepers escaped with minor wounds.", ("injured", 3)),
        ("Four children playing nearby were hit by stray bullets.", ("injured", 4)),
        ("A seventh passenger was taken to hospital in a critical condition.", ("injured", 1)),
    ],
)
def test_tolls_in_fresh_wordings(text: str, figure: tuple[str, int]) -> None:
    assert figure in _figures(text)


def test_struck_by_bullets_counts_people_not_buildings() -> None:
    assert ("injured", 2) not in _figures("Two buildings were hit by shrapnel.")
    assert ("injured", 2) in _figures("Two guards were hit by shrapnel.")


def test_a_brief_counts_the_wounded_beside_the_dead() -> None:
    brief = _brief(
        "Gunmen stopped a minibus on the highway on Monday and shot dead four passengers, "
        "police said. Two more passengers escaped with gunshot wounds and were treated at "
        "the district clinic."
    )
    assert brief.killed is not None and (brief.killed.min, brief.killed.max) == (4, 4)
    assert brief.injured is not None and (brief.injured.min, brief.injured.max) == (2, 2)
