from __future__ import annotations

import pytest

from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan import casualties, cues, quotes
from summarizer.engines.offline.scan.quotes import FoundClaim
from summarizer.engines.offline.text import Sentence, split_sentences

LEX = default_lexicon()


def find_casualties(text: str) -> list[casualties.CasualtyFigure]:
    return casualties.find_casualties(text, LEX)


def classify(text: str) -> cues.EventCue | None:
    return cues.classify(text, LEX)


def incident_score(text: str) -> float:
    return cues.incident_score(text, LEX)


def find_claim(sentence: Sentence, previous: str | None = None) -> FoundClaim | None:
    return quotes.find_claim(sentence.text, LEX, previous)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The blast killed at least 12 people and wounded 40 others.",
            [("killed", 12), ("injured", 40)],
        ),
        ("Three soldiers were killed.", [("killed", 3)]),
        ("the death toll rose to 31", [("killed", 31)]),
        ("killing four soldiers and wounding seven others", [("killed", 4), ("injured", 7)]),
        ("No one was hurt in the blaze.", [("injured", 0)]),
        ("Dozens of people were killed.", []),
        # one person by role is a figure (a total only when alone: test_casualty_shapes)
        ("killed a top commander", [("killed", 1)]),
        ("killed 2024 members", []),
        ("police said nine people had died in the attack", [("killed", 9)]),
        (
            "the service carried 11 bodies and more than 20 wounded people",
            [("killed", 11), ("injured", 20)],
        ),
        ("A 58-year-old farmer was killed when his tractor hit a mine.", [("killed", 1)]),
        (
            "Three victims, including a cashier, were taken to hospital with gunshot wounds.",
            [("injured", 3)],
        ),
        ("at least 23 people, including civilians and fighters, were killed", [("killed", 23)]),
        (
            "The ship was hit but there were no casualties among its crew.",
            [("killed", 0), ("injured", 0)],
        ),
        ("Villagers beat two men to death on Thursday.", [("killed", 2)]),
        ("Four farmers were hacked to death.", [("killed", 4)]),
        ("Relatives said 17 people had been buried in the village.", [("killed", 17)]),
        ("Two people were buried under the rubble.", []),
        ("The NGO put the number of dead at 41.", [("killed", 41)]),
        ("Doctors treated at least 15 people for gunshot wounds.", [("injured", 15)]),
        ("at least 47 others had been treated for injuries", [("injured", 47)]),
        ("One officer was shot in the leg.", [("injured", 1)]),
        ("A logistics assistant in the second car was shot in the arm.", [("injured", 1)]),
        ("after the killing of three of its aid workers", [("killed", 3)]),
        ("Two adults were pronounced dead at the scene.", [("killed", 2)]),
        (
            "A member of the local vigilante group who tried to stop them was shot dead.",
            [("killed", 1)],
        ),
        (
            "Six policemen were martyred and three more were wounded.",
            [("killed", 6), ("injured", 3)],
        ),
        # a part of a total is no total
        ("nine bodies were brought in, among them two civilians who were killed", [("killed", 9)]),
        ("No death was recorded, police said.", [("killed", 0)]),
    ],
)
def test_casualty_figures(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(f.kind, f.count) for f in find_casualties(text)] == expected


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("A suicide car bomb exploded at the gate", "suicide_bomb"),
        ("A car bomb exploded at the gate", "remote_explosive_landmine_ied"),
        ("Police fired tear gas to disperse protesters", "protest_with_intervention"),
        ("Thousands joined a peaceful march", "peaceful_protest"),
        ("Gunmen kidnapped 20 students", "abduction_forced_disappearance"),
        ("Rebels seized control of the town", "non_state_actor_overtakes_territory"),
        ("Troops clashed with militants", "armed_clash"),
        ("An airstrike hit the village", "air_drone_strike"),
        ("Villagers beat two suspected thieves to death", "mob_violence"),
        ("A man was stoned to death by residents", "mob_violence"),
        # a negated arrest is no cue: the killing decides
        ("Gunmen shot dead a trader; no one has been arrested", "attack"),
        ("Police arrested two suspects in the capital", "arrests"),
        ("A Turkish drone struck the vehicle near the town", "air_drone_strike"),
        ("Pakistani aircraft had bombed houses at 3 a.m.", "air_drone_strike"),
        # a chemical agent named by its effect, not the word "chemical"
        ("Drones dropped canisters of choking gas on their dugouts", "chemical_weapon"),
        ("Troops reported gas grenades thrown into the bunker", "chemical_weapon"),
        # an armed group called only that takes a town
        (
            "An ethnic armed group said it had captured the district town after overrunning "
            "two police outposts",
            "non_state_actor_overtakes_territory",
        ),
    ],
)
def test_classification_precedence(text: str, sub: str) -> None:
    cue = classify(text)
    assert cue is not None and cue.sub_event_type == sub


