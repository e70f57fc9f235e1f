"""From a model's answer to a brief: the checks, the drops, chunk merging, summary cuts."""

from __future__ import annotations

from datetime import date
from typing import Any

from summarizer.engines.answer import Answer
from summarizer.engines.mapping import Problem, check, cut_summary, merge, tidy, to_draft
from summarizer.engines.numbered import NumberedArticle
from tests.conftest import (
    EXAMPLE_ARTICLE,
    NO_INCIDENT_ARTICLE,
    bare_answer,
    no_incident_answer,
    valid_answer,
)

ARTICLE = NumberedArticle(EXAMPLE_ARTICLE)
PUBLISHED = date(2024, 3, 15)


def _answer(**changes: Any) -> Answer:
    return Answer.model_validate(valid_answer(**changes))


def _problems(**changes: Any) -> list[str]:
    return [str(p) for p in check(_answer(**changes), ARTICLE, PUBLISHED)]


def test_an_answer_the_article_supports_has_no_problem() -> None:
    assert _problems() == []


def test_figures_must_be_figures_the_article_gives() -> None:
    [problem] = _problems(killed={"min": 4, "max": 12, "sentence": 2})
    assert problem.startswith("killed: the article gives no figure 12")
    assert _problems(injured={"min": 7, "max": 9, "sentence": 2}) == []  # 9 is Al-Shabaab's


def test_a_total_may_be_the_sum_of_parts_in_the_cited_sentence() -> None:
    article = NumberedArticle("Five soldiers and seven attackers died in the clash on Monday.")
    answer = Answer.model_validate(
        bare_answer(
            event="armed_clash",
            killed={"min": 12, "max": 12, "sentence": 1},
            headline="Clash kills soldiers and attackers",
            summary="Five soldiers and seven attackers died.",
        )
    )
    assert check(answer, article, None) == []


def test_zero_needs_the_article_to_say_nobody_was() -> None:
    assert "nobody was" in _problems(injured={"min": 0, "max": 0, "sentence": 2})[0]
    article = NumberedArticle("A bomb exploded near the market on Monday. No one was hurt.")
    answer = no_incident_answer(
        event="remote_explosive_landmine_ied",
        main_sentence=1,
        headline="Bomb explodes near market",
        summary="A bomb exploded near the market. No one was hurt.",
        injured={"min": 0, "max": 0, "sentence": 2},
    )
    assert check(Answer.model_validate(answer), article, None) == []


def test_a_date_after_publication_or_not_on_the_calendar_is_a_problem() -> None:
    [late] = _problems(date={"words": "March 21, 2024", "value": "2024-03-21", "sentence": 2})
    assert "after the publication date 2024-03-15" in late
    [unreal] = _problems(date={"words": "in late February", "value": "2024-02-30", "sentence": 2})
    assert unreal.startswith("date: ") and "not a real date" in unreal


def test_sentence_numbers_must_exist() -> None:
    assert _problems(main_sentence=12) == [
        "main_sentence: there is no sentence 12 (the article has 9)"
    ]


def test_names_must_be_in_the_article_and_each_list_item_is_judged_alone() -> None:
    perpetrators = [
        {"name": "Al-Shabaab", "kind": "terrorist_group", "sentence": 4},
        {"name": "Boko Haram", "kind": "terrorist_group", "sentence": 4},
    ]
    problems = check(_answer(perpetrators=perpetrators), ARTICLE, PUBLISHED)
    assert problems == [Problem("perpetrators", "the article does not name 'Boko Haram'", 1)]
    # half the words of an actor's name are enough ("Somali forces" for "Somali army")...
    assert (
        _problems(targets=[{"name": "Somali forces", "kind": "state_forces", "sentence": 2}]) == []
    )
    # ...but a person's name must be there whole
    person = {"name": "Abdirahman Osman", "status": "injured", "role": None, "sentence": 3}
    assert "does not name 'Abdirahman Osman'" in _problems(named_casualties=[person])[0]


def test_a_place_the_article_never_names_is_a_problem() -> None:
    location = {"country": "Somalia", "admin1": None, "place": "Kismayo", "sentence": 3}
    assert _problems(location=location) == [
        "location: the article does not name the place 'Kismayo'"
    ]


def test_a_placeholder_headline_or_summary_is_a_problem() -> None:
    problems = _problems(headline="title_text_field_1", summary="summary_text_field_2 goes here")
    assert [p.split(":")[0] for p in problems] == ["headline", "summary"]


def test_to_draft_derives_the_event_type_country_code_and_cites_whole_sentences() -> None:
    draft, notes = to_draft(_answer(), ARTICLE)
    assert notes == []
    assert (draft.event_type, draft.sub_event_type) == (
        "explosions_remote_violence",
        "remote_explosive_landmine_ied",
    )
    assert (draft.location.country, draft.location.country_code) == ("Somalia", "SO")
    quotes = {(e.field, e.quote) for e in draft.evidence}
    assert ("killed", ARTICLE.sentences[3].text) in quotes
    assert ("event_type", ARTICLE.sentences[1].text) in quotes
    assert [c.quote for c in draft.claims] == [ARTICLE.sentences[1].text, ARTICLE.sentences[3].text]


def test_to_draft_drops_what_still_has_a_problem_and_says_so() -> None:
    answer = _answer(killed={"min": 12, "max": 12, "sentence": 2})
    problems = check(answer, ARTICLE, PUBLISHED)
    draft, notes = to_draft(answer, ARTICLE, problems)
    assert draft.killed is None and all(e.field != "killed" for e in draft.evidence)
    assert [(n.field, n.action) for n in notes] == [("killed", "dropped")]


