"""The violent clause's grammar read further (session 16, round 2): the title as a clause
when the text's clauses name no doer (resolve/actors.py, scan/roles.py ``grammar_only``).

Counter-cases: a title whose only phrase is the victim ("... gunned down") gives no doer; a
title's vague crowd word gives way to the text's own; a doer the text names is kept over
the title's. Sentences written for these tests.
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.pipeline import draft_brief


def _sides(title: str, text: str) -> tuple[list[str], list[str]]:
    """The lower-cased perpetrator and target names of a one-paragraph report."""
    brief = draft_brief(Article.from_text(text, published="2023-05-02", title=title))
    return [a.name.lower() for a in brief.perpetrators], [a.name.lower() for a in brief.targets]


def test_title_gives_the_doer_the_text_leaves_out() -> None:
    doers, _ = _sides(
        "Gunmen massacre nine farmers in hill village",
        "Nine people died and four others were hurt in a hill village late on Sunday, a "
        "district officer said on Monday. The wounded were taken to the regional hospital.",
    )
    assert doers == ["gunmen"]
    # counter: a title whose phrase is the victim gives no doer
    doers, _ = _sides(
        "Radio presenter gunned down outside studio",
        "A radio presenter died outside the station where he worked on Tuesday evening, his "
        "employer said. He had received threats for months.",
    )
    assert "radio presenter" not in doers and "presenter" not in doers
    # counter: a doer the text names stands over the title's
    doers, _ = _sides(
        "Gunmen kill six at roadside market",
        "Bandits on motorbikes killed six traders at a roadside market on Saturday, the police "
        "said.",
    )
    assert "gunmen" not in doers


def test_force_that_opened_fire_on_a_crowd_acted() -> None:
    doers, hit = _sides(
        "Troops fire on vote protesters in capital",
        "Four people were killed when troops fired live rounds at opposition supporters "
        "demonstrating in the capital over a delayed vote count, police said on Friday; the "
        "protesters had burned tyres and thrown stones before the troops arrived.",
    )
    assert doers == ["troops"]
    assert hit == ["opposition supporters"]
    doers, hit = _sides(
        "Police fire on students marching to parliament",
        "Police opened fire on students of the national university on Monday as they set off "
        "from their campus to march on parliament and demand the minister's resignation; the "
        "police chief said 12 people were taken to hospital.",
    )
    assert doers == ["police"]
    # counter: a force that only fired tear gas met the crowd that acted
    doers, _ = _sides(
        "Police disperse students marching to parliament",
        "Police fired tear gas at students of the national university on Monday as they set "
        "off from their campus to march on parliament and demand the minister's resignation; "
        "the police chief said 12 people were taken to hospital.",
    )
    assert doers == ["students"]


def test_group_named_only_in_background_is_no_doer() -> None:
    doers, _ = _sides(
        "Nine killed in attack on village church",
        "Gunmen killed nine worshippers at a village church in the east of the country during "
        "a Sunday service. Nobody has said it carried out the killings. Militant groups linked "
        "to al-Qaeda have attacked churches and schools across the region.",
    )
    assert doers == ["gunmen"]
    # counter: the lead's own deed told in the perfect is the incident's
    doers, _ = _sides(
        "Nine killed in attack on village church",
        "Al-Qaeda fighters have killed nine worshippers at a village church in the east of the "
        "country during a Sunday service, officials said.",
    )
    assert doers == ["al-qaeda"]


def test_title_names_the_victims_the_text_calls_people() -> None:
    _, hit = _sides(
        "Twelve pilgrims shot dead on mountain road",
        "Twelve people died when gunmen fired at a minibus on a mountain road on Friday "
        "evening, police said.",
    )
    assert "pilgrims" in hit
    # counter: the text's own word for the victims stands over the title's
    _, hit = _sides(
        "Twelve pilgrims shot dead on mountain road",
        "Gunmen shot dead twelve traders travelling in a minibus on a mountain road on Friday "
        "evening, police said.",
    )
    assert "pilgrims" not in hit and "traders" in hit


def test_attacker_named_without_what_he_rode() -> None:
    doers, _ = _sides(
        "Village raided overnight",
        "Masked gunmen in pick-up trucks raided a farming village near the border overnight, "
        "killing 11 villagers, the governor said.",
    )
    assert [d.lower() for d in doers] == ["masked gunmen"]
    # counter: a person's word keeps what he rode, as the article words him
    doers, _ = _sides(
        "Shopkeeper shot dead",
        "Two men on a motorbike shot dead a shopkeeper outside his store on Monday, police said.",
    )
    assert doers == ["two men on a motorbike"]
