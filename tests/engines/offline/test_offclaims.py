"""Who said what, read from the attribution's structure (session 17, offclaims).

Covers: the speaker phrase without a "--" dateline or a bare month; a noun owned by
another ("the school's principal") as a speaker's head; two bodies sharing a head word but
not their owner ("the health ministry", "the interior ministry") kept apart; a statement
about the incident itself in a sentence set aside for its motive ("Al-Shabaab said the
attack was revenge for ...") kept as a claim. Sentences written for these tests.
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan import quotes
from summarizer.schema import IncidentBrief

LEX = default_lexicon()


def _brief(text: str, published: str = "2023-05-08") -> IncidentBrief:
    return OfflineEngine().summarize(Article.from_text(text, published=published))


def _source(text: str) -> str | None:
    found = quotes.find_claim(text, LEX)
    return found.source if found else None


def test_a_double_hyphen_dateline_is_not_part_of_the_speaker() -> None:
    text = "QUITO -- Ecuador's prison service said 31 inmates died in the riot on Monday."
    assert _source(text) == "Ecuador's prison service"
    # counter: a hyphen inside a name stays
    assert _source("Al-Shabaab said its fighters stormed the camp overnight.") == "Al-Shabaab"


def test_a_bare_month_is_no_speaker() -> None:
    assert _source("November said the toll had climbed to 40 by the evening.") is None
    # counter: a month before the speaker is when, the speaker stays
    assert _source("In November the ministry said the toll had climbed to 40.") == "the ministry"


def test_a_noun_owned_by_another_names_a_speaker() -> None:
    assert _source("The academy's principal said 12 pupils were missing after the raid.") == (
        "The academy's principal"
    )
    assert _source("The miners' parents denied that the men were armed.") == ("The miners' parents")
    # counter: an owned noun inside the reported clause is no speaker
    assert _source("The driver's cab was hit first, witnesses said.") == "witnesses"


def test_two_ministries_with_one_head_word_are_two_speakers() -> None:
    assert not quotes.same_speaker("The health ministry", "the interior ministry", LEX)
    # counter: the same body named shorter is one speaker
    assert quotes.same_speaker("the interior ministry", "The ministry", LEX)
    brief = _brief(
        "Security forces broke up two protest camps in the capital on Sunday. "
        "The health ministry said 212 people were killed nationwide. "
        "The interior ministry said 19 policemen were among the dead."
    )
    sources = [c.source.lower() for c in brief.claims]
    assert any("health" in s for s in sources)
    assert any("interior" in s for s in sources)


def test_a_claim_about_the_attack_survives_its_motive_clause() -> None:
    brief = _brief(
        "Gunmen stormed a hotel in the port city on Saturday, killing nine guests, "
        "police said. "
        "The Jamaat militia said the attack was revenge for the arrest of its commander."
    )
    assert any("Jamaat" in c.source and "revenge" in c.says for c in brief.claims)
    # counter: a dated background sentence about an earlier attack stays out
    brief = _brief(
        "Gunmen stormed a hotel in the port city on Saturday, killing nine guests, "
        "police said. "
        "In 2016 the Jamaat militia said the bombing of a ferry was revenge for an arrest."
    )
    assert not any("Jamaat" in c.source for c in brief.claims)


def test_it_said_after_a_body_opens_the_sentence_before_is_that_body() -> None:
    brief = _brief(
        "Gunmen attacked an army post near the border town on Tuesday. "
        "The army issued a statement on Wednesday. "
        "It said 12 soldiers and 30 attackers had been killed."
    )
    assert any("army" in c.source and "12 soldiers" in c.says for c in brief.claims)
    # counter: the body's name stops before the verb the sentence goes on with
    brief = _brief(
        "A truck rammed shoppers on a busy street on Friday, killing four people. "
        "The Central District Court found Rahimov guilty of four murders on Tuesday. "
        "It said he had acted to frighten the public."
    )
    assert all("found" not in c.source for c in brief.claims)


def test_told_anyone_that_reports_what_follows_that() -> None:
    found = quotes.find_claim(
        "The state government told a tribunal of inquiry on Friday that 88 people killed "
        "in the raid were buried at night.",
        LEX,
    )
    assert found is not None and found.says.startswith("88 people killed")
    # counter: without "that", the listed audience is still dropped
    found = quotes.find_claim("The governor told reporters the attackers had fled.", LEX)
    assert found is not None and found.says == "the attackers had fled"


def test_two_noun_phrases_side_by_side_are_no_speaker() -> None:
    text = (
        "The judge passed a suspended term, a penalty the victims' families said left them "
        "feeling cheated by the court."
    )
    assert _source(text) is None
    # counters: a preposition or a label before the inner article keeps the speaker
    assert _source("A nurse at the clinic said 14 wounded people arrived.") == (
        "A nurse at the clinic"
    )
    text = "Update: A group calling itself the Valley Front said it had carried out the ambush."
    assert _source(text) == "the Valley Front"


def test_a_toll_put_after_a_description_of_the_dead() -> None:
    found = quotes.find_claim(
        "Fire chief Ana Ruiz put the number killed by the blaze at nine on Sunday.", LEX
    )
    assert found is not None and found.source == "Fire chief Ana Ruiz"
    assert "at nine" in found.says
    # counter: the short shape still reads
    found = quotes.find_claim("Local officials put the toll at 45.", LEX)
    assert found is not None and found.source == "Local officials"


def test_and_after_a_closed_quotation_opens_another_speaker() -> None:
    brief = _brief(
        "A gunman shot five migrants in the town centre on Saturday. "
        'The mayor said "fear will not win" and the regional governor, Luca Neri, '
        'called the shooting an act of "pure hatred".'
    )
    assert any("Neri" in c.source and "hatred" in c.says for c in brief.claims)
    # counter: a quotation closing after "and" stays the first speaker's
    found = quotes.find_claim('"The dead were AB (40), and CD (22)," said the doctor.', LEX)
    assert found is not None and found.source == "the doctor"