def test_war_metaphors_score_low() -> None:
    sport = (
        "The striker bombarded the goal and the coach praised a battle won in midfield as the "
        "league season reached its climax in front of a full stadium."
    )
    assert incident_score(sport) < 0.5
    assert incident_score("Gunmen killed five villagers and wounded eight, police said.") > 0.5


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Militia officials said there were three people killed in the strike.",
            "Militia officials",
        ),
        (
            "Four soldiers died in the blast, a military officer told reporters.",
            "a military officer",
        ),
        ("The toll rose to nine, according to the regional governor.", "the regional governor"),
    ],
)
def test_claims_name_the_speaker(text: str, source: str) -> None:
    [sentence] = split_sentences(text)
    claim = find_claim(sentence)
    assert claim is not None and claim.source == source


def test_no_claim_without_attribution() -> None:
    [sentence] = split_sentences("The blast destroyed three shops.")
    assert find_claim(sentence) is None


def test_claim_with_trailing_circumstance_and_pronoun_speaker() -> None:
    first, second = split_sentences(
        "All 22 crew members were unhurt, the ship's manager said in an emailed statement. "
        "The vessel was carrying grain to Egypt, he said."
    )
    claim = find_claim(first)
    assert claim is not None and claim.source == "the ship's manager"
    assert claim.says.startswith("All 22 crew members were unhurt")
    assert find_claim(second) is None  # "he" alone names nobody
    follow = find_claim(second, previous="the ship's manager")
    assert follow is not None and follow.source == "the ship's manager"


@pytest.mark.parametrize(
    ("text", "source", "says_start"),
    [
        (  # appositive after a name
            "Ahmed Noor, the district's deputy governor, told reporters on Monday that eight "
            "people had been killed.",
            "Ahmed Noor, the district's deputy governor",
            "eight people",
        ),
        (  # a circumstance between commas is not part of the speaker
            "A nurse at the main hospital, speaking on condition of anonymity, said 14 bodies "
            "had arrived.",
            "A nurse at the main hospital",
            "14 bodies",
        ),
        (  # description first, name second
            "The head of the relief agency, Maria Lopes, said the road was still closed.",
            "The head of the relief agency, Maria Lopes",
            "the road",
        ),
        (  # a name after the description, and the speaker last
            "Everything points to the northern faction, the brigade commander, Colonel Ivan "
            "Petrov, told reporters.",
            "the brigade commander, Colonel Ivan Petrov",
            "Everything points",
        ),
        (  # "X condemned ... and said ...": the stance is part of the statement
            "Governor Ruth Mensah condemned the attack and said those responsible would be found.",
            "Governor Ruth Mensah",
            "condemned the attack and said those responsible",
        ),
        (  # "put the toll at"
            "The local rights group, an independent monitor, put the death toll at 21.",
            "The local rights group, an independent monitor",
            "put the death toll at 21",
        ),
        (  # a report's author named in a participle aside
            "The report, compiled by the rights office of the UN mission, said the assaults took "
            "place in five incidents.",
            "the rights office of the UN mission",
            "the assaults",
        ),
        (  # a participle phrase after the speaker is cut
            "Two residents contacted by phone said they heard heavy gunfire overnight.",
            "Two residents",
            "they heard",
        ),
        (  # a title too long to keep: the person it names
            "The Head of the Information Bureau of the Public Relations Division of the "
            "Regional Police, Commissioner Dewi Lestari, explained that the men were held.",
            "Commissioner Dewi Lestari",
            "the men were held",
        ),
        (  # the verb before its speaker, then where and when it was said
            '"The four men were detained at a checkpoint," explained Inspector Budi Santoso in '
            "Semarang, Friday (14/3/2025).",
            "Inspector Budi Santoso",
            "The four men were detained",
        ),
        (  # a post: "wrote"
            "The ministry's spokesman Omar Haddad wrote on social media that three shells hit "
            "the school.",
            "The ministry's spokesman Omar Haddad",
            "three shells hit",
        ),
    ],
)
def test_claim_speaker_shapes(text: str, source: str, says_start: str) -> None:
    [sentence] = split_sentences(text)
    claim = find_claim(sentence)
    assert claim is not None
    assert (claim.source, claim.says[: len(says_start)]) == (source, says_start)


