"""The committed train lexicon stays small, documented, and learned from train only."""

from __future__ import annotations

import json

from tests.conftest import REPO

LEXICON = REPO / "evals" / "muc4" / "data" / "train_lexicon.json"


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
    ]:
        entries = data[key]
        assert entries, key
        assert all(
            isinstance(e[field], str) and e["documents"] >= data["min_docs"] for e in entries
        )
    for entry in data["perpetrator_organisations"]:
        assert entry["name"] in entry["aliases"]
        assert entry["kind"] in {"rebel_group", "criminal_group", "state_forces"}
        assert entry["precision"] >= data["min_precision"]
