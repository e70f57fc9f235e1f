"""Reading MUC-4 split files in the JSON-lines form of Du, Rush and Cardie (GRIT, EACL 2021).

One JSON object per line::

    {"docid": "TST1-MUC3-0001", "doctext": "...", "extracts": {role: [entity, ...]}}

where each role is one of :data:`ROLES`, an entity is a list of coreferent mentions and a
mention is ``[string, character_offset]``. Lines are read one at a time (the file is never
parsed as a whole) and every problem is reported as one line naming the file and line:

- the file cannot be read (missing, a directory, no permission): :class:`SplitFileError`
  with exit code :data:`EXIT_UNREADABLE`;
- a line is not JSON, lacks a key, has a wrong type or an unknown role, two documents share
  a numeric id, or the file holds no document: exit code :data:`EXIT_MALFORMED`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "EXIT_MALFORMED",
    "EXIT_UNREADABLE",
    "ROLES",
    "MucDocument",
    "SplitFileError",
    "iter_documents",
    "load_documents",
    "numeric_docid",
]

#: The five role fillers, in the order the standard scorer prints them.
ROLES: tuple[str, ...] = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")

#: Exit code for a split or predictions file that cannot be read at all.
EXIT_UNREADABLE = 5
#: Exit code for a file that can be read but is not what it should be.
EXIT_MALFORMED = 6

#: One entity: its coreferent mention strings (offsets dropped; the metric ignores them).
Entity = list[str]


class SplitFileError(ValueError):
    """A split or predictions file that cannot be used; the message is one line."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass(frozen=True)
class MucDocument:
    """One document of a split: its id, its (lower-cased) text and its gold role fillers."""

    docid: str
    text: str
    gold: dict[str, list[Entity]]

    @property
    def numeric_id(self) -> str:
        """The id GRIT's prediction files use (see :func:`numeric_docid`)."""
        return numeric_docid(self.docid)


_DOCID = re.compile(r"^([A-Za-z]*)(\d?)-(?:.*-)?(\d+)$")


def numeric_docid(docid: str) -> str:
    """GRIT's numeric key of a MUC-4 id: the digit before the first hyphen × 10000 plus the
    number after the last hyphen (``TST3-MUC4-0012`` → ``"30012"``).

    A prefix without a digit (train's ``DEV-MUC3-0001``) counts as 0, so train ids map to
    1..1300 and never collide with dev's 10001.., 20001.. (GRIT's own scorer only ever
    reads TST ids and would fail on ``DEV``). Raises ``ValueError`` for other shapes.
    """
    match = _DOCID.match(docid)
    if match is None:
        raise ValueError(
            f"document id {docid!r} is not of the form PREFIX[digit]-...-NUMBER "
            "(e.g. TST3-MUC4-0012)"
        )
    prefix_digit = int(match.group(2) or 0)
    return str(prefix_digit * 10000 + int(match.group(3)))


def _entities(value: Any, where: str, role: str) -> list[Entity]:
    if not isinstance(value, list):
        raise ValueError(f"{where}: extracts[{role!r}] is not a list of entities")
    entities: list[Entity] = []
    for i, entity in enumerate(value):
        if not isinstance(entity, list):
            raise ValueError(f"{where}: extracts[{role!r}][{i}] is not a list of mentions")
        mentions: Entity = []
        for mention in entity:
            # [string, offset] as GRIT writes it; a bare string is accepted too.
            if (
                isinstance(mention, list)
                and len(mention) == 2
                and isinstance(mention[0], str)
                and isinstance(mention[1], int)
            ):
                mentions.append(mention[0])
            elif isinstance(mention, str):
                mentions.append(mention)
            else:
                raise ValueError(
                    f"{where}: extracts[{role!r}][{i}] has a mention that is not [string, offset]"
                )
        if mentions:  # an entity with no mention is no entity (GRIT drops these too)
            entities.append(mentions)
    return entities


def _document(line: str, where: str) -> MucDocument:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{where}: not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(data, dict):
        raise ValueError(f"{where}: not a JSON object")
    missing = [key for key in ("docid", "doctext", "extracts") if key not in data]
    if missing:
        raise ValueError(f"{where}: missing key(s) {', '.join(missing)}")
    docid, text, extracts = data["docid"], data["doctext"], data["extracts"]
    if not isinstance(docid, str) or not docid:
        raise ValueError(f"{where}: docid is not a non-empty string")
    try:
        numeric_docid(docid)
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from None
    if not isinstance(text, str):
        raise ValueError(f"{where}: doctext is not a string")
    if not isinstance(extracts, dict):
        raise ValueError(f"{where}: extracts is not an object")
    unknown = sorted(set(extracts) - set(ROLES))
    if unknown:
        raise ValueError(
            f"{where}: unknown role(s) {', '.join(unknown)}; expected {', '.join(ROLES)}"
        )
    absent = [role for role in ROLES if role not in extracts]
    if absent:
        raise ValueError(f"{where}: extracts lacks role(s) {', '.join(absent)}")
    gold = {role: _entities(extracts[role], where, role) for role in ROLES}
    return MucDocument(docid=docid, text=text, gold=gold)


def iter_documents(path: str | Path) -> Iterator[MucDocument]:
    """Yield the documents of a split file one line at a time.

    Raises :class:`SplitFileError` (one-line message, exit code set) on the first problem.
    Blank lines are skipped. Numeric ids must be unique within the file.
    """
    path = Path(path)
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise SplitFileError(f"{path}: no such file", EXIT_UNREADABLE) from None
    except IsADirectoryError:
        raise SplitFileError(
            f"{path} is a directory; give a .jsonl file", EXIT_UNREADABLE
        ) from None
    except PermissionError:
        raise SplitFileError(f"{path}: permission denied", EXIT_UNREADABLE) from None
    except OSError as exc:
        raise SplitFileError(
            f"{path}: cannot read ({exc.strerror or exc})", EXIT_UNREADABLE
        ) from None
    seen: dict[str, str] = {}
    count = 0
    with handle:
        for number, raw in enumerate(handle, start=1):
            where = f"{path}:{number}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise SplitFileError(
                    f"{where}: not UTF-8 text (bad byte {raw[exc.start]:#04x} at column "
                    f"{exc.start + 1})",
                    EXIT_MALFORMED,
                ) from None
            if not line.strip():
                continue
            try:
                document = _document(line, where)
            except ValueError as exc:
                raise SplitFileError(str(exc), EXIT_MALFORMED) from None
            key = document.numeric_id
            if key in seen:
                raise SplitFileError(
                    f"{where}: document {document.docid} has the same numeric id {key} "
                    f"as {seen[key]}",
                    EXIT_MALFORMED,
                )
            seen[key] = document.docid
            count += 1
            yield document
    if count == 0:
        raise SplitFileError(f"{path}: no documents (the file is empty)", EXIT_MALFORMED)


def load_documents(path: str | Path, limit: int | None = None) -> list[MucDocument]:
    """The first ``limit`` documents of a split file (all when ``limit`` is None).

    The file is read only as far as needed, so ``limit`` also skips checking the rest.
    """
    if limit is not None and limit < 1:
        raise ValueError(f"--limit must be at least 1, not {limit}")
    documents: list[MucDocument] = []
    for document in iter_documents(path):
        documents.append(document)
        if limit is not None and len(documents) >= limit:
            break
    return documents
