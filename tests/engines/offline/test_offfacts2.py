"""Weapons, tolls and claims on unseen wording: arson, arms named in many ways, things that
are not weapons, lists of the dead, ranges, "no one was injured", claims of attacks."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan.casualties import find_casualties
from summarizer.engines.offline.scan.weapons import find_weapons
from summarizer.schema import IncidentBrief


def _brief(text: str, published: str | None = None) -> IncidentBrief:
    return OfflineEngine().summarize(Article.from_text(text, published=published))


def _range(value: object) -> tuple[int, int] | None:
    return None if value is None else (value.min, value.max)  # type: ignore[attr-defined]


def _weapons(text: str) -> list[str]:
    return [m.name for m in find_weapons(text, default_lexicon())]


def _figures(text: str) -> list[tuple[str, int]]:
    return [(f.kind, f.count) for f in find_casualties(text, default_lexicon())]


def test_buildings_set_ablaze_torched_or_burned_are_arson() -> None:
    for text in (
        "Raiders set the parish church ablaze before dawn.",
        "Rioters torched a police post and two banks.",
        "The crowd burned down the district office.",
        "Dozens of homes were burned in the night.",
        "Attackers set fire to the town hall.",
    ):
        assert "fire" in _weapons(text), text
    for text in (
        "Soldiers opened fire on the crowd.",
        "Firefighters fought the blaze for hours.",
        "The mob beat him and set his body alight.",
        "They set fire to them after the beating.",
    ):
        assert "fire" not in _weapons(text), text


def test_arson_beside_an_armed_attack_is_left_to_the_arms() -> None:
    text = (
        "Gunmen armed with rifles raided the village of Kuje on Sunday, killing eight "
        "farmers, and set fire to a dozen huts before they left, police said."
    )
    assert "fire" not in _brief(text, "2023-03-06").weapons
    text = "Protesters torched the governor's office in Kuje on Sunday, police said."
    assert _brief(text, "2023-03-06").weapons == ["fire"]


def test_petrol_that_lit_the_fire_goes_with_it_unless_the_fire_goes() -> None:
    text = "A man doused the shop in petrol and set it ablaze in Osaka on Friday, killing four."
    assert _brief(text, "2021-12-18").weapons == ["fire"]


def test_arms_named_in_other_ways() -> None:
    assert _weapons("a man armed with a sword") == ["sword"]
    assert _weapons("attacked with an axe") == ["axe"]
    assert _weapons("smashed the shrine with pickaxes and hoes") == ["pickaxe", "hoe"]
    assert _weapons("poisoned with a nerve agent") == ["nerve agent"]
    assert _weapons("struck with cluster munitions") == ["cluster munitions"]
    assert _weapons("battle tanks rolled into the square") == ["tank"]
    assert _weapons("fired rubber-coated bullets") == ["rubber bullets"]
    assert _weapons("police shot him dead") == ["gun"]
    assert _weapons("gunmen opened fire on the bus") == ["gun"]


def test_things_that_are_not_weapons() -> None:
    assert _weapons("a fuel tank exploded") == []
    assert _weapons("a think tank report") == []
    assert _weapons("a bomb threat emptied the school") == []
    assert _weapons("no explosives were found") == []
    assert _weapons("near a petrol station") == []
    assert _weapons("the wounded were flown by helicopter to hospital") == []
    assert _weapons("a helicopter gunship fired") == ["helicopter"]


def test_a_list_of_the_dead_is_summed() -> None:
    assert ("killed", 11) in _figures("Seven soldiers, a civilian and three militants were killed.")
    assert ("killed", 9) in _figures(
        "Eight guards and the driver of their truck died when the mine went off."
    )
    assert ("killed", 5) in _figures(
        "Militants ambushed the convoy, killing a sub-inspector, three constables and the driver."
    )
    assert ("injured", 15) in _figures("Fifteen traders and vendors were injured.")
    # "and their companions" is no one person
    assert ("killed", 40) in _figures("The strike killed 40 patients and their companions.")


def test_a_toll_between_two_figures_gives_both_ends() -> None:
    assert _figures("The blast killed between seven and nine people.") == [
        ("killed", 7),
        ("killed", 9),
    ]
    text = (
        "A missile hit the market in Kostiantynivka on Wednesday, officials said. Observers "
        "put the death toll at between 15 and 17."
    )
    assert _range(_brief(text, "2023-09-07").killed) == (15, 17)


def test_him_shot_dead_or_beaten_to_death_is_one_killed() -> None:
    assert _figures("Officers shot him dead.") == [("killed", 1)]
    assert _figures("The crowd beat her to death.") == [("killed", 1)]


def test_one_wounded_by_role_is_no_total_beside_a_figure() -> None:
    text = (
        "Shelling wounded nine people in Kherson on Monday, the governor said. A man was "
        "lightly injured in a separate strike in Mykolaiv."
    )
    assert _range(_brief(text, "2023-06-13").injured) == (9, 9)


def test_no_one_injured_and_no_other_casualties_mean_none_killed() -> None:
    text = "Police defused a bomb found outside a bank in Lima on Friday. No one was injured."
    brief = _brief(text, "2022-05-14")
    assert _range(brief.killed) == (0, 0)
    assert _range(brief.injured) == (0, 0)
    text = (
        "A gendarme was slightly hurt when youths threw stones at a patrol in Grenoble on "
        "Saturday night, the prefecture said. No other casualties were reported."
    )
    brief = _brief(text, "2023-07-02")
    assert _range(brief.killed) == (0, 0)
    assert _range(brief.injured) == (1, 1)
    assert any("prefecture" in c.source.lower() for c in brief.claims)


def test_a_group_that_claimed_the_attack_is_a_claim() -> None:
    text = (
        "A car bomb killed 12 people at a checkpoint in Mosul on Tuesday, police said. "
        "Islamic State claimed the attack."
    )
    sources = [c.source for c in _brief(text, "2017-01-11").claims]
    assert "Islamic State" in sources


def test_a_statement_attributed_to_a_group_is_the_group_s() -> None:
    text = (
        "Gunmen shot dead a Sufi cleric in Chittagong on Monday, police said. A statement "
        "attributed to the Islamic State group said its fighters carried out the killing."
    )
    sources = [c.source for c in _brief(text, "2016-05-10").claims]
    assert any("Islamic State" in s for s in sources)
    assert not any(s.lower().startswith("a statement") for s in sources)


def test_two_speakers_on_either_side_of_a_semicolon() -> None:
    text = (
        "A bomb hidden in a cart exploded at a bus stop in Peshawar on Friday, killing nine "
        "people, a provincial official said; Jamaat-ul-Ahrar later claimed the attack in an "
        "email to reporters."
    )
    claims = {c.source: c.says for c in _brief(text, "2017-03-04").claims}
    assert any("official" in s for s in claims)
    assert any("Jamaat-ul-Ahrar" in s for s in claims)
    official = next(says for s, says in claims.items() if "official" in s)
    assert "nine" in official


def test_a_dateline_is_no_speaker() -> None:
    text = (
        "LUSAKA, March 3 (ZNW) - Police in Kabwe on Saturday arrested 14 opposition "
        "supporters who had gathered outside the court, saying the meeting was unlawful."
    )
    sources = [c.source for c in _brief(text, "2024-03-03").claims]
    assert sources and not any("LUSAKA" in s for s in sources)


def test_a_toll_just_after_after_is_an_earlier_incident_s() -> None:
    assert _figures("The raid came a month after a gunman killed six people in Lagos.") == []
    assert _figures("Police killed four robbers after the gang killed a guard.") == [("killed", 4)]


def test_the_dead_along_with_another_group_are_summed() -> None:
    text = "Eleven guests were killed, along with three security guards."
    assert _figures(text) == [("killed", 14)]


def test_setting_fire_to_property_is_arson() -> None:
    assert _weapons("youths setting fire to tyres and a bus") == ["fire"]


def test_after_the_killing_of_names_the_incident() -> None:
    assert _figures("The charity left after the killing of four of its drivers.") == [("killed", 4)]
