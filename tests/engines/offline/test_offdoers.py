"""offdoers: the perpetrator named as the article names him.

Covers: a crowd named by whom it backs or opposes keeps its "of" complement, past the
lower-case words that say who the person is ("supporters of jailed opposition leader X":
supporters of X; "followers of Sunni cleric Ahmad al-Assir"), or the body it opposes
("opponents of the Ethiopian government", never "supporters"), and an owner's crowd ("X's
supporters"); a lexicon group bound to its home country (India's CPI (Maoist)) is named by
the article's own generic words in another country (Nepal's "Maoist rebels"); the named
person a definite doer word ("the man", "the gunman") stands for is the doer: the one who
opens the lead, or the name a copula or an identification gives that word, never a victim
so named. Counter-examples: a crowd with no complement stays "protesters"; the Maoists of
an Indian state stay the CPI (Maoist); a victim who opens the lead, or whom a copula names
after "the man killed", is no doer. Sentences written for these tests.
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.pipeline import draft_brief


def _doers(text: str) -> list[str]:
    """The lower-cased perpetrators the engine gives a report."""
    brief = draft_brief(Article.from_text(text, published="2021-03-24"))
    return [actor.name.lower() for actor in brief.perpetrators]


def test_crowd_keeps_whom_it_backs() -> None:
    assert _doers(
        "DAKAR - Supporters of jailed opposition leader Ousmane Sonko burned tyres and threw "
        "stones at police in Dakar on Friday, witnesses said."
    ) == ["supporters of ousmane sonko"]
    assert _doers(
        "SIDON, Lebanon - Followers of Sunni cleric Ahmad al-Assir clashed with soldiers at a "
        "checkpoint in Sidon on Sunday, the army said."
    )[:1] == ["followers of ahmad al-assir"]
    # counter-example: a crowd named with no complement stays as written
    assert _doers(
        "DAKAR - Protesters burned tyres and threw stones at police in Dakar on Friday, "
        "witnesses said."
    ) == ["protesters"]


def test_crowd_that_opposes_is_not_its_foes() -> None:
    doers = _doers(
        "STOCKHOLM - Opponents of the Ethiopian government attacked a community hall where "
        "supporters of the ruling party had gathered in Stockholm on Saturday, police said."
    )
    assert doers[:1] == ["opponents of the ethiopian government"]
    assert not any(d.startswith("supporters") for d in doers)


def test_owners_crowd() -> None:
    assert _doers(
        "KISUMU, Kenya - Tens of thousands of Raila Odinga's supporters, many waving green "
        "branches, filled the streets of Kisumu on Monday to reject the election results. "
        "Police kept their distance."
    ) == ["supporters of raila odinga"]


def test_group_bound_to_its_home_country() -> None:
    nepal = _doers(
        "KATHMANDU - Maoist rebels ambushed an army patrol in Rolpa district in western Nepal "
        "on Tuesday, killing seven soldiers, officials said."
    )
    assert nepal == ["maoist rebels"]
    # counter-example: in India the generic word names India's group
    india = _doers(
        "RANCHI, India - Maoist rebels ambushed a police patrol in Latehar district of "
        "Jharkhand on Tuesday, killing seven policemen, officials said."
    )
    assert india == ["communist party of india (maoist)"]


def test_lead_subject_a_definite_doer_word_stands_for() -> None:
    assert _doers(
        "NICE - Brahim Aouissaoui, 25, went on trial in Paris on Monday over the knife attack "
        "in the Notre-Dame basilica. Prosecutors said the man killed three worshippers inside "
        "the church before police shot and wounded him."
    ) == ["brahim aouissaoui"]
    # counter-example: a victim who opens the lead is no doer
    doers = _doers(
        "NICE - Vincent Loques, 55, was stabbed to death inside the Notre-Dame basilica on "
        "Thursday. Police said the man also killed two women before officers shot him."
    )
    assert "vincent loques" not in doers


def test_name_a_copula_gives_the_doer() -> None:
    assert _doers(
        "BOULDER, Colorado - The gunman who killed ten people at a supermarket in Boulder on "
        "Monday was a 21-year-old local man, Ahmad Al Aliwi Alissa, police said."
    ) == ["ahmad al aliwi alissa"]
    # counter-example: the name given the dead is no doer's
    doers = _doers(
        "BOULDER, Colorado - A gunman killed ten people at a supermarket in Boulder on Monday. "
        "The man killed at the entrance was Eric Talley, a police officer, the chief said."
    )
    assert "eric talley" not in doers
