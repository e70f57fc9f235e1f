"""The package's public surface is exactly what __all__ says."""

from __future__ import annotations

import asyncio
import subprocess
import sys

import pytest

import summarizer
from summarizer import IncidentBrief, asummarize, summarize
from tests.conftest import EXAMPLE_ARTICLE, NO_INCIDENT_ARTICLE


def test_all_is_exactly_the_public_names() -> None:
    public = {name for name in dir(summarizer) if not name.startswith("_")}
    modules = {name for name in public if type(getattr(summarizer, name)).__name__ == "module"}
    assert set(summarizer.__all__) - {"__version__"} == public - modules


def test_the_batch_runner_is_imported_on_first_use() -> None:
    # a process that briefs one article never imports asyncio, sqlite3 or ssl
    code = (
        "import sys, summarizer; "
        "before = {m for m in ('summarizer.batch', 'asyncio', 'sqlite3') if m in sys.modules}; "
        "from summarizer import BatchItem, summarize_many; "
        "print(sorted(before), BatchItem.__module__, summarize_many is summarizer.summarize_many)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["[]", "summarizer.batch.items", "True"]
    with pytest.raises(AttributeError):
        summarizer.not_a_name  # noqa: B018


def test_summarize_defaults_to_offline_without_an_endpoint() -> None:
    brief = summarize(EXAMPLE_ARTICLE, published="2024-03-15")
    assert isinstance(brief, IncidentBrief)
    assert brief.provenance.engine == "offline"


def test_asummarize_matches_summarize() -> None:
    sync = summarize(NO_INCIDENT_ARTICLE)
    async_ = asyncio.run(asummarize(NO_INCIDENT_ARTICLE))
    assert sync.model_dump(exclude={"provenance"}) == async_.model_dump(exclude={"provenance"})


def test_a_local_server_gets_longer_timeouts_unless_set() -> None:
    from summarizer.config import Settings

    hosted = Settings(base_url="https://api.example.com/v1")
    local = Settings(base_url="http://127.0.0.1:8088/v1")
    assert (hosted.request_timeout, hosted.brief_deadline) == (60.0, 180.0)
    assert (local.request_timeout, local.brief_deadline) == (600.0, 1800.0)
    assert Settings(base_url="http://localhost:11434/v1").local_server
    assert not Settings(base_url="http://10.0.0.5:8000/v1").local_server
    assert Settings(base_url="http://[::1]:8000/v1").local_server
    explicit = Settings.from_env(
        {"OPENAI_BASE_URL": "http://127.0.0.1:1/v1", "SUMMARIZER_TIMEOUT": "30"}
    )
    assert (explicit.request_timeout, explicit.brief_deadline) == (30.0, 1800.0)


def test_strict_and_context_size_come_from_the_environment() -> None:
    import pytest

    from summarizer.config import Settings
    from summarizer.errors import ConfigurationError

    settings = Settings.from_env({"SUMMARIZER_STRICT": "1", "SUMMARIZER_CONTEXT_TOKENS": "4096"})
    assert settings.strict and settings.context_tokens == 4096
    assert not Settings.from_env({}).strict
    with pytest.raises(ConfigurationError, match="SUMMARIZER_STRICT"):
        Settings.from_env({"SUMMARIZER_STRICT": "maybe"})
