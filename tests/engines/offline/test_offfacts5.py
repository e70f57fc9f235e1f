"""Claims and related incidents on kinds heldout13 showed (issue 13, offfacts5).

Covers: "X later phoned reporters to claim the ambush" as a claim; a speaker-last claim
told to an outlet named by its kind ("..., the governor told state media."); a capitalised
"Said" inside a name is no verb of speech ("the shrine of Sidi Ali Said"), and "..., the
ministry said; <narrator's clause>" is the ministry's claim of what came before; a speaker
opened by a time phrase ("By the next day the rebels said ..."); "its/their spokesman said"
is the body the sentence before quotes or opens on; a milestone's date ("Born in 1971") and
a date inside a name ("the April 6 Front") tell no related incident; a demonym alone does
not place a related incident; a "when" clause right after a date gives the related
incident its type. Sentences written for these tests.
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.document import Document
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.pipeline import draft_brief
from summarizer.engines.offline.resolve.related import _dates as related_dates
from summarizer.engines.offline.scan.quotes import find_claim


def _brief(text: str, published: str = "2024-05-02"):  # type: ignore[no-untyped-def]
    return draft_brief(Article.from_text(text, published=published))


def _claims(text: str) -> dict[str, str]:
    return {c.source: c.says for c in _brief(text).claims}


def test_told_state_media_ends_a_speaker_last_claim() -> None:
    lexicon = default_lexicon()
    found = find_claim(
        "Troops pushed the fighters out of the hill town of Kerem on Tuesday after a week of "
        "shelling, the regional governor, Omar Haddad, told state media.",
        lexicon,
    )
    assert found is not None
    assert found.source == "the regional governor, Omar Haddad"
    assert found.says.startswith("Troops pushed the fighters out")
    found = find_claim(
        "Police shot two protesters in the port on Sunday, a hospital director told local "
        "television.",
        lexicon,
    )
    assert found is not None and found.source == "a hospital director"
    # counter-example: "state media" as the sentence's own subject names no speaker
    assert find_claim("State media showed the burned bus on Monday evening.", lexicon) is None


def test_a_capitalised_said_in_a_name_is_no_verb() -> None:
    lexicon = default_lexicon()
    found = find_claim(
        "On 3 March, the tomb of the scholar Sidi Ali Said, on a hill above the port, was "
        "set on fire and its old books destroyed, the heritage ministry said; it was the "
        "fourth shrine burned this year.",
        lexicon,
    )
    assert found is not None
    assert found.source == "the heritage ministry"
    assert "set on fire" in found.says
    # counter-example: the lower-case verb after a name still attributes
    found = find_claim("Mustafa Said, a trader, said the gunmen fired at the crowd.", lexicon)
    assert found is not None and found.source == "Mustafa Said, a trader"


def test_a_time_phrase_before_the_speaker_is_trimmed() -> None:
    found = find_claim(
        "Government troops entered the river town of Belen on Friday, and by the next day "
        "the Northern Front, which had held it since 2019, said it had pulled out.",
        default_lexicon(),
    )
    assert found is not None
    assert found.source == "the Northern Front"
    assert found.says.startswith("it had pulled out")


_ATTACK = (
    "A car bomb killed 23 people outside a cinema in the city of Tarvin on Saturday, police "
    "said.\n\n"
)


def test_its_spokesman_is_the_body_the_sentence_before_quotes() -> None:
    found = _claims(
        _ATTACK + "The Red Hand Brigade said in a message to reporters that it had set off the "
        "bomb. Its spokesman, who would not give his full name, said the group would strike "
        "again."
    )
    assert "The Red Hand Brigade" in found
    assert "strike again" in found["The Red Hand Brigade"]
    assert not any(source.startswith("Its") for source in found)
    # with a name, the body is written out and the name kept
    found = _claims(
        _ATTACK + "The interior ministry disputed that account. Its spokesman, Karim Deeb, "
        "said the bomb had gone off early and killed only the driver."
    )
    assert "The interior ministry's spokesman, Karim Deeb" in found
    # counter-example: "his spokesman" speaks for a person, left as it is
    found = _claims(
        _ATTACK + "The mayor, Lina Farouk, visited the site. His spokesman said the mayor "
        "would ask for more police patrols."
    )
    assert "His spokesman" in found


def _background_dates(text: str, main: str) -> list[str]:
    doc = Document(Article.from_text(_ATTACK + text, published="2024-05-02"), default_lexicon())
    return [value for value, *_ in related_dates(doc.sentences[-1], main)]


def test_a_birth_year_and_a_date_in_a_name_tell_no_related_incident() -> None:
    text = "Born in 1971 in Oster, a poor quarter, he was jailed under two presidents."
    assert _background_dates(text, "2024-05-04") == []
    brief = _brief(
        _ATTACK + "He led the April 6 Front, a protest group, and bombings had rocked the city."
    )
    assert brief.related_incidents == []
    # counter-example: a year with no milestone word still dates an earlier incident
    text = "In 1971 in Oster, a poor quarter, soldiers killed six strikers."
    assert _background_dates(text, "2024-05-04") == ["1971"]
    # counter-example: a year with no milestone word still dates an earlier attack
    brief = _brief(
        _ATTACK + "In 2015 gunmen killed 12 people at a wedding in the village of Oster."
    )
    assert [r.date for r in brief.related_incidents] == ["2015"]


def test_a_demonym_alone_does_not_place_a_related_incident() -> None:
    brief = _brief(
        "A bomb killed nine people at a bus station in Gatumba on Sunday, police said.\n\n"
        "In March 2019, 40 Ugandan traders were killed in an attack on the market in the "
        "town.",
        published="2023-06-12",
    )
    assert [r.place for r in brief.related_incidents] == ["Gatumba"]
    # counter-example: a country named where it happened still places it
    brief = _brief(
        "A bomb killed nine people at a bus station in Gatumba on Sunday, police said.\n\n"
        "In March 2019, 40 traders were killed in an attack on a market in Uganda.",
        published="2023-06-12",
    )
    assert [r.place for r in brief.related_incidents] == ["Uganda"]


def test_phoning_reporters_to_claim_an_attack_is_a_claim() -> None:
    lexicon = default_lexicon()
    found = find_claim(
        "A little-known group calling itself the Sunrise Brigade later phoned reporters to "
        "claim the ambush.",
        lexicon,
    )
    assert found is not None
    assert found.source == "the Sunrise Brigade"
    assert "claim the ambush" in found.says
    # counter-example: phoning reporters to complain claims nothing
    assert find_claim("The mayor phoned reporters to complain about the noise.", lexicon) is None


def test_a_when_clause_after_the_date_gives_the_related_type() -> None:
    brief = _brief(
        _ATTACK + "Camp Dara saw the deadliest attack on a military base in March 2016, when a "
        "sergeant killed nine cooks."
    )
    assert [(r.date, str(r.event_type.value)) for r in brief.related_incidents] == [
        ("2016-03", "violence_against_civilians")
    ]
    # counter-example: a linking word before the date still decides ("since clashes ...")
    brief = _brief(
        _ATTACK + "Tension has grown since clashes between soldiers and rebels in March 2016, "
        "when a sniper shot dead nine unarmed cooks."
    )
    assert [str(r.event_type.value) for r in brief.related_incidents] == ["battles"]
