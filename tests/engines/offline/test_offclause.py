"""The violent clause's subject and object (scan/clauses.py, the fallback of scan/roles.py).

Covers: a doer separated from its verb by a relative clause, an "in/with ..." phrase or an
aside in commas; present-tense headline verbs; the object of the verb as the target; and
the counter-cases where the first phrase is no doer (a speaker, a passive, victims as the
subject of a subordinate clause's main clause, "fled as", a nearer phrase that is the
verb's own subject, a bare participle, a noun sharing a verb's form, a name with a verb's
form). Sentences written for these tests.
"""

from __future__ import annotations

from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan.roles import find_roles


def _roles(sentence: str) -> set[tuple[str, str]]:
    return {(m.name.lower(), m.role) for m in find_roles(sentence, default_lexicon())}


def _doers(sentence: str) -> set[str]:
    return {name for name, role in _roles(sentence) if role == "perpetrator"}


def test_relative_clause_between_doer_and_deed() -> None:
    said = "Gunmen who arrived in two cars walked into a wedding hall and killed eleven guests."
    assert "gunmen" in _doers(said)
    # counter: the speaker is no doer, the doer of the reported clause is
    said = "Police said that a group of men who came on foot opened fire on shoppers."
    assert "police" not in _doers(said)
    assert any("men" in d for d in _doers(said))


def test_aside_in_commas_after_the_doer() -> None:
    assert "militants" in _doers(
        "Militants, riding pick-up trucks through the night, stormed a farming village."
    )
    # counter: a passive is no active deed
    assert "farmers" not in _doers(
        "Farmers, returning from their fields at dusk, were ambushed near the river."
    )


def test_present_tense_headline_and_its_object() -> None:
    found = _roles("Bandits kidnap 40 pupils from a village school.")
    assert ("bandits", "perpetrator") in found
    assert ("pupils", "target") in found
    # counter: a noun sharing the verb's form ("shells pound") is no verb
    assert not _doers("Artillery shells pound the hills above the valley.")


def test_victims_and_bystanders_are_no_doers() -> None:
    # victims as the subject, the deed in a subordinate clause
    assert "soldiers" not in _doers("Four soldiers died when their truck struck a mine.")
    # "fled as": the doer is the subordinate clause's subject
    doers = _doers(
        "Hundreds of families fled as militiamen who rode in from the hills torched the market."
    )
    assert "militiamen" in doers
    assert not any("families" in d for d in doers)


def test_nearer_subject_and_bare_participle() -> None:
    said = "Soldiers, witnesses said, gunned down two unarmed farmers."
    assert "soldiers" in _doers(said)
    # "saw soldiers shoot": the witnesses saw, they did not shoot
    assert "witnesses" not in _doers("Witnesses saw soldiers shoot two unarmed farmers.")
    # a bare participle with no object is no deed ("troops killed in an ambush")
    assert not _doers("Troops killed in an ambush last week were buried on Monday.")


def test_count_before_the_object_and_whole_subject() -> None:
    said = (
        "Gunmen burst into a crowded bar on the edge of the town late on Sunday and sprayed "
        "drinkers with bullets, killing at least 20."
    )
    assert "gunmen" in _doers(said)
    # counter: a name read inside a longer noun phrase is no subject ("a rebel advance")
    said = "Families hid in the school until a Wagner advance killed three herders nearby."
    assert not any("wagner" in d for d in _doers(said))


def test_described_doer_named_by_its_group() -> None:
    said = (
        "Men in the uniforms of the Wagner Group, who arrived in three pick-up trucks, shot at "
        "villagers near the well."
    )
    assert "wagner group" in _doers(said)
    # counter: a description that names no group stays as written
    assert "two men on a motorcycle" in _doers("Two men on a motorcycle shot the reporter.")
    # counter: "the woman" named back is the doer described before, no new one
    said = "The woman, who had joined a queue of visitors, detonated a belt of explosives."
    assert "woman" not in _doers(said)
