"""The schema of the vocabulary files (``data/*.toml`` and overlays); the checker is :mod:`._schemacheck`.

A schema node is a Python type (``str``, ``float``, ``int``, ``bool``), :class:`ListOf`,
:class:`MapOf` (free keys), :class:`Table` (named keys; optional ones end in ``?``),
:class:`Choice` (a value from a fixed set) or :class:`Either` (the first node that fits).
The package's own files must give every key that is not optional; an overlay may give any
part of a section, but each entry it adds to a list (an actor, a rule) must be whole.
"""

from __future__ import annotations

from summarizer.engines.offline._schemacheck import (
    Anything,
    Choice,
    Either,
    ListOf,
    MapOf,
    SchemaError,
    Table,
    validate,
)
from summarizer.engines.offline._schemaparts import (
    ACTORS,
    CASUALTIES,
    PEOPLE,
    ROLES,
    WEAPONS,
    Fragments,
    Pattern,
    SubEvent,
    Words,
)
from summarizer.schema import EventType, SubEventType

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

_DATE_KINDS = ("iso", "mdy", "dmy", "my", "md", "dm", "m", "holiday", "weekday", "relative")


#: The schema of the vocabulary: every section, key and entry.
SCHEMA = Table(
    # Free-form notes about the file (its source, how it was made); not read by the engine.
    **{"about?": Anything()},
    document=Table(
        lead_sentences=int, force_words=Words, issuer_words=Words, **{"masthead_lines?": Words}
    ),
    events=Table(
        violence=Words,
        outcome=Words,
        figurative=Words,
        political=Words,
        sport=Words,
        negation=Pattern,
        elsewhen=Words,
        vote=Table(
            title=float,
            first=float,
            lead=float,
            rest=float,
            max_sentences=int,
            generic_factor=float,
            generic=ListOf(SubEvent),
            not_when_killed=ListOf(SubEvent),
            arrested_after=str,
            in_protest=ListOf(SubEvent),
            when_killed=MapOf(SubEvent),
            refined_by=MapOf(ListOf(SubEvent)),
            literal_politics=ListOf(Choice(frozenset(e.value for e in EventType))),
            threshold=float,
            short_report=int,
        ),
        sets=MapOf(Words),
        rules=ListOf(
            Table(
                sub_event_type=SubEvent,
                cues=Words,
                **{
                    "context?": Words,
                    "unless?": Words,
                    "before?": Words,
                    "after?": Words,
                    "generic?": bool,
                },
            )
        ),
    ),
    dates=Table(
        months=MapOf(int),
        holidays=MapOf(ListOf(int)),
        weekdays=MapOf(int),
        future_before=Pattern,
        relative=Table(
            day_before=Words,
            same_day=Words,
            week_before=Words,
            same_month=Words,
            month_before=Words,
            weekend=Words,
        ),
        aftermath=Table(verdict=Words, found=Words),
        fragments=Fragments,
        patterns=ListOf(
            Table(kind=Choice(frozenset(_DATE_KINDS)), pattern=Pattern, **{"ignore_case?": bool})
        ),
        background=Table(
            cues=Words,
            cumulative=Words,
            period_opening=Pattern,
            earlier_clause=Pattern,
            speech_before=Pattern,
            bound_before=Pattern,
            same_episode_days=int,
            release_anchor_days=int,
            cumulative_from=int,
            date_sentences=int,
            scene_days=int,
            aftermath_days=int,
        ),
    ),
    places=Table(
        region_generic=Words,
        articles=Words,
        common_words=Words,
        city_stopwords=Words,
        towns_after_locative=Words,
        town_locatives=Words,
        place_nouns=Words,
        bare_place_nouns=Words,
        named_with_noun=Words,
        holding_nouns=Words,
        holder_reach=int,
        held_before=Words,
        within_nouns=Words,
        monument_nouns=Words,
        force_last=Words,
        of_nouns=Words,
        name_titles=Words,
        apposition_nouns=Words,
        spot_before=Words,
        spot_after=Words,
        sea=Pattern,
        elsewhere_before=Words,
        spoken_before=Words,
        spoken_office=Words,
        spoken_after=Words,
        person_after=Words,
        facility_after=Words,
        kinds=MapOf(float),
        not_places=Words,
        dateline=Pattern,
        locative_before=Words,
        locative_after=Words,
        agent_suffixes=Words,
        agent_after=Words,
        region_nouns=Words,
        weights=MapOf(float),
        countries=MapOf(Words),
        demonyms=MapOf(Words),
        region_aliases=MapOf(Words),
        province_countries=Words,
        admin1_clean=Table(prefixes=Words),
        admin1_names=MapOf(str),
        capitals=MapOf(str),
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
    actors=ACTORS,
    roles=ROLES,
    casualties=CASUALTIES,
    weapons=WEAPONS,
    people=PEOPLE,
    claims=Table(
        speech_verbs=Words,
        stance_verbs=Words,
        stance_to_verbs=Words,
        inverted_verbs=Words,
        function_start=Words,
        trailing_aux=Words,
        addressees=Words,
        leading=Words,
        documents=Words,
        document_links=Words,
        claim_nouns=Words,
        denial_verbs=Words,
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
            armed_modifiers=Words,
        ),
    ),
    summary=Table(
        stop_words=Words,
        figures=Words,
        attribution=Words,
        blame=Words,
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
                    "rubric?": Words,
                    "none_when?": Words,
                    "waived_by?": ListOf(Choice(frozenset(e.value for e in EventType))),
                    "title_weight?": int,
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
