"""The pattern store: what a process learnt about the engine's patterns, read back by the
next one. A stored pattern must be the pattern; a bad file must cost time, never a brief."""

from __future__ import annotations

import gzip
import json
import marshal
import re
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.engines.offline import patternstore
from summarizer.engines.offline.patternstore import PatternStore

ROOT = Path(__file__).resolve().parents[3]
PATTERNS = [
    (r"(?P<who>gunmen|troops)\s+(?:killed|shot)\s+(?P<n>\d+)", re.IGNORECASE),
    (r"\b(?:air ?strike|drone strike)s?\b", 0),
    (r"(?<![\w.-])(?:U\.S\.|DRC)(?!\w)", 0),
    (r"^(?:By|BY)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*$", re.MULTILINE),
]
TEXTS = [
    "Masked GUNMEN killed 12 villagers; troops shot 3. An airstrike and two drone strikes.",
    "By Jane Doe\nThe U.S. and the DRC. U.S.A. and XDRC do not count.",
]


def _same(made: re.Pattern[str], source: str, flags: int) -> None:
    expected = re.compile(source, flags)
    assert made.pattern == expected.pattern and made.flags == expected.flags
    assert made.groupindex == expected.groupindex and made.groups == expected.groups
    for text in TEXTS:
        assert [m.span() for m in made.finditer(text)] == [
            m.span() for m in expected.finditer(text)
        ]
        assert [m.groupdict() for m in made.finditer(text)] == [
            m.groupdict() for m in expected.finditer(text)
        ]


