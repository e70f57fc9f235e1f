"""Each scorer on hand-made pairs, near misses included."""

from __future__ import annotations

import pytest

from summarizer.evals.matching import name_similarity, names_match, numbers_in
from summarizer.evals.scorers.casualties import score_casualties
from summarizer.evals.scorers.claims import score_claims
from summarizer.evals.scorers.date import score_date
from summarizer.evals.scorers.entities import score_entities, score_named_casualties, score_weapons
from summarizer.evals.scorers.event import score_exact
from summarizer.evals.scorers.location import score_location
from summarizer.evals.scorers.related import MATCH_THRESHOLD, pair_score, score_related
from summarizer.evals.scorers.summary import fact_conveyed, score_summary
from summarizer.schema import (
    CasualtyRange,
    CasualtyStatus,
    Claim,
    Location,
    NamedCasualty,
    RelatedIncident,
)


@pytest.mark.parametrize(
    ("a", "b", "match"),
    [
        ("Hezbollah", "Hizballah", True),
        ("Kataib Hezbollah", "Kata'ib Hizballah", True),
        ("al-Shabab", "Al-Shabaab", True),
        ("Gaza City", "Gaza", False),
        ("Islamic State", "Islamic State West Africa Province", False),
        ("U.S.", "US", True),
        ("Mosul", "Basra", False),
    ],
)
def test_name_matching(a: str, b: str, match: bool) -> None:
    assert names_match(a, [b]) is match


def test_exact_fields_accept_listed_alternatives() -> None:
    assert score_exact("battles", "battles").score == 1
    assert score_exact(["armed_clash", "suicide_bomb"], "suicide_bomb").score == 1
    assert score_exact("battles", None).score == 0


@pytest.mark.parametrize(
    ("expected", "produced", "score"),
    [
        ("2024-02-07", "2024-02-07", 1.0),
        ("2024-02-07", "2024-02", 0.5),
        ("2024-02", "2024-02-07", 0.5),
        ("2024-02-07", "2024-02-09", 0.5),
        ("2024-02-07", "2024", 0.25),
        ("2024-02-07", "2023-02-07", 0.0),
        ("2024-02-07", None, 0.0),
        (None, None, 1.0),
        (["2024-02-06", "2024-02-07"], "2024-02-07", 1.0),
    ],
)
def test_date(expected: object, produced: str | None, score: float) -> None:
    assert score_date(expected, produced).score == score


def test_location_parts_scored_separately() -> None:
    produced = Location(country="Iraq", country_code="IQ", admin1="Baghdād", place="Mashtal")
    label = {
        "country": "IQ",
        "admin1": "Baghdad Governorate",
        "place": ["Mashtal", "Mashtal district"],
    }
    assert score_location(label, produced).score == 1.0
    wrong = Location(country="Syria", country_code="SY", admin1="Baghdad", place="Mashtal")
    assert score_location({"country": "Iraq", "place": "Mashtal"}, wrong).score == 0.5
    assert (
        score_location(
            {"country": "Palestine"}, Location(country="West Bank", country_code="PS")
        ).score
        == 1
    )
    assert score_location({"place": None}, Location(place="Somewhere")).score == 0


def test_entities_f1_with_alias_groups_one_to_one() -> None:
    label = [["United States", "U.S.", "US military"], ["Kataib Hezbollah"]]
    assert score_entities(label, ["U.S. military", "Kata'ib Hizballah"]).score == 1.0
    # one produced name cannot satisfy two labeled entities
    half = score_entities(label, ["United States"])
    assert half.score == pytest.approx(2 * 1 * 0.5 / 1.5)
    assert score_entities(label, ["United States", "Iran", "Hamas"]).score == pytest.approx(0.4)
    assert score_entities([], []).score == 1.0
    assert score_entities([], ["Hamas"]).score == 0.0


def test_weapons_fold_plurals() -> None:
    assert score_weapons(["drone"], ["drones"]).score == 1.0
    assert score_weapons(["car bomb"], ["bomb"]).score == 0.0


def test_named_casualties_by_name() -> None:
    label = [["Wissam Muhammad Sabir Al-Saadi", "al-Saadi"]]
    produced = [NamedCasualty(name="Wissam al-Saadi", status=CasualtyStatus.killed)]
    # a shortened name that matches no alias closely enough is a miss, not a partial hit
    assert not names_match("Wissam al-Saadi", label[0])
    assert score_named_casualties(label, produced).score == 0.0
    exact = [NamedCasualty(name="Wissam Muhammad Sabir al-Saadi", status=CasualtyStatus.killed)]
    assert score_named_casualties(label, exact).score == 1.0


