"""The lead's fixes of session 18: a riot's band named by its people is the doer;
multinational missions are named forces."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine


def _doers(text: str) -> list[str]:
    brief = OfflineEngine().summarize(Article.from_text(text, published="2021-06-07"))
    assert brief.incident
    return [p.name for p in brief.perpetrators]


def test_a_riots_band_named_by_its_people_is_the_doer() -> None:
    assert _doers(
        "Hutu and Twa youths armed with machetes attacked homes in Kigali on Sunday night, "
        "killing nine people, police said."
    ) == ["Hutu youths", "Twa youths"]
    # counter-example: a crowd of unnamed men is named by the crowd words, not as written
    assert _doers(
        "A crowd of several thousand men set fire to churches and homes in Jaranwala on "
        "Wednesday, police said."
    ) == ["mob"]


def test_multinational_missions_are_named_forces() -> None:
    brief = OfflineEngine().summarize(
        Article.from_text(
            "An ISAF air strike hit two hijacked fuel tankers near Kunduz on Friday, killing "
            "dozens of villagers, officials said.",
            published="2009-09-04",
        )
    )
    assert [(p.name, p.kind.value) for p in brief.perpetrators] == [
        ("International Security Assistance Force", "state_forces")
    ]
    assert _doers(
        "Peacekeepers of the African Union Mission in Somalia shelled a market in Mogadishu "
        "on Monday, killing six people."
    ) == ["African Union Mission in Somalia"]


def test_a_paragraph_only_a_fragment_follows_is_the_story_not_its_title() -> None:
    text = "Gunmen killed 12 soldiers in Kirkuk on Monday, police said. m\n\n0"
    brief = OfflineEngine().summarize(Article.from_text(text, published="2024-03-15"))
    assert brief.killed is not None and brief.killed.min == 12
    assert "Gunmen killed 12 soldiers" in brief.summary
    # counter-example: a short headline line over a story stays its title
    titled = OfflineEngine().summarize(
        Article.from_text(
            "Blast in Kirkuk\n\nA car bomb killed four police officers in Kirkuk on Monday.",
            published="2024-03-15",
        )
    )
    assert titled.killed is not None and titled.killed.min == 4
    assert "Blast in Kirkuk" not in titled.summary
