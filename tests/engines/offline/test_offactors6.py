"""Doers and targets of unseen articles, non-violent types first (issue 13, offactors6)."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.pipeline import draft_brief
from summarizer.engines.offline.scan import roles
from summarizer.schema import SubEventType


def _roles(sentence: str) -> set[tuple[str, str]]:
    return {(m.name, m.role) for m in roles.find_roles(sentence, default_lexicon())}


def _brief(text: str, published: str = "2016-05-02"):  # type: ignore[no-untyped-def]
    return draft_brief(Article.from_text(text, published=published))


def _names(actors) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.name for a in actors]


def test_a_bomber_who_blew_herself_up_is_the_doer_as_described() -> None:
    assert ("woman", "perpetrator") in _roles(
        "A woman blew herself up at the gate of a college in the city on Monday."
    )
    assert ("suicide bomber", "perpetrator") in _roles(
        "A suicide bomber carrying explosives blew himself up outside the stadium."
    )
    brief = _brief("A woman blew herself up in a crowd of students at a college on Sunday.")
    assert _names(brief.perpetrators) == ["woman"]
    # someone who did nothing is still no doer
    assert not {r for r in _roles("A woman was found dead in the river.") if r[1] == "perpetrator"}


def test_an_agreement_names_its_parties_by_their_leaders() -> None:
    brief = _brief(
        "President Alvaro Duarte and the FARC commander Ivan Restrepo signed a peace accord "
        "in Havana on Monday, ending decades of war."
    )
    assert brief.sub_event_type == SubEventType.agreement
    names = _names(brief.perpetrators)
    assert "Alvaro Duarte" in names and "FARC" in names
    assert "Ivan Restrepo" not in names  # the FARC's own commander is the FARC


def test_a_countrys_leader_is_that_country_and_a_place_after_in_is_no_party() -> None:
    brief = _brief(
        "Chad's President Karl Brenner and the rebel leader Tomas Vell signed a peace "
        "agreement in the Ethiopian capital on Wednesday."
    )
    names = _names(brief.perpetrators)
    assert "Tomas Vell" in names
    assert "Karl Brenner" not in names
    assert not any("Ethiop" in n for n in names)


def test_an_agreement_between_generic_parties_names_both() -> None:
    brief = _brief(
        "The government and the rebels signed a ceasefire agreement in the capital on Friday."
    )
    assert brief.sub_event_type == SubEventType.agreement
    assert set(_names(brief.perpetrators)) == {"government", "rebels"}


def test_the_farc_before_its_accord_is_not_its_dissidents() -> None:
    assert ("FARC", "perpetrator") in _roles("FARC rebels attacked a police post in Cauca.")
    assert ("FARC dissidents", "perpetrator") in _roles(
        "FARC dissidents attacked a police post in Cauca."
    )


def test_prosecutors_who_take_someone_into_custody_are_the_doer() -> None:
    assert ("prosecutors", "perpetrator") in _roles(
        "Prosecutors took the former minister into custody on Friday."
    )
    assert ("police", "perpetrator") in _roles(
        "The former president was taken into custody by police in the capital on Monday."
    )


def test_the_one_arrested_is_named_as_the_text_describes_him() -> None:
    brief = _brief(
        "Police arrested an 18-year-old man at the port of Dover on Saturday in connection "
        "with the bombing of a train, officers said."
    )
    assert brief.sub_event_type == SubEventType.arrests
    assert "18-year-old man" in _names(brief.targets)


def test_a_groups_claim_naming_one_of_its_units_names_the_group() -> None:
    assert ("ELN", "perpetrator") in _roles(
        "The National Liberation Army, the ELN, said in a statement that one of its urban "
        "units had carried out the attack."
    )
    assert ("Kurdistan Freedom Falcons", "perpetrator") in _roles(
        "The Kurdistan Freedom Falcons later said they carried it out."
    )
    # a count of its own members among the dead claims nothing
    assert ("Popular Mobilization Forces", "perpetrator") not in _roles(
        "The Popular Mobilisation Forces said ten people were killed, five of them its own members."
    )


def test_positions_held_by_a_group_were_the_groups() -> None:
    found = _roles(
        "Fighters of the National Liberation Army, the ELN, attacked positions held by the EPL."
    )
    assert ("EPL", "target") in found
    assert ("ELN", "perpetrator") in found


def test_passers_by_and_policewomen_are_who_was_hit() -> None:
    assert ("policewomen", "target") in _roles("A man stabbed two policewomen in the city centre.")
    assert ("passers-by", "target") in _roles("He stabbed three passers-by near the station.")
    # "a terrorist attack" is what the attack was called, not who did it
    assert not _roles("The minister called it a terrorist attack.")


def test_a_force_that_moved_into_a_territory_took_it() -> None:
    assert ("Palestinian security forces", "perpetrator") in _roles(
        "Palestinian security forces moved into the vacated settlements on Monday."
    )


def test_bomb_disposal_teams_of_a_force_are_that_force() -> None:
    assert ("police", "perpetrator") in _roles(
        "Police bomb technicians disarmed a car bomb in the square on Saturday."
    )
    assert ("sappers", "perpetrator") in _roles("Sappers defused the device near the bridge.")
    brief = _brief(
        "Police bomb disposal officers on Tuesday made safe a minibus packed with explosives "
        "near a checkpoint, the police commissioner said, blaming al-Shabaab for planting it."
    )
    assert brief.sub_event_type == SubEventType.disrupted_weapons_use
    assert _names(brief.perpetrators) == ["police"]


def test_a_groups_own_move_names_the_group_the_lexicon_knows() -> None:
    brief = _brief(
        "The Movement for the Emancipation of the Niger Delta announced an indefinite "
        "ceasefire on Sunday, suspending attacks on oil installations."
    )
    assert "MEND" in _names(brief.perpetrators)


def test_a_forces_release_about_an_attack_on_its_troops_keeps_the_attackers_as_doer() -> None:
    text = (
        "CAMEROONIAN ARMY\nPRESS RELEASE\n\nATTACK ON TROOPS AT KOLOFATA\n\n"
        "1. In the early hours of Sunday, Boko Haram terrorists attacked the location of our "
        "troops at Kolofata, in the Far North region of Cameroon, with gun trucks.\n\n"
        "2. The gallant troops engaged them in a firefight and repelled the attack. Two "
        "soldiers were killed and five wounded.\n\nSigned\nArmy Spokesman\n"
    )
    brief = _brief(text, published="2016-03-02")
    assert _names(brief.perpetrators) == ["Boko Haram"]
    assert "Boko Haram" not in _names(brief.targets)
    assert brief.targets  # the troops


def test_a_doer_described_by_what_it_was_doing_is_still_the_doer() -> None:
    found = _roles(
        "Soldiers of the national army (FANA) falling back before a rebel advance looted "
        "shops in the town."
    )
    assert any(role == "perpetrator" and "army" in name for name, role in found)


def test_an_office_holder_who_set_off_grenades_is_the_doer() -> None:
    assert ("councillor", "perpetrator") in _roles(
        "A councillor pulled out two grenades and detonated them during the council session."
    )


def test_a_bomber_at_the_entrance_of_a_site_hit_the_site() -> None:
    assert ("railway station", "target") in _roles(
        "A suicide bomber blew himself up at the entrance of the railway station on Sunday."
    )


def test_a_squad_that_removed_a_device_disrupted_its_use() -> None:
    assert ("bomb squad", "perpetrator") in {
        (name.lower(), role)
        for name, role in _roles("Bomb squad officers removed a pressure cooker from the street.")
    }
