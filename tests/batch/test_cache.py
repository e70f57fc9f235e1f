"""The SQLite brief cache: what the key covers, round trips, several writing processes."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from summarizer.article import Article
from summarizer.batch.cache import BriefCache, EngineIdentity, cache_key, default_cache_path
from summarizer.config import Settings
from summarizer.engines.llm import LLMEngine
from summarizer.engines.offline import OfflineEngine
from summarizer.errors import ConfigurationError
from summarizer.prompts import PromptTemplate
from tests.conftest import REPO

IDENTITY = EngineIdentity("openai", "m1", "tools", "0123456789abcdef", "1")
ARTICLE = Article.from_text("Gunmen attacked a checkpoint.", published="2024-03-15")


def test_the_key_covers_everything_that_changes_a_brief() -> None:
    base = cache_key(ARTICLE, IDENTITY)
    variants = [
        cache_key(replace(ARTICLE, text="Gunmen attacked a checkpoint!"), IDENTITY),
        cache_key(replace(ARTICLE, published=None), IDENTITY),
        cache_key(replace(ARTICLE, title="Checkpoint attack"), IDENTITY),
        cache_key(replace(ARTICLE, source="Horn Desk"), IDENTITY),
        cache_key(ARTICLE, replace(IDENTITY, engine="offline")),
        cache_key(ARTICLE, replace(IDENTITY, model="m2")),
        cache_key(ARTICLE, replace(IDENTITY, mode="json_schema")),
        cache_key(ARTICLE, replace(IDENTITY, prompt_hash="fedcba9876543210")),
        cache_key(ARTICLE, replace(IDENTITY, schema_version="2")),
        cache_key(ARTICLE, replace(IDENTITY, settings=(("temperature", "0.5"),))),
    ]
    assert len({base, *variants}) == len(variants) + 1
    # normalisation is applied first: the same article typed differently is the same key
    same = Article.from_text("Gunmen attacked a checkpoint.  \r\n", published="2024-03-15")
    assert cache_key(same, IDENTITY) == base


def test_round_trip_and_replace(tmp_path: Path) -> None:
    cache = BriefCache(tmp_path / "deep" / "briefs.sqlite")
    assert cache.get("k") is None
    cache.put("k", '{"v": 1}')
    cache.put("k", '{"v": 2}')
    cache.flush()
    assert cache.get("k") == '{"v": 2}'
    assert len(cache) == 1
    assert cache.write_error is None
    cache.close()
    cache.close()  # closing twice is harmless
    reopened = BriefCache(tmp_path / "deep" / "briefs.sqlite")
    assert reopened.get("k") == '{"v": 2}'
    reopened.close()


_WRITER = """
import os, sys, time
from summarizer.batch.cache import BriefCache
cache = BriefCache(sys.argv[1])
while not os.path.exists(sys.argv[3]):  # start together
    time.sleep(0.005)
for i in range(400):
    cache.put(f"{sys.argv[2]}-{i}", "x" * 2000)
    cache.put("shared", sys.argv[2])
cache.close()
"""


def test_several_processes_write_one_cache(tmp_path: Path) -> None:
    path = tmp_path / "briefs.sqlite"
    BriefCache(path).close()
    go = tmp_path / "go"
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(path), name, str(go)],
            cwd=REPO,
            stderr=subprocess.PIPE,
        )
        for name in ("p1", "p2", "p3")
    ]
    go.touch()
    for writer in writers:
        _, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err.decode()
    cache = BriefCache(path)
    assert len(cache) == 3 * 400 + 1
    assert cache.get("shared") in {"p1", "p2", "p3"}
    cache.close()


def test_an_unusable_cache_file_is_a_configuration_error(tmp_path: Path) -> None:
    path = tmp_path / "briefs.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(ConfigurationError, match="--no-cache"):
        BriefCache(path)


def test_default_location() -> None:
    assert default_cache_path({"SUMMARIZER_CACHE_DIR": "/c"}) == Path("/c/briefs.sqlite")
    assert default_cache_path({"XDG_CACHE_HOME": "/x"}) == Path("/x/summarizer/briefs.sqlite")
    assert default_cache_path({}) == Path.home() / ".cache" / "summarizer" / "briefs.sqlite"


def test_writes_are_numbered_and_listeners_hear_when_they_are_committed(tmp_path: Path) -> None:
    cache = BriefCache(tmp_path / "briefs.sqlite")
    heard: list[int] = []
    unsubscribe = cache.subscribe(heard.append)
    first, second = cache.put("a", "{}"), cache.put("b", "{}")
    assert (first, second) == (1, 2) and cache.committed < second
    cache.urge()
    cache.flush()
    assert cache.committed == 2 and heard[-1] == 2
    unsubscribe()
    cache.put("c", "{}")
    cache.close()
    assert cache.committed == 3 and heard[-1] == 2  # no longer told


def test_an_engine_identity_is_read_from_the_engine_and_the_settings() -> None:
    settings = Settings(base_url="http://127.0.0.1:9/v1", model="m1")
    llm = LLMEngine(settings)
    base = EngineIdentity.of(llm, settings)
    assert (base.engine, base.model, base.mode, base.prompt_hash) == (
        "openai",
        "m1",
        "tools",
        llm.template.hash,
    )
    other_prompt = LLMEngine(settings, template=replace_template(llm.template))
    variants = [
        EngineIdentity.of(other_prompt, settings),
        *(
            EngineIdentity.of(llm, settings.with_overrides(**change))
            for change in (
                {"model": "m2"},
                {"mode": "json_schema"},
                {"base_url": "http://127.0.0.1:10/v1"},
                {"temperature": 0.2},
                {"max_output_tokens": 100},
                {"max_validation_retries": 1},
            )
        ),
    ]
    keys = {cache_key(ARTICLE, identity) for identity in [base, *variants]}
    assert len(keys) == len(variants) + 1
    assert "key" not in repr(base.settings).lower()  # no secret has a place in it

    offline = OfflineEngine()
    identity = EngineIdentity.of(offline, settings)
    brief = offline.summarize(ARTICLE)
    assert identity.model == brief.provenance.model  # one source for both
    offline.model = "offline-rules-next"  # a change of the rules' identity misses
    assert cache_key(ARTICLE, EngineIdentity.of(offline, settings)) != cache_key(ARTICLE, identity)


def replace_template(template: PromptTemplate) -> PromptTemplate:
    return template.model_copy(update={"system": template.system + " Be brief."})


def test_a_write_that_fails_still_counts_as_done_so_no_one_waits_forever(tmp_path: Path) -> None:
    cache = BriefCache(tmp_path / "briefs.sqlite")
    number = cache.put("k", object())  # type: ignore[arg-type]  # SQLite cannot bind it
    cache.flush()
    assert cache.committed == number and cache.write_error is not None
    cache.put("k2", "{}")
    cache.close()
    assert cache.committed == number + 1  # the writer lived on
