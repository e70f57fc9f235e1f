"""The schema of the vocabulary files (``data/*.toml`` and overlays), and its checker.

A schema node is a Python type (``str``, ``float``, ``int``, ``bool``), :class:`ListOf`,
:class:`MapOf` (free keys), :class:`Table` (named keys; optional ones end in ``?``),
:class:`Choice` (a value from a fixed set) or :class:`Either` (the first node that fits).
The package's own files must give every key that is not optional; an overlay may give any
part of a section, but each entry it adds to a list (an actor, a rule) must be whole.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from summarizer.schema import ActorKind, CasualtyStatus, SubEventType

__all__ = [
    "SCHEMA",
    "Anything",
    "Choice",
    "Either",
    "ListOf",
    "MapOf",
    "SchemaError",
    "Table",
    "validate",
]


class SchemaError(ValueError):
    """A vocabulary file does not fit the schema: the message names the key."""


@dataclass(frozen=True)
class ListOf:
    item: Any


@dataclass(frozen=True)
class MapOf:
    value: Any


@dataclass(frozen=True)
class Choice:
    values: frozenset[str]


class Anything:
    """Any value: notes a file keeps for its readers (``about``), which the engine ignores."""


@dataclass(frozen=True)
class Either:
    options: tuple[Any, ...]


class Table:
    """Named keys; a key written ``name?`` is optional."""

    def __init__(self, **fields: Any) -> None:
        self.fields = {k.rstrip("_").removesuffix("?"): v for k, v in fields.items()}
        self.optional = frozenset(k.rstrip("_").removesuffix("?") for k in fields if "?" in k)

    @classmethod
    def of(cls, fields: Mapping[str, Any]) -> Table:
        """A table from a mapping (keys may hold characters a keyword cannot)."""
        return cls(**dict(fields))


_NAMES = {int: "a whole number", float: "a number", str: "a string", bool: "true or false"}


def _describe(node: Any) -> str:
    if isinstance(node, type):
        return _NAMES[node]
    if isinstance(node, ListOf):
        return f"a list of {_describe(node.item).removeprefix('a ').removeprefix('an ')}s"
    if isinstance(node, Choice):
        return "one of " + ", ".join(sorted(node.values))
    if isinstance(node, Either):
        return " or ".join(_describe(o) for o in node.options)
    return "a table"


def validate(data: Any, node: Any, base: bool, path: str = "", in_list: bool = False) -> None:
    """Raise :class:`SchemaError` unless ``data`` fits ``node``. ``base``: the package's own
    files, which give every required key; otherwise an overlay, whose sections and tables may
    be partial, but whose list entries (``in_list``) must be whole."""
    where = path or "the file"
    if isinstance(node, Anything):
        return
    if isinstance(node, type):
        ok = isinstance(data, node) and not (node is not bool and isinstance(data, bool))
        if node is float and isinstance(data, int) and not isinstance(data, bool):
            ok = True
        if not ok:
            raise SchemaError(f"{where}: expected {_describe(node)}, got {data!r:.40}")
    elif isinstance(node, Choice):
        if data not in node.values:
            raise SchemaError(f"{where}: {data!r:.40} is not {_describe(node)}")
    elif isinstance(node, Either):
        for option in node.options:
            try:
                validate(data, option, base, path, in_list)
            except SchemaError:
                continue
            return
        raise SchemaError(f"{where}: expected {_describe(node)}")
    elif isinstance(node, ListOf):
        if not isinstance(data, list):
            raise SchemaError(f"{where}: expected {_describe(node)}")
        for i, item in enumerate(data):
            validate(item, node.item, base, f"{path}[{i}]", in_list=True)
    elif isinstance(node, MapOf):
        if not isinstance(data, dict):
            raise SchemaError(f"{where}: expected a table")
        for key, value in data.items():
            validate(value, node.value, base, f"{path}.{key}" if path else key, in_list)
    elif isinstance(node, Table):
        if not isinstance(data, dict):
            raise SchemaError(f"{where}: expected a table")
        for key, value in data.items():
            if key not in node.fields:
                known = ", ".join(sorted(node.fields))
                raise SchemaError(f"{where}: unknown key {key!r} (known: {known:.300})")
            validate(value, node.fields[key], base, f"{path}.{key}" if path else key, in_list)
        if base or in_list:
            missing = [k for k in node.fields if k not in node.optional and k not in data]
            if missing:
                raise SchemaError(f"{where}: missing key {missing[0]!r}")
    else:  # pragma: no cover - a mistake in the schema itself
        raise TypeError(f"unknown schema node {node!r}")


Words = ListOf(str)
Pattern = str
Fragments = MapOf(Either((str, ListOf(str))))
SubEvent = Choice(frozenset(s.value for s in SubEventType))
Kind = Choice(frozenset(k.value for k in ActorKind))
Status = Choice(frozenset(s.value for s in CasualtyStatus))
_DATE_KINDS = ("iso", "mdy", "dmy", "my", "md", "dm", "weekday", "relative")

_RULE = Table(
    role=Choice(frozenset({"perpetrator", "target"})),
    side=Choice(frozenset({"before", "after"})),
    pattern=str,
    **{"ignore_case?": bool},
)

#: The schema of the vocabulary: every section, key and entry.
SCHEMA = Table(
    # Free-form notes about the file (its source, how it was made); not read by the engine.
    **{"about?": Anything()},
    document=Table(lead_sentences=int, force_words=Words, issuer_words=Words),
    events=Table(
        violence=Words,
        figurative=Words,
        negation=Pattern,
        vote=Table(
            title=float,
            first=float,
            lead=float,
            rest=float,
            max_sentences=int,
            generic_factor=float,
            generic=ListOf(SubEvent),
            not_when_killed=ListOf(SubEvent),
            in_protest=ListOf(SubEvent),
            threshold=float,
        ),
        sets=MapOf(Words),
        rules=ListOf(
            Table(sub_event_type=SubEvent, cues=Words, **{"context?": Words, "unless?": Words})
        ),
    ),
    dates=Table(
        months=MapOf(int),
        weekdays=MapOf(int),
        relative=Table(
            day_before=Words,
            same_day=Words,
            week_before=Words,
            same_month=Words,
            month_before=Words,
        ),
        fragments=Fragments,
        patterns=ListOf(
            Table(kind=Choice(frozenset(_DATE_KINDS)), pattern=Pattern, **{"ignore_case?": bool})
        ),
        background=Table(
            cues=Words,
            cumulative=Words,
            period_opening=Pattern,
            speech_before=Pattern,
            same_episode_days=int,
            cumulative_from=int,
            date_sentences=int,
        ),
    ),
    places=Table(
        region_generic=Words,
        articles=Words,
        common_words=Words,
        city_stopwords=Words,
        place_nouns=Words,
        bare_place_nouns=Words,
        named_with_noun=Words,
        apposition_nouns=Words,
        spot_before=Words,
        spot_after=Words,
        sea=Pattern,
        elsewhere_before=Words,
        kinds=MapOf(float),
        not_places=Words,
        dateline=Pattern,
        locative_before=Words,
        agent_after=Words,
        region_nouns=Words,
        weights=MapOf(float),
        countries=MapOf(Words),
        demonyms=MapOf(Words),
        region_aliases=MapOf(Words),
        province_countries=Words,
        admin1_clean=Table(prefixes=Words),
        admin1_names=MapOf(str),
        **{
            "towns?": ListOf(
                Table(
                    name=str,
                    country=str,
                    **{"aliases?": Words, "population?": int, "admin1?": str},
                )
            )
        },
    ),
    actors=Table(
        context=Table(
            perpetrator_before=Pattern,
            perpetrator_after=Pattern,
            perpetrator_noun_after=Pattern,
            target_before=Pattern,
            target_after=Pattern,
            target_noun_before=Pattern,
        ),
        resolve=Table(
            unknown_doer=Words,
            arrest_after=Pattern,
            max=int,
            vague_crowd=Words,
            crowd_words=Words,
            forces=Words,
            vessel_prefixes=Words,
            vessel_heads=Words,
        ),
        lexicon=ListOf(Table(name=str, kind=Kind, aliases=Words, **{"perpetrator?": bool})),
    ),
    roles=Table(
        window=int,
        facilities=Words,
        not_descriptions=Words,
        leading=Words,
        force_heads=Words,
        anaphoric=Words,
        armed=Words,
        one_person=Words,
        units=Words,
        police=Words,
        members=Words,
        forces=Words,
        demonym_endings=Words,
        named_doers=Words,
        group_types=Table(**{f"{kind.value}?": Words for kind in ActorKind}),
        group_connectors=Words,
        peoples=Words,
        state_words=Words,
        insurgent_words=Words,
        leading_capitals=Words,
        heads=Table(**{f"{kind.value}?": Words for kind in ActorKind}),
        fragments=Fragments,
        rules=ListOf(_RULE),
    ),
    casualties=Table(
        part_of=Pattern,
        part_after=Pattern,
        time_after=Pattern,
        max_count=int,
        none=Table(
            killed=Pattern,
            injured=Pattern,
            no_deaths=Pattern,
            no_one_hurt=Pattern,
            killed_words=Words,
            injured_words=Words,
        ),
        fragments=Fragments,
        patterns=ListOf(Table(kind=Choice(frozenset({"killed", "injured"})), pattern=Pattern)),
    ),
    weapons=Table(
        max=int,
        generic=MapOf(Words),
        names=ListOf(Table(name=str, pattern=Pattern)),
    ),
    people=Table(
        name=Pattern,
        particles=Words,
        list_joiners=Words,
        surname_letters=int,
        not_name_words=Words,
        titles=Words,
        roles=Words,
        frames=Words,
        after=Pattern,
        spoke_after=Pattern,
        status=ListOf(Table(status=Status, cues=Words)),
        max=int,
    ),
    claims=Table(
        speech_verbs=Words,
        stance_verbs=Words,
        inverted_verbs=Words,
        function_start=Words,
        trailing_aux=Words,
        leading=Words,
        documents=Words,
        claim_nouns=Words,
        postmodifiers=Words,
        issued_by=Words,
        circumstance=Words,
        speaker_nouns=Words,
        agent_suffixes=Words,
        generic_words=Words,
        max=int,
        fold=int,
        weights=Table(substance=int, institution=int, first_person=int, vague_speaker=int),
        cues=Table(
            substance=Words,
            institution=Words,
            figures=Words,
            first_person=Words,
            vague_speakers=Words,
            anaphors=Words,
            armed_anaphors=Words,
        ),
    ),
    summary=Table(
        stop_words=Words,
        figures=Words,
        attribution=Words,
        banners=Words,
        author=Words,
        pool=int,
        fragment_words=int,
        weights=MapOf(float),
        headlines=Table(**{sub.value: str for sub in SubEventType}),
    ),
    genres=Table(
        title_weight=int,
        kinds=ListOf(
            Table(
                name=str,
                label=str,
                policy=Choice(frozenset({"none", "about", "release", "live", "normal"})),
                threshold=int,
                cues=Words,
                **{
                    "title?": Words,
                    "summary?": Table(
                        **{"cues?": Words, "weight?": float, "conclusion?": bool, "figures?": bool}
                    ),
                },
            )
        ),
    ),
    domain=Table(
        perpetrator_phrases=Words,
        weapon_terms=Words,
        perpetrator_heads=Words,
        target_heads=Words,
        name_titles=Words,
        given_names=Words,
        violence=Words,
        fallback_cue=bool,
        grammar=Table(
            not_modifiers=Words,
            verbs=Words,
            common=Words,
            joiners=Words,
            institutions=Words,
            damage=Words,
            violent=Words,
            explosion=Words,
            doer_verbs=Words,
            speech_verbs=Words,
            group_heads=Words,
            max_modifiers=int,
            max_name_words=int,
            status=Table(killed=Words, abducted=Words, injured=Words),
        ),
    ),
)