@pytest.mark.parametrize(
    "text",
    [
        "The bodies were buried according to Islamic rites, relatives of nobody.",
        "The government declared three days of national mourning on Monday evening.",
        "In killings that the UN said were ordered by a gang leader, dozens died.",
        "We were told to leave the village before dawn by the soldiers.",
        "The victims were taken to hospital by ambulance.",
    ],
)
def test_clauses_that_name_no_speaker_make_no_claim(text: str) -> None:
    [sentence] = split_sentences(text)
    assert find_claim(sentence) is None


def test_pronoun_front_is_the_previous_speaker() -> None:
    [sentence] = split_sentences("It said its forces had destroyed three launchers.")
    assert find_claim(sentence) is None
    claim = find_claim(sentence, previous="the defence ministry")
    assert claim is not None and claim.source == "the defence ministry"


def test_same_speaker_folds_short_and_full_names() -> None:
    def same_speaker(first: str, second: str) -> bool:
        return quotes.same_speaker(first, second, LEX)

    assert same_speaker("The RNDDH", "The National Human Rights Defense Network (RNDDH)")
    assert same_speaker("the doctor", "A doctor at the provincial hospital")
    assert not same_speaker("U.S. officials", "Iran-backed militia officials in Iraq")


def test_claim_speaker_after_a_quotation_or_dateline() -> None:
    [sentence] = split_sentences('"It lasted about 30 minutes," Kiprono said of the attack.')
    claim = find_claim(sentence)
    assert claim is not None and claim.source == "Kiprono"


def test_the_group_said_is_the_group_named_before() -> None:
    from summarizer.article import Article
    from summarizer.engines.offline import OfflineEngine

    text = (
        "MOGADISHU — Al-Shabaab fighters attacked a police station in Elwak on Tuesday, "
        "killing three officers, the county police commander said. "
        "Residents said the gunfire lasted for an hour. "
        "The group said in a statement that its fighters had killed five policemen. "
        "The company said the station had no guards at night."
    )
    brief = OfflineEngine().summarize(Article.from_text(text, published="2024-05-08"))
    sources = [c.source for c in brief.claims]
    assert "al-Shabaab" in sources  # "the group" resolved to the group named before
    assert not any(s.lower() == "the company" for s in sources)  # unresolved: no claim


