"""Short reports of every sub-event type, worded as feeds word them: present-tense
headlines, control declared, enemies driven out, agents named by their class, grenades
first called devices, crowds that turn on foreigners, coups told without the word, mass
graves found, and the accidents and verdicts that use the same words.

Sentences written for this test (real kinds of incident, no report's wording).
"""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine

ENGINE = OfflineEngine()

CASES: list[tuple[str, str]] = [
    # territory: a present-tense headline, control declared, enemies driven out
    ("government_regains_territory", "Army retakes Bentiu from rebel forces"),
    (
        "government_regains_territory",
        "Nigerian troops declared full control of Gwoza after a week of fighting.",
    ),
    (
        "government_regains_territory",
        "Government forces took Baiji on Friday after pushing the militants out of the refinery.",
    ),
    (
        "non_state_actor_overtakes_territory",
        "Kachin fighters hold Hpakant, the first district seat taken from the junta.",
    ),
    (
        "non_violent_transfer_of_territory",
        "Ethiopian troops moved into the town of Baidoa after Somali militia withdrew.",
    ),
    ("non_violent_transfer_of_territory", "Serbia returned two border villages to Kosovo."),
    # chemical agents named by their class
    ("chemical_weapon", "Artillery rounds carrying a mustard agent hit a village near Marea."),
    # a suicide attack told as a driven vehicle
    (
        "suicide_bomb",
        "A militant drove a car stuffed with explosives into a police compound in Bannu.",
    ),
    # grenades: first called a device, or lobbed
    (
        "grenade",
        "An explosive device, thought to be a hand grenade, went off outside a bar in Malmo.",
    ),
    ("grenade", "Attackers lobbed an explosive into a crowd of shoppers in Mandera."),
    # fighting worded otherwise
    (
        "armed_clash",
        "Rival soldiers brawled with rocks and batons on the border ridge, leaving four dead.",
    ),
    (
        "armed_clash",
        "Fifteen soldiers lost their lives when militants attacked their post near Menaka.",
    ),
    # an air strike that flattens a home
    ("air_drone_strike", "Russian strike flattens apartment block in Zaporizhzhia"),
    # protests: killed with a hyphenated word between, cleared, dragged away, sprayed
    (
        "excessive_force_against_protesters",
        "Troops killed 12 pro-democracy protesters in Mandalay on Saturday.",
    ),
    (
        "protest_with_intervention",
        "Police cleared a tent camp of anti-mining protesters from a square in Panama City.",
    ),
    (
        "protest_with_intervention",
        "Guards dragged away dozens of students holding a sit-in at a university in Tehran.",
    ),
    (
        "protest_with_intervention",
        "Officers used pepper spray on activists who glued themselves to a motorway in Munich.",
    ),
    (
        "protest_with_intervention",
        "Police in St Petersburg detained 40 people who came to lay flowers at a memorial.",
    ),
    ("arrests", "Police arrested two protest leaders in Harare on charges of incitement."),
    ("violent_demonstration", "Angry truckers set fire to tyres outside a ministry in Lyon."),
    # crowds that turn on foreigners or on a woman they accuse
    (
        "mob_violence",
        "Residents looted foreign-owned shops in Durban and beat their Somali owners.",
    ),
    (
        "mob_violence",
        "Villagers in Jharkhand tortured and killed an elderly couple they accused of witchcraft.",
    ),
    # strategic moves worded otherwise
    (
        "change_to_group_activity",
        "Two jihadist factions in Idlib said they were merging into one armed group.",
    ),
    (
        "change_to_group_activity",
        "A Karen armed group announced it had broken away from the junta's border guard force.",
    ),
    ("headquarters_or_base_established", "Turkey is building a military base in northern Iraq."),
    (
        "headquarters_or_base_established",
        "The French army began operating a new base in Niamey on Monday.",
    ),
    ("looting_property_destruction", "Militants bulldozed the ancient city of Hatra."),
    (
        "abduction_forced_disappearance",
        "Two engineers have been missing since gunmen stopped their car near Zaria.",
    ),
    # coups told without the word, and mass graves found
    (
        "other",
        "Soldiers said on state radio that the president had been removed and the borders shut.",
    ),
    ("other", "Army officers forced the prime minister to resign at gunpoint in Bamako."),
    ("other", "Forensic teams exhumed 50 bodies from a mass grave near Sinjar."),
    # second pass: more wordings of the same kinds
    (
        "attack",
        "Unknown individuals killed three herders near Fada N'Gourma, the gendarmerie indicated.",
    ),
    (
        "mob_violence",
        "Supporters of two rival parties attacked each other with clubs in Lubumbashi.",
    ),
    (
        "violent_demonstration",
        "Traders protesting new levies stoned passing buses in Kano on Monday.",
    ),
    ("peaceful_protest", "Dozens of activists blocked the entrance of an arms fair in London."),
    (
        "protest_with_intervention",
        "Police fired water cannon at dairy farmers who had blocked a highway near Madrid.",
    ),
    (
        "excessive_force_against_protesters",
        "A student died after being hit by a tear gas canister during a march in Santiago.",
    ),
    ("excessive_force_against_protesters", "Soldiers beat a demonstrator to death in Omdurman."),
    ("abduction_forced_disappearance", "Bandits seized four lorry drivers on the Lokoja road."),
    ("arrests", "Police detained three reporters covering a rally in Addis Ababa."),
    (
        "change_to_group_activity",
        "The Patriotic Resistance Front said it was suspending its armed operations.",
    ),
    ("change_to_group_activity", "The jihadist group named a former judge as its new caliph."),
    (
        "headquarters_or_base_established",
        "Wagner fighters set up a command post at the airport in Menaka.",
    ),
    (
        "government_regains_territory",
        "After weeks of fighting, Syrian soldiers raised the flag over the citadel of Kobani.",
    ),
    (
        "non_violent_transfer_of_territory",
        "Chadian troops withdrew from the outpost, handing the area over to Niger's army.",
    ),
    ("other", "Mutinous soldiers seized the state broadcaster in Ouagadougou on Friday."),
    # third pass: the place's taker named after it; the base whose drones are to fly
    (
        "non_state_actor_overtakes_territory",
        "Hsenwi was captured from the junta by Kokang fighters on Sunday.",
    ),
    (
        "headquarters_or_base_established",
        "The air force has begun operating a base in Kalay from which armed drones will fly.",
    ),
    # fourth pass: a vest set off, troops back in control, men held by police over a crime,
    # a district entered after the other side withdrew, a government's dissolution
    ("suicide_bomb", "A man set off a vest packed with nails at a shrine in Sehwan, killing 80."),
    ("government_regains_territory", "Army troops back in control of Marawi after five months"),
    ("arrests", "Kenyan police held three men in Garissa over the killing of a teacher."),
    (
        "non_violent_transfer_of_territory",
        "Azerbaijani troops entered the Kalbajar district after Armenian units withdrew.",
    ),
    (
        "other",
        "Guards detained the president and announced the dissolution of the government.",
    ),
    # fifth pass: enemies dislodged or a valley cleared of them; communal crowds; captives
    # held as sex slaves; a group absorbing others or ending its fight; positions set up;
    # clandestine graves; raids after protests
    ("government_regains_territory", "Troops dislodged ISWAP fighters from Malam Fatori."),
    (
        "government_regains_territory",
        "Pakistani soldiers cleared the Bara valley of militants after a two-week operation.",
    ),
    ("mob_violence", "Muslim and Buddhist groups fought with sticks and knives in Meiktila."),
    (
        "sexual_violence",
        "Islamic State fighters held abducted Yazidi women as sex slaves in Raqqa, survivors said.",
    ),
    ("change_to_group_activity", "The rebel alliance said it had absorbed two smaller militias."),
    (
        "change_to_group_activity",
        "The armed group said its fighters would stop fighting and join the political process.",
    ),
    ("headquarters_or_base_established", "Militiamen set up new positions near the dam at Tabqa."),
    ("other", "Searchers recovered 40 bodies from clandestine graves near Veracruz."),
    ("arrests", "Police in Colombo arrested 300 people in raids after violent protests."),
    # sixth pass: tank fire, a bomb that rips through, shots traded, strikers fired on, a
    # crowd that attacks a camp, a group that ends its neutrality, names a head, hands in arms
    ("shelling_artillery_missile_attack", "Tank fire killed three farmers near Khan Younis."),
    ("remote_explosive_landmine_ied", "Bomb rips through bus in Quetta, 11 dead"),
    ("armed_clash", "Soldiers and gunmen traded shots for an hour outside Tepic."),
    (
        "excessive_force_against_protesters",
        "Police opened fire on striking dockers in Durban, killing three.",
    ),
    ("mob_violence", "A crowd attacked a migrant camp in Calais, burning tents."),
    (
        "change_to_group_activity",
        "The Darfur faction said it was ending its neutrality and would fight with the army.",
    ),
    ("change_to_group_activity", "The Taliban named a former minister as the head of its council."),
    ("change_to_group_activity", "FARC units began handing over their weapons to UN monitors."),
]


