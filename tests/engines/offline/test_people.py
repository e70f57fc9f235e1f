"""Named victims: by the role written before or after the name, in lists, across sentences,
in many naming traditions, and each person once however often named. The reports are
written for this test."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine

ENGINE = OfflineEngine()


def _victims(text: str) -> dict[str, str]:
    brief = ENGINE.summarize(Article.from_text(text, published="2024-05-10"))
    return {c.name: c.status.value for c in brief.named_casualties}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen shot dead the activist Marta Quispe outside her home in Cusco on Tuesday.",
            {"Marta Quispe": "killed"},
        ),
        (
            "Human-rights lawyer Tomasz Wójcik was stabbed to death in the street, police said.",
            {"Tomasz Wójcik": "killed"},
        ),
        (
            "Police said Kwame Mensah, a journalist with a local radio station, was abducted "
            "by armed men on Sunday.",
            {"Kwame Mensah": "abducted"},
        ),
        (
            "Opposition councillor Aisha bint Salem and her driver were wounded when gunmen "
            "fired on their car.",
            {"Aisha bint Salem": "injured"},
        ),
        (
            "Two teachers, Juan Carlos de la Cruz and María dos Santos, were killed when "
            "attackers raided the school.",
            {"Juan Carlos de la Cruz": "killed", "María dos Santos": "killed"},
        ),
        (
            "The victims were named as Nguyen Van Long, Tran Thi Mai and Le Duc Anh.",
            {"Nguyen Van Long": "killed", "Tran Thi Mai": "killed", "Le Duc Anh": "killed"},
        ),
    ],
)
def test_named_victims_by_role_and_list(text: str, expected: dict[str, str]) -> None:
    assert _victims(f"A gunman attacked a village, killing several people. {text}") == expected


def test_one_person_once_across_sentences() -> None:
    text = (
        "A bomb killed the prominent journalist Ahmed Farouk al-Najjar in Mosul on Monday. "
        "Al-Najjar had reported on corruption for a decade. "
        "Colleagues said al-Najjar had received threats."
    )
    assert _victims(text) == {"Ahmed Farouk al-Najjar": "killed"}


def test_a_surname_with_a_status_is_the_person_named_before() -> None:
    text = (
        "Police identified the attacker as Pieter van der Berg, 34, a farm worker. "
        "Van der Berg was shot dead by officers after he stabbed two people."
    )
    victims = _victims(text)
    assert victims.get("Pieter van der Berg") == "killed"


def test_speakers_and_places_are_not_victims() -> None:
    text = (
        "Gunmen killed three farmers near Makeni on Sunday. "
        "Fatmata Koroma, a local official, said the attackers fled into the forest. "
        "The dead were buried in Freetown Road cemetery."
    )
    assert _victims(text) == {}


def test_a_victim_named_with_a_long_appositive_is_the_target() -> None:
    text = (
        "Tomás Ibarra Ruiz, founder of the community radio station La Voz del Valle, was shot "
        "dead on Monday night outside his home in Tlapa, police said."
    )
    brief = ENGINE.summarize(Article.from_text(text))
    assert [(p.name, p.status.value) for p in brief.named_casualties] == [
        ("Tomás Ibarra Ruiz", "killed")
    ]
    assert [a.name for a in brief.targets] == ["Tomás Ibarra Ruiz"]
    assert brief.killed is not None and brief.killed.max == 1


def test_a_first_name_that_is_also_a_region_opens_a_name() -> None:
    text = "Gunmen killed the driver, Peter Lokong Lado, and a nurse, Mary Akuol Deng, on Friday."
    brief = ENGINE.summarize(Article.from_text(text))
    assert {p.name for p in brief.named_casualties} == {"Peter Lokong Lado", "Mary Akuol Deng"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of dying after a list of names
        (
            "Bandits raided a gold mine at night. Chinedu Eze and Bala Usman died at the scene.",
            {"Chinedu Eze": "killed", "Bala Usman": "killed"},
        ),
        # the army names its dead, with ranks that are no part of the name
        (
            "Four soldiers were killed in an ambush; the army named them as Sergeant Farid "
            "Haidari and Private Jawad Rahimi.",
            {"Farid Haidari": "killed", "Jawad Rahimi": "killed"},
        ),
        # a clergyman's abbreviated title; a rights defender who succumbed to wounds
        (
            "Gunmen kidnapped Fr. Obinna Eze on the road to Nsukka on Sunday.",
            {"Obinna Eze": "abducted"},
        ),
        (
            "Rights defender Khin Myo Thet succumbed to her wounds after soldiers fired on "
            "the crowd.",
            {"Khin Myo Thet": "killed"},
        ),
        # "the murder of": the councillor and her driver, both named
        (
            "A court convicted two men of the murder of councillor Ana Lúcia Prado and her "
            "driver, Caio Mendes.",
            {"Ana Lúcia Prado": "killed", "Caio Mendes": "killed"},
        ),
    ],
)
def test_deaths_ranks_titles_and_murders(text: str, expected: dict[str, str]) -> None:
    assert _victims(f"Gunmen attacked a village, killing several people. {text}") == expected


def test_a_surname_alone_is_the_first_person_named_with_it() -> None:
    text = (
        "Gunmen shot dead the reporter Lucia Varga in Arad on Monday. Her brother, Mihai "
        "Varga, called for justice. Varga was shot four times outside her home."
    )
    assert "Lucia Varga" in _victims(text)


def test_suspects_arrested_beside_the_dead_are_no_casualties() -> None:
    text = (
        "A journalist was killed in Owerri on Friday. Police said Samuel Okoro, 52, was shot "
        "dead outside his office. Police arrested Daniel Nwosu, 31, on Saturday."
    )
    assert _victims(text) == {"Samuel Okoro": "killed"}


def test_the_arrested_are_the_casualties_of_an_arrest() -> None:
    text = "Soldiers arrested the journalist Thura Aung in Yangon on Friday."
    assert _victims(text) == {"Thura Aung": "arrested"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office in capitals before the name is no part of it
        (
            "Former Prime Minister Tomasz Nowak died on Friday after being shot at a rally.",
            {"Tomasz Nowak": "killed"},
        ),
        # an initial inside the name, a particle after it
        (
            "Crime reporter Pieter J. de Wit died in hospital nine days after he was shot.",
            {"Pieter J. de Wit": "killed"},
        ),
        # a given name with a hyphenated lower-case part
        (
            "Lee Min-jun, a shopkeeper, died after a man stabbed him at a bus stop.",
            {"Lee Min-jun": "killed"},
        ),
        # a kunya opens a name
        ("Police shot dead student Abu Karim during the march.", {"Abu Karim": "killed"}),
        # an appositive by a word for a person ("a classmate"), a cue of death by burning
        (
            "A mob beat and burned to death a classmate, Ruth Danjuma Ali, over a message.",
            {"Ruth Danjuma Ali": "killed"},
        ),
        # "was pulled from her car and killed"
        (
            "Leyla Hasan, head of a women's union, was pulled from her car and killed.",
            {"Leyla Hasan": "killed"},
        ),
        # "hit in the back": wounded; "stabbed" alone is a weak cue of wounding
        (
            "The journalist Sara Malouf was shot dead; her colleague Omar Haddad, a producer, "
            "was hit in the back.",
            {"Sara Malouf": "killed", "Omar Haddad": "injured"},
        ),
        (
            "Councillor Ruth Evans died after the attack. Frank Doyle, a 70-year-old retired "
            "miner who tried to stop it, was stabbed in the street.",
            {"Ruth Evans": "killed", "Frank Doyle": "injured"},
        ),
        # taken away by soldiers: abducted
        (
            "Soldiers took away Ko Min Thu, a 30-year-old teacher, from his home at night.",
            {"Ko Min Thu": "abducted"},
        ),
    ],
)
def test_offices_initials_and_cues_of_real_reports(text: str, expected: dict[str, str]) -> None:
    assert _victims(f"Gunmen attacked a town on Sunday. {text}") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ages between the names of a list
        (
            "The dead were Ali Musa, 34, Fatima Bello, 29, and Hassan Garba, 61.",
            {"Ali Musa", "Fatima Bello", "Hassan Garba"},
        ),
        # a country after a name, an appositive, a count of a group before a name
        (
            "The dead were Maja Novak of Slovenia, Tariq Aziz Khan, a driver, and two guards, "
            "Ben Walker and Sam Ortiz.",
            {"Maja Novak", "Tariq Aziz Khan", "Ben Walker", "Sam Ortiz"},
        ),
        # "X and his fiancée, Y"
        (
            "Reporter Jan Horak and his fiancée, Eva Dubova, were found shot dead at home.",
            {"Jan Horak", "Eva Dubova"},
        ),
    ],
)
def test_lists_with_ages_countries_and_relations(text: str, expected: set[str]) -> None:
    assert set(_victims(f"Gunmen attacked a village on Sunday. {text}")) == expected


def test_a_relatives_anchor_and_a_place_are_no_victims() -> None:
    text = (
        "The bodies of 30 people, among them the wife and two sisters of local politician "
        "Datu Rahman Musa, were found on a hillside. Gunmen also killed three guards at a "
        "warehouse in Deir Hanna, the charity said."
    )
    assert _victims(text) == {}


def test_a_name_inside_an_institution_is_no_person() -> None:
    text = (
        "The Forces Vives de Guinée said three young men had been shot dead by the security "
        "forces on Thursday."
    )
    assert _victims(text) == {}


def test_a_place_east_of_which_it_happened_is_no_victim() -> None:
    text = (
        "Photographer Sami Nasser, 30, died of his wounds on Saturday after being shot while "
        "covering protests east of Khan Hamad, the health ministry said."
    )
    assert _victims(text) == {"Sami Nasser": "killed"}


def test_a_cue_of_death_well_after_the_name_is_what_befell() -> None:
    text = (
        "Opposition politician Pavel Orlov was shot four times in the back as he walked across "
        "a bridge near the river late on Friday and died at the scene, police said."
    )
    assert _victims(f"Gunmen attacked a politician in the capital. {text}") == {
        "Pavel Orlov": "killed"
    }


def test_a_surname_inside_another_full_name_is_that_person() -> None:
    text = (
        "Gunmen attacked the village of El Alto on Sunday night. Community leader Rosa Medina "
        "Quispe was shot dead at her door. Her nephew, Luis Alberto Quispe, 19, was hit in "
        "the shoulder. Medina had reported threats."
    )
    assert _victims(text) == {"Rosa Medina Quispe": "killed", "Luis Alberto Quispe": "injured"}


def test_peoples_names_joined_by_a_hyphen_name_no_one() -> None:
    text = (
        "Soldiers shot dead Somali-Canadian teenager Sara Karimi, 19, at a checkpoint outside "
        "Tabriz on Friday, her family said."
    )
    assert _victims(text) == {"Sara Karimi": "killed"}


def test_names_with_latin_extended_capitals_are_people() -> None:
    found = _victims(
        "Serbia's prime minister, Zoran Đinđić, was shot dead by a sniper on Wednesday outside "
        "the government building in Belgrade."
    )
    assert found == {"Zoran Đinđić": "killed"}


def test_an_official_who_condemns_is_no_casualty() -> None:
    found = _victims(
        "The reporter Ana Beltrán was shot dead outside her home in Culiacán on Thursday. "
        "Governor Rubén Rocha Moya condemned the killing."
    )
    assert found == {"Ana Beltrán": "killed"}
