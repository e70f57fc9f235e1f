"""Session 14 (lead): an accident's words do not make an arson by gunmen an accident. The
accident genre is set aside by a lead that tells how the harm was done ("set it on fire"),
not by a bare toll (a crowd crush's dead). Gunmen who fire on residents "who had gathered"
met no protest: only a force firing on a gathered crowd is force against protesters. A town
named like a word ("Nice") is a town in "the centre of" it; a state's marines are whose, not
where; a town's name that opens a street's ("Wright Road") is the street; a release's
subject line and a date written month first are masthead. A verdict's day of the week ("a
court on Tuesday sentenced") does not date the crime the sentence names. A region two
countries share ("Punjab") is the named country's. (Sentences written for these tests.)"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine

ENGINE = OfflineEngine()


def _incident(text: str, title: str) -> bool:
    return ENGINE.summarize(Article.from_text(text, title=title, published="2022-03-05")).incident


def test_a_fire_gunmen_set_is_an_attack_however_many_were_trapped() -> None:
    text = (
        "Gunmen stormed a crowded nightclub in the port city late on Friday, poured fuel "
        "across the dance floor and set it on fire, trapping dozens of customers inside. At "
        "least 31 people died, most of them suffocated by smoke.\n\n"
        "Survivors said the fire exits had been chained shut. Firefighters needed three "
        "hours to bring the blaze under control, and 20 people were treated for burns and "
        "smoke inhalation."
    )
    assert _incident(text, "Gunmen torch nightclub, dozens trapped")


def test_a_crowd_crush_stays_an_accident() -> None:
    text = (
        "At least 31 people were killed when a crowd surged towards the exits of a crowded "
        "nightclub in the port city late on Friday, trapping dozens inside.\n\n"
        "Survivors said the fire exits had been chained shut. Rescuers needed three hours to "
        "free those trapped, and 20 people were treated for injuries and breathing problems."
    )
    assert not _incident(text, "Crowd crush at nightclub, dozens trapped")


def test_gunmen_firing_on_gathered_residents_is_no_force_against_protesters() -> None:
    text = (
        "Militants killed 40 villagers and carried off several women in a raid in the north "
        "on Tuesday, officials said. The gunmen drove into the village in pickup trucks and "
        "opened fire on residents who had gathered near the market, a local official said."
    )
    brief = ENGINE.summarize(Article.from_text(text, published="2022-03-05"))
    assert brief.sub_event_type is not None and brief.sub_event_type.value == "attack"
    # police firing on workers who had gathered is the force against a crowd
    text = (
        "Police opened fire on sacked factory workers who had gathered outside the gates on "
        "Tuesday, killing three, witnesses said."
    )
    brief = ENGINE.summarize(Article.from_text(text, published="2022-03-05"))
    assert brief.sub_event_type is not None
    assert brief.sub_event_type.value == "excessive_force_against_protesters"


def test_a_town_named_like_a_word_in_the_centre_of_it() -> None:
    brief = ENGINE.summarize(
        Article.from_text(
            "A man with a knife stabbed two tourists to death on a tram in the centre of Nice "
            "on Sunday evening, police said.",
            published="2022-03-05",
        )
    )
    assert brief.location is not None and brief.location.place == "Nice"
    # "the centre of nice restaurants" names no town
    brief = ENGINE.summarize(
        Article.from_text(
            "A man with a knife stabbed two tourists to death on Sunday evening in a street "
            "in the centre of nice restaurants and bars, police said.",
            published="2022-03-05",
        )
    )
    assert brief.location is None or brief.location.place != "Nice"


def _place(text: str) -> tuple[str | None, str | None]:
    brief = ENGINE.summarize(Article.from_text(text, published="2022-03-05"))
    return (brief.location.country, brief.location.place) if brief.location else (None, None)


def test_a_states_marines_are_whose_not_where() -> None:
    assert _place(
        "About 300 United States Marines touched down in Townsville on Monday and moved "
        "into the barracks, the start of a rotation that Washington and Canberra agreed on "
        "last year."
    ) == ("Australia", "Townsville")


def test_a_towns_name_that_opens_a_street_is_the_street() -> None:
    from summarizer.engines.offline.scan.gazetteer import find_cities

    text = "A man was seen walking near Wright Road shortly before the blast."
    assert not any(city.name == "Wright" for city, _, _ in find_cities(text, ENGINE.lexicon))
    assert any(
        city.name == "Leeds"
        for city, _, _ in find_cities("A man was stabbed in Leeds on Friday.", ENGINE.lexicon)
    )


def test_a_releases_subject_line_and_month_first_date_are_masthead() -> None:
    text = (
        "RIVERSIDE COUNTY SHERIFF'S DEPARTMENT\nNEWS RELEASE\n"
        "FOR IMMEDIATE RELEASE: Tuesday, March 8, 2022\n"
        "SUBJECT: Update: Shooting at a warehouse, Saturday March 5, 2022\n\n"
        "On Saturday, March 5, 2022, at about 9:40 p.m., deputies responded to reports of "
        "gunfire at a warehouse on Alder Street. A man armed with a rifle had shot three "
        "workers; two died at the scene. The total number of persons killed by the suspect "
        "stands at two.\n"
    )
    brief = ENGINE.summarize(Article.from_text(text, published="2022-03-08"))
    assert brief.date == "2022-03-05"
    assert "SUBJECT" not in brief.summary and "FOR IMMEDIATE RELEASE" not in brief.summary
    assert brief.killed is not None and (brief.killed.min, brief.killed.max) == (2, 2)


def test_a_verdicts_weekday_does_not_date_the_crime() -> None:
    brief = ENGINE.summarize(
        Article.from_text(
            "LIMA - A Peruvian court on Tuesday sentenced two former soldiers to 25 years in "
            "prison for the massacre of 34 peasants in a highland village in August 1985.",
            title="Former soldiers sentenced for 1985 massacre",
            published="2022-03-09",
        )
    )
    assert brief.date == "1985-08"
    # a court story that names no earlier date keeps its own day
    brief = ENGINE.summarize(
        Article.from_text(
            "LIMA - Two former soldiers were sentenced on Tuesday to 25 years in prison for "
            "killing a journalist, a court said.",
            title="Two jailed for journalist's killing",
            published="2022-03-09",
        )
    )
    assert brief.date == "2022-03-08"


def test_a_region_two_countries_share_is_the_named_countrys() -> None:
    from summarizer.engines.offline.scan.places import find_regions

    def codes(text: str) -> list[str]:
        return [region.code for region, _, _ in find_regions(text, ENGINE.lexicon)]

    assert codes("Gunmen shot dead four policemen in Pakistan's Punjab province.") == ["PK-PB"]
    assert codes("Gunmen shot dead four policemen in Punjab, India.") == ["IN-PB"]
