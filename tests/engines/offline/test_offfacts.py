"""Weapons, tolls, dates and places in long articles: background, updates, ages, clauses."""

from __future__ import annotations

from datetime import date

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan.dates import find_dates
from summarizer.schema import IncidentBrief


def _brief(text: str, published: str | None = None, title: str | None = None) -> IncidentBrief:
    return OfflineEngine().summarize(Article.from_text(text, published=published, title=title))


def _range(value: object) -> tuple[int, int] | None:
    return None if value is None else (value.min, value.max)  # type: ignore[attr-defined]


def test_last_weekday_on_that_weekday_is_a_week_before() -> None:
    wednesday = date(2024, 1, 10)
    assert [m.value for m in find_dates("last Wednesday", default_lexicon(), wednesday)] == [
        "2024-01-03"
    ]
    # without "last" the weekday of publication is the day itself
    assert [m.value for m in find_dates("on Wednesday", default_lexicon(), wednesday)] == [
        "2024-01-10"
    ]


def test_the_day_a_toll_rose_does_not_date_the_incident() -> None:
    text = (
        "The death toll from a bombing outside a school in the capital rose to 85 on Monday, "
        "officials said. A car bomb exploded outside the gates on Saturday afternoon."
    )
    assert _brief(text, "2021-05-10").date == "2021-05-08"


def test_an_incident_earlier_this_month_is_background() -> None:
    text = (
        "Gunmen killed 44 worshippers at a mosque in the village of Fambita on 21 March, "
        "officials said. Earlier this month, on 10 March, gunmen killed 12 people at a "
        "market in Banibangou."
    )
    assert _range(_brief(text, "2025-03-25").killed) == (44, 44)


def test_a_series_of_raids_striking_is_the_incident_not_history() -> None:
    text = (
        "A hospital in Kunduz was destroyed, the charity said on Sunday. At 2:08 a.m. on "
        "Saturday, a series of aerial bombing raids struck the trauma centre."
    )
    brief = _brief(text, "2015-10-04")
    assert brief.date == "2015-10-03"
    assert "aircraft" in brief.weapons
    text = (
        "Gunmen killed five villagers in Kajuru on Friday. The raid was the latest in a "
        "series of attacks that killed 30 people in the district."
    )
    assert _range(_brief(text, "2024-02-10").killed) == (5, 5)


def test_revenge_for_an_earlier_operation_is_background() -> None:
    text = (
        "A bomb killed four people at a university gym in Marawi on Sunday. The defence "
        "secretary said the attack might have been revenge for an army operation on Friday "
        "that killed 11 militants."
    )
    assert _range(_brief(text, "2023-12-04").killed) == (4, 4)


def test_an_age_is_no_count() -> None:
    from summarizer.engines.offline.scan.casualties import find_casualties

    text = "Two men aged 67 and 56 and a woman aged 56 died at the scene."
    assert find_casualties(text, default_lexicon()) == []
    found = find_casualties("Officials said 56 died at the scene.", default_lexicon())
    assert [(f.kind, f.count) for f in found] == [("killed", 56)]


def test_people_treated_in_hospital_are_injured() -> None:
    text = (
        "Police fired tear gas at protesters in Hung Hom on Sunday. "
        "38 people were treated in hospital."
    )
    assert _range(_brief(text, "2019-11-18").injured) == (38, 38)


def test_a_vehicle_driven_into_a_crowd_is_the_weapon() -> None:
    text = (
        "A car was driven into crowds at a Christmas market in Magdeburg on Friday, "
        "killing two people."
    )
    assert _brief(text, "2024-12-21").weapons == ["car"]  # named as the text writes it
    text = "A man rammed his pickup truck into people on Bourbon Street on Wednesday, killing 14."
    assert "pickup truck" in _brief(text, "2025-01-02").weapons
    # a tractor parked in a square is no weapon
    text = "Farmers drove tractors into the square in Brussels on Thursday and threw eggs."
    assert "vehicle" not in _brief(text, "2024-02-02").weapons


def test_a_truck_bomb_and_automatic_weapons() -> None:
    text = (
        "A truck bombing at the Zoobe junction in Mogadishu killed 276 people on Saturday. The "
        "truck, packed with several hundred kilograms of homemade explosives, blew up at 3 p.m."
    )
    assert _brief(text, "2017-10-16").weapons == ["car bomb"]
    text = (
        "Armed men opened fire with automatic weapons on worshippers in Fambita on Friday, "
        "killing 44."
    )
    # the article's own words when it names no gun (session 16: was "rifle")
    assert _brief(text, "2025-03-25").weapons == ["automatic weapons"]


