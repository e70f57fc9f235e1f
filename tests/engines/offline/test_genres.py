"""A piece's genre decides whether it reports an incident: opinion labelled in its title,
statistics, the ring, an obituary of a death from illness (sentences written for this test)."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import SubEventType

ENGINE = OfflineEngine()


def brief(text: str, title: str) -> tuple[bool, SubEventType | None]:
    result = ENGINE.summarize(Article.from_text(text, title=title))
    return result.incident, result.sub_event_type


def test_a_title_labelled_analysis_is_no_incident_though_it_tells_of_killings() -> None:
    text = (
        "Gangs killed dozens of inmates in the port city's jail last year. Guards were "
        "outnumbered fifty to one, and the state had stopped paying for food. Until the "
        "money returns, more riots are certain."
    )
    assert brief(text, "Analysis: how the gangs took over the jails")[0] is False
    # the same words under a news title are the incident they tell of
    assert brief(text, "Gangs kill dozens of inmates in port city jail")[0] is True


def test_a_letter_bomb_is_not_a_letter_to_the_editor() -> None:
    text = "A letter bomb exploded at the tax office on Monday, wounding a clerk, police said."
    incident, sub = brief(text, "Letter bomb wounds clerk at tax office")
    assert incident is True and sub == SubEventType.remote_explosive_landmine_ied


def test_an_obituary_of_a_death_from_illness_reports_no_incident() -> None:
    natural = (
        "Colonel Ana Ruiz, who commanded the army's bomb-disposal school and cleared mines "
        "along the border for two decades, died on Friday at her home after a long illness. "
        "She was 77. She was born in 1947 and is survived by two sons."
    )
    killed = (
        "Ana Ruiz, the mayor who refused to pay the cartels, was shot dead by gunmen outside "
        "the town hall on Friday. She was 57. She was born in 1967 and is survived by two sons."
    )
    assert brief(natural, "Ana Ruiz, mine-clearing colonel, dies at 77")[0] is False
    incident, sub = brief(killed, "Ana Ruiz, 1967-2024: the mayor who said no")
    assert incident is True and sub == SubEventType.attack


def test_a_protest_over_an_election_or_a_budget_is_an_incident() -> None:
    tear_gas = (
        "Riot police fired tear gas on Sunday at opposition supporters who had gathered to "
        "reject the result of the presidential election. Their candidate, credited with 38 "
        "percent of the vote, told voters the count was rigged; the campaign had turned on "
        "the budget and the price of bread. The electoral commission said the polls were fair."
    )
    march = (
        "Thousands of nurses marched to parliament on Tuesday against a budget that cuts "
        "health spending by 6 percent. The finance minister said the cuts were needed to "
        "bring the deficit below 3 percent of GDP before the election. The march ended "
        "peacefully."
    )
    assert brief(tear_gas, "Tear gas at opposition rally over disputed election") == (
        True,
        SubEventType.protest_with_intervention,
    )
    assert brief(march, "Nurses march against health budget cuts") == (
        True,
        SubEventType.peaceful_protest,
    )


# Pieces that tell of violence and report none: (title, text).
NOT_INCIDENTS = [
    (  # statistics
        "Kidnappings at sea rise in first nine months, bureau says",
        "Kidnappings of seafarers rose to 41 between January and September, the bureau "
        "recorded, compared with 30 a year earlier. Its figures show most took place in the "
        "gulf. The annual trend is still down on a decade ago.",
    ),
    (  # the ring
        "Champion survives early barrage to stop challenger",
        "The champion absorbed a bombardment of hooks in the first round, went to the canvas "
        "in the third and then took over. His jab found the challenger's face again and again "
        "and the referee stopped the bout in the ninth; all three judges had him ahead on "
        "their scorecards.",
    ),
    (  # an op-ed with no label in its title
        "The siege the world forgot",
        "I have reported from this front for a decade, and the world has never looked away "
        "so fast. Shells fall on the city every night and drones hit its power plants. We "
        "must stop pretending that statements of concern will end it. Our leaders owe its "
        "people more than that: it is time to send the air defences they ask for.",
    ),
]


@pytest.mark.parametrize(("title", "text"), NOT_INCIDENTS, ids=["statistics", "ring", "op-ed"])
def test_a_piece_that_tells_of_violence_reports_none(title: str, text: str) -> None:
    assert brief(text, title)[0] is False


def test_an_explainer_is_no_incident_and_a_question_headline_is_a_title() -> None:
    text = (
        "Explainer: Why do pirates attack ships off the Horn of Africa?\n\n"
        "Pirates seized dozens of ships off Somalia at the height of the crisis in 2011, "
        "holding crews for ransom. Naval patrols and armed guards drove attacks down.\n\n"
        "The hijackings have returned as navies turned their attention elsewhere."
    )
    result = ENGINE.summarize(Article.from_text(text))
    assert result.incident is False
    assert result.headline.startswith("No incident reported: Explainer: Why do pirates")


def test_violence_remembered_at_a_commemoration_is_no_incident() -> None:
    text = (
        "Thousands of people gathered on the hillside on Sunday to mark the 30th anniversary "
        "of the massacre, laying flowers at the memorial. Militiamen killed more than 300 "
        "villagers there in March 1994. Survivors read out the names of the dead."
    )
    title = "Survivors gather 30 years after hillside massacre"
    dated = Article.from_text(text, title=title, published="2024-04-08")
    assert ENGINE.summarize(dated).incident is False  # 1994 is another time than the story's
    # a report of the killing itself, on the day, is the incident
    fresh = "Militiamen killed more than 300 villagers on the hillside on Sunday, survivors said."
    assert brief(fresh, "Hundreds killed in hillside massacre") == (True, SubEventType.attack)


def test_a_film_shot_in_a_city_is_no_shooting() -> None:
    text = "A documentary about the war was shot in the capital last year and opens on Friday."
    assert brief(text, "War documentary opens this week")[0] is False


def test_a_peaceful_protest_has_no_target_though_police_watched() -> None:
    text = (
        "Thousands of farmers marched through the capital on Saturday to demand fairer "
        "prices; police said the march passed off peacefully."
    )
    result = ENGINE.summarize(Article.from_text(text, title="Farmers march for fair prices"))
    assert result.sub_event_type == SubEventType.peaceful_protest
    assert [a.name for a in result.perpetrators] and result.targets == []


def test_an_explosion_said_to_be_an_accident_is_no_incident() -> None:
    depot = (
        "A series of explosions at an army ammunition depot flattened nearby homes on "
        "Sunday, killing at least 15 people, and the defence minister blamed careless "
        "handling of old shells stored at the site."
    )
    assert brief(depot, "Accidental blasts at army depot kill 15")[0] is False
    gas = (
        "A truck carrying cooking gas exploded in a crowded neighbourhood late on Thursday, "
        "sending a fireball over the flats and killing four people. Firefighters worked "
        "through the night and dozens were treated for burns."
    )
    assert brief(gas, "Gas truck explosion kills four")[0] is False
    # a bomb is no accident
    bomb = "A bomb exploded in a crowded market on Thursday, killing four people, police said."
    assert brief(bomb, "Market bomb kills four") == (
        True,
        SubEventType.remote_explosive_landmine_ied,
    )
