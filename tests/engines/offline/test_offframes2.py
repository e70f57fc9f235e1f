"""The clause frame names the doer and the target too (issue 13, helper offframes2).

The frame that decides an event from a lead clause's doer, verb class and object
(scan/frames.py) hands its doer and object to the actors as their FALLBACK
(resolve/framesides.py): aircraft or guns of a named country that bomb or shell a place
are the perpetrators when no other resolver names one, the place they hit the target
when none is named; a verb class's "-ing" form after an auxiliary ("were fighting") is a
clause's verb. Counter-examples: a machine whose owner the article does not name ("a
drone struck") is no perpetrator, a people object is left to the casualty resolvers, an
"-ing" form with no auxiliary ("killing 40") is no clause's verb, and a market or a
sports side "falling" or "attacking" stays no incident. (Sentences written for these tests.)
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan.frames import frame_cue
from summarizer.schema import Actor, IncidentBrief, SubEventType

ENGINE = OfflineEngine()
S = SubEventType


def _brief(text: str) -> IncidentBrief:
    return ENGINE.summarize(Article.from_text(text, published="1950-05-10"))


def _names(actors: list[Actor]) -> list[str]:
    return [a.name for a in actors]


def test_aircraft_that_bomb_a_quarter_are_its_doer_and_it_their_target() -> None:
    brief = _brief(
        "ROTTERDAM, May 14 - German dive-bombers, circling low over the harbour, bombed the "
        "old quarter of Rotterdam this afternoon."
    )
    assert brief.sub_event_type == S.air_drone_strike
    assert _names(brief.perpetrators) == ["German dive-bombers"]
    assert _names(brief.targets) == ["the old quarter of Rotterdam"]
    assert brief.perpetrators[0].kind == "state_forces"


def test_guns_that_shell_a_hospital_are_the_perpetrators() -> None:
    brief = _brief(
        "SARAJEVO, June 2 - Serbian heavy guns on the hills around the city shelled the "
        "Kosevo hospital late last night."
    )
    assert brief.sub_event_type == S.shelling_artillery_missile_attack
    assert _names(brief.perpetrators) == ["Serbian heavy guns"]  # cut at "on the hills"
    # counter-example: a machine whose owner the article does not name is no perpetrator
    drone = _brief("KOSTI, Sept 12 - A drone struck a crowded fuel station, killing five people.")
    assert drone.incident
    assert drone.perpetrators == []
    # counter-example: a named victim is the casualty resolvers', not the clause's object
    shot = _brief("An unknown gunman shot dead the mayor of Tolosa inside his office on Thursday.")
    assert "the mayor of Tolosa inside his office" not in _names(shot.targets)


def test_an_ing_form_after_an_auxiliary_is_the_clause_s_verb() -> None:
    brief = _brief(
        "GROZNY, Jan 5 - Russian paratroopers were fighting separatist gunmen around the "
        "presidential palace on Wednesday."
    )
    assert brief.sub_event_type == S.armed_clash
    assert _names(brief.perpetrators) == ["Russian paratroopers"]
    lexicon = default_lexicon()
    # counter-examples: no auxiliary, no verb; a market or a team "attacking" is no incident
    assert frame_cue("A bomb went off, killing 40 people in the market.", lexicon) is None
    assert not _brief("LONDON, May 10 - Shares were falling all morning as traders sold.").incident
    assert not _brief(
        "LONDON, May 10 - The visiting side were attacking the goal all afternoon."
    ).incident
