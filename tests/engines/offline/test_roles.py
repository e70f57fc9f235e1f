"""Clause patterns that give actor phrases their roles."""

from __future__ import annotations

import pytest

from summarizer.engines.offline.roles import find_roles


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A U.S. drone strike killed a top Kataib Hezbollah leader.",
            {("United States", "perpetrator"), ("Kataib Hezbollah", "target")},
        ),
        (
            "Gunmen on motorcycles attacked the village, killing nine villagers.",
            {("Gunmen", "perpetrator"), ("villagers", "target")},
        ),
        (
            "Police fired tear gas at protesters in the capital.",
            {("Police", "perpetrator"), ("protesters", "target")},
        ),
        (
            "Islamic State Khorasan, the Afghan affiliate of the group, claimed responsibility.",
            {("Islamic State Khorasan Province", "perpetrator")},
        ),
        (
            "The attackers, suspected to be ISWAP elements, arrived at night.",
            {("Islamic State West Africa Province", "perpetrator")},
        ),
        ("An officer said remnants of Daesh were responsible.", {("Islamic State", "perpetrator")}),
        (
            "The attack was carried out by Islamic State militants, officials said.",
            {("Islamic State", "perpetrator")},
        ),
        (
            "Three Iraqi soldiers were killed when a bomb struck their convoy.",
            {("Iraqi army", "target"), ("convoy", "target")},
        ),
        (
            "The suspect, identified as Darren M. Keller, was arrested.",
            {("Darren M. Keller", "perpetrator")},
        ),
    ],
)
def test_roles(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert {(m.name, m.role) for m in find_roles(sentence)} == expected


def test_no_role_without_a_clause_that_gives_one() -> None:
    assert find_roles("The army said the situation in the town was calm.") == []
    assert find_roles("Al-Shabaab is linked to al-Qaeda.") == []
