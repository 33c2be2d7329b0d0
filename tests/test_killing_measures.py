"""One death told with another verb than "kill": a kind of killing WordNet lists ("murdered", "slain", "the
massacre of"), a verb with the state it leaves its object in ("shot dead", "stabbed to death", "taken into
custody") or a verb the code's act table tells with "kill" ("gunned down") measures the toll "killed" (or
"arrested") measures, for counts and dates alike; so do a verb of capture whose object is people ("seized 12
soldiers", "rounded up 40 men") and a fatal adverb ("fatally shot": the dead, never the injured), so two outlets' figures of one death meet in one slot
(analyze.act_nouns.group_of, analyze.claim_measures.result_of).
Invented stories, several phrasings."""

from __future__ import annotations

import pytest
from briefed import agreed_values, brief_outlets, claims_in

from storyline.analyze.act_nouns import measure_group


@pytest.mark.parametrize(
    ("word", "group"),
    [
        ("murder", "dead"),
        ("slay", "dead"),  # the verb of "slaying"
        ("slaying", "dead"),
        ("massacre", "dead"),
        ("manslaughter", "dead"),
        ("kill", "dead"),
        ("detain", "arrested"),  # a listed group as before
        ("shoot", None),  # shot and wounded, or shot dead: the verb alone tells no toll
        ("convict", None),
    ],
)
def test_a_kind_of_killing_is_the_dead_toll(word: str, group: str | None) -> None:
    assert measure_group(word) == group


def _measure(text: str, kind: str, value: str) -> str:
    (measure,) = [c.measure for said, c in claims_in(text) if c.kind == kind and value in said]
    return measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("Gunmen murdered 12 villagers near Orrin on Tuesday.", "12", "dead"),
        ("Twelve villagers were slain near Orrin on Tuesday.", "Twelve", "dead"),
        ("The massacre of 40 villagers near Orrin drew condemnation.", "40", "dead"),
        ("The province recorded 85 homicides last year.", "85", "dead"),
        ("Two guards were shot dead at the Orrin gate.", "Two", "dead"),
        # a verb with its particle told elsewhere with a listed verb (lexicon.measures VERB_GROUPS)
        ("Gunmen gunned down two guards at the Orrin gate.", "two", "dead"),
        # a verb of capture takes things as often as people: no arrest read from the table
        ("Thieves nabbed 14 watches in Orrin on Friday.", "14", "watch"),
        ("Police seized nine rifles from the boat at Orrin.", "nine", "rifle"),
        ("The army captured two towns east of Orrin.", "two", "town"),
        ("Volunteers picked up 30 bags of rubbish in Orrin.", "30", "bag"),
        # ... and arrests when what it takes is people
        ("Militants seized 12 soldiers near Orrin on Friday.", "12", "arrested"),
        ("Twelve soldiers were captured near Orrin on Friday.", "Twelve", "arrested"),
        ("Police picked up 30 protesters outside the Orrin town hall.", "30", "arrested"),
        ("Troops rounded up 40 men in a village near Orrin.", "40", "arrested"),
        ("Officers nabbed three suspects in Orrin on Friday.", "three", "arrested"),
        # a fatal adverb makes the act a killing, whatever its verb; without it the act counts no toll
        ("A gunman fatally shot two guards at the Orrin gate.", "two", "dead"),
        ("Two guards were fatally stabbed at the Orrin gate.", "Two", "dead"),
        ("Three hikers were fatally injured in a fall near Orrin.", "Three", "dead"),
        ("Two guards were shot at the Orrin gate.", "Two", "guard"),
        # a name is no act: "Alamo" is a battle's name and a brand's
        ("Five Alamo branches in Orrin closed their doors.", "Five", "branch"),
    ],
)
def test_a_count_of_a_killing_counts_the_dead(text: str, value: str, measure: str) -> None:
    assert _measure(text, "count", value) == measure


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("The shopkeeper was murdered on Friday in Orrin.", "dead"),
        ("The shopkeeper was shot dead on Friday in Orrin.", "dead"),
        ("Gunmen shot dead the shopkeeper on Friday.", "dead"),
        ("The shopkeeper was stabbed to death on Friday in Orrin.", "dead"),
        ("The shopkeeper was beaten to death on Friday, police said.", "dead"),
        ("The slaying of the shopkeeper on Friday shocked the town.", "dead"),
        ("The shopkeeper was gunned down on Friday in Orrin.", "dead"),
        ("Three men were taken into custody on Friday in Orrin.", "arrested"),
        # no state beside the verb: the act's own verb, as before
        ("The shopkeeper was shot on Friday in Orrin.", "shoot"),
        ("The shopkeeper was sent to hospital on Friday.", "send"),
        ("The gunman was convicted on Friday in Orrin.", "convict"),
        # a court's step over a killing dates the step, not the death
        ("He was charged with murder on Friday in Orrin.", "charge"),
        ("He pleaded guilty to manslaughter on Friday in Orrin.", "plead"),
        ("The gunman shot the guard on Friday, killing him.", "shoot"),
        # a state found, declared or reported, and a term "to life", are no act's result
        ("The shopkeeper was found dead on Friday in Orrin.", "find"),
        ("The gunman was sentenced to life on Friday in Orrin.", "sentence"),
    ],
)
def test_a_date_of_a_killing_dates_the_death(text: str, measure: str) -> None:
    assert _measure(text, "date", "Friday") == measure


