"""Weapons as the article names them, and only the incident's (issue 13, offweapons).

Covers: a weapon named as the kind the word before its noun makes it ("assault rifles",
"a van bomb", "a pipe bomb", "a long gun"), which replaces its head and the class ("rifle",
"gun") and goes where its head goes (beside an IED, a "homemade bomb" is that IED);
"revolver"; clubs apart from sticks; batons; whips; a vague blade ("a sharp instrument")
dropped beside a named one; mustard gas; "chemical agents" when no chemical is named, and
not in a denial ("denies using chemical agents"); the kit of the police who answered an
attack by a non-state doer; a helicopter or drone that carried the wounded or searched.
Sentences written for these tests.
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.pipeline import draft_brief
from summarizer.engines.offline.scan.weapons import find_weapons


def _weapons(text: str) -> list[str]:
    return list(draft_brief(Article.from_text(text, published="2024-05-02")).weapons)


def _names(text: str) -> list[str]:
    return [
        m.name for m in find_weapons(text, default_lexicon()) if not m.aside and not m.other_act
    ]


def test_the_word_before_a_noun_makes_a_kind() -> None:
    found = _weapons(
        "Three gunmen armed with assault rifles killed nine farmers in a village near "
        "Kaduna on Tuesday, police said. The rifles were taken from an army depot."
    )
    assert found == ["assault rifle"]
    assert _weapons(
        "A van bomb exploded outside a bank in Kandahar on Monday, killing four guards."
    ) == ["van bomb"]
    assert _names("Police said the farmer had been shot with a long gun.") == ["long gun"]
    assert _names("He kept a revolver under his seat and fired it at the clerk.") == ["revolver"]
    # counter-examples: an adjective that is no kind leaves the class ("a rusty rifle"), and a
    # name of the table keeps its own place ("petrol bomb" is no kind of bomb to drop "fire")
    assert _names("He fired a rusty rifle at the guards.") == ["rifle"]
    assert set(
        _weapons(
            "Rioters threw petrol bombs and set fire to two banks in Patras on Sunday, police said."
        )
    ) >= {"petrol bomb", "fire"}
    # a kind goes where its head goes: beside the IED, the homemade bomb is that IED
    found = _weapons(
        "A homemade bomb exploded at a bus station in Kampala on Friday, killing two people. "
        "Police said the improvised explosive device was packed with nails."
    )
    assert "homemade bomb" not in found and "ied" in found


def test_clubs_batons_whips_and_blades() -> None:
    found = _weapons(
        "Men swinging clubs and sticks attacked traders at a market in Jos on Monday, "
        "injuring five, police said."
    )
    assert "club" in found and "stick" not in found
    assert _names("Riot police beat the marchers with batons.") == ["baton"]
    assert _names("The riders lashed the crowd with whips.") == ["whip"]
    found = _weapons(
        "Attackers killed a shopkeeper with a sharp instrument in Mombasa on Sunday, police said."
    )
    assert found == ["sharp instrument"]
    # counter-example: beside a named blade the vague words say nothing more
    found = _weapons(
        "Raiders armed with machetes and other sharp weapons killed six villagers near Beni "
        "on Sunday, officials said."
    )
    assert "machete" in found and "sharp weapon" not in found


def test_chemicals_named_or_vague_and_a_denial() -> None:
    assert _names("Shells filled with mustard gas hit the town.") == ["shells", "mustard gas"]
    assert _names("Rockets carrying chemical agents struck the suburb.") == [
        "rocket",
        "chemical agents",
    ]
    # counter-example: a denial tells of no use
    assert _names("The ministry denies using chemical agents.") == []


def test_the_kit_of_the_police_who_answered_an_attack() -> None:
    found = _weapons(
        "A man armed with a knife attacked shoppers at a market in Lyon on Saturday, wounding "
        "three, police said. An officer overpowered him with a baton."
    )
    assert "knife" in found and "baton" not in found
    # counter-example: the police's batons are the incident's when the police charged
    found = _weapons(
        "Riot police charged striking dockworkers with batons in Piraeus on Thursday, "
        "injuring twelve, union officials said."
    )
    assert "baton" in found


def test_a_craft_that_carried_or_searched_is_no_weapon() -> None:
    assert _names("The wounded were flown to hospital in army helicopters.") == []
    assert _names("A helicopter landed on the square to airlift the wounded.") == []
    assert _names("Officers later sent a drone up to search the riverbank.") == []
    # counter-examples: a craft that attacked
    assert _names("Army helicopters fired rockets at the convoy.") == ["helicopter", "rocket"]
    assert _names("A drone hovered over the market before it exploded.") == ["drone"]
