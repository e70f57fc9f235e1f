"""Kinds of miss the sealed split heldout8 showed after its one scoring (issue 13), each
fixed generally and tested on the tests' own sentences, none of them the split's."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import IncidentBrief


def _brief(text: str, title: str | None = None) -> IncidentBrief:
    return OfflineEngine().summarize(Article.from_text(text, title=title, published="2024-05-20"))


def _sub(brief: IncidentBrief) -> str | None:
    return brief.sub_event_type.value if brief.sub_event_type else None


@pytest.mark.parametrize(
    ("text", "sub_event"),
    [
        (
            "Iraqi troops rolled into the centre of Ramadi on Monday.",
            "government_regains_territory",
        ),
        (
            "Rebel fighters swept into the heart of Goma on Sunday.",
            "non_state_actor_overtakes_territory",
        ),
        (
            "The port was returning to government control, the army said.",
            "government_regains_territory",
        ),
    ],
)
def test_troops_rolling_into_a_town_take_it(text: str, sub_event: str) -> None:
    assert _sub(_brief(text)) == sub_event


def test_a_column_rolling_into_a_city_is_no_accident_report() -> None:
    brief = _brief(
        "Army columns rolled into the centre of Mosul on Tuesday, hours after the last "
        "militants fled across the river, and residents cheered them in the main square.",
        title="Troops roll into Mosul as militants pull back",
    )
    assert brief.incident is True
    assert "accident" not in brief.summary
    # a vehicle that rolled over is still an accident's word
    assert (
        _brief("A minibus rolled over on a mountain pass and fell into a gorge.").incident is False
    )


def test_a_hyphenated_count_opens_no_actor() -> None:
    brief = _brief(
        "Forty-two Malian soldiers were killed when fighters stormed an army post at Boulkessi."
    )
    assert all(not t.name.lower().startswith("forty") for t in brief.targets)
    assert any("Malian" in t.name for t in brief.targets)


def test_an_agency_code_in_a_dateline_is_no_actor() -> None:
    brief = _brief(
        "LAGOS (NPA) - Gunmen killed four traders at a market in the city on Monday, police said."
    )
    assert [a.name.lower() for a in brief.perpetrators] == ["gunmen"]


def test_who_walked_in_and_opened_fire_is_the_doer() -> None:
    brief = _brief(
        "A 16-year-old student walked into a secondary school on Monday morning and opened "
        "fire with a hunting rifle, killing three classmates."
    )
    assert [a.name for a in brief.perpetrators] == ["16-year-old student"]
