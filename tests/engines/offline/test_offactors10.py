"""offactors10: perpetrators and targets, kinds the heldout13 scoring showed.

Covers: a doer's series of deeds before the violent one ("stopped the lorry, searched the
cab, marched the driver off and shot him"), read over a long sentence; a doer described
by the errand it was sent on ("troops sent to reopen the road opened fire"); heavy fire on
a place ("pounded", "strafed"); a detention worded "picked up"; a doer acting "on Monday
and Tuesday"; the hyphenated bomb-disposal team and the device it made safe named before
("disarmed it"); a site named with what it belongs to or where it stands before its passive
verb ("the tomb of a poet on the hill was set ablaze"); the deed's participle is no word of
the site's name ("burning shops": the shops); people named with what they carried ("a group
of youths armed with machetes"), not an attacker's word nor a crowd; a place aside between
the doer and its deed ("guards in X, near the frontier, opened fire"), not one a participle
follows. Sentences written for these tests.
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.pipeline import draft_brief


def _names(text: str, field: str) -> list[str]:
    """The lower-cased names the engine gives ``field`` for a one-paragraph report."""
    brief = draft_brief(Article.from_text(text, published="2022-03-14"))
    return [actor.name.lower() for actor in getattr(brief, field)]


def _doers(text: str) -> list[str]:
    return _names(text, "perpetrators")


def _targets(text: str) -> list[str]:
    return _names(text, "targets")


def test_series_of_deeds_before_the_violent_one() -> None:
    assert _doers(
        "Masked gunmen halted a lorry convoy on the mountain road near the old customs post "
        "late on Sunday, searched every cab, ordered the drivers into a field and shot seven "
        "of them dead, the provincial governor said."
    ) == ["masked gunmen"]
    assert _doers(
        "Armed men halted a minibus on the coast road before dawn on "
        "Sunday, searched the luggage of each traveller, ordered four traders out and shot "
        "them dead, the governor said."
    ) == ["armed men"]
    # a force in the series that was itself attacked is no doer
    assert "soldiers" not in _doers(
        "Soldiers escorted the fuel convoy through the valley, checked the road ahead and "
        "were ambushed near the pass, officials said."
    )


def test_doer_sent_on_an_errand() -> None:
    assert _doers(
        "Troops sent to reopen the road opened fire on the crowd on Tuesday, killing four "
        "farmers, officials said."
    ) == ["troops"]
    # sent somewhere and then hit: no doer
    assert "troops" not in _doers(
        "Troops sent to the border district were ambushed on Tuesday, and four of them "
        "were killed, officials said."
    )


def test_heavy_fire_on_a_place() -> None:
    assert _doers(
        "Government troops pounded rebel-held hamlets with mortars overnight, killing three "
        "people, local officials said."
    ) == ["government troops"]
    assert _doers(
        "Army helicopters strafed a column of pickup trucks near the river on Monday, "
        "officials said."
    ) == ["army helicopters"]
    # the heavy fire came down on the troops: they are no doer
    assert "troops" not in _doers(
        "Rebels pounded an army base with rockets overnight, killing two troops, officials said."
    )


def test_picked_up_is_a_detention() -> None:
    assert _doers(
        "Police in Harare on Monday and Tuesday picked up nine members of a student union, "
        "their lawyer said."
    ) == ["police"]
    # being picked up from a scene by ambulances is no detention
    assert "ambulances" not in _doers(
        "Ambulances picked up the wounded after the blast, which killed four shoppers, police said."
    )


def test_hyphenated_bomb_team_disarmed_it() -> None:
    assert _doers(
        "A rucksack holding a pipe bomb was found at the ferry terminal on Tuesday, and "
        "bomb-disposal experts of the army disarmed it before it could explode, officials "
        "said."
    ) == ["bomb-disposal experts"]
    # a pronoun after a verb of finding is not read as the device
    assert "relatives" not in _doers(
        "A rucksack holding a pipe bomb exploded at the ferry terminal on Tuesday, killing "
        "a porter; relatives found him an hour later, officials said."
    )


def test_site_named_with_what_it_belongs_to() -> None:
    assert "tomb" in _targets(
        "The tomb of a medieval poet on the hill above the harbour was set ablaze on "
        "Sunday, the heritage ministry said."
    )
    # a relative clause after the place: the people in it were hit, not the force
    assert "police" not in _targets(
        "Rights groups condemned dawn police raids in three villages of the district in "
        "which six farmers were killed on Sunday."
    )
    # nor across a later clause: the hamlet's people were not the ones stabbed
    assert not any(
        "dorva" in t
        for t in _targets(
            "Herders burned barns in the hamlet of Dorva on Friday after a shepherd was stabbed "
            "nearby, police said."
        )
    )


def test_deed_participle_is_no_description_of_the_site() -> None:
    targets = _targets(
        "Rioters swept through the market quarter on Friday night, burning shops and "
        "warehouses, police said."
    )
    assert "burning shops" not in targets
    assert "shops" in targets
    # a describing word before the site stays ("the central market")
    assert "fish market" in _targets(
        "Rioters swept through the town on Friday night, burning the fish market, police said."
    )


def test_people_described_by_what_they_carried() -> None:
    assert _doers(
        "A group of youths armed with machetes attacked a bus depot on the edge of the city "
        "on Saturday, killing two drivers, police said."
    ) == ["group of youths armed with machetes"]
    # an attacker's word keeps its own name; a crowd carrying sticks is no armed band
    assert _doers(
        "A gunman armed with a shotgun attacked a bus depot on Saturday, killing two "
        "drivers, police said."
    ) == ["gunman"]
    assert "men armed with sticks" not in _doers(
        "A crowd of hundreds of men armed with sticks attacked a bus depot on Saturday, "
        "killing two drivers, police said."
    )


def test_place_aside_between_doer_and_deed() -> None:
    assert _doers(
        "Border guards in Tarvan, near the eastern frontier, opened fire on a fuel convoy on "
        "Monday, killing three drivers, officials said."
    ) == ["border guards"]
    # an aside a participle follows: the force is part of the victim's title, no doer
    assert "army" not in _doers(
        "Unknown gunmen opened fire on the car of a retired chief of the army, in the hills "
        "above the capital on Monday, killing his bodyguard, officials said."
    )
