"""Whom a thing hit belongs to (session 18, round 1): a target that is a vehicle, a convoy,
a patrol, a home or an organisation's rooms is its owner (resolve/owners.py,
``[roles.owners]``): "X's car" is X, "the motorcade of former minister X" is X, "a patrol
of A and B" is A and B, "the offices of the weekly X" and "the X offices" are X.

Counter-cases: a thing with no owner written stays; a place-named plant or a name with
a guard word inside ("Border Guard Police") is not cut; a town before a refinery is no
owner. Sentences written for these tests.
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.pipeline import draft_brief


def _targets(text: str) -> list[str]:
    """The target names of a one-paragraph report."""
    brief = draft_brief(Article.from_text(text, published="2021-05-02"))
    return [a.name for a in brief.targets]


def test_possessive_owner_of_a_car_is_the_target() -> None:
    assert _targets(
        "Masked gunmen ambushed Judge Halima Dauda's car outside Kano on Tuesday, killing "
        "her driver."
    )[:1] == ["Halima Dauda"]
    # counter: a car with no owner written is no person
    assert "Halima Dauda" not in _targets(
        "Masked gunmen ambushed a car outside Kano on Tuesday, killing its driver."
    )


def test_motorcade_of_a_titled_person_is_the_person() -> None:
    assert _targets(
        "A suicide bomber rammed into the motorcade of provincial governor Omar Zaki near "
        "Herat on Sunday."
    ) == ["Omar Zaki"]
    assert _targets(
        "Gunmen ambushed the convoy of Governor Ali Musa near Gusau, killing three of his guards."
    ) == ["Ali Musa"]


def test_patrol_of_two_forces_gives_both() -> None:
    found = _targets(
        "Militants ambushed a joint patrol of Kenyan soldiers and Somali police near the "
        "border on Monday, killing five."
    )
    assert found == ["Kenyan soldiers", "Somali police"]
    assert _targets("Rebels attacked the base of Zambian peacekeepers in Mambasa on Friday.") == [
        "Zambian peacekeepers"
    ]
    # counter: a force's name with a title word inside ("Guard") is not cut
    found = _targets(
        "Arakan Army fighters overran the Border Guard Police base at Kyein Chaung on Saturday."
    )
    assert "Border Police" not in found


def test_offices_of_an_organisation_is_the_organisation() -> None:
    assert _targets(
        "Two gunmen forced their way into the offices of the weekly paper Le Matin Rouge in "
        "Lyon on Friday and killed four people."
    )[:1] == ["Le Matin Rouge"]
    assert _targets(
        "Police raided the residence of a DMK legislator in Chennai late on Monday."
    ) == ["DMK legislator"]


def test_named_before_offices_and_counter_places() -> None:
    assert _targets(
        "Arsonists set fire to the Radio Libertad offices in Tegucigalpa early on Monday."
    ) == ["Radio Libertad"]
    # counter: a town before a refinery is no owner
    found = _targets("Drones struck the Volzhsky oil refinery early on Monday, starting a fire.")
    assert "Volzhsky" not in found
