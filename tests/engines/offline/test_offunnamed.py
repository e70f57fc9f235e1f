"""Unnamed doers and targets: groups, forces, crowds and sites (issue 13, offunnamed)."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.pipeline import draft_brief
from summarizer.engines.offline.scan import roles


def _roles(sentence: str) -> set[tuple[str, str]]:
    return {(m.name, m.role) for m in roles.find_roles(sentence, default_lexicon())}


def _brief(text: str, published: str = "2024-05-02"):  # type: ignore[no-untyped-def]
    return draft_brief(Article.from_text(text, published=published))


def test_a_crowd_of_a_leader_is_named_for_the_leader() -> None:
    # (offdoers: named with its "of" complement, as labels keep it)
    assert ("supporters of President Donald Trump", "perpetrator") in _roles(
        "Thousands of supporters of President Donald Trump stormed the Capitol on Wednesday."
    )
    assert ("supporters of Mohamed Morsi", "perpetrator") in _roles(
        "Supporters of the deposed president Mohamed Morsi attacked a police station."
    )
    # a possessive is no leader: the name after it is
    assert ("supporters of Lula", "perpetrator") in _roles(
        "Supporters of Brazil's president Lula attacked a bus."
    )
    # a crowd with no leader named stays as it is
    assert ("supporters", "perpetrator") in _roles("Supporters attacked the office.")


def test_a_state_named_as_the_adjective_of_what_was_hit_is_no_target() -> None:
    found = _roles("Rioters stormed the US Capitol on Wednesday.")
    assert ("United States", "target") not in found
    assert ("Ukraine", "target") not in _roles("Two missiles hit a Ukrainian airliner.")
    # joined to another people's word before a head noun, the joined phrase was hit
    assert ("American and Canadian missionaries", "target") in _roles(
        "Gang members kidnapped 17 American and Canadian missionaries on Saturday."
    )
    assert ("American and Nigerien soldiers", "target") in _roles(
        "Militants ambushed a patrol of American and Nigerien soldiers on Wednesday."
    )
    # a state named as the object stays the target
    assert ("Israel", "target") in _roles("Iran fired missiles at Israel on Monday.")
    assert ("Russia", "target") in _roles("Drones struck Russia overnight.")


def test_a_numbered_aircraft_or_a_gunship_names_its_state_as_the_doer() -> None:
    assert ("United States", "perpetrator") in _roles(
        "An American AC-130 gunship repeatedly fired on the hospital."
    )


def test_looters_and_a_power_plant_by_what_it_is_for() -> None:
    assert ("looters", "perpetrator") in _roles("Looters ransacked shopping malls in Durban.")
    found = _roles("Missiles destroyed the Zmiivska thermal power plant near Kharkiv.")
    assert any(role == "target" and name.endswith("power plant") for name, role in found)
    assert ("pro-Russian separatists", "perpetrator") in _roles(
        "Kyiv blamed pro-Russian separatists for the downing."
    )


def test_a_site_named_in_the_lead_beats_anyone_counted() -> None:
    brief = _brief(
        "ALEPPO — Air strikes destroyed the al-Quds hospital in Aleppo overnight, killing "
        "at least 27 people, the charity that supported it said."
    )
    assert [a.name for a in brief.targets] == ["al-Quds hospital"]
    # the article's own word for the victims still goes first
    brief = _brief(
        "KABUL — A bomb hit a mosque in Kabul on Friday, killing 20 worshippers, officials said."
    )
    assert [a.name for a in brief.targets] == ["worshippers"]


def test_two_peoples_forces_trading_fire_are_two_sides() -> None:
    found = _roles("Thai and Cambodian troops traded artillery fire near the temple.")
    assert ("Thai army", "perpetrator") in found
    assert ("Cambodian army", "target") in found
    found = _roles("Indian and Chinese soldiers clashed in the valley on Monday.")
    assert ("Indian army", "perpetrator") in found and ("Chinese army", "target") in found
    # both hit by a third party: no side is made up
    assert ("Gunmen", "perpetrator") not in _roles("Gunmen attacked Thai and Cambodian troops.")


def test_a_battle_with_police_makes_the_police_the_other_side() -> None:
    found = _roles("Gunmen fought a gun battle with police in the town.")
    assert ("gunmen", "perpetrator") in found and ("police", "target") in found
    found = _roles("Gunmen battled police for hours in the town.")
    assert ("police", "target") in found and ("police", "perpetrator") not in found


def test_a_number_word_never_opens_an_actor() -> None:
    found = _roles("Seventeen Indian troops were killed in the clash.")
    assert all(not name.lower().startswith("seventeen") for name, _ in found)


def test_troops_of_a_named_army_are_that_army() -> None:
    found = _roles(
        "A violent face-off took place between troops of the Indian Army and the "
        "People's Liberation Army of China."
    )
    assert ("Indian Army", "perpetrator") in found


def test_a_later_act_names_its_own_doer_not_this_ones() -> None:
    brief = _brief(
        "IDLIB — Warplanes dropped bombs on the town of Khan Shaykhun on Tuesday, killing "
        "at least 70 people, rescuers said.\n\n"
        "Two days after the attack, the United States fired 59 cruise missiles at an air "
        "base."
    )
    assert "United States" not in [a.name for a in brief.perpetrators]
    brief = _brief(
        "KABUL — The United States fired missiles at a militant camp on Tuesday, killing "
        "at least 7 fighters, officials said."
    )
    assert [a.name for a in brief.perpetrators] == ["United States"]


def test_the_revolutionary_guards_are_named_as_such() -> None:
    assert ("Revolutionary Guards", "perpetrator") in _roles(
        "Revolutionary Guards opened fire on demonstrators near the city."
    )


def test_a_grenade_thrown_into_a_rally_hit_the_rally() -> None:
    assert ("rally", "target") in _roles("A grenade was thrown into a rally for the mayor.")


def test_a_governments_air_force_is_one_phrase() -> None:
    found = _roles("Activists blamed the Syrian government's air force for the strike.")
    assert any(role == "perpetrator" and "air force" in name for name, role in found)


def test_a_count_with_a_bare_participle_was_hurt() -> None:
    found = _roles("Police said three of the gunmen were killed and two officers wounded.")
    assert ("police", "perpetrator") not in found
    assert ("gunmen", "perpetrator") in _roles("Gunmen killed three people.")


def test_people_owning_a_site_name_the_site() -> None:
    assert ("Okhmatdyt children's hospital", "target") in _roles(
        "A missile struck the Okhmatdyt children's hospital in Kyiv."
    )
    assert ("workers' hostel", "target") in _roles("Gunmen attacked the workers' hostel.")
    # people owning no site stay the people
    assert ("children", "target") in _roles("Gunmen killed the children's parents.")


def test_the_group_attackers_belonged_to_is_the_doer() -> None:
    assert ("Jaish-e-Mohammed", "perpetrator") in _roles(
        "Officers said the militants carried maps and belonged to Jaish-e-Mohammed."
    )


def test_a_units_headquarters_is_the_site_as_named() -> None:
    assert ("army brigade headquarters", "target") in _roles(
        "Four militants attacked an army brigade headquarters before dawn."
    )


def test_an_air_force_helicopter_dropping_a_cylinder_is_the_doer() -> None:
    found = _roles(
        "A Syrian air force helicopter dropped a chlorine cylinder on residential buildings."
    )
    assert ("Syrian air force", "perpetrator") in found
    assert ("residential buildings", "target") in found
    assert ("Iraqi army", "perpetrator") in _roles(
        "Iraqi army helicopters fired rockets at militants."
    )


def test_an_ancient_site_razed_is_the_target() -> None:
    assert ("archaeological site", "target") in _roles("Militants razed the archaeological site.")
    assert ("ancient site of Nimrud", "target") in _roles(
        "Militants bulldozed the ancient site of Nimrud."
    )


def test_a_crowd_counted_as_people_is_the_crowd_of_a_protest_or_riot() -> None:
    brief = _brief(
        "HONG KONG — Dressed in black, hundreds of thousands of people walked peacefully "
        "through the city on Sunday, demanding the withdrawal of a bill."
    )
    assert [a.name for a in brief.perpetrators] == ["protesters"]


def test_a_count_before_a_site_is_no_description_of_it() -> None:
    assert ("churches", "target") in _roles("A mob burned five churches in the town.")
    assert ("houses", "target") in _roles("Rockets destroyed many houses in the village.")
    assert ("central market", "target") in _roles("A bomb hit the central market.")
