"""Who did it and whom it hit, on unseen wording (issue 13, offactors4)."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.pipeline import draft_brief
from summarizer.engines.offline.scan import roles
from summarizer.engines.offline.scan.actors import match_lexicon


def _roles(sentence: str) -> set[tuple[str, str]]:
    return {(m.name, m.role) for m in roles.find_roles(sentence, default_lexicon())}


def _brief(text: str, published: str = "2024-05-02"):  # type: ignore[no-untyped-def]
    return draft_brief(Article.from_text(text, published=published))


def test_a_longer_name_holding_a_lexicon_name_is_another_group() -> None:
    lexicon = default_lexicon()
    sentence = "Fighters of the West Papua National Liberation Army shot dead nine workers."
    assert not match_lexicon(sentence, lexicon)
    assert ("West Papua National Liberation Army", "perpetrator") in _roles(sentence)
    # a country or a people's word before it still names the lexicon's group
    assert [e.name for e, _, _ in match_lexicon("the Colombian National Liberation Army", lexicon)]
    assert match_lexicon("On Monday the National Liberation Army attacked", lexicon)
    assert match_lexicon("Colombia National Liberation Army", lexicon)


def test_firing_on_and_shooting_at_name_who_was_hit() -> None:
    assert ("worshippers", "target") in _roles(
        "Gunmen burst into the church during Mass, firing on worshippers."
    )
    assert ("concertgoers", "target") in _roles(
        "Armed men walked through the foyer shooting at concertgoers."
    )
    assert ("evacuees", "target") in _roles("A missile hit the square, killing 50 evacuees.")


def test_a_doer_described_by_age_or_origin_is_named_as_described() -> None:
    assert ("28-year-old Afghan man", "perpetrator") in _roles(
        "A 28-year-old Afghan man attacked a group of children in a park."
    )
    assert ("40-year-old German man", "perpetrator") in _roles(
        "A 40-year-old German man drove a car into a crowd of pedestrians."
    )
    # undescribed, the doer stays an unknown "man" (no culprit named)
    assert ("man", "perpetrator") in _roles("A man attacked people with a knife.")
    brief = _brief(
        "BERLIN — A 40-year-old German man drove a car into a crowd of pedestrians in "
        "Mannheim on Monday, killing two people, police said."
    )
    assert [a.name for a in brief.perpetrators] == ["40-year-old German man"]


def test_whom_police_arrested_is_no_victim_of_the_attack() -> None:
    brief = _brief(
        "TOKYO — A former minister was shot dead during a speech in Nara on Friday, "
        "police said.\n\nPolice arrested a 41-year-old man at the scene."
    )
    assert "civilians" not in [a.name for a in brief.targets]


def test_the_person_the_lead_names_as_hit_outranks_weak_targets() -> None:
    # a person's own place
    brief = _brief(
        "MANILA — Armed men stormed the home of provincial governor Ramon Dela Pena in "
        "Pamplona town on Saturday and shot him dead, police said."
    )
    assert [a.name for a in brief.targets] == ["Ramon Dela Pena"]
    # one person by trade beside her name
    brief = _brief(
        "KANO, Nigeria — Students of a college in Kano stoned and beat a fellow student, "
        "Amina Bello Musa, to death on Thursday and set her body on fire, police said."
    )
    assert [a.name for a in brief.targets] == ["Amina Bello Musa"]
    # the force of a later gunfight is no target of the killing
    brief = _brief(
        "QUITO — Mayor Carlos Andrade Vera was shot dead outside his office on Sunday, the "
        "government said.\n\nTwo suspects were later killed in a gunfight with police."
    )
    assert [a.name for a in brief.targets] == ["Carlos Andrade Vera"]


def test_a_shell_kills_whom_it_finds_and_a_named_doer_is_no_target() -> None:
    brief = _brief(
        "KHERSON, Ukraine — Russian shelling hit a residential street on Tuesday, killing "
        "a 64-year-old woman, Olena Kravets, the governor said."
    )
    assert "Olena Kravets" not in [a.name for a in brief.targets]


def test_an_offensive_launched_against_a_band_and_a_force_made_to_pull_back() -> None:
    assert _roles(
        "Nigerien troops launched an offensive against Boko Haram near Diffa this week."
    ) >= {("Nigerien army", "perpetrator"), ("Boko Haram", "target")}
    assert ("Syrian army", "target") in _roles(
        "Rebels swept into the city on Friday, forcing the Syrian army to pull back."
    )


def _people(sentence: str) -> list[tuple[str, bool]]:
    from summarizer.engines.offline.scan.people import find_people

    return [(p.name, p.victim) for p in find_people(sentence, default_lexicon())]


def test_victims_named_after_a_rank_a_description_or_as_the_others() -> None:
    assert _people(
        "The soldiers were identified as Sgt. Amos Reed Carter, Sgt. Lena Ortiz and "
        "Sgt. Jamal Brooks."
    ) == [("Amos Reed Carter", True), ("Lena Ortiz", True), ("Jamal Brooks", True)]
    assert _people("Among the dead was British aid worker Tom Ashby, his family said.") == [
        ("Tom Ashby", True)
    ]
    assert _people("The others were Rui Costa Lima and Ana Paula Reis.") == [
        ("Rui Costa Lima", True),
        ("Ana Paula Reis", True),
    ]
    # a function word is no description: the agent who shot the gunman is no victim
    assert ("Border Patrol", True) not in _people(
        "The gunman was shot dead by a Border Patrol agent."
    )


def test_a_victim_of_an_earlier_killing_is_no_casualty() -> None:
    brief = _brief(
        "MEXICO CITY — Reporter Lidia Campos Rey was shot dead in her car in Tijuana on "
        "Sunday, less than a week after photographer Mario Ruiz Paz was killed in the "
        "same city, prosecutors said."
    )
    assert [p.name for p in brief.named_casualties] == ["Lidia Campos Rey"]


def test_plants_and_venues_are_sites_and_a_state_adjective_before_one_is_no_force() -> None:
    assert _roles("Ukrainian drones attacked the Afipsky oil refinery overnight.") == {
        ("Ukraine", "perpetrator"),
        ("Afipsky oil refinery", "target"),
    }
    assert ("concert venue", "target") in _roles("Gunmen stormed a concert venue on Friday.")
    assert ("Ukrainian trenches", "target") in _roles(
        "Russian troops dropped gas grenades on Ukrainian trenches near the town."
    )
    assert ("landing ship", "target") in _roles("Sea drones sank a landing ship off Crimea.")


def test_a_group_named_in_apposition_and_a_doer_identified_by_police() -> None:
    assert _roles("Ministers blamed a local Islamist group, Jamaat al-Tawhid Lanka.") == {
        ("Jamaat al-Tawhid Lanka", "perpetrator")
    }
    assert ("Revolutionary Struggle Cells", "perpetrator") in _roles(
        "Police blamed a local urban guerrilla group, the Revolutionary Struggle Cells, "
        "for the bombing."
    )
    # no name after the comma: the group stays as the article words it
    unnamed = _roles("Police blamed a local group, which they did not name, for the attack.")
    assert unnamed == {("local group", "perpetrator")}
    assert ("Somchai Rattanakul", "perpetrator") in _roles(
        "The attacker, identified by police as Somchai Rattanakul, 34, forced his way in."
    )


def test_a_named_tribe_or_clan_is_a_side_of_a_communal_clash() -> None:
    assert _roles("Gunmen from the Hela tribe attacked the Tari clan on Sunday.") == {
        ("Hela tribe", "perpetrator"),
        ("Tari clan", "target"),
    }
    # "a rival clan" names none
    assert not any("clan" in n for n, _ in _roles("Members of a rival clan attacked the village."))
