"""The day an opening such as "Three days earlier" or "About two hours later" puts an
incident told beside the main one on: the main date moved by the days it counts
(``[related].shift``), for :mod:`.related`."""

from __future__ import annotations

import re
from datetime import date, timedelta

from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.numbers import parse_number

__all__ = ["shifted"]


def shifted(lexicon: Lexicon, main: str, opener: str) -> str:
    """The main date moved by the days an opening counts ("Three days earlier": three days
    before it); the main date itself when it counts none or is no day."""
    if len(main) != 10:
        return main
    for pattern in lexicon.rules(_shifts):
        found = pattern.search(opener)
        if found is None:
            continue
        groups = found.groupdict()
        days = parse_number(groups["n"]) if groups.get("n") else 1
        if days is None:
            return main
        sign = 1 if groups.get("dir") == "later" else -1
        return (date.fromisoformat(main) + timedelta(days=sign * days)).isoformat()
    return main


def _shifts(lexicon: Lexicon) -> list[re.Pattern[str]]:
    """The ``[related].shift`` patterns: a count of days before or after the main date."""
    return [re.compile(p, re.IGNORECASE) for p in lexicon.section("related")["shift"]]
