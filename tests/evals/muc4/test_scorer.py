"""The MUC-4 metric on hand-made cases: normalisation, one-to-one alignment, micro averages."""

from __future__ import annotations

import pytest

from summarizer.evals.muc4.scorer import (
    RoleCounts,
    count_matches,
    normalize_mention,
    score_documents,
)


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("The Shining Path", "shining path"),
        ("  an   armed\tband ", "armed band"),
        ("a bomb", "bomb"),
        ("F.M.L.N.", "fmln"),
        ('"la esperanza" farm', "la esperanza farm"),
        ("car-bomb", "carbomb"),  # punctuation is deleted, not turned into a space
        ("theatre", "theatre"),  # only whole words are articles
        ("the-house", "thehouse"),  # punctuation goes before articles are looked for
        ("mayor's office", "mayors office"),
        ("THE", ""),
    ],
)
def test_normalisation(raw: str, normalised: str) -> None:
    assert normalize_mention(raw) == normalised


def _counts(predicted: list[list[str]], gold: list[list[str]]) -> tuple[int, int, int]:
    counts = count_matches(predicted, gold)
    return counts.matched, counts.predicted, counts.gold


def test_a_prediction_matches_any_mention_of_its_cluster() -> None:
    gold = [["popular liberation army", "epl"], ["dynamite"]]
    assert _counts([["EPL"]], gold) == (1, 1, 2)
    assert _counts([["the Popular Liberation Army."]], gold) == (1, 1, 2)


def test_coreferent_mentions_predicted_separately_earn_one_match() -> None:
    gold = [["popular liberation army", "epl"]]
    assert _counts([["epl"], ["popular liberation army"]], gold) == (1, 2, 1)


def test_duplicates_are_not_merged() -> None:
    assert _counts([["dynamite"], ["dynamite"], ["Dynamite"]], [["dynamite"]]) == (1, 3, 1)


def test_alignment_is_optimal_not_greedy() -> None:
    # "epl" fits both clusters; only giving it the second one lets "popular liberation
    # army" match the first.
    gold = [["popular liberation army", "epl"], ["epl"]]
    assert _counts([["epl"], ["popular liberation army"]], gold) == (2, 2, 2)
    assert _counts([["popular liberation army"], ["epl"]], gold) == (2, 2, 2)


def test_a_prediction_fitting_several_clusters_is_credited_once() -> None:
    assert _counts([["bus"]], [["bus"], ["bus", "public bus"]]) == (1, 1, 2)


def test_a_multi_mention_prediction_must_lie_within_one_cluster() -> None:
    gold = [["popular liberation army", "epl"], ["dynamite"]]
    assert _counts([["epl", "popular liberation army"]], gold) == (1, 1, 2)
    assert _counts([["epl", "dynamite"]], gold) == (0, 1, 2)


def test_empty_roles() -> None:
    assert _counts([], []) == (0, 0, 0)
    assert _counts([["dynamite"], ["rifles"]], []) == (0, 2, 0)
    assert _counts([], [["dynamite"], ["rifles"]]) == (0, 0, 2)
    nothing = count_matches([], [])
    assert (nothing.precision, nothing.recall, nothing.f1) == (0.0, 0.0, 0.0)


def test_extra_predictions_cost_precision_only() -> None:
    counts = count_matches([["dynamite"], ["rifles"], ["stones"]], [["dynamite"]])
    assert (counts.matched, counts.predicted, counts.gold) == (1, 3, 1)
    assert counts.precision == pytest.approx(1 / 3)
    assert counts.recall == 1.0
    assert counts.f1 == pytest.approx(0.5)


def test_a_near_miss_is_no_match() -> None:
    assert _counts([["bombs"]], [["bomb"]]) == (0, 1, 1)
    assert _counts([["the embassy"]], [["us embassy"]]) == (0, 1, 1)


def test_entities_without_mentions_are_ignored() -> None:
    # GRIT's scorer would credit [] with a match (see the scorer's docstring); we drop it.
    assert _counts([[]], [["dynamite"]]) == (0, 0, 1)
    assert _counts([["dynamite"]], [[], ["dynamite"]]) == (1, 1, 1)


def _roles(**filled: list[list[str]]) -> dict[str, list[list[str]]]:
    roles: dict[str, list[list[str]]] = {
        r: [] for r in ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
    }
    roles.update(filled)
    return roles


def test_micro_average_pools_counts_over_roles_and_documents() -> None:
    gold = {
        "10001": _roles(
            PerpInd=[["guerrillas", "rebels"]],
            PerpOrg=[["epl", "popular liberation army"]],
            Weapon=[["dynamite"]],
        ),
        "10002": _roles(Target=[["bridge"], ["power pylons"]], Victim=[["juan perez"]]),
        "10003": _roles(),
    }
    predictions = {
        "10001": _roles(PerpInd=[["rebels"]], PerpOrg=[["epl"], ["popular liberation army"]]),
        "10002": _roles(Target=[["the bridge"]], Victim=[["perez"]], Weapon=[["rifles"]]),
        "10003": _roles(Weapon=[["bomb"]]),
        "99999": _roles(PerpInd=[["ignored: not in gold"]]),
    }
    scores = score_documents(predictions, gold)
    assert scores.documents == 3
    got = {r: (c.matched, c.predicted, c.gold) for r, c in scores.roles.items()}
    assert got == {
        "PerpInd": (1, 1, 1),
        "PerpOrg": (1, 2, 1),
        "Target": (1, 1, 2),
        "Victim": (0, 1, 1),
        "Weapon": (0, 2, 1),
    }
    micro = scores.micro
    assert (micro.matched, micro.predicted, micro.gold) == (3, 7, 6)
    assert micro.precision == pytest.approx(3 / 7)
    assert micro.recall == pytest.approx(0.5)
    assert micro.f1 == pytest.approx(2 * (3 / 7) * 0.5 / (3 / 7 + 0.5))
    as_dict = scores.as_dict()
    assert as_dict["micro"] == {
        "matched": 3,
        "predicted": 7,
        "gold": 6,
        "p": 42.86,
        "r": 50.0,
        "f1": 46.15,
    }


def test_every_gold_document_needs_predictions() -> None:
    with pytest.raises(KeyError):
        score_documents({}, {"10001": _roles()})


def test_role_counts_add() -> None:
    total = RoleCounts(1, 2, 3)
    total.add(RoleCounts(4, 5, 6))
    assert (total.matched, total.predicted, total.gold) == (5, 7, 9)
