"""Tiny MUC-4-shaped documents written for these tests (lower-cased like the real data)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

#: A bombing with a perpetrator organisation, individuals, a target, a victim and a weapon.
BOMBING_TEXT = (
    "urban guerrillas of the popular liberation army (epl) today set off dynamite at the "
    "electric power substation in villa nueva, police said.    the blast killed the "
    "watchman, ramon ortiz, and left the town without electricity.    the epl claimed "
    "responsibility in a message to a local radio station."
)
#: No incident: a policy story with no fillers.
POLICY_TEXT = (
    "the legislative assembly today approved a reform of the penal code after a long "
    "debate.    the justice minister said the reform would speed up trials."
)
#: Gunmen and a named victim; the weapon is in the plural.
SHOOTING_TEXT = (
    "three heavily armed men fired rifles at the car of judge elena marquez on the road to "
    "san isidro yesterday.    the judge was wounded and taken to a hospital."
)


def mention(text: str, words: str) -> list[Any]:
    """``[words, offset]`` as the split files write a mention."""
    offset = text.index(words)
    return [words, offset]


def bombing_doc(docid: str = "TST1-MUC3-0001") -> dict[str, Any]:
    t = BOMBING_TEXT
    return {
        "docid": docid,
        "doctext": t,
        "extracts": {
            "PerpInd": [[mention(t, "urban guerrillas")]],
            "PerpOrg": [[mention(t, "popular liberation army"), mention(t, "epl")]],
            "Target": [[mention(t, "electric power substation")]],
            "Victim": [[mention(t, "ramon ortiz")]],
            "Weapon": [[mention(t, "dynamite")]],
        },
    }


def policy_doc(docid: str = "TST1-MUC3-0002") -> dict[str, Any]:
    return {
        "docid": docid,
        "doctext": POLICY_TEXT,
        "extracts": {"PerpInd": [], "PerpOrg": [], "Target": [], "Victim": [], "Weapon": []},
    }


def shooting_doc(docid: str = "TST2-MUC4-0003") -> dict[str, Any]:
    t = SHOOTING_TEXT
    return {
        "docid": docid,
        "doctext": t,
        "extracts": {
            "PerpInd": [[mention(t, "three heavily armed men"), mention(t, "armed men")]],
            "PerpOrg": [],
            "Target": [[mention(t, "car")]],
            "Victim": [[mention(t, "elena marquez")]],
            "Weapon": [[mention(t, "rifles")]],
        },
    }


def write_split(path: Path, documents: list[dict[str, Any]]) -> Path:
    """Write ``documents`` as a JSON-lines split file at ``path``."""
    path.write_text("".join(json.dumps(d) + "\n" for d in documents), encoding="utf-8")
    return path


@pytest.fixture
def split_file(tmp_path: Path) -> Path:
    """A three-document split file: a bombing, a non-incident and a shooting."""
    return write_split(tmp_path / "tiny.jsonl", [bombing_doc(), policy_doc(), shooting_doc()])