# Three lead sentences before the date, so each outlet's lead day (briefing.lead_days) is another one's.
_LEAD = (
    "Residents of Orrin held a vigil on Sunday for a shopkeeper. "
    "Hundreds lit candles outside the shop on Sunday. "
    "The town's mayor spoke at the vigil on Sunday. "
)


@pytest.mark.parametrize(
    "told",
    [
        "The shopkeeper was shot dead on April 9 as he closed the shop.",
        "The shopkeeper was murdered on April 9 as he closed the shop.",
        "The shopkeeper was stabbed to death on April 9 as he closed the shop.",
        "The shopkeeper was gunned down on April 9 as he closed the shop.",
    ],
)
def test_one_death_dated_two_ways_conflicts(told: str) -> None:
    bodies = {
        "Ledger": _LEAD + "The shopkeeper was killed on April 8 as he closed the shop.",
        "Gazette": _LEAD + told,
    }
    conflicts = brief_outlets(bodies, "vigil").conflicts
    assert [(c.kind, c.topic) for c in conflicts if "April" in (c.statement or "")] == [
        ("date", "date (dead)")
    ]


def test_one_death_dated_alike_agrees() -> None:
    bodies = {
        "Ledger": _LEAD + "The shopkeeper was killed on April 8 as he closed the shop.",
        "Gazette": _LEAD + "The shopkeeper was shot dead on April 8 as he closed the shop.",
    }
    b = brief_outlets(bodies, "vigil")
    assert not [c for c in b.conflicts if "April" in (c.statement or "")]
    assert {"April 8"} in agreed_values(b, bodies)


def test_a_killings_date_and_a_trials_date_stay_apart() -> None:
    bodies = {
        "Ledger": _LEAD + "The shopkeeper was murdered on April 8 as he closed the shop.",
        "Gazette": _LEAD + "A man was convicted on April 9 of the shopkeeper's murder.",
    }
    b = brief_outlets(bodies, "vigil")
    assert not [c for c in b.conflicts if "April" in (c.statement or "")]


@pytest.mark.parametrize(
    ("ledger", "gazette", "statement"),
    [
        (
            "Gunmen murdered 12 villagers near Orrin on Tuesday, officials said.",
            "Gunmen killed nine villagers near Orrin on Tuesday, officials said.",
            "Gazette says nine dead; Ledger says 12 dead",
        ),
        (
            "Twelve villagers were slain near Orrin on Tuesday, officials said.",
            "Gunmen killed nine villagers near Orrin on Tuesday, officials said.",
            "Gazette says nine dead; Ledger says Twelve dead",
        ),
    ],
)
def test_a_toll_told_as_murder_and_as_killing_conflicts(ledger: str, gazette: str, statement: str) -> None:
    conflicts = brief_outlets({"Ledger": ledger, "Gazette": gazette}, "attack").conflicts
    assert [c.statement for c in conflicts] == [statement]


def test_a_toll_told_as_murder_and_as_killing_agrees() -> None:
    bodies = {
        "Ledger": "Gunmen murdered 12 villagers near Orrin on Tuesday, officials said.",
        "Gazette": "Twelve villagers were killed near Orrin on Tuesday, officials said.",
    }
    assert {"12", "Twelve"} in agreed_values(brief_outlets(bodies, "attack"), bodies)


@pytest.mark.parametrize(
    ("ledger", "gazette", "statement"),
    [
        (
            "Police detained 30 protesters outside the Orrin town hall on Friday.",
            "Police rounded up 45 protesters outside the Orrin town hall on Friday.",
            "Gazette says 45 arrested; Ledger says 30 arrested",
        ),
        (
            "Two guards were killed at the Orrin gate on Friday, officials said.",
            "A gunman fatally shot three guards at the Orrin gate on Friday, officials said.",
            "Gazette says three dead; Ledger says Two dead",
        ),
    ],
)
def test_a_toll_told_with_a_capture_or_a_fatal_verb_conflicts(
    ledger: str, gazette: str, statement: str
) -> None:
    conflicts = brief_outlets({"Ledger": ledger, "Gazette": gazette}, "attack").conflicts
    assert [c.statement for c in conflicts] == [statement]
