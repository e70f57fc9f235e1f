"""Where: the town where someone spoke, the place's own region, and other places an article
names beside the incident's (issue 13, session 8), each on sentences of the tests' own
wording."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan import gazetteer, placenames, places, placewords
from summarizer.schema import Location


def _where(text: str, published: str | None = "2024-05-20") -> Location:
    return OfflineEngine().summarize(Article.from_text(text, published=published)).location


def _spoken(text: str, name: str) -> bool:
    start = text.index(name)
    return placewords.spoken_from(text, start, start + len(name), default_lexicon())


def test_a_town_where_someone_spoke_is_told_from_one_where_it_happened() -> None:
    assert _spoken("The interior ministry said in Dodoma that the two were held.", "Dodoma")
    assert _spoken("the army said in a statement in Bamako on Friday", "Bamako")
    assert _spoken("Officials in Islamabad said the bomber was 20.", "Islamabad")
    assert _spoken("The foreign ministry in Ankara, in a brief note, denied it.", "Ankara")
    # an office in a town, with no speech after it, may be the target: no speaker
    assert not _spoken("Gunmen attacked the ministry in Mogadishu at dawn.", "Mogadishu")
    # where it happened
    assert not _spoken("A bomb went off in Quetta, police said.", "Quetta")
    # a region that is no town speaks for itself: "officials in Khyber Pakhtunkhwa said"
    assert not _spoken("officials in Khyber Pakhtunkhwa said on Monday", "Khyber Pakhtunkhwa")


def test_the_capital_where_officials_spoke_gives_neither_country_nor_region() -> None:
    where = _where(
        "Militants attacked a police post in the town of Dera Ismail Khan on Tuesday, "
        "killing six officers. Officials in Islamabad said the attackers came at night."
    )
    assert (where.country_code, where.admin1, where.place) == (
        "PK",
        "Khyber Pakhtunkhwa",
        "Dera Ismail Khan",
    )
    where = _where(
        "An explosion killed nine people at a market in Idlib on Monday, a monitoring group "
        "said. The defence ministry said in Ankara that it was watching the area."
    )
    assert where.country_code == "SY"


def test_where_relatives_live_or_an_envoy_serves_is_not_the_place() -> None:
    lexicon = default_lexicon()
    for before in (
        "Relatives in ",
        "summoned the charge d'affaires in ",
        "rifles made in ",
        "near the border with ",
    ):
        assert placewords.elsewhere(before + "Ohio", len(before), lexicon), before
    assert not placewords.elsewhere("Gunmen killed six in Ohio", 21, lexicon)
    # "a U.S.-based charity": where a group comes from, a weak hint only
    text = "a U.S.-based charity"
    assert placewords.locative_weight(text, 2, 6, lexicon) == 0.2


def test_a_home_country_named_often_does_not_outweigh_where_it_happened() -> None:
    where = _where(
        "Gunmen seized nine aid workers of a U.S.-based charity on a road in the Haitian town "
        "of Mirebalais on Saturday, police said. The charity said in a statement from Ohio "
        "that it was praying for them. Relatives in Ohio and Indiana held vigils on Sunday, "
        "and the State Department said in Washington that it was following the case."
    )
    assert (where.country_code, where.place) == ("HT", "Mirebalais")


def test_the_place_towns_own_region_beats_one_named_only_where_officials_spoke() -> None:
    where = _where(
        "A bomb hidden in a cart killed five people at a bus stop in Potiskum on Friday. "
        "Officials in Abuja said the bomber had not been identified."
    )
    assert (where.country_code, where.admin1) == ("NG", "Yobe")
    # a region named beside the place keeps the article's own spelling
    where = _where(
        "A gunman killed four people at a beach hotel north of the Tunisian city of Sousse "
        "on Friday, officials said."
    )
    assert where.admin1 == "Sousse"


def _demonym(text: str, name: str) -> bool:
    lexicon = default_lexicon()
    hits = [h for h in places.find_countries(text, lexicon) if text[h.start : h.end] == name]
    return placewords.nationality(text, hits[0], lexicon)


def test_a_demonym_that_names_a_persons_nationality_is_no_place() -> None:
    assert _demonym("nine tourists, a Belgian among them, were hurt", "Belgian")
    assert _demonym("the attacker, a Syrian refugee, was arrested", "Syrian")
    assert _demonym("four women of Somali descent", "Somali")
    assert not _demonym("Kenyan police said", "Kenyan")
    assert not _demonym("in the Armenian town of Jermuk", "Armenian")
    # a country's own name is never a nationality
    assert not _demonym("one from Belgium, was hurt", "Belgium")


def test_a_guns_or_missiles_owner_is_who_fired_not_where() -> None:
    lexicon = default_lexicon()
    for text in ("North Korean guns rained shells", "Russian missiles hit a school"):
        end = text.index(" ", text.index(" ") + 1) if text.startswith("North") else 7
        assert placewords.locative_weight(text, 0, end, lexicon) == 0.2, text


def test_of_two_countries_named_alike_the_datelines_wins() -> None:
    text = (
        ", Jan 4 - Afghan and Pakistani border guards exchanged fire at a crossing on "
        "Sunday, killing two guards, officials said."
    )
    assert _where("ISLAMABAD" + text).country_code == "PK"
    assert _where("KABUL" + text).country_code == "AF"


def test_a_region_name_two_countries_share_goes_with_the_articles_towns() -> None:
    where = _where(
        "A mob killed a factory manager accused of blasphemy in Gujranwala on Friday, "
        "police in Punjab province said."
    )
    assert (where.country_code, where.admin1) == ("PK", "Punjab")
    where = _where(
        "Two men threw a grenade at a temple in Amritsar on Sunday, police in Punjab said."
    )
    assert (where.country_code, where.admin1) == ("IN", "Punjab")


def test_a_town_between_two_others_is_placed() -> None:
    lexicon = default_lexicon()
    text = "a road between Sidon and Tyre"
    start = text.index("Sidon")
    assert placewords.locative_weight(text, start, start + 5, lexicon) == 2.0


def test_a_faith_before_a_place_noun_is_no_place_and_plural_nouns_name_the_first() -> None:
    lexicon = default_lexicon()

    def named(text: str) -> list[tuple[str, str]]:
        return [(h.name, h.kind) for h in placenames.find_places(text, lexicon)]

    assert named("a bomb in the Shiite district of Sadr City") == [("Sadr City", "district")]
    assert ("Alawite", "within") not in named("in the Alawite quarter of Jabal Mohsen")
    assert named("shelling between the villages of Ainata and Aitaroun") == [("Ainata", "villages")]


def test_a_town_inside_a_facilitys_or_persons_name_needs_its_country_named() -> None:
    lexicon = default_lexicon()
    towns = gazetteer.CityRules(lexicon)
    medina, marco = towns.town("Medina"), towns.town("Marco")
    assert medina is not None and marco is not None
    text = "doctors at Medina hospital said"
    assert placewords.in_longer_name(text, text.index(" hospital"), medina, lexicon)
    text = "near the Marco Fidel Suarez air base"
    assert placewords.in_longer_name(text, text.index(" Fidel"), marco, lexicon)
    text = "a bomb in Marco on Sunday"
    assert not placewords.in_longer_name(text, text.index(" on"), marco, lexicon)
    where = _where(
        "A truck bomb exploded at a busy junction in the Somali capital on Saturday, killing "
        "dozens. Doctors at Medina hospital said they had run out of beds."
    )
    assert where.country_code == "SO"


def test_the_dateline_town_counts_for_its_country_like_a_dateline_region() -> None:
    text = (
        " - A mob killed a tourist from Punjab on Thursday after dragging him out of a police "
        "station in a hill town where he was held on blasphemy charges, police said."
    )
    assert _where("PESHAWAR" + text).country_code == "PK"  # not India's Punjab


def test_a_region_named_as_a_part_of_another_countrys_place_is_no_region_of_its_own() -> None:
    text = (
        "A gunman shot dead two shopkeepers on Tuesday. Police later searched a flat in the "
        "San Martin district of Greater Buenos Aires, officers said."
    )
    assert _where(text).country_code == "AR"
