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


@pytest.mark.parametrize(
    "text",
    [
        "A gunman shot dead the mayor as he left a peace rally in the city on Saturday night.",
        "A gunman opened fire on marchers at a rally in the city centre, killing two.",
        "Unidentified gunmen killed three protesters at a sit-in on Monday.",
    ],
)
def test_a_gunman_firing_at_or_near_a_protest_is_an_attack(text: str) -> None:
    assert _sub(_brief(text)) == "attack"


def test_a_protest_after_a_killing_stays_a_protest_and_police_fire_is_excessive() -> None:
    assert _sub(_brief("Students marched to parliament after a gunman killed a classmate.")) == (
        "peaceful_protest"
    )
    assert _sub(_brief("Police opened fire on protesters at a rally, killing two.")) == (
        "excessive_force_against_protesters"
    )


def test_grenades_thrown_while_firing_are_the_shooting_attack() -> None:
    assert _sub(
        _brief("Gunmen stormed a hotel on Friday, throwing grenades and firing on guests.")
    ) == ("attack")
    assert _sub(_brief("A man hurled a grenade into a crowded bar, wounding nine.")) == "grenade"
