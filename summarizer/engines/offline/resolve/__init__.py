"""Resolvers: one per field of a brief, each reading the :class:`~..document.Document`.

Each module states its rule in its docstring. They share a :class:`Work`: the document,
the sentences about the main incident, and the evidence each field cites.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from summarizer.engines.offline.document import Document, Sentence
from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.text import fold
from summarizer.schema import ActorKind, EventType

__all__ = ["NON_STATE", "VIOLENT", "Work"]

#: The event types of violence (fights, explosions, violence against civilians): the ones
#: that have doers, victims, weapons and tolls.
VIOLENT = frozenset(
    {EventType.battles, EventType.explosions_remote_violence, EventType.violence_against_civilians}
)
#: The kinds of armed actor that are no state's.
NON_STATE = frozenset(
    {ActorKind.rebel_group, ActorKind.militia, ActorKind.terrorist_group, ActorKind.criminal_group}
)


@dataclass
class Work:
    """The state a brief is resolved in: its document, main sentences and evidence."""

    doc: Document
    main: list[Sentence]
    evidence: dict[str, list[Sentence]] = field(default_factory=dict)
    #: Where a main sentence tells an incident other than the main one (its index: the
    #: offset that incident's words start at), as the related-incidents resolver found it
    #: ("Three days earlier, gunmen killed 22 ..."): no toll or casualty of the main one.
    elsewhere: dict[int, int] = field(default_factory=dict)

    @property
    def lexicon(self) -> Lexicon:
        return self.doc.lexicon

    def told_elsewhere(self, sentence: Sentence) -> int | None:
        """Where main ``sentence`` starts telling of another time or incident: its time
        cues' ("..., a day after ...") or the related-incidents resolver's (:attr:`elsewhere`)."""
        found = (sentence.time_cues.elsewhere, self.elsewhere.get(sentence.index))
        return min((at for at in found if at is not None), default=None)

    @property
    def sentences(self) -> list[Sentence]:
        return self.doc.sentences

    @property
    def lead_count(self) -> int:
        """How many sentences make the lead (``[document].lead_sentences``)."""
        return int(self.lexicon.section("document")["lead_sentences"])

    @cached_property
    def surnames(self) -> frozenset[str]:
        """The last names (folded) of the people the main sentences name in full: "the
        murder of Joaquim Tavares Lima ... fired at Lima" names a man, not Peru's capital."""
        return frozenset(
            fold(person.name.split()[-1])
            for sentence in self.main
            for person in sentence.people
            if " " in person.name
        )

    def is_surname(self, written: str) -> bool:
        """Whether ``written`` (a place name as the text has it) is the last name of a person
        the main sentences name in full (:attr:`surnames`)."""
        return fold(written) in self.surnames

    def cite(self, name: str, sentence: Sentence) -> None:
        """Record ``sentence`` as evidence for the field ``name`` (once)."""
        cited = self.evidence.setdefault(name, [])
        if sentence not in cited:
            cited.append(sentence)
