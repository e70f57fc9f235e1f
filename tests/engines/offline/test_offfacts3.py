"""Weapons, claims and summaries on unseen wording (session 11): arms of another act than
the incident's, vehicles laden with explosives, explosives worn on the body, what a crowd
watches, and who said what in reported speech."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan.weapons import find_weapons
from summarizer.schema import IncidentBrief


def _brief(text: str, published: str | None = None) -> IncidentBrief:
    return OfflineEngine().summarize(Article.from_text(text, published=published))


def _weapons(text: str) -> list[str]:
    return [m.name for m in find_weapons(text, default_lexicon())]


def _used(text: str) -> list[str]:
    """The weapons found in ``text`` that are neither an aside nor another act's."""
    return [m.name for m in find_weapons(text, default_lexicon()) if not (m.aside or m.other_act)]


def test_a_vehicle_laden_with_explosives_is_a_car_bomb_and_a_motorcycle_one_its_own() -> None:
    assert _weapons("An explosives-laden pickup truck blew up at the gate.") == ["car bomb"]
    assert _weapons("A bomb-rigged car exploded near the mosque.") == ["car bomb"]
    assert _weapons("An explosives-laden motorcycle blew up in the market.") == ["motorcycle bomb"]
    # drones are no car: "explosive-laden unmanned aerial vehicles"
    assert "car bomb" not in _weapons(
        "They shot down three explosive-laden unmanned aerial vehicles."
    )


def test_explosives_worn_on_the_body_are_a_suicide_vest() -> None:
    for text in (
        "He detonated the explosives strapped to his body.",
        "The bomber carried eight kilograms of explosives and ball bearings in a vest.",
    ):
        assert "suicide vest" in _weapons(text), text
    assert "suicide vest" not in _weapons("Explosives were found in a car.")


def test_a_vehicle_that_sped_along_a_street_killing_people_is_the_weapon() -> None:
    text = "A van sped along the crowded boulevard in Barcelona on Thursday, killing 13 people."
    assert _weapons(text) == ["van"]
    assert _weapons("A van sped along the boulevard to the market.") == []


def test_fireworks_a_crowd_watches_are_no_weapon() -> None:
    assert _used("A crowd was watching the Bastille Day fireworks on the seafront.") == []
    assert _used("The fireworks display was cancelled.") == []
    assert _used("Rioters threw fireworks at the police.") == ["firework"]


def test_arms_of_another_time_a_plan_or_given_up_are_another_acts() -> None:
    for text in (
        "The army said that weeks earlier its troops had killed dozens of fighters with artillery.",
        "Troops retook the city a week earlier, backed by air strikes.",
        "Two days after the attack the navy fired 59 cruise missiles at the base.",
        "Fighting raged near the airport after months of battles with tanks.",
        "The president said France would step up its air strikes in Syria.",
        "The former guerrillas are handing over their rifles to monitors.",
    ):
        assert _used(text) == [], text
    # a clause between the other time and the weapon: the weapon is the incident's
    text = "The sergeant, dismissed months earlier over drugs, shot staff with a pistol."
    assert "pistol" in _used(text)


def test_another_acts_arms_stay_out_of_the_brief() -> None:
    text = (
        "A homemade bomb exploded at a night market in Davao City on Friday, killing 14 "
        "people, police said.\n\nThe military said that weeks earlier its troops had killed "
        "dozens of Abu Sayyaf fighters with artillery in Sulu."
    )
    assert _brief(text, "2016-09-03").weapons == ["bomb"]


def test_the_arms_a_force_said_it_answered_with_are_the_responders() -> None:
    text = (
        "Rockets fired by separatists hit a market in Mariupol on Saturday, killing 30 "
        "civilians, officials said.\n\nUkraine's military said its own artillery returned "
        "fire on separatist positions."
    )
    assert _brief(text, "2015-01-24").weapons == ["rocket"]


def _claim(text: str) -> tuple[str, str] | None:
    from summarizer.engines.offline.scan.quotes import find_claim

    found = find_claim(text, default_lexicon())
    return None if found is None else (found.source, found.says)


def test_a_verb_is_never_the_speaker() -> None:
    found = _claim(
        "A Somali senator, Abshir Abdi Ahmed, wrote on Facebook that he had been told by "
        "hospital staff that more than 300 had died."
    )
    assert found is not None and found[0] == "A Somali senator, Abshir Abdi Ahmed"
    assert found[1].startswith("he had been told")


def test_a_time_before_or_after_the_speaker_is_no_part_of_it() -> None:
    assert _claim("Hours after the massacre the army said its warplanes had struck vehicles.") == (
        "the army",
        "its warplanes had struck vehicles",
    )
    found = _claim("Hours later the group's news agency also claimed the attack, without proof.")
    assert found is not None and found[0] == "the group's news agency"
    found = _claim("Tajik authorities on Monday blamed a banned opposition party for the attack.")
    assert found is not None and found[0] == "Tajik authorities"
    found = _claim("The Islamic State group, however, said the attack was carried out by its men.")
    assert found is not None and found[0] == "The Islamic State group"


