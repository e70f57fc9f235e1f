"""Casualty figures in the shapes real reports use: tolls updated after a long phrase, parts
of a group ("nine of the ten gunmen"), sums ("19 children and two teachers"), the
attackers' own dead beside the victims, a person killed along with others, and one person by
role. The sentences are written for this test."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan.casualties import find_casualties

LEX = default_lexicon()
ENGINE = OfflineEngine()


def _figures(text: str) -> list[tuple[str, int]]:
    return [(f.kind, f.count) for f in find_casualties(text, LEX)]


def _counts(text: str) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    brief = ENGINE.summarize(Article.from_text(text, published="2024-05-10"))
    killed = None if brief.killed is None else (brief.killed.min, brief.killed.max)
    injured = None if brief.injured is None else (brief.injured.min, brief.injured.max)
    return killed, injured


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll after a phrase: only a verb of the toll, never "at two mosques"
        (
            "The death toll from the shootings at two mosques in the city has risen to 50.",
            [("killed", 50)],
        ),
        (
            "The ministry revised the death toll from the bombings down to about 253.",
            [("killed", 253)],
        ),
        ("By nightfall the toll climbed to 100.", [("killed", 100)]),
        # a part of a group counts its part
        ("Nine of the ten gunmen were also killed.", [("killed", 9)]),
        ("More than a dozen of the dead were civilians.", []),
        # sums of two groups
        ("A gunman killed 19 children and two teachers at the school.", [("killed", 21)]),
        ("Two soldiers and at least five separatist fighters died.", [("killed", 7)]),
        ("The clash left two soldiers and five militants dead.", [("killed", 7)]),
        # verbs and nouns of real reports
        ("Jihadists executed at least 79 men in the town.", [("killed", 79)]),
        ("Three herders were killed when their cart struck a mine.", [("killed", 3)]),
        ("Two friends travelling with him were wounded.", [("injured", 2)]),
        ("Sixteen people were seriously wounded.", [("injured", 16)]),
        ("Twenty-six hostages were killed.", [("killed", 26)]),
        ("At least 60 Afghans died in the blast.", [("killed", 60)]),
        ("61 people were receiving treatment in hospitals.", [("injured", 61)]),
        ("The bodies of 57 people were found in shallow graves.", [("killed", 57)]),
        # a person killed along with others
        ("The governor was killed along with six of his bodyguards.", [("killed", 7)]),
        ("She was pulled from her car and killed along with her driver.", [("killed", 2)]),
        # one person by role
        ("Gunmen shot dead a shopkeeper outside his store.", [("killed", 1)]),
        (
            "Shelling killed a 71-year-old woman and wounded her neighbour.",
            [("killed", 1), ("injured", 1)],
        ),
        # an earlier incident's figure
        ("The riot came a day after three young girls were killed in a knife attack.", []),
    ],
)
def test_casualty_shapes(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


def test_the_attackers_own_dead_are_no_total_beside_the_victims() -> None:
    text = (
        "Attackers with knives stormed the railway station in Kunming on Saturday, killing "
        "29 people and injuring more than 130, state media reported. Police shot dead four "
        "of the assailants."
    )
    assert _counts(text) == ((29, 29), (130, 130))


def test_the_attackers_own_dead_alone_are_the_figure() -> None:
    text = "Troops ambushed a rebel convoy near Beni on Monday. Four of the attackers were killed."
    assert _counts(text)[0] == (4, 4)


def test_gunmen_killed_by_the_other_side_count() -> None:
    text = (
        "Soldiers and gunmen exchanged fire in the camp on Monday. The health ministry said six "
        "people were killed, while the army said its troops killed four gunmen."
    )
    assert _counts(text)[0] == (4, 6)


def test_one_person_by_role_is_no_total_beside_a_count() -> None:
    text = (
        "A drone strike in the city on Wednesday killed a senior commander of the militia, "
        "officials said. Three people were killed in the strike, a militia official said."
    )
    assert _counts(text)[0] == (3, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Another 59 people were taken to hospital.", [("injured", 59)]),
        ("She died on Saturday, bringing the toll from the strike to 13.", [("killed", 13)]),
        (
            "The death toll from the attack on the mosque in Bir Salem, in the north, rose to 305.",
            [("killed", 305)],
        ),
        ("A police constable was injured in the shooting.", [("injured", 1)]),
        (
            "Four people on the bridge were killed and about 50 were injured.",
            [("killed", 4), ("injured", 50)],
        ),
        (
            "The toll from the suicide bombings at the airport and the metro station in the "
            "capital rose to 32.",
            [("killed", 32)],
        ),
    ],
)
def test_hospital_roles_and_places(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


def test_other_people_are_counted_besides_those_named_before() -> None:
    text = (
        "Former minister Karim Haddad was killed on Monday when a bomb hit his convoy in the "
        "capital. Twenty other people died in the blast, and about 200 were wounded."
    )
    assert _counts(text) == ((21, 21), (200, 200))


def test_others_with_no_one_named_before_are_the_count() -> None:
    text = "A bomb killed 12 people at a market in the city on Monday. Eleven others were wounded."
    assert _counts(text) == ((12, 12), (11, 11))


def test_more_people_named_than_counted_are_the_count() -> None:
    text = (
        "Two foreign journalists, Marta Gil and Pablo Ruiz, and a local guide, Ibrahim Sawadogo, "
        "were killed when gunmen ambushed their patrol in the east on Monday."
    )
    assert _counts(text)[0] == (3, 3)


def test_a_sentence_without_a_word_of_death_or_wounds_is_not_searched() -> None:
    # the stems gate: no stem, no figure, however many counts the sentence holds
    assert _figures("Twelve trucks and 40 buses crossed the border on Monday.") == []
    assert _figures("Nobody was hurt, and 12 people were later taken to hospital.") == [
        ("injured", 0),
        ("injured", 12),
    ]
