"""offactors9: perpetrators and targets on unseen wording.

Covers: the agent of a passive deed told further on ("was shot dead at his home ... by two
men"); a doer described by what he wore or drove before the deed; a force acting by one of
its units ("the army's 25th Division shelled"); victims named by what they were doing
("people queuing for bread"); plants, venues and buildings hit ("a processing facility",
"two karaoke bars", "a 12-storey building"); the doer's own vehicle is no target; the weapon
a doer carried is not part of his name; a car driven packed with explosives into a site.
Sentences written for these tests.
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.pipeline import draft_brief
from summarizer.engines.offline.scan.roles import find_roles
from summarizer.schema import BriefDraft


def _brief(text: str) -> BriefDraft:
    return draft_brief(Article.from_text(text, published="2021-05-10"))


def _doers(text: str) -> list[str]:
    return [a.name.lower() for a in _brief(text).perpetrators]


def _targets(text: str) -> list[str]:
    return [a.name.lower() for a in _brief(text).targets]


def test_passive_agent_further_on() -> None:
    assert _doers(
        "The opposition mayor was shot dead outside the town hall in the centre of the old "
        "city late on Friday night by two men on a motorcycle."
    ) == ["two men on a motorcycle"]
    assert _doers(
        "A councillor was stabbed in the neck on stage at a street festival on Sunday "
        "evening by a 31-year-old man."
    ) == ["31-year-old man"]
    # a second verb between: whoever took him to hospital did not attack him
    assert "neighbours" not in _doers(
        "A priest was attacked near the old church in the hills on Sunday and was later "
        "taken to hospital by neighbours."
    )


def test_doer_described_by_dress_or_vehicle() -> None:
    assert _doers(
        "A man wearing a hi-vis vest and carrying a rucksack stabbed two commuters at the "
        "station on Monday."
    ) == ["man"]
    # a report between: the speaker's dress says nothing of who attacked
    assert _doers(
        "A man wearing a red jacket told reporters that gunmen had attacked the village."
    ) == ["gunmen"]


def test_force_by_its_unit() -> None:
    assert _doers(
        "The Ethiopian army's 25th Division shelled the town of Adwa on Tuesday, residents said."
    ) == ["ethiopian army"]
    # the unit's soldiers were hit, not the doers
    assert _doers(
        "Soldiers from the army's 3rd Brigade were killed when militants attacked their base."
    ) == ["militants"]


def test_victims_by_what_they_were_doing() -> None:
    assert _targets(
        "A shell struck a crowd of people queuing for water in the square of the old town, "
        "killing nine."
    ) == ["people queuing for water"]
    assert _targets(
        "A rocket hit civilians waiting for a bus near the station on Friday, killing 12."
    ) == ["civilians waiting for a bus"]
    # no doing after them: the vague word, as before
    assert _targets("A shell struck people in the square of the old town, killing nine.") == [
        "civilians"
    ]


def test_plants_venues_and_buildings() -> None:
    assert _targets(
        "A gunman opened fire at two karaoke bars in the city on Saturday, killing five people."
    ) == ["karaoke bars"]
    assert _targets("Drones struck a gas processing facility near Bukhara overnight.") == [
        "processing facility"
    ]
    assert _targets("An air strike destroyed a 12-storey building in the city on Monday.") == [
        "building"
    ]


def test_doers_vehicle_is_no_target() -> None:
    targets = _targets(
        "Militants riding in a pickup truck opened fire on a police checkpoint, killing two "
        "officers."
    )
    assert "pickup truck" not in targets
    assert "police checkpoint" in targets
    # a site read as the doer is still the site hit ("the market shooting")
    mentions = find_roles("The market shooting left four traders dead.", default_lexicon())
    assert ("market", "target") in [(m.name, m.role) for m in mentions]


def test_weapon_carried_is_not_the_doers_name() -> None:
    assert _doers("A gunman armed with a hunting rifle killed four people at a farm.") == ["gunman"]
    # what an attacker rode is no part of his name either (offclause2)
    assert _doers("Gunmen riding motorbikes killed the activist in the market.") == ["gunmen"]


def test_car_packed_with_explosives_driven_into_a_site() -> None:
    assert _doers(
        "Two men drove a van loaded with explosives into the gate of the army base on Friday."
    ) == ["two men"]


def test_count_then_speaker_is_no_target() -> None:
    # "wounding 26, police said": the speaker after a count is no victim
    targets = _targets(
        "A gunman opened fire on shoppers at a store in the city on Saturday, killing 20 "
        "people and wounding 26, police said."
    )
    assert "police" not in targets
    assert "shoppers" in targets
    # a count written with thousands is still read whole
    assert _targets("Gunmen abducted 1,200 villagers in the district on Monday.") == ["villagers"]


def test_state_named_as_doer_and_named_air_base() -> None:
    brief = _brief(
        "Iran fired more than a dozen ballistic missiles at the Ain al-Asad air base early on "
        "Wednesday, officials said."
    )
    assert [a.name for a in brief.perpetrators] == ["Iran"]
    assert [a.name for a in brief.targets] == ["Ain al-Asad air base"]
    # the people's adjective of the victims names no doer
    assert _doers("Gunmen shot dead two Iranian pilgrims near the border on Monday.") == ["gunmen"]


def test_snipers_and_hitmen_are_doers() -> None:
    assert _doers(
        "Snipers shot at demonstrators in the capital on Friday, killing at least a dozen people."
    ) == ["snipers"]
    assert _doers("A hitman shot dead the businessman outside his office on Tuesday.") == ["hitman"]


def test_official_residence_stormed() -> None:
    assert _targets(
        "Thousands of protesters broke through police lines and stormed the official residence "
        "in the capital on Saturday."
    ) == ["official residence"]


def test_forces_loyal_to_a_group_and_a_clause_before_by() -> None:
    assert _doers(
        "Witnesses said forces loyal to the Tigray People's Liberation Front had carried out "
        "the killings after they were defeated by federal troops."
    ) == ["tigray people's liberation front"]
    # with no clause between, the agent stands
    assert _doers("The killings were carried out by federal troops, witnesses said.") == [
        "federal troops"
    ]


def test_trains_hit_and_a_unit_of_four_words() -> None:
    assert _targets("A bomb exploded on two crowded trains near the city on Monday.") == ["trains"]
    assert "russian army" in _doers(
        "The Russian army's 64th Separate Motorised Rifle Brigade shelled the village on Monday."
    )
