"""Pieces about violence that report none: sanctions, arms fairs and laws; crashes,
collapses and factory blasts; a year's tallies. And a generic word ("junta") is no one
country's army (issue 13; sentences written for these tests)."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine

ENGINE = OfflineEngine()


def _incident(text: str, title: str) -> bool:
    return ENGINE.summarize(Article.from_text(text, title=title)).incident


def test_sanctions_and_arms_fairs_are_policy_not_incidents() -> None:
    sanctions = (
        "Britain on Tuesday imposed sanctions on four commanders of a militia in eastern "
        "Congo, accusing them of ordering the killing of villagers in Ituri last year. Their "
        "assets in the country are frozen and they are barred from travelling there. The "
        "militia called the measures politically motivated."
    )
    assert _incident(sanctions, "UK sanctions four militia commanders") is False
    fair = (
        "Drone makers and missile builders from 40 countries showed off their products at an "
        "arms fair that opened in Karachi on Sunday. Organisers said contracts worth two "
        "billion dollars could be signed at the exhibition."
    )
    assert _incident(fair, "Arms fair opens in Karachi") is False


def test_a_protest_against_a_law_is_still_a_protest() -> None:
    text = (
        "Thousands of students marched on parliament in Nairobi on Tuesday as lawmakers voted "
        "on a finance bill, and police fired tear gas at the protesters."
    )
    assert _incident(text, "Police fire tear gas at students protesting finance bill") is True


def test_crashes_collapses_and_factory_blasts_are_accidents() -> None:
    crash = (
        "A cargo plane veered off the runway during take-off in Goma on Monday and burst into "
        "flames, killing the pilot and two crew members on board, aviation officials said. "
        "Rescuers searched the wreckage for hours."
    )
    assert _incident(crash, "Cargo plane skids off runway in Goma") is False
    collapse = (
        "Nine workers died when a five-storey building under construction collapsed in "
        "Abidjan on Friday, emergency services said. Rescuers pulled six people alive from "
        "the rubble; others are still trapped."
    )
    assert _incident(collapse, "Nine dead in Abidjan building collapse") is False
    blast = (
        "A blast at a fireworks factory in Dhaka killed six workers on Sunday. Firefighters "
        "brought the blaze under control after two hours; officials said it was caused by "
        "friction while chemicals were being mixed."
    )
    assert _incident(blast, "Blast at fireworks factory kills six") is False


def test_a_years_tally_in_a_report_is_no_incident() -> None:
    text = (
        "A record 120 journalists were killed around the world in 2023, the most since "
        "records began, a press freedom group said in its annual report on Thursday. The "
        "report said most died in Gaza."
    )
    assert _incident(text, "Report: 2023 deadliest year for journalists") is False


def test_a_junta_is_no_one_countrys_army() -> None:
    brief = ENGINE.summarize(
        Article.from_text(
            "Soldiers loyal to Mali's junta killed 30 people in a village near Mopti on "
            "Monday, residents said."
        )
    )
    assert all("Myanmar" not in actor.name for actor in brief.perpetrators), brief.perpetrators


def test_heat_ferries_book_reviews_and_interviews_report_no_incident() -> None:
    heat = (
        "Dozens of people died of heatstroke in Multan this week as temperatures passed 48 "
        "degrees Celsius, hospital officials said. Power cuts left thousands without water."
    )
    assert _incident(heat, "Heatwave kills dozens in Multan") is False
    ferry = (
        "At least 30 passengers drowned when an overloaded ferry capsized on the Niger river "
        "near Mopti on Tuesday; divers recovered bodies all day, survivors said."
    )
    assert _incident(ferry, "Ferry sinks on the Niger, 30 dead") is False
    review = (
        "In his new book, historian Karim Haddad tells the story of the siege of Beirut in "
        "1982, when Israeli shelling killed thousands. At 400 pages the book asks a lot of "
        "its readers, and rewards them."
    )
    assert _incident(review, "Book review: the summer Beirut burned") is False
    interview = (
        "In an interview at his headquarters, the commander said his troops had pushed the "
        "rebels back from the river and that air strikes would continue. He would not say "
        "how many soldiers had died."
    )
    assert _incident(interview, "Interview: the general leading the offensive") is False


def test_a_region_named_like_a_big_town_elsewhere_is_the_town() -> None:
    brief = ENGINE.summarize(
        Article.from_text(
            "Police in Manchester arrested a man on Friday after a worshipper was stabbed "
            "outside a mosque in the Cheetham Hill area, officers said."
        )
    )
    assert brief.location.country_code == "GB", brief.location
    # the parish of that name, where its country is named first, stays the parish
    brief = ENGINE.summarize(
        Article.from_text(
            "Gunmen shot dead two men in Jamaica on Sunday in Manchester parish, near "
            "Mandeville, police said."
        )
    )
    assert brief.location.country_code == "JM", brief.location


def _short(text: str) -> bool:
    return ENGINE.summarize(Article.from_text(text)).incident


def test_one_line_accidents_with_only_their_toll_are_no_incident() -> None:
    # no title and one sentence: no genre reaches its threshold, so the words of the
    # accident beside a toll decide
    for text in (
        "A river ferry capsized near Mopti on Tuesday, killing 17 passengers, officials said.",
        "A coach plunged off a mountain road in Bolivia's Potosi department, killing 21.",
        "A train derailed in northern Greece late on Monday, killing eight passengers.",
        "A fire broke out at a shoe factory in Karachi overnight, killing 11 workers.",
        "A landslide swept away houses in Kerala's Wayanad district, killing dozens.",
        "A gold mine collapsed in Zamfara on Sunday, killing 14 miners.",
        "A mine caved in near Kolwezi, killing six diggers.",
    ):
        assert _short(text) is False, text


def test_one_line_reports_of_violence_beside_an_accident_word_stay_incidents() -> None:
    for text in (
        "Gunmen ambushed a bus, which overturned, killing nine passengers in Plateau state.",
        "Unknown attackers killed four traders in Mopti on Tuesday.",
        "Seven people were killed in Bamako on Sunday, police said.",
        "A bomb sank a ferry on Lake Chad, killing 12 passengers.",
        "A mine blew up under a minibus near Gao, killing 11 passengers.",
    ):
        assert _short(text) is True, text


def test_a_title_labelled_opinion_decides_whatever_the_body_is_about() -> None:
    text = (
        "The court that sentenced the men who bombed the Bamako hotel did its job. The judges "
        "heard the evidence, the prosecutors proved the charges and the verdict was read. "
        "But we must ask why the trial took six years, and I think the answer is shameful."
    )
    assert _incident(text, "Opinion: a verdict that came six years late") is False
    polls = "Gunmen killed 12 people at a market in Maiduguri on Sunday, police said."
    assert _incident(polls, "Opinion Polls Turn as Gunmen Kill 12 in Maiduguri") is True


def test_a_years_tally_is_a_statistics_piece() -> None:
    text = (
        "Kidnappings for ransom in Haiti dipped slightly in 2023, to 1,490 cases, according to "
        "data in the year-end count published by a human rights centre in Port-au-Prince. "
        "The figure is lower than in 2022, when gangs seized a record number of people, but "
        "higher than in any earlier year. The centre counts a kidnapping when victims are held "
        "for money by armed men. Gangs abducted doctors, pastors and schoolchildren, and "
        "several hostages were killed when families could not pay."
    )
    assert _incident(text, "Haiti kidnappings dipped slightly in 2023, tally shows") is False
