"""offnamed: the people a story names as killed, hurt, taken or arrested, by the clause.

Covers: the object of an arrest or abduction verb, a title or description between verb
and name ("soldiers detained President X", "gunmen kidnapped Father X"), and a second
object joined to it, is arrested or abducted, while the verb's subject is not; an
attacker who killed himself or was shot dead is killed, a surviving one is not killed; a
person named with a role whose next sentence tells by a pronoun that he was shot dead is
killed; "Mr X" is the person named in full before; a person the sentence quotes is no
casualty unless the words after the name say what befell them; a count opening a name
("Four Marines") and a leader named in background ("supporters of President X") are
none. Sentences written for these tests.
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.pipeline import draft_brief


def _named(text: str) -> dict[str, str]:
    """The named casualties the engine gives a report: name -> status."""
    brief = draft_brief(Article.from_text(text, published="2023-05-14"))
    return {c.name: c.status.value for c in brief.named_casualties}


def test_object_of_an_arrest_verb_after_a_title_is_arrested() -> None:
    named = _named(
        "Soldiers of the republican guard detained President Amadou Sangare at his residence "
        "in the capital on Saturday and announced on television that they had taken power."
    )
    assert named == {"Amadou Sangare": "arrested"}
    # counter-example: the subject of the verb is not the one held
    named = _named(
        "Colonel Ibrahim Kone detained two ministers at the airport on Saturday and announced "
        "on television that the army had taken power."
    )
    assert "Ibrahim Kone" not in named


def test_objects_joined_by_and_are_all_held() -> None:
    named = _named(
        "Soldiers detained Prime Minister Abdalla Hamdok and Minister Khalid Omer at their "
        "homes on Monday, his office said."
    )
    assert named == {"Abdalla Hamdok": "arrested", "Khalid Omer": "arrested"}


def test_object_of_a_kidnap_verb_is_abducted() -> None:
    named = _named(
        "Gunmen kidnapped oil executive Emmanuel Okafor on Sunday night near Enugu, police said."
    )
    assert named == {"Emmanuel Okafor": "abducted"}
    # counter-example: a name after a preposition is no object of the verb
    named = _named(
        "Armed men kidnapped three farmers near the house of Emmanuel Okafor on "
        "Sunday night, the police said."
    )
    assert "Emmanuel Okafor" not in named


def test_attacker_who_shot_himself_or_was_shot_dead_is_killed() -> None:
    named = _named(
        "A gunman killed three worshippers at a church in Dayton on Sunday. The gunman, "
        "Kyle Brennan, 31, who shot himself as police arrived, had been fired from his job."
    )
    assert named.get("Kyle Brennan") == "killed"
    named = _named(
        "A man stabbed two women at a market in Lyon on Sunday. The attacker, Karim Haddad, "
        "was shot dead by police minutes later."
    )
    assert named.get("Karim Haddad") == "killed"
    # counter-example: a surviving suspect is not killed
    named = _named(
        "A man stabbed two women at a market in Lyon on Sunday, killing one. The attacker, "
        "Karim Haddad, was arrested at the scene."
    )
    assert named.get("Karim Haddad") != "killed"


def test_pronoun_in_the_next_sentence_tells_the_death() -> None:
    named = _named(
        "Journalist Julio Barrientos ran a morning programme on a station in Tegucigalpa. "
        "He was shot dead outside his house on Thursday night by two men on a motorcycle."
    )
    assert named == {"Julio Barrientos": "killed"}
    # counter-example: the next sentence is not about him
    named = _named(
        "Journalist Julio Barrientos ran a morning programme on a station in Tegucigalpa. "
        "The station's van was set on fire on Thursday night by two men on a motorcycle."
    )
    assert "Julio Barrientos" not in named


def test_mister_surname_is_the_person_named_before() -> None:
    named = _named(
        "A bank clerk, Daniel Ferreira, was shot dead outside a branch in Porto on Friday. "
        "Mr Ferreira, a father of two, was leaving work when he was shot in the back."
    )
    assert named == {"Daniel Ferreira": "killed"}


def test_quoted_speaker_is_no_casualty_unless_told_hurt() -> None:
    named = _named(
        "Gunmen shot dead four people at a bar in Durban on Saturday. Police Captain Sipho "
        "Ndlovu confirms that two more were wounded and taken to hospital."
    )
    assert "Sipho Ndlovu" not in named
    # counter-example: the speaker's own hurt is told right after the name
    named = _named(
        'Gunmen opened fire on a bar in Durban on Saturday. "They shot at everyone," said '
        "Sipho Ndlovu, a waiter who was wounded in the arm."
    )
    assert named == {"Sipho Ndlovu": "injured"}


def test_counted_name_and_background_leader_are_no_casualties() -> None:
    named = _named(
        "Four Marines were killed when a gunman opened fire on a recruiting office in "
        "Chattanooga on Thursday."
    )
    assert not any(name.startswith("Four") for name in named)
    named = _named(
        "Police opened fire on farmers marching to support President Luis Arce near Cochabamba "
        "on Friday, killing two of them."
    )
    assert "Luis Arce" not in named


def test_person_who_gave_himself_up_is_arrested() -> None:
    named = _named(
        "Former interior minister Dragan Petrovic handed himself over to police in Novi Sad "
        "on Tuesday after a two-day stand-off at his house."
    )
    assert named == {"Dragan Petrovic": "arrested"}
    # counter-example: a person who hands over something else is not held
    named = _named(
        "Former interior minister Dragan Petrovic handed over the keys of the ministry in "
        "Novi Sad on Tuesday after a two-day stand-off."
    )
    assert "Dragan Petrovic" not in named
