"""The committed MUC-4 overlays stay small, documented, learned from train only, and load as
the offline engine's lexicon."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from summarizer.engines.offline.scan.actors import ActorRules
from summarizer.engines.offline.scan.domain import DomainRules
from summarizer.evals.muc4.data import SplitFileError
from summarizer.evals.muc4.lexicon import HAND_WRITTEN, compact_json, load_lexicon, overlay
from tests.conftest import REPO

LEXICON = REPO / "summarizer" / "evals" / "muc4" / "data" / "train_lexicon.json"


def test_train_lexicon_is_small_documented_and_from_train() -> None:
    assert LEXICON.stat().st_size < 16_000
    data = json.loads(LEXICON.read_text(encoding="utf-8"))
    about = data["about"]
    assert "learn_muc4_lexicon.py" in about["note"]
    assert about["source"]["file"] == "train.jsonl" and about["source"]["documents"] == 1300
    assert len(about["source"]["sha256"]) == 64
    domain = data["domain"]
    for key in ("perpetrator_phrases", "weapon_terms", "target_heads", "name_titles"):
        assert domain[key], key
        assert all(about["support"][key][term][0] >= about["min_docs"] for term in domain[key])
    assert all(about["support"]["given_names"][n][0] >= 2 for n in domain["given_names"])
    for entry in data["actors"]["lexicon"]:
        assert entry["name"] in entry["aliases"] and entry["perpetrator"] is True
        assert entry["kind"] in {"rebel_group", "criminal_group", "state_forces"}
        assert about["support"]["actors"][entry["name"]][1] >= about["min_precision"]


def test_train_lexicon_loads_as_an_overlay_with_the_hand_written_one() -> None:
    lexicon = load_lexicon(LEXICON)
    rules = lexicon.rules(DomainRules)
    assert "fmln" in {e.name for e in rules.organisations}
    assert "fmln" in {e.name for e in lexicon.rules(ActorRules).entries}  # a named actor too
    assert "office" in rules.target_heads and "guerrillas" in rules.perpetrator_heads
    assert "mayor" in rules.titles and "luis" in rules.given_names
    assert rules.weapon_scan is not None and rules.weapon_scan.search("dynamite")
    # the hand-written first names join the learned ones, and its flag is set
    hand = tomllib.loads(HAND_WRITTEN.read_text(encoding="utf-8"))
    assert "yolanda" in hand["domain"]["given_names"] and "yolanda" in rules.given_names
    assert rules.fallback_cue is True


def test_the_learner_s_lexicon_becomes_an_overlay() -> None:
    learned = {
        "perpetrator_organisations": [
            {
                "name": "eln",
                "aliases": ["eln"],
                "kind": "rebel_group",
                "documents": 3,
                "precision": 0.5,
            }
        ],
        "weapons": [{"term": "dynamite", "documents": 4, "precision": 0.4}],
        "given_names": [{"name": "luis", "documents": 2}],
    }
    data = overlay(learned, {"note": "test"})
    assert data["actors"]["lexicon"] == [
        {"name": "eln", "kind": "rebel_group", "aliases": ["eln"], "perpetrator": True}
    ]
    assert data["domain"]["weapon_terms"] == ["dynamite"]
    assert data["about"]["support"]["weapon_terms"] == {"dynamite": [4, 0.4]}
    assert json.loads(compact_json(data)) == data


def test_unreadable_or_malformed_lexicon_files(tmp_path: Path) -> None:
    with pytest.raises(SplitFileError) as missing:
        load_lexicon(tmp_path / "nope.json")
    assert missing.value.exit_code == 5
    bad = tmp_path / "bad.json"
    for text in ("{", '{"weapons": [{"word": "x"}]}', "[]", '{"domain": {"given_names": "x"}}'):
        bad.write_text(text, encoding="utf-8")
        with pytest.raises(SplitFileError) as malformed:
            load_lexicon(bad)
        assert malformed.value.exit_code == 6
