"""Hand-labeled fixtures (CONTRACT.md §2): loading, and checking that each is well formed.

A fixture directory is read flat: ``DIR/*.yaml``. The project's held-out splits live in
``evals/fixtures/heldout*/`` (``heldout/``, scored once and spent; ``heldout18/``, sealed:
a sealed split is never read or run while an engine is tuned) and are therefore only scored
when named explicitly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from summarizer.evals.draft import MARK, marked_fields
from summarizer.schema import SUB_EVENT_TYPES, EventType, SubEventType, check_iso_date

__all__ = [
    "DEFAULT_DIR",
    "HELDOUT18_DIR",
    "HELDOUT_DIR",
    "Fixture",
    "FixtureProblem",
    "check_fixture",
    "held_out_dirs",
    "load_fixtures",
]

# The project's fixtures sit in the checkout's evals/fixtures/, beside the package.
DEFAULT_DIR = Path(__file__).resolve().parents[2] / "evals" / "fixtures"
HELDOUT_DIR = DEFAULT_DIR / "heldout"

# heldout18 (incidents of 1960-1979): sealed, scored once at the end of the pass it was written for.
HELDOUT18_DIR = DEFAULT_DIR / "heldout18"


def held_out_dirs() -> list[Path]:
    """Every held-out split the checkout has (``evals/fixtures/heldout*/``), in name order.

    Checked with the project's fixtures, never run by default: a split scored while an
    engine is tuned stops being held out.
    """
    return sorted(d for d in DEFAULT_DIR.glob("heldout*") if d.is_dir())


SCALAR_FIELDS = ("incident", "event_type", "sub_event_type", "date")
ENTITY_FIELDS = ("perpetrators", "targets", "weapons", "named_casualties")
CASUALTY_FIELDS = ("killed", "injured")
EXPECTED_FIELDS = frozenset(
    {
        *SCALAR_FIELDS,
        *ENTITY_FIELDS,
        *CASUALTY_FIELDS,
        "location",
        "claims",
        "related_incidents",
        "key_facts",
    }
)
LOCATION_PARTS = frozenset({"country", "country_code", "admin1", "place"})
RELATED_PARTS = frozenset({"date", "event_type", "place", "description"})
RELATED_SCORED = ("date", "event_type", "place")


@dataclass(frozen=True)
class FixtureProblem:
    """One thing wrong with one fixture file."""

    path: Path
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.field}: {self.message}"


@dataclass
class Fixture:
    """A labeled article."""

    id: str
    path: Path
    text: str
    expected: dict[str, Any]
    title: str | None = None
    source: str | None = None
    published: date | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False)


def _as_date(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _yaml_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.y*ml") if p.suffix in {".yaml", ".yml"})


def load_fixture(path: Path) -> Fixture:
    """Parse one fixture file (use :func:`check_fixture` first for friendly problems)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    article = data["article"]
    return Fixture(
        id=str(data["id"]),
        path=path,
        text=str(article["text"]),
        expected=dict(data.get("expected") or {}),
        title=article.get("title"),
        source=article.get("source"),
        published=_as_date(article.get("published")),
        raw=data,
    )


def load_fixtures(directories: Iterable[Path], only: Iterable[str] | None = None) -> list[Fixture]:
    """Every fixture in ``directories`` (flat), optionally only the ids in ``only``."""
    wanted = set(only) if only else None
    fixtures: list[Fixture] = []
    seen: dict[str, Path] = {}
    for directory in directories:
        for path in _yaml_files(Path(directory)):
            fixture = load_fixture(path)
            if fixture.id in seen:
                raise ValueError(
                    f"fixture id {fixture.id!r} appears in {seen[fixture.id]} and {path}"
                )
            seen[fixture.id] = path
            if wanted is None or fixture.id in wanted:
                fixtures.append(fixture)
    return fixtures


# -- checking ----------------------------------------------------------------------------

_ACTOR_NAME = re.compile(r"\S")


def _choices(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _check_entity_list(name: str, value: Any) -> Iterator[str]:
    if value is None:
        yield f"{name}: use [] for none, not null"
        return
    if not isinstance(value, list):
        yield f"{name}: must be a list of names or alias lists"
        return
    for index, entry in enumerate(value):
        aliases = entry if isinstance(entry, list) else [entry]
        if not aliases:
            yield f"{name}[{index}]: empty alias list"
        for alias in aliases:
            if not isinstance(alias, str) or not _ACTOR_NAME.search(alias):
                yield f"{name}[{index}]: alias {alias!r} is not a non-empty string"


def _check_casualties(name: str, value: Any) -> Iterator[str]:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | dict):
        yield f"{name}: must be null, an integer or {{min, max}}"
        return
    if isinstance(value, int):
        if value < 0:
            yield f"{name}: {value} is negative"
        return
    if set(value) != {"min", "max"}:
        yield f"{name}: needs exactly min and max, got {sorted(value)}"
        return
    low, high = value["min"], value["max"]
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in (low, high)):
        yield f"{name}: min and max must be non-negative integers"
    elif low > high:
        yield f"{name}: min {low} is greater than max {high}"


def _date_problems(value: Any) -> Iterator[str]:
    for choice in _choices(value):
        if choice is not None:
            try:
                check_iso_date(str(choice))
            except ValueError as exc:
                yield str(exc)


