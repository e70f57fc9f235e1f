"""Reading split files: numeric ids, streaming, one-line errors with distinct exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.evals.muc4.data import (
    EXIT_MALFORMED,
    EXIT_UNREADABLE,
    ROLES,
    SplitFileError,
    iter_documents,
    load_documents,
    numeric_docid,
)
from tests.evals.muc4.conftest import bombing_doc, policy_doc, write_split


@pytest.mark.parametrize(
    ("docid", "numeric"),
    [
        ("TST3-MUC4-0012", "30012"),
        ("TST1-MUC3-0001", "10001"),
        ("TST2-MUC4-0100", "20100"),
        ("TST4-MUC4-0200", "40200"),
        ("DEV-MUC3-0007", "7"),  # train: no digit before the first hyphen counts as 0
        ("TST1-0042", "10042"),  # one hyphen is both the first and the last
    ],
)
def test_numeric_docid(docid: str, numeric: str) -> None:
    assert numeric_docid(docid) == numeric


@pytest.mark.parametrize("docid", ["TST3", "TST3-MUC4-", "TST3-MUC4-12a", "", "TST34-MUC4-1"])
def test_numeric_docid_rejects_other_shapes(docid: str) -> None:
    with pytest.raises(ValueError, match="not of the form"):
        numeric_docid(docid)


def test_documents_and_gold(split_file: Path) -> None:
    documents = load_documents(split_file)
    assert [d.docid for d in documents] == ["TST1-MUC3-0001", "TST1-MUC3-0002", "TST2-MUC4-0003"]
    first = documents[0]
    assert first.numeric_id == "10001"
    assert list(first.gold) == list(ROLES)
    assert first.gold["PerpOrg"] == [["popular liberation army", "epl"]]
    assert documents[1].gold == {role: [] for role in ROLES}


def test_limit_reads_no_further(tmp_path: Path) -> None:
    path = tmp_path / "split.jsonl"
    path.write_text(json.dumps(bombing_doc()) + "\n{not json\n", encoding="utf-8")
    assert [d.docid for d in load_documents(path, limit=1)] == ["TST1-MUC3-0001"]
    with pytest.raises(SplitFileError):
        load_documents(path)


def test_blank_lines_and_empty_entities_are_skipped(tmp_path: Path) -> None:
    doc = policy_doc()
    doc["extracts"]["Weapon"] = [[]]
    path = tmp_path / "split.jsonl"
    path.write_text("\n" + json.dumps(doc) + "\n\n", encoding="utf-8")
    [only] = list(iter_documents(path))
    assert only.gold["Weapon"] == []


def _error(path: Path) -> SplitFileError:
    with pytest.raises(SplitFileError) as caught:
        load_documents(path)
    assert "\n" not in str(caught.value)
    return caught.value


def test_missing_file_and_directory_are_unreadable(tmp_path: Path) -> None:
    missing = _error(tmp_path / "nope.jsonl")
    assert missing.exit_code == EXIT_UNREADABLE and "no such file" in str(missing)
    directory = _error(tmp_path)
    assert directory.exit_code == EXIT_UNREADABLE and "is a directory" in str(directory)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"docid": "TST1-MUC3-0002", "doctext": "x", ', "not JSON"),
        ("[1, 2]", "not a JSON object"),
        ('{"docid": "TST1-MUC3-0002", "doctext": "x"}', "missing key(s) extracts"),
        ('{"docid": 7, "doctext": "x", "extracts": {}}', "docid is not a non-empty string"),
        ('{"docid": "doc-seven", "doctext": "x", "extracts": {}}', "not of the form"),
        ('{"docid": "TST1-MUC3-0002", "doctext": null, "extracts": {}}', "doctext"),
        (
            '{"docid": "TST1-MUC3-0002", "doctext": "x", "extracts": {"Perp": []}}',
            "unknown role(s) Perp",
        ),
        (
            '{"docid": "TST1-MUC3-0002", "doctext": "x", "extracts": {"PerpInd": []}}',
            "lacks role(s) PerpOrg, Target, Victim, Weapon",
        ),
    ],
)
def test_malformed_lines_name_the_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "split.jsonl"
    path.write_text(json.dumps(bombing_doc()) + "\n" + line + "\n", encoding="utf-8")
    error = _error(path)
    assert error.exit_code == EXIT_MALFORMED
    assert str(error).startswith(f"{path}:2: ")
    assert message in str(error)


def test_bad_mentions_are_malformed(tmp_path: Path) -> None:
    doc = policy_doc()
    doc["extracts"]["Target"] = [[["bridge", "forty"]]]
    error = _error(write_split(tmp_path / "split.jsonl", [doc]))
    assert error.exit_code == EXIT_MALFORMED and "[string, offset]" in str(error)


def test_duplicate_numeric_ids_are_malformed(tmp_path: Path) -> None:
    path = write_split(
        tmp_path / "split.jsonl", [bombing_doc("TST1-MUC3-0001"), policy_doc("TST1-MUC4-0001")]
    )
    error = _error(path)
    assert error.exit_code == EXIT_MALFORMED
    assert "same numeric id 10001" in str(error)


def test_empty_file_and_non_utf8_are_malformed(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    assert _error(empty).exit_code == EXIT_MALFORMED
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes(json.dumps(policy_doc()).encode() + b"\n" + b'{"docid": "caf\xe9"}\n')
    error = _error(latin)
    assert error.exit_code == EXIT_MALFORMED
    assert str(error).startswith(f"{latin}:2: not UTF-8")


def test_limit_must_be_positive(split_file: Path) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        load_documents(split_file, limit=0)
