"""Quotes aligned to their article: exact, fuzzy within the documented tolerance, and no further."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError

from summarizer.alignment import (
    MAX_ELLIPSIS_GAP,
    Alignment,
    align_quote,
    closest_passage,
    locate_phrase,
)
from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import SCHEMA_VERSION, BriefDraft, IncidentBrief
from tests.conftest import EXAMPLE_ARTICLE, REPO, valid_brief

ARTICLE = (
    "The U.S. military said on Tuesday that its forces “will not hesitate” to respond.\n\n"
    "A spokesman — speaking in Baghdad — said 12 3-ton trucks were hit. Nobody else spoke."
)


def _span(quote: str, article: str = ARTICLE) -> tuple[str, Alignment]:
    span = align_quote(quote, article)
    assert span is not None, quote
    return article[span.start : span.end], span.alignment


def test_a_literal_substring_aligns_exactly() -> None:
    span = align_quote("its forces", ARTICLE)
    assert span is not None and span.alignment is Alignment.exact
    assert ARTICLE[span.start : span.end] == "its forces"
    assert span.start == ARTICLE.index("its forces")


@pytest.mark.parametrize(
    ("quote", "real"),
    [
        ("the u.s. MILITARY said", "The U.S. military said"),  # case
        ("said on  Tuesday\nthat", "said on Tuesday that"),  # spacing
        ("The U.S.military", "The U.S. military"),  # a missing space
        ('forces "will not hesitate" to', "forces “will not hesitate” to"),  # quote marks
        ("forces will not hesitate to", "forces “will not hesitate” to"),  # marks dropped
        ("A spokesman -- speaking in Baghdad - said", "A spokesman — speaking in Baghdad — said"),
        ("spokesman … said 12", "spokesman — speaking in Baghdad — said 12"),  # an ellipsis
        ("The U.S. military [...] its forces", "The U.S. military said on Tuesday that its forces"),
        ("... 12 3-ton trucks were hit", "12 3-ton trucks were hit"),  # a leading ellipsis
    ],
)
def test_typography_spacing_case_and_ellipses_align_fuzzily(quote: str, real: str) -> None:
    assert _span(quote) == (real, Alignment.fuzzy)


@pytest.mark.parametrize(
    "quote",
    [
        "The U.S. army said",  # a changed word
        "said 13 3-ton trucks were hit",  # a changed number
        "said 123-ton trucks were hit",  # two numbers run together
        "The U.S. said on Tuesday",  # a dropped word
        "its forces ... The U.S. military",  # ellipsis pieces out of order
        "",
    ],
)
def test_changed_words_numbers_and_order_do_not_align(quote: str) -> None:
    assert align_quote(quote, ARTICLE) is None


def test_an_ellipsis_stands_for_a_bounded_gap() -> None:
    filler = "word " * (MAX_ELLIPSIS_GAP // 5)
    near = f"Troops arrived. {'x ' * 10}They left at dawn."
    far = f"Troops arrived. {filler}{filler}They left at dawn."
    assert _span("Troops arrived ... They left", near)[1] is Alignment.fuzzy
    assert align_quote("Troops arrived ... They left", far) is None


def test_a_repeated_quote_takes_the_occurrence_holding_the_pointed_phrase() -> None:
    article = "Shots were fired. Police said. Later, shots were fired. Police said."
    second = article.rindex("Shots were fired".lower())
    span = align_quote("shots were fired", article, near=(second + 6, second + 10))
    assert span is not None and span.start == second
    assert align_quote("shots were fired", article, near=None) == align_quote(
        "shots were fired", article
    )


def test_a_phrase_is_located_inside_its_quote_only() -> None:
    start = ARTICLE.index("The U.S.")
    end = ARTICLE.index(" to respond")
    found = locate_phrase("on tuesday", ARTICLE, start, end)
    assert found is not None and ARTICLE[found[0] : found[1]] == "on Tuesday"
    assert locate_phrase("Baghdad", ARTICLE, start, end) is None


def test_closest_passage_names_whole_words_near_a_misquote() -> None:
    assert (
        closest_passage("said 13 3-ton trucks were hit", ARTICLE) == "said 12 3-ton trucks were hit"
    )
    assert closest_passage("an unrelated sentence about football", ARTICLE) is None


# -- in the schema ---------------------------------------------------------------------------


def _validate(data: dict[str, Any], article: str = EXAMPLE_ARTICLE) -> BriefDraft:
    return BriefDraft.model_validate(data, context={"article": article})


def _every_quote(brief: BriefDraft) -> list[Any]:
    return [*brief.evidence, *brief.claims]


def test_validation_fills_offsets_of_every_quote() -> None:
    brief = _validate(valid_brief())
    for item in _every_quote(brief):
        assert item.start is not None and item.end is not None
        assert EXAMPLE_ARTICLE[item.start : item.end] == item.quote
        assert item.alignment is Alignment.exact


def test_a_fuzzy_quote_is_replaced_by_the_article_text_and_stays_fuzzy() -> None:
    data = valid_brief()
    data["claims"][1]["quote"] = "Al-Shabaab claimed responsibility … saying its fighters had"
    brief = _validate(data)
    claim = brief.claims[1]
    assert claim.alignment is Alignment.fuzzy
    assert claim.quote.startswith("Al-Shabaab claimed responsibility for the attack in a state")
    assert claim.quote.endswith("saying its fighters had")
    assert claim.start is not None and EXAMPLE_ARTICLE[claim.start : claim.end] == claim.quote
    # validated again (as IncidentBrief.from_draft does), the alignment found is kept
    again = _validate(brief.model_dump(mode="json"))
    assert again.claims[1].alignment is Alignment.fuzzy
    assert again.claims[1].quote == claim.quote


def test_a_quote_that_aligns_nowhere_fails_with_the_closest_passage() -> None:
    data = valid_brief()
    data["claims"][1]["quote"] = "saying its fighters had killed eleven soldiers"
    with pytest.raises(ValidationError, match="not a verbatim span") as failure:
        _validate(data)
    assert "(closest passage: 'saying its fighters had killed nine soldiers.')" in str(
        failure.value
    )


def test_offsets_an_engine_gives_are_kept_when_they_hold_the_quote() -> None:
    article = EXAMPLE_ARTICLE + "\n\nLafoole was quiet again by evening."
    second = article.rindex("Lafoole")
    data = valid_brief()
    data["evidence"].append(
        {"field": "location", "quote": "Lafoole", "start": second, "end": second + 7}
    )
    data["evidence"].append({"field": "location", "quote": "Lafoole", "start": 3, "end": 10})
    brief = _validate(data, article)
    kept, moved = brief.evidence[-2], brief.evidence[-1]
    assert (kept.start, kept.alignment) == (second, Alignment.exact)
    # wrong offsets are not trusted: the quote is aligned again from its text
    assert moved.start == article.index("Lafoole") and moved.alignment is Alignment.exact


def test_a_phrase_by_text_or_offsets_is_filled_inside_its_quote() -> None:
    data = valid_brief()
    date = data["evidence"][1]
    assert date["field"] == "date"
    date.update(quote="on the road between Mogadishu and Afgooye on Thursday morning")
    date["phrase"] = "thursday MORNING"
    killed = data["evidence"][6]
    assert killed["field"] == "killed"
    at = EXAMPLE_ARTICLE.index("four soldiers and wounding")
    killed.update(phrase_start=at, phrase_end=at + len("four soldiers"))
    brief = _validate(data)
    assert brief.evidence[1].phrase == "Thursday morning"
    ps, pe = brief.evidence[1].phrase_start, brief.evidence[1].phrase_end
    assert ps is not None and EXAMPLE_ARTICLE[ps:pe] == "Thursday morning"
    assert brief.evidence[6].phrase == "four soldiers"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"phrase": "nine soldiers"}, "phrase 'nine soldiers' is not inside its quote"),
        ({"phrase_start": 0, "phrase_end": 5}, "phrase offsets 0-5 are not inside its quote"),
        ({"phrase_start": 3}, "give both start and end"),
        ({"start": 9, "end": 9}, "start 9 must be less than end 9"),
        ({"start": -1, "end": 4}, "greater than or equal to 0"),
    ],
)
def test_bad_phrases_and_offsets_fail_validation(changes: dict[str, Any], message: str) -> None:
    data = valid_brief()
    data["evidence"][6].update(changes)
    with pytest.raises(ValidationError, match=message):
        _validate(data)


def test_offsets_are_not_part_of_the_schema_the_model_is_shown() -> None:
    schema = BriefDraft.model_json_schema()
    assert set(schema["$defs"]["Evidence"]["properties"]) == {"field", "quote"}
    assert set(schema["$defs"]["Claim"]["properties"]) == {"source", "says", "quote"}


def test_a_brief_of_schema_version_1_still_loads_and_aligns() -> None:
    assert SCHEMA_VERSION == "2"
    stored = json.loads((REPO / "tests" / "data" / "brief-schema-v1.json").read_text("utf-8"))
    assert stored["provenance"]["schema_version"] == "1"
    assert "start" not in stored["evidence"][0]
    # read from disk without its article: as it was
    plain = IncidentBrief.model_validate(stored)
    assert plain.evidence[0].start is None and plain.provenance.schema_version == "1"
    # against its article: every quote aligned, the retyped ones fuzzily and replaced
    article = Article.from_text(EXAMPLE_ARTICLE).text
    brief = IncidentBrief.model_validate(stored, context={"article": article})
    for item in _every_quote(brief):
        assert article[item.start : item.end] == item.quote
    fuzzy = [c.source for c in brief.claims if c.alignment is Alignment.fuzzy]
    assert fuzzy == ["Al-Shabaab", "Somalia's government"]
    assert brief.claims[1].quote.startswith("Al-Shabaab claimed responsibility")
    assert brief.claims[3].quote.startswith("Somalia's government says")


def test_offline_briefs_carry_offsets_into_the_text_the_engine_saw() -> None:
    html = (
        "<html><body><h1>Convoy hit</h1>"
        + "".join(f"<p>{p}</p>" for p in EXAMPLE_ARTICLE.split("\n\n")[1:])
        + "</body></html>"
    )
    article = Article.from_text(html, published="2024-03-15")
    brief = OfflineEngine().summarize(article)
    assert brief.evidence and brief.claims
    assert brief.provenance.schema_version == SCHEMA_VERSION
    for item in _every_quote(brief):
        assert item.start is not None and article.text[item.start : item.end] == item.quote


def test_llm_briefs_carry_offsets(chat_server: Any, llm_settings: Any, fast_policy: Any) -> None:
    from summarizer.engines.llm import LLMEngine
    from tests.chat_server import Reply

    data = valid_brief()
    data["evidence"][0]["quote"] = "a roadside bomb struck a Somali army convoy"  # case differs
    chat_server.add(Reply.brief(data))
    article = Article.from_text(EXAMPLE_ARTICLE, published="2024-03-15")
    brief = LLMEngine(llm_settings, policy=fast_policy).summarize(article)
    assert brief.evidence[0].quote == "A roadside bomb struck a Somali army convoy"
    assert brief.evidence[0].alignment is Alignment.fuzzy
    for item in _every_quote(brief):
        assert item.start is not None and article.text[item.start : item.end] == item.quote
    assert len(chat_server.received) == 1  # aligned, not re-asked
