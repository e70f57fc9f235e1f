"""Clause patterns that give actor phrases their roles."""

from __future__ import annotations

import pytest

from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan import roles


def find_roles(sentence: str) -> list[roles.RoleMention]:
    return roles.find_roles(sentence, default_lexicon())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A U.S. drone strike killed a top Kataib Hezbollah leader.",
            {("United States", "perpetrator"), ("Kataib Hezbollah", "target")},
        ),
        (
            "Gunmen on motorcycles attacked the village, killing nine villagers.",
            # a doer as the article describes him (offactors8)
            # an attacker's word without what he rode (offclause2)
            {("gunmen", "perpetrator"), ("villagers", "target")},
        ),
        (
            "Police fired tear gas at protesters in the capital.",
            {("police", "perpetrator"), ("protesters", "target")},
        ),
        (
            "Islamic State Khorasan, the Afghan affiliate of the group, claimed responsibility.",
            {("Islamic State Khorasan Province", "perpetrator")},
        ),
        (
            "The attackers, suspected to be ISWAP elements, arrived at night.",
            {("Islamic State West Africa Province", "perpetrator")},
        ),
        ("An officer said remnants of Daesh were responsible.", {("Islamic State", "perpetrator")}),
        (
            "The attack was carried out by Islamic State militants, officials said.",
            {("Islamic State", "perpetrator")},
        ),
        (
            "Three Iraqi soldiers were killed when a bomb struck their convoy.",
            {("Iraqi army", "target"), ("convoy", "target")},
        ),
        (
            "The suspect, identified as Darren M. Keller, was arrested.",
            {("Darren M. Keller", "perpetrator")},
        ),
    ],
)
def test_roles(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert {(m.name, m.role) for m in find_roles(sentence)} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # coordinated victims of a passive verb; wounded is a violent verb
        (
            "Two paramilitary rangers and a farmer were wounded by the blast.",
            {("paramilitary rangers", "target"), ("farmer", "target")},
        ),
        # victims carried in a vehicle that was hit
        (
            "The bomb struck a pickup carrying five soldiers home.",
            {("pickup", "target"), ("soldiers", "target")},
        ),
        # the site where a bomb went off, and a facility named before "shooting"
        ("A bomb exploded inside a crowded market on Monday.", {("market", "target")}),
        ("Police released details of the supermarket shooting.", {("supermarket", "target")}),
        # abduction verbs of motion; a vehicle driven into a post
        (
            "Fighters whisked away nine passengers into the bush.",
            {("fighters", "perpetrator"), ("passengers", "target")},
        ),
        (
            "A bomber drove an explosives-laden truck into a police checkpost.",
            {("bomber", "perpetrator"), ("police checkpost", "target")},
        ),
        # men: armed ones are an unknown band, a man a civilian, men as the article counts them
        ("Armed men abducted a man.", {("Armed men", "perpetrator"), ("civilians", "target")}),
        (
            "Villagers beat two men to death.",
            {("villagers", "perpetrator"), ("men", "target")},
        ),
        # crowd-control weapons make the force the actor
        (
            "Police in Nairobi fired tear gas to disperse the crowd.",
            {("police", "perpetrator"), ("crowd", "target")},
        ),
    ],
)
def test_more_role_patterns(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert {(m.name, m.role) for m in find_roles(sentence)} == expected


def test_participles_after_the_phrase_do_not_make_it_the_doer() -> None:
    # "soldiers killed in the attack" were killed; they did not kill
    assert ("soldiers", "perpetrator") not in {
        (m.name, m.role) for m in find_roles("Three soldiers killed in the attack were buried.")
    }


def test_capitals_headline_gives_no_roles() -> None:
    assert find_roles("ARREST MADE IN FRESHWAY MARKET SHOOTING") == []


def test_no_role_without_a_clause_that_gives_one() -> None:
    assert find_roles("The army said the situation in the town was calm.") == []
    assert find_roles("Al-Shabaab is linked to al-Qaeda.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A drone struck a wedding celebration.", {("wedding celebration", "target")}),
        ("The hamlet was raided by gunmen.", {("villagers", "target"), ("gunmen", "perpetrator")}),
        ("Shells hit displaced people.", {("displaced people", "target")}),
        ("Pirates kidnapped six crew members.", {("pirates", "perpetrator"), ("crew", "target")}),
    ],
)
def test_gatherings_settlements_and_groups_as_targets(
    sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert {(m.name, m.role) for m in find_roles(sentence)} == expected


def test_members_of_a_group_its_forces_and_coordinated_deeds() -> None:
    def roles_of(sentence: str) -> set[tuple[str, str]]:
        return {(m.name, m.role) for m in find_roles(sentence)}

    assert ("Islamic State", "perpetrator") in roles_of(
        "Fighters of the Islamic State's Sahel affiliate stormed an army post."
    )
    # "its forces" points back at a name elsewhere: no actor of its own
    assert roles_of("Pakistan said on Monday its forces had struck hideouts.") == set()
    assert roles_of("Armed pirates boarded the tanker and kidnapped six crew members.") == {
        ("Armed pirates", "perpetrator"),
        ("crew", "target"),
    }


def _kinds(sentence: str) -> set[tuple[str, str, str]]:
    return {(m.name, m.kind.value, m.role) for m in find_roles(sentence)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a group the lexicon lacks, named by the type word its name ends with
        (
            "On Tuesday the Moyo Brigade torched a market.",
            {("Moyo Brigade", "militia", "perpetrator"), ("market", "unknown", "target")},
        ),
        # members of it, with a long name and what the group is "for"
        (
            "Gunmen loyal to the Front for the Defence of Kaya ambushed the soldiers.",
            {
                ("Front for the Defence of Kaya", "rebel_group", "perpetrator"),
                ("soldiers", "state_forces", "target"),
            },
        ),
        # "suspected X fighters": the group, not its members
        (
            "Suspected Bakora fighters abducted eleven herders.",
            {("Bakora", "unknown", "perpetrator"), ("herders", "civilians", "target")},
        ),
        # a type word in a lower-case phrase is generic; a cartel by its name
        (
            "The Rojas Cartel shot dead two traders.",
            {("Rojas Cartel", "criminal_group", "perpetrator"), ("traders", "civilians", "target")},
        ),
    ],
)
def test_armed_groups_the_lexicon_lacks(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert _kinds(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya Defence Forces soldiers killed five militants.",
        "Special Forces raided a compound near the city.",
        "Ghanaian Army troops attacked the camp.",
    ],
)
def test_a_states_own_force_is_no_armed_group(sentence: str) -> None:
    doers = [m for m in find_roles(sentence) if m.role == "perpetrator"]
    assert doers and all(m.kind.value != "rebel_group" for m in doers)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # both sides of a two-sided fight, the first named as the one that acted
        (
            "Fierce clashes broke out late on Friday between rebels and soldiers near Tumba.",
            {("rebels", "perpetrator"), ("soldiers", "target")},
        ),
        (
            "A gunfight between police and bandits killed four people.",
            {("police", "perpetrator"), ("bandits", "target"), ("civilians", "target")},
        ),
        # a people named by its plural, as written
        (
            "Soldiers shot dead two Afghans at the border.",
            {("soldiers", "perpetrator"), ("Afghans", "target")},
        ),
        # one person by their trade; a participle after the clause; missiles counted
        (
            "Bandits kidnapped a Catholic priest, wounding a driver.",
            {("bandits", "perpetrator"), ("Catholic priest", "target"), ("driver", "target")},
        ),
        (
            "The rebels fired three guided missiles at a cargo ship.",
            {("rebels", "perpetrator"), ("cargo ship", "target")},
        ),
    ],
)
def test_two_sides_peoples_trades_and_missiles(
    sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert {(m.name, m.role) for m in find_roles(sentence)} == expected


def _doers(text: str) -> list[str]:
    from summarizer.article import Article
    from summarizer.engines.offline import OfflineEngine

    brief = OfflineEngine().summarize(Article.from_text(text, published="2024-05-10"))
    return [a.name for a in brief.perpetrators]


def test_a_force_that_only_arrested_a_suspect_did_not_carry_out_the_attack() -> None:
    text = (
        "A journalist was killed in Owerri on Friday. Police said Samuel Okoro, 52, was shot "
        "dead outside his office. Police later arrested a suspect."
    )
    assert "police" not in _doers(text)
    # in an arrest, the force that arrested is the doer
    assert _doers("Police arrested five suspected IS members in Istanbul on Tuesday.") == ["police"]
