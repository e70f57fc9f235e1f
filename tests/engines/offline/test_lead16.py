"""Lead, session 16: a second source's toll worded as a bound ("put the toll above 60", "the
number of dead at no fewer than 65") spans the brief's killed range like one given plainly.
Sentences written for these tests."""

from __future__ import annotations

from summarizer import summarize
from summarizer.schema import CasualtyRange


def _killed(text: str) -> CasualtyRange | None:
    return summarize(text, engine="offline").killed


def test_a_second_source_toll_given_as_a_bound_spans_the_range() -> None:
    above = (
        "A truck bomb wrecked the provincial council building on Friday; officials said 31 "
        "people were killed, while doctors at the main hospital put the toll above 50."
    )
    assert _killed(above) == CasualtyRange(min=31, max=50)
    no_fewer = (
        "A mob stormed the housing estate on Thursday, hacking residents and burning homes, "
        "and police recovered 18 bodies. Survivors put the number of dead at no fewer than 40."
    )
    assert _killed(no_fewer) == CasualtyRange(min=18, max=40)


def test_a_bound_that_is_no_toll_changes_nothing() -> None:
    # counter-example: "above" before a figure that counts no dead
    text = (
        "The temperature was above 40 degrees when gunmen shot dead three farmers in their "
        "fields on Monday, police said."
    )
    assert _killed(text) == CasualtyRange(min=3, max=3)
