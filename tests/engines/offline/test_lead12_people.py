"""Session 12 (lead): named casualties wounded in words other than "wounded" ("survived
with a bullet wound", "was treated for cuts", "was badly hurt"), named after "identified by
relatives as", seized for ransom; a speaker named with his force is no casualty; a charity's
name is no person."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.scan.people import find_people
from summarizer.schema import CasualtyStatus

ENGINE = OfflineEngine()


def _named(text: str, published: str = "2013-06-04") -> dict[str, CasualtyStatus]:
    brief = ENGINE.summarize(Article.from_text(text, published=published))
    return {p.name: p.status for p in brief.named_casualties}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A gunman shot dead a shop owner in Peshawar on Monday. His nephew, Imran Gul, "
            "survived with a gunshot wound to the arm.",
            "Imran Gul",
        ),
        (
            "Two policemen died when a bomb hit their patrol in Narathiwat on Friday; a third "
            "officer, Somchai Kaewmanee, was badly hurt.",
            "Somchai Kaewmanee",
        ),
        (
            "Attackers stabbed a blogger to death in Dhaka on Sunday. A second man, Rafiq "
            "Hossain, was treated for cuts to his hands.",
            "Rafiq Hossain",
        ),
    ],
)
def test_wounded_in_other_words_is_injured(text: str, name: str) -> None:
    assert _named(text).get(name) == CasualtyStatus.injured


def test_a_name_given_by_relatives_is_found() -> None:
    found = find_people(
        "The wounded passenger of the taxi was identified by neighbours as Mario Alberto Cruz.",
        ENGINE.lexicon,
    )
    assert [(p.name, p.status) for p in found] == [("Mario Alberto Cruz", CasualtyStatus.injured)]


def test_people_seized_by_gunmen_are_abducted() -> None:
    named = _named(
        "Gunmen seized a Catholic priest, Father Paul Ezeh, and his cook, Mary Okafor, from "
        "the parish house in Enugu on Sunday night and have demanded a ransom."
    )
    assert named == {"Paul Ezeh": CasualtyStatus.abducted, "Mary Okafor": CasualtyStatus.abducted}


def test_a_speaker_named_with_his_force_is_no_casualty() -> None:
    named = _named(
        "A car bomb killed four people outside a market in Mosul on Tuesday. Brigadier Saad "
        "Maan of the Baghdad Operations Command said 23 people had been taken to hospital with "
        "wounds and injuries."
    )
    assert "Saad Maan" not in named


def test_a_charity_is_no_named_casualty() -> None:
    named = _named(
        "Armed men seized a minibus of Samaritan Relief Ministries on the road to Goma on "
        "Saturday and took its passengers away."
    )
    assert named == {}


def test_kin_named_by_first_name_with_ages_and_accents_share_the_surname() -> None:
    named = _named(
        "A gunman shot dead a baker, Józef Nowak, his sons Ádám, 7, and Béla, 4, outside "
        "their shop in Pécs on Sunday, police said."
    )
    assert set(named) == {"Józef Nowak", "Ádám Nowak", "Béla Nowak"}
