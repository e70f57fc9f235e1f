"""offtargets: who or what was hit, read from the violent clause's grammar.

Covers (resolve/clauseobject.py, ``[roles.objects]``): where the role rules give only
anyone ("civilians", "people"), a vehicle or nothing, the object of an active violent verb
("blew up the gate of the X shrine"), the subject of a violent passive ("Six bandsmen were
killed by ..."), the place a blast hit ("exploded in the X Bazaar", "blew up in the garage
of the X club") is the target, by its head noun: a site, or people by the grammar of a
plural (its phrase ends at a participle: "surveyors mapping the road"; "crowds of
shoppers": the people); people the clause hit ("opened fire on drinkers") replace the
generic word.
Counter-examples: a blow from afar keeps its weak victims against a named site; a force
word after the verb ("wounding two officers") is no people read by grammar; a passive
subject inside an "of" phrase ("a member of the X council was shot") is no site.
Sentences written for these tests.
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.pipeline import draft_brief


def _targets(text: str) -> list[str]:
    """The lower-cased target names the engine gives a one-paragraph report."""
    brief = draft_brief(Article.from_text(text, published="2021-05-10"))
    return [actor.name.lower() for actor in brief.targets]


def test_people_after_the_verb_replace_the_generic_word() -> None:
    found = _targets(
        "Gunmen opened fire on drinkers at a roadside tavern on Saturday, killing six people, "
        "police said."
    )
    assert found == ["drinkers"]
    # counter-example: a force word is read by the role rules, the post stays
    found = _targets(
        "Militants hurled a grenade at a police post on Monday, wounding two officers, police said."
    )
    assert found == ["police post"]


def test_a_blast_at_a_named_site_replaces_civilians() -> None:
    found = _targets(
        "A car bomb exploded in the Kissa Khwani Bazaar on Saturday, killing 40 people, police "
        "said."
    )
    assert found == ["kissa khwani bazaar"]
    # counter-example: shells fall where they fall; the weak victims stay
    found = _targets(
        "Artillery shells exploded in the Zelenyi Bazaar on Saturday, killing 11 civilians, "
        "the regional governor said."
    )
    assert "zelenyi bazaar" not in found


def test_a_blast_in_part_of_a_named_site_names_the_site() -> None:
    found = _targets(
        "A van packed with explosives blew up in the basement garage of the Miramar sports "
        "club late on Friday, killing 14 people and wounding dozens, police said."
    )
    assert found == ["miramar sports club"]
    found = _targets(
        "Attackers blew up the carved wooden gate of the old Sidi Yahia shrine on Wednesday, "
        "residents said."
    )
    assert found == ["sidi yahia shrine"]


def test_a_passive_subject_is_the_target() -> None:
    assert _targets(
        "Six bandsmen were killed by a roadside bomb on Tuesday as their truck passed, "
        "officials said."
    ) == ["bandsmen"]
    assert _targets(
        "Two surveyors were abducted by armed men on the highway on Monday, the company said."
    ) == ["surveyors"]
    # counter-example: the subject inside an "of" phrase is not the passive's subject
    found = _targets(
        "Dimitri Orlov, a member of the Kherson regional council, was shot dead outside his "
        "office on Friday, police said."
    )
    assert not any("council" in t for t in found)


def test_a_participle_after_the_head_ends_the_phrase() -> None:
    assert _targets(
        "Gunmen shot dead four surveyors mapping the new road on Tuesday, officials said."
    ) == ["surveyors"]
    # counter-example: a site word ending like a participle is the head itself
    assert _targets(
        "Gunmen opened fire on the government building on Monday, killing two people, police said."
    ) == ["government building"]


def test_people_in_the_of_phrase_of_a_crowd_word() -> None:
    assert _targets(
        "Two bombs ripped through crowds of shoppers at a night market on Saturday, killing "
        "30 people, police said."
    ) == ["shoppers"]
    # counter-example: the "of" inside a name is no crowd's people
    found = _targets(
        "A suicide bomber blew himself up inside the Ministry of Refugees in the capital on "
        "Wednesday, killing five people, officials said."
    )
    assert "refugees" not in found
