"""A lexicon group bound to its own country.

Rule (``[[actors.homes]]`` in ``data/actors.toml``): a lexicon entry of one country's
group whose generic aliases other countries' groups share ("Maoists" names India's CPI
(Maoist) and Nepal's Maoist rebels alike) names that entry only where the incident is in
its home country, or where the article uses one of the entry's own aliases ("CPI (Maoist)",
"Naxalites"). Elsewhere ("Maoist rebels attacked a police post in western Nepal") the actor
is named with the fullest generic words the article uses ("Maoist rebels"), of the same kind.
"""

from __future__ import annotations

from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.resolve import Work
from summarizer.engines.offline.text import fold
from summarizer.schema import Actor

__all__ = ["HomeRules", "at_home"]


class HomeRules:
    """One lexicon's home countries of groups (``[[actors.homes]]``), by folded name."""

    def __init__(self, lexicon: Lexicon) -> None:
        aliases = {e["name"]: e["aliases"] for e in lexicon.section("actors")["lexicon"]}
        self.homes: dict[str, tuple[str, list[str], list[str]]] = {}
        for entry in lexicon.section("actors").get("homes", []):
            generic = sorted(entry["generic"], key=len, reverse=True)
            own = [a for a in aliases.get(entry["name"], []) if a not in generic]
            self.homes[fold(entry["name"])] = (fold(entry["country"]), generic, own)


def at_home(work: Work, actor: Actor, country: str | None) -> Actor:
    """``actor`` as the article may name it where the incident is (module docstring)."""
    home = work.lexicon.rules(HomeRules).homes.get(fold(actor.name))
    if home is None or country is None or fold(country) == home[0]:
        return actor
    text = " ".join(s.text for s in work.sentences)
    if any(alias in text for alias in home[2]):
        return actor  # "CPI (Maoist)": the article names the entry itself
    used = next((g for g in home[1] if g.lower() in text.lower()), None)
    return actor if used is None else Actor(name=used, kind=actor.kind)