def test_soldiers_who_lost_their_lives_are_counted_killed() -> None:
    brief = ENGINE.summarize(
        Article.from_text("Twelve soldiers lost their lives when militants attacked their camp.")
    )
    assert brief.killed is not None and (brief.killed.min, brief.killed.max) == (12, 12)


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_a_short_report_gets_its_sub_event_type(expected: str, text: str) -> None:
    brief = ENGINE.summarize(Article.from_text(text))
    assert brief.incident, text
    assert brief.sub_event_type is not None and brief.sub_event_type.value == expected, text


@pytest.mark.parametrize(
    "text",
    [
        # accidents: a tanker that blew up, a fire the fire service reports, an electrical fault
        "A fuel tanker exploded near Onitsha, killing 14 people who were scooping petrol.",
        "A fire in a hostel in Wellington killed six people, fire officials said.",
        "The blaze at the nightclub, which killed 59, was caused by an electrical fault.",
        # a verdict and a purchase
        "A court in Lagos acquitted five police officers of murder on Monday.",
        "The air force announced a tender for 24 new fighter jets.",
        # a gondola, a heatwave, gas and methane explosions
        "A gondola fell from its cable near Ritten, killing five tourists.",
        "A heatwave killed more than 300 people in Karachi, hospital officials said.",
        "A gas explosion in a five-storey block in Omsk killed 11 residents.",
        "An explosion of methane at a coal mine in Zonguldak killed 41 miners.",
        # floodwaters and a pipeline blast; the dead of a past war honoured
        "Floodwaters swept away a footbridge in Assam, killing four people.",
        "A pipeline explosion at a plant in Texas injured three workers.",
        "The president laid a wreath for soldiers killed in the 1971 war.",
        # storms; a ceremony years after a peace agreement
        "Storms battered the coast of Sindh, killing 14 people.",
        "Veterans gathered to mark ten years since the peace agreement.",
    ],
)
def test_the_same_words_in_no_report_of_violence_make_no_incident(text: str) -> None:
    assert not ENGINE.summarize(Article.from_text(text)).incident


