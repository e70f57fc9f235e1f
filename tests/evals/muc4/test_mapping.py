"""From a brief to the five MUC-4 roles: the role policy and span enforcement."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.evals.muc4.mapping import brief_to_roles, head_noun, locate
from summarizer.schema import BriefDraft
from tests.evals.muc4.conftest import BOMBING_TEXT, SHOOTING_TEXT


def _brief(**fields: Any) -> BriefDraft:
    data: dict[str, Any] = {
        "incident": True,
        "headline": "An incident",
        "summary": "Something happened.",
        "event_type": "explosions_remote_violence",
        "sub_event_type": "remote_explosive_landmine_ied",
        **fields,
    }
    # Evidence for every filled field; with no article in the validation context its
    # quotes are not checked, which these tests do not need.
    data["evidence"] = [{"field": f, "quote": "a quote"} for f in ("event_type", *fields)]
    return BriefDraft.model_validate(data)


@pytest.mark.parametrize(
    ("mention", "found"),
    [
        ("EPL", "epl"),  # any case; the document's own casing comes back
        ("Popular  Liberation\nArmy", "popular liberation army"),  # any whitespace
        ("the Popular Liberation Army", "the popular liberation army"),
        ("power substation", "power substation"),
        ("dynamite charge", None),  # every word must be there
        ("army (epl", "army (epl"),  # punctuation is matched literally
        ("Ramon Ortiz", "ramon ortiz"),
        ("radio", "radio"),
        ("radio stations", "radio station"),  # the last word's singular
        ("liberation", "liberation"),
        ("libera", None),  # word-bounded
    ],
)
def test_locate(mention: str, found: str | None) -> None:
    assert locate(mention, BOMBING_TEXT) == found


def test_locate_variants() -> None:
    text = "a car-bomb and two grenades exploded near the machinegun nest"
    assert locate("car bomb", text) == "car-bomb"
    assert locate("grenade", text) == "grenades"
    assert locate("machine gun", text) == "machinegun"
    assert locate("bomb", text) == "bomb"  # "car-bomb" ends in a word
    assert locate("the grenade", text) == "grenades"  # without its article
    assert locate("rifle", text) is None


def test_locate_returns_the_first_occurrence_in_the_documents_casing() -> None:
    assert locate("fmln", "Rebels of the FMLN said the fmln would fight") == "FMLN"


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("members of the fmln", "members"),
        ("farabundo marti national liberation front", "front"),
        ("army of national liberation", "army"),
        ("a group of heavily armed men", "group"),
        ("the U.S. embassy", "embassy"),
        ("guerrillas'", "guerrillas"),
        ("", ""),
    ],
)
def test_head_noun(name: str, head: str) -> None:
    assert head_noun(name) == head


def test_roles_from_a_brief() -> None:
    brief = _brief(
        perpetrators=[
            {"name": "EPL", "kind": "rebel_group"},
            {"name": "urban guerrillas", "kind": "rebel_group"},
            {"name": "the Popular Liberation Army", "kind": "rebel_group"},
        ],
        targets=[
            {"name": "electric power substation", "kind": "unknown"},
            {"name": "watchman", "kind": "civilians"},  # a person, not named: no role
        ],
        weapons=["dynamite", "car bomb"],  # "car bomb" is not in the text: dropped
        named_casualties=[{"name": "Ramon Ortiz", "status": "killed"}],
    )
    roles = brief_to_roles(brief, BOMBING_TEXT)
    assert roles == {
        "PerpInd": [["urban guerrillas"]],
        # two names of one group are two predictions: the brief does not say they corefer
        "PerpOrg": [["epl"], ["the popular liberation army"]],
        "Target": [["electric power substation"]],
        "Victim": [["ramon ortiz"]],
        "Weapon": [["dynamite"]],
    }


def test_state_forces_split_into_individuals_and_organisations() -> None:
    text = "soldiers of the salvadoran army and the national police burned the farm"
    brief = _brief(
        perpetrators=[
            {"name": "soldiers", "kind": "state_forces"},
            {"name": "Salvadoran Army", "kind": "state_forces"},
            {"name": "national police", "kind": "state_forces"},
        ],
        targets=[{"name": "farm", "kind": "civilians"}],
    )
    roles = brief_to_roles(brief, text)
    assert roles["PerpInd"] == [["soldiers"]]
    assert roles["PerpOrg"] == [["salvadoran army"], ["national police"]]
    assert roles["Target"] == [["farm"]]


def test_perpetrators_of_unknown_kind_are_individuals_unless_an_organisation() -> None:
    text = "pablo escobar gaviria and the drug cartel dynamited the bank"
    brief = _brief(
        perpetrators=[
            {"name": "pablo escobar gaviria", "kind": "unknown"},
            {"name": "drug cartel", "kind": "unknown"},
        ],
        targets=[{"name": "bank", "kind": "unknown"}],
    )
    roles = brief_to_roles(brief, text)
    assert roles["PerpInd"] == [["pablo escobar gaviria"]]
    assert roles["PerpOrg"] == [["drug cartel"]]


def test_civilian_perpetrators_are_individuals() -> None:
    text = "angry residents set fire to the town hall"
    brief = _brief(
        perpetrators=[{"name": "angry residents", "kind": "civilians"}],
        targets=[{"name": "town hall", "kind": "unknown"}],
    )
    assert brief_to_roles(brief, text)["PerpInd"] == [["angry residents"]]


def test_victims_are_named_people_hurt_or_taken_not_arrested() -> None:
    brief = _brief(
        named_casualties=[
            {"name": "Elena Marquez", "status": "injured"},
            {"name": "judge", "status": "arrested"},
        ]
    )
    roles = brief_to_roles(brief, SHOOTING_TEXT)
    assert roles["Victim"] == [["elena marquez"]]


def test_weapons_are_explosives_and_firearms_not_aircraft_or_artillery() -> None:
    text = "helicopters and artillery hit the farm; a dynamite charge and rifles were found"
    brief = _brief(
        weapons=["helicopter", "artillery", "dynamite charge", "rifle", "missile"],
        targets=[{"name": "farm", "kind": "unknown"}],
    )
    assert brief_to_roles(brief, text)["Weapon"] == [["dynamite charge"], ["rifles"]]


def test_mentions_alike_after_normalisation_are_emitted_once() -> None:
    brief = _brief(
        weapons=["rifle", "rifles"],
        targets=[{"name": "car", "kind": "unknown"}],
        perpetrators=[
            {"name": "armed men", "kind": "unknown"},
            {"name": "the armed men", "kind": "unknown"},
        ],
    )
    roles = brief_to_roles(brief, SHOOTING_TEXT)
    assert roles["Weapon"] == [["rifles"]]
    assert roles["PerpInd"] == [["armed men"]]


def test_every_mention_is_a_span_of_the_text() -> None:
    brief = _brief(
        perpetrators=[{"name": "Three Heavily Armed Men", "kind": "criminal_group"}],
        targets=[
            {"name": "the judge's car", "kind": "civilians"},
            {"name": "Car", "kind": "unknown"},
        ],
        weapons=["rifle", "pistol"],
        named_casualties=[{"name": "Judge Elena Márquez", "status": "injured"}],
    )
    roles = brief_to_roles(brief, SHOOTING_TEXT)
    mentions = [m for entities in roles.values() for entity in entities for m in entity]
    assert mentions == ["three heavily armed men", "car", "rifles"]
    assert all(m in SHOOTING_TEXT for m in mentions)


def test_without_a_target_or_victim_there_is_no_muc4_incident() -> None:
    brief = _brief(
        perpetrators=[{"name": "urban guerrillas", "kind": "rebel_group"}],
        weapons=["dynamite"],
        targets=[{"name": "watchman", "kind": "civilians"}],  # a person: no role
    )
    assert brief_to_roles(brief, BOMBING_TEXT) == {
        "PerpInd": [],
        "PerpOrg": [],
        "Target": [],
        "Victim": [],
        "Weapon": [],
    }
    victim = _brief(
        weapons=["dynamite"], named_casualties=[{"name": "Ramon Ortiz", "status": "killed"}]
    )
    assert brief_to_roles(victim, BOMBING_TEXT)["Weapon"] == [["dynamite"]]


def test_no_incident_and_no_brief_give_five_empty_roles() -> None:
    empty = {"PerpInd": [], "PerpOrg": [], "Target": [], "Victim": [], "Weapon": []}
    no_incident = BriefDraft(incident=False, headline="A debate", summary="No incident.")
    assert brief_to_roles(no_incident, BOMBING_TEXT) == empty
    assert brief_to_roles(None, BOMBING_TEXT) == empty
