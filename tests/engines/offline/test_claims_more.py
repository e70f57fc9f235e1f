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


def test_a_stance_verb_stays_inside_the_statement() -> None:
    claim = quotes.find_claim(
        "The regional governor condemned the bombing of the market and ordered an inquiry.", LEX
    )
    assert claim is not None and claim.source == "The regional governor"
    assert claim.says.startswith("condemned the bombing")
    claim = quotes.find_claim(
        "Opposition leader Amina Diallo accused the police of opening fire first.", LEX
    )
    assert claim is not None and claim.source == "Opposition leader Amina Diallo"
    assert claim.says.startswith("accused the police of opening fire")
    claim = quotes.find_claim("The rebel movement denies recruiting children in the north.", LEX)
    assert claim is not None and claim.says.startswith("denies recruiting")


def test_a_passive_stance_participle_is_no_speech() -> None:
    for text in (
        "Two brothers accused of ordering the killing were arrested in the capital on Friday.",
        "The raid was blamed on a splinter faction from across the river.",
        "Four officers condemned to prison for the shooting appealed the verdict.",
    ):
        assert quotes.find_claim(text, LEX) is None, text