@pytest.mark.parametrize(
    ("not_expected", "text"),
    [
        # protesters who hurl petrol bombs use no grenade
        ("grenade", "Protesters hurled petrol bombs at riot police in Belfast."),
        # police who clear a square of protesters intervene: no acquittal blanks it
        ("peaceful_protest", "Police cleared the square of protesters in Yerevan."),
        # warring sides that agree to cease hostilities reach an agreement
        ("change_to_group_activity", "The army and the rebels agreed to cease hostilities."),
        # gunmen who attack refugees are no mob
        ("mob_violence", "Gunmen attacked refugees at a camp near Bunia, killing five."),
    ],
)
def test_a_rule_does_not_reach_past_its_kind(not_expected: str, text: str) -> None:
    brief = ENGINE.summarize(Article.from_text(text))
    assert brief.sub_event_type is None or brief.sub_event_type.value != not_expected, text


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "The Guinean army seized power in Conakry on Sunday and suspended the constitution.",
            "Guinean army",
        ),
        (
            "Nigerien officers detained the president and dissolved the government.",
            "Nigerien officers",
        ),
        ("The Malian junta dissolved all political parties by decree.", "Malian junta"),
    ],
)
def test_a_coup_is_done_by_the_force_that_opens_its_sentence(text: str, doer: str) -> None:
    brief = ENGINE.summarize(Article.from_text(text))
    assert brief.sub_event_type is not None and brief.sub_event_type.value == "other", text
    assert [a.name for a in brief.perpetrators] == [doer], text
