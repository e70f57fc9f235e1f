"""Long articles: a feature's opening scene does not date the incident; a second blast hours
later elsewhere is another incident with a toll of its own."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import IncidentBrief


def _brief(text: str, published: str | None = None, title: str | None = None) -> IncidentBrief:
    return OfflineEngine().summarize(Article.from_text(text, published=published, title=title))


def _range(value: object) -> tuple[int, int] | None:
    return None if value is None else (value.min, value.max)  # type: ignore[attr-defined]


def test_a_features_opening_scene_does_not_date_the_incident() -> None:
    text = (
        "On Tuesday the stalls of the Monday Market in Maiduguri were open again, and traders "
        "swept glass from the road. A woman sold onions beside a burned car. On 3 March, two "
        "suicide bombers blew themselves up among the shoppers, killing 14 people, police said."
    )
    brief = _brief(text, "2025-03-12")
    assert brief.date == "2025-03-03"


def test_an_opening_that_tells_of_violence_keeps_its_own_date() -> None:
    text = (
        "Gunmen killed four farmers near Jos on Tuesday, police said. The attackers came at "
        "night. On 3 March, gunmen attacked a village nearby and killed two people."
    )
    brief = _brief(text, "2025-03-12")
    assert brief.date == "2025-03-11"


def test_a_scene_long_after_the_act_is_not_redated() -> None:
    text = (
        "On Tuesday the school reopened in Peshawar, with soldiers on its roof. Parents waited "
        "outside. On 16 December 2014, gunmen stormed the school and killed 141 people."
    )
    brief = _brief(text, "2015-06-16")
    assert brief.date != "2014-12-16"


def test_a_second_blast_hours_later_elsewhere_has_its_own_toll() -> None:
    text = (
        "A suicide bomber killed at least 40 people at a rally in Bajaur on Sunday, officials "
        "said. Hours later, a second blast hit a market in Peshawar, killing three people.\n\n"
        "A second, smaller bomb went off in Quetta two hours later, wounding six people."
    )
    brief = _brief(text, "2023-07-30")
    assert _range(brief.killed) == (40, 40)
    assert brief.injured is None


def test_a_second_blast_minutes_later_is_the_same_attack() -> None:
    text = (
        "Two bombs exploded outside a stadium in Kampala on Tuesday. A second explosion minutes "
        "later killed four people who had rushed to help, police said."
    )
    brief = _brief(text, "2021-11-17")
    assert _range(brief.killed) == (4, 4)


def _doers(brief: IncidentBrief) -> list[str]:
    return [actor.name for actor in brief.perpetrators]


def test_the_driver_named_by_police_is_the_perpetrator() -> None:
    text = (
        "A van drove into pedestrians on a shopping street in Toronto on Monday, killing ten "
        "people. Police named the driver as Alek Minassian, 25, of Richmond Hill."
    )
    assert "Alek Minassian" in _doers(_brief(text, "2018-04-24"))


def test_a_court_that_sentences_someone_names_the_perpetrator() -> None:
    text = (
        "A court in Christchurch sentenced Brenton Tarrant to life in prison without parole for "
        "the mosque shootings that killed 51 people in March last year."
    )
    assert "Brenton Tarrant" in _doers(_brief(text, "2020-08-27"))
    found = (
        "A court found Dylann Roof guilty of killing nine worshippers at a church in Charleston."
    )
    assert "Dylann Roof" in _doers(_brief(found, "2016-12-15"))


def test_a_man_arrested_at_the_scene_is_the_accused() -> None:
    text = (
        "A man stabbed three people at a train station in Hamburg on Friday. Police arrested "
        "a 39-year-old woman, Lydia Schmidt, at the scene, and said she acted alone."
    )
    assert "Lydia Schmidt" in _doers(_brief(text, "2025-05-23"))
    elsewhere = (
        "A man stabbed three people at a train station in Hamburg on Friday. Police later "
        "arrested a 39-year-old woman, Lydia Schmidt, in Berlin."
    )
    assert "Lydia Schmidt" not in _doers(_brief(elsewhere, "2025-05-23"))


def test_shots_at_a_campaign_rally_are_an_attack_not_a_protest() -> None:
    text = (
        "A gunman opened fire during a campaign rally in Cali on Saturday, "
        "wounding him and two supporters, police said."
    )
    brief = _brief(text, "2025-06-08")
    assert brief.event_type is not None and brief.event_type.value != "protests"
    protest = "Thousands of farmers held a rally in Cali on Saturday against fuel prices."
    assert _brief(protest, "2025-06-08").event_type.value == "protests"  # type: ignore[union-attr]


def test_a_two_word_rank_is_no_part_of_the_name() -> None:
    text = (
        "A roadside bomb killed two soldiers near Kandahar on Monday, the army said. Among the "
        "dead was Staff Sergeant Maria Lopez, 29, a medic."
    )
    names = [c.name for c in _brief(text, "2010-05-04").named_casualties]
    assert "Maria Lopez" in names
    assert not any("Staff" in name for name in names)


def test_a_regional_branch_is_named_as_itself() -> None:
    text = (
        "Gunmen attacked a hotel in Ouagadougou on Friday, killing 30 people. Al-Qaeda in the "
        "Islamic Maghreb claimed responsibility for the attack."
    )
    names = _doers(_brief(text, "2016-01-16"))
    assert "al-Qaeda in the Islamic Maghreb" in names
    assert "al-Qaeda" not in names
