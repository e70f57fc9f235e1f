"""Sections of the vocabulary's schema (:mod:`._schema`) about actors, roles, casualties,
weapons and people, and the node types every section shares."""

from __future__ import annotations

from summarizer.engines.offline._schemacheck import Choice, Either, ListOf, MapOf, Table
from summarizer.schema import ActorKind, CasualtyStatus, SubEventType

__all__ = [
    "ACTORS",
    "CASUALTIES",
    "PEOPLE",
    "ROLES",
    "WEAPONS",
    "Fragments",
    "Kind",
    "Pattern",
    "Status",
    "SubEvent",
    "Words",
]

Words = ListOf(str)
Pattern = str
Fragments = MapOf(Either((str, ListOf(str))))
SubEvent = Choice(frozenset(s.value for s in SubEventType))
Kind = Choice(frozenset(k.value for k in ActorKind))
Status = Choice(frozenset(s.value for s in CasualtyStatus))

# A role rule: a pattern that makes the actor it finds a perpetrator or a target.
_RULE = Table(
    role=Choice(frozenset({"perpetrator", "target"})),
    side=Choice(frozenset({"before", "after"})),
    pattern=str,
    **{"ignore_case?": bool, "attributed?": bool},
)

ACTORS = Table(
    context=Table(
        perpetrator_before=Pattern,
        perpetrator_after=Pattern,
        perpetrator_noun_after=Pattern,
        target_before=Pattern,
        target_after=Pattern,
        target_noun_before=Pattern,
    ),
    longer_names=Table(name_word=Pattern, demonym=Pattern, not_name_words=Words),
    resolve=Table(
        unknown_doer=Words,
        later_act=Pattern,
        arrest_after=Pattern,
        arrest_before=Pattern,
        counter_accused=Pattern,
        denied_after=Pattern,
        max=int,
        vague_crowd=Words,
        vague_victims=Words,
        owned=Words,
        one_victim=Words,
        part_of_victims=Words,
        crowd_names=MapOf(str),
        crowd_words=Words,
        crowd_nouns=Words,
        forces=Words,
        vessel_prefixes=Words,
        vessel_heads=Words,
        vessel_not_names=Words,
    ),
    moves=Table(
        not_party_before=Pattern,
        receiver_before=Pattern,
        giving=Pattern,
        force_after=Pattern,
        held_within=int,
        opening_within=int,
        mob=Pattern,
        leader_of=Pattern,
        generic_party=Pattern,
    ),
    lexicon=ListOf(Table(name=str, kind=Kind, aliases=Words, **{"perpetrator?": bool})),
)

ROLES = Table(
    window=int,
    facilities=Words,
    areas=Words,
    not_descriptions=Words,
    leading=Words,
    force_heads=Words,
    anaphoric=Words,
    anaphoric_heads=Words,
    named_by_apposition=Words,
    appositive_name=Pattern,
    armed=Words,
    one_person=Words,
    described_person=Pattern,
    driven=Pattern,
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
    phrases=Table(
        follower_heads=Words,
        of_leader=Pattern,
        after_state=Pattern,
        name_followers=Words,
        joined_before=Pattern,
        two_sided=str,
        owner_of=Pattern,
        doer_tail=Pattern,
        doer_people=Words,
        doer_counts=Pattern,
    ),
    heads=Table(**{f"{kind.value}?": Words for kind in ActorKind}),
    fragments=Fragments,
    rules=ListOf(_RULE),
)

CASUALTIES = Table(
    part_of=Pattern,
    part_after=Pattern,
    earlier=Pattern,
    others=Pattern,
    also=Pattern,
    parts_open=str,
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
)

WEAPONS = Table(
    max=int,
    generic=MapOf(Words),
    context=Table(
        likened=Pattern,
        in_name=Pattern,
        name_after=Pattern,
        not_used_after=Pattern,
        found_where=Pattern,
        found_before=Pattern,
        unexploded=Pattern,
        found_after=Pattern,
        responder_before=Pattern,
        responder_after=Pattern,
        other_act=Pattern,
        spectacle=Pattern,
        spectacle_names=Words,
    ),
    names=ListOf(Table(name=str, pattern=Pattern, **{"forms?": MapOf(str)})),
)

PEOPLE = Table(
    name=Pattern,
    particles=Words,
    list_joiner=Pattern,
    kin_after=Pattern,
    kin_before=Pattern,
    surname_letters=int,
    not_name_words=Words,
    offices=Words,
    titles=Words,
    roles=Words,
    role_openers=Words,
    aside_frame=Pattern,
    aside_gate=Pattern,
    frames=Words,
    frame_gap=Pattern,
    after=Pattern,
    apposition_before=Pattern,
    apposition_after=Pattern,
    spoke_after=Pattern,
    spoke_before=Pattern,
    status=ListOf(Table(status=Status, cues=Words)),
    weak_status=ListOf(Table(status=Status, cues=Words)),
    not_before=Pattern,
    earlier_after=Pattern,
    acts_after=Pattern,
    unhurt_after=Pattern,
    max=int,
    suspects=Table(
        role_before=Pattern,
        agent_before=Pattern,
        someone_before=Pattern,
        later_arrest=Pattern,
        act_before=Pattern,
        victim_before=Pattern,
        act_after=Pattern,
        identified_before=Pattern,
        identified_subject=Pattern,
        pronoun_subject=Pattern,
        object_pronoun=Pattern,
        doer_words=Pattern,
        dead_after=Pattern,
        deed_after=Pattern,
        deed_subject=Pattern,
        identified_someone=Pattern,
    ),
)