def test_the_name_before_a_description_and_a_relative_clause_is_the_speakers() -> None:
    found = _claim(
        "The National Liberation Army, Colombia's last active rebel group, which is in peace "
        "talks with the government, said on Twitter that it had nothing to do with the attack."
    )
    assert found is not None and found[0].startswith("The National Liberation Army")
    found = _claim("After the attack, the ministry, which runs the hospitals, said 12 people died.")
    assert found == ("the ministry", "12 people died")


def test_calling_an_accusation_names_is_a_stance() -> None:
    assert _claim("Moscow's foreign ministry called the accusation a circus show.") == (
        "Moscow's foreign ministry",
        "called the accusation a circus show",
    )
    assert _claim("A group called Soldiers in T-shirts posted a video.") is None


def test_according_to_a_speaker_with_a_description() -> None:
    found = _claim(
        "The attacker drove through a police checkpoint, according to Nasrat Rahimi, a "
        "deputy spokesman for the Interior Ministry."
    )
    assert found is not None and found[0] == "Nasrat Rahimi"
    assert found[1].startswith("The attacker drove through")


def test_a_month_or_year_before_the_speaker_is_when_not_who() -> None:
    found = _claim("In October police said three men had admitted to assembling the bomb.")
    assert found is not None and found[0] == "police"
    found = _claim("Last week the ministry said the toll had risen to 40.")
    assert found is not None and found[0] == "the ministry"


def test_a_toll_given_is_a_claim() -> None:
    assert _claim("State media had earlier given a toll of 235.") == (
        "State media",
        "given a toll of 235",
    )


def test_a_summary_keeps_who_claimed_or_was_blamed_over_colour() -> None:
    text = (
        "Gunmen killed 12 villagers in Kuje on Sunday night, police said.\n\n"
        "The attackers arrived on foot shortly after dark and left before midnight, walking "
        "east along the river towards the hills beyond the last farms.\n\n"
        "The village market, usually busy on Mondays, stayed shut and the school was closed "
        "while families gathered in the compound of the chief to mourn and pray.\n\n"
        "Farmers in the district grow yams, cassava and maize on small plots, and many young "
        "men travel to the state capital each dry season to look for work.\n\n"
        "Roads to the village are poor and a journey to the nearest hospital takes hours.\n\n"
        "The governor blamed a banned separatist movement for the killings, and the "
        "movement denied any role."
    )
    summary = _brief(text, "2023-03-06").summary
    assert "blamed a banned separatist movement" in summary


def _claims(text: str) -> list[tuple[str, str]]:
    return [(c.source, c.says) for c in _brief(text, "2016-01-05").claims]


def test_an_accusation_and_its_denial_are_two_speakers_claims() -> None:
    found = _claims(
        "Gunmen shot dead four people in a bar in Bujumbura on Monday night, police said. "
        "The opposition accused the government's youth militia of staging the attack to "
        "justify a crackdown, a charge the ruling party denied."
    )
    assert ("the ruling party", "denied the accusation") in found
    assert any(s == "The opposition" and says.startswith("accused") for s, says in found)
    # a standing dispute in the present tense is not split into two claims
    found = _claims(
        "Gunmen shot dead four people in a bar in Bujumbura on Monday night, police said. "
        "Burundi accuses Rwanda of arming the rebels, a charge Kigali denies."
    )
    assert all(source != "Burundi" for source, _ in found)


def test_the_blamed_partys_denial_is_its_own_claim() -> None:
    found = _claims(
        "Gunmen shot dead seven passengers on a bus near Comilla on Tuesday, police said. The "
        "government blamed activists of the opposition Bangladesh Nationalist Party, which "
        "denied it and said the ruling party was trying to discredit its blockade."
    )
    assert (
        "The government",
        "blamed activists of the opposition Bangladesh Nationalist Party",
    ) in found
    assert any(
        s.endswith("Bangladesh Nationalist Party") and says.startswith("denied")
        for s, says in found
    )


def test_a_motorcycle_bomb_and_a_car_bomb_are_both_named() -> None:
    text = (
        "Suicide bombers struck three churches in Surabaya on Sunday, killing 13 people, police "
        "said: two brothers rode an explosives-laden motorcycle into one churchyard and their "
        "father drove a car bomb into another."
    )
    assert {"motorcycle bomb", "car bomb"} <= set(_brief(text, "2018-05-13").weapons)
    assert _weapons("A bomb hidden in a parked motorcycle went off in the market.") == [
        "motorcycle bomb"
    ]
