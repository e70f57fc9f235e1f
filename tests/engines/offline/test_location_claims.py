"""Where, who says what, when and how many: the location, claims, date and casualty rules
on sentences of the tests' own wording."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan import gazetteer, places
from summarizer.schema import IncidentBrief


def _brief(text: str, published: str = "2024-05-20") -> IncidentBrief:
    return OfflineEngine().summarize(Article.from_text(text, published=published))


def test_a_town_knows_its_first_level_region() -> None:
    lexicon = default_lexicon()
    town = lexicon.rules(gazetteer.CityRules).town("Peshawar")
    assert town is not None and (town.country, town.admin1) == ("PK", "Khyber Pakhtunkhwa")
    # GeoNames' administrative prefixes and stale names give way to the press's
    assert places.town_region("Muhafazat Kirkuk", lexicon) == "Kirkuk"
    assert places.town_region("Kashmir", lexicon) == "Jammu and Kashmir"


def test_a_town_named_without_its_region_gives_the_region() -> None:
    brief = _brief(
        "A grenade thrown at a crowded bus stop in Peshawar wounded six people on Sunday, "
        "police said."
    )
    assert (brief.location.country_code, brief.location.place) == ("PK", "Peshawar")
    assert brief.location.admin1 == "Khyber Pakhtunkhwa"


def test_a_region_the_text_names_wins_over_the_towns() -> None:
    brief = _brief(
        "Gunmen shot dead two traders near Mandalay in central Myanmar's Sagaing region on "
        "Friday, residents said."
    )
    assert brief.location.admin1 == "Sagaing"
