"""A town's own name is not the alias of a bigger town elsewhere ("Thatta" is in Sindh,
though GeoNames also lists it as another name of Kannur, in Kerala), and a name with a
bracketed addition keeps its plain form ("Halle (Saale)" is "Halle")."""

from __future__ import annotations

import pytest

from summarizer.engines.offline.scan.gazetteer import _gazetteer, _lookup


@pytest.mark.parametrize(
    ("key", "country", "name"),
    [
        ("thatta", "PK", "Thatta"),
        ("cancun", "MX", "Cancún"),
        ("visakhapatnam", "IN", "Visakhapatnam"),
        ("agawam", "US", "Agawam"),
        ("halle", "DE", "Halle (Saale)"),
    ],
)
def test_a_towns_own_name_finds_that_town(key: str, country: str, name: str) -> None:
    city = _lookup(_gazetteer(), key)
    assert city is not None and (city.country, city.name) == (country, name), city


def test_an_alias_still_finds_its_town_when_no_town_is_so_named() -> None:
    city = _lookup(_gazetteer(), "kharkov")
    assert city is not None and city.country == "UA", city
