"""Named suspects: the person a story of violence names as who did it is a perpetrator,
never a target, and a casualty only as arrested. The reports are written for this test."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import IncidentBrief

ENGINE = OfflineEngine()


def _brief(text: str) -> IncidentBrief:
    return ENGINE.summarize(Article.from_text(text, published="2024-05-10"))


def _doers(text: str) -> list[str]:
    return [a.name for a in _brief(text).perpetrators]


@pytest.mark.parametrize(
    ("text", "suspect"),
    [
        (  # "identified as" after a sentence about the gunman
            "A gunman shot dead the mayor Rosa Villalba outside the town hall in Tarija on "
            "Monday. Guards tackled the gunman at the scene. He was identified as Mateo "
            "Quiroga Salas, 34, a former council employee.",
            "Mateo Quiroga Salas",
        ),
        (  # the suspect as the subject of "identified as"
            "The journalist Ifeoma Chukwu was stabbed to death in Enugu on Sunday. The suspect "
            "was identified as Chidi Okafor, police said.",
            "Chidi Okafor",
        ),
        (  # "X, 25, was charged with murder"
            "The lawmaker Henrik Solberg was killed in a knife attack in Bergen on Friday. "
            "Lars Eide, 25, was charged with murder on Saturday.",
            "Lars Eide",
        ),
        (  # an arrest before the name, in a paragraph about the deed
            "The activist Nomvula Dlamini was shot dead at her gate in Durban on Tuesday. "
            "Police arrested a local man, Sipho Ndlovu, in connection with the shooting.",
            "Sipho Ndlovu",
        ),
        (  # a surrender after the name, told a week later
            "The radio host Ramon Dizon was shot dead in his car in Cebu on Monday.\n\n"
            "A week later a man, Arnel Bautista, surrendered to police and said he was the "
            "gunman.",
            "Arnel Bautista",
        ),
    ],
)
def test_a_named_suspect_is_a_perpetrator(text: str, suspect: str) -> None:
    brief = _brief(text)
    assert suspect in [a.name for a in brief.perpetrators]
    assert suspect not in [a.name for a in brief.targets]
    assert all(c.status.value != "killed" for c in brief.named_casualties if c.name == suspect)


def test_a_list_of_suspects_shares_the_arrest() -> None:
    doers = _doers(
        "The editor Chan Wai-man was attacked with a cleaver in Kowloon on Wednesday and "
        "critically wounded. Police later arrested two suspects, Ho Ka-lok and Tse Wing-kit."
    )
    assert doers[:2] == ["Ho Ka-lok", "Tse Wing-kit"]


def test_the_victim_of_a_charge_is_no_suspect() -> None:
    doers = _doers(
        "A man was charged with the murder of the journalist Amara Diallo in Conakry on "
        "Friday. Diallo was shot dead outside his office on Tuesday."
    )
    assert "Amara Diallo" not in doers


def test_an_arrest_unrelated_to_the_deed_names_no_suspect() -> None:
    doers = _doers(
        "The student Arash Karimi died in hospital in Tehran on Friday after he was beaten "
        "at a checkpoint.\n\nAmong those detained in the following days were two reporters, "
        "Leila Moradi and Sara Rostami, who had written about his case."
    )
    assert "Leila Moradi" not in doers and "Sara Rostami" not in doers


def test_no_suspect_in_an_arrest_story() -> None:
    brief = _brief(
        "Police in Lagos arrested the activist Omoyele Adebayo on Monday at his home, "
        "accusing him of organising an unlawful march."
    )
    assert "Omoyele Adebayo" not in [a.name for a in brief.perpetrators]


def test_a_suspect_is_listed_as_arrested_after_the_victims() -> None:
    brief = _brief(
        "The senator Olga Rinaldi was shot dead outside her office in Palermo on Friday. "
        "Police arrested a 40-year-old man, Paolo Greco, at the scene."
    )
    assert [(c.name, c.status.value) for c in brief.named_casualties] == [
        ("Olga Rinaldi", "killed"),
        ("Paolo Greco", "arrested"),
    ]


def test_a_person_killed_earlier_in_the_week_is_no_casualty() -> None:
    brief = _brief(
        "A gunman killed three police officers at a march in Leeds on Thursday. The march had "
        "been called after police shot dead Kofi Mensah and Dayo Bello earlier in the week."
    )
    assert not {"Kofi Mensah", "Dayo Bello"} & {c.name for c in brief.named_casualties}


def test_a_styled_victim_is_the_target_by_name() -> None:
    brief = _brief(
        "A gunman shot Representative Laura Whitfield at a meeting with voters outside a "
        "library in Dayton on Saturday; she was critically wounded."
    )
    assert "Laura Whitfield" in [a.name for a in brief.targets]


def test_a_car_bomb_victim_named_in_the_lead_is_the_target() -> None:
    brief = _brief(
        "The investigative journalist Elena Marku was killed on Monday when a bomb destroyed "
        "the car she was driving near her home outside Tirana."
    )
    assert [a.name for a in brief.targets] == ["Elena Marku"]


@pytest.mark.parametrize(
    ("text", "name", "status"),
    [
        (
            "Three people died in the blast at the market in Jos. One victim, Ibrahim Danladi, "
            "was killed instantly, his brother said.",
            "Ibrahim Danladi",
            "killed",
        ),
        (
            "A gunman fired on a rally in Lahore on Thursday. Two other supporters, Bilal Akram "
            "and Usman Tariq, were wounded.",
            "Usman Tariq",
            "injured",
        ),
    ],
)
def test_a_name_in_apposition_closed_by_a_comma_is_a_casualty(
    text: str, name: str, status: str
) -> None:
    found = {c.name: c.status.value for c in _brief(text).named_casualties}
    assert found.get(name) == status


def test_a_name_closed_by_a_comma_without_apposition_is_no_casualty() -> None:
    brief = _brief(
        "Raul Ocampo, founder of the news page Noticias del Sur, was shot dead in Ometepec "
        "on Tuesday."
    )
    assert "Noticias del Sur" not in [c.name for c in brief.named_casualties]


@pytest.mark.parametrize(
    ("text", "suspect"),
    [
        (  # one person described before the name, in a paragraph silent on the doer
            "The MP Clara Hughes was shot and stabbed outside a library in Wakefield on "
            "Thursday. Police arrested a 48-year-old local man, Derek Shaw, nearby.",
            "Derek Shaw",
        ),
        (  # the agent of the deed
            "The blogger Farid Haddad was killed on Saturday when his car exploded in Sidon. "
            "Investigators said the bombing was carried out by a Syrian man, Khaled Nasser.",
            "Khaled Nasser",
        ),
    ],
)
def test_an_arrested_individual_or_an_agent_is_a_suspect(text: str, suspect: str) -> None:
    assert suspect in _doers(text)


def test_a_person_unhurt_is_no_casualty() -> None:
    brief = _brief(
        "Gunmen shot dead the prosecutor Marco Bellini on a beach near Cartagena on Tuesday "
        "while he was on holiday with his wife, the journalist Lucia Ferri, who was unhurt."
    )
    assert [c.name for c in brief.named_casualties] == ["Marco Bellini"]


def test_a_person_arrested_and_targeted_is_a_casualty_too() -> None:
    brief = _brief(
        "Police arrested Senator Ramon Villanueva, a critic of the president's drug war, at "
        "the Senate in Manila on Tuesday."
    )
    assert [(c.name, c.status.value) for c in brief.named_casualties] == [
        ("Ramon Villanueva", "arrested")
    ]


def test_one_arrested_later_with_no_word_of_the_deed_is_no_suspect() -> None:
    doers = _doers(
        "A man stabbed two guards outside a bank in Lyon on Friday. The next day police "
        "arrested a 30-year-old woman, Claire Dubois, in Marseille."
    )
    assert "Claire Dubois" not in doers
