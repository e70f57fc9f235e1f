"""The committed train lexicon stays small, documented, and learned from train only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.evals.muc4.data import SplitFileError
from summarizer.evals.muc4.lexicon import common_given_names, load_lexicon
from tests.conftest import REPO

LEXICON = REPO / "summarizer" / "evals" / "muc4" / "data" / "train_lexicon.json"


def test_train_lexicon_is_small_documented_and_from_train() -> None:
    assert LEXICON.stat().st_size < 16_000
    data = json.loads(LEXICON.read_text(encoding="utf-8"))
    assert "learn_muc4_lexicon.py" in data["about"]
    assert data["source"]["file"] == "train.jsonl" and data["source"]["documents"] == 1300
    assert len(data["source"]["sha256"]) == 64
    for key, field in [
        ("perpetrator_individuals", "phrase"),
        ("weapons", "term"),
        ("target_heads", "head"),
        ("victim_titles", "title"),
        ("perpetrator_heads", "head"),
    ]:
        entries = data[key]
        assert entries, key
        assert all(
            isinstance(e[field], str) and e["documents"] >= data["min_docs"] for e in entries
        )
    given = data["given_names"]
    assert given and all(isinstance(e["name"], str) and e["documents"] >= 2 for e in given)
    for entry in data["perpetrator_organisations"]:
        assert entry["name"] in entry["aliases"]
        assert entry["kind"] in {"rebel_group", "criminal_group", "state_forces"}
        assert entry["precision"] >= data["min_precision"]


def test_train_lexicon_loads_as_a_domain_lexicon() -> None:
    lexicon = load_lexicon(LEXICON)
    assert "fmln" in {e.name for e in lexicon.organisations}
    assert "dynamite" in lexicon.weapons and "office" in lexicon.target_heads
    assert "mayor" in lexicon.titles and "luis" in lexicon.given_names
    assert "guerrillas" in lexicon.perpetrator_heads
    # the hand-written first names join the learned ones
    assert "yolanda" in common_given_names() and "yolanda" in lexicon.given_names


def test_unreadable_or_malformed_lexicon_files(tmp_path: Path) -> None:
    with pytest.raises(SplitFileError) as missing:
        load_lexicon(tmp_path / "nope.json")
    assert missing.value.exit_code == 5
    bad = tmp_path / "bad.json"
    for text in ("{", '{"weapons": [{"word": "x"}]}', "[]"):
        bad.write_text(text, encoding="utf-8")
        with pytest.raises(SplitFileError) as malformed:
            load_lexicon(bad)
        assert malformed.value.exit_code == 6
