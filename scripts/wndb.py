"""Reading WordNet 3.0's plain-text database for the build scripts.

WordNet 3.0 (the Debian package ``wordnet-base``: ``apt-get install -y wordnet-base``) lies
in ``/usr/share/wordnet``; its format is wndb(5WN). The scripts that turn it into the
offline engine's data read it through this module (``build_verbs.py``, ``build_nouns.py``,
``build_gazetteer.py``); the engine itself never reads WordNet.

A data line (``data.noun``, ``data.verb``) is ``offset lexfile pos count word lex_id ...
pointer_count symbol offset pos source/target ... | gloss``: :func:`parse` reads one into a
:class:`Synset`. Lines starting with a space are the licence header.

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licensed under the
WordNet License (https://wordnet.princeton.edu/license-and-commercial-use).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

WORDNET = Path("/usr/share/wordnet")
#: The database's files are ASCII apart from a few Latin-1 words.
ENCODING = "latin-1"


class Synset(NamedTuple):
    """One synset: its offset, lexicographer file number (15 is noun.location), its words
    as written (underscores for spaces) and its pointers as (symbol, target offset, part of
    speech): "~" a hyponym, "~i" an instance, "@" a hypernym."""

    offset: str
    lexfile: int
    words: list[str]
    pointers: list[tuple[str, str, str]]


def parse(line: str) -> Synset:
    """One data line as a :class:`Synset` (the gloss after "|" left out)."""
    fields = line.split("|", 1)[0].split()
    count = int(fields[3], 16)
    words = [fields[4 + 2 * i] for i in range(count)]
    at = 4 + 2 * count
    pointers = [
        (fields[at + 1 + 4 * k], fields[at + 2 + 4 * k], fields[at + 3 + 4 * k])
        for k in range(int(fields[at]))
    ]
    return Synset(fields[0], int(fields[1]), words, pointers)


def synsets(pos: str) -> Iterator[Synset]:
    """Every synset of ``data.<pos>`` ("noun", "verb"), in file order."""
    with (WORDNET / f"data.{pos}").open(encoding=ENCODING) as handle:
        for line in handle:
            if not line.startswith(" "):
                yield parse(line)


def synset_at(pos: str, offset: str) -> Synset:
    """The synset at byte ``offset`` of ``data.<pos>``."""
    with (WORDNET / f"data.{pos}").open("rb") as handle:
        handle.seek(int(offset))
        return parse(handle.readline().decode(ENCODING))


def exception_lines(pos: str) -> Iterator[tuple[str, list[str]]]:
    """``<pos>.exc``'s irregular forms, each with its base forms ("tore" -> ["tear"])."""
    for line in (WORDNET / f"{pos}.exc").read_text(encoding=ENCODING).splitlines():
        form, *bases = line.split()
        yield form, bases


def exceptions(pos: str) -> dict[str, list[str]]:
    """Irregular forms by base form (``verb.exc``/``noun.exc``: "tear" -> ["tore", ...])."""
    out: dict[str, list[str]] = {}
    for form, bases in exception_lines(pos):
        for base in bases:
            out.setdefault(base, []).append(form)
    return out


def exists() -> bool:
    """Whether WordNet is installed here."""
    return (WORDNET / "data.noun").exists()
