"""Related incidents and weapons on kinds the offfacts6 probe showed (issue 13, session 15).

Covers: a sentence told beside the main incident opened with a count ("About two hours
later a second car bomb ...", "Three days earlier, a gunman ...": that many days from the
main day; "Earlier on Monday, ..." naming the main day again), but not "A day before she
was killed, she had announced ..."; a main sentence
after the lead that recalls an act of an earlier month ("had already been hit in March,
when gunmen killed 22 ...") or opens on an earlier period ("Last week a blast ...") tells a
related incident, but not the lead's own "last week" nor a day of the main episode at its
place ("The siege began early on Friday"); a main sentence's clause told beside the main
act elsewhere (", hours after a car bomb exploded ... in <another town>"), not one that
stays at the scene; the explosives a bomb is made of are that bomb; a suicide bomber's
improvised explosive device is one weapon; a year that modifies an incident's noun ("the
1998 bombing of the embassy") dates one more beside a sentence's full date, and a date with
its year before a capitalised word ("the November 2015 Paris attacks that killed 130") is no
name and takes the kind of the noun it modifies; a vehicle driven "at high speed into crowds" is
the weapon, not one driven "for three hours to the market"; a denial of another's claim
("..., a claim relatives of the victims rejected") says what it denies. Sentences written for these
tests.
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.pipeline import draft_brief


def _brief(text: str, published: str = "2023-06-11"):  # type: ignore[no-untyped-def]
    return draft_brief(Article.from_text(text, published=published))


def _related(text: str, published: str = "2023-06-11") -> list[tuple[str | None, str | None]]:
    return [(r.date, r.place) for r in _brief(text, published).related_incidents]


def test_counted_opening_tells_an_incident_beside_the_main_one() -> None:
    text = (
        "A car bomb exploded outside a hotel in the Somali capital Mogadishu on Saturday, "
        "killing at least 40 people, police said.\n\n"
        "Rescuers searched the rubble through the night.\n\n"
        "About two hours later a second car bomb exploded in the town of Afgooye, killing "
        "three people.\n\n"
        "Three days earlier, gunmen shot dead four traders at a market in Baidoa."
    )
    found = _related(text)
    assert ("2023-06-10", "Afgooye") in found
    assert ("2023-06-07", "Baidoa") in found
    # counter-example: "A day before ..., she had announced" opens no act told beside
    other = (
        "A lawyer was shot dead in her car in the Libyan city of Benghazi on Saturday, "
        "officials said.\n\n"
        "Police said two gunmen fired at her as she stopped at a junction.\n\n"
        "A day before she was killed, she had announced that she would publish new "
        "material on the internet."
    )
    assert _related(other) == []


def test_main_sentence_recalling_an_earlier_month_tells_an_incident() -> None:
    text = (
        "SOUSSE, Tunisia — A gunman opened fire on tourists on a beach near Sousse on "
        "Friday, killing 38 people, the health ministry said.\n\n"
        "The attacker was shot dead by police.\n\n"
        "The resort had already been hit in March, when gunmen killed 22 people at a museum "
        "in the capital Tunis."
    )
    found = _brief(text, "2015-06-27").related_incidents
    assert [(r.date, r.place) for r in found] == [("2015-03", "Tunis")]
    assert found[0].event_type is not None
    # counter-example: a day of the main episode at its own place is no other incident
    siege = (
        "MOPTI, Mali — Soldiers freed hostages held in a hotel in the town of Severe on "
        "Saturday after a day-long siege, officials said.\n\n"
        "The siege began early on Friday, when gunmen stormed the hotel in Severe.\n\n"
        "Four soldiers were killed."
    )
    assert _related(siege, "2015-08-09") == []


def test_earlier_period_opening_a_main_sentence_tells_an_incident() -> None:
    text = (
        "MOSCOW — A bomb destroyed part of an apartment block in south-eastern Moscow on "
        "Thursday, killing 90 people, officials said.\n\n"
        "Rescuers pulled survivors from the rubble.\n\n"
        "Last week a blast at a shopping centre in Moscow injured 40 people."
    )
    found = _related(text, "1999-09-10")
    assert [d for d, _ in found] == ["1999-09"]
    # counter-example: the lead's own "last week" tells the main incident
    lead = (
        "The army on Monday rejected local accounts that 180 people were killed in clashes "
        "in the fishing town of Baga last week.\n\n"
        "Soldiers said the toll was far lower."
    )
    assert _related(lead, "2013-04-23") == []


def test_clause_told_beside_the_main_act_elsewhere() -> None:
    text = (
        "A gunman killed 30 people at a youth camp on the island of Tyrholmen on Friday, "
        "hours after a car bomb exploded outside a ministry in central Bergen, killing "
        "seven, police said.\n\n"
        "The gunman surrendered to police."
    )
    found = _brief(text, "2011-07-23").related_incidents
    assert [(r.date, r.place) for r in found] == [("2011-07-22", "Bergen")]
    # counter-example: a clause that stays at the scene tells no other incident
    same = (
        "A gunman killed 30 people at a youth camp on the island of Tyrholmen on Friday, and "
        "minutes later the gunman fled across the island, police said.\n\n"
        "He surrendered later."
    )
    assert _related(same, "2011-07-23") == []
    # an article with no date of its own names no date for the clause's act
    undated = draft_brief(Article.from_text(text.replace(" on Friday", "")))
    assert all(r.date is None or r.date[:1].isdigit() for r in undated.related_incidents)


def test_explosives_of_a_bomb_are_that_bomb() -> None:
    text = (
        "A bomb holding several hundred kilograms of explosives destroyed a block of flats "
        "in the city of Buynaksk on Saturday, killing 64 people, officials said."
    )
    assert _brief(text, "1999-09-05").weapons == ["bomb"]
    # counter-example: explosives named alone stay
    alone = (
        "A man detonated explosives hidden under his clothes in a mosque in the city of "
        "Kunduz on Friday, killing 46 worshippers, officials said."
    )
    assert _brief(alone, "2021-10-09").weapons == ["explosives"]


def test_suicide_bombers_device_is_one_weapon() -> None:
    text = (
        "A suicide bomber detonated an improvised explosive device in the foyer of a concert "
        "hall in the city of Leeds on Monday night, killing 22 people, police said."
    )
    assert _brief(text, "2017-05-23").weapons == ["ied"]
    # counter-example: a suicide bombing with no device named
    plain = (
        "A suicide bomber blew himself up at a police checkpoint in the city of Quetta on "
        "Monday, killing 12 officers, officials said."
    )
    assert _brief(plain, "2017-05-23").weapons == ["suicide bomb"]


def test_vehicle_driven_at_speed_into_crowds_is_the_weapon() -> None:
    text = (
        "A van drove at high speed into crowds on a boulevard in the city of Valencia on "
        "Thursday afternoon, killing 13 people, officials said."
    )
    assert _brief(text, "2017-08-18").weapons == ["van"]
    # counter-example: a van driven somewhere is no weapon
    other = (
        "Gunmen shot dead three traders at a market in the city of Valencia on Thursday "
        "after a van drove for three hours to the market, officials said."
    )
    assert "van" not in _brief(other, "2017-08-18").weapons


def test_year_modifying_an_incident_noun_dates_one_more() -> None:
    text = (
        "GARISSA, Kenya — Gunmen stormed a university campus in the town of Garissa on "
        "Thursday, killing 147 people, officials said.\n\n"
        "Four attackers were killed.\n\n"
        "It was the deadliest attack in Kenya since the 1998 bombing of the US embassy in "
        "Nairobi, and worse than the mall siege in Mombasa in which 67 people died in "
        "September 2013."
    )
    found = _related(text, "2015-04-03")
    assert [d for d, _ in found] == ["1998", "2013-09"]
    # counter-example: a year that bounds a period and modifies nothing dates no second one
    plain = (
        "GARISSA, Kenya — Gunmen stormed a university campus in the town of Garissa on "
        "Thursday, killing 147 people, officials said.\n\n"
        "Four attackers were killed.\n\n"
        "Kenya has fought the group since 2011, and a mall siege in Mombasa killed 67 "
        "people in September 2013."
    )
    assert [d for d, _ in _related(plain, "2015-04-03")] == ["2013-09"]


def test_date_with_its_year_before_a_name_is_no_name() -> None:
    text = (
        "Two bombs exploded at the airport in the city of Zaventem on Tuesday, killing 14 "
        "people, officials said.\n\n"
        "Prosecutors said the bombers had used nail bombs.\n\n"
        "The attacks came four days after police arrested the main surviving suspect in "
        "the November 2015 Paris attacks that killed 130 people."
    )
    found = _brief(text, "2016-03-23").related_incidents
    assert [r.date for r in found] == ["2015-11"]
    assert found[0].event_type is not None
    assert found[0].event_type.value != "strategic_developments"


def test_denial_of_a_claim_says_what_it_denies() -> None:
    text = (
        "An air strike hit a convoy of cars near the town of Marib on Thursday, killing "
        "nine people, officials said.\n\n"
        "Army officers said the dead were militants planning an attack, a claim relatives "
        "of the victims rejected."
    )
    claims = {c.source: c.says for c in _brief(text, "2014-02-14").claims}
    denial = claims["relatives of the victims"]
    assert denial.startswith("rejected") and "militants" in denial
    # counter-example: the claim itself keeps only what its speaker said
    assert "rejected" not in claims["Army officers"]


def test_main_weekday_named_again_opens_an_act_told_beside() -> None:
    text = (
        "A lorry was driven into a Christmas market in the city of Leipzig on Monday evening, "
        "killing 12 people, police said.\n\n"
        "The driver fled on foot.\n\n"
        "Earlier on Monday, gunmen shot dead a judge outside a court in Dresden."
    )
    assert _related(text, "2016-12-20") == [("2016-12-19", "Dresden")]
    # counter-example: the same opening at the main incident's place tells no other one
    same = (
        "A lorry was driven into a Christmas market in the city of Leipzig on Monday evening, "
        "killing 12 people, police said.\n\n"
        "The driver fled on foot.\n\n"
        "Earlier on Monday, the driver had parked the lorry near a church in Leipzig."
    )
    assert _related(same, "2016-12-20") == []
