"""Session 12 (lead): tolls written as lists of the dead (counted groups, people by role,
asides between dashes, a group described at length), wounded written without their own
verb or as the object of "hurt", and "no one was killed or hurt"."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.scan.casualties import find_casualties

ENGINE = OfflineEngine()


def _figures(text: str) -> list[tuple[str, int]]:
    return [(f.kind, f.count) for f in find_casualties(text, ENGINE.lexicon)]


def _range(value) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    return None if value is None else (value.min, value.max)


def _tolls(text: str, published: str) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The killed and injured ranges of the brief of ``text``."""
    brief = ENGINE.summarize(Article.from_text(text, published=published))
    return _range(brief.killed), _range(brief.injured)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a plural of people no list names ("rangers" is listed; "porters" is not)
        ("Poachers shot dead six porters and their guide inside the park on Friday.", 7),
        ("The raiders killed four miners and a cook at the camp.", 5),
        ("Two soldiers, three gendarmes and a teacher were killed in the ambush.", 6),
        ("Militants killed a headman, his three brothers and two farmhands overnight.", 6),
        (
            "Five people - three traffic officers and two street vendors - were killed when "
            "the bomb went off.",
            5,
        ),
        (
            "Three members of the border guard - two conscripts and a sergeant - and four "
            "smugglers who had been detained with them were killed.",
            7,
        ),
        (
            "Eight aid workers employed by the regional health office and their driver were "
            "killed when the convoy was hit.",
            9,
        ),
        ("A gunman shot dead a taxi driver and a passer-by outside the station.", 2),
    ],
)
def test_a_list_of_the_dead_is_summed(text: str, count: int) -> None:
    assert ("killed", count) in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Four police dogs were hurt in the clashes.",
        "Some 60 survivors and relatives of the dead attended the hearing.",
    ],
)
def test_animals_and_survivors_are_no_count_of_people(text: str) -> None:
    assert _figures(text) == []


def test_a_second_person_wounded_without_a_verb_of_its_own() -> None:
    text = (
        "A shopkeeper was shot dead and a customer wounded in a robbery at a pharmacy in Cali "
        "on Tuesday."
    )
    assert _tolls(text, "2014-02-12") == ((1, 1), (1, 1))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The mob also hurt three journalists who were filming the scene.", 3),
        ("A health official said the wounded had passed 40 by the evening.", 40),
        ("The man drove his pick-up into four pedestrians, injuring them.", 4),
    ],
)
def test_wounded_as_an_object_or_a_running_count(text: str, count: int) -> None:
    assert ("injured", count) in _figures(text)


def test_were_hurt_is_not_read_as_an_active_hurt() -> None:
    # "were hurt" is the passive: the count before it is the figure, once
    assert _figures("Eleven officers were hurt 30 minutes into the march.") == [("injured", 11)]


def test_no_one_killed_or_hurt_gives_zero_for_both() -> None:
    text = (
        "A mortar round fell on a football pitch in the town on Sunday; no one was killed or "
        "hurt, the army said."
    )
    assert _tolls(text, "2014-06-02") == ((0, 0), (0, 0))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Both were later found shot dead on the road to the airport.", ("killed", 2)),
        ("His driver and a security guard were wounded by the blast.", ("injured", 2)),
        ("She was badly hurt when the grenade went off.", ("injured", 1)),
        ("Three passengers and a bomber were killed when the device went off.", ("killed", 4)),
        ("A second guard, a man of 60, was wounded in the leg.", ("injured", 1)),
        ("The attacker shot dead two monks, wounding a third.", ("injured", 1)),
    ],
)
def test_both_people_by_role_a_pronoun_an_attacker_in_a_sum_and_one_more_wounded(
    text: str, figure: tuple[str, int]
) -> None:
    assert figure in _figures(text)


def test_a_pronoun_wounded_is_the_toll_only_when_no_figure_is_given() -> None:
    text = (
        "Gunmen shot dead a trader in the market of Baidoa on Monday. He was wounded twice "
        "before he died, and three other traders were wounded, police said."
    )
    assert _tolls(text, "2014-05-06")[1] == (3, 3)


def test_wounding_a_third_time_is_no_person() -> None:
    assert _figures("The striker was injured a third time this season.") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The blast killed eight members of the Frontier Constabulary and their cook.", 9),
        ("Gunmen seized four road workers near the border and shot them dead.", 4),
        ("A crowd accused two men of theft and beat them to death.", 2),
        ("Five members of one family who had gone to the market died in the fire.", 5),
    ],
)
def test_a_group_named_with_of_and_people_killed_as_them(text: str, count: int) -> None:
    assert ("killed", count) in _figures(text)