def test_a_none_event_is_a_brief_with_no_incident_and_no_facts() -> None:
    answer = Answer.model_validate(no_incident_answer(weapons=[{"name": "goal", "sentence": 1}]))
    draft, notes = to_draft(answer, NumberedArticle(NO_INCIDENT_ARTICLE))
    assert draft.incident is False and draft.weapons == [] and draft.evidence == []
    assert notes == []


def test_merge_keeps_the_lead_and_fills_and_adds_from_later_chunks() -> None:
    lead = _answer(date=None, claims=[])
    later = _answer(
        event="attack",
        killed={"min": 40, "max": 40, "sentence": 8},
        date={"words": "Thursday", "value": "2024-03-14", "sentence": 2},
        claims=[
            {"source": "Residents of Lafoole", "says": "troops sealed the road", "sentence": 6}
        ],
    )
    merged = merge([lead, later])
    assert merged.event == lead.event  # the lead chunk's incident
    assert merged.killed == lead.killed  # filled fields are kept
    assert merged.date is not None and merged.date.value == "2024-03-14"  # empty ones filled
    assert [c.source for c in merged.claims] == ["Residents of Lafoole"]
    assert [p.name for p in merged.perpetrators] == ["Al-Shabaab"]  # not doubled


def test_cut_summary() -> None:
    assert cut_summary("One thing happened. Then another thing was") == "One thing happened."
    assert cut_summary("No sentence end at all here") == "No sentence end at all here"
    long = "Word " * 60 + "ends. " + "More words " * 40 + "end."
    cut = cut_summary(long)
    assert cut.endswith("ends.") and len(cut.split()) <= 100
    assert cut_summary(' He said "no".') == 'He said "no".'
    # a model that starts to loop is cut where the loop began
    loop = "Gunmen attacked a bus. Four died. Gunmen attacked a bus. Four died. Gunmen"
    assert cut_summary(loop) == "Gunmen attacked a bus. Four died."
    assert (
        cut_summary('He said "stop." Police fired. He said "stop."')
        == 'He said "stop." Police fired.'
    )


def test_the_date_words_are_resolved_by_code_against_the_publication_date() -> None:
    # Published on Friday 15 March 2024: "Thursday" is the 14th, whatever the model says.
    answer = _answer(date={"words": "on Thursday morning", "value": "2024-03-16", "sentence": 2})
    assert check(answer, ARTICLE, PUBLISHED) == []
    draft, _ = to_draft(answer, ARTICLE, published=PUBLISHED)
    assert draft.date == "2024-03-14"
    # words code cannot read leave the model's value
    vague = _answer(date={"words": "recently", "value": "2024-03", "sentence": 2})
    assert to_draft(vague, ARTICLE, published=PUBLISHED)[0].date == "2024-03"


def test_a_zero_the_article_does_not_support_is_tidied_to_no_figure() -> None:
    answer = _answer(injured={"min": 0, "max": 0, "sentence": 2})
    tidied = tidy(answer, ARTICLE)
    assert tidied.injured is None and tidied.killed == answer.killed
    assert check(tidied, ARTICLE, PUBLISHED) == []
    said = NumberedArticle("A bomb exploded near the market on Monday. No one was hurt.")
    assert tidy(answer, said).injured is not None  # there, 0 is a figure


def test_evidence_carries_offsets_and_marks_the_values_own_words() -> None:
    draft, _ = to_draft(_answer(), ARTICLE, published=PUBLISHED)
    for item in draft.evidence:
        assert item.start is not None and EXAMPLE_ARTICLE[item.start : item.end] == item.quote
    marked = {e.field: e.phrase for e in draft.evidence if e.phrase}
    assert marked["date"] == "on Thursday morning"
    assert marked["location"] == "Lafoole"
    assert marked["perpetrators"] == "Al-Shabaab"
    date = next(e for e in draft.evidence if e.field == "date")
    assert date.phrase_start is not None
    assert EXAMPLE_ARTICLE[date.phrase_start : date.phrase_end] == "on Thursday morning"


def test_named_casualties_must_be_names_and_are_dropped_with_a_note_otherwise() -> None:
    people = [
        {"name": "soldiers", "status": "killed", "role": "", "sentence": 2},
        {"name": "Abdirahman Nur", "status": "injured", "role": "captain", "sentence": 3},
    ]
    draft, notes = to_draft(_answer(named_casualties=people), ARTICLE)
    assert [p.name for p in draft.named_casualties] == ["Abdirahman Nur"]
    assert [(n.field, n.action, n.detail) for n in notes] == [
        ("named_casualties", "dropped", "'soldiers' names no one")
    ]
    # in an article written all in lower case, a name has no capital to show
    lower = NumberedArticle(EXAMPLE_ARTICLE.lower())
    people[1]["name"] = "abdirahman nur"
    draft, _ = to_draft(_answer(named_casualties=people[1:]), lower)
    assert [p.name for p in draft.named_casualties] == ["abdirahman nur"]


def test_actors_take_the_lexicons_name_when_the_words_name_one_known_actor() -> None:
    actors = [
        {"name": "Al-Shabaab fighters", "kind": "rebel_group", "sentence": 4},
        {"name": "a group of unknown men", "kind": "unknown", "sentence": 4},
    ]
    draft, _ = to_draft(_answer(perpetrators=actors), ARTICLE)
    assert [(a.name, a.kind) for a in draft.perpetrators] == [
        ("al-Shabaab", "terrorist_group"),
        ("a group of unknown men", "unknown"),
    ]
