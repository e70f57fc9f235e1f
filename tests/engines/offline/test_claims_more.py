"""Claims, casualty figures and dates on wordings the fixtures do not use (issue 13)."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan import quotes
from summarizer.schema import IncidentBrief

LEX = default_lexicon()


def _brief(text: str, published: str = "2024-06-03") -> IncidentBrief:
    return OfflineEngine().summarize(Article.from_text(text, published=published))


def test_a_speakers_further_statements_are_folded_into_its_claim() -> None:
    brief = _brief(
        "Gunmen raided a checkpoint outside Baidoa on Sunday, killing four soldiers. "
        "Regional police chief Abdi Warsame said the attackers came from the west. "
        "Warsame said the wounded had been flown to Mogadishu. "
        "He said reinforcements had sealed the road to the river."
    )
    [claim] = [c for c in brief.claims if "Warsame" in c.source]
    assert "attackers came from the west" in claim.says
    assert "flown to Mogadishu" in claim.says
    assert "reinforcements had sealed" in claim.says
