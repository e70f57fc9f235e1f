"""offsides: who acted on whom when the event is a move, not an attack on people.

Covers the move clause (scan/moveclauses.py, resolve/moveside.py): the subject of a move's
verb (retook, drove out, detained, rounded up) is the doer and its object, or the party
after "from"/"out of", the side acted on; an aside or a participle's phrase between the
subject and its verb ("backed by Russian jets") names no doer; a passive's "by" party is
the doer and its subject the side acted on, named as the text has it ("Twelve suspects");
with only the side pushed out read, the other armed side named is the doer; coordinated
doers ("X troops and allied militias", "French and Malian troops") are each a side; the
object passes over a possessor ("Niger's President X and Prime Minister Y"); the subject of
"fled" ("as Afghan police and soldiers fled") lost the town.
Counter-examples: a party after "from" or "by" in an aside is never the doer; a demonym
inside the object's noun phrase ("the northern Afghan city") is no side. Sentences written
for these tests.
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.pipeline import draft_brief


def _sides(text: str) -> tuple[list[str], list[str]]:
    """The lower-cased perpetrators and targets the engine gives a one-paragraph report."""
    brief = draft_brief(Article.from_text(text, published="2016-03-28"))
    return (
        [actor.name.lower() for actor in brief.perpetrators],
        [actor.name.lower() for actor in brief.targets],
    )


def test_an_aside_between_subject_and_verb_names_no_doer() -> None:
    doers, targets = _sides(
        "Syrian government troops, supported by Russian warplanes, recaptured the desert "
        "town of Qaryatain from Islamic State militants on Sunday, state television said."
    )
    assert doers and all("russia" not in d for d in doers)
    assert any("syria" in d for d in doers)
    assert any("islamic state" in t for t in targets)


def test_a_participle_phrase_between_subject_and_verb() -> None:
    doers, targets = _sides(
        "Syrian rebel fighters backed by Turkish tanks entered the border town of Jarablus "
        "on Wednesday after Islamic State militants pulled out of it."
    )
    assert any("rebel fighters" in d for d in doers)
    assert not any("islamic state" in d for d in doers)  # it gave the town up
    assert any("islamic state" in t for t in targets) and "turkey" not in targets


def test_passive_side_pushed_out_and_the_other_side_as_doer() -> None:
    doers, targets = _sides(
        "KYIV - Russian troops have been pushed out of the village of Klishchiivka near "
        "Bakhmut, Ukraine's army said on Sunday."
    )
    assert any("russian" in t for t in targets)
    assert any("ukrain" in d for d in doers) and not any("russia" in d for d in doers)


def test_coordinated_doers_each_a_side() -> None:
    doers, _ = _sides(
        "Iraqi soldiers and allied tribal militias recaptured the centre of Hit from Islamic "
        "State fighters on Thursday, a military spokesman said."
    )
    assert any(d.startswith("iraqi") and "militias" not in d for d in doers)
    assert any("militias" in d and not d.startswith("iraqi") for d in doers)


def test_shared_head_of_two_forces() -> None:
    doers, targets = _sides(
        "French and Malian troops retook the northern town of Gao on Saturday after a day of "
        "air strikes on Islamist positions."
    )
    assert "french troops" in doers
    assert all("city" not in t for t in targets)


def test_passive_arrest_subject_named_as_the_text_has_it() -> None:
    doers, targets = _sides(
        "Twelve suspects were rounded up by Kenyan police in the coastal town of Malindi on "
        "Friday after a week of raids."
    )
    assert doers == ["kenyan police"]
    assert targets == ["twelve suspects"]
    # counter-example: a building in the passive's subject is never arrested
    _, targets = _sides(
        "The mosque was raided by Kenyan police in the coastal town of Malindi on Friday "
        "and twelve suspects were arrested."
    )
    assert "the mosque" not in targets


def test_coup_leaders_detained_are_both_targets() -> None:
    doers, targets = _sides(
        "Mutinous officers detained President Mohamed Bazoum and Interior Minister Hamadou "
        "Souley at the presidential palace in Niamey on Wednesday."
    )
    assert any("officers" in d for d in doers)
    assert any("bazoum" in t for t in targets) and any("souley" in t for t in targets)


def test_a_possessor_before_the_detained_is_no_target() -> None:
    doers, targets = _sides(
        "Renegade soldiers detained Niger's President Mahamadou Issoufou and Prime Minister "
        "Brigi Rafini at the palace in Niamey early on Thursday."
    )
    assert any("soldiers" in d for d in doers)
    assert any("issoufou" in t for t in targets) and any("rafini" in t for t in targets)
    assert "niger" not in targets


def test_the_side_that_fled_lost_the_town() -> None:
    doers, targets = _sides(
        "Taliban fighters overran the provincial capital of Farah on Tuesday, hoisting "
        "their flag over the governor's office as Afghan police and soldiers fled."
    )
    assert any("taliban" in d for d in doers)
    assert any("afghan police" in t for t in targets)
    # counter-example: a town that is only a modifier of the object is no side
    assert not any("afghan" in t and "police" not in t for t in targets)
