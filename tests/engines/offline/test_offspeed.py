"""The speed paths give what the plain ways would: the gazetteer's search of its bytes,
the region index and trie fragments kept in the pattern store."""

from __future__ import annotations

import marshal
import random
import re
from bisect import bisect_left

import pytest

from summarizer.engines.offline import lexicon, patterns
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.patterns import trie_pattern
from summarizer.engines.offline.patternstore import compiled
from summarizer.engines.offline.scan import gazetteer
from summarizer.engines.offline.scan.places import PlaceRules, Region


def _plain(lines: list[str], key: str) -> str | None:
    """The first line of ``key``, by bisection of the lines as strings."""
    probe = key + "\t"
    at = bisect_left(lines, probe)
    return lines[at] if at < len(lines) and lines[at].startswith(probe) else None


@pytest.mark.parametrize("step", [1, 16, 64, 4096])
def test_the_gazetteer_s_byte_search_finds_what_bisection_of_its_lines_does(step: int) -> None:
    # names that share a first part, repeat (the first line is the most populous town),
    # hold non-ASCII letters, and fall on either side of the sparse index's lines
    random.seed(step)
    names = ["a", "ab", "abc", "abd", "b", "kabul", "kabul", "kabulistan", "zürich", "łódź"]
    letters = "abcé"
    names += ["".join(random.choices(letters, k=random.randint(1, 5))) for _ in range(300)]
    lines = sorted(f"{name}\t{name.title()}\tXX\t{i}\t" for i, name in enumerate(names))
    searched = gazetteer._Gazetteer("\n".join(lines).encode() + b"\n", step)
    probes = {n[: k + 1] for n in names for k in range(len(n))} | {n + "a" for n in names}
    for key in sorted(probes | {"", "zz", "\uffff"}):
        assert searched.line(key) == _plain(lines, key), key


def test_the_package_gazetteer_finds_its_first_last_and_shared_names() -> None:
    data = gazetteer._gazetteer()
    lines = data.data.decode().splitlines()
    for line in (lines[0], lines[len(lines) // 2], lines[-1]):
        assert data.line(line.split("\t")[0]) == _plain(lines, line.split("\t")[0])
    assert gazetteer._lookup(data, "kabul") is not None
    assert data.line("kabu") is None


def test_the_region_index_kept_in_the_store_is_the_one_read_from_iso() -> None:
    # PlaceRules keeps its region index in the pattern store (plain tuples): what a later
    # process rebuilds from them must be what reading ISO's subdivisions gives, in order
    rules = default_lexicon().rules(PlaceRules)
    index, noun_only = marshal.loads(marshal.dumps(rules._read_regions()))
    assert [(core, [Region(*r) for r in found]) for core, found in index] == list(
        rules.regions.items()
    )
    assert [(core, [(Region(*r), kind) for r, kind in found]) for core, found in noun_only] == list(
        rules.noun_only.items()
    )
    assert rules.regions["amhara"][0].country == "ET"


def test_a_trie_fragment_is_the_same_whatever_the_order_of_its_words() -> None:
    words = ["al-shabaab", "al-qaeda", "al", "boko haram", "isis", "is"]
    assert trie_pattern(words) == trie_pattern(reversed(words)) == patterns._trie(sorted(words))
    found = re.fullmatch(trie_pattern(words), "al-qaeda")
    assert found is not None and trie_pattern([]) == "(?!)"


def test_a_data_file_kept_in_the_store_reads_back_as_parsed() -> None:
    # the store keeps each parsed TOML file as marshal's plain values: every value and the
    # order of every table's keys must come back as tomllib gave them
    def shape(value: object) -> object:
        if isinstance(value, dict):
            return [(key, shape(item)) for key, item in value.items()]
        if isinstance(value, list):
            return [shape(item) for item in value]
        return (type(value).__name__, value)

    for path in sorted(lexicon.DATA_DIR.glob("*.toml")):
        raw = path.read_bytes()
        parsed = lexicon._parse(path, raw)
        assert shape(marshal.loads(marshal.dumps(parsed))) == shape(parsed), path.name
        assert shape(lexicon._parsed(path, raw)) == shape(parsed), path.name


def test_a_pattern_compiled_through_the_store_is_the_one_re_compiles() -> None:
    rules = default_lexicon().rules(PlaceRules)
    for pattern in (rules.the_capital, rules.locative_before, rules.region_noun_named):
        fresh = re.compile(pattern.pattern, pattern.flags)
        assert (pattern.flags, pattern.groupindex) == (fresh.flags, fresh.groupindex)
    source = r"\b(?P<n>\d+) (?i:killed)\b"
    text = "At least 12 KILLED, 3 killed"
    assert [m.span("n") for m in compiled(source).finditer(text)] == [
        m.span("n") for m in re.compile(source).finditer(text)
    ]
