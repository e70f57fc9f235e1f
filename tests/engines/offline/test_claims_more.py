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


def test_inverted_speakers_with_appositions_and_relative_clauses() -> None:
    claim = quotes.find_claim(
        '"The shooting lasted an hour," said a fisherman from Tonga who asked not to be named.',
        LEX,
    )
    assert claim is not None and claim.source.startswith("a fisherman")
    assert "asked" not in claim.source and claim.says == "The shooting lasted an hour"
    claim = quotes.find_claim(
        '"Nobody came to help us," said Major Idris Kone, commander of the local garrison.', LEX
    )
    assert claim is not None and claim.source == "Major Idris Kone"
    claim = quotes.find_claim(
        '"They burned every granary," said a nurse, Halima Sow, who treated the wounded.', LEX
    )
    assert claim is not None and claim.source == "a nurse, Halima Sow"


def test_present_plural_say_and_a_head_before_its_place() -> None:
    claim = quotes.find_claim("Gunmen set fire to the town hall in Kidal, witnesses say.", LEX)
    assert claim is not None and claim.source == "witnesses"
    claim = quotes.find_claim(
        "A councillor from Gao district, who asked not to be named because the junta has "
        "warned officials against speaking, said six soldiers were buried on Monday.",
        LEX,
    )
    assert claim is not None and claim.source == "A councillor from Gao district"
    assert claim.says.startswith("six soldiers were buried")


def test_a_capitalised_states_is_a_name_not_a_verb() -> None:
    claim = quotes.find_claim(
        "The United States said the strike hit a depot used by the militia.", LEX
    )
    assert claim is not None and claim.source == "The United States"


def test_issued_a_statement_saying_names_the_sentence_subject() -> None:
    claim = quotes.find_claim(
        "The navy's high command issued a statement saying two patrol boats had been sunk.", LEX
    )
    assert claim is not None and claim.source == "The navy's high command"
    assert claim.says.startswith("two patrol boats")


def test_two_speakers_in_one_sentence_are_two_claims() -> None:
    brief = _brief(
        "Security forces fired on a march in Bauchi on Saturday. Rights monitors said at least "
        "nine marchers were shot dead, while state officials put the toll at four. Organisers "
        "put the crowd at 20,000; police gave an estimate of 6,000."
    )
    by = {c.source: c.says for c in brief.claims}
    assert "state officials" in by and "four" in by["state officials"]
    assert "nine" in by["Rights monitors"] and "four" not in by["Rights monitors"]
    assert "police" in by and "6,000" in by["police"]
    assert "6,000" not in by["Organisers"]


def test_a_court_story_is_dated_by_the_narrated_act_without_a_violence_word() -> None:
    text = (
        "A High Court in Lagos on Monday sentenced to life in prison two gunmen who shot and "
        "killed a market trader after a two-year trial. Prosecutors told the court that on the "
        "night of 3 May 2021 the pair trailed the trader home from the market. Judge Ada Obi "
        "said the evidence was overwhelming and the jury's verdict sound. The defence lawyer "
        "said both men would appeal."
    )
    brief = OfflineEngine().summarize(
        Article.from_text(text, published="2024-02-12", title="Two jailed for trader's killing")
    )
    assert brief.date == "2021-05-03"


def test_an_early_figure_and_a_vow_are_claims() -> None:
    claim = quotes.find_claim("Officials initially said 28 people had been killed.", LEX)
    assert claim is not None and claim.source == "Officials"
    assert claim.says.startswith("28 people")
    claim = quotes.find_claim("Prime Minister Ali Rahimi vowed to hunt down the killers.", LEX)
    assert claim is not None and claim.source == "Prime Minister Ali Rahimi"
    assert claim.says == "vowed to hunt down the killers"
    # a promise is no claim about the incident
    assert quotes.find_claim("The junta had promised to hand power back by 2024.", LEX) is None


def test_a_second_speaker_after_but_has_a_claim_of_its_own() -> None:
    brief = _brief(
        "A 22-year-old woman died in hospital in Tehran on Friday after she was detained by "
        "police. City police said she had suffered a heart attack, but her family said she "
        "had no heart condition."
    )
    says = {c.source: c.says for c in brief.claims}
    assert says.get("City police") == "she had suffered a heart attack"
    assert says.get("her family") == "she had no heart condition"
