"""Plain one-sentence reports in wordings the dev fixtures seldom use (issue 13): tolls of
lives lost and cost, deaths reported or believed, a part among the dead, one more wounded; a
person shot, one shell, a building set on fire, people held hostage; fixed holidays as dates.
Each on the tests' own sentences."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine


def _tolls(text: str) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    brief = OfflineEngine().summarize(Article.from_text(text, published="2024-05-20"))
    killed = (brief.killed.min, brief.killed.max) if brief.killed else None
    injured = (brief.injured.min, brief.injured.max) if brief.injured else None
    return killed, injured


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Twenty-two people lost their lives in the bombing of the bus depot, police said.", 22),
        ("The raid on the garrison cost the lives of 17 soldiers, the army said.", 17),
        ("Nine people were reported killed in the shelling of the market overnight.", 9),
        ("About 40 villagers are believed to have been killed in the militia attack.", 40),
        ("Eleven worshippers were gunned down when attackers stormed the church.", 11),
        ("Some 30 herders were slaughtered in the raid on the camp, survivors said.", 30),
        ("Six traders were among those killed when gunmen raided the market.", 6),
        ("A reporter and his driver were killed when gunmen fired on their car.", 2),
    ],
)
def test_a_death_toll_worded_otherwise_is_read(text: str, killed: int) -> None:
    assert _tolls(text)[0] == (killed, killed)


def test_a_part_among_the_dead_is_no_total_beside_one() -> None:
    killed, _ = _tolls(
        "A missile strike on a cafe killed 12 people. Four children were among the dead, "
        "officials said."
    )
    assert killed == (12, 12)


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("One guard was killed and another seriously injured when a bomb hit the gate.", 1),
        ("Five officers sustained injuries when rioters attacked the police station.", 5),
        ("Eight people needed hospital treatment after the grenade attack on the bar.", 8),
    ],
)
def test_the_wounded_worded_otherwise_are_read(text: str, injured: int) -> None:
    assert _tolls(text)[1] == (injured, injured)


@pytest.mark.parametrize(
    ("text", "sub_event"),
    [
        ("A pupil shot a teacher with a hunting rifle at a school in the town.", "attack"),
        ("Snipers shot three boys near the checkpoint, a rights group said.", "attack"),
        ("Two sisters died when a shell struck their house.", "shelling_artillery_missile_attack"),
    ],
)
def test_one_shot_or_one_shell_is_an_incident(text: str, sub_event: str) -> None:
    brief = OfflineEngine().summarize(Article.from_text(text, published="2024-05-20"))
    assert brief.sub_event_type is not None
    assert brief.sub_event_type.value == sub_event


@pytest.mark.parametrize(
    "text",
    [
        "He shot a documentary about the war last year.",
        "Investors said a shell firm hit its limit.",
    ],
)
def test_a_film_shot_or_a_shell_company_is_no_incident(text: str) -> None:
    brief = OfflineEngine().summarize(Article.from_text(text, published="2024-05-20"))
    assert brief.incident is False


def test_a_building_set_on_fire_and_people_held_hostage_are_incidents() -> None:
    engine = OfflineEngine()
    burned = engine.summarize(
        Article.from_text("Unknown men set a church on fire before dawn.", published="2024-05-20")
    )
    held = engine.summarize(
        Article.from_text(
            "Armed men stormed a guesthouse and held six tourists hostage overnight.",
            published="2024-05-20",
        )
    )
    assert burned.sub_event_type is not None and held.sub_event_type is not None
    assert burned.sub_event_type.value == "looting_property_destruction"
    assert held.sub_event_type.value == "abduction_forced_disappearance"
    # a shooting that also burned the building stays the attack
    both = engine.summarize(
        Article.from_text(
            "Gunmen fired at people queuing outside a theatre and set the building on fire, "
            "killing 40.",
            published="2024-05-20",
        )
    )
    assert both.sub_event_type is not None and both.sub_event_type.value == "attack"


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("A gunman killed 11 revellers at a bar on New Year's Eve.", "2024-01-02", "2023-12-31"),
        ("Militants attacked a church on Christmas Day, killing six.", "2023-12-27", "2023-12-25"),
        ("A bomb went off in a crowd on Bastille Day, killing two.", "2022-07-16", "2022-07-14"),
    ],
)
def test_a_fixed_holiday_dates_the_incident(text: str, published: str, day: str) -> None:
    brief = OfflineEngine().summarize(Article.from_text(text, published=published))
    assert str(brief.date) == day
