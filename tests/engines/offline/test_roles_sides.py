"""Who acted and who was hit: wordings beyond "X attacked Y" (issue 13, offactors2)."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.pipeline import draft_brief
from summarizer.engines.offline.scan import people, roles


def _roles(sentence: str) -> set[tuple[str, str]]:
    return {(m.name, m.role) for m in roles.find_roles(sentence, default_lexicon())}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two sides firing: the first named opened it
        (
            "Rebels and soldiers exchanged fire for an hour near Tumba.",
            {("rebels", "perpetrator"), ("soldiers", "target")},
        ),
        (
            "Bandits exchanged heavy fire with police outside the town.",
            {("bandits", "perpetrator"), ("police", "target")},
        ),
        # being fired on: the one fired on is hit, the one firing acted
        (
            "A police patrol came under heavy fire from insurgents near the dam.",
            {("police patrol", "target"), ("insurgents", "perpetrator")},
        ),
        # what a weapon's user did with it
        (
            "Mortar rounds fired by suspected rebels landed in a camp.",
            {("rebels", "perpetrator")},
        ),
        (
            "The mine was planted by insurgents on the road.",
            {("insurgents", "perpetrator")},
        ),
    ],
)
def test_exchanges_of_fire_fire_taken_and_weapons_used(
    sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert _roles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pirates hijacked a bulk carrier off the coast.", {("pirates", "perpetrator")}),
        (
            "Raiders slaughtered eleven cattle herders at dawn.",
            {("raiders", "perpetrator"), ("herders", "target")},
        ),
        (
            "A crowd dragged two suspects from a van and stoned them.",
            {("crowd", "perpetrator")},
        ),
    ],
)
def test_more_verbs_of_violence(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _roles(sentence)


def test_a_bulk_carrier_is_a_target_site() -> None:
    assert ("bulk carrier", "target") in _roles("Pirates hijacked a bulk carrier off the coast.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a two-word head is not cut to its first word ("separatist fighters")
        (
            "Six gendarmes were killed by suspected separatist fighters.",
            {("gendarmes", "target"), ("separatist fighters", "perpetrator")},
        ),
        # a body of people: what it was in is no actor, who was in it is
        (
            "Insurgents ambushed a detachment of Chadian soldiers.",
            {("insurgents", "perpetrator"), ("Chadian army", "target")},
        ),
        # the post a force held, as the article names it, when hit
        (
            "Gunmen stormed an army checkpoint outside the city.",
            {("gunmen", "perpetrator"), ("army checkpoint", "target")},
        ),
        # foreigners named by nationality
        (
            "Kidnappers seized four Turkish nationals at a quarry.",
            {("kidnappers", "perpetrator"), ("Turkish nationals", "target")},
        ),
    ],
)
def test_phrases_kept_as_the_article_words_them(
    sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert _roles(sentence) == expected


def test_people_described_after_a_count_replace_civilians() -> None:
    found = _roles("Gunmen stormed the college, killing 30 people, most of them students.")
    assert ("students", "target") in found
    assert ("civilians", "target") not in found
    # with no such words, the count stays civilians
    assert ("civilians", "target") in _roles("Gunmen stormed the college, killing 30 people.")


def test_a_victims_own_car_or_home_is_not_the_target() -> None:
    assert _roles("A bomb destroyed her car outside the court.") == set()
    assert ("car", "target") in _roles("A bomb destroyed a car outside the court.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name the lexicon lacks, with a particle inside it
        (
            "Ansar al-Furqan militants attacked a border post.",
            {("Ansar al-Furqan", "perpetrator"), ("border post", "target")},
        ),
        # a people's name is no group: the members keep their noun
        (
            "Kuki militants attacked a relief camp.",
            {("Kuki militants", "perpetrator"), ("relief camp", "target")},
        ),
        # a name continued with "in" and a country; an ordinal opening a name
        (
            "Police shot members of the Islamic Movement in Nigeria.",
            {("police", "perpetrator"), ("Islamic Movement in Nigeria", "target")},
        ),
        (
            "Fighting erupted on Sunday night in the capital between the Zintan Brigade "
            "and the 301st Brigade.",
            {("Zintan Brigade", "perpetrator"), ("301st Brigade", "target")},
        ),
    ],
)
def test_group_names_the_lexicon_lacks(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert _roles(sentence) == expected


def test_a_name_with_in_ends_unless_a_country_follows() -> None:
    found = _roles("Soldiers of the Sudanese Army in Omdurman attacked the market.")
    assert not any(" in " in name for name, _ in found)


def test_an_opening_describing_word_is_no_group() -> None:
    found = _roles("Separatist gunmen shot dead two teachers.")
    assert ("Separatist", "perpetrator") not in found


def test_a_name_after_an_office_is_the_person() -> None:
    found = people.find_people(
        "Former Defence Minister Aliyu Bello was shot dead in his car.", default_lexicon()
    )
    assert [p.name for p in found] == ["Aliyu Bello"]
    # a coalition's name is no office
    assert not any(
        p.name == "Vives de Bamako"
        for p in people.find_people(
            "The Forces Vives de Bamako said two men were shot dead.", default_lexicon()
        )
    )


def test_a_head_of_state_killed_is_the_target() -> None:
    brief = draft_brief(
        Article.from_text(
            "Ruritanian President Oskar Valen was shot dead at his residence on Monday by "
            "gunmen, the prime minister said."
        )
    )
    assert [a.name for a in brief.targets] == ["Oskar Valen"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a deed after another, joined by a comma; an irregular first verb
        (
            "Opposition supporters broke through a cordon, stormed the police station and set it "
            "alight.",
            {("Opposition supporters", "perpetrator"), ("police station", "target")},
        ),
        (
            "Raiders went from house to house in the village and shot eight herders.",
            {("raiders", "perpetrator"), ("herders", "target")},
        ),
        # a full date between the doer and its deed
        (
            "Gunmen on Friday, 9 August, abducted a nurse.",
            {("gunmen", "perpetrator"), ("nurse", "target")},
        ),
        # victims named before an aside and a relative clause
        (
            "The clinic treated six women, the oldest aged 70, who were raped by militiamen.",
            {("women", "target"), ("militiamen", "perpetrator")},
        ),
        # aircraft as the means; uniformed men; armed individuals
        ("Military aircraft bombed a market.", {("military", "perpetrator"), ("market", "target")}),
        (
            "Two herders were shot by uniformed soldiers.",
            {("herders", "target"), ("uniformed soldiers", "perpetrator")},
        ),
        (
            "Armed individuals torched a school.",
            {("Armed individuals", "perpetrator"), ("school", "target")},
        ),
        # bombs dropped from afar on trenches; shots fired at a crowd by several objects
        (
            "Enemy forces dropped grenades packed with gas from drones on the trenches.",
            {("Enemy forces", "perpetrator"), ("trenches", "target")},
        ),
        (
            "Police fired rubber bullets and tear gas at marchers.",
            {("police", "perpetrator")},
        ),
    ],
)
def test_doers_and_victims_in_longer_clauses(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _roles(sentence)


def _actors(text: str) -> tuple[list[str], list[str]]:
    brief = draft_brief(Article.from_text(text, published="2024-05-10"))
    return [a.name for a in brief.perpetrators], [a.name for a in brief.targets]


def test_a_mob_is_named_a_mob_and_its_victims_as_counted() -> None:
    doers, hit = _actors(
        "A crowd in Kasese beat two men accused of stealing a motorbike and set them "
        "on fire on Friday, police said; one of the men died."
    )
    assert doers == ["mob"]
    assert hit == ["men"]


def test_a_crowd_a_force_dispersed_is_the_crowd_that_rioted() -> None:
    doers, hit = _actors(
        "Police fired tear gas to disperse stone-throwing students who had blocked a highway "
        "with burning tyres in Gulu on Monday."
    )
    assert doers == ["students"]
    assert hit == ["police"]


def test_an_unnamed_band_is_the_armed_group_named_beside_it() -> None:
    doers, _ = _actors(
        "Suspected separatist fighters stopped a bus near Bali on Monday and took away six "
        "passengers. Witnesses said the gunmen wore masks and fired into the air."
    )
    assert doers == ["separatist fighters"]


def test_mob_violence_has_its_mob_when_no_clause_names_it() -> None:
    doers, _ = _actors(
        "Residents of a hill town beat two men accused of stealing goats and set them on fire "
        "on Sunday, police said."
    )
    assert doers == ["mob"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a group named with a lower-case generic word: the name alone
        (
            "Fighters of the Mai Ndombe militia burned a clinic.",
            {("Mai Ndombe", "perpetrator"), ("clinic", "target")},
        ),
        (
            "Members of the Ti Makak gang shot dead four drivers.",
            {("Ti Makak", "perpetrator"), ("drivers", "target")},
        ),
        # a band "believed to be members of" a group: both are read as the doers
        (
            "Gunmen believed to be members of the Ansaru group abducted nine traders.",
            {("gunmen", "perpetrator"), ("Ansaru", "perpetrator"), ("traders", "target")},
        ),
        # an ethnic people's band keeps its words; a lower-case describing word too
        (
            "Clashes broke out between Druze gunmen and Bedouin tribal fighters.",
            {("Druze gunmen", "perpetrator"), ("Bedouin tribal fighters", "target")},
        ),
        # the one who set a bomb off
        (
            "Insurgents detonated a bomb under a pickup carrying rangers.",
            {("insurgents", "perpetrator"), ("pickup", "target"), ("rangers", "target")},
        ),
    ],
)
def test_groups_bands_and_bombers(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert _roles(sentence) == expected


def test_no_actor_from_a_denial_or_a_bare_group() -> None:
    assert _roles("No group has claimed the attack.") == set()
    assert _roles("The group claimed the attack.") == set()


def test_a_participle_after_a_comma_is_no_deed_of_the_subject() -> None:
    # the rangers passed; the bomb wounded them
    found = _roles("A bomb went off as rangers passed through the district, wounding four.")
    assert ("rangers", "perpetrator") not in found


def test_a_long_opening_before_between_still_names_both_sides() -> None:
    found = _roles(
        "Fighting broke out on Monday night in the old quarter of the capital between "
        "the Nawasi Brigade and the 301st Brigade."
    )
    assert found == {("Nawasi Brigade", "perpetrator"), ("301st Brigade", "target")}


def test_an_ordinal_opens_a_proper_name() -> None:
    assert roles.is_proper_name("301st Brigade")
    assert not roles.is_proper_name("301st brigade")


def test_a_word_of_time_is_no_description_of_the_target() -> None:
    # the soldiers ended the siege; they were not wounded
    found = _roles("Nine people were wounded before security forces ended the siege.")
    assert ("security forces", "target") not in found


def test_a_force_in_a_battle_fought_the_band_not_its_own_dead() -> None:
    _, hit = _actors(
        "Soldiers and rebels exchanged fire for hours near Beni on Friday, and four rebels and "
        "two soldiers were killed, the army said."
    )
    assert hit == ["rebels"]


def test_stones_and_bottles_thrown_at_a_force() -> None:
    found = _roles("Ethnic Serb protesters hurled rocks, bottles and flares at peacekeepers.")
    assert ("Ethnic Serb protesters", "perpetrator") in found
    assert ("peacekeepers", "target") in found


def test_evaluative_words_are_no_part_of_a_name() -> None:
    assert ("demonstrators", "target") in _roles(
        "Police fired live rounds at unarmed demonstrators."
    )


def test_force_against_protesters_never_makes_the_crowd_a_doer() -> None:
    doers, hit = _actors(
        "Police shot dead a student protester outside the university in Rangpur on Tuesday as "
        "protests spread. Footage showed him being carried away by other students."
    )
    assert doers == ["police"]
    assert hit and all(name != "police" for name in hit)


def test_a_riot_hits_the_force_before_the_people_it_detained() -> None:
    _, hit = _actors(
        "Young protesters set fire to shops and threw stones at police in the capital overnight. "
        "The authorities said 40 people had been detained."
    )
    assert hit == ["police"]


def test_two_names_of_one_state_force_are_one_doer() -> None:
    doers, _ = _actors(
        "Israeli forces raided the camp on Wednesday and a journalist was shot dead. Witnesses "
        "said the Israeli army fired at the reporters."
    )
    assert len(doers) == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a place between the victims and their verb
        (
            "Pilgrims at a shrine near Herat were attacked by gunmen on Friday.",
            {("pilgrims", "target"), ("shrine", "target"), ("gunmen", "perpetrator")},
        ),
        # "in an attack": a noun after its article is no deed of the phrase before it
        (
            "Rebels killed three rangers in an attack on their camp.",
            {("rebels", "perpetrator"), ("rangers", "target"), ("camp", "target")},
        ),
        # blasts that tore through a crowd of people: the people
        ("A blast tore through a crowd of pilgrims.", {("pilgrims", "target")}),
        # a force's post named with the force
        (
            "Terrorists attacked a security forces post at night.",
            {("terrorists", "perpetrator"), ("security forces post", "target")},
        ),
        # members of a force the lexicon names: the force
        (
            "Two Indian Army soldiers were wounded.",
            {("Indian Army", "target")},
        ),
        # a gathering as the site of an attack
        ("A bomber struck a rally in the town.", {("bomber", "perpetrator"), ("rally", "target")}),
    ],
)
def test_sites_crowds_and_forces(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert _roles(sentence) == expected


def test_a_group_that_denied_the_attack_is_not_its_doer() -> None:
    doers, _ = _actors(
        "Gunmen attacked a police checkpoint in Bannu on Monday, killing five policemen. "
        "The Pakistani Taliban denied involvement."
    )
    assert doers == ["gunmen"]


def test_an_unnamed_doer_is_the_doer_as_described() -> None:
    # offactors6: "a suicide bomber", "a woman" who did it are the doer the text describes;
    # offactors8: so is an unnamed band ("unidentified gunmen"), kind unknown
    doers, _ = _actors("A suicide bomber rammed a police checkpoint in Bannu on Monday.")
    assert doers == ["suicide bomber"]
    doers, _ = _actors("Unidentified gunmen attacked a police checkpoint in Bannu on Monday.")
    assert doers == ["Unidentified gunmen"]


def test_a_band_is_not_the_target_of_its_own_deed() -> None:
    _, hit = _actors(
        "Israeli settlers set fire to homes in the village of Huwara on Sunday after two settlers "
        "were shot dead nearby."
    )
    assert hit == ["homes"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Fighters of the Katiba Serma ambushed a convoy.", "Katiba Serma"),
        ("Liwa al-Quds fighters shelled the village.", "Liwa al-Quds"),
    ],
)
def test_a_name_opened_by_its_type_word(sentence: str, name: str) -> None:
    assert (name, "perpetrator") in _roles(sentence)


def test_a_participle_describing_a_person_is_no_deed_of_theirs() -> None:
    found = _roles(
        "A crowd dragged a man accused of theft out of a shop on Monday, beat him and burned him."
    )
    assert ("crowd", "perpetrator") in found
    assert not any(role == "perpetrator" and name != "crowd" for name, role in found)
