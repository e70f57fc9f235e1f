"""Claims: whom a speaker told, a stance of two words, groups "calling themselves" X, a
speaker with a relative clause, pronouns after a sentence that opens on another person,
speakers of different bodies, and five speakers a brief."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan.quotes import find_claim
from summarizer.engines.offline.scan.speakers import same_speaker
from summarizer.schema import IncidentBrief


def _brief(text: str, published: str | None = None) -> IncidentBrief:
    return OfflineEngine().summarize(Article.from_text(text, published=published))


def _claim(text: str) -> tuple[str, str] | None:
    found = find_claim(text, default_lexicon())
    return None if found is None else (found.source, found.says)


def test_whom_a_speaker_told_is_not_what_was_said() -> None:
    text = '"Nine people died in the fire," the mayor told a press conference on Monday.'
    assert _claim(text) == ("the mayor", "Nine people died in the fire")
    text = "A village elder told a local radio station that the gunmen wore uniforms."
    assert _claim(text) == ("A village elder", "the gunmen wore uniforms")


def test_a_stance_needs_no_third_word() -> None:
    assert _claim("The rebels denied responsibility.") == ("The rebels", "denied responsibility")
    # a bare verb of speech still needs a statement
    assert _claim("The rebels said so.") is None


def test_a_claim_of_responsibility_with_its_channel() -> None:
    text = "An unknown group calling itself the Red Hand claimed responsibility on Telegram."
    assert _claim(text) == ("the Red Hand", "claimed responsibility on Telegram")


def test_a_speaker_opened_by_a_time_or_followed_by_a_relative_clause() -> None:
    text = "Its statement agency, which is close to the army, said three soldiers were hurt."
    found = _claim(text)
    assert found is not None and found[1] == "three soldiers were hurt"
    text = "On Friday night the interior ministry said 14 people had been detained."
    assert _claim(text) == ("the interior ministry", "14 people had been detained")
    text = "The prosecutor's office at first said the blast was an accident."
    assert _claim(text) == ("The prosecutor's office", "the blast was an accident")


def test_a_spokesman_of_one_body_is_not_a_spokesman_of_another() -> None:
    lexicon = default_lexicon()
    assert not same_speaker("a police spokesman", "A spokesman for the church, Ali Musa", lexicon)
    assert same_speaker("the defence ministry", "Ministry spokesman Colonel Ana Reis", lexicon)
    assert same_speaker("the city's mayor", "Mayor Jorge Acevedo", lexicon)


def test_she_said_after_a_sentence_that_opens_on_her() -> None:
    text = (
        "A gunman killed four people at a bank in the town on Monday, police said. "
        "Police chief Omar Diallo said the attacker was a former employee. "
        "Judge Maria Lopez ordered the suspect held without bail on Tuesday. "
        "She said the evidence showed the shooting had been planned for weeks."
    )
    claims = _brief(text, "2020-03-03").claims
    judge = [c for c in claims if "Lopez" in c.source]
    assert judge and "planned for weeks" in judge[0].says
    assert all("planned for weeks" not in c.says for c in claims if "Diallo" in c.source)


def test_a_suspects_history_of_illness_is_no_background() -> None:
    text = (
        "A man set fire to a bus in the city on Sunday, killing nine passengers, officials "
        "said. Police said the suspect had a history of depression and had bought the fuel "
        "that morning."
    )
    claims = _brief(text, "2012-05-07").claims
    assert any("history of depression" in c.says for c in claims)


def test_five_speakers_a_brief() -> None:
    text = (
        "A car bomb killed 12 people outside a court in the capital on Monday, police said. "
        "The health ministry said 40 people were wounded. "
        "The interior minister, Karim Saleh, blamed the Northern Front. "
        "The Northern Front denied the attack in a statement. "
        "The United Nations envoy, Maria Berg, condemned the bombing. "
        "Witnesses said the car had been parked there since dawn."
    )
    assert len(_brief(text, "2016-09-13").claims) == 5
