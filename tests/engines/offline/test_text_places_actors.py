from __future__ import annotations

import re

import pytest

from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan import actors, gazetteer, placenames, places
from summarizer.engines.offline.text import _ends_with_abbreviation, split_sentences

LEX = default_lexicon()


def find_actors(text: str) -> list[actors.ActorMention]:
    return actors.find_actors(text, LEX)


def find_countries(text: str) -> list[places.CountryHit]:
    return places.find_countries(text, LEX)


def find_regions(text: str) -> list[tuple[places.Region, int, int]]:
    return places.find_regions(text, LEX)


def find_places(text: str) -> list[places.PlaceHit]:
    return placenames.find_places(text, LEX)


def find_cities(text: str) -> list[tuple[gazetteer.City, int, int]]:
    return gazetteer.find_cities(text, LEX)


def country_name(code: str) -> str:
    return places.country_name(code, LEX)


def test_sentences_keep_offsets_and_skip_abbreviations() -> None:
    text = "The U.S. military said Gen. Smith left. Two died.\n\nA new paragraph."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "The U.S. military said Gen. Smith left.",
        "Two died.",
        "A new paragraph.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.paragraph for s in sentences] == [0, 0, 1]


def test_lower_cased_text_is_split_into_sentences() -> None:
    text = "the bomb exploded at 0200.  gen. rivera said no. 4 was hit.  two died! then"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "the bomb exploded at 0200.",
        "gen. rivera said no. 4 was hit.",
        "two died!",
        "then",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    # text with capitals keeps the stricter rule: a lower-case word does not start a sentence
    assert len(split_sentences("He left at 5 p.m. yesterday. Two died.")) == 2


def test_countries_by_name_alias_and_demonym() -> None:
    codes = [
        h.code for h in find_countries("Syria and the DRC, not Iranian-backed groups; Iraqi police")
    ]
    assert codes == ["SY", "CD", "IQ"]
    assert country_name("CD") == "Democratic Republic of the Congo"


def test_regions_are_matched_accent_free() -> None:
    [(region, _, _)] = find_regions("in eastern Baghdad on Friday")  # ISO: "Baghdād"
    assert (region.code, region.country) == ("IQ-BG", "IQ")


def test_places_from_text_structure() -> None:
    names = [p.name for p in find_places("the Mashtal neighborhood and the village of Kukawa")]
    assert names == ["Mashtal", "Kukawa"]


def test_actor_roles_from_structure() -> None:
    roles = {
        (m.name, m.role)
        for m in find_actors("A U.S. drone strike killed a top Kataib Hezbollah leader.")
    }
    assert roles == {("United States", "perpetrator"), ("Kataib Hezbollah", "target")}
    [claimed] = find_actors("Al-Shabaab claimed responsibility for the attack.")
    assert claimed.role == "perpetrator"


def test_lowercase_us_is_not_the_united_states() -> None:
    assert find_actors("let us know what happened") == []


def test_cities_from_the_gazetteer() -> None:
    hits = [(c.name, c.country) for c, _, _ in find_cities("Missiles hit Kharkiv and Kharkov")]
    assert hits == [("Kharkiv", "UA"), ("Kharkiv", "UA")]  # an alias resolves to the same city
    # capitalised common words that happen to be towns somewhere are not read as towns
    assert find_cities("Police said the Army would Hit back") == []


def test_country_and_adjective_words_are_not_towns() -> None:
    text = "The Federal Prosecutor and Central Command said crews from India and Palestine"
    assert find_cities(text) == []
    # a people's name before a place noun is not the place: the name after "of" is
    assert [p.name for p in find_places("west of the Yemeni port of Hodeidah")] == ["Hodeidah"]


def test_a_local_report_is_placed_by_its_dateline_when_nothing_else_places_it() -> None:
    from summarizer.article import Article
    from summarizer.engines.offline import OfflineEngine

    text = (
        "GAZIPUR, Sept 19 — Villagers beat two men to death on Thursday after accusing them "
        "of stealing cattle, police said."
    )
    brief = OfflineEngine().summarize(Article.from_text(text, published="2024-09-19"))
    assert (brief.location.country_code, brief.location.place) == ("BD", "Gazipur")


def test_a_paragraph_of_abbreviations_is_one_sentence() -> None:
    # "Mr. Mr. ..." never ends a sentence: every period is an abbreviation's
    text = "Mr. " * 3000 + "Smith left."
    assert [s.text for s in split_sentences(text)] == [text]


def _ends_with_abbreviation_reference(chunk: str) -> bool:
    # the splitter's rule applied to the whole chunk, as it was before it looked at the tail
    if re.search(r"(?:\b[A-Za-z]\.){2,}$", chunk):
        return True
    word = re.search(r"([A-Za-z]+)\.$", chunk)
    return word is not None and (word.group(1).lower() in {"gen", "sen"} or len(word.group(1)) == 1)


@pytest.mark.parametrize(
    "chunk",
    [
        "Talks with Gen.",
        "x" * 500 + " Gen.",
        "a" * 63 + "gen.",  # a long word ending in an abbreviation is not one
        "A.B." * 200,
        "xA.B." + "C." * 40,
        "word " * 30 + "z" * 80 + ".",
        "It was in the U.S.",
        "end.",
    ],
)
def test_abbreviations_are_judged_by_the_tail_as_by_the_whole(chunk: str) -> None:
    assert _ends_with_abbreviation(chunk) == _ends_with_abbreviation_reference(chunk)
