"""Weapons named in a sentence, as the plain nouns a brief uses (``data/weapons.toml``).

A mention also says how the sentence tells of it (``[weapons.context]``): likened to or
mistaken for a weapon ("mistook the bursts for fireworks", "what looked like suicide
vests"), part of a name ("the Bureau of Alcohol, Tobacco, Firearms and Explosives", "the
Royal Artillery Barracks"), a word for people or a scare ("bomb technicians", "a bomb
threat"), found elsewhere rather than used ("19 guns were found at his home", "his flat was
found rigged with explosives"; not "an unexploded grenade", nor a rifle "recovered at the
scene"), or the police's or troops' who answered ("armed officers shot all three dead", "shot dead by police"), or another act's
than the incident's: another time's, a plan's, or arms given up ("weeks earlier its troops
had killed dozens with artillery", "would step up its air strikes", "handing over their
rifles"). What a crowd watches is no weapon ("watching the fireworks"), nor a craft that
carried, searched or watched ("the wounded were flown out by helicopter", "officers used a
drone to search the area").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.engines.offline.branches import Branches
from summarizer.engines.offline.lexicon import Lexicon

__all__ = ["WeaponMention", "WeaponRules", "find_weapons"]

#: How many characters around a mention its context is read from.
_WINDOW = 80


@dataclass(frozen=True)
class WeaponMention:
    """A weapon at an offset: the noun a brief uses for it, its rank in the table, and how
    the sentence tells of it (module docstring)."""

    name: str
    rank: int
    start: int
    end: int
    aside: bool = False  # likened to a weapon, or part of a name: no weapon at all
    found: bool = False  # found, seized or recovered
    responder: bool = False  # the police's or troops' who answered
    other_act: bool = False  # another time's, a plan's, or given up


class WeaponRules:
    """One lexicon's weapon table, compiled into one alternation (:class:`~.branches.Branches`):
    a named group per weapon, run on a sentence as the groups whose words it holds."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("weapons")
        self.names: list[str] = [str(w["name"]) for w in section["names"]]
        self.pattern = Branches(
            r"(?<!\w)",
            [(f"w{i}", str(w["pattern"])) for i, w in enumerate(section["names"])],
            re.IGNORECASE,
        )
        # a weapon named as the text writes it: "van" for a van driven into a crowd
        self.forms: dict[int, tuple[re.Pattern[str], dict[str, str]]] = {}  # by rank
        for i, w in enumerate(section["names"]):
            forms = {k.lower(): v for k, v in w.get("forms", {}).items()}
            if forms:
                keys = "|".join(re.escape(k) for k in sorted(forms, key=len, reverse=True))
                self.forms[i] = (re.compile(rf"\b(?:{keys})\b", re.IGNORECASE), forms)
        self.generic = {k: frozenset(v) for k, v in section["generic"].items()}
        # the words that make a weapon a kind of it, right before its noun ("assault rifle")
        self.kinds = {
            head: re.compile(rf"(?<![\w-])({'|'.join(map(re.escape, words))})\s+$", re.I)
            for head, words in section["kinds"].items()
        }
        self.kind_words = {
            h: frozenset(w.lower() for w in ws) for h, ws in section["kinds"].items()
        }
        # the kit of the police or troops who answered an attack ("holding him at baton point")
        self.kit = frozenset(section["kit"])
        self.max = int(section["max"])
        context = section["context"]
        self.likened = re.compile(f"(?:{context['likened']})$", re.IGNORECASE)
        self.in_name = re.compile(f"(?:{context['in_name']})$")
        self.name_after = re.compile(context["name_after"])
        self.not_used_after = re.compile(context["not_used_after"], re.I)
        self.found_before = re.compile(f"(?:{context['found_before']})$", re.IGNORECASE)
        self.found_after = re.compile(context["found_after"], re.IGNORECASE)
        self.found_where = re.compile(context["found_where"], re.IGNORECASE)
        self.unexploded = re.compile(f"(?:{context['unexploded']})$", re.IGNORECASE)
        self.responder_before = re.compile(f"(?:{context['responder_before']})$", re.IGNORECASE)
        self.responder_after = re.compile(context["responder_after"], re.IGNORECASE)
        self.other_act = re.compile(context["other_act"], re.IGNORECASE)
        self.spectacle = re.compile(f"(?:{context['spectacle']})$", re.IGNORECASE)
        self.spectacle_names = frozenset(context["spectacle_names"])
        self.craft_names = frozenset(context["craft_names"])
        self.craft_before = re.compile(f"(?:{context['craft_before']})$", re.IGNORECASE)
        self.craft_after = re.compile(context["craft_after"], re.IGNORECASE)

    def name_of(self, rank: int, written: str) -> str:
        """The brief's noun for weapon ``rank`` written as ``written``: the last form the
        table lists for it that the text uses, else the weapon's name."""
        if rank not in self.forms:
            return self.names[rank]
        pattern, forms = self.forms[rank]
        words = [m.group(0).lower() for m in pattern.finditer(written)]
        return forms[words[-1]] if words else self.names[rank]

    def kind_of(self, name: str, before: str) -> str:
        """``name`` as the kind the words right before it make it ("assault" before
        "rifles": "assault rifle"), else ``name``."""
        kind = self.kinds.get(name)
        words = kind.search(before) if kind else None
        return f"{words.group(1).lower()} {name}" if words else name

    def head_of(self, name: str) -> str | None:
        """The weapon ``name`` is a kind of ("assault rifle": "rifle"), if any."""
        kind, _, head = name.rpartition(" ")
        return head if kind in self.kind_words.get(head, ()) else None


def find_weapons(text: str, lexicon: Lexicon, folded: str | None = None) -> list[WeaponMention]:
    """Every weapon named in ``text``, leftmost first."""
    rules = lexicon.rules(WeaponRules)
    folded = lexicon.fold(text) if folded is None else folded
    found = []
    for match in rules.pattern.finditer(text, folded):
        rank = int(str(match.lastgroup)[1:])
        start, end = match.start(), match.end()
        before = text[max(0, start - _WINDOW) : start]
        after = text[end : end + _WINDOW]
        written = text[start:end]
        aside = bool(rules.likened.search(before) or rules.not_used_after.match(after)) or (
            written[:1].isupper()
            and bool(rules.in_name.search(before) or rules.name_after.match(after))
        )
        seized = (
            not rules.unexploded.search(before)
            and bool(rules.found_before.search(before) or rules.found_after.match(after))
            and bool(rules.found_where.search(before) or rules.found_where.search(after))
        )
        answered = bool(rules.responder_before.search(before) or rules.responder_after.match(after))
        name = rules.kind_of(rules.name_of(rank, written), before)
        if name in rules.spectacle_names and rules.spectacle.search(before):
            aside = True  # "a crowd watching the fireworks"
        if name in rules.craft_names and (
            rules.craft_before.search(before) or rules.craft_after.match(after)
        ):
            aside = True  # "flown to hospital in helicopters", "used a drone to search"
        other = bool(rules.other_act.search(before))
        found.append(WeaponMention(name, rank, start, end, aside, seized, answered, other))
    return found
