"""Build the offline engine's broad noun classes from WordNet 3.0.

    apt-get install -y wordnet-base && python scripts/build_nouns.py

Reads WordNet's plain-text noun database (``/usr/share/wordnet/data.noun``, ``index.noun``,
``noun.exc``; format: wndb(5WN)) and writes
``summarizer/engines/offline/data/nouns.tsv``: one line per word form, as
``word<TAB>class``, sorted, under a header naming WordNet 3.0 and its licence. The engine
reads the file at run time; WordNet itself is never needed there.

Classes (each the hyponym closure, instances included, of the root synsets below):

- ``site``: a building, facility or structure something can be aimed at (structure,
  facility, establishment, workplace, place of worship, marketplace, residence:
  "mosque", "cathedral", "museum", "exchange", "depot", "embassy"), singular and plural;
- ``people``: a person named by faith, people, status or what they do (the noun.person
  hyponyms of person, and the plural member nouns of peoples: "Jews", "Muslims",
  "villagers", "inmates", "pilgrims", "worshippers"), PLURAL forms only (a plural names a
  group hit; a singular "man" names no target by itself);
- ``force``: a military unit or force or one serving in one, and police ("garrison",
  "battalion", "troops", "policemen"), singular and plural.

A word is kept in a class only when one of its first two senses (WordNet's order, most
frequent first; for ``force`` the first: "man" is a soldier only third) lies in the class,
so a word whose common meaning is something else ("bank" the slope, "place") stays out;
``force`` wins over ``people`` (a soldier is a person too). Multi-word lemmas are written
with spaces ("post office", "town hall").

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Its licence lets
anyone use, copy, modify and distribute it with this notice; see
https://wordnet.princeton.edu/license-and-commercial-use (quoted in the data file).
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from wndb import ENCODING, WORDNET, exception_lines, synsets

OUT = Path(__file__).resolve().parent.parent / "summarizer/engines/offline/data/nouns.tsv"

# Root synsets (WordNet 3.0 noun offsets) of each class.
ROOTS = {
    "site": {
        "04341686": "structure, construction",
        "03315023": "facility, installation",
        "03297735": "establishment (a structure for business or residence)",
        "04602044": "workplace, work",
        "03953416": "place of worship, house of prayer",
        "03722288": "marketplace, market place, mart, market",
        "04079244": "residence (an address at which you dwell)",
        "03800563": "museum",
        "02993546": "center, centre (a building dedicated to a particular activity)",
    },
    "people": {
        "00007846": "person, individual, someone, somebody, mortal, soul",
        "07942152": "people (any group of human beings)",
        "07967382": "ethnic group, ethnos",
    },
    "force": {
        "08198398": "military unit, military force, military group, force",
        "08397255": "military personnel, soldiery, troops",
        "10582746": "serviceman, military man, man, military personnel",
        "08209687": "police, police force, constabulary, law",
        "10249459": "lawman, law officer, peace officer",
    },
}
# Lexicographer files a class's members must come from (a building is an artifact; a
# people's member a person or group).
LEXFILES = {"site": {6}, "people": {18, 14}, "force": {14, 18}}
PRECEDENCE = ("force", "site", "people")  # a soldier is a person; a barracks a structure
# British spellings of American lemmas, as news writes them ("shopping centre").
SPELLINGS = (("center", "centre"), ("theater", "theatre"), ("harbor", "harbour"))
# Words for anyone, which name no group hit ("victims", "persons"): left out.
GENERIC = {"victim", "casualty", "person", "individual", "people", "other", "someone", "adult"}
_WORD = re.compile(r"^[a-z][a-z' -]*[a-z]$")

LICENCE = """\
# WordNet Release 3.0. This software and database is being provided to you, the LICENSEE,
# by Princeton University under the following license. By obtaining, using and/or copying
# this software and database, you agree that you have read, understood, and will comply
# with these terms and conditions.: Permission to use, copy, modify and distribute this
# software and database and its documentation for any purpose and without fee or royalty
# is hereby granted, provided that you agree to comply with the following copyright notice
# and statements, including the disclaimer, and that the same appear on ALL copies of the
# software, database and documentation, including modifications that you make for
# internal use or for distribution. WordNet 3.0 Copyright 2006 by Princeton University.
# All rights reserved. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON
# UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of
# Princeton University or Princeton may not be used in advertising or publicity
# pertaining to distribution of the software and/or database.
"""


def _synsets() -> tuple[dict[str, list[str]], dict[str, int], dict[str, list[str]]]:
    """Each noun synset's hyponyms (incl. instances), lexicographer file and words."""
    hyponyms: dict[str, list[str]] = defaultdict(list)
    lexfile: dict[str, int] = {}
    words: dict[str, list[str]] = {}
    for synset in synsets("noun"):
        lexfile[synset.offset] = synset.lexfile
        words[synset.offset] = [w.lower() for w in synset.words]
        for symbol, target, pos in synset.pointers:
            if symbol in ("~", "~i") and pos == "n":
                hyponyms[synset.offset].append(target)
    return hyponyms, lexfile, words


