"""The lead's doer and victim hold against later paragraphs' other actors (issue 13, offactors3)."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.pipeline import draft_brief
from summarizer.engines.offline.scan import roles


def _roles(sentence: str) -> set[tuple[str, str, bool]]:
    return {(m.name, m.role, m.attributed) for m in roles.find_roles(sentence, default_lexicon())}


def _actors(text: str) -> tuple[list[str], list[str]]:
    brief = draft_brief(Article.from_text(text, published="2024-05-10"))
    return [a.name for a in brief.perpetrators], [a.name for a in brief.targets]


def test_a_claim_after_a_bracketed_acronym_and_an_aside_is_attributed() -> None:
    found = _roles(
        "The Baloch Liberation Army (BLA), the largest of several separatist groups, claimed "
        "responsibility in a message to reporters."
    )
    assert ("Baloch Liberation Army", "perpetrator", True) in found


def test_a_deed_is_not_attributed_but_blame_is() -> None:
    assert ("gunmen", "perpetrator", False) in _roles("Gunmen attacked a bus near the town.")
    assert ("Boko Haram", "perpetrator", True) in _roles("Officials blamed Boko Haram.")


def test_the_force_that_responded_in_a_later_paragraph_is_no_doer() -> None:
    doers, _ = _actors(
        "Suspected jihadists killed nine soldiers in an ambush near the town of Mondoro on "
        "Saturday, the army said.\n\n"
        "Troops later killed several of the assailants in the fighting that followed, it added."
    )
    assert doers == ["jihadists"]


def test_a_later_accusation_of_the_other_side_is_kept() -> None:
    doers, _ = _actors(
        "Militants attacked a police post near the border on Monday, killing four officers.\n\n"
        "A militant spokesman blamed the army for the deaths of civilians in the crossfire."
    )
    assert "militants" in doers
    assert "army" in doers


def test_a_lead_that_only_reports_blame_keeps_the_answer_of_the_accused() -> None:
    doers, _ = _actors(
        "Twelve people were killed when shells hit a camp on Friday. Officials blamed the M23 "
        "rebels.\n\n"
        "An M23 spokesman said the shells were fired by the Congolese army."
    )
    assert doers == ["M23", "Congolese army"]


def test_a_village_that_names_a_site_is_no_target_of_its_own() -> None:
    found = _roles("Armed men stormed a village mosque and shot dead 11 worshippers.")
    assert ("village mosque", "target", False) in found
    assert not any(name == "villagers" for name, _, _ in found)


def test_the_articles_own_word_for_the_victims_over_civilians() -> None:
    _, hit = _actors(
        "Separatist fighters killed at least 20 people when they raided the village of "
        "Egbekaw near Mamfe on Monday night, the governor said."
    )
    assert hit == ["villagers of Egbekaw"]


def test_some_of_the_victims_do_not_name_them_all() -> None:
    _, hit = _actors(
        "Rockets hit the town centre on Saturday, killing 24 people, including five children, "
        "officials said."
    )
    assert hit == ["civilians"]


def test_a_bomb_on_a_bus_hit_the_passengers_and_fire_opened_on_diners() -> None:
    assert ("passengers", "target", False) in _roles(
        "A bomb exploded on a minibus carrying passengers in the west of the city."
    )
    assert ("diners", "target", False) in _roles(
        "Gunmen stormed the hotel, opening fire on diners."
    )


def test_more_wordings_of_the_deed() -> None:
    assert {("Myanmar's military", "perpetrator", False), ("crowd", "target", False)} <= _roles(
        "Myanmar's military carried out an air strike on a crowd on Tuesday."
    )
    assert ("Hooded gunmen", "perpetrator", False) in _roles(
        "Hooded gunmen burst into the studio and took the staff hostage."
    )
    assert ("mob", "perpetrator", False) in _roles("A mob beat to death a factory manager.")


def test_a_doer_described_by_a_longer_phrase_and_its_victims_by_their_trade() -> None:
    found = _roles(
        "Soldiers on a counter-insurgency operation opened fire on a pickup truck carrying "
        "coal miners home."
    )
    assert {("soldiers", "perpetrator", False), ("coal miners", "target", False)} <= found
    # the phrase after the doer stops at "and": the village did not shell anyone
    found = _roles(
        "Troops moved towards positions near the village of Dostuk and began shelling outposts."
    )
    assert ("villagers of Dostuk", "perpetrator", False) not in found


def test_the_force_sent_later_is_no_victim_of_an_attack_on_residents() -> None:
    _, hit = _actors(
        "Insurgents stormed the town of Palma on Wednesday, killing dozens of residents, the "
        "government said.\n\n"
        "A spokesman said the Mozambican army was fighting to retake the town."
    )
    assert hit == ["residents"]


def test_two_forces_each_accused_are_two_doers() -> None:
    doers, _ = _actors(
        "Kyrgyz officials said Tajik forces had opened fire first on Kyrgyz border guards near "
        "Batken on Friday. Dushanbe blamed Kyrgyz troops."
    )
    assert doers == ["Tajik forces", "Kyrgyz troops"]


def test_a_site_used_by_a_force_names_no_doer() -> None:
    found = _roles(
        "Militants rammed an explosives-laden truck into a police station used by the army."
    )
    assert ("army", "perpetrator", False) not in found
    assert ("Tehreek-e-Jihad Pakistan", "perpetrator", True) in _roles(
        "A little-known group, Tehreek-e-Jihad Pakistan, claimed responsibility."
    )


def test_armed_groups_act_and_a_manager_is_hit() -> None:
    assert ("Armed groups", "perpetrator", False) in _roles(
        "Armed groups attacked more than a dozen villages on Christmas Eve."
    )
    assert ("factory manager", "target", False) in _roles(
        "A mob beat to death a factory manager on Friday."
    )


def test_a_force_that_hit_back_in_a_later_sentence_is_no_doer() -> None:
    doers, _ = _actors(
        "Suspected jihadists killed nine soldiers in an ambush near Mondoro on Saturday, the "
        "army said. Troops killed a number of the assailants in the fighting, it added."
    )
    assert doers == ["jihadists"]


def test_officers_who_went_in_and_detained_people_are_no_doers() -> None:
    doers, _ = _actors(
        "Gunmen abducted six traders on the highway near Lokoja on Monday, police said. "
        "Officers entered the forest and detained two suspects on Tuesday."
    )
    assert doers == ["gunmen"]


def test_a_claim_said_later_and_blame_in_quotation_marks() -> None:
    assert ("Islamic State", "perpetrator", False) in _roles(
        "The Islamic State group later said its fighters had set off the bomb."
    )
    assert ("foreign terrorists", "perpetrator", True) in _roles(
        'The president blamed "foreign terrorists" for the blast.'
    )


def test_a_group_that_only_operates_in_the_area_is_no_doer() -> None:
    doers, _ = _actors(
        "Gunmen attacked the village of Solhan overnight, killing at least 130 residents.\n\n"
        "No group has claimed the attack.\n\n"
        "Two groups, one linked to al Qaeda and the other to the Islamic State, operate in "
        "the area."
    )
    assert doers == ["gunmen"]


def test_people_in_the_deadliest_attack_did_not_attack() -> None:
    found = _roles("Militants opened fire on tourists, killing 26 people in the deadliest attack.")
    assert ("civilians", "perpetrator", False) not in found
    assert ("militants", "perpetrator", False) in found


def test_the_leads_own_word_for_the_victims_a_sentence_later() -> None:
    _, hit = _actors(
        "A bomb went off in a university gymnasium during a Catholic Mass on Sunday, killing "
        "four people.\n\n"
        "The explosion ripped through the crowd of worshippers shortly after the first reading."
    )
    assert hit == ["worshippers"]


def test_people_taken_hostage_were_hit() -> None:
    assert ("passengers", "target", False) in _roles(
        "Armed men boarded the carriages and took the passengers hostage."
    )
    _, hit = _actors(
        "Separatist militants seized a passenger train carrying more than 400 people on "
        "Tuesday, officials said. Armed men boarded the carriages and took the passengers "
        "hostage."
    )
    assert hit == ["passengers"]


def test_a_lexicon_alias_in_its_own_lower_case_names_the_group() -> None:
    found = _roles("Gunmen from the Sinaloa cartel ambushed soldiers in Culiacan.")
    assert ("Sinaloa Cartel", "perpetrator", False) in found


def test_people_counted_as_wounded_are_no_doers() -> None:
    doers, _ = _actors(
        "Gunmen attacked a bus station in the town on Monday, police said. A baby was among "
        "the 12 people wounded, and her mother died."
    )
    assert doers == ["gunmen"]
