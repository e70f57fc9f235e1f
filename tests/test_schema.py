"""The brief's validation rules (CONTRACT.md §1)."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from summarizer.schema import (
    SUB_EVENT_TYPES,
    BriefDraft,
    EventType,
    Location,
    SubEventType,
    check_iso_date,
    grounding_article,
)
from tests.conftest import EXAMPLE_ARTICLE, NO_INCIDENT_ARTICLE, no_incident_brief, valid_brief


def _validate(data: dict[str, Any], article: str | None = EXAMPLE_ARTICLE) -> BriefDraft:
    context = {"article": article} if article is not None else None
    return BriefDraft.model_validate(data, context=context)


def test_a_valid_brief_validates() -> None:
    brief = _validate(valid_brief())
    assert brief.location.country_code == "SO"


def test_every_sub_event_type_belongs_to_exactly_one_event_type() -> None:
    owners = [e for sub in SubEventType for e in EventType if sub in SUB_EVENT_TYPES[e]]
    assert len(owners) == len(SubEventType)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"event_type": "protests"}, "does not belong to event_type"),
        ({"sub_event_type": None}, "event_type and sub_event_type are required"),
        ({"killed": {"min": -1, "max": 3}}, "greater than or equal to 0"),
        ({"killed": {"min": 5, "max": 3}}, "greater than max"),
        ({"date": "2024-02-30"}, "not a real date"),
        ({"date": "Feb 7 2024"}, "not ISO"),
        ({"date": "2024-2-7"}, "not ISO"),
        ({"location": {"country": "Somalia", "country_code": "XX"}}, "not an ISO 3166-1"),
        ({"headline": "x" * 121}, "at most 120 characters"),
        ({"summary": "word " * 101}, "101 words"),
        ({"evidence": []}, "no evidence quote supports"),
        (
            {"evidence": [*valid_brief()["evidence"], {"field": "mood", "quote": "roadside bomb"}]},
            "unknown field",
        ),
    ],
)
def test_rule_violations_are_rejected(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        _validate(valid_brief(**changes))


def test_quotes_must_be_in_the_article() -> None:
    data = valid_brief()
    data["claims"][0]["quote"] = "killing five soldiers"
    with pytest.raises(ValidationError, match="not a verbatim span"):
        _validate(data)
    # without an article in the context, quotes cannot be and are not checked
    assert _validate(data, article=None).claims[0].quote == "killing five soldiers"


def test_grounding_article_checks_quotes_inside_the_block_only() -> None:
    data = valid_brief()
    data["claims"][0]["quote"] = "killing five soldiers"
    with grounding_article(EXAMPLE_ARTICLE), pytest.raises(ValidationError, match="verbatim"):
        BriefDraft.model_validate(data)
    assert BriefDraft.model_validate(data).claims[0].quote == "killing five soldiers"
    # an explicit context wins over the block's article
    with grounding_article("an unrelated text"):
        assert _validate(valid_brief()).incident is True


def test_grounding_article_is_private_to_each_asyncio_task() -> None:
    import asyncio

    other = "A different article that quotes nothing of the first one."
    seen: dict[str, bool] = {}

    async def brief(name: str, article: str, pause: float) -> None:
        with grounding_article(article):
            await asyncio.sleep(pause)  # the task started next sets its article meanwhile
            try:
                BriefDraft.model_validate(valid_brief())
                seen[name] = True
            except ValidationError:
                seen[name] = False

    async def both() -> None:
        # "own" starts first and validates first, while "other" still holds its article
        await asyncio.gather(brief("own", EXAMPLE_ARTICLE, 0.01), brief("other", other, 0.05))

    asyncio.run(both())
    assert seen == {"own": True, "other": False}


def test_quote_matching_forgives_typography_not_words() -> None:
    article = "The U.S. “will not hesitate” — officials said — to respond.\nNo one else spoke."
    data = valid_brief(
        headline="U.S. will not hesitate to respond, officials said",
        summary="Officials said the U.S. would not hesitate to respond.",
        evidence=[],
        claims=[],
        incident=False,
        event_type=None,
        sub_event_type=None,
        date=None,
        location={},
        perpetrators=[],
        targets=[],
        weapons=[],
        killed=None,
        injured=None,
        related_incidents=[],
    )
    ok = data | {
        "incident": True,
        "event_type": "riots",
        "sub_event_type": "mob_violence",
        "evidence": [{"field": "event_type", "quote": 'the u.s. "will  not hesitate" - officials'}],
    }
    assert _validate(ok, article).evidence
    bad = ok | {"evidence": [{"field": "event_type", "quote": "The U.S. will hesitate"}]}
    with pytest.raises(ValidationError):
        _validate(bad, article)


def test_incident_false_requires_empty_facts() -> None:
    data = valid_brief(incident=False)
    with pytest.raises(ValidationError, match="incident is false"):
        _validate(data)


def test_weapons_are_lowercased_and_deduplicated() -> None:
    brief = _validate(valid_brief(weapons=["Roadside bomb", "roadside bomb "]))
    assert brief.weapons == ["roadside bomb"]


@pytest.mark.parametrize("value", ["2024", "2024-02", "2024-02-29"])
def test_iso_dates_at_each_precision(value: str) -> None:
    assert check_iso_date(value) == value


def test_schema_sent_to_the_model_describes_fields() -> None:
    schema = BriefDraft.model_json_schema()
    assert "verbatim" in schema["$defs"]["Evidence"]["properties"]["quote"]["description"]
    assert set(schema["properties"]) == {
        "incident",
        "headline",
        "summary",
        "event_type",
        "sub_event_type",
        "date",
        "location",
        "perpetrators",
        "targets",
        "weapons",
        "killed",
        "injured",
        "named_casualties",
        "claims",
        "related_incidents",
        "evidence",
    }


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("headline", "title_text_field_1"),
        ("summary", "summary_text_field_2"),
        ("headline", "Earthquake flattens coastal resort in Chile"),
    ],
)
def test_a_headline_or_summary_not_drawn_from_the_article_fails(field: str, text: str) -> None:
    with pytest.raises(ValidationError, match=f"{field} .* is not drawn from the article"):
        _validate(valid_brief(**{field: text}))


@pytest.mark.parametrize(
    ("headline", "article"),
    [
        # the taxonomy names the event in its own words: no placeholder
        ("Abduction", "Gunmen seized a village chief near Kaduna on Monday."),
        ("Attack on civilians", "Gunmen shot dead two traders near Kaduna on Monday."),
        # an article of punctuation leaves nothing to draw from
        ("No incident reported: !", "! ! !"),
        # a possessive in the article is its noun ("Colombia's" gives "Colombia")
        ("Unrest in Colombia", "Colombia's capital was calm today."),
    ],
)
def test_taxonomy_words_and_content_free_headlines_pass(headline: str, article: str) -> None:
    data = no_incident_brief() | {"headline": headline, "summary": article}
    assert BriefDraft.model_validate(data, context={"article": article}).headline == headline


def test_a_no_incident_summary_may_say_what_kind_of_piece_it_is() -> None:
    # Words about the piece itself (a sports report, no incident) are not held against it.
    data = no_incident_brief()
    assert "sports report" in data["summary"]
    assert BriefDraft.model_validate(data, context={"article": NO_INCIDENT_ARTICLE}).summary


def test_what_the_brief_says_is_one_line_without_control_characters_and_quotes_stay() -> None:
    data = valid_brief(
        headline="Roadside bomb\x00 kills four\nsoldiers",
        summary="A bomb\r\nstruck\u2028a convoy.\x1b[0m Four died.",
        weapons=["roadside\tbomb\x07"],
        perpetrators=[{"name": "Al-\x00Shabaab\n", "kind": "terrorist_group"}],
    )
    data["claims"][0]["source"] = "a military\nofficer\x0b"
    data["evidence"][0]["quote"] = "A roadside bomb struck a Somali\narmy convoy"
    brief = _validate(data)
    assert brief.headline == "Roadside bomb kills four soldiers"
    assert brief.summary == "A bomb struck a convoy.[0m Four died."
    assert brief.weapons == ["roadside bomb"]
    assert brief.perpetrators[0].name == "Al-Shabaab"
    assert brief.claims[0].source == "a military officer"
    # a quote is never cleaned: it is aligned to the article and stays its exact span
    quote = brief.evidence[0]
    assert quote.start is not None and EXAMPLE_ARTICLE[quote.start : quote.end] == quote.quote


def test_kosovos_user_assigned_code_is_a_country_code_and_others_are_not() -> None:
    assert Location(country="Kosovo", country_code="xk").country_code == "XK"
    with pytest.raises(ValidationError, match="not an ISO 3166-1 alpha-2 code"):
        Location(country="Nowhere", country_code="XZ")


def test_a_kosovo_town_briefs_without_error() -> None:
    from summarizer import summarize

    text = "Protesters clashed with peacekeepers in Zvecan on Monday; dozens were hurt."
    brief = summarize(text, published="2023-05-30", engine="offline")
    assert (brief.location.country, brief.location.country_code) == ("Kosovo", "XK")
