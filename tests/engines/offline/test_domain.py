"""A domain vocabulary in an overlay given to one offline engine: what it finds, and that
it stays its own."""

from __future__ import annotations

from typing import Any

from summarizer.article import Article
from summarizer.engines.offline import Lexicon, OfflineEngine
from summarizer.engines.offline.document import Document
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.resolve.event import _fallback_cue
from summarizer.engines.offline.scan import cues, domain
from summarizer.grounding import is_grounded
from tests.conftest import EXAMPLE_ARTICLE

OVERLAY: dict[str, Any] = {
    "actors": {
        "lexicon": [
            {
                "name": "fmln",
                "kind": "rebel_group",
                "aliases": ["fmln", "farabundo marti national liberation front"],
                "perpetrator": True,
            },
            {
                "name": "al-shabaab",
                "kind": "rebel_group",
                "aliases": ["al-shabaab"],
                "perpetrator": True,
            },
        ]
    },
    "domain": {
        "perpetrator_phrases": ["urban guerrillas", "unidentified individuals"],
        "weapon_terms": ["dynamite", "car bomb", "dynamite charge"],
        "perpetrator_heads": ["men", "members", "guerrillas"],
        "target_heads": ["office", "pylons", "embassy", "lines"],
        "name_titles": ["mayor", "priest"],
        "given_names": ["jose", "luis"],
        "violence": ["dynamit", "murder"],
        "fallback_cue": True,
    },
}
LEXICON = Lexicon([OVERLAY])


