"""How a batch names its records: the rules of :mod:`summarizer.batch.runner`, in one place.

Every runner (the local one, ``--workers`` and ``--ray``) names records with
:class:`RecordNamer`, so the same input gets the same ids and error messages whichever
runs it. See the runner's docstring for the rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from summarizer.batch.items import BadInput, BatchItem, item_from_mapping

__all__ = ["RecordNamer", "coerce", "from_row", "named"]


def coerce(raw: object, position: int) -> BatchItem | BadInput:
    """An input element as a record: a :class:`BatchItem`, a :class:`BadInput`, or a mapping."""
    if isinstance(raw, BatchItem | BadInput):
        return raw
    if isinstance(raw, Mapping):
        return item_from_mapping(raw)
    return BadInput(
        None, f"item {position}: expected a BatchItem or a mapping, got {type(raw).__name__}"
    )


class RecordNamer:
    """Gives each record its final id, and says what is wrong with it (None when nothing)."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def _fresh(self, name: str) -> str:
        while name in self.seen:
            name += "+"
        return name

    def admit(self, record: BatchItem | BadInput, position: int) -> tuple[str, str | None]:
        """The record's final id, and its problem (None for a good record)."""
        if record.line is not None:
            label, where = f"line:{record.line}", f"line {record.line}: "
        else:
            label, where = f"item:{position}", f"item {position}: "
        problem = record.message if isinstance(record, BadInput) else None
        if record.id is None:
            item_id = self._fresh(f"@{label}")
        elif record.id in self.seen:
            item_id = self._fresh(f"{record.id}@{label}")
            problem = (
                f"{where}duplicate id {record.id!r}, already used by an earlier record; "
                f"this record is named {item_id!r}"
            )
        else:
            item_id = record.id
        self.seen.add(item_id)
        return item_id, problem


def named(record: BatchItem | BadInput, item_id: str, problem: str | None) -> dict[str, Any]:
    """A named record as a plain row (for another process or a Ray dataset)."""
    if isinstance(record, BatchItem) and problem is None:
        published = record.published
        return {
            "id": item_id,
            "text": record.text,
            "published": published.isoformat() if isinstance(published, date) else published,
            "title": record.title,
            "source": record.source,
            "problem": None,
        }
    return {
        "id": item_id,
        "text": None,
        "published": None,
        "title": None,
        "source": None,
        "problem": problem or "",
    }


def from_row(row: Any) -> BatchItem | BadInput:
    """The record of a row made by :func:`named`, under its final id (so a runner that names
    it again keeps the id: ids are unique by then)."""
    if row["problem"] is not None:
        return BadInput(row["id"], row["problem"])
    return BatchItem(
        id=row["id"],
        text=row["text"],
        published=row["published"],
        title=row["title"],
        source=row["source"],
    )