def test_the_communique_said_is_whoever_issued_it() -> None:
    from summarizer.article import Article
    from summarizer.engines.offline import OfflineEngine

    text = (
        "BAMAKO — Gunmen attacked a village in central Mali on Sunday. The army said in a "
        "communiqué that its troops were pursuing the attackers. Local media reported that the "
        "attackers came on motorbikes, a resident said. The communiqué said nine villagers "
        "were killed."
    )
    brief = OfflineEngine().summarize(Article.from_text(text, published="2024-05-06"))
    army = [c for c in brief.claims if "army" in c.source]
    assert army and "nine villagers were killed" in army[0].says


def test_military_exercises_are_not_violence() -> None:
    drill = (
        "The navy will hold live-fire and missile drills with allied ships next week, and "
        "boats have been told to keep clear of the exercise area during the manoeuvres."
    )
    assert incident_score(drill) < 0.5


def test_detention_is_the_vocabulary_of_an_arrest() -> None:
    text = (
        "Officers detained the opposition leader at dawn; his detention drew crowds while "
        "the detention order named his party's candidate in the election campaign."
    )
    assert incident_score(text) >= 0.5


@pytest.mark.parametrize(
    ("text", "source", "says_start"),
    [
        # a possessive opens a speaker that says who speaks
        (
            "Police took the reporter from his flat on Monday, his lawyer said.",
            "his lawyer",
            "Police took the reporter",
        ),
        ("Their families said the men were not seen after Friday.", "Their families", "the men"),
        # a gloss after the attribution is not what was said
        (
            "Troops retook the port on Sunday, the navy said, ending a year of rebel control.",
            "the navy",
            "Troops retook the port",
        ),
        (
            '"They burned every house," her brother said last month in the camp, where he '
            "now lives with his children.",
            "her brother",
            "They burned every house",
        ),
    ],
)
def test_claim_possessive_speakers_and_trailing_glosses(
    text: str, source: str, says_start: str
) -> None:
    [sentence] = split_sentences(text)
    claim = find_claim(sentence)
    assert claim is not None
    assert (claim.source, claim.says[: len(says_start)]) == (source, says_start)


def test_a_described_body_speaks_for_itself_but_a_bare_group_needs_an_antecedent() -> None:
    from summarizer.article import Article
    from summarizer.engines.offline import OfflineEngine

    text = (
        "NIAMEY — Four soldiers were killed on Monday when their truck struck a mine near the "
        "village of Tamou, the defence ministry said. The armed group said nothing."
    )
    brief = OfflineEngine().summarize(Article.from_text(text, published="2024-05-08"))
    sources = [c.source.lower() for c in brief.claims]
    assert sources == ["the defence ministry"]


def test_a_count_after_the_kill_verb_may_follow_the_or_all() -> None:
    from summarizer.article import Article
    from summarizer.engines.offline import OfflineEngine

    def killed(text: str) -> tuple[int, int] | None:
        found = OfflineEngine().summarize(Article.from_text(text, published="2024-05-08")).killed
        return (found.min, found.max) if found else None

    assert killed("A drone struck a motorcycle on Monday, killing the two men riding it.") == (2, 2)
    assert killed("The blast killed all 12 passengers on the bus on Monday.") == (12, 12)
    # a military release's own words for the dead
    assert killed("In the ensuing firefight two terrorists were eliminated, the army said.") == (
        2,
        2,
    )
    assert killed("The team was eliminated from the tournament on Monday.") is None
    assert killed(
        "During the exchange of fire, four khwarij were sent to hell, the ISPR said."
    ) == (4, 4)
    # one person and N others: N + 1
    assert killed("The bomb killed the governor, Ali Musa, and six others on Monday.") == (7, 7)
    assert killed("Gunmen killed a village chief and two of his sons on Monday.") == (3, 3)
    # a force's release "neutralises" the armed men it kills, not the bombs it defuses
    assert killed("Troops neutralised 12 terrorists in a clearance operation on Monday.") == (
        12,
        12,
    )
    assert killed("Sappers neutralised two explosive devices on the road on Monday.") is None
    # an age is no count
    assert killed("Soldiers shot dead the 17-year-old in the street on Monday.") != (17, 17)
