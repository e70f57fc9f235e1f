"""The MUC-4 vocabulary overlays of the offline engine, and the learner's output as one.

Two overlay files (the engine's lexicon format, ``summarizer/engines/offline/data``) make the
engine's vocabulary for MUC-4, which ``summarizer eval muc4`` gives it unless
``--no-lexicon``:

- ``data/train_lexicon.json``: learned from train only by ``scripts/learn_muc4_lexicon.py``
  (its README says how): perpetrator groups, phrases and head nouns, weapons, target head
  nouns, the titles before victims' names and victims' first names;
- ``data/hand_written.toml``: written by hand: common first names, the corpus's words of
  violence, and the fallback cue for articles the engine's own cues miss.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from summarizer.engines.offline import Lexicon, LexiconError
from summarizer.evals.muc4.data import EXIT_MALFORMED, EXIT_UNREADABLE, SplitFileError

__all__ = ["DEFAULT_LEXICON", "HAND_WRITTEN", "compact_json", "load_lexicon", "overlay"]

_DATA = Path(__file__).resolve().parent / "data"
#: The overlay learned from MUC-4 train, shipped with the harness.
DEFAULT_LEXICON = _DATA / "train_lexicon.json"
#: The hand-written overlay, added to every learned one.
HAND_WRITTEN = _DATA / "hand_written.toml"

# Learned key -> (overlay's domain key, the entry's field holding the term).
_DOMAIN_LISTS = {
    "perpetrator_individuals": ("perpetrator_phrases", "phrase"),
    "weapons": ("weapon_terms", "term"),
    "target_heads": ("target_heads", "head"),
    "perpetrator_heads": ("perpetrator_heads", "head"),
    "victim_titles": ("name_titles", "title"),
    "given_names": ("given_names", "name"),
}


def overlay(learned: Mapping[str, Any], about: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The learner's lexicon (:func:`scripts.learn_muc4_lexicon.learn`) as an overlay:
    perpetrator groups as actors that are perpetrators wherever a sentence of violence
    names them, the rest as the domain's lists. Each entry's support (train documents
    where it is a gold filler, and that over the documents whose text holds it) goes to
    ``about.support``, which the engine does not read."""
    support: dict[str, dict[str, list[float]]] = {}
    actors = []
    for entry in learned.get("perpetrator_organisations", []):
        actors.append(
            {
                "name": str(entry["name"]),
                "kind": str(entry["kind"]),
                "aliases": [str(a) for a in entry["aliases"]],
                "perpetrator": True,
            }
        )
        support.setdefault("actors", {})[str(entry["name"])] = _support(entry)
    domain: dict[str, list[str]] = {}
    for key, (target, field) in _DOMAIN_LISTS.items():
        terms = domain.setdefault(target, [])
        for entry in learned.get(key, []):
            terms.append(str(entry[field]))
            support.setdefault(target, {})[str(entry[field])] = _support(entry)
    notes = {**(about or {}), "support": support}
    return {"about": notes, "actors": {"lexicon": actors}, "domain": domain}


def _support(entry: Mapping[str, Any]) -> list[float]:
    return [entry["documents"], *([entry["precision"]] if "precision" in entry else [])]


def load_lexicon(path: Path = DEFAULT_LEXICON) -> Lexicon:
    """The engine's lexicon with the learned overlay at ``path`` and :data:`HAND_WRITTEN`.

    Raises :class:`~summarizer.evals.muc4.data.SplitFileError`: exit code 5 when the file cannot be
    read, 6 when it is not an overlay."""
    try:
        path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise SplitFileError(
            f"{path}: cannot read the lexicon ({reason})", EXIT_UNREADABLE
        ) from None
    try:
        return Lexicon([path, HAND_WRITTEN])
    except LexiconError as exc:
        raise SplitFileError(str(exc), EXIT_MALFORMED) from None


def compact_json(data: Any, indent: int = 0) -> str:
    """JSON with one line per list entry or table row: small, and readable in a diff."""
    pad = " " * indent
    if isinstance(data, dict) and data:
        rows = [
            f"{pad} {json.dumps(k)}: {compact_json(v, indent + 1).lstrip()}"
            for k, v in data.items()
        ]
        return f"{pad}{{\n" + ",\n".join(rows) + f"\n{pad}}}" + ("\n" if not indent else "")
    if isinstance(data, list) and len(data) > 3 and all(isinstance(v, dict | str) for v in data):
        rows = [f"{pad}  {json.dumps(v, ensure_ascii=False)}" for v in data]
        return f"{pad}[\n" + ",\n".join(rows) + f"\n{pad}]"
    return pad + json.dumps(data, ensure_ascii=False)