def test_patterns_compiled_from_the_stored_code_are_the_patterns(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    first = PatternStore(path)
    for source, flags in PATTERNS:
        _same(first.compile(source, flags), source, flags)
    first.save()
    second = PatternStore(path)
    assert set(second._codes) == {(s, int(f)) for s, f in PATTERNS}  # read, not made again
    for source, flags in PATTERNS:
        _same(second.compile(source, flags), source, flags)


def test_a_reading_is_made_once_then_read_from_the_file(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    calls: list[str] = []
    first = PatternStore(path)
    reading = (34, (frozenset({"killed", "shot"}),), "gunmen")
    assert first.reading("x", re.IGNORECASE, lambda: calls.append("x") or reading) == reading
    assert first.reading("x", re.IGNORECASE, lambda: calls.append("again") or ()) == reading
    first.save()

    def unread() -> object:
        raise AssertionError("read again although stored")

    assert PatternStore(path).reading("x", re.IGNORECASE, unread) == reading
    assert calls == ["x"]


def test_a_process_keeps_what_others_stored_and_adds_its_own(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    first = PatternStore(path)
    first.compile("old", 0)
    second = PatternStore(path)  # started before the first one saved
    second.compile("new", 0)
    first.save()
    second.save()
    assert set(PatternStore(path)._codes) == {("old", 0), ("new", 0)}


def test_an_entry_no_process_uses_is_dropped_after_enough_rewrites(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    first = PatternStore(path)
    first.compile("stale", 0)
    first.reading("kept", 0, lambda: (0, (), None))
    first.save()
    for round_ in range(patternstore._KEEP + 1):
        later = PatternStore(path)
        later.reading("kept", 0, lambda: (0, (), None))
        later.compile(f"round {round_}", 0)  # something new: the file is rewritten
        later.save()
        stored = PatternStore(path)
        assert (("stale", 0) in stored._codes) == (round_ < patternstore._KEEP)
        assert ("kept", 0) in stored._readings


@pytest.mark.parametrize(
    "content",
    [b"", b"not marshal at all", marshal.dumps((999, {}, {}, {})), marshal.dumps([1, 2, 3])],
)
def test_a_bad_or_foreign_file_is_ignored(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "patterns.marshal"
    path.write_bytes(content)
    store = PatternStore(path)
    source, flags = PATTERNS[0]
    _same(store.compile(source, flags), source, flags)
    assert store.reading("y", 0, lambda: (0, (), None)) == (0, (), None)


def test_code_the_regex_engine_rejects_is_made_again(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    source, flags = PATTERNS[0]
    bogus = (int(flags | re.UNICODE), [99999, 1, 2], 2, {"who": 1, "n": 2}, (None, "who", "n"))
    path.write_bytes(
        marshal.dumps(
            (
                patternstore._FORMAT,
                {},
                {(source, int(flags)): marshal.dumps(bogus)},
                {("c", (source, int(flags))): 0},
            )
        )
    )
    _same(PatternStore(path).compile(source, flags), source, flags)


def test_an_unwritable_place_loses_the_store_not_the_process(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the directory would be")
    store = PatternStore(blocker / "sub" / "patterns.marshal")
    store.compile("x+", 0)
    store.save()  # no error
    assert not (blocker / "sub").exists()


def test_the_store_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_PATTERN_STORE", "0")
    assert patternstore.store.__wrapped__().path is None
    monkeypatch.setenv("SUMMARIZER_PATTERN_STORE", "1")
    path = patternstore.store.__wrapped__().path
    assert path is not None and path.name.startswith("patterns-")


_BRIEF = (
    "import json, sys; from summarizer import summarize; "
    "b = summarize(open(sys.argv[1], encoding='utf-8').read(), engine='offline'); "
    "print(json.dumps(b.model_dump(mode='json', exclude={'provenance'})))"
)


def test_a_process_with_a_filled_store_briefs_as_one_without(tmp_path: Path) -> None:
    env = {"SUMMARIZER_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    article = str(ROOT / "examples" / "article.txt")

    def brief(**extra: str) -> object:
        done = subprocess.run(
            [sys.executable, "-c", _BRIEF, article],
            env={**env, **extra},
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        return json.loads(done.stdout)

    without = brief(SUMMARIZER_PATTERN_STORE="0")
    assert not list(tmp_path.glob("patterns-*.marshal"))
    filling = brief()
    assert len(list(tmp_path.glob("patterns-*.marshal"))) == 1
    assert brief() == filling == without


_KEYS = """
import hashlib
from summarizer.engines.offline import patternstore
from summarizer.engines.offline.lexicon import default_lexicon
default_lexicon().literals()
keys = sorted(repr(k) for k in patternstore.store()._readings)
print(len(keys), hashlib.sha256("\\n".join(keys).encode()).hexdigest())
"""


def test_the_engines_pattern_sources_are_the_same_in_every_process() -> None:
    """A pattern built from a set in hash order would be a new pattern in every process,
    parsed again at every start (a stored reading is found by its source)."""
    digests = set()
    for seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-c", _KEYS],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin", "SUMMARIZER_PATTERN_STORE": "0"},
        )
        count, digest = done.stdout.split()
        assert int(count) > 100  # the store saw the lexicon's patterns
        digests.add(digest)
    assert len(digests) == 1


def test_a_gzip_file_is_decompressed_once_then_read_from_its_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = PatternStore(tmp_path / "cache" / "patterns-x.marshal")
    monkeypatch.setattr(patternstore, "store", lambda: made)
    packed = tmp_path / "towns.tsv.gz"
    text = "".join(f"town {n}\tXX\t{n}\n" for n in range(5000)).encode()
    packed.write_bytes(gzip.compress(text))
    assert patternstore.unpacked(packed) == text
    copies = list((tmp_path / "cache").glob("towns-*.unpacked"))
    assert len(copies) == 1

    def refuse(data: bytes) -> bytes:
        raise AssertionError("decompressed again")

    monkeypatch.setattr(gzip, "decompress", refuse)
    assert patternstore.unpacked(packed) == text
    monkeypatch.undo()
    monkeypatch.setattr(patternstore, "store", lambda: made)
    copies[0].write_bytes(text[:-10])  # a copy cut short is not the file
    assert patternstore.unpacked(packed) == text
    packed.write_bytes(gzip.compress(text + b"new\t1\t2\n"))  # a new version replaces the old
    assert patternstore.unpacked(packed) == text + b"new\t1\t2\n"
    assert len(list((tmp_path / "cache").glob("towns-*.unpacked"))) == 1
    monkeypatch.setattr(patternstore, "store", lambda: PatternStore(None))
    assert patternstore.unpacked(packed) == text + b"new\t1\t2\n"


def test_another_versions_store_untouched_for_long_is_removed_on_save(tmp_path: Path) -> None:
    import os
    import time

    path = tmp_path / "patterns-mine.marshal"
    old = tmp_path / "patterns-old.marshal"
    recent = tmp_path / "patterns-recent.marshal"
    for other in (old, recent):
        other.write_bytes(b"x")
    long_ago = time.time() - (patternstore._STALE_DAYS + 1) * 86400
    os.utime(old, (long_ago, long_ago))
    store = PatternStore(path)
    store.compile("new", 0)
    store.save()
    assert path.exists() and recent.exists() and not old.exists()
