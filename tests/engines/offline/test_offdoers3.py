"""Doers identified and implied (session 18, round 3; sentences written for these tests):
an identification verb naming a described doer whose words hold a person word of the
``people`` noun class ("Police identified the thrower as X") makes X the doer, never when
the description tells of the hurt ("identified the dead as X"); an arrest told with no force
anywhere in the text is by the implied force, the person read is who was held."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import IncidentBrief


def _brief(text: str, published: str | None = None) -> IncidentBrief:
    return OfflineEngine().summarize(Article.from_text(text, published=published))


def _names(actors: list) -> list[str]:
    return [a.name for a in actors]


def test_identified_described_doer_is_the_named_person() -> None:
    text = (
        "LYON, France - A man drove a van into a crowd at a street market on Saturday, killing "
        "four shoppers. Prosecutors on Sunday identified the driver of the van as Karim Belhadj, "
        "a 31-year-old delivery worker."
    )
    brief = _brief(text, "2021-05-16")
    assert "Karim Belhadj" in _names(brief.perpetrators)
    assert "Karim Belhadj" not in _names(brief.targets)
    text = (  # counter-example: the description tells of the dead
        "LYON, France - Gunmen opened fire on a cafe on Saturday, killing two waiters. Police "
        "on Sunday identified the dead as Karim Belhadj, a 31-year-old student, and a woman."
    )
    brief = _brief(text, "2021-05-16")
    assert "Karim Belhadj" not in _names(brief.perpetrators)


def test_identified_one_of_the_throwers() -> None:
    text = (
        "LEEDS, England - A petrol bomb was hurled through the window of a mosque on Friday "
        "night, injuring two worshippers. Police identified one of the throwers as Daniel Pike, "
        "24, from Bradford."
    )
    brief = _brief(text, "2020-03-08")
    assert "Daniel Pike" in _names(brief.perpetrators)


def test_arrest_with_no_force_in_the_text_is_by_the_implied_force() -> None:
    text = (
        "ZAGREB, Croatia - Goran Kovac, a former militia leader wanted for war crimes, was "
        "arrested before dawn on Tuesday at a farmhouse near Osijek, the prime minister told "
        "reporters."
    )
    brief = _brief(text, "2005-06-07")
    assert _names(brief.perpetrators) == ["police"]
    text = (  # counter-example: the force the text names stays
        "ZAGREB, Croatia - Goran Kovac, a former militia leader wanted for war crimes, was "
        "arrested by Croatian police before dawn on Tuesday at a farmhouse near Osijek."
    )
    brief = _brief(text, "2005-06-07")
    assert "police" in " ".join(_names(brief.perpetrators)).lower()


def test_one_described_person_who_tried_to_act_is_the_doer() -> None:
    text = (
        "MANILA (AP) - A Filipino student tried to set off a bomb hidden in his backpack on a "
        "crowded commuter train on Friday, but it failed to explode and guards held him."
    )
    brief = _brief(text, "2012-04-14")
    names = [n.lower().removeprefix("a ") for n in _names(brief.perpetrators)]
    assert names == ["filipino student"]
    text = (  # counter-example: a bare "a man" describes no one
        "MANILA - A man tried to set off a bomb on a crowded commuter train on Friday, but it "
        "failed to explode."
    )
    assert "a man" not in [n.lower() for n in _names(_brief(text, "2012-04-14").perpetrators)]


def test_the_force_a_crowd_met_is_the_target() -> None:
    text = (
        "NANTES, France - Protesters against the pension reform torched cars and barricades in "
        "the city centre on Thursday, as police answered with tear gas. The prefect said 40 "
        "people had been injured."
    )
    brief = _brief(text, "2023-03-24")
    assert _names(brief.targets) == ["police"]
    text = (  # counter-example: a mob's victims stay its target
        "JOS, Nigeria - A mob beat two traders to death in the market on Thursday after "
        "accusing them of theft, and police later arrived."
    )
    assert "police" not in _names(_brief(text, "2023-03-24").targets)


def test_named_organisers_of_a_protest_are_its_doers() -> None:
    text = (
        "MADRID - Tens of thousands of people marched through central Madrid on Sunday in a "
        "rally organised by Greenpeace Spain and the Platform for Public Health, which ended "
        "peacefully outside the parliament."
    )
    names = _names(_brief(text, "2022-11-13").perpetrators)
    assert names == ["Greenpeace Spain", "Platform for Public Health"]
    text = (  # counter-example: organisers named only by a common word stay the crowd
        "MADRID - Tens of thousands of people marched through central Madrid on Sunday in a "
        "rally organised by several unions, which ended peacefully outside the parliament."
    )
    assert "several unions" not in _names(_brief(text, "2022-11-13").perpetrators)
