"""The offline engine end to end on the project's example article."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.grounding import is_grounded
from summarizer.schema import IncidentBrief
from tests.conftest import EXAMPLE_ARTICLE, NO_INCIDENT_ARTICLE


def test_example_article_brief() -> None:
    article = Article.from_text(EXAMPLE_ARTICLE, published="2024-03-15")
    brief = OfflineEngine().summarize(article)
    assert brief.incident is True
    assert (brief.event_type, brief.sub_event_type) == (
        "explosions_remote_violence",
        "remote_explosive_landmine_ied",
    )
    assert brief.date == "2024-03-14"
    assert brief.location.country_code == "SO"
    assert [p.name for p in brief.perpetrators] == ["al-Shabaab"]
    assert brief.killed is not None and (brief.killed.min, brief.killed.max) == (4, 9)
    assert brief.injured is not None and brief.injured.min == 7
    assert all(is_grounded(e.quote, article.text) for e in brief.evidence)
    assert len(brief.headline) <= 120 and len(brief.summary.split()) <= 100


def test_it_is_deterministic() -> None:
    article = Article.from_text(EXAMPLE_ARTICLE)
    one, two = OfflineEngine().summarize(article), OfflineEngine().summarize(article)
    assert one.model_dump(exclude={"provenance"}) == two.model_dump(exclude={"provenance"})


def test_sports_report_is_not_an_incident() -> None:
    brief = OfflineEngine().summarize(Article.from_text(NO_INCIDENT_ARTICLE))
    assert brief.incident is False
    assert brief.event_type is None and brief.evidence == []


def test_a_rule_raising_stopiteration_does_not_hang_async(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import asyncio

    import summarizer.engines.offline as offline

    def broken(article: Article, lexicon: object = None) -> None:
        raise StopIteration

    monkeypatch.setattr(offline, "draft_brief", broken)
    try:
        asyncio.run(asyncio.wait_for(OfflineEngine().asummarize(Article.from_text("x y z")), 5))
    except RuntimeError as exc:
        assert "StopIteration" in str(exc)
    else:
        raise AssertionError("expected a RuntimeError")


def test_town_names_place_the_incident() -> None:
    text = "A missile struck an apartment block in Kharkiv on Friday, killing three people."
    brief = OfflineEngine().summarize(Article.from_text(text, published="2024-05-25"))
    assert (brief.location.country_code, brief.location.place) == ("UA", "Kharkiv")


def test_a_protest_has_its_crowd_as_perpetrator() -> None:
    text = (
        "Tens of thousands of people marched through the capital on Saturday against the new "
        "pension law. The march ended peacefully, police said."
    )
    brief = OfflineEngine().summarize(Article.from_text(text, published="2024-03-10"))
    assert (brief.event_type, brief.sub_event_type) == ("protests", "peaceful_protest")
    assert [p.name for p in brief.perpetrators] == ["protesters"]


def test_a_named_ship_is_the_target_not_the_word_ship() -> None:
    text = (
        "A missile struck a cargo ship in the Red Sea on Friday. The vessel, the MV Sea Lark, "
        "was hit near its bow, the operator said; no one was hurt."
    )
    brief = OfflineEngine().summarize(Article.from_text(text, published="2024-03-09"))
    assert [t.name for t in brief.targets] == ["MV Sea Lark"]


def _brief(text: str, published: str = "2024-05-20") -> IncidentBrief:
    return OfflineEngine().summarize(Article.from_text(text, published=published))


def test_no_one_hurt_means_none_killed_and_no_reports_of_deaths_is_zero() -> None:
    raid = (
        "Police arrested four men in a dawn raid on a flat in the port district on Monday. "
        "No one was hurt during the operation, officers said."
    )
    brief = _brief(raid)
    assert brief.killed is not None and (brief.killed.min, brief.killed.max) == (0, 0)
    looting = (
        "Armed men looted and burned the main market of a northern town on Sunday, officials "
        "said. There were no reports of deaths."
    )
    brief = _brief(looting)
    assert brief.killed is not None and (brief.killed.min, brief.killed.max) == (0, 0)


def test_a_sentence_set_in_another_month_is_background() -> None:
    text = (
        "Gunmen killed six villagers in an attack on a farming settlement on Saturday, May 18, "
        "police said. In December, more than 90 people were killed in a string of raids in "
        "the same district."
    )
    brief = _brief(text)
    assert brief.killed is not None and (brief.killed.min, brief.killed.max) == (6, 6)


def test_battle_sides_doer_takes_territory_from_the_target() -> None:
    text = (
        "Rebels of the M23 movement took control of a market town in eastern Congo on Friday "
        "after Congolese troops withdrew following two days of fighting, residents said."
    )
    brief = _brief(text)
    assert [a.name for a in brief.perpetrators] == ["M23"]
    assert [a.name for a in brief.targets] == ["Congolese army"]


def test_the_incident_date_is_not_the_dateline_or_the_statement_day() -> None:
    text = (
        "GAO, June 12 — Militants attacked an army checkpoint outside the town on Monday, "
        "killing three soldiers, the army said on Wednesday."
    )
    brief = _brief(text, published="2024-06-12")
    assert brief.date == "2024-06-10"
    reported_only = "Three soldiers were killed in an ambush, the army said on Wednesday."
    assert _brief(reported_only, published="2024-06-12").date == "2024-06-12"


def test_tolls_from_the_night_before_and_said_on_a_later_day_count() -> None:
    # the incident ends on Saturday; a toll counted "overnight" (Friday) and one "said on
    # Monday" are the same episode, while an attack that "came hours after" another is not
    text = (
        "MOGADISHU — Security forces on Saturday ended a siege at a hotel where militants "
        "had stormed the building, killing guests. "
        "Police said nine people had died. "
        "An ambulance service said it had carried 11 bodies to hospitals overnight. "
        "A hospital director said on Monday that 14 bodies had been brought in. "
        "The siege came hours after two soldiers were killed by a roadside bomb elsewhere."
    )
    brief = OfflineEngine().summarize(Article.from_text(text, published="2025-02-15"))
    assert brief.killed is not None and (brief.killed.min, brief.killed.max) == (9, 14)


def test_named_casualties_are_people_not_speakers_or_places() -> None:
    text = (
        "KABUL — Gunmen killed three people in Jalalabad on Sunday, police spokesman Tariq "
        "Azizi said. Among the dead was Rose-Marie Estimé, a retired teacher. "
        "Wideline Charles, 19, was shot in the leg. "
        "The group named one of the dead as Kawa Ibrahim. "
        "Abdul Rahman, the provincial governor, said the killers would be found."
    )
    brief = OfflineEngine().summarize(Article.from_text(text, published="2024-05-06"))
    got = {(c.name, c.status) for c in brief.named_casualties}
    assert got == {
        ("Rose-Marie Estimé", "killed"),
        ("Wideline Charles", "injured"),
        ("Kawa Ibrahim", "killed"),
    }


def test_a_method_named_once_outweighs_sentences_that_name_none() -> None:
    # two sentences only say people were killed (attack); one says how (a drone strike)
    text = (
        "Eleven people were killed at a wedding in a village west of Taiz on Friday. "
        "Relatives said the dead included four children. "
        "Witnesses said a drone struck the courtyard where guests had gathered."
    )
    brief = OfflineEngine().summarize(Article.from_text(text, published="2024-06-08"))
    assert brief.sub_event_type == "air_drone_strike"


def test_a_protest_met_with_gunfire_is_excessive_force_even_if_most_sentences_say_protest() -> None:
    text = (
        "Thousands of opposition supporters protested in Conakry on Thursday. "
        "The demonstrators marched along the main road towards the city centre. "
        "Security forces opened fire on demonstrators near the market, killing three. "
        "Protest leaders said they would march again next week."
    )
    brief = OfflineEngine().summarize(Article.from_text(text, published="2024-05-10"))
    assert brief.sub_event_type == "excessive_force_against_protesters"
    assert [p.kind for p in brief.perpetrators] == ["state_forces"]


def test_weapons_name_the_specific_device() -> None:
    text = (
        "Gunmen fired rocket-propelled grenades and threw petrol bombs at a police station in "
        "Elwak on Tuesday, killing two officers; police used pepper spray on the crowd and "
        "found dynamite and a handgun."
    )
    brief = OfflineEngine().summarize(Article.from_text(text, published="2024-05-08"))
    assert set(brief.weapons) >= {"rocket-propelled grenade", "petrol bomb"}
    assert not {"rocket", "grenade", "petrol", "bomb"} & set(brief.weapons)
    assert "pepper spray" not in brief.weapons  # the police's, who answered the attack


def test_the_place_is_the_town_named_as_one_not_the_capital_whose_officials_spoke() -> None:
    text = (
        "Nairobi officials said gunmen attacked a police station in Garissa, Kenya on "
        "Tuesday, killing two officers."
    )
    brief = OfflineEngine().summarize(Article.from_text(text, published="2024-05-08"))
    assert (brief.location.country_code, brief.location.place) == ("KE", "Garissa")


def test_weapons_are_read_from_how_people_were_hit() -> None:
    engine = OfflineEngine()

    def weapons(text: str) -> list[str]:
        return engine.summarize(Article.from_text(text, published="2024-05-08")).weapons

    assert weapons("A trader was shot dead outside his shop on Monday.") == ["gun"]
    assert weapons("Police fired live rounds and tear gas at marchers on Monday.") == [
        "live ammunition",
        "tear gas",
    ]
    assert weapons("A fishing boat was sunk by a sea mine on Monday.") == ["sea mine"]
    assert weapons("Two herders died when their cart struck a mine on Monday.") == ["landmine"]
    assert weapons("An air strike hit a fuel depot on Monday.") == ["aircraft"]
    # sirens that warn of an air raid are no aircraft: the missile that followed is the weapon
    sirens = "Air raid sirens sounded before a missile hit a fuel depot on Monday."
    assert weapons(sirens) == ["missile"]
    # a suicide bomber's device is named as the report names it, and a car bomb wins
    assert weapons("A suicide bomber struck a checkpoint on Monday.") == ["suicide bomb"]
    assert weapons("Two attackers detonated explosive belts at a shrine on Monday.") == [
        "explosive belt"
    ]
    assert weapons("A suicide bomber drove a car bomb into a checkpoint on Monday.") == ["car bomb"]
    # "shelling" gives way to the gun that fired: mortars here
    assert weapons("Mortar shelling hit the market on Monday, wounding nine traders.") == ["mortar"]
    # the bricks of a house are no weapon; those thrown by rioters are
    assert "brick" not in weapons("Gunmen shot dead two men in a mud-brick house on Monday.")
    assert "brick" in weapons("Rioters threw bricks and bottles at police on Monday.")
