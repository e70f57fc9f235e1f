"""Who a claim is from: inversions without quotation marks, the channel a speaker used,
and one speaker named twice (issue 13; wordings of a fresh probe, none of a fixture)."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan import quotes
from summarizer.schema import IncidentBrief

LEX = default_lexicon()


def _brief(text: str, published: str = "2024-06-03") -> IncidentBrief:
    return OfflineEngine().summarize(Article.from_text(text, published=published))


def test_an_inverted_speaker_without_quotation_marks() -> None:
    claim = quotes.find_claim(
        "The gunmen surrounded the market and fired at traders, said a witness who asked "
        "not to be named.",
        LEX,
    )
    assert claim is not None and claim.source == "a witness"
    assert claim.says.startswith("The gunmen surrounded the market")
    claim = quotes.find_claim("The convoy turned back at the bridge, said Ali Farah.", LEX)
    assert claim is not None and claim.source == "Ali Farah"


def test_said_after_a_speaker_and_its_apposition_is_not_inverted() -> None:
    # "X, who ..., said Y": X speaks; "The chief, General X, said ...": so does X
    claim = quotes.find_claim(
        "Amina Yusuf, who runs a clinic in the camp, said nurses had treated 40 people.", LEX
    )
    assert claim is not None and claim.source == "Amina Yusuf"
    assert claim.says.startswith("nurses had treated 40 people")
    claim = quotes.find_claim(
        "The navy commander, Admiral Tomas Reyes, said the boat sank within minutes.", LEX
    )
    assert claim is not None and claim.source.endswith("Admiral Tomas Reyes")
    assert claim.says.startswith("the boat sank")


def test_a_statement_or_its_own_outlet_is_how_a_speaker_spoke() -> None:
    for tail in (
        "according to a statement carried by its Amaq news agency.",
        "according to its Amaq news agency.",
    ):
        claim = quotes.find_claim(
            f"Islamic State West Africa Province said its fighters burned the trucks, {tail}",
            LEX,
        )
        assert claim is not None, tail
        assert claim.source == "Islamic State West Africa Province", tail
        assert claim.says.startswith("its fighters burned the trucks"), tail
    # a statement without a speaker of its own is still the statement's
    claim = quotes.find_claim("Eight people died, according to a statement from the army.", LEX)
    assert claim is not None and claim.source == "the army"


def test_an_unnamed_office_and_the_named_person_holding_it_are_one_speaker() -> None:
    assert quotes.same_speaker("the town's mayor", "Mayor Ines Moreira", LEX)
    assert quotes.same_speaker("a hospital director", "Hospital director Dr Sami Haddad", LEX)
    # a group is not one person; an office of another word is another speaker
    assert not quotes.same_speaker("residents", "Resident Ali Musa Haidar", LEX)
    assert not quotes.same_speaker("a police officer", "Captain Ahmed Nur", LEX)


def test_a_speaker_named_twice_is_one_claim_under_the_fuller_name() -> None:
    brief = _brief(
        "Masked men shot dead two traders at a market in Cucuta on Saturday, the city's "
        "mayor said. Mayor Ines Moreira said on social media that the attack was linked "
        "to extortion and offered a reward for information."
    )
    sources = [c.source for c in brief.claims]
    assert sources == ["Mayor Ines Moreira"], sources
    assert "extortion" in brief.claims[0].says


def test_what_followed_the_incident_is_not_background() -> None:
    brief = _brief(
        "Rebels ambushed an army patrol near Bunia on Saturday, killing three soldiers. "
        "The army said in a statement that the rebels lost 11 fighters in the fighting "
        "that followed."
    )
    assert any(c.source.lower() == "the army" for c in brief.claims), brief.claims


def test_a_described_group_is_not_the_armed_group_named_before() -> None:
    brief = _brief(
        "Suspected jihadists of the Islamic State Sahel Province abducted five nurses near "
        "Menaka on Tuesday, a local official said. The aid group, which asked not to be "
        "named, said it had suspended its work in the district. The rebel group said in a "
        "message that it held the nurses."
    )
    by_source = {c.source: c.says for c in brief.claims}
    assert "The aid group" in by_source, by_source
    assert "suspended its work" in by_source["The aid group"]
    assert not any("suspended" in says for s, says in by_source.items() if "Islamic" in s)
