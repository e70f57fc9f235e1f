"""The ISO 3166-1 table (``summarizer/countries.py``, made by ``scripts/build_countries.py``)
must be what the installed pycountry says: a new process reads the table, not pycountry."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pycountry
import pytest

from summarizer.countries import ALPHA_2, COUNTRIES, PYCOUNTRY_VERSION
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan.places import PlaceRules, country_name
from summarizer.schema import Location

ROOT = Path(__file__).resolve().parents[1]


def test_the_table_is_the_installed_pycountry() -> None:
    assert pycountry.__version__ == PYCOUNTRY_VERSION, "run scripts/build_countries.py"
    assert [
        (c.alpha_2, c.name, getattr(c, "common_name", None)) for c in pycountry.countries
    ] == list(COUNTRIES)
    assert {c.alpha_2 for c in pycountry.countries} == ALPHA_2


@pytest.mark.parametrize("code", ["TW", "BO", "KP", "ci", "FR"])
def test_a_country_name_is_the_common_name_else_the_name(code: str) -> None:
    country = pycountry.countries.get(alpha_2=code)
    names = default_lexicon().rules(PlaceRules).names
    expected = names[code][0] if code in names else None  # (the lexicon: own case only)
    assert country_name(code, default_lexicon()) == (
        expected or getattr(country, "common_name", None) or country.name
    )


def test_an_unknown_code_is_its_own_name_and_the_schema_refuses_it() -> None:
    assert country_name("QQ", default_lexicon()) == "QQ"
    with pytest.raises(ValueError, match="alpha-2"):
        Location(country_code="QQ")
    assert Location(country_code="ua").country_code == "UA"


def test_a_stored_process_imports_neither_pycountry_nor_tomllib(tmp_path: Path) -> None:
    code = (
        "import sys; from summarizer import summarize; "
        "summarize(open('examples/article.txt', encoding='utf-8').read(), engine='offline'); "
        "print('pycountry' in sys.modules, 'tomllib' in sys.modules)"
    )
    env = {"SUMMARIZER_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    imported = [
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env=env,
        ).stdout.strip()
        for _ in range(2)
    ]
    # the regions, read from ISO once, and the parsed data files are stored
    assert imported == ["True True", "False False"]
