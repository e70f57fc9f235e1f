"""The hybrid engine: the LLM's brief (from the local chat server) checked against, and
completed by, the offline engine's brief of the same article."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from summarizer.article import Article
from summarizer.config import EngineName, Settings
from summarizer.engines import make_engine
from summarizer.engines.hybrid import EVENT_RULES, HybridEngine, combine
from summarizer.engines.llm import LLMEngine
from summarizer.engines.offline import OfflineEngine
from summarizer.errors import AuthenticationError
from summarizer.retry import RetryPolicy
from summarizer.schema import IncidentBrief
from tests.chat_server import ChatServer, Reply
from tests.conftest import (
    EXAMPLE_ARTICLE,
    NO_INCIDENT_ARTICLE,
    no_incident_answer,
    valid_answer,
    valid_brief,
)


def _hybrid(settings: Settings, policy: RetryPolicy, **kwargs: str) -> HybridEngine:
    """The LLM-based hybrid (``base="llm"``) unless ``kwargs`` say otherwise."""
    options = {"base": "llm", "event_rule": "offline_when_no_incident"} | kwargs
    return HybridEngine(LLMEngine(settings, policy=policy), **options)


def _brief(engine: str, **changes: Any) -> IncidentBrief:
    data = valid_brief(**changes)
    data["provenance"] = {"engine": engine, "model": engine, "created_at": "2024-03-15T00:00:00Z"}
    return IncidentBrief.model_validate(data, context={"article": EXAMPLE_ARTICLE})


def test_by_default_the_offline_facts_stand_and_the_llm_fills_only_measured_gaps() -> None:
    offline = _brief("offline", injured=None, named_casualties=[])
    named = [{"name": "Abdirahman Nur", "status": "injured"}]  # wrong, as small models are
    quote = {"field": "named_casualties", "quote": "according to Captain Abdirahman Nur"}
    llm = _brief(
        "openai",
        killed={"min": 4, "max": 4},
        named_casualties=named,
        evidence=[*valid_brief()["evidence"], quote],
        sub_event_type="attack",
        event_type="violence_against_civilians",
    )
    brief = combine(llm, offline, _article())
    assert (brief.killed.min, brief.killed.max) == (4, 9)  # the offline figure stands
    assert brief.sub_event_type == "remote_explosive_landmine_ied"  # and its event
    assert brief.injured is not None and brief.injured.min == 7  # a gap the LLM fills
    assert brief.named_casualties == []  # a gap the LLM may not fill (measured worse)
    notes = {(n.field, n.action): n.detail for n in brief.provenance.notes}
    assert notes[("injured", "filled")] == "from the llm"
    assert notes[("killed", "disagrees")] == "llm: min=4, max=4; offline: min=4, max=9"
    assert ("sub_event_type", "disagrees") in notes
    # what the LLM-based hybrid does with the same two briefs
    other = combine(llm, offline, _article(), EVENT_RULES["llm"], base="llm")
    assert (other.killed.min, other.killed.max) == (4, 4)
    assert [p.name for p in other.named_casualties] == ["Abdirahman Nur"]


def test_an_unknown_base_is_refused(llm_settings: Settings) -> None:
    with pytest.raises(ValueError, match="unknown base"):
        HybridEngine(LLMEngine(llm_settings), base="coin")


def _article(text: str = EXAMPLE_ARTICLE) -> Article:
    return Article.from_text(text, published="2024-03-15")


def test_empty_llm_fields_are_filled_from_the_offline_brief_and_marked(
    chat_server: ChatServer, llm_settings: Settings, fast_policy: RetryPolicy
) -> None:
    chat_server.add(Reply.answer(valid_answer(weapons=[], targets=[], injured=None)))
    brief = _hybrid(llm_settings, fast_policy).summarize(_article())

    assert brief.weapons == ["roadside bomb"]  # the offline engine's
    assert brief.injured is not None and brief.injured.min == 7
    filled = {n.field for n in brief.provenance.notes if n.action == "filled"}
    assert filled == {"weapons", "targets", "injured", "related_incidents"}
    # each filled field comes with the offline engine's evidence for it
    assert {"weapons", "targets", "injured"} <= {e.field for e in brief.evidence}
    assert brief.provenance.engine == "hybrid"
    # both engines' identities: the model's, and the offline rules' content hash
    assert brief.provenance.model == f"test-model+{OfflineEngine().model}"


def test_values_both_engines_give_but_differently_are_noted_and_the_llms_kept(
    chat_server: ChatServer, llm_settings: Settings, fast_policy: RetryPolicy
) -> None:
    chat_server.add(Reply.answer(valid_answer(killed={"min": 4, "max": 4, "sentence": 2})))
    brief = _hybrid(llm_settings, fast_policy).summarize(_article())

    assert brief.killed is not None and (brief.killed.min, brief.killed.max) == (4, 4)
    [note] = [n for n in brief.provenance.notes if n.field == "killed"]
    assert note.action == "disagrees"
    assert note.detail == "llm: min=4, max=4; offline: min=4, max=9"


def test_when_the_offline_engine_finds_no_incident_its_reading_wins_by_default(
    chat_server: ChatServer, llm_settings: Settings, fast_policy: RetryPolicy
) -> None:
    # A sports report full of war words: the small model calls it an attack.
    chat_server.add(
        Reply.answer(
            no_incident_answer(
                event="attack", targets=[{"name": "rivals", "kind": "civilians", "sentence": 1}]
            )
        )
    )
    brief = _hybrid(llm_settings, fast_policy).summarize(_article(NO_INCIDENT_ARTICLE))
    assert brief.incident is False and brief.targets == []
    assert ("incident", "disagrees") in {(n.field, n.action) for n in brief.provenance.notes}

    chat_server.add(
        Reply.answer(
            no_incident_answer(
                event="attack", targets=[{"name": "rivals", "kind": "civilians", "sentence": 1}]
            )
        )
    )
    trusting = _hybrid(llm_settings, fast_policy, event_rule="llm").summarize(
        _article(NO_INCIDENT_ARTICLE)
    )
    assert trusting.incident is True and trusting.sub_event_type == "attack"


def test_an_llm_brief_that_never_validates_falls_back_to_the_offline_brief(
    chat_server: ChatServer, llm_settings: Settings, fast_policy: RetryPolicy
) -> None:
    chat_server.add(*[Reply.answer(valid_answer(event="massacre"))] * 3)
    brief = _hybrid(llm_settings, fast_policy).summarize(_article())
    assert brief.provenance.engine == "hybrid"
    assert brief.perpetrators[0].name == "al-Shabaab"  # the offline engine's spelling
    [note] = brief.provenance.notes
    assert note.action == "replaced" and "never validated" in note.detail


def test_other_llm_failures_are_raised_not_hidden(
    chat_server: ChatServer, llm_settings: Settings, fast_policy: RetryPolicy
) -> None:
    chat_server.add(Reply.error(401, "bad key"))
    with pytest.raises(AuthenticationError):
        _hybrid(llm_settings, fast_policy).summarize(_article())


def test_async_hybrid_and_the_engine_factory(
    chat_server: ChatServer, llm_settings: Settings
) -> None:
    chat_server.add(Reply.answer(valid_answer(weapons=[])))
    engine = make_engine(EngineName.hybrid, llm_settings)
    assert isinstance(engine, HybridEngine)
    brief = asyncio.run(engine.asummarize(_article()))
    assert brief.weapons == ["roadside bomb"]


def test_an_unknown_event_rule_is_refused(llm_settings: Settings) -> None:
    with pytest.raises(ValueError, match="unknown event rule"):
        HybridEngine(LLMEngine(llm_settings), event_rule="coin-toss")


def test_parts_of_the_place_the_llm_left_out_are_filled_when_the_country_agrees(
    chat_server: ChatServer, llm_settings: Settings, fast_policy: RetryPolicy
) -> None:
    location = {"country": "Somalia", "admin1": None, "place": None, "sentence": 2}
    chat_server.add(Reply.answer(valid_answer(location=location)))
    brief = _hybrid(llm_settings, fast_policy).summarize(_article())
    assert (brief.location.country, brief.location.place) == ("Somalia", "Lafoole")
    [note] = [n for n in brief.provenance.notes if n.field == "location"]
    assert note.action == "filled" and note.detail.endswith("place")

    elsewhere = {"country": "Kenya", "admin1": None, "place": None, "sentence": 2}
    chat_server.add(Reply.answer(valid_answer(location=elsewhere)))
    brief = _hybrid(llm_settings, fast_policy).summarize(_article())
    assert brief.location.place is None  # another country: nothing borrowed


def test_an_offline_event_that_wins_brings_its_own_evidence(
    chat_server: ChatServer, llm_settings: Settings, fast_policy: RetryPolicy
) -> None:
    chat_server.add(Reply.answer(valid_answer(event="attack")))
    engine = _hybrid(llm_settings, fast_policy, event_rule="offline")
    brief = engine.summarize(_article())
    assert brief.sub_event_type == "remote_explosive_landmine_ied"  # the offline engine's
    events = [e for e in brief.evidence if e.field in ("event_type", "sub_event_type")]
    assert events and all(
        "roadside bomb" in e.quote.lower() or "blast" in e.quote.lower() for e in events
    )
    [note] = [n for n in brief.provenance.notes if n.field == "sub_event_type"]
    assert note.detail == "llm: attack; offline: remote_explosive_landmine_ied (offline kept)"
