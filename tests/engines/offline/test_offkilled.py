"""offkilled: how many were killed and hurt, read from more of the ways a toll is told.

Covers: a verb of killing by hand with "to death" before its count ("hacked to death more
than 200 villagers"); a count given before the killing verb and "all of them" after it; the
dead as the subject of "numbered"; "the bodies of N" with no noun of people; a toll given
"as N"; "one fatality"; hospitals treating N people (not the bodies they received); a part
of a group named before ("58 of them") or of one place ("the hospital alone"), a total only
above every other; a toll that counts the attackers ("including the gunman": the toll and
the toll without him); the attacker's own death told apart from the toll ("the bomber also
died": one more at the top), not one told by its agent ("shot dead by a guard"); a speaker's
own loss ("whose wife and two sons were killed"); three people by role in a list; the
title's toll when the body gives none; "killing everyone on board", "killing both" of a
count given before. Sentences written for these tests.
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.pipeline import draft_brief


def _toll(text: str, kind: str = "killed", title: str | None = None) -> tuple[int, int] | None:
    """The (min, max) of ``kind`` the engine gives a short report, or None."""
    brief = draft_brief(Article.from_text(text, published="2023-05-10", title=title))
    found = getattr(brief, kind)
    return None if found is None else (found.min, found.max)


def test_killing_verb_to_death_before_its_count() -> None:
    assert _toll(
        "Armed herders stormed two hamlets near the river on Sunday night and hacked to death "
        "more than 200 villagers, the state governor said."
    ) == (200, 200)
    assert _toll(
        "Rebels clubbed and stabbed to death at least 64 displaced people at a camp outside "
        "the town on Friday, a United Nations official said."
    ) == (64, 64)
    # counter: "to death" with no count after it gives no count of its own
    assert _toll(
        "A mob beat to death a man accused of theft at the market on Monday, and police said "
        "14 people had been arrested."
    ) == (1, 1)


def test_count_before_the_verb_and_all_of_them_after() -> None:
    assert _toll(
        "A missile struck a pickup carrying seven suspected fighters on a desert road on "
        "Tuesday, killing all of them, security officials said."
    ) == (7, 7)
    # counter: "all of them" of a count that is not of people hit gives no toll
    assert _toll(
        "Police seized nine rifles in a raid on a farmhouse on Tuesday and questioned the "
        "owner; no one was killed, officers said."
    ) == (0, 0)


def test_the_dead_numbered() -> None:
    assert _toll(
        "Gunmen attacked worshippers at a mosque in the north on Friday. By nightfall the "
        "dead numbered 212, the prosecutor's office said."
    ) == (212, 212)


def test_bodies_of_a_count_without_a_noun() -> None:
    assert _toll(
        "Rescuers pulled the bodies of 23 from the rubble of the market on Thursday after the "
        "air strike, a civil defence official said."
    ) == (23, 23)
    # counter: the bodies of animals are no toll
    assert _toll(
        "Raiders shot dead two guards at a ranch on Thursday, and herders later found the "
        "bodies of 40 cows near the river, police said."
    ) == (2, 2)


def test_a_toll_given_as_a_count() -> None:
    assert _toll(
        "Suicide bombers blew themselves up in three churches on Sunday. Police said 31 "
        "children were among the dead, and officials gave the overall toll as 187."
    ) == (187, 187)


def test_one_fatality() -> None:
    assert _toll(
        "A bomb left in a bag exploded at a tram stop on Wednesday. Paramedics reported one "
        "fatality and more than 20 injuries."
    ) == (1, 1)


def test_hospitals_treating_people_not_bodies() -> None:
    assert _toll(
        "Two bombs went off near the finish of the city race on Monday, killing two "
        "spectators. Hospitals said they were treating 140 people.",
        "injured",
    ) == (140, 140)
    # counter: bodies a hospital received are the dead, not the wounded
    assert (
        _toll(
            "A car bomb exploded at the gate of the ministry on Monday, killing at least 20 "
            "people. A doctor said the hospital had received 20 bodies.",
            "injured",
        )
        is None
    )


def test_a_part_counts_only_above_every_total() -> None:
    # "the hospital alone": a part below the toll is no total of its own
    assert _toll(
        "Two car bombs hit the gates of the compound on Wednesday, killing at least 19 people. "
        "A doctor said his hospital alone had received 12 bodies."
    ) == (19, 19)
    # ... and above the toll, the toll is at least it
    assert _toll(
        "Officials said 30 worshippers had been killed. A nurse said the hospital alone had "
        "received at least 41 bodies."
    ) == (30, 41)
    # "58 of them": a part of a group named before, beside a larger toll
    assert _toll(
        "Two gunmen fired on passengers in the station hall, killing 44 of them. By Friday "
        "the dead numbered 120, officials said."
    ) == (120, 120)


def test_a_toll_that_counts_the_attackers() -> None:
    assert _toll(
        "Seven people are dead including the gunman after a shooting at a warehouse on "
        "Tuesday, police said."
    ) == (6, 7)
    assert _toll(
        "Gunmen stormed a guesthouse in the capital and opened fire on guests; the attack "
        "left 17 people dead, including the three attackers, the army said."
    ) == (14, 17)
    # counter: a toll beside no word of the attackers stays one figure
    assert _toll(
        "Gunmen stormed a guesthouse in the capital and opened fire on guests; the attack "
        "left 17 people dead, including three foreigners, the army said."
    ) == (17, 17)


def test_the_attackers_own_death_told_apart() -> None:
    assert _toll(
        "A suicide bomber struck a wedding party in the hills on Saturday. Eleven guests were "
        "killed, and the bomber also died, police said."
    ) == (11, 12)
    # counter: a death told by its agent stays out of the toll
    assert _toll(
        "A man with a rifle killed six shoppers at a mall on Saturday. The gunman was shot "
        "dead by a security guard, police said."
    ) == (6, 6)


def test_a_speakers_own_loss_is_a_part() -> None:
    assert _toll(
        'Raiders killed more than 80 people in the village on Tuesday, officials said. "They '
        'came at night," said one farmer, whose wife and two sons were killed.'
    ) == (80, 80)


def test_three_people_by_role() -> None:
    assert _toll(
        "Five soldiers were killed at the outpost, and a medic, a cook and another soldier "
        "were wounded, the army said.",
        "injured",
    ) == (3, 3)


def test_the_titles_toll_when_the_body_gives_none() -> None:
    assert _toll(
        "A relief agency said on Wednesday that the raid happened before dawn and that many "
        "of the victims were children.",
        title="Militia fighters killed at least 96 displaced people in camp raid",
    ) == (96, 96)
    # counter: the body's own figure stands over the title's
    assert _toll(
        "A relief agency said on Wednesday that 104 people were killed in the raid before dawn.",
        title="Militia fighters killed at least 96 displaced people in camp raid",
    ) == (104, 104)


def test_everyone_on_board_and_both_of_a_count_before() -> None:
    assert _toll(
        "Rebels shot down an army transport plane carrying 19 troops near the airstrip on "
        "Monday, killing everyone on board, the ministry said."
    ) == (19, 19)
    assert _toll(
        "Two men on a motorbike fired on a taxi carrying two aid workers outside the town on "
        "Friday, killing both, their agency said."
    ) == (2, 2)
    # counter: "both sides" is no count of the dead
    assert _toll(
        "Fighting between two militias on Friday killed both sides' commanders and 12 other "
        "fighters, a monitor said."
    ) != (2, 2)
