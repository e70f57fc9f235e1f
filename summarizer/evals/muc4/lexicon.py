"""The learned MUC-4 lexicon (``data/train_lexicon.json``) as the offline engine's domain lexicon.

The file is learned from train only by ``scripts/learn_muc4_lexicon.py`` (its README says
how); this module only reads it into a :class:`~summarizer.engines.offline.DomainLexicon`,
which ``summarizer eval muc4`` hands to the offline engine it scores.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from summarizer.engines.offline import DomainLexicon
from summarizer.engines.offline.actors import LexiconEntry
from summarizer.evals.muc4.data import EXIT_MALFORMED, EXIT_UNREADABLE, SplitFileError
from summarizer.schema import ActorKind

__all__ = ["DEFAULT_LEXICON", "GIVEN_NAMES", "common_given_names", "domain_lexicon", "load_lexicon"]

#: The lexicon learned from MUC-4 train, shipped with the harness.
DEFAULT_LEXICON = Path(__file__).resolve().parent / "data" / "train_lexicon.json"
#: Common first names, written by hand (not learned): added to every loaded lexicon's.
GIVEN_NAMES = Path(__file__).resolve().parent / "data" / "given_names.txt"


def common_given_names(path: Path = GIVEN_NAMES) -> frozenset[str]:
    """The hand-written first names: one per line, ``#`` starts a comment."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and line[0] != "#")


def domain_lexicon(
    data: dict[str, Any], given_names: frozenset[str] = frozenset()
) -> DomainLexicon:
    """A learned lexicon (the JSON object the learner writes) as a domain lexicon, its
    first names joined by ``given_names``."""
    organisations = tuple(
        LexiconEntry(str(e["name"]), ActorKind(e["kind"]), tuple(str(a) for a in e["aliases"]))
        for e in data.get("perpetrator_organisations", [])
    )
    return DomainLexicon(
        organisations=organisations,
        individuals=tuple(str(e["phrase"]) for e in data.get("perpetrator_individuals", [])),
        weapons=tuple(str(e["term"]) for e in data.get("weapons", [])),
        perpetrator_heads=frozenset(str(e["head"]) for e in data.get("perpetrator_heads", [])),
        target_heads=frozenset(str(e["head"]) for e in data.get("target_heads", [])),
        titles=frozenset(str(e["title"]) for e in data.get("victim_titles", [])),
        given_names=given_names
        | frozenset(str(e["name"]) for e in data.get("given_names", [])),
    )


def load_lexicon(path: Path = DEFAULT_LEXICON) -> DomainLexicon:
    """The domain lexicon in the learned-lexicon file at ``path``, with the hand-written
    first names of :data:`GIVEN_NAMES`.

    Raises :class:`~summarizer.evals.muc4.data.SplitFileError`: exit code 5 when the file cannot be
    read, 6 when it is not a learned lexicon."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise SplitFileError(f"{path}: cannot read the lexicon ({exc})", EXIT_UNREADABLE) from None
    except json.JSONDecodeError as exc:
        raise SplitFileError(f"{path}: not JSON ({exc.msg})", EXIT_MALFORMED) from None
    try:
        return domain_lexicon(data, common_given_names())
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise SplitFileError(
            f"{path}: not a learned lexicon ({type(exc).__name__}: {exc})", EXIT_MALFORMED
        ) from None
