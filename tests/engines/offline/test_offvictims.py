"""offvictims: the NAME a target is given.

Covers: a site named by the proper name beside its kind ("the Villa des Roses hotel", not
"Roses hotel"; "the shrine of Lalla Zohra" -> "Lalla Zohra shrine", also with words
between: "the mausoleum of the Sufi saint Lalla Zohra"), not by a town it stands in, nor
a noun phrase the name only begins ("the shrines of Sufi saints"); a person's own place
named with the person ("the home of the opposition leader X") is the person; a site named
only by its kind ("at a market") gives way to the person the lead names as killed, a
named site does not; every person the lead names as killed is a target ("X and his wife
Y"); the people present described in the lead ("a bus carrying Coptic Christians", "as
Christian families celebrated") name victims read only as anyone or a part of them, and
the description of people who were not there does not. Sentences written for these tests.
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.pipeline import draft_brief


def _targets(text: str) -> list[str]:
    """The lower-cased target names the engine gives a one-paragraph report."""
    brief = draft_brief(Article.from_text(text, published="2022-03-14"))
    return [actor.name.lower() for actor in brief.targets]


def test_site_by_the_proper_name_before_its_kind() -> None:
    assert _targets(
        "Gunmen opened fire at the Villa des Roses hotel near the lake late on Friday, killing "
        "four people, police said."
    ) == ["villa des roses hotel"]
    # counter-example: a town named with the kind is where it stands, not its name
    assert _targets(
        "Gunmen on motorbikes opened fire on the bar of Bamako late on Friday, killing four "
        "people, police said."
    ) == ["bar of bamako"]


def test_site_by_the_proper_name_of_its_of_phrase() -> None:
    assert _targets(
        "Armed men set fire to the shrine of Lalla Zohra in the old town on Tuesday night, "
        "leaving its wooden doors in ashes, the ministry said."
    ) == ["lalla zohra shrine"]
    # words between "of" and the name ("the Sufi saint"), none a preposition
    assert _targets(
        "Vandals set fire to the mausoleum of the Sufi saint Lalla Zohra, above the old town, "
        "on Saturday night, officials said."
    ) == ["lalla zohra mausoleum"]
    # counter-example: the capitalised word begins a longer noun phrase ("Sufi saints")
    assert "sufi shrines" not in _targets(
        "Armed men set fire to the shrines of Sufi saints in the old town on Tuesday night, "
        "the ministry said."
    )


def test_own_place_named_with_the_person_is_the_person() -> None:
    assert _targets(
        "Gunmen stormed the home of the opposition leader Amadou Kone in the hills overnight, "
        "officials said."
    ) == ["amadou kone"]
    # counter-example: a site of a region is no person's own place
    assert "amadou kone" not in _targets(
        "Gunmen stormed the office of the opposition party in the hills overnight, officials said."
    )


def test_site_by_its_kind_gives_way_to_the_person_killed() -> None:
    assert _targets(
        "Peter Okafor, a regional governor, was shot dead by his own bodyguard at a market in "
        "the capital on Tuesday, police said."
    ) == ["peter okafor"]
    # counter-example: a named site stays, whoever the lead names
    assert "okafor" not in " ".join(
        _targets(
            "Gunmen opened fire inside the Green Palm hotel on Tuesday, killing six guests "
            "including Peter Okafor, a regional governor, police said."
        )
    )


def test_every_person_the_lead_names_as_killed() -> None:
    assert _targets(
        "The reporter Tomas Varga and his wife Elena Varga were found shot dead in their "
        "house outside the capital on Sunday, police said."
    ) == ["tomas varga", "elena varga"]


def test_people_described_by_who_was_aboard() -> None:
    assert _targets(
        "Masked gunmen stopped a bus carrying Coptic Christians on a desert road on Friday "
        "and opened fire, killing 12 people, the health ministry said."
    ) == ["coptic christians"]
    # counter-example: the people were not there; the count stays anyone
    assert "coptic christians" not in _targets(
        "Masked gunmen opened fire at a roadside cafe on Friday, killing 12 people, days after "
        "a sermon that angered Coptic Christians, the ministry said."
    )


def test_people_described_by_what_they_were_doing() -> None:
    assert _targets(
        "A suicide bomber blew himself up near the swings of a city park on Sunday evening as "
        "Christian families celebrated the holiday, killing 40 people, many of them children."
    ) == ["christian families"]
