"""Build the offline engine's verb and noun classes from WordNet 3.0.

    apt-get install -y wordnet-base && python scripts/build_verbs.py

Reads the plain-text WordNet database (``/usr/share/wordnet``: ``data.verb``, ``data.noun``,
``verb.exc``; the Debian package ``wordnet-base``; format: wndb(5WN)) and writes
``summarizer/engines/offline/data/verbs.toml``: section ``[verbs]`` with

- ``classes``: each verb class (bomb, shell, shoot, attack, kill, destroy, blast, seize,
  abduct, arrest, loot, fight, surrender, withdraw, protest) as the inflected forms of the words of
  its seed synsets and of their troponyms (WordNet's ``~`` pointers, down to the seed's
  depth): base, third person, past, participle, gerund, irregular ones from ``verb.exc``;
  a multi-word lemma ("tear down", "mow down") inflects its first word. Only the seeds'
  past and participle forms are kept (the base, "-s" and "-ing" forms are nouns as
  often: "a car bomb", "the shelling"); only the seeds'
  literal senses are taken (each seed is one synset, by offset, of the lexicographer files
  of contact, competition, possession, motion, change, creation, social acts), so "fire an
  employee" (verb.social, not seeded) or "shoot a film" (verb.communication) stay out;
- ``nouns``: noun classes the actor lists lack (aircraft, building, military unit,
  settlement), the words of their seed synsets and their hyponyms, with plurals (and
  ``noun.exc``'s irregular ones); proper names (capitalised words) are left out.

``STOP`` lists words of a seed's troponyms whose everyday sense is not an act of violence.
The engine never reads WordNet: only this file.

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licensed under the
WordNet License (https://wordnet.princeton.edu/license-and-commercial-use): permission to
use, copy, modify and distribute it for any purpose, with this notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wndb import exceptions, synset_at

OUT = Path(__file__).resolve().parent.parent / "summarizer/engines/offline/data/verbs.toml"

#: Verb class -> (synset offset in data.verb, troponym depth) of its literal senses.
VERBS: dict[str, list[tuple[str, int]]] = {
    "bomb": [("01131920", 2), ("01136160", 0)],  # bomb/bombard; strafe
    "shell": [("01135940", 1), ("01138001", 0)],  # shell/blast with explosives; torpedo
    "shoot": [
        ("01135801", 0),  # open fire
        ("01133843", 1),  # fire (a weapon)
        ("01137156", 1),  # shoot, hit with a missile
        ("02484570", 1),  # shoot, kill by firing
        ("01134799", 1),  # shoot, fire a shot
        ("01136982", 0),  # gun down
    ],
    "attack": [
        ("01119187", 1),  # attack, assail: launch an assault on
        ("01118467", 1),  # attack, go on the offensive
        ("01120087", 1),  # assault, set on
        ("01126069", 0),  # storm, attack suddenly
        ("01586618", 0),  # storm, take by force
        ("01138222", 0),  # ambush, waylay
        ("02020045", 0),  # raid, foray into
        ("01126718", 0),  # beset, set upon
    ],
    "kill": [("01323976", 2), ("00479176", 0)],  # kill and its troponyms; massacre
    "destroy": [
        ("01619947", 1),  # destroy
        ("01564162", 1),  # destroy, ruin, wreck
        ("01661822", 1),  # raze, tear down
        ("01656476", 0),  # demolish
        ("00378664", 1),  # burn, burn down
    ],
    "blast": [("00306723", 1), ("00307419", 0)],  # explode, blow up, set off; dynamite
    "seize": [
        ("01213632", 1),  # seize, take by force
        ("02272567", 1),  # capture, conquer
        ("02274500", 0),  # take over, usurp
        ("01126378", 1),  # invade, occupy
        ("01103477", 0),  # overrun
        ("02304031", 0),  # recapture, retake
    ],
    "abduct": [("01471061", 1)],
    "arrest": [("01215155", 0), ("02495038", 1)],  # apprehend; detain, jail
    "loot": [("02344586", 1), ("02345066", 0)],  # plunder, ransack; sack
    "fight": [("01090353", 1), ("01092384", 1), ("01123783", 0)],  # fight; battle; skirmish
    "surrender": [("01115603", 0), ("01117830", 0)],  # surrender; capitulate
    "withdraw": [("01994460", 0)],  # withdraw, retreat
    "protest": [("02521410", 1), ("02521816", 1)],  # protest, dissent; demonstrate, march
}

#: Troponym words whose everyday sense is no act of violence (or is another class's).
STOP: dict[str, set[str]] = {
    "bomb": set(
        "atom-bomb atomise atomize blast crump hydrogen-bomb letter_bomb nuke shell zap".split()
    ),
    "shell": set("blast crump".split()),
    "blast": set("burst fire implode pop".split()),
    "shoot": set(
        "blast blaze blaze_away discharge flight grass gun hit let_drive let_fly loose_off "
        "overshoot pip pop pump".split()
    ),
    "attack": set(
        "aggress bait bomb bombard bulldog bust check circumvent counterstrike desecrate "
        "dishonor dishonour force fork gas harass hem_in hit invade jump lurk molest occupy "
        "outrage pelt pepper pin profane rape ravish rush savage scupper set sic strafe "
        "strike submarine surprise surround tackle torpedo violate".split()
    ),
    "kill": set(
        "annihilate asphyxiate brain burke burn carry_off chine commit_suicide decimate "
        "destroy dispatch draw draw_and_quarter drown eliminate eradicate erase extinguish "
        "flight fry hit kill_off knock_off liquidate martyr neutralise neutralize off overlay "
        "overlie pick_off pip poison polish_off put_away put_down put_to_sleep quarter remove "
        "sacrifice scrag shoot smother stake suffocate take_off tomahawk vaporize waste "
        "wipe_out zap".split()
    ),
    "destroy": set(
        "backfire break break_apart break_up bust bust_up consume cremate demyelinate despoil "
        "destruct devour dilapidate disassemble dismantle do_a_job_on do_away_with eliminate "
        "end eradicate explode exterminate extinguish extirpate fire fracture get get_rid_of "
        "harry interdict kick_in kill level plunder rape root_out ruin scorch scourge "
        "self-destroy self-destruct shipwreck spoil subvert sweep_away take_apart take_down uproot "
        "violate wash_out waste wipe_out wrack".split()
    ),
    "seize": set(
        "abduct appropriate arrogate assume carry commandeer highjack hijack infest kidnap "
        "nobble pirate raven snatch usurp wrest".split()
    ),
    "abduct": set("impress nobble".split()),
    "arrest": set(
        "bind_over cage cage_in collar confine cop immure intern jug keep keep_in lag nail "
        "pick_up pin_down put_away straiten trap".split()
    ),
    "loot": set("deplume displume foray reave rifle strip".split()),
    "fight": set(
        "assail attack bandy bear_down box chicken-fight chickenfight contend defend dogfight "
        "duel engage fence feud fight_down fistfight get_back joust oppose scuffle settle "
        "spar struggle tourney tug tussle wage war wrestle".split()
    ),
    "surrender": set("give_up".split()),
    "withdraw": set("draw_back move_back pull_away pull_back recede retire".split()),
    "protest": set("arise dissent rebel renegade resist rise rise_up strike walk_out".split()),
}
#: Words each class keeps though STOP drops them from a troponym list: the seed's own.
KEEP: dict[str, set[str]] = {
    "shoot": set("fire gun_down open_fire shoot".split()),
    "attack": set("assail assault attack".split()),
    "arrest": set("apprehend arrest detain imprison jail nab".split()),
    "protest": set("demonstrate march protest".split()),
    "withdraw": set("retreat withdraw".split()),
    "destroy": set(
        "burn burn_down demolish destroy dynamite pull_down raze tear_down wreck".split()
    ),
    "seize": set("capture conquer invade occupy overrun seize take_over".split()),
    "fight": set("battle combat fight fight_back join_battle skirmish".split()),
    "kill": set("annihilate kill massacre mow_down slaughter".split()),
    "bomb": set("bomb bombard".split()),
    "shell": set("shell".split()),
}

#: Noun class -> (synset offset in data.noun, hyponym depth).
NOUNS: dict[str, list[tuple[str, int]]] = {
    "aircraft": [("02686568", 4)],
    "building": [
        ("02913152", 2),  # building, edifice
        ("03953416", 2),  # place of worship
        ("03315023", 2),  # facility, installation
        ("02898711", 1),  # bridge
    ],
    "settlement": [("08665504", 1), ("08672738", 1), ("08672562", 1), ("08524735", 1)],
    "military_unit": [("08198398", 2)],
}
#: Hyponym words that are no such thing in a report (or are far too common).
NOUN_STOP: dict[str, set[str]] = {
    "building": set(
        "architecture assembly bar base booth cabin cafe camp center centre club conservatory "
        "coop course court deposit diner dock drop emplacement facility farm field forum "
        "gallery garage gold_mine goldmine grid grill gym hall harbor harbour heat heating "
        "ice inn installation jakes lido links_course lodge lost-and-found mill ministry "
        "network nursery opera oracle pavilion place plant plumbing port practice_range privy "
        "pub public_transit range remise repertory repository residence resort rifle_range "
        "rink room ruin service shambles shed shooting_gallery shop silo source spa span "
        "stable stall stalls stand storage store strip terminus test_range theater theatre "
        "tope track transit transportation treasury utility ward water works yard zoo".split()
    ),
    "military_unit": set(
        "administrative unit armor armour army band bodyguard cell command company contingent "
        "corps detail echelon element enemy flight foot force guard headquarters legion "
        "musketry navy party phalanx reserves section service spearhead task force team "
        "territorial trip_wire troop unit van vanguard wing".split()
    ),
    "settlement": set(),
    "aircraft": set(
        "amphibian balloon bird bogey bogie bogy craft eggbeater fighter glider hang_glider "
        "hangar_queen kite kite_balloon meteorological_balloon narrow-body pilot_balloon "
        "sailplane sausage ship skyhook trial_balloon wide-body".split()
    ),
}
#: ...and building nouns kept whatever their depth: those the reports name as targets.
NOUN_KEEP: dict[str, set[str]] = {
    "building": set(
        "airport bank barracks bridge cathedral chapel church depot embassy fort home "
        "hospital hotel house jail library market mosque museum office palace parliament post "
        "prison school shrine stadium station synagogue temple terminal tower".split()
    ),
}


def closure(pos: str, seeds: list[tuple[str, int]]) -> tuple[set[str], set[str]]:
    """The seeds' own words, and the words of their hyponyms down to each seed's depth."""
    own: set[str] = set()
    below: set[str] = set()
    for offset, depth in seeds:
        frontier = [(offset, 0)]
        while frontier:
            off, d = frontier.pop()
            found = synset_at(pos, off)
            words = [w.split("(")[0] for w in found.words]
            hypo = [t for symbol, t, p in found.pointers if symbol == "~" and p == pos[0]]
            (own if d == 0 else below).update(words)
            if d < depth:
                frontier += [(h, d + 1) for h in hypo]
    return own, below


def _cvc(word: str) -> bool:
    vowels = "aeiou"
    return (
        len(word) >= 3
        and word[-1] not in vowels + "wxy"
        and word[-2] in vowels
        and word[-3] not in vowels
        and sum(c in vowels for c in word) == 1
    )


#: What may follow a verb in a multi-word lemma whose first word inflects ("tear down").
PARTICLES = {
    "down",
    "up",
    "off",
    "out",
    "away",
    "over",
    "in",
    "on",
    "upon",
    "apart",
    "back",
    "fire",
    "to",
    "behind",
    "battle",
    "blood",
    "into",
    "waste",
}


#: Irregular pasts that end in "s" (none of the classes' verbs has one yet).
IRREGULAR_S: set[str] = set()
#: Verbs with a regular past besides verb.exc's ("burned" and "burnt").
BOTH = {"burn", "spoil", "spell", "dream", "learn", "leap"}


def verb_forms(lemma: str, irregular: dict[str, list[str]]) -> set[str]:
    """The inflected forms of a verb lemma; a multi-word lemma inflects its first word."""
    head, _, rest = lemma.partition("_")
    if rest and rest.split("_")[0] not in PARTICLES:
        *lead, head = lemma.split("_")  # "carpet_bomb": the last word is the verb
        return {" ".join(lead) + " " + f for f in verb_forms(head, irregular)}
    tail = " " + rest.replace("_", " ") if rest else ""
    forms = {head}
    if head in irregular:
        forms.update(irregular[head])
    if head.endswith("e") and not head.endswith("ee"):
        forms.update({head + "s", head + "d", head[:-1] + "ing"})
    elif head.endswith("y") and head[-2:-1] not in set("aeiou"):
        forms.update({head[:-1] + "ies", head[:-1] + "ied", head + "ing"})
    elif head.endswith(("s", "x", "z", "ch", "sh")):
        forms.update({head + "es", head + "ed", head + "ing"})
    else:
        forms.add(head + "s")
        if head in irregular and any(f.endswith(head[-1] * 2 + "ed") for f in irregular[head]):
            pass  # verb.exc gives the doubled forms
        elif _cvc(head):
            forms.update({head + head[-1] + "ed", head + head[-1] + "ing"})
        else:
            forms.update({head + "ed", head + "ing"})
    if head in irregular and head not in BOTH:  # "took", not "taked"
        forms = {f for f in forms if not f.endswith("ed")}
        forms.update(irregular[head])
    # the past and its participle only: the base, "-s" and "-ing" forms are nouns too ("a
    # car bomb", "the shells", "the bombing")
    forms = {f for f in forms if (f != head and not f.endswith(("s", "ing"))) or f in IRREGULAR_S}
    return {f + tail for f in forms if f.replace("-", "").isalpha()}


def noun_forms(word: str, irregular: dict[str, list[str]]) -> set[str]:
    """A noun and its plural."""
    forms = {word}
    if word in irregular:
        forms.update(irregular[word])
    elif word.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(word + "es")
    elif word.endswith("y") and word[-2:-1] not in set("aeiou"):
        forms.add(word[:-1] + "ies")
    else:
        forms.add(word + "s")
    return {f.replace("_", " ") for f in forms}


def build() -> str:
    verb_exc, noun_exc = exceptions("verb"), exceptions("noun")
    lines = [
        "# Verb and noun classes built from WordNet 3.0 by scripts/build_verbs.py; do not edit.",
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
        "# Licensed under the WordNet License: https://wordnet.princeton.edu/license-and-commercial-use",
        "# (Debian package wordnet-base). Read by scan/frames.py.",
        "[verbs.classes]",
    ]
    for name, seeds in VERBS.items():
        own, below = closure("verb", seeds)
        stop = STOP.get(name, set())
        keep = KEEP.get(name, set())
        lemmas = {w.lower() for w in own | below if w[:1].islower()}
        lemmas = {w for w in lemmas if w in keep or w not in stop}
        forms = sorted(set().union(*(verb_forms(w, verb_exc) for w in lemmas)))
        lines.append(f"{name} = {forms!r}".replace("'", '"'))
    lines.append("")
    lines.append("[verbs.nouns]")
    for name, seeds in NOUNS.items():
        own, below = closure("noun", seeds)
        stop, keep = NOUN_STOP.get(name, set()), NOUN_KEEP.get(name, set())
        words = {w.lower() for w in own | below if w[:1].islower()}
        words = {w for w in words if w in keep or w not in stop} | keep
        forms = sorted(set().union(*(noun_forms(w, noun_exc) for w in words)))
        forms = [f for f in forms if f.replace(" ", "").replace("-", "").isalpha()]
        lines.append(f"{name} = {forms!r}".replace("'", '"'))
    return "\n".join(lines) + "\n"


def main() -> int:
    OUT.write_text(build())
    print(f"wrote {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
