"""The summary tells each sentence without its asides (``[summary] asides``), so more of
the article's facts fit in 100 words: a relative clause or an apposition to a name set off by
commas, a parenthesis. Asides that carry a fact (a figure, blame, attribution, the violence
cue), list items and a clause before a closing attribution stay. Sentences written for
these tests."""

from __future__ import annotations

from summarizer.engines.offline.resolve.summary import MAX_WORDS
from summarizer.schema import drawn_from_article
from tests.engines.offline.test_compose import compose_summary


def compose(text: str) -> str:
    return compose_summary(text, "2021-03-04")


def test_a_relative_clause_set_off_by_commas_is_left_out() -> None:
    text = (
        "The bomber, who had travelled to the port by an overnight bus from the hills, "
        "blew himself up at the gate of the stadium, police said. Nine guards died."
    )
    composed = compose(text)
    assert "The bomber blew himself up at the gate of the stadium" in composed
    assert "overnight bus" not in composed
    assert drawn_from_article(composed, text)
    # counter-example: a relative clause with a figure is a fact and stays
    kept = compose(
        "The guards, who numbered twelve that morning, fled the gate of the stadium when "
        "the bomber blew himself up, police said."
    )
    assert "who numbered twelve that morning" in kept
    # counter-example: ", whose men ran out of ammunition, security sources said": the comma
    # before another speaker's attribution is the sentence's own, not an aside's end
    closing = compose(
        "Insurgents overran the river port after days of fighting with the garrison, "
        "whose men ran out of ammunition and left by boat, security sources said."
    )
    assert "whose men ran out of ammunition" in closing


def test_an_apposition_to_a_name_is_left_out_but_not_a_list_item() -> None:
    text = (
        "Gunmen raided the fuel depot outside Dolo on Thursday and burned three tankers. "
        "Jund al-Sahel, a movement that broke away from a larger coalition last year, "
        "later published pictures of the burning depot on its channel."
    )
    composed = compose(text)
    assert "Jund al-Sahel later published pictures" in composed
    assert "broke away" not in composed
    # counter-example: short items of a list ("a nurse, a driver,") stay
    listed = compose(
        "Gunmen shot dead four people at the clinic in Dolo, among them Halima Noor, a "
        "nurse, a driver and two patients, the district officer reported."
    )
    assert "Halima Noor, a nurse, a driver and two patients" in listed


def test_the_cut_asides_make_room_for_the_claim() -> None:
    text = (
        "A car bomb exploded outside the provincial council in Baqubah on Thursday, "
        "killing eleven people, the provincial health director said. "
        "The council building, which had been rebuilt with money from foreign donors after "
        "a fire gutted its front hall and most of its archive in the dry autumn season, "
        "lost all of its windows and part of its roof in the blast. "
        "Hospital staff said twenty-three other people were wounded, among them four "
        "children who had been waiting with their parents outside the registry office. "
        "Ansar al-Wadi, a faction formed by former police officers and tribal elders from "
        "the villages of the province last spring, said in a statement on its channel that "
        "its fighters had planted the car near the entrance overnight. "
        "The governor denied that the faction had any real presence in Baqubah."
    )
    composed = compose(text)
    assert len(composed.split()) <= MAX_WORDS
    assert "eleven people" in composed and "twenty-three" in composed
    assert "its fighters had planted the car" in composed
    # the room the asides left tells what the blast did to the council building
    assert "The council building lost all of its windows" in composed
    assert "foreign donors" not in composed and "tribal elders" not in composed
    assert "The governor denied" in composed
    assert drawn_from_article(composed, text)


_BUS = (
    "A bomb hidden in a motorcycle exploded beside a crowded passenger bus at the main "
    "terminal in the southern town of Kalat on Monday morning, killing at least 17 people "
    "and wounding 40, district police said. Police officers and volunteers from nearby shops "
    "carried the wounded to the small district hospital, where doctors appealed for blood "
    "donors and extra beds while relatives gathered outside the gates waiting for news of "
    "passengers from the villages. Shopkeepers near the terminal shut their shutters and "
    "traders closed the vegetable market for the afternoon. {last}"
)


def test_a_toll_with_new_figures_is_a_new_fact() -> None:
    # the later toll adds figures the summary lacks: it wins the last words of the budget
    text = _BUS.format(last="By evening district police said 24 people were killed and 52 wounded.")
    composed = compose(text)
    assert len(composed.split()) <= MAX_WORDS
    assert "24 people were killed and 52 wounded" in composed
    assert "vegetable market" not in composed
    # counter-example: the same figures told again add nothing; the market sentence stays
    again = _BUS.format(
        last="By evening district police said 17 people were killed and 40 wounded."
    )
    assert "vegetable market" in compose(again)


_KALAT = (
    "A bomb hidden in a parked motorcycle exploded beside a crowded passenger bus at the "
    "main terminal in the southern town of Kalat on Monday morning as travellers queued for "
    "tickets to the provincial capital, tearing the roof off the bus and setting nearby "
    "stalls on fire. Hospital officials said 24 people were killed and 52 wounded, among them "
    "several women and children who had been sitting near the ticket windows when the device "
    "went off. A group calling itself Ansar al-Wadi claimed the bombing in a message to "
    "reporters{rest}"
)


def test_the_main_clause_fills_the_last_words() -> None:
    # the whole claim no longer fits; its main clause (before ", though ...") does
    text = _KALAT.format(
        rest=", though it offered no evidence and did not say how its men had planted the device."
    )
    composed = compose(text)
    assert len(composed.split()) <= MAX_WORDS
    assert composed.endswith("Ansar al-Wadi claimed the bombing in a message to reporters.")
    assert "offered no evidence" not in composed
    assert drawn_from_article(composed, text)
    # counter-example: a sentence with no clause break is told whole or not at all
    whole = _KALAT.format(
        rest=" and offered no evidence and did not say how its men had planted the device."
    )
    assert "Ansar al-Wadi" not in compose(whole)