def test_a_clause_about_an_earlier_incident_gives_no_toll_or_weapon() -> None:
    text = (
        "More than 50 police officers were injured on Tuesday night when a crowd threw bricks "
        "at a mosque in Southport, a day after a knife attack in the town killed three girls."
    )
    brief = _brief(text, "2024-07-31")
    assert brief.killed is None and "knife" not in brief.weapons
    assert "brick" in brief.weapons
    # the same words opening the sentence are this incident's
    text = (
        "Gunmen attacked a village in Benue on Friday night. Two days after the attack, "
        "officials said 100 people were killed."
    )
    assert _range(_brief(text, "2025-06-15").killed) == (100, 100)


def test_a_sentence_goes_on_with_an_earlier_years_story_in_its_paragraph() -> None:
    text = (
        "A bomb killed four people at a university gym in Marawi on Sunday, officials said. "
        "The blast struck during a mass.\n\nMarawi was the scene of a five-month siege in "
        "2017 by militants. More than 1,000 "
        "people were killed before the army retook the city with air strikes and artillery."
    )
    brief = _brief(text, "2023-12-04")
    assert _range(brief.killed) == (4, 4)
    assert "artillery" not in brief.weapons
    # a sentence about a situation since a year ("Since 2018 ...") starts no such story
    text = (
        "Gunmen killed 12 worshippers at a mosque in Kodjena on Friday. They came at dawn.\n\n"
        "Since 2018 the east has become a front line. Five soldiers were killed nearby "
        "during the raid."
    )
    assert _range(_brief(text, "2024-05-12").killed) == (5, 12)


def test_a_court_story_is_dated_by_its_crime_not_by_a_case_set_in_its_own_period() -> None:
    text = (
        "A court on Wednesday convicted three men over the 2015 attack on Garissa University "
        "College, in which gunmen killed 148 people. The court heard that on the morning of "
        "2 April 2015, four gunmen stormed the campus. In September 2013, al-Shabaab fighters "
        "attacked the Westgate shopping centre in Nairobi, killing 67."
    )
    brief = _brief(text, "2019-06-19", title="Three men convicted over Garissa massacre")
    assert brief.date == "2015-04-02"
    # with no other date, the sentence's own period still dates the act
    text = (
        "A court on Wednesday convicted three men of the attack on a mall. The judge found "
        "them guilty of conspiracy and the prosecution asked for life imprisonment. In September "
        "2013, gunmen attacked the Westgate shopping centre in Nairobi, killing 67."
    )
    brief = _brief(text, "2019-06-19", title="Three men convicted over Westgate mall attack")
    assert brief.date == "2013-09"


def test_where_victims_worked_is_not_where_they_died() -> None:
    from summarizer.engines.offline.scan.placewords import elsewhere

    text = "Many of the children's parents worked in Bangkok."
    assert elsewhere(text, text.index("Bangkok"), default_lexicon())
    text = "The gunman was born in Cardiff."
    assert elsewhere(text, text.index("Cardiff"), default_lexicon())
    text = "The gunman opened fire in Bangkok."
    assert not elsewhere(text, text.index("Bangkok"), default_lexicon())


def test_a_small_town_of_a_country_the_article_never_names_is_another_towns_name() -> None:
    from summarizer.engines.offline.scan.gazetteer import City
    from summarizer.engines.offline.scan.placewords import misplaced, named_countries

    class _Said:  # a sentence's spans, as the document model gives them
        def __init__(self, text: str) -> None:
            from summarizer.engines.offline.scan.gazetteer import find_cities
            from summarizer.engines.offline.scan.places import find_countries, find_regions

            lexicon = default_lexicon()
            self.text = text
            self.countries = find_countries(text, lexicon)
            self.regions = find_regions(text, lexicon)
            self.cities = find_cities(text, lexicon)

    solhan = City("Solhan", "TR", 15303, "Bingoel")
    said = [_Said("Gunmen attacked Solhan."), _Said("Solhan lies in the Sahel region.")]
    named = named_countries("A massacre in Burkina Faso", said, default_lexicon())
    assert misplaced(solhan, named, 1_000_000)
    # a town the article places by nothing else, with no other country's region, stays
    named = named_countries(None, [_Said("Gunmen attacked Solhan.")], default_lexicon())
    assert not misplaced(solhan, named, 1_000_000)
    # another country's region where someone is to be taken places nothing
    said = [_Said("Gunmen attacked Solhan."), _Said("He will be transferred to Arusha.")]
    assert not misplaced(solhan, named_countries(None, said, default_lexicon()), 1_000_000)
    # a big city is never another town's name
    assert not misplaced(City("Paris", "FR", 2_000_000), {"SY": {"region"}}, 1_000_000)


