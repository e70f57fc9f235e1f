"""Drafting a fixture from an engine's brief, for a person to confirm (``summarizer eval draft``).

The draft's ``expected`` holds what the engine said, each field followed by the mark
:data:`MARK` in a YAML comment. ``eval check`` (and so ``eval run``) refuses a fixture while
any mark is left under ``expected``: a person checks each value against the article,
corrects it, and deletes its mark. Parts the engine left empty are written as the brief has
them (an empty list, a null figure), since those are labels too; ``location`` parts it did not
fill are left out (not scored) rather than labeled null.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from summarizer.article import Article
from summarizer.schema import CasualtyRange, IncidentBrief

__all__ = ["MARK", "draft_fixture", "marked_fields"]

MARK = "# CONFIRM"
"""What follows every drafted value until a person has confirmed it."""

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'“])")
_KEY = re.compile(r"^ {2}([a-z_]+):")


def _figure(value: CasualtyRange | None) -> int | dict[str, int] | None:
    if value is None:
        return None
    return value.min if value.min == value.max else {"min": value.min, "max": value.max}


def _expected(brief: IncidentBrief) -> dict[str, Any]:
    facts = [s.strip() for s in _SENTENCE.split(brief.summary) if s.strip()]
    if not brief.incident:
        return {"incident": False, "key_facts": facts}
    location = {k: v for k, v in brief.location.model_dump().items() if v is not None}
    return {
        "incident": True,
        "event_type": brief.event_type.value if brief.event_type else None,
        "sub_event_type": brief.sub_event_type.value if brief.sub_event_type else None,
        "date": brief.date,
        "location": location,
        "perpetrators": [a.name for a in brief.perpetrators],
        "targets": [a.name for a in brief.targets],
        "weapons": list(brief.weapons),
        "killed": _figure(brief.killed),
        "injured": _figure(brief.injured),
        "named_casualties": [n.name for n in brief.named_casualties],
        "claims": [{"source": c.source, "says": c.says} for c in brief.claims],
        "related_incidents": [
            {k: v for k, v in r.model_dump(mode="json").items() if v is not None}
            for r in brief.related_incidents
        ],
        "key_facts": facts,
    }


def _field_lines(name: str, value: Any) -> list[str]:
    flow = not (isinstance(value, list) and value and isinstance(value[0], dict | str))
    text = yaml.safe_dump(
        {name: value},
        default_flow_style=flow,
        allow_unicode=True,
        sort_keys=False,
        width=10_000,
    )
    lines = text.rstrip("\n").splitlines()
    if flow:  # safe_dump wraps a flow mapping in braces: {name: value}
        lines = [text.strip()[1:-1]]
    lines[0] += f"  {MARK}"
    return [f"  {line}" for line in lines]


def draft_fixture(fixture_id: str, article: Article, brief: IncidentBrief, source_name: str) -> str:
    """The YAML text of a draft fixture for ``article``, labeled with ``brief``."""
    meta: dict[str, Any] = {}
    if article.title:
        meta["title"] = article.title
    if article.source:
        meta["source"] = article.source
    if article.published:
        meta["published"] = article.published.isoformat()
    head = yaml.safe_dump(
        {"id": fixture_id, "article": meta}, allow_unicode=True, sort_keys=False, width=10_000
    ).rstrip("\n")
    if head.endswith("article: {}"):
        head = head[: -len(" {}")]
    body = "\n".join(f"    {line}" if line else "" for line in article.text.splitlines())
    model = f"{brief.provenance.engine} engine, {brief.provenance.model}"
    lines = [
        f"# Drafted by `summarizer eval draft` from {source_name} ({model}), "
        f"{datetime.now(UTC):%Y-%m-%d}.",
        f"# Every value under `expected` is the engine's, marked '{MARK}': check each against",
        "# the article, correct it, delete its mark. `summarizer eval check` refuses this file",
        "# until no mark is left.",
        head,
        "  text: |",
        body,
        "expected:",
    ]
    for name, value in _expected(brief).items():
        lines += _field_lines(name, value)
    return "\n".join(lines) + "\n"


def marked_fields(text: str) -> list[str]:
    """The fields under ``expected`` that still carry a draft mark (in file order)."""
    fields: list[str] = []
    current = "expected"
    inside = False
    for line in text.splitlines():
        if not line.startswith((" ", "#")) and line.strip():
            inside = line.startswith("expected:")
            continue
        if not inside:
            continue
        key = _KEY.match(line)
        if key:
            current = key.group(1)
        # a mark ends its line (``_field_lines``); one inside a value (a key fact quoting
        # an article that holds the words) is the article's text
        if line.rstrip().endswith(MARK) and current not in fields:
            fields.append(current)
    return fields


def write_draft(out: Path, text: str, *, force: bool = False) -> None:
    """Write ``text`` to ``out``, refusing to overwrite a file unless ``force``."""
    if out.exists() and not force:
        raise ValueError(f"{out} exists; pass --force to overwrite it")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
