"""Session 12 (lead): a weapon's word inside an institution's name is no weapon ("the Royal
Artillery Barracks"), a car a man was run down with is a weapon, gunmen who shot someone
used a gun; British ranks ("Drummer X") are titles, not part of a casualty's name."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.scan.weapons import find_weapons

ENGINE = OfflineEngine()


def _brief(text: str, published: str):  # type: ignore[no-untyped-def]
    return ENGINE.summarize(Article.from_text(text, published=published))


def _used(text: str) -> list[str]:
    return [w.name for w in find_weapons(text, ENGINE.lexicon) if not w.aside]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The bomb went off near the Royal Artillery Barracks on Tuesday.", "artillery"),
        ("A colonel of the Strategic Rocket Forces was found dead.", "rocket"),
        ("Visitors to the Tank Museum were evacuated.", "tank"),
    ],
)
def test_a_weapon_word_in_an_institution_name_is_no_weapon(text: str, name: str) -> None:
    assert name not in _used(text)


def test_a_weapon_word_before_an_ordinary_word_is_still_a_weapon() -> None:
    assert "artillery" in _used("Artillery pounded the town for hours.")


def test_a_car_a_man_was_run_down_with_is_a_weapon() -> None:
    assert "car" in _used("Two men knocked the soldier down with a car and stabbed him.")


def test_gunmen_who_shot_someone_used_a_gun() -> None:
    assert "gun" in _used("Gunmen shot her as she walked to the clinic.")


def test_a_british_rank_is_no_part_of_the_name() -> None:
    text = (
        "Fusilier Shaun Mahoney, 23, was killed by a roadside bomb in Helmand on Sunday, the "
        "Ministry of Defence said."
    )
    brief = _brief(text, "2012-06-05")
    assert [p.name for p in brief.named_casualties] == ["Shaun Mahoney"]


@pytest.mark.parametrize(
    "text",
    [
        "Bomb technicians worked through the night at the embassy.",
        "A missile shelter in the basement was opened to residents.",
        "The bomb squad was called to the market.",
    ],
)
def test_a_weapon_word_that_names_people_or_a_place_is_no_weapon_used(text: str) -> None:
    assert _used(text) == []


def test_explosives_found_in_the_suspects_flat_were_found_not_used() -> None:
    found = find_weapons(
        "His flat was found rigged with explosives after the shooting.", ENGINE.lexicon
    )
    assert [(w.name, w.found) for w in found] == [("explosives", True)]


def test_an_artillery_barracks_does_not_make_a_stabbing_shelling() -> None:
    text = (
        "Two men stabbed a soldier to death outside the Royal Artillery Barracks in Woolwich, "
        "south-east London, on Wednesday afternoon, police said."
    )
    brief = _brief(text, "2013-05-23")
    assert brief.sub_event_type is not None
    assert brief.sub_event_type.value == "attack"
