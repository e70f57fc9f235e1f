"""offactors8: a doer the article describes but does not name is given as the article words
him; both sides of a handover acted."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.pipeline import draft_brief
from summarizer.engines.offline.scan.roles import find_roles


def _brief(text: str):  # type: ignore[no-untyped-def]
    return draft_brief(Article.from_text(text, published="2020-05-10"))


def _doers(text: str) -> list[str]:
    return [a.name.lower() for a in _brief(text).perpetrators]


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        # the count before the phrase and the vehicle after it
        (
            "Two men on a motorcycle shot dead a reporter outside her home.",
            "two men on a motorcycle",
        ),
        # an attacker's word without what he rode (offclause2: the vehicle is no part of
        # its name)
        ("Gunmen riding motorbikes killed the activist in the market.", "gunmen"),
        # the description of one person by age
        ("A man in his forties opened fire on a tram, killing three people.", "man in his forties"),
        # the dress the article gives
        (
            "Armed men in military-style uniforms stormed the home of the governor.",
            "armed men in military-style uniforms",
        ),
        ("About a dozen gunmen attacked a bus carrying the team.", "about a dozen gunmen"),
    ],
)
def test_a_described_doer_keeps_its_count_and_description(sentence: str, doer: str) -> None:
    found = [m for m in find_roles(sentence, default_lexicon()) if m.role == "perpetrator"]
    assert [m.name.lower() for m in found] == [doer]
    assert found[0].kind.value == "unknown"


def test_a_vague_count_or_a_place_after_the_doer_is_no_description() -> None:
    found = find_roles("Dozens of gunmen in the town attacked a police post.", default_lexicon())
    assert [(m.name, m.role) for m in found if m.role == "perpetrator"] == [
        ("gunmen", "perpetrator")
    ]


def test_an_unnamed_band_is_the_doer_kind_unknown() -> None:
    brief = _brief("Unknown assailants killed nine miners at a gold mine near Bambari on Sunday.")
    assert [(a.name.lower(), a.kind.value) for a in brief.perpetrators] == [
        ("unknown assailants", "unknown")
    ]


def test_a_bare_men_is_no_doer() -> None:
    assert "men" not in _doers("Men shot dead a trader in the market on Sunday.")


def test_a_victim_described_like_a_doer_is_no_doer() -> None:
    brief = _brief("Gunmen shot dead two men on a motorcycle near the checkpoint on Friday.")
    assert all("two men" not in a.name.lower() for a in brief.perpetrators)


def test_both_sides_of_a_base_handover_are_doers() -> None:
    brief = _brief(
        "The US-led coalition handed over the Qayyarah air base to Iraqi security forces on "
        "Thursday, the coalition said."
    )
    names = [a.name.lower() for a in brief.perpetrators]
    assert len(names) == 2 and any("iraq" in n for n in names)
    assert any("coalition" in n or "united states" in n for n in names)
    assert brief.targets == []


def test_a_state_force_that_took_a_town_is_the_doer() -> None:
    found = find_roles(
        "Azerbaijan's army took the town of Zangilan near the border on Wednesday.",
        default_lexicon(),
    )
    assert [(m.name, m.role) for m in found] == [("Azerbaijan's army", "perpetrator")]


def test_an_offender_named_late_with_his_age_is_the_doer() -> None:
    brief = _brief(
        "A man stabbed two people on the high street on Sunday before officers shot him. "
        "The man shot by police has been named as 20-year-old Sudesh Amman, police said."
    )
    assert [a.name for a in brief.perpetrators] == ["Sudesh Amman"]


def test_a_court_story_s_defendant_is_the_doer() -> None:
    brief = _brief(
        "A court on Thursday sentenced the defendant, Stephan Ernst, 47, to life in prison for "
        "shooting dead the politician Walter Luebcke at his home in June 2019."
    )
    assert "Stephan Ernst" in [a.name for a in brief.perpetrators]
    assert "Stephan Ernst" not in [a.name for a in brief.targets]


def test_a_state_army_that_took_ground_from_another_state_s_army_hit_that_army() -> None:
    brief = _brief(
        "Azerbaijan's army took the town of Zangilan near the border on Tuesday, days after "
        "Armenian forces withdrew from it, the defence ministry said."
    )
    assert brief.sub_event_type.value == "government_regains_territory"
    assert [a.name for a in brief.perpetrators] == ["Azerbaijan's army"]
    assert [a.name for a in brief.targets] == ["Armenian forces"]
