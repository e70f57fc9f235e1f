"""Short reports worded otherwise: split and idiomatic verbs, passive takings, bodies
found with the marks of violence, and the words that tell an abduction from an arrest.

Sentences written for this test (real kinds of incident, no report's wording).
"""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine

ENGINE = OfflineEngine()

CASES: list[tuple[str, str]] = [
    # split verbs and idioms of killing
    ("attack", "Motorcycle-borne assailants gunned a shopkeeper down in Quetta."),
    ("attack", "Two men on a scooter gunned two elderly Sikh cloth merchants down in Peshawar."),
    ("attack", "On 2 April, armed men opened up on a minibus near Bunia."),
    ("attack", "Unknown men stoned a herder to death near Garissa."),
    ("attack", "A farmer was macheted to death in his field in Benue."),
    ("attack", "Police said a student was knifed to death near the campus in Eldoret."),
    ("attack", "A Christian couple was burnt alive in their house in Punjab."),
    ("attack", "A town councillor was assassinated in Michoacan."),
    ("attack", "Gunmen slit the throats of three loggers in the forest near Beni."),
    ("attack", "Masked men threw acid on a female student in Herat."),
    ("attack", "A woman was set on fire by her in-laws in Multan."),
    ("attack", "Thugs pelted a lorry with stones in Mombasa, injuring its driver."),
    ("attack", "A shop owner was knifed by a robber in Soweto."),
    ("attack", "Hooded men sprayed a taqueria with gunfire in Celaya, leaving three dead."),
    ("attack", "Unknown attackers set upon a nurse in Gulu and left her for dead."),
    ("armed_clash", "Jihadists assaulted an army base at Boni in central Mali."),
    ("abduction_forced_disappearance", "Armed men seized an Australian doctor in Djibo."),
    ("change_to_group_activity", "The rebel faction announced it was joining the peace process."),
    # found killed, with the marks of violence
    ("attack", "The body of a land activist was found riddled with bullets in Chiapas."),
    ("attack", "Hooded men riddled a police chief's car with bullets in Sonora."),
    ("attack", "Six bodies bearing signs of torture were dumped on a road in Sinaloa."),
    # taken: by gunmen an abduction, by police an arrest
    (
        "abduction_forced_disappearance",
        "Gunmen picked up a parish priest from his residence in Enugu.",
    ),
    (
        "abduction_forced_disappearance",
        "A French tourist was grabbed by militants in the Sulu islands.",
    ),
    (
        "abduction_forced_disappearance",
        "Bandits carted away 30 schoolgirls from their dormitory in Katsina.",
    ),
    ("abduction_forced_disappearance", "A businessman was snatched outside his office in Aba."),
    ("abduction_forced_disappearance", "A gang held nine farm workers for ransom near Cuernavaca."),
    (
        "abduction_forced_disappearance",
        "Dissident guerrillas held a mayor's brother captive in Cauca.",
    ),
    ("arrests", "Police picked up four suspects over a robbery in Accra."),
    # fighting worded otherwise
    ("armed_clash", "Troops engaged bandits in a fierce gun duel near Gusau."),
    ("armed_clash", "The army engaged rebels near Mount Elgon; two soldiers died."),
    ("armed_clash", "Soldiers came under fire from militants near Dori and returned fire."),
    ("armed_clash", "Police killed three Maoists in an encounter in Bijapur."),
    ("armed_clash", "Al-Shabaab stormed an AU base in Lower Shabelle."),
    ("armed_clash", "Resistance fighters attacked a junta column in Magway."),
    # bombs in any tense, by whoever carried them
    ("suicide_bomb", "A female bomber detonated her explosives at a checkpoint in Gwoza."),
    ("remote_explosive_landmine_ied", "Bomb explodes near a church in Marawi."),
    ("remote_explosive_landmine_ied", "A roadside device exploded as a patrol passed in Kunar."),
    # the group laid down arms or set property ablaze
    (
        "change_to_group_activity",
        "A faction of the Mai-Mai militia surrendered to the army in Fizi.",
    ),
    ("looting_property_destruction", "Militants set ablaze a telecom mast in Borno."),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_a_short_report_worded_otherwise_gets_its_sub_event_type(expected: str, text: str) -> None:
    brief = ENGINE.summarize(Article.from_text(text))
    assert brief.incident, text
    assert brief.sub_event_type is not None and brief.sub_event_type.value == expected, text


@pytest.mark.parametrize(
    "text",
    [
        "A gas cylinder exploded in a restaurant kitchen in Karachi, firefighters said.",
        "The court sentenced the former mayor to death for corruption.",
        "The striker picked up a knock in training and will miss the derby.",
        "The band's new album has been riddled with delays.",
    ],
)
def test_the_same_words_in_no_report_of_violence_make_no_incident(text: str) -> None:
    assert not ENGINE.summarize(Article.from_text(text)).incident
