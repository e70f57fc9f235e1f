"""offdoers2: the doer as ordinary news writes it, whatever its head noun.

Covers (resolve/subjects.py): a sentence of the lead or the two after it that gives the act
to a named body ("X admitted responsibility", "officials blamed X") names the doer; the noun
phrase opening a lead sentence before an active violent verb is the doer whatever its head
noun ("Communist batteries", "rebel soldiers", "suicide bombers"), cut before what only
modifies it ("... in a small boat"). Counter-examples: victims as the subject of a passive
("Three guards were killed"), a speaker ("Officials said"), and a lower-case body in a
claim ("a little-known group") give no doer; a weapon as the subject ("A car bomb tore
through") is none. Sentences written for these tests.
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.pipeline import draft_brief


def _doers(text: str) -> list[str]:
    """The lower-cased perpetrators the engine gives a report."""
    brief = draft_brief(Article.from_text(text, published="2021-03-24"))
    return [actor.name.lower() for actor in brief.perpetrators]


def test_admitted_responsibility_names_the_doer() -> None:
    assert _doers(
        "A car bomb exploded outside the courthouse in Lisburn on Tuesday morning, killing "
        "six people and wounding 40. The Continuity Army Council admitted responsibility "
        "two days later."
    ) == ["continuity army council"]
    # counter-example: no one named in the claim sentence, the blast its subject: no doer
    assert (
        _doers(
            "A car bomb exploded outside the courthouse in Lisburn on Tuesday morning, killing "
            "six people and wounding 40. A little-known group admitted responsibility two "
            "days later."
        )
        == []
    )


def test_blamed_names_the_doer() -> None:
    assert _doers(
        "Nerve gas killed more than 80 people in the rebel-held town of Saraqib on Tuesday, "
        "rescuers said. Several European governments blamed the Syrian government for the "
        "attack."
    ) == ["syrian government"]


def test_subject_of_violent_verb_whatever_its_head() -> None:
    assert _doers(
        "Rebel soldiers with armoured cars blocked the main bridges in Ankara on Friday "
        "night and opened fire on civilians, killing 34 people."
    ) == ["rebel soldiers"]
    assert _doers(
        "Suicide bombers in a small boat rammed a navy frigate in Aden harbour on Thursday, "
        "killing 11 sailors."
    ) == ["suicide bombers"]
    # counter-examples: victims as a passive's subject, and a speaker, are no doer
    assert (
        _doers(
            "Three guards were killed in Aden harbour on Thursday when a small boat exploded "
            "beside a navy frigate."
        )
        == []
    )


def test_named_groups_members_are_the_group() -> None:
    assert _doers(
        "Shining Path guerrillas ambushed an army patrol near Ayacucho on Sunday, killing "
        "seven soldiers, the defence ministry said."
    )[:1] == ["shining path"]
    # counter-example: a people's word before the members' word stays as written
    assert _doers(
        "Bosnian Croat gunners shelled the old town of Mostar on Sunday, killing seven "
        "civilians, the United Nations said."
    )[:1] == ["bosnian croat gunners"]


def test_coordinated_bands_are_two() -> None:
    doers = _doers(
        "Tamil and Sinhalese gangs armed with clubs attacked shops and homes in Colombo on "
        "Sunday night, killing 11 people, police said."
    )
    assert sorted(doers) == ["sinhalese gangs", "tamil gangs"]
    # counter-example: one name with "and" in it stays one
    assert _doers(
        "Gunmen attacked an army garrison near El Fasher on Sunday, killing 20 soldiers. "
        "The Justice and Equality Movement claimed the attack."
    )[:1] == ["justice and equality movement"]


def test_backers_word_goes() -> None:
    assert _doers(
        "Russian-trained Syrian commandos stormed the old city of Palmyra on Sunday, killing "
        "dozens of militants, state media said."
    )[:1] == ["syrian commandos"]
