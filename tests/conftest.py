"""Shared fixtures: the local Chat Completions server, the example article, brief builders."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from summarizer.config import Secret, Settings
from summarizer.retry import RetryPolicy
from tests.chat_server import ChatServer

REPO = Path(__file__).resolve().parent.parent
EXAMPLE_ARTICLE = (REPO / "examples" / "article.txt").read_text(encoding="utf-8")
#: A fake key; tests assert it never shows up in output, errors or logs.
TEST_KEY = "sk-test-0123456789abcdefSECRET"

_VALID_BRIEF: dict[str, Any] = {
    "incident": True,
    "headline": "Roadside bomb kills four soldiers near Afgooye, Somalia",
    "summary": "A roadside bomb struck a Somali army convoy near Afgooye, killing four soldiers "
    "and wounding seven, a military officer said. Al-Shabaab claimed the attack and said nine "
    "soldiers were killed.",
    "event_type": "explosions_remote_violence",
    "sub_event_type": "remote_explosive_landmine_ied",
    "date": "2024-03-14",
    "location": {
        "country": "Somalia",
        "country_code": "SO",
        "admin1": "Lower Shabelle",
        "place": "Lafoole",
    },
    "perpetrators": [{"name": "Al-Shabaab", "kind": "terrorist_group"}],
    "targets": [{"name": "Somali army", "kind": "state_forces"}],
    "weapons": ["roadside bomb"],
    "killed": {"min": 4, "max": 9},
    "injured": {"min": 7, "max": 7},
    "named_casualties": [],
    "claims": [
        {
            "source": "a military officer",
            "says": "four soldiers were killed and seven wounded",
            "quote": "killing four soldiers and wounding seven others, a military officer told "
            "reporters",
        },
        {
            "source": "Al-Shabaab",
            "says": "its fighters killed nine soldiers",
            "quote": "saying its fighters had killed nine soldiers",
        },
    ],
    "related_incidents": [
        {
            "date": "2024-02",
            "event_type": "explosions_remote_violence",
            "place": None,
            "description": "A car bomb at a checkpoint on the same road killed two police "
            "officers.",
        }
    ],
    "evidence": [
        {"field": "event_type", "quote": "A roadside bomb struck a Somali army convoy"},
        {"field": "date", "quote": "on Thursday morning"},
        {
            "field": "location",
            "quote": "passed the village of Lafoole in the Lower Shabelle region",
        },
        {"field": "perpetrators", "quote": "Al-Shabaab claimed responsibility for the attack"},
        {"field": "targets", "quote": "struck a Somali army convoy"},
        {"field": "weapons", "quote": "A roadside bomb struck"},
        {"field": "killed", "quote": "killing four soldiers and wounding seven others"},
        {"field": "injured", "quote": "wounding seven others"},
    ],
}

NO_INCIDENT_ARTICLE = (
    "Harbour City crushed their rivals 4-0 on Saturday, a ruthless display in which the "
    "strikers bombarded the goal from the first whistle.\n\nThe coach called it a battle won "
    "in midfield, and the fans celebrated long after the final whistle."
)
_NO_INCIDENT_BRIEF: dict[str, Any] = {
    "incident": False,
    "headline": "Football match report: Harbour City win 4-0",
    "summary": "A sports report on a 4-0 football win; it reports no violent or security incident.",
}


# What a model answers for EXAMPLE_ARTICLE in the model-facing schema
# (summarizer.engines.answer.Answer), citing its sentences by number.
_VALID_ANSWER: dict[str, Any] = {
    "main_sentence": 2,
    "headline": "Roadside bomb kills four soldiers near Afgooye, Somalia",
    "date": {"words": "on Thursday morning", "value": "2024-03-14", "sentence": 2},
    "location": {
        "country": "Somalia",
        "admin1": "Lower Shabelle",
        "place": "Lafoole",
        "sentence": 3,
    },
    "perpetrators": [{"name": "Al-Shabaab", "kind": "terrorist_group", "sentence": 4}],
    "targets": [{"name": "Somali army convoy", "kind": "state_forces", "sentence": 2}],
    "weapons": [{"name": "roadside bomb", "sentence": 2}],
    "killed": {"min": 4, "max": 9, "sentence": 4},
    "injured": {"min": 7, "max": 7, "sentence": 2},
    "named_casualties": [],
    "claims": [
        {
            "source": "a military officer",
            "says": "four soldiers killed, seven wounded",
            "sentence": 2,
        },
        {"source": "Al-Shabaab", "says": "its fighters killed nine soldiers", "sentence": 4},
    ],
    "event": "remote_explosive_landmine_ied",
    "summary": "A roadside bomb struck a Somali army convoy near Afgooye, killing four soldiers "
    "and wounding seven, a military officer said. Al-Shabaab claimed the attack and said nine "
    "soldiers were killed.",
}
# An answer's facts, all empty (main sentence 1).
_EMPTY_FACTS: dict[str, Any] = {
    "main_sentence": 1,
    "date": None,
    "location": None,
    "perpetrators": [],
    "targets": [],
    "weapons": [],
    "killed": None,
    "injured": None,
    "named_casualties": [],
    "claims": [],
}
_NO_INCIDENT_ANSWER: dict[str, Any] = {
    "main_sentence": 1,
    "headline": "Football match report: Harbour City win 4-0",
    **_EMPTY_FACTS,
    "event": "none",
    "summary": "A sports report on Harbour City's 4-0 win over their rivals on Saturday.",
}


def valid_answer(**changes: Any) -> dict[str, Any]:
    """A model answer valid for :data:`EXAMPLE_ARTICLE`, with top-level ``changes`` applied."""
    data = copy.deepcopy(_VALID_ANSWER)
    data.update(changes)
    return data


def bare_answer(**fields: Any) -> dict[str, Any]:
    """A model answer with every fact empty (main sentence 1) but ``fields``."""
    return copy.deepcopy({**_EMPTY_FACTS, **fields})


def no_incident_answer(**changes: Any) -> dict[str, Any]:
    """A model answer (``event: none``) for :data:`NO_INCIDENT_ARTICLE`."""
    data = copy.deepcopy(_NO_INCIDENT_ANSWER)
    data.update(changes)
    return data


def valid_brief(**changes: Any) -> dict[str, Any]:
    """A brief valid for :data:`EXAMPLE_ARTICLE`, with top-level ``changes`` applied."""
    data = copy.deepcopy(_VALID_BRIEF)
    data.update(changes)
    return data


def no_incident_brief() -> dict[str, Any]:
    """A valid ``incident: false`` brief for :data:`NO_INCIDENT_ARTICLE`."""
    return copy.deepcopy(_NO_INCIDENT_BRIEF)


@pytest.fixture
def chat_server() -> Iterator[ChatServer]:
    """A started :class:`ChatServer`; stopped after the test."""
    with ChatServer() as server:
        yield server


@pytest.fixture
def fast_policy() -> RetryPolicy:
    """The production policy shape with test-sized waits."""
    return RetryPolicy(
        validation_retries=2,
        transport_retries=3,
        deadline=20.0,
        initial_backoff=0.01,
        max_backoff=0.05,
    )


@pytest.fixture
def llm_settings(chat_server: ChatServer) -> Settings:
    """Settings pointing at the local server with a fake key."""
    return Settings(
        api_key=Secret(TEST_KEY),
        base_url=chat_server.base_url,
        model="test-model",
        timeout=5.0,
        deadline=20.0,
    )


@pytest.fixture(autouse=True)
def _no_real_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests never inherit a developer's real key or endpoint.
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_MODE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def _cache_outside_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # The batch cache defaults to the user's cache directory; tests (and the commands they
    # run in subprocesses, which inherit the environment) use a fresh one instead.
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("SUMMARIZER_PRICES", raising=False)
