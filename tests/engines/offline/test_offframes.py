"""The event from the clause (issue 13, helper offframes): when no phrase rule fits a report,
or the one that fits says little of how, its clause's doer kind, verb class and object kind
decide (scan/frames.py; verb classes built from WordNet in data/verbs.toml). Aircraft that
bomb a town strike from the air; partisans who blow up a bridge set off explosives; armed
men who seize a building take ground from the state, troops who take one regain it; a crowd
that tears down a shrine is a mob; bands that fall upon a garrison's post fight it. Each
test holds a counter-example: the same verb class in a sense that is no act of violence
("shares bombed", "took over its rival", "fired its manager"). (Sentences written for these
tests.)
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.schema import SubEventType

ENGINE = OfflineEngine()
S = SubEventType


def _sub(text: str, title: str | None = None) -> SubEventType | None:
    brief = ENGINE.summarize(Article.from_text(text, published="1950-05-10", title=title))
    return brief.sub_event_type if brief.incident else None


def test_aircraft_that_bomb_a_place_strike_from_the_air() -> None:
    assert (
        _sub(
            "The harbour town of Bari was wrecked on Tuesday night by enemy aeroplanes, "
            "which bombed and machine-gunned the quays for two hours."
        )
        == S.air_drone_strike
    )
    assert (
        _sub("A seaplane of the enemy let fall four bombs upon the docks at Hull before dawn.")
        == S.air_drone_strike
    )
    # the counter-example: shares that "bombed" on a market are no incident
    assert _sub("Mining shares bombed on the Johannesburg exchange on Friday.") is None


def test_a_bridge_blown_up_is_a_planted_charge() -> None:
    assert (
        _sub("Guerrillas dynamited the road bridge at Nova Varos on Sunday night.")
        == S.remote_explosive_landmine_ied
    )


def test_seizing_a_place_is_territory_by_the_doer_s_kind() -> None:
    assert (
        _sub("Armed insurgents seized the radio station in the port town on Tuesday.")
        == S.non_state_actor_overtakes_territory
    )
    assert (
        _sub("Government soldiers recaptured the riverside town of Pibor on Wednesday.")
        == S.government_regains_territory
    )
    # the counter-example: a firm that takes over another is no incident
    assert _sub("The steel maker took over its Belgian competitor in a share deal.") is None


def test_a_crowd_that_tears_down_a_building_is_a_mob() -> None:
    assert (
        _sub("A crowd of zealots pulled down the old mosque on the hill with pickaxes on Sunday.")
        == S.mob_violence
    )


def test_falling_upon_a_post_is_a_battle() -> None:
    assert (
        _sub(
            "Hillmen fell upon the frontier post at Datta Khel at night and drove off its garrison."
        )
        == S.armed_clash
    )


def test_the_frame_reader_wants_a_violent_doer_and_object() -> None:
    from summarizer.engines.offline.scan.frames import frame_cue  # a module new with these tests

    lexicon = default_lexicon()
    # a club that fires its manager, a crew that shoots a film: no frame
    assert frame_cue("The club fired its manager after eight defeats.", lexicon) is None
    assert frame_cue("A film crew will shoot scenes in the old town.", lexicon) is None
    cue = frame_cue("Bombers pounded and then bombed the rail yards at Hamm.", lexicon)
    assert cue is not None and cue.sub_event_type == S.air_drone_strike
