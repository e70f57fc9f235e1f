"""Dates and tolls as ordinary news writes them (issue 13, session 18, offfacts7).

Covers: an anniversary piece ("Twenty years ago today", "ten years ago this week") is dated
that many years before its publication, a full date in the sentence winning, a weekday
written before a full date being part of it; a report that names no day at all is dated to
its publication (none without a publication date); tolls summed over the groups of victims
an article coordinates ("killing him and at least six others", named people "and three
others", "the elderly mayor and two young aides", "..., as did three villagers", the
attackers summed with others: "the five gunmen and 12 villagers died"), tolls without a
killing verb beside them ("estimates put the number killed at 300 to 400", "have since
counted 45 dead", "estimates range from about 80 ... to 120"), "no casualties" ending a
sentence, a campaign's or a war's total ("since 1984", "over four decades") that is no
incident's toll, "am"/"pm" after a count only as words ("killing four Americans"), a
semicolon that ends a clause about an earlier incident, and a count after "and" joining
groups ("traders and some 15 students") that is a part of a larger toll. Sentences written
for these tests.
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.pipeline import draft_brief


def _brief(text: str, published: str | None = "2019-06-12"):  # type: ignore[no-untyped-def]
    return draft_brief(Article.from_text(text, published=published))


def _killed(text: str, published: str | None = "2019-06-12") -> tuple[int, int] | None:
    killed = _brief(text, published).killed
    return None if killed is None else (killed.min, killed.max)


def _injured(text: str, published: str | None = "2019-06-12") -> tuple[int, int] | None:
    injured = _brief(text, published).injured
    return None if injured is None else (injured.min, injured.max)


def test_an_anniversary_is_dated_years_before_the_publication() -> None:
    text = (
        "Twenty years ago today, militiamen shelled the central market of Tuzla, killing 30 people."
    )
    assert _brief(text, "2015-05-25").date == "1995-05-25"
    week = "Ten years ago this week, a car bomb tore through a busy street in Baghdad."
    assert _brief(week, "2016-08-18").date == "2006-08"
    # a full date in the sentence wins (a weekday before it is part of it)
    full = (
        "Thirty years ago this week, on Friday 13 May 1994, rebels shelled the stadium "
        "in Kigali, killing dozens."
    )
    assert _brief(full, "2024-05-15").date == "1994-05-13"
    # counter: an anniversary of another event named in an incident report
    other = (
        "A bomb exploded outside a police station in Quetta on Sunday, killing three "
        "officers, as the city marked twenty years since an earlier attack."
    )
    assert _brief(other, "2021-09-14").date == "2021-09-12"


def test_a_report_naming_no_day_is_dated_to_its_publication() -> None:
    text = "Gunmen attacked an army checkpoint shortly after midnight, killing four soldiers."
    assert _brief(text, "2019-03-02").date == "2019-03-02"
    assert _brief(text, None).date is None  # counter: no publication date, no day


def test_tolls_summed_over_the_groups_of_victims() -> None:
    him = (
        "A suicide bomber blew himself up beside the governor's car in Kandahar on Monday, "
        "killing him and at least six others."
    )
    assert _killed(him) == (7, 7)
    role = (
        "A parcel bomb exploded at the town hall in Kismayo on Tuesday, killing the elderly "
        "mayor and two young aides."
    )
    assert _killed(role) == (3, 3)
    did = (
        "Militants attacked an army base in Borno on Friday; officials said twelve soldiers "
        "died, as did three villagers."
    )
    assert _killed(did) == (15, 15)
    attackers = (
        "Gunmen raided a village in Zamfara on Wednesday; officials said the five gunmen "
        "and 12 villagers died in the fighting."
    )
    assert _killed(attackers) == (17, 17)
    imam = (
        "A bomb exploded outside a mosque in Peshawar on Friday, killing its imam and a worshipper."
    )
    assert _killed(imam) == (2, 2)
    americans = "Militants ambushed a patrol near Kabul on Monday, killing four Americans."
    assert _killed(americans) == (4, 4)
    # counters: the attackers counted alone stay theirs; "wounding him and six others"
    # is no toll of the dead
    alone = "Police stormed the house in Lahore on Monday; ten attackers were killed."
    assert _killed(alone) == (10, 10)
    hurt = "A grenade exploded near the governor in Herat on Monday, wounding him and six others."
    assert _killed(hurt) is None


def test_named_victims_and_n_others() -> None:
    text = (
        "A drone strike on a car in Marib on Sunday killed the militia commander Ali "
        "al-Hakimi, his deputy Saleh Mansour and three others, officials said."
    )
    assert _killed(text) == (5, 5)


def test_tolls_without_a_killing_verb_beside_them() -> None:
    put = (
        "Bombers struck the port city of Hamburg on Tuesday night; estimates put the "
        "number killed at 300 to 400."
    )
    assert _killed(put) == (300, 400)
    counted = (
        "Troops stormed the besieged school in Grozny on Friday; officials have since "
        "counted 45 dead."
    )
    assert _killed(counted) == (45, 45)
    ranged = (
        "Rebels overran the town of Kisangani on Monday and killed many of its people; "
        "estimates range from about 80, the figure of aid groups, to the 120 given by the "
        "church."
    )
    assert _killed(ranged) == (80, 120)


def test_no_casualties_at_the_end_of_a_sentence() -> None:
    text = (
        "A drone hit an oil depot in Belgorod early on Saturday, and the governor reported "
        "no casualties."
    )
    assert _killed(text) == (0, 0)


def test_a_campaign_total_is_no_toll() -> None:
    text = (
        "The rebel group announced on Thursday that it had disarmed, ending an insurgency "
        "that killed more than 40,000 people since 1984."
    )
    assert _killed(text) is None
    war = (
        "The two sides signed a peace accord in Havana on Wednesday, ending a war that "
        "killed some 200,000 people over four decades."
    )
    assert _killed(war) is None
    # counter: a span that is not of years
    weekend = "Clashes in the city of Tripoli killed 12 people over the weekend, officials said."
    assert _killed(weekend) == (12, 12)


def test_a_semicolon_ends_a_clause_about_an_earlier_incident() -> None:
    text = (
        "A mob attacked Muslim homes in the Gulbarg district on Thursday, a day after the "
        "train fire, burning houses; police have since counted 40 dead."
    )
    assert _killed(text) == (40, 40)


def test_a_count_joined_by_and_to_another_group_is_a_part() -> None:
    text = (
        "Gunmen stopped a bus carrying traders and some 15 students on a road near Mandera "
        "on Sunday and shot them dead; police say 33 bodies were recovered."
    )
    assert _killed(text) == (33, 33)
    # counter: "and" opening a count of another kind is no part
    other = "A bomb hit a bus in Kabul on Sunday; 36 people were killed and about 20 wounded."
    assert _killed(other) == (36, 36)
    assert _injured(other) == (20, 20)


def test_no_one_inside_was_hurt_is_a_zero() -> None:
    text = (
        "Insurgents fired two rockets at the embassy in Kabul on Tuesday; no one inside was hurt."
    )
    assert _killed(text) == (0, 0)
    assert _injured(text) == (0, 0)
    # counter: "no one else was hurt" says someone was
    other = "A gunman shot a journalist outside his home in Cali on Tuesday; no one else was hurt."
    assert _killed(other) != (0, 0)


def test_a_count_of_the_attackers_joined_to_another_group_is_one_sum() -> None:
    text = (
        "Gunmen stormed an army camp in Uri on Sunday; officials said three security "
        "personnel and four of the attackers had been killed."
    )
    assert _killed(text) == (7, 7)
    # counter: after a verb, "and four of the attackers were wounded" is its own figure
    own = (
        "Gunmen stormed an army camp in Uri on Sunday; two soldiers were killed and four of "
        "the attackers were wounded."
    )
    assert _injured(own) == (4, 4)
