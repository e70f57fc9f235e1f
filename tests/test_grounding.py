"""Grounding's folding and stemming: its fast paths agree with the plain definitions."""

from __future__ import annotations

import unicodedata

import pytest

from summarizer import grounding
from summarizer.grounding import TYPOGRAPHY, content_words, drawn_from, normalize_for_match


def _plain_fold(text: str) -> str:
    # The definition: typography made plain, case folded, every combining mark dropped.
    decomposed = unicodedata.normalize("NFKD", text.translate(TYPOGRAPHY).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


SAMPLES = [
    "Gunmen killed 12 villagers near Bogotá’s airport — police said",
    "Ataque en Cúcuta: “los atacantes” huyeron… ÉTAT d’urgence",
    "Napad u Čačku, Šabac i Niš; 3 ranjena",
    "ΟΔΟΣ Σεισμός ﬁre İstanbul ǅemal straße",
    "plain ascii text with rifles, killings and Colombia's army",
    "e\u0301\u0308 a\u0301 combining marks alone \u0301",
    "",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_fold_matches_the_plain_definition(text: str) -> None:
    assert grounding._fold(text) == _plain_fold(text)


@pytest.mark.parametrize("text", SAMPLES)
def test_normalize_for_match_matches_translate(text: str) -> None:
    expected = " ".join(text.translate(TYPOGRAPHY).casefold().split())
    assert normalize_for_match(text) == expected


def test_content_words_fold_accents_and_stem() -> None:
    assert content_words("Soldiers killed in Bogotá’s attacks") == [
        "soldier",
        "kill",
        "bogota",
        "attack",
    ]


def test_a_remembered_stem_is_the_stem_worked_out() -> None:
    words = ["rifles", "killing", "killed", "batteries", "boxes", "bus", "Colombia's", "gas"]
    first = [grounding._stem(w) for w in words]
    again = [grounding._stem(w) for w in words]
    assert first == again == [grounding._stem_of(w) for w in words]
    assert first[:5] == ["rifle", "kill", "kill", "battery", "box"]


def test_drawn_from_reads_an_accented_article_s_words() -> None:
    article = "Guerrilleros atacaron Cúcuta; el ejército respondió en Tibú."
    assert drawn_from("Attack on Cucuta and Tibu", article, vocabulary=frozenset({"attack"}))
    assert not drawn_from("Bombing in Medellin and Cali", article)
