"""name_spans: capitalised runs looked up longest first, never overlapping."""

from __future__ import annotations

import re

from summarizer.engines.offline.scan import names
from summarizer.engines.offline.scan.names import name_spans

NAMES = {"New York": "NY", "York": "Y", "New": "N", "Kharkiv": "K", "Al-Bab": "B"}


def test_longest_name_first_and_no_overlap() -> None:
    text = "Troops left New York City for Kharkiv and Al-Bab."
    assert name_spans(text, NAMES.get) == [("NY", 12, 20), ("K", 30, 37), ("B", 42, 48)]
    assert name_spans("From York to New Kharkiv", NAMES.get) == [
        ("Y", 5, 9),
        ("N", 13, 16),
        ("K", 17, 24),
    ]


def test_max_words_bounds_the_names_tried() -> None:
    assert name_spans("New York", NAMES.get, max_words=1) == [("N", 0, 3), ("Y", 4, 8)]
    assert name_spans("Kharkiv", NAMES.get, max_words=0) == []


def test_known_words_skip_runs_whose_words_no_name_holds() -> None:
    known = frozenset({"new", "york"})
    assert name_spans("Kharkiv and New York", NAMES.get, known_words=known) == [("NY", 12, 20)]
    assert name_spans("Kharkiv", NAMES.get, known_words=known) == []


def test_the_capitalised_run_finder_matches_as_its_word_boundary_form() -> None:
    """The run finder leads with its capital (a look back after it stands for "\\b"), so re
    scans for capitals; it must find what "\\b" then the capital finds."""
    plain = re.compile(
        rf"\b{names.NAME_WORD}(?:[ -](?:{names.NAME_WORD}|(?:{names.PARTICLES})\b))*"
    )
    texts = [
        "Kabul's police said al-Qaeda fighters hit Bir al-Abed and Mosul.",
        "A",
        "xA Bb _Cc 9Dd éEe (Ff) 'Gg' ÉHh-Ii de Jj, O'Neil's; McDonald-Smith",
        "The U.S. and UN-backed forces in Port-au-Prince and Dar es Salaam",
    ]
    for text in texts:
        assert [m.span() for m in names._CAPITALISED.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
