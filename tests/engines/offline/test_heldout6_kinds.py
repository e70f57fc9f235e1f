"""Kinds of miss the spent heldout6 split showed, in sentences written for these tests:
a player who "storms" a court, a crowd crush, a defence budget (no incident); a shrine
smashed (property destruction); stun grenades fired at a crowd (no grenade attack)."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import IncidentBrief, SubEventType

ENGINE = OfflineEngine()


def _brief(text: str, title: str | None = None) -> IncidentBrief:
    return ENGINE.summarize(Article.from_text(text, title=title, published="2024-06-10"))


def test_a_tennis_final_told_as_a_siege_is_no_incident() -> None:
    text = (
        "For a decade the grass court at the All England Club was her fortress. On Saturday "
        "a 19-year-old breached it, saving two match points in the deciding set and winning "
        "the tie-break 7-5 after three hours of trench warfare from the baseline. The "
        "seeded champion fell to her knees; the crowd on Centre Court rose as one. Her "
        "racket, she said, had been her only weapon."
    )
    title = "Teenager storms the champion's fortress to take the title"
    assert _brief(text, title).incident is False


def test_a_crowd_crush_and_a_defence_budget_are_no_incidents() -> None:
    crush = (
        "At least 40 people were killed when a crowd surged at the gates of a football "
        "stadium in Conakry on Sunday, officials said. Many were trampled or suffocated in "
        "the crush; the government called it a national disaster and promised an inquiry "
        "into crowd control at the ground."
    )
    assert _brief(crush, "Stadium crowd crush kills 40 in Conakry").incident is False
    budget = (
        "Poland's cabinet approved a record defence budget for the next fiscal year on "
        "Tuesday, with money for tanks, long-range missiles and drones, as the government "
        "pushes ahead with a military build-up it says the war next door demands."
    )
    assert _brief(budget, "Poland approves record defence budget").incident is False


def test_shrines_smashed_are_property_destroyed() -> None:
    brief = _brief(
        "Militants armed with sledgehammers smashed the tombs of three Sufi saints in a "
        "village near Gao on Sunday, residents said."
    )
    assert brief.incident and brief.sub_event_type == SubEventType.looting_property_destruction


def test_stun_grenades_fired_at_a_crowd_are_no_grenade_attack() -> None:
    brief = _brief(
        "Thousands of protesters stormed the regional governor's office in Aktobe on "
        "Wednesday and set it on fire, while police fired stun grenades and tear gas to "
        "push them back, witnesses said."
    )
    assert brief.sub_event_type != SubEventType.grenade