class _Finds:
    """The domain finders bound to one lexicon, for short tests."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def organisations_in(self, text: str) -> list[tuple[Any, int, int]]:
        return domain.organisations_in(text, self.lexicon)

    def individuals_in(self, text: str) -> list[str]:
        return domain.individuals_in(text, self.lexicon)

    def weapons_in(self, text: str) -> list[str]:
        return domain.weapons_in(text, self.lexicon)

    def targets_in(self, text: str) -> list[str]:
        return domain.targets_in(text, self.lexicon)

    def doers_in(self, text: str) -> list[str]:
        return domain.doers_in(text, self.lexicon)

    def names_in(self, text: str) -> list[tuple[str, int, int]]:
        return domain.names_in(text, self.lexicon)


FINDS = _Finds(LEXICON)


def incident_score(lexicon: Lexicon, text: str) -> float:
    from summarizer.engines.offline.resolve.event import _incident_score

    return _incident_score(Document(Article.from_text(text), lexicon))


TEXT = (
    "urban guerrillas of the farabundo marti national liberation front (fmln) dynamited "
    "the telephone office in usulutan last night with a dynamite charge.  the mayor said "
    "that the guerrillas also kidnapped mayor jose rivera de la cruz and luis galan, "
    "the town's judge.  jose perez said nobody was hurt."
)


def test_lexicon_finds_terms_in_lower_cased_text() -> None:
    orgs = FINDS.organisations_in(TEXT)
    assert [(e.name, TEXT[s:t]) for e, s, t in orgs] == [
        ("fmln", "farabundo marti national liberation front"),
        ("fmln", "fmln"),
    ]
    assert FINDS.individuals_in(TEXT) == ["urban guerrillas"]
    assert FINDS.weapons_in(TEXT) == ["dynamite charge"]  # the longest term at a position
    assert FINDS.targets_in(TEXT) == ["telephone office"]
    assert [name for name, _, _ in FINDS.names_in(TEXT)] == [
        "jose rivera de la cruz",  # joiners inside a name are kept
        "luis galan",  # a first name starts a name; the comma ends it
        "jose perez",
    ]


def test_doers_are_perpetrator_phrases_before_a_violent_verb_or_after_by() -> None:
    text = (
        "three heavily armed men dynamited the office; the mayor was kidnapped by members "
        "of the fmln.  other men watched."
    )
    assert FINDS.doers_in(text) == ["heavily armed men", "members of the fmln"]
    assert FINDS.doers_in("the men were seen in the town") == []  # no violence at all


def test_targets_are_facility_phrases_in_sentences_reporting_damage() -> None:
    text = "saboteurs blew up 110,000-volt primary lines and the u.s. embassy."
    assert FINDS.targets_in(text) == ["110,000-volt primary lines", "u.s. embassy"]
    assert FINDS.targets_in("the embassy office opened") == []  # no damage, no target


def test_names_end_at_common_words_verbs_and_possessives() -> None:
    text = "priest luis carlos galan's car; jose perez implicated luis; mayor ana ortiz"
    assert [n for n, _, _ in FINDS.names_in(text)] == ["luis carlos galan", "jose perez"]
    # a name before an institution's noun names the institution
    assert FINDS.names_in("the jose perez battalion attacked") == []


def test_an_empty_lexicon_finds_nothing() -> None:
    empty = _Finds(default_lexicon())
    assert empty.organisations_in(TEXT) == []
    assert empty.individuals_in(TEXT) == empty.weapons_in(TEXT) == []
    assert empty.targets_in(TEXT) == empty.names_in(TEXT) == []


def test_engine_with_a_lexicon_adds_to_the_brief() -> None:
    brief = OfflineEngine(lexicon=LEXICON).summarize(Article.from_text(TEXT))
    assert brief.incident is True
    names = [p.name for p in brief.perpetrators]
    assert "fmln" in names  # one alias per group: the lexicon's first that the text uses
    assert "farabundo marti national liberation front" not in names
    assert "urban guerrillas" in names
    assert "dynamite charge" in brief.weapons
    assert "telephone office" in [t.name for t in brief.targets]
    victims = {c.name: c.status for c in brief.named_casualties}
    assert victims == {"jose rivera de la cruz": "abducted", "luis galan": "abducted"}
    assert all(is_grounded(e.quote, TEXT) for e in brief.evidence)
    fields = {e.field for e in brief.evidence}
    assert {"perpetrators", "targets", "weapons", "named_casualties"} <= fields


def test_a_speaker_or_a_doer_is_not_a_casualty() -> None:
    text = (
        "guerrillas killed two peasants.  jose perez, the mayor, said the town mourned.  "
        "a judge was murdered by luis ortiz, police said."
    )
    brief = OfflineEngine(lexicon=LEXICON).summarize(Article.from_text(text))
    assert brief.named_casualties == []


def _briefs(engine: OfflineEngine, texts: list[str]) -> list[dict[str, object]]:
    return [
        engine.summarize(Article.from_text(t)).model_dump(exclude={"provenance"}) for t in texts
    ]


def test_the_lexicon_does_not_leak_into_other_engines() -> None:
    """An engine with a lexicon and a default engine in one process: the default engine's
    briefs are the same before and after the other ran (no module-level cache keeps the
    domain's terms), and the domain's terms add nothing to them."""
    texts = [TEXT, EXAMPLE_ARTICLE, EXAMPLE_ARTICLE.replace("al-Shabaab", "FMLN")]
    before = _briefs(OfflineEngine(), texts)
    with_lexicon = _briefs(OfflineEngine(lexicon=LEXICON), texts)
    assert with_lexicon != before
    assert _briefs(OfflineEngine(), texts) == before
    default = before[0]
    assert isinstance(default["weapons"], list) and "dynamite charge" not in default["weapons"]
    assert default["named_casualties"] == []


def test_two_lexicons_in_one_process_stay_apart() -> None:
    other = Lexicon([{"domain": {"weapon_terms": ["machete"]}}])
    assert _Finds(other).weapons_in(TEXT) == []
    assert FINDS.weapons_in("a machete") == []
    one = OfflineEngine(lexicon=LEXICON).summarize(Article.from_text(TEXT))
    two = OfflineEngine(lexicon=other).summarize(Article.from_text(TEXT))
    assert "dynamite charge" in one.weapons and "dynamite charge" not in two.weapons


def test_of_phrases_stop_at_punctuation_and_keep_abbreviations() -> None:
    text = (
        "the bomb was placed by members of the fmln. then members of the u.s. army. "
        "and members of x.y.z..  ok"
    )
    assert FINDS.doers_in(text) == ["members of the fmln"]
    assert FINDS.doers_in("he was killed by members of the u.s. army, police said") == [
        "members of the u.s. army"
    ]
    for odd in ("members of", "killed by members of the", "members of )(", "killed by group of ."):
        OfflineEngine(lexicon=LEXICON).summarize(Article.from_text(f"bombs killed {odd}"))


def test_casualty_status_from_the_sentence() -> None:
    text = (
        "guerrillas attacked the town.  the bodies of jose perez and luis ortiz were found "
        "yesterday.  jose ramos disappeared after the attack."
    )
    brief = OfflineEngine(lexicon=LEXICON).summarize(Article.from_text(text))
    statuses = {c.name: c.status.value for c in brief.named_casualties}
    assert statuses == {"jose perez": "killed", "luis ortiz": "killed", "jose ramos": "abducted"}


def test_the_domain_s_words_count_as_violence_cues() -> None:
    text = (
        "urban guerrillas of the fmln killed the candidate with dynamite.  the election "
        "campaign goes on, voters said."
    )
    assert OfflineEngine().summarize(Article.from_text(text)).incident is False
    assert OfflineEngine(lexicon=LEXICON).summarize(Article.from_text(text)).incident is True
    plain = "the guerrillas killed the candidate during the election campaign."
    assert incident_score(default_lexicon(), plain) == cues.incident_score(plain, default_lexicon())
    # words of violence the engine's own cues leave out count too
    assert incident_score(LEXICON, "the murder of the mayor") == 1.0
    assert incident_score(default_lexicon(), "the murder of the mayor") == 0.0


def test_violence_the_engine_s_cues_miss_is_an_incident_for_a_domain() -> None:
    text = "the president visited the newspaper offices, which were dynamited last week."
    assert OfflineEngine().summarize(Article.from_text(text)).incident is False
    brief = OfflineEngine(lexicon=LEXICON).summarize(Article.from_text(text))
    assert brief.incident is True
    assert brief.sub_event_type == "remote_explosive_landmine_ied"

    def cue(text: str) -> object:  # the fallback alone: a word of violence
        return _fallback_cue(text, LEXICON.rules(domain.DomainRules))

    assert cue("the assassination of the minister") is not None
    assert cue("the minister met the press") is None


def test_hedges_and_dates_do_not_describe_a_phrase() -> None:
    text = "on 3 january presumed guerrillas killed a judge; on monday armed men attacked"
    assert FINDS.doers_in(text) == ["guerrillas", "armed men"]


def test_names_in_cased_text_start_at_whole_words() -> None:
    assert [n for n, _, _ in FINDS.names_in("Jose Perez met Dana Ortiz")] == ["Jose Perez"]
