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
from summarizer.schema import ActorKind, CasualtyStatus, EventType, SubEventType

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

Words = ListOf(str)
Pattern = str
Fragments = MapOf(Either((str, ListOf(str))))
SubEvent = Choice(frozenset(s.value for s in SubEventType))
Kind = Choice(frozenset(k.value for k in ActorKind))
Status = Choice(frozenset(s.value for s in CasualtyStatus))
_DATE_KINDS = ("iso", "mdy", "dmy", "my", "md", "dm", "m", "weekday", "relative")

_RULE = Table(
    role=Choice(frozenset({"perpetrator", "target"})),
    side=Choice(frozenset({"before", "after"})),
    pattern=str,
    **{"ignore_case?": bool, "attributed?": bool},
)

#: The schema of the vocabulary: every section, key and entry.
SCHEMA = Table(
    # Free-form notes about the file (its source, how it was made); not read by the engine.
    **{"about?": Anything()},
    document=Table(lead_sentences=int, force_words=Words, issuer_words=Words),
    events=Table(
        violence=Words,
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
            earlier_clause=Pattern,
            speech_before=Pattern,
            same_episode_days=int,
            cumulative_from=int,
            date_sentences=int,
            scene_days=int,
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
        within_nouns=Words,
        of_nouns=Words,
        name_titles=Words,
        apposition_nouns=Words,
        spot_before=Words,
        spot_after=Words,
        sea=Pattern,
        elsewhere_before=Words,
        kinds=MapOf(float),
        not_places=Words,
        dateline=Pattern,
        locative_before=Words,
        locative_after=Words,
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
            denied_after=Pattern,
            max=int,
            vague_crowd=Words,
            vague_victims=Words,
            part_of_victims=Words,
            crowd_names=MapOf(str),
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
        anaphoric_heads=Words,
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
        group_after=Words,
        group_openers=Words,
        name_particles=Words,
        describing=Words,
        owned=Words,
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
        earlier=Pattern,
        others=Pattern,
        stems=Words,
        attacker_nouns=Words,
        time_after=Pattern,
        age_before=Pattern,
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
        patterns=ListOf(
            Table(
                kind=Choice(frozenset({"killed", "injured", "either"})),
                pattern=Pattern,
                **{"count?": int, "plus?": int, "alone?": bool},
            )
        ),
    ),
    weapons=Table(
        max=int,
        generic=MapOf(Words),
        names=ListOf(Table(name=str, pattern=Pattern)),
    ),
    people=Table(
        name=Pattern,
        particles=Words,
        list_joiner=Pattern,
        surname_letters=int,
        not_name_words=Words,
        offices=Words,
        titles=Words,
        roles=Words,
        frames=Words,
        after=Pattern,
        spoke_after=Pattern,
        status=ListOf(Table(status=Status, cues=Words)),
        weak_status=ListOf(Table(status=Status, cues=Words)),
        not_before=Pattern,
        max=int,
    ),
    claims=Table(
        speech_verbs=Words,
        stance_verbs=Words,
        stance_to_verbs=Words,
        inverted_verbs=Words,
        function_start=Words,
        trailing_aux=Words,
        leading=Words,
        documents=Words,
        document_links=Words,
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
            armed_modifiers=Words,
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
