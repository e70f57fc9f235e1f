"""The vocabulary as data: schema-checked files, overlays, and the engine's identity."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from summarizer.article import Article
from summarizer.batch import summarize_many_sync
from summarizer.config import Settings
from summarizer.engines.offline import Lexicon, LexiconError, OfflineEngine
from summarizer.engines.offline import lexicon as lexicon_module
from summarizer.engines.offline._schema import SCHEMA, SchemaError, validate
from summarizer.engines.offline.lexicon import DATA_DIR, default_lexicon, merge
from summarizer.engines.offline.pipeline import RULE_BUILDERS
from summarizer.engines.offline.scan.cues import CueRules
from tests.conftest import REPO

EXAMPLE = REPO / "examples" / "lexicon.toml"


def test_every_data_file_fits_the_schema_and_every_rule_compiles() -> None:
    files = sorted(DATA_DIR.glob("*.toml"))
    assert len(files) >= 10
    merged: dict[str, Any] = {}
    for path in files:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        assert set(data).isdisjoint(merged), f"{path.name} repeats a section"
        merged.update(data)
    validate(merged, SCHEMA, base=True)
    lexicon = default_lexicon()
    for build in RULE_BUILDERS:
        assert lexicon.rules(build) is lexicon.rules(build)  # built once per lexicon


@pytest.mark.parametrize(
    ("overlay", "message"),
    [
        ({"actors": {"lexicon": [{"name": "X", "kind": "army", "aliases": []}]}}, "kind"),
        ({"actors": {"lexicon": [{"name": "X", "kind": "militia"}]}}, "missing key 'aliases'"),
        ({"weapons": {"max": "four"}}, "weapons.max: expected a whole number"),
        ({"places": {"towns": [{"name": "Ndu"}]}}, "missing key 'country'"),
        ({"events": {"vote": {"titel": 2.0}}}, "unknown key 'titel'"),
        ({"colours": {}}, "unknown key 'colours'"),
        ({"domain": {"given_names": "luis"}}, "expected a list of strings"),
    ],
)
def test_an_overlay_that_does_not_fit_names_the_key(overlay: dict[str, Any], message: str) -> None:
    with pytest.raises(SchemaError, match=re.escape(message)):
        validate(overlay, SCHEMA, base=False)
    with pytest.raises(LexiconError):
        Lexicon([overlay])


def test_overlay_files_fail_with_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("[events\n", encoding="utf-8")
    bad_pattern = tmp_path / "pattern.toml"
    bad_pattern.write_text(
        '[[events.rules]]\nsub_event_type = "attack"\ncues = ["(unclosed"]\n', encoding="utf-8"
    )
    for path, words in [
        (tmp_path / "missing.toml", "cannot read"),
        (broken, "not TOML"),
        (bad_pattern, "does not compile"),
    ]:
        with pytest.raises(LexiconError, match=words) as caught:
            OfflineEngine(lexicon=path)
        assert "\n" not in str(caught.value) and caught.value.exit_code == 2


def test_overlays_extend_lists_merge_tables_and_replace_values() -> None:
    base = {"a": {"words": ["x"], "n": 1, "t": {"k": 1}}, "b": ["y"]}
    merged = merge(base, {"a": {"words": ["z"], "n": 2, "t": {"j": 2}}, "b": ["w"]})
    assert merged == {"a": {"words": ["x", "z"], "n": 2, "t": {"k": 1, "j": 2}}, "b": ["y", "w"]}
    assert base["a"]["words"] == ["x"]  # the package's data is never changed
    lexicon = Lexicon([{"events": {"vote": {"threshold": 0.9}}}])
    assert lexicon.rules(CueRules).threshold == 0.9
    assert default_lexicon().rules(CueRules).threshold == 0.5


def test_the_example_overlay_adds_a_local_actor_and_town() -> None:
    text = (
        "Bui Warriors fighters attacked a gendarmerie post in Batibo on Tuesday, "
        "killing two gendarmes, the regional governor said."
    )
    article = Article.from_text(text, published="2024-05-16")
    plain = OfflineEngine().summarize(article)
    local = OfflineEngine(lexicon=EXAMPLE).summarize(article)
    assert [p.name for p in local.perpetrators] == ["Bui Warriors"]
    assert local.perpetrators[0].kind == "militia"
    assert (local.location.place, local.location.country_code) == ("Batibo", "CM")
    assert plain.location.place != "Batibo"
    # without the overlay, the engine cannot know what the group is
    assert [p.kind for p in plain.perpetrators] != ["militia"]


def test_identity_is_a_hash_of_version_data_and_overlays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain, again = OfflineEngine(), OfflineEngine()
    assert plain.model == again.model and plain.model.startswith("offline-rules-")
    local = OfflineEngine(lexicon=EXAMPLE)
    assert local.model != plain.model
    assert OfflineEngine(lexicon=EXAMPLE).model == local.model  # content, not object
    copy = tmp_path / "copy.toml"
    copy.write_text(EXAMPLE.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert OfflineEngine(lexicon=copy).model != local.model  # any byte counts
    import summarizer

    monkeypatch.setattr(summarizer, "__version__", "99.0")
    assert Lexicon().digest != default_lexicon().digest  # an upgrade is a new identity
    brief = plain.summarize(Article.from_text("Gunmen killed two traders in Kano."))
    assert brief.provenance.model == plain.model


def test_identity_covers_the_engines_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "offline"
    (package / "resolve").mkdir(parents=True)
    (package / "pipeline.py").write_text("RULE = 1\n", encoding="utf-8")
    (package / "resolve" / "event.py").write_text("RULE = 2\n", encoding="utf-8")
    (package / "notes.txt").write_text("not code\n", encoding="utf-8")
    first = lexicon_module.code_digest.__wrapped__(package)
    (package / "notes.txt").write_text("changed, still not code\n", encoding="utf-8")
    assert lexicon_module.code_digest.__wrapped__(package) == first
    (package / "resolve" / "event.py").write_text("RULE = 3\n", encoding="utf-8")
    assert lexicon_module.code_digest.__wrapped__(package) != first  # a changed rule
    # the real package's code is part of the engine's identity
    plain = Lexicon().digest
    monkeypatch.setattr(lexicon_module, "code_digest", lambda: first)
    assert Lexicon().digest != plain


def test_a_changed_lexicon_misses_the_batch_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite"
    items = [{"id": "a", "text": "Gunmen killed two traders in Batibo on Monday."}]

    def run(*lexicon: Path) -> list[bool]:
        settings = Settings.from_env(env={}).with_overrides(lexicon=[str(p) for p in lexicon])
        results = summarize_many_sync(items, engine="offline", settings=settings, cache=cache)
        return [r.cached for r in results]

    assert run() == [False]
    assert run() == [True]  # same engine, same vocabulary: served from the cache
    assert run(EXAMPLE) == [False]  # an overlay: a new identity
    assert run(EXAMPLE) == [True]
    changed = tmp_path / "changed.toml"
    changed.write_text(EXAMPLE.read_text(encoding="utf-8").replace("Batibo", "Batibo Town"))
    assert run(changed) == [False]  # the overlay's content changed
