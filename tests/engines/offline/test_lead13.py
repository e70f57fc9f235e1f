"""Session 13 (lead): tolls and named casualties in wordings unseen probes showed missed:
a gerund of murder before a count, staff members and children by age counted, people by a
participle ("policemen guarding the bank") or an adjective's ending, a named person and those
killed with them, a toll revised or brought to a total, "another officer was wounded", one
person by a possessive ("their driver"), "four more were shot dead" after the figure of the
sentence before, people "also killed" beside those named before, a speaker named after a
title ("said Lieutenant General X"), a person who acted before he was killed ("fired at the
gunman but was shot dead"), names opening with Mc, Mac or O', and no casualty of a clause
about an earlier attack."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.scan.casualties import find_casualties
from summarizer.schema import CasualtyStatus

ENGINE = OfflineEngine()


def _figures(text: str) -> list[tuple[str, int]]:
    return [(f.kind, f.count) for f in find_casualties(text, ENGINE.lexicon)]


def _brief(text: str, published: str = "2009-06-04"):  # type: ignore[no-untyped-def]
    return ENGINE.summarize(Article.from_text(text, published=published))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("He was charged with murdering five people at the depot.", ("killed", 5)),
        ("Soldiers were accused of massacring 40 villagers near the river.", ("killed", 40)),
        ("Two nurses and four staff members were killed in the raid.", ("killed", 6)),
        ("Four ten-year-old pupils and a teacher were killed.", ("killed", 5)),
        ("Two guards died; another officer was wounded.", ("injured", 1)),
        ("The crowd blocked the doors, burning at least 30 people to death.", ("killed", 30)),
        (
            "Gunmen opened fire, killing six policemen guarding the bank and two clerks.",
            ("killed", 8),
        ),
        ("Five players and an assistant coach were wounded in the attack.", ("injured", 6)),
        ("Three unarmed indigenous guards were shot dead at the gate.", ("killed", 3)),
        ("Maria Quispe, a local councillor, and three guards were shot dead.", ("killed", 4)),
        ("Officials revised the death toll from the raid on the village to 35.", ("killed", 35)),
        ("Eleven miners were abducted and later killed by the armed group.", ("killed", 11)),
        ("A reporter who had covered corruption was found dead in his car.", ("killed", 1)),
    ],
)
def test_counts_in_more_wordings(text: str, figure: tuple[str, int]) -> None:
    assert figure in _figures(text)


def test_another_alone_is_not_a_count() -> None:
    assert _figures("Another officer said the road was closed.") == []


def test_an_adjective_ending_makes_no_count_of_a_time() -> None:
    assert _figures("Three hours after soldiers were killed, the town was quiet.") == []


def test_a_toll_brought_to_a_total_after_a_dating_clause_counts() -> None:
    brief = _brief(
        "A missile struck a block of flats in the city before dawn on Friday, officials "
        "said. Rescuers pulled the last bodies from the rubble on Saturday, a day after the "
        "missile hit, bringing the toll to 23, officials said.",
        published="2009-04-29",
    )
    assert brief.killed is not None and brief.killed.max == 23


def test_n_more_in_the_next_sentence_adds_to_the_figure_before() -> None:
    brief = _brief(
        "Three guards were killed at the first checkpoint on Tuesday. Minutes later, two "
        "more were shot dead at a second post down the road, police said."
    )
    assert (brief.killed.min, brief.killed.max) == (5, 5)


def test_n_more_after_a_toll_in_the_same_sentence_is_not_added() -> None:
    brief = _brief(
        "The toll from the raid on the village rose to 12 on Monday after searchers found "
        "five more bodies in the fields, officials said."
    )
    assert brief.killed is not None and brief.killed.max == 12


def test_a_speaker_after_said_and_a_title_is_no_casualty() -> None:
    brief = _brief(
        "A soldier was wounded when a gunman opened fire at the barracks on Monday. He was "
        "hit twice and is in a stable condition in hospital, said Brigadier General Tomas "
        "Herrera, the garrison commander."
    )
    assert all("Herrera" not in person.name for person in brief.named_casualties)


def test_a_person_who_acted_and_was_then_killed_is_a_casualty() -> None:
    brief = _brief(
        "A gunman killed four people at a bank in the town centre on Friday. Daniel "
        "Okafor, a security guard at the bank, fired at the gunman but was shot dead."
    )
    named = {person.name: person.status for person in brief.named_casualties}
    assert named.get("Daniel Okafor") == CasualtyStatus.killed


def test_a_person_who_acted_is_still_no_casualty_without_a_status() -> None:
    brief = _brief(
        "A gunman killed four people at a bank in the town centre on Friday. Governor "
        "Daniel Okafor visited the wounded in hospital."
    )
    assert all("Okafor" not in person.name for person in brief.named_casualties)


def test_a_name_in_apposition_after_a_title_is_a_casualty() -> None:
    brief = _brief(
        "The country's army chief of staff, General Tesfaye Alemu, was shot dead by his "
        "bodyguard at his home on Saturday evening, officials said."
    )
    assert {person.name for person in brief.named_casualties} == {"Tesfaye Alemu"}


@pytest.mark.parametrize("name", ["Orla McAleese", "Ewan MacLeod", "Siobhan O'Dwyer"])
def test_names_opening_with_mc_mac_or_o_are_read(name: str) -> None:
    brief = _brief(f"{name}, a 31-year-old nurse, was shot dead in the town late on Thursday.")
    assert [person.name for person in brief.named_casualties] == [name]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Their driver was wounded.", ("injured", 1)),
        ("Her son was shot dead outside the house.", ("killed", 1)),
        ("His driver and a bodyguard were also killed.", ("killed", 2)),
    ],
)
def test_one_person_by_a_possessive_is_counted(text: str, figure: tuple[str, int]) -> None:
    assert figure in _figures(text)


def test_people_also_killed_add_the_people_named_as_killed_before() -> None:
    brief = _brief(
        "Rafael Ibarra Cantu, a candidate for governor, was killed on Monday when gunmen "
        "ambushed his convoy near the airport. Four members of his campaign team were also "
        "killed, officials said."
    )
    assert (brief.killed.min, brief.killed.max) == (5, 5)


def test_a_person_named_in_a_clause_about_an_earlier_attack_is_no_casualty() -> None:
    brief = _brief(
        "Soldiers shot dead the country's president, Joao Mendes Cardoso, at his home early "
        "on Monday, hours after a bomb attack on the army headquarters killed the chief of "
        "staff, General Tomas Na Bate, a spokesman said."
    )
    assert [person.name for person in brief.named_casualties] == ["Joao Mendes Cardoso"]


def test_a_broadcaster_is_no_named_casualty() -> None:
    brief = _brief(
        "Tomas Herrera, who was shot dead on Wednesday, read the news every morning at the "
        "microphone of Radio Tlalnepantla, the station he founded."
    )
    assert [person.name for person in brief.named_casualties] == ["Tomas Herrera"]


def test_another_who_died_later_adds_one() -> None:
    brief = _brief(
        "Three traders were killed on the spot in the market on Tuesday and another died "
        "later in hospital, police said."
    )
    assert (brief.killed.min, brief.killed.max) == (4, 4)


@pytest.mark.parametrize(
    ("text", "sub_event"),
    [
        (
            "A package filled with nails and gunpowder left outside a bank in the town was "
            "rendered harmless by army bomb experts on Tuesday.",
            "disrupted_weapons_use",
        ),
        (
            "Militants used bulldozers to level an ancient shrine on the edge of the town, "
            "photographs posted online showed.",
            "looting_property_destruction",
        ),
        (
            "The group's leader said it was cancelling all operations under its old name "
            "and would be known as the Liberation Front.",
            "change_to_group_activity",
        ),
        (
            "The army opened a new radar station on the island on Monday, with 160 troops "
            "stationed there.",
            "headquarters_or_base_established",
        ),
        (
            "Police opened fire on university students on Wednesday as they set off to march "
            "on parliament to demand the minister's resignation, wounding at least ten.",
            "excessive_force_against_protesters",
        ),
        (
            "Dozens of residents were treated for blistered skin and breathing problems after "
            "shells that gave off a yellow, garlic-smelling gas fell on the town.",
            "chemical_weapon",
        ),
        (
            "Gunmen opened fire on students at the college gate, wounding four, police said.",
            "attack",
        ),
        (
            "Police fired tear gas at students marching on parliament on Wednesday, and "
            "several were treated for breathing problems.",
            "protest_with_intervention",
        ),
    ],
)
def test_short_reports_of_a_device_made_harmless_a_shrine_levelled_and_more(
    text: str, sub_event: str
) -> None:
    brief = _brief(text)
    assert brief.incident and brief.sub_event_type is not None
    assert brief.sub_event_type.value == sub_event


@pytest.mark.parametrize(
    "text",
    [
        "The government plans to level the playing field for small businesses.",
        "The bank said on Monday that it would be known as Atlas Financial from January.",
        "The football club changed its name after the merger with its city rival.",
    ],
)
def test_levelling_or_renaming_in_other_senses_is_no_incident(text: str) -> None:
    assert not _brief(text).incident
