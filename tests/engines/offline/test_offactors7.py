"""Who did it and whom it hit, on unseen wording (issue 13, offactors7)."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.pipeline import draft_brief
from summarizer.engines.offline.scan import roles
from summarizer.engines.offline.scan.actors import find_actors


def _roles(sentence: str) -> set[tuple[str, str]]:
    return {(m.name, m.role) for m in roles.find_roles(sentence, default_lexicon())}


def _brief(text: str, published: str = "2024-05-02"):  # type: ignore[no-untyped-def]
    return draft_brief(Article.from_text(text, published=published))


def _names(actors) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.name for a in actors]


def test_a_state_adjective_before_its_missile_names_the_doer() -> None:
    lexicon = default_lexicon()
    found = find_actors("A Russian cruise missile struck a hospital in Dnipro.", lexicon)
    assert [(m.name, m.role) for m in found] == [("Russia", "perpetrator")]
    found = find_actors("A Russian Iskander missile hit the square.", lexicon)
    assert [(m.name, m.role) for m in found] == [("Russia", "perpetrator")]
    # a place named with the people's word is not the doer
    found = find_actors("The central Ukrainian city of Uman was hit.", lexicon)
    assert all(m.role != "perpetrator" for m in found)
    brief = _brief(
        "A Russian cruise missile struck an apartment building in the city of Uman before "
        "dawn on Friday, killing 23 people, officials said."
    )
    assert _names(brief.perpetrators) == ["Russia"]


def test_a_headline_count_of_the_killed_and_injured_names_victims() -> None:
    assert ("RCMP officers", "target") in _roles("Three RCMP officers killed, two injured")
    assert ("soldiers", "target") in _roles("Four soldiers killed, 12 wounded in Kunar")
    # a count that goes on to an object is still a doer
    assert ("gunmen", "perpetrator") in _roles("Gunmen killed, robbed and burned 12 villagers.")


def test_a_name_in_apposition_to_the_subject_of_a_deed_is_the_doer() -> None:
    brief = _brief(
        "A 24-year-old student, Jan Novak, opened fire inside a university building in "
        "Prague on Thursday, killing 14 people, police said."
    )
    assert _names(brief.perpetrators) == ["Jan Novak"]
    # the victim described the same way is no doer
    brief = _brief(
        "A 24-year-old student, Jan Novak, was shot in the leg when a gunman opened fire "
        "in Prague on Thursday, police said."
    )
    assert "Jan Novak" not in _names(brief.perpetrators)


def test_the_man_identified_later_is_the_man_read_as_the_doer() -> None:
    text = (
        "SYDNEY — About 9.45am on Monday, a man armed with a shotgun took 18 people hostage "
        "inside a cafe in Sydney.\n\n"
        "The man, since identified as Michael Harris, aged 50, forced hostages to stand at the "
        "window.\n\nTwo hostages died, police said."
    )
    assert _names(_brief(text, "2014-12-16").perpetrators) == ["Michael Harris"]
    # a man identified who was not the doer: a victim stays a victim
    text = (
        "Gunmen shot dead a man outside a bar in Juarez on Monday.\n\n"
        "The man was identified as Pedro Ruiz, 40, police said."
    )
    assert "Pedro Ruiz" not in _names(_brief(text).perpetrators)


def test_a_lead_about_an_arrested_suspect_makes_a_later_arrest_the_suspects() -> None:
    text = (
        "Police confirm that a suspect has been arrested after three officers were shot "
        "dead in Moncton on June 4.\n\n"
        "Officers searched the area overnight.\n\n"
        "At about midnight on June 6, Jean Bouchard, 24, of Moncton, was arrested without "
        "incident in a backyard near Pinehurst Drive."
    )
    brief = _brief(text, "2014-06-06")
    assert _names(brief.perpetrators) == ["Jean Bouchard"]


def test_a_court_sentence_names_the_convicted() -> None:
    text = (
        "The two men who murdered a soldier on a street in Woolwich were sentenced on "
        "Wednesday.\n\n"
        "Tom Ade, 29, will never be released, the judge said. Mark Obi, 22, must serve a "
        "minimum of 45 years."
    )
    assert _names(_brief(text, "2014-02-26").perpetrators) == ["Tom Ade", "Mark Obi"]


def test_security_agents_who_arrest_are_a_state_force() -> None:
    brief = _brief(
        "Serbian security agents arrested Ratko Mladic, the former Bosnian Serb commander, "
        "at a house in the village of Lazarevo on Thursday.",
        "2011-05-27",
    )
    assert _names(brief.perpetrators) == ["Serbian security agents"]
    assert ("Intelligence agents", "perpetrator") in _roles(
        "Intelligence agents detained two men in Quetta on Monday."
    )


def test_the_force_that_retook_a_town_is_the_doer_not_the_group_that_had_held_it() -> None:
    brief = _brief(
        "Nigeria's army said on Thursday that its troops had recaptured the town of Mubi "
        "in Adamawa state, which Boko Haram fighters had seized at the end of October.",
        "2014-11-13",
    )
    assert _names(brief.perpetrators) == ["Nigeria's army"]
    assert _names(brief.targets) == ["Boko Haram"]


def test_the_site_where_people_were_attacked_was_hit() -> None:
    assert ("festival", "target") in _roles("A man attacked people at a festival in Solingen.")
    assert ("mosque", "target") in _roles("A man stabbed two men outside a mosque in Lyon.")
    assert ("crowds", "target") in _roles("Two bombs exploded among crowds near the shrine.")
    # an arrest at a place is no attack on it
    assert ("airport", "target") not in _roles("The journalist was detained at an airport.")
    brief = _brief(
        "A man with a knife attacked people at a festival in the German city of Solingen on "
        "Friday night, killing three, police said."
    )
    assert _names(brief.targets) == ["festival"]


def test_separatist_forces_are_rebels_and_the_kremlin_is_russia() -> None:
    assert ("Xinjiang separatist forces", "perpetrator") in _roles(
        "Xinhua said the attack was carried out by Xinjiang separatist forces."
    )
    found = find_actors("Officials pointed at the Kremlin.", default_lexicon())
    assert [(m.name, m.role) for m in found] == [("Russia", "perpetrator")]
    assert ("Russia", "perpetrator") in _roles("Kyiv officials pointed at Russia on Monday.")


def test_a_headline_count_killed_as_others_attack_names_victims() -> None:
    found = _roles("Five soldiers killed as terrorists target army vehicle in Poonch")
    assert ("soldiers", "target") in found
    # "as many as" counts the victims of the doer
    assert ("police", "perpetrator") in _roles("Police killed as many as 12 protesters.")


def test_a_group_calling_itself_by_a_name_is_that_name() -> None:
    assert ("Ansar Khalid", "perpetrator") in _roles(
        "An armed group calling itself Ansar Khalid abducted 20 farmers."
    )


def test_a_force_that_shot_the_attackers_is_no_doer_of_the_attack() -> None:
    brief = _brief(
        "A group of assailants armed with knives attacked passengers at a railway station in "
        "Kunming on Saturday night, killing 29 people.\n\n"
        "Police shot four of the attackers dead, state media said.",
        "2014-03-02",
    )
    assert "police" not in _names(brief.perpetrators)
    # police who opened fire on a crowd still acted
    brief = _brief(
        "Police shot two protesters dead in Nairobi on Tuesday, witnesses said.", "2024-06-26"
    )
    assert "police" in [n.lower() for n in _names(brief.perpetrators)]


def test_a_sentence_on_a_later_act_names_neither_of_its_sides() -> None:
    brief = _brief(
        "Fighting broke out in Zhob early on Wednesday, officials said.\n\n"
        "Hours after the Zhob attack, militants attacked a police post in Sui.",
        "2023-07-12",
    )
    assert "police post" not in _names(brief.targets)