@pytest.mark.parametrize(
    ("expected", "produced", "score"),
    [
        ({"min": 3, "max": 3}, (3, 3), 1.0),
        (3, (3, 3), 1.0),
        ({"min": 3, "max": 3}, (3, 5), 1 / 3),
        ({"min": 9, "max": 17}, (9, 17), 1.0),
        ({"min": 9, "max": 17}, (17, 20), 1 / 12),
        ({"min": 3, "max": 3}, (4, 4), 0.0),
        (None, None, 1.0),
        (None, (0, 0), 0.0),
        ({"min": 0, "max": 0}, None, 0.0),
    ],
)
def test_casualties(expected: object, produced: tuple[int, int] | None, score: float) -> None:
    value = CasualtyRange(min=produced[0], max=produced[1]) if produced else None
    assert score_casualties(expected, value).score == pytest.approx(score)


def test_claims_match_speaker_and_numbers() -> None:
    label = [{"source": "militia officials", "says": "three people were killed in the strike"}]
    right = Claim(
        source="Iran-backed militia officials in Iraq",
        says="three people were killed",
        quote="militia officials said three people were killed in the drone strike",
    )
    wrong_number = right.model_copy(
        update={
            "says": "twelve people were killed",
            "quote": "twelve people were killed in the strike",
        }
    )
    wrong_speaker = right.model_copy(update={"source": "U.S. officials"})
    assert score_claims(label, [right]).score == 1.0
    assert score_claims(label, [wrong_number]).score == 0.0
    assert score_claims(label, [wrong_speaker]).score == 0.0
    assert score_claims(label, [right, wrong_speaker]).score == pytest.approx(2 / 3)


def test_summary_key_facts_number_aware() -> None:
    summary = "A U.S. drone strike in eastern Baghdad killed three people, militia officials said."
    assert fact_conveyed("Militia officials said three people were killed.", summary)
    assert not fact_conveyed("Militia officials said 12 people were killed.", summary)
    assert not fact_conveyed("The strike followed an attack on a base in Jordan.", summary)
    assert (
        score_summary(
            ["Militia officials said 3 were killed.", "Jordan base attack."], summary
        ).score
        == 0.5
    )


def test_numbers_and_similarity_helpers() -> None:
    assert numbers_in("three killed, 12 hurt in 2024, over 1,200 displaced") == {3, 12, 1200}
    assert name_similarity("Mosul", "mosul") == 1.0


def _bag_of_words_encoder(texts):  # type: ignore[no-untyped-def]
    """A stand-in encoder with the real one's contract: one L2-normalised row per text."""
    import numpy as np

    from summarizer.evals.matching import content_tokens

    vocab = sorted({t for text in texts for t in content_tokens(text)})
    rows = np.array([[float(t in content_tokens(text)) for t in vocab] for text in texts])
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.where(norms == 0, 1, norms)


def test_embedding_variant_rule_with_a_stand_in_encoder() -> None:
    from summarizer.evals.scorers.summary_embedding import score_summary_embedding

    summary = "A drone strike in Baghdad killed three people. Militia officials gave the toll."
    facts = ["A drone strike in Baghdad killed three people.", "Twelve soldiers died in Mosul."]
    result = score_summary_embedding(facts, summary, encoder=_bag_of_words_encoder)
    assert result.score == 0.5
    # numbers must still agree even when the wording is close
    wrong = score_summary_embedding(
        ["A drone strike in Baghdad killed four people."], summary, encoder=_bag_of_words_encoder
    )
    assert wrong.score == 0.0


def _related(date: str | None, event: str | None, place: str | None) -> RelatedIncident:
    return RelatedIncident(date=date, event_type=event, place=place, description="x")


def test_related_incidents_match_one_to_one_on_date_type_and_place() -> None:
    labels = [
        {"date": "2021-08-26", "event_type": "explosions_remote_violence", "place": "Kabul"},
        {"date": "2019-03", "event_type": "violence_against_civilians", "place": "Ogossagou"},
    ]
    both = [
        _related("2019-03", "violence_against_civilians", "Ogossagou village"),
        _related("2021-08-26", "explosions_remote_violence", "Kabul"),
    ]
    assert score_related(labels, both).score == 1.0
    # one produced incident cannot stand for both labels
    one = [_related("2021-08-26", "explosions_remote_violence", "Kabul")]
    assert score_related(labels, one + one).score == 0.5  # P 1/2, R 1/2
    # a right date and type at the wrong place is a partial match (2 of 3 parts)
    elsewhere = [_related("2021-08-26", "explosions_remote_violence", "Herat")]
    assert pair_score(labels[0], elsewhere[0]) == pytest.approx(2 / 3)
    # below the threshold it is no match at all: only the year is right
    unlike = _related("2021-01", "protests", "Herat")
    assert pair_score(labels[0], unlike) < MATCH_THRESHOLD
    assert score_related(labels[:1], [unlike]).score == 0.0


def test_related_incidents_empty_lists_and_listed_alternatives() -> None:
    assert score_related([], []).score == 1.0
    assert score_related([], [_related("2020", None, None)]).score == 0.0
    label = [{"date": ["2024-02-22", "2024-02-29"], "place": ["Maru", "Dansadau"]}]
    assert score_related(label, [_related("2024-02-29", None, "Dansadau")]).score == 1.0