def test_a_releases_dateline_in_any_case_dates_the_release_not_the_incident() -> None:
    from summarizer.engines.offline.scan.places import dateline_end

    text = "Kabul/Geneva, 4 October 2015 — The charity condemns the bombing of its hospital."
    assert text[: dateline_end(text, default_lexicon())] == "Kabul/Geneva, 4 October 2015 — "
    # a sentence that ends on a place and a date is no dateline
    text = "Gunmen killed five people in Kano, 3 May 2024 - police said."
    assert dateline_end(text, default_lexicon()) == 0
    text = (
        "Kabul/Geneva, 4 October 2015 — The charity condemns the bombing of its hospital in "
        "Kunduz. At 2:08 a.m. on Saturday, aerial bombing raids struck the trauma centre."
    )
    assert _brief(text, "2015-10-04").date == "2015-10-03"


def test_an_anniversarys_killing_is_another_incident() -> None:
    text = (
        "Two suicide bombers killed 95 mourners in Kerman on Wednesday, on the anniversary "
        "of a general's killing by a US drone in Baghdad."
    )
    assert "drone" not in _brief(text, "2024-01-04").weapons


def test_a_place_attacked_several_times_before_is_history() -> None:
    text = (
        "A drone struck the hospital in El Fasher on Friday, killing 70 people. The hospital "
        "had been shelled and attacked several times before by artillery."
    )
    assert _brief(text, "2025-01-26").weapons == ["drone"]
    # the gunmen firing several times before fleeing is the incident
    text = (
        "Gunmen shot dead a journalist outside his home in Ometepec on Tuesday night. They "
        "fired a pistol at him several times before speeding off."
    )
    assert "pistol" in _brief(text, "2024-06-05").weapons


def test_a_toll_revised_down_gives_both_figures() -> None:
    text = (
        "Two bombs killed dozens of mourners in Kerman on Wednesday. Officials initially put "
        "the toll at 103, then revised it down to 95."
    )
    assert _range(_brief(text, "2024-01-05").killed) == (95, 103)


def test_slingshots_and_a_rocket_that_is_the_missile() -> None:
    text = "Protesters threw stones and fired slingshots at police in Juliaca on Monday."
    assert "slingshot" in _brief(text, "2023-01-10").weapons
    text = (
        "A missile struck the railway station in Kramatorsk on Friday, killing 50 people. "
        "Remains of the rocket lay on the grass."
    )
    assert _brief(text, "2022-04-09").weapons == ["missile"]


def test_another_incident_told_beside_this_one_is_background_with_its_story() -> None:
    text = (
        "A truck loaded with explosives blew up next to an air base in Cali on Thursday, "
        "killing six civilians.\n\nHours earlier, in Antioquia, a police helicopter was "
        "attacked with a drone and crashed. Thirteen police officers were killed."
    )
    brief = _brief(text, "2025-08-22")
    assert _range(brief.killed) == (6, 6)
    assert "drone" not in brief.weapons
    # a protest told as history begins no story: the figure after it is this incident's
    text = (
        "Thousands marched through Paris on Thursday against the reform. It was calm.\n\n"
        "Unlike several previous union marches, the day passed off calmly. Police said "
        "no one was injured."
    )
    assert _range(_brief(text, "2025-06-06").injured) == (0, 0)


def test_that_year_is_history() -> None:
    text = (
        "A bomb killed six people on Istiklal Avenue in Istanbul on Sunday. It was last hit "
        "in March 2016. That year an attack on the airport killed 45."
    )
    assert _range(_brief(text, "2022-11-14").killed) == (6, 6)


def test_the_number_killed_when_risen_to() -> None:
    text = (
        "The number of people killed when a missile hit an apartment building in Dnipro on "
        "Saturday has risen to 40, officials said."
    )
    assert _range(_brief(text, "2023-01-17").killed) == (40, 40)


def test_a_fake_explosive_belt_is_no_weapon_and_no_suicide_bombing() -> None:
    text = (
        "A gunman armed with an automatic rifle and wearing a fake explosive belt killed four "
        "people in central Vienna on Monday before police shot him dead."
    )
    brief = _brief(text, "2020-11-03")
    assert "explosive belt" not in brief.weapons
    assert brief.sub_event_type is not None and brief.sub_event_type.value != "suicide_bomb"