def _check_related(value: Any) -> Iterator[tuple[str, str]]:
    if not isinstance(value, list):
        yield "related_incidents", "must be a list of {date, event_type, place} mappings"
        return
    for index, entry in enumerate(value):
        where = f"related_incidents[{index}]"
        if not isinstance(entry, dict):
            yield where, "must be a mapping of date, event_type, place (description optional)"
            continue
        for part in entry:
            if part not in RELATED_PARTS:
                yield f"{where}.{part}", f"unknown part (known: {', '.join(sorted(RELATED_PARTS))})"
        if not any(entry.get(part) is not None for part in RELATED_SCORED):
            yield where, "labels none of date, event_type, place"
        for message in _date_problems(entry.get("date")):
            yield f"{where}.date", message
        for event in _choices(entry.get("event_type")):
            if event is not None and event not in EventType.__members__:
                yield f"{where}.event_type", f"{event!r} is not an ACLED event type"
        for place in _choices(entry.get("place")):
            if place is not None and (not isinstance(place, str) or not place.strip()):
                yield f"{where}.place", f"{place!r} is not a non-empty string"


def _check_scalars(expected: dict[str, Any]) -> Iterator[tuple[str, str]]:
    if "incident" in expected and not isinstance(expected["incident"], bool):
        yield "incident", "must be true or false"
    events = _choices(expected.get("event_type"))
    for event in events:
        if event is not None and event not in EventType.__members__:
            yield "event_type", f"{event!r} is not an ACLED event type"
    for sub in _choices(expected.get("sub_event_type")):
        if sub is None:
            continue
        if sub not in SubEventType.__members__:
            yield "sub_event_type", f"{sub!r} is not an ACLED sub-event type"
        elif "event_type" in expected and not any(
            e in EventType.__members__ and SubEventType(sub) in SUB_EVENT_TYPES[EventType(e)]
            for e in events
        ):
            yield "sub_event_type", f"{sub!r} belongs to none of event_type {events}"
    for message in _date_problems(expected.get("date")):
        yield "date", message


def _check_location(location: Any) -> Iterator[tuple[str, str]]:
    if not isinstance(location, dict):
        yield "location", "must be a mapping of country, country_code, admin1, place"
        return
    for part, value in location.items():
        if part not in LOCATION_PARTS:
            yield f"location.{part}", "unknown part"
        for choice in _choices(value):
            if choice is not None and not isinstance(choice, str):
                yield f"location.{part}", f"{choice!r} is not a string"


def _check_expected(expected: Any) -> Iterator[tuple[str, str]]:
    if not isinstance(expected, dict):
        yield "expected", "must be a mapping"
        return
    for name in expected:
        if name not in EXPECTED_FIELDS:
            yield name, f"unknown field (known: {', '.join(sorted(EXPECTED_FIELDS))})"
    yield from _check_scalars(expected)
    if "location" in expected:
        yield from _check_location(expected["location"])
    for name in ENTITY_FIELDS:
        if name in expected:
            yield from (
                (name, m.split(": ", 1)[-1]) for m in _check_entity_list(name, expected[name])
            )
    for name in CASUALTY_FIELDS:
        if name in expected:
            yield from (
                (name, m.split(": ", 1)[-1]) for m in _check_casualties(name, expected[name])
            )
    for index, claim in enumerate(expected.get("claims") or []):
        if not isinstance(claim, dict) or not claim.get("source") or not claim.get("says"):
            yield f"claims[{index}]", "needs a non-empty source and says"
    if "related_incidents" in expected:
        yield from _check_related(expected["related_incidents"])
    facts = expected.get("key_facts")
    if facts is not None and (
        not isinstance(facts, list) or not all(isinstance(f, str) and f.strip() for f in facts)
    ):
        yield "key_facts", "must be a list of non-empty strings"
    if expected.get("incident") is False:
        fact_fields = ("event_type", "perpetrators", "killed", "related_incidents")
        filled = [n for n in fact_fields if expected.get(n)]
        if filled:
            yield "incident", f"is false but {', '.join(filled)} are labeled"


def check_fixture(path: Path) -> list[FixtureProblem]:
    """Every problem with the fixture at ``path`` (an empty list when it is well formed)."""
    problems: list[FixtureProblem] = []

    def problem(where: str, message: str) -> None:
        problems.append(FixtureProblem(path, where, message))

    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        problem("file", f"cannot be read as YAML: {' '.join(str(exc).split())}")
        return problems
    for name in marked_fields(text):
        problem(name, f"a draft: confirm the value against the article, then delete its '{MARK}'")
    if not isinstance(data, dict):
        problem("file", "must be a mapping with id, article and expected")
        return problems
    if data.get("id") != path.stem:
        problem("id", f"{data.get('id')!r} must equal the file's stem {path.stem!r}")
    article = data.get("article")
    if (
        not isinstance(article, dict)
        or not isinstance(article.get("text"), str)
        or not article["text"].strip()
    ):
        problem("article.text", "missing or empty")
    elif article.get("published") is not None:
        try:
            _as_date(article["published"])
        except ValueError:
            problem("article.published", f"{article['published']!r} is not an ISO date")
    if "expected" not in data:
        problem("expected", "missing")
    else:
        for where, message in _check_expected(data["expected"]):
            problem(where, message)
    return problems


def check_directories(directories: Iterable[Path]) -> tuple[int, list[FixtureProblem]]:
    """Check every fixture in ``directories``; returns (files checked, problems)."""
    count = 0
    problems: list[FixtureProblem] = []
    ids: dict[str, Path] = {}
    for directory in directories:
        for path in _yaml_files(Path(directory)):
            count += 1
            problems += check_fixture(path)
            if path.stem in ids:
                problems.append(FixtureProblem(path, "id", f"duplicate of {ids[path.stem]}"))
            ids[path.stem] = path
    return count, problems
