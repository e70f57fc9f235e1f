"""Session 14 (lead): tolls and named casualties in wordings fresh probes of real attacks
showed missed. Tolls: one person named by two words before the noun ("a tribal council elder
was shot dead"), the wounded who "escaped with" wounds, "suffered burns", were "hit by stray
bullets", "grazed by bullets", "left nursing injuries" or "maimed", one "taken to hospital
in a serious condition", people "butchered", "mowed down", "fatally shot" or "drowned",
people seized "and shot them dead" (however far apart), soldiers who "lay dead", people by a
long participle phrase ("sheltering in the old school on the edge of..."), "shooting 36 of
them dead", "shot him dead along with five people" (six), people "from 18 countries" (not 18
dead), no figure inside a clause that dates an earlier attack ("came ten days after gunmen
... killed 28"), a count of doers before a named victim no toll, people dragged out, "beat
them and burned them to death", "two charred bodies", soldiers who "made the supreme
sacrifice", "the only person killed", "taking the number of officers killed to seven",
terrorists "sent to hell" the attackers' own dead, the wounded "with bullet wounds",
"treated for burns and blisters", "45 other injured people", fans "watching the final", the
main clause taken up again after an anniversary ("marking the anniversary of the death of X,
killing 17"), the attackers' bodies no second total, a release's "ten (10) personnel" past
two asides, "left 12 soldiers and 30 of the armed men dead" (42), "a soldier guarding the
site was killed". Named casualties: names opening with initials ("K. Ramesh"), a kinsman
named by a first name before the verb ("X and his brother Y were stabbed"), one shot or
taken and then dead (killed, not wounded), "identified the victim as X" (not "identified the
gunman as X"), a name followed by "for months before he was shot" (not an earlier incident),
a head of an institution before a name, "one of those killed, X", no one of a murder the
article recalls ("memories of the 2010 murder of X"); no casualty named as a group ("X, a
group that says..."), a defendant ("acquitted the businessman X"), a village ("in Barangay X
Y"), someone who "flew in for the funeral" or a side in fighting that "died down"; "hacked
to death a publisher, X" a victim's frame."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.scan.casualties import find_casualties
from summarizer.schema import CasualtyStatus

ENGINE = OfflineEngine()


def _figures(text: str) -> list[tuple[str, int]]:
    return [(f.kind, f.count) for f in find_casualties(text, ENGINE.lexicon)]


def _brief(text: str, published: str = "2020-06-04"):  # type: ignore[no-untyped-def]
    return ENGINE.summarize(Article.from_text(text, published=published))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A tribal council elder was shot dead outside the mosque.", ("killed", 1)),
        ("A local radio journalist later died in hospital.", ("killed", 1)),
        ("A young Afghan soldier was seriously wounded.", ("injured", 1)),
        ("Three shopkeepers escaped with minor wounds.", ("injured", 3)),
        ("Four children playing nearby were hit by stray bullets.", ("injured", 4)),
        ("A seventh passenger was taken to hospital in a critical condition.", ("injured", 1)),
        ("Thirteen herders were butchered at a watering hole.", ("killed", 13)),
        ("The gunmen mowed down nine customers at the bar.", ("killed", 9)),
        ("Two border guards were fatally shot at the crossing.", ("killed", 2)),
        ("A 12-year-old boy was fatally stabbed outside the school.", ("killed", 1)),
        ("Eleven shoppers suffered serious burns in the fire-bombing.", ("injured", 11)),
        ("Five students were grazed by bullets during the raid.", ("injured", 5)),
        ("Six guards were left nursing injuries after the assault.", ("injured", 6)),
        ("The mine maimed four goatherds near the border.", ("injured", 4)),
        ("Twenty migrants drowned after the boat was rammed and sank.", ("killed", 20)),
        (
            "Militants seized seven road workers at a checkpoint outside the town and later "
            "executed all of them.",
            ("killed", 7),
        ),
        (
            "Raiders seized nine farm labourers from their huts on the edge of the plantation "
            "while they slept before daybreak on Monday, marched them to the river bank and "
            "shot them dead.",
            ("killed", 9),
        ),
        ("After an hour of fighting, eight soldiers lay dead at the post.", ("killed", 8)),
        ("The raiders lined up the drivers, shooting 14 of them dead.", ("killed", 14)),
        (
            "Gunmen shot her dead along with three relatives who were travelling with her.",
            ("killed", 4),
        ),
        ("Forty pilgrims from six countries were killed in the stampede.", ("killed", 40)),
        (
            "An angry crowd dragged three men held on suspicion of cattle theft out of the "
            "village lock-up on Monday, beat them and burned them to death.",
            ("killed", 3),
        ),
        ("Rescuers recovered four charred bodies from the bus.", ("killed", 4)),
        ("Three gallant sepoys made the supreme sacrifice in the firefight.", ("killed", 3)),
        ("The attacker was the only person killed, police said.", ("killed", 1)),
        ("Nine men with bullet wounds were brought to the clinic.", ("injured", 9)),
        (
            "About 200 villagers were treated for burns and blisters after the shelling.",
            ("injured", 200),
        ),
        ("Doctors said 45 other injured people arrived overnight.", ("injured", 45)),
        ("Twenty fans watching the final at a cafe were wounded.", ("injured", 20)),
        ("Twelve (12) soldiers sustained injuries in the assault.", ("injured", 12)),
        (
            "The clashes that followed left eight policemen and 20 of the raiders dead.",
            ("killed", 28),
        ),
        ("A third guard manning the gate was killed in the blast.", ("killed", 1)),
        (
            "Seven (7) personnel, including a major, Major Imran Ali, embraced shahadat.",
            ("killed", 7),
        ),
        (
            "Two more policemen died in hospital, taking the number of officers killed to seven.",
            ("killed", 7),
        ),
        (
            "About 40 families sheltering in the old school building on the northern edge of "
            "the district were killed when the roof fell in under shelling.",
            ("killed", 40),
        ),
    ],
)
def test_tolls_in_fresh_wordings(text: str, figure: tuple[str, int]) -> None:
    assert figure in _figures(text)


def test_struck_by_bullets_counts_people_not_buildings() -> None:
    assert ("injured", 2) not in _figures("Two buildings were hit by shrapnel.")
    assert ("injured", 2) in _figures("Two guards were hit by shrapnel.")


def test_a_brief_counts_the_wounded_beside_the_dead() -> None:
    brief = _brief(
        "Gunmen stopped a minibus on the highway on Monday and shot dead four passengers, "
        "police said. Two more passengers escaped with gunshot wounds and were treated at "
        "the district clinic."
    )
    assert brief.killed is not None and (brief.killed.min, brief.killed.max) == (4, 4)
    assert brief.injured is not None and (brief.injured.min, brief.injured.max) == (2, 2)


def _named(text: str) -> dict[str, CasualtyStatus]:
    return {person.name: person.status for person in _brief(text).named_casualties}


def test_names_opening_with_initials() -> None:
    named = _named(
        "Unknown assailants attacked a ward councillor on Sunday night. Police identified the "
        "victim as P. Senthil Kumar, 41, who was hacked to death near the bus stand."
    )
    assert named == {"P. Senthil Kumar": CasualtyStatus.killed}
    # an abbreviation of a country is no initial of a person
    assert "S. Navy" not in _named("The U.S. Navy said two sailors were wounded in the blast.")


def test_identified_the_victim_but_not_the_gunman() -> None:
    text = (
        "A gunman shot dead a shop assistant in the town on Friday. Police identified the "
        "dead woman as Grace Mwangi. They identified the gunman as Peter Otieno, 31, and "
        "said he had fled."
    )
    named = _named(text)
    assert named.get("Grace Mwangi") == CasualtyStatus.killed
    assert "Peter Otieno" not in named


def test_a_kinsman_named_before_the_verb() -> None:
    named = _named(
        "Masked men burst into a bakery on Monday. Yusuf Demir and his son Emre were "
        "stabbed to death behind the counter, witnesses said."
    )
    assert named == {"Yusuf Demir": CasualtyStatus.killed, "Emre Demir": CasualtyStatus.killed}


def test_shot_then_dead_is_killed() -> None:
    named = _named(
        "Security forces fired on marchers in the capital on Thursday. Ibrahima Sow, a "
        "19-year-old student, was hit in the stomach and later died in hospital, his uncle said."
    )
    assert named == {"Ibrahima Sow": CasualtyStatus.killed}
    named = _named(
        "Gunmen seized a village chief on the road on Monday. Moses Kiplagat was abducted "
        "from his car and later found dead in a forest, police said."
    )
    assert named == {"Moses Kiplagat": CasualtyStatus.killed}
    # wounded and treated, alive: still wounded
    named = _named(
        "Security forces fired on marchers in the capital on Thursday. Ibrahima Sow, a "
        "19-year-old student, was hit in the stomach and taken to hospital, his uncle said."
    )
    assert named == {"Ibrahima Sow": CasualtyStatus.injured}


def test_threatened_for_months_before_the_attack() -> None:
    named = _named(
        "A local councillor was shot dead outside his home on Tuesday. The slain councillor, "
        "Themba Nkosi, had been threatened for months before he was killed, his party said."
    )
    assert named == {"Themba Nkosi": CasualtyStatus.killed}


def test_a_head_of_an_institution_before_a_name() -> None:
    named = _named(
        "A bomb went off beside a school bus on Monday, killing two people. The dead were "
        "the school's principal Amir Hosseini and a pupil, police said."
    )
    assert named.get("Amir Hosseini") == CasualtyStatus.killed


def test_the_attackers_bodies_are_no_second_total() -> None:
    brief = _brief(
        "Gunmen and car bombs struck two hotels in the capital late on Friday, killing at "
        "least 31 people, officials said. Police later said six bodies believed to be those "
        "of the attackers had been recovered."
    )
    assert brief.killed is not None and brief.killed.min == 31


def test_one_of_those_killed_names_a_casualty() -> None:
    named = _named(
        "Gunmen raided a police post on Monday night, killing five officers. One of those "
        "killed, Waleed Hamdan, had joined the force a month earlier."
    )
    assert named == {"Waleed Hamdan": CasualtyStatus.killed}


def test_a_count_of_doers_before_a_named_victim_is_no_toll() -> None:
    brief = _brief(
        "Two men on a scooter shot dead Daw Khin Myo Aye, a village administrator, outside "
        "her office on Monday, residents said."
    )
    assert brief.killed is not None and (brief.killed.min, brief.killed.max) == (1, 1)
    # a headline's count with no object is the dead
    assert ("killed", 2) in _figures("Two men shot dead near the market on Monday.")


def test_a_person_of_a_murder_years_ago_is_no_casualty_unless_a_court_tries_it() -> None:
    named = _named(
        "A radio presenter, Nikos Andreou, was shot dead outside his home on Friday. The "
        "killing revived memories of the 2009 murder of Petros Kalogirou, a reporter who was "
        "gunned down in the same suburb."
    )
    assert "Petros Kalogirou" not in named and named.get("Nikos Andreou") == CasualtyStatus.killed
    named = _named(
        "A court on Thursday convicted two former soldiers of the 2019 murder of Petros "
        "Kalogirou, a reporter who was gunned down outside his home."
    )
    assert named.get("Petros Kalogirou") == CasualtyStatus.killed


def test_a_figure_inside_a_clause_about_an_earlier_attack_is_none() -> None:
    figures = _figures(
        "The ambush came a week after militants stormed a checkpoint in the same district "
        "and killed nine soldiers."
    )
    assert ("killed", 9) not in figures
    # past a comma the clause is over: the figure is the story's
    assert ("killed", 12) in _figures(
        "Two days after the vote, gunmen stormed a polling station and killed 12 people."
    )


def test_terrorists_sent_to_hell_are_the_attackers_own_dead() -> None:
    brief = _brief(
        "Terrorists attacked a border post in the district on Tuesday. In the exchange of "
        "fire three terrorists were sent to hell, while six soldiers embraced shahadat, the "
        "military said."
    )
    assert brief.killed is not None and (brief.killed.min, brief.killed.max) == (6, 6)


def test_the_main_clause_takes_up_again_after_an_anniversary() -> None:
    brief = _brief(
        "A car bomb exploded among mourners marking the anniversary of the death of a "
        "revered cleric outside his shrine on Friday, killing 17 people and wounding 40, "
        "officials said."
    )
    assert brief.killed is not None and (brief.killed.min, brief.killed.max) == (17, 17)
    assert brief.injured is not None and (brief.injured.min, brief.injured.max) == (40, 40)
    # an earlier attack's figure before the participle stays the earlier one's
    brief = _brief(
        "Police sealed off the market on Friday, a day after a knife attack killed three "
        "girls, wounding two. Gunmen shot dead a guard at a school nearby on Friday."
    )
    assert brief.killed is None or 3 not in (brief.killed.min, brief.killed.max)


def test_a_group_a_defendant_a_village_and_a_mourner_are_no_casualties() -> None:
    named = _named(
        "Attackers hacked to death a publisher, Arif Hossain, in his office on Saturday. On "
        "Sunday, Jund al-Tawhid, a group that says it follows al-Qaeda, said its fighters "
        "had killed him."
    )
    assert named == {"Arif Hossain": CasualtyStatus.killed}
    named = _named(
        "A court on Friday acquitted the businessman Pavel Horak of ordering the murder of "
        "the reporter Jan Novotny, who was shot dead at his home."
    )
    assert named == {"Jan Novotny": CasualtyStatus.killed}
    named = _named(
        "Gunmen shot dead a radio host, Ramon Dizon, in his studio in Barangay San Isidro "
        "Labrador on Sunday, police said."
    )
    assert named == {"Ramon Dizon": CasualtyStatus.killed}
    named = _named(
        "The mayor, Tomas Rivera, was shot dead outside the town hall on Monday. Governors "
        "from across the region, including Governor Ana Belmonte, flew in for the funeral."
    )
    assert named == {"Tomas Rivera": CasualtyStatus.killed}


def test_fighting_that_died_down_kills_no_one_named() -> None:
    named = _named(
        "As fighting between the army and forces loyal to Gen. Paul Malong died down in the "
        "capital, soldiers stormed a hotel compound and beat the guests, witnesses said."
    )
    assert "Paul Malong" not in named
