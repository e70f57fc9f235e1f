"""Tolls and named casualties in shapes unseen articles use (helper offtolls): sums written
as "N of their X", "in addition to", "also" beside the figure before; parts after a colon;
deaths by suffocation; a court's count of murders (never attempted ones); speakers named
after the verb; officials' and doers' own acts; attackers who died; lists with semicolons;
titles inside a name; the story's dead named in a sentence its dates set aside. The
sentences are written for this test."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan.casualties import find_casualties
from summarizer.engines.offline.scan.people import find_people

LEX = default_lexicon()
ENGINE = OfflineEngine()


def _figures(text: str) -> list[tuple[str, int]]:
    return [(f.kind, f.count) for f in find_casualties(text, LEX)]


def _brief(text: str):
    return ENGINE.summarize(Article.from_text(text, published="2021-03-10"))


def _range(value) -> tuple[int, int] | None:
    return None if value is None else (value.min, value.max)


def _names(text: str) -> list[str]:
    return [p.name for p in _brief(text).named_casualties]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second group "of their" kin, and sums by "in addition to" / "as well as"
        (
            "Gunmen opened fire on the convoy, killing two drivers and four of their passengers.",
            [("killed", 6)],
        ),
        ("The blast killed 30 villagers in addition to 5 soldiers.", [("killed", 35)]),
        ("The raid killed eleven miners as well as two guards.", [("killed", 13)]),
        # deaths by suffocation, and the wounded of a gas attack
        ("At least 20 people suffocated in the shelter.", [("killed", 20)]),
        ("Forty residents were treated for breathing difficulties.", [("injured", 40)]),
        # "N of his bodyguards": a figure of its own when no other is given
        ("Three of his bodyguards were wounded.", [("injured", 3)]),
        # a toll "rose on Sunday to"
        ("The toll from the fire at the market rose on Sunday to 41.", [("killed", 41)]),
        # a court's count: murders, not attempted murders
        (
            "The jury found him guilty of four murders and the attempted murder of 60 people.",
            [("killed", 4)],
        ),
        # parts after a colon are no totals of their own
        (
            "He was jailed for killing 31 people: six died in the square and 25 in the hall.",
            [("killed", 31)],
        ),
        # a speaker's loss in a relative clause is a part
        ('"We want justice," said a farmer, whose three sons were killed.', []),
    ],
)
def test_figures(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


def test_also_adds_to_the_figure_just_before() -> None:
    brief = _brief(
        "A gunman opened fire on a checkpoint in Kirkuk on Monday, killing three policemen "
        "and wounding six others. Two passers-by were also wounded, police said."
    )
    assert _range(brief.injured) == (8, 8)


def test_also_far_from_the_figure_adds_nothing() -> None:
    brief = _brief(
        "A court in Lyon convicted a man on Tuesday of killing five people in a knife attack "
        "in 2019. Prosecutors described the attack in detail. The victims included three "
        "shopkeepers. The court heard from witnesses for two days. Two of the victims' "
        "relatives spoke. Two women were also killed, the court heard."
    )
    assert brief.killed is not None and brief.killed.max <= 5


def test_others_count_the_people_named_before_the_number() -> None:
    brief = _brief(
        "An air strike on a car near Idlib on Friday killed Abu Omar al-Halabi, a senior "
        "commander, and Khaled Darwish, his deputy, along with four other people, a monitor said."
    )
    assert _range(brief.killed) == (6, 6)


def test_no_one_else_hurt_leaves_the_victim_dead() -> None:
    brief = _brief(
        "A gunman shot dead Lidia Kovacs, the mayor of Szeged, at a market on Tuesday. "
        "No one else was hurt, police said."
    )
    assert _range(brief.killed) == (1, 1)
    assert _range(brief.injured) == (0, 0)


def test_speaker_after_said_is_no_casualty() -> None:
    text = (
        "A rocket hit a bus station in Kharkiv on Monday, killing at least 12 people, said "
        "Oleh Synyehubov, the regional governor."
    )
    assert "Oleh Synyehubov" not in _names(text)


def test_speaker_after_said_who_was_hurt_is_one() -> None:
    people = find_people(
        '"It came without warning," said Omar Haddad, a shopkeeper, who was injured in the arm.',
        LEX,
    )
    assert [(p.name, p.speaker) for p in people] == [("Omar Haddad", False)]


def test_an_official_acting_is_no_casualty() -> None:
    text = (
        "Gunmen killed 20 villagers in an attack on Kadisso on Sunday. "
        "Governor Aminu Bello flew to Kadisso and visited the wounded."
    )
    assert "Aminu Bello" not in _names(text)


def test_the_doer_acting_is_no_casualty() -> None:
    people = find_people("A policeman, Corporal Anan Srisuk, killed 11 people at a market.", LEX)
    assert all(not p.befell for p in people)


def test_attacker_shot_dead_by_police_is_a_casualty() -> None:
    # session 17 (offnamed): the labeller-blind labels name the attacker who died, killed
    text = (
        "A man stabbed three people at a railway station in Hamburg on Friday. The attacker, "
        "Lukas Brenner, 34, was shot dead by police. Two of the wounded were in a critical "
        "condition."
    )
    assert "Lukas Brenner" in _names(text)


def test_attacker_arrested_stays_a_casualty() -> None:
    text = (
        "A man stabbed two people at a bakery in Graz on Friday. Police arrested the attacker, "
        "Tobias Weber, 29, at the scene."
    )
    assert "Tobias Weber" in _names(text)


def test_a_list_with_semicolons_shares_its_frame() -> None:
    text = (
        "Four soldiers were killed in the ambush near Gao on Tuesday. Among them were Sergeant "
        "Amadou Traore, a father of three; Corporal Issa Keita, 24, who had joined last year; "
        "and Private Moussa Diarra."
    )
    assert {"Amadou Traore", "Issa Keita", "Moussa Diarra"} <= set(_names(text))


def test_a_title_inside_the_name_is_cut() -> None:
    people = find_people("Among the dead was Navy Hospital Corpsman Jamal Reed, a medic.", LEX)
    assert [p.name for p in people] == ["Jamal Reed"]


def test_a_name_the_pattern_cut_short_keeps_its_office() -> None:
    people = find_people("District Police Officer Tariq Aziz Khan told reporters.", LEX)
    assert "Tariq Aziz" not in [p.name for p in people]


def test_among_the_dead_at_a_place_were_the_role_x() -> None:
    people = find_people(
        "Among the dead at the Grand hotel were the radio host Nimal Perera and his son.", LEX
    )
    assert [(p.name, p.victim) for p in people] == [("Nimal Perera", True)]


def test_role_appositive_opened_by_a_number() -> None:
    people = find_people(
        "Two photographers, Ali Reza Karimi and Hamid Nouri, were also killed.", LEX
    )
    assert all(p.befell for p in people) and len(people) == 2


def test_relative_clause_time_is_no_earlier_incident() -> None:
    people = find_people(
        "The victims were named as Laura Finch, a nurse who had moved to the city two years "
        "earlier, and Tom Baker.",
        LEX,
    )
    assert "Laura Finch" in [p.name for p in people]


def test_a_protests_cause_is_no_casualty() -> None:
    people = find_people(
        "Crowds burned cars overnight in anger at the killing of 19-year-old Samir K. by police.",
        LEX,
    )
    assert all(not p.befell for p in people)


def test_dead_named_in_a_sentence_set_aside_by_a_later_date() -> None:
    text = (
        "Gunmen stormed a hotel in Bamako on Friday and killed 20 people, officials said. "
        "Among the dead were Pierre Duval, a Belgian engineer who had survived the 2015 "
        "siege of a hotel in the city, and Ana Sousa, a Portuguese teacher."
    )
    names = _names(text)
    assert "Pierre Duval" in names and "Ana Sousa" in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A teacher from Lyon, Marc Dubois, and his eight-year-old daughter Chloe were killed.",
            ["Marc Dubois", "Chloe Dubois"],
        ),
        (
            "Elena Rossi was shot dead with her two sons, Luca and Marco, outside their home.",
            ["Elena Rossi", "Luca Rossi", "Marco Rossi"],
        ),
        ("A Dutch couple, Jan and Eva Visser, were among the dead.", ["Jan Visser", "Eva Visser"]),
        # a list's last name lends no surname to the one before it
        (
            "Two nurses, Amina Yusuf and Grace Okafor, were wounded.",
            ["Amina Yusuf", "Grace Okafor"],
        ),
        # a relative who speaks is no kin of the dead
        ("Marc Dubois was killed; his son Paul said he was a kind man.", ["Marc Dubois"]),
    ],
)
def test_kin_named_by_a_first_name_share_the_surname(text: str, expected: list[str]) -> None:
    assert [p.name for p in find_people(text, LEX)] == expected