def test_a_figure_beside_only_earlier_years_is_an_earlier_toll() -> None:
    text = (
        "Militants attacked a gendarmerie school in Bamako on Tuesday, killing 77 people. "
        "Bamako had been largely spared. The last major attack on the capital was the 2015 "
        "siege of a hotel, when gunmen killed 20 people."
    )
    assert _range(_brief(text, "2024-09-19").killed) == (77, 77)
    # in a story about the 2015 attack itself the year is the incident's
    text = (
        "A court convicted three men over the 2015 attack on Garissa University College. "
        "The court heard that on 2 April 2015 gunmen stormed the campus. The 2015 attack "
        "killed 148 people."
    )
    brief = _brief(text, "2019-06-19", title="Three convicted over Garissa attack")
    assert _range(brief.killed) == (148, 148)


def test_a_datelines_region_gives_way_to_the_place_towns_region() -> None:
    text = (
        "KYIV, Jan 17 — A Russian missile hit an apartment building in the city of Dnipro on "
        "Saturday, killing 40 people, officials said."
    )
    location = _brief(text, "2023-01-17").location
    assert location.place == "Dnipro" and location.admin1 != "Kyiv"
    # with no other place, the dateline's region still places the incident
    text = "KYIV, Jan 17 — A missile killed three people overnight, officials said."
    assert _brief(text, "2023-01-17").location.admin1 == "Kyiv"


def test_a_bomb_planted_in_a_car_is_a_car_bomb_and_no_one_else_hurt_is_zero() -> None:
    text = (
        "A journalist was killed on Monday when a bomb planted in her car exploded near her "
        "home in Bidnija. Police said no one else was hurt."
    )
    brief = _brief(text, "2017-10-18")
    assert brief.weapons == ["car bomb"]
    assert _range(brief.injured) == (0, 0)
    assert brief.killed is None or brief.killed.max > 0  # "no one else": someone was


def test_the_murder_of_nine_worshippers_is_a_toll() -> None:
    from summarizer.engines.offline.scan.casualties import find_casualties

    text = "A jury sentenced him to death for the murder of nine black worshippers."
    found = find_casualties(text, default_lexicon())
    assert [(f.kind, f.count) for f in found] == [("killed", 9)]


def test_a_toll_up_from_an_earlier_figure_gives_both() -> None:
    text = (
        "Gang members attacked the town of Pont-Sonde on Thursday. The toll has risen to 115 "
        "dead, up from the 70 reported by the UN on Friday."
    )
    assert _range(_brief(text, "2024-10-07").killed) == (70, 115)


def test_a_tally_between_two_months_is_cumulative_and_explosives_are_the_suicide_bomb() -> None:
    text = (
        "Gunmen killed 115 people in Pont-Sonde on Thursday, officials said. Gangs have "
        "spread north. Between January and September, more than 3,600 people were killed."
    )
    assert _range(_brief(text, "2024-10-07").killed) == (115, 115)
    text = "A suicide bomber detonated her explosives at a wedding in Gwoza on Saturday."
    assert _brief(text, "2024-07-01").weapons == ["suicide bomb"]


def test_an_act_days_later_is_another_incident() -> None:
    text = (
        "A suicide bomber killed 183 people outside the airport in Kabul on Thursday. The "
        "crowd had waited for days. Two days later, an American drone strike in the city "
        "killed ten members of one family."
    )
    brief = _brief(text, "2021-09-02")
    assert _range(brief.killed) == (183, 183)
    assert "drone" not in brief.weapons


def test_a_court_storys_narrated_day_beats_a_month_named_in_passing() -> None:
    text = (
        "A special court convicted eight people of helping the man who drove a truck into "
        "crowds in Nice in 2016. On the night of 14 July 2016, the attacker steered a lorry "
        "along the seafront, killing 86 people. It was the second attack in eight months: "
        "in November 2015, gunmen killed 130 people in Paris."
    )
    brief = _brief(text, "2022-12-13", title="Eight convicted over Nice truck attack")
    assert brief.date == "2016-07-14"


def test_a_live_blogs_background_paragraph_and_attacks_that_come_after() -> None:
    text = (
        "Explosions hit the airport in Zaventem on Tuesday morning.\n\n18:30\nOfficials "
        "say 31 people were killed.\n\nBackground: Police arrested a suspect in the Paris "
        "attacks that killed 130 people.\n\nThe attacks come four days after an arrest "
        "linked to the Paris attacks that killed 130 people."
    )
    assert _range(_brief(text, "2016-03-22").killed) == (31, 31)