def _senses() -> dict[str, list[str]]:
    """Each noun lemma's synsets, most frequent first (index.noun)."""
    senses: dict[str, list[str]] = {}
    for line in (WORDNET / "index.noun").read_text(encoding=ENCODING).splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        count = int(fields[2])
        senses[fields[0]] = fields[-count:]
    return senses


def _plurals(word: str, irregular: dict[str, list[str]]) -> list[str]:
    """The plural forms of a lemma: WordNet's exceptions, else the regular ones."""
    if word in irregular:
        return irregular[word]
    head, _, last = word.rpartition(" ")
    prefix = head + " " if head else ""
    if last.endswith("man"):
        return [prefix + last[:-3] + "men"]
    if last.endswith(("s", "x", "z", "ch", "sh")):
        return [prefix + last + "es"]
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        return [prefix + last[:-1] + "ies"]
    return [prefix + last + "s"]


def build() -> dict[str, str]:
    hyponyms, lexfile, words = _synsets()
    senses = _senses()
    irregular: dict[str, list[str]] = defaultdict(list)
    for plural, (lemma, *_) in exception_lines("noun"):
        irregular[lemma.replace("_", " ")].append(plural.replace("_", " "))
    members: dict[str, set[str]] = {}
    for name, roots in ROOTS.items():
        seen: set[str] = set()
        todo = list(roots)
        while todo:
            offset = todo.pop()
            if offset in seen:
                continue
            seen.add(offset)
            todo.extend(hyponyms.get(offset, []))
        members[name] = {o for o in seen if lexfile[o] in LEXFILES[name]}
    out: dict[str, str] = {}
    for name in reversed(PRECEDENCE):  # the first in PRECEDENCE writes last and wins
        for offset in members[name]:
            for lemma in words[offset]:
                first = senses.get(lemma, [])[: 1 if name == "force" else 2]
                if not any(o in members[name] for o in first):
                    continue
                word = re.sub(r"\(.*\)$", "", lemma).replace("_", " ")
                if not _WORD.match(word) or word in GENERIC:
                    continue
                forms = _plurals(word, irregular) if name == "people" else [word]
                if name == "force":
                    forms = [word, *_plurals(word, irregular)]
                if name == "site":
                    forms = [word, *_plurals(word, irregular)]
                for form in forms:
                    out[form] = name
                    for american, british in SPELLINGS:  # "shopping centre"
                        if american in form:
                            out[form.replace(american, british)] = name
    return out


def main() -> None:
    nouns = build()
    header = (
        "# Broad noun classes (word<TAB>class: site, people, force), built by\n"
        "# scripts/build_nouns.py from WordNet 3.0 (Princeton University; Debian package\n"
        "# wordnet-base). Regenerate with that script; do not edit by hand.\n" + LICENCE
    )
    lines = [f"{word}\t{name}" for word, name in sorted(nouns.items())]
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    counts = {n: sum(1 for v in nouns.values() if v == n) for n in ROOTS}
    print(f"wrote {OUT} ({counts})")


if __name__ == "__main__":
    main()
