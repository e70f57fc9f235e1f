"""The offline engine's evidence marks the words each value came from."""

from __future__ import annotations

from datetime import date

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine

TEXT = (
    "Gunmen attack a market in Maiduguri\n\n"
    "MAIDUGURI, Nigeria - Gunmen on motorbikes opened fire on traders at a market in "
    "Maiduguri on Sunday, killing eleven people and wounding six, police said.\n\n"
    "Residents said the attackers also set fire to several stalls with petrol before fleeing."
)


def test_each_marked_phrase_is_the_value_in_its_sentence() -> None:
    brief = OfflineEngine().summarize(Article(text=TEXT, published=date(2024, 6, 4)))
    marked = {e.field: e for e in brief.evidence if e.phrase is not None}
    for entry in marked.values():
        assert entry.phrase_start is not None and entry.phrase_end is not None
        assert TEXT[entry.phrase_start : entry.phrase_end] == entry.phrase
        assert entry.start is not None and entry.end is not None
        assert entry.start <= entry.phrase_start < entry.phrase_end <= entry.end
    assert brief.date == "2024-06-02" and marked["date"].phrase == "Sunday"
    assert brief.killed is not None and brief.killed.min == 11
    assert "eleven" in marked["killed"].phrase
    assert "six" in marked["injured"].phrase
    assert marked["location"].phrase in {"Maiduguri", "Nigeria", "MAIDUGURI"}
    # the third sentence adds no figure: cited whole when it is cited at all
    unmarked = [e for e in brief.evidence if e.phrase is None]
    assert all(e.phrase_start is None and e.phrase_end is None for e in unmarked)
