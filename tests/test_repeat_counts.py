"""How often an act happened told by an adverb ("married twice", "was shot twice") is the count "N times" gives,
under the measure its verb gives, so "married twice" and "married three times" meet in one slot
(analyze.implied_counts.repeat_counts); a ratio or a rate ("twice as fast", "twice the size", "twice a week") is no
count. Invented sentences and stories, several phrasings."""

from __future__ import annotations

import pytest
from briefed import brief_outlets, claims_in

from storyline.lexicon.measures import TOLLS


@pytest.mark.parametrize(
    ("text", "measure", "value"),
    [
        ("The late novelist married twice and left two stepsons.", "spouses", "2"),
        ("The teenager was shot twice by officers on Saturday.", "shots", "2"),
        ("Officers fired twice at the fleeing car.", "shots", "2"),
        ("The striker twice won the golden boot.", "win", "2"),
    ],
)
def test_an_adverb_of_repeats_counts_the_act(text: str, measure: str, value: str) -> None:
    found = [(c.measure, c.value) for said, c in claims_in(text) if said.lower() == "twice"]
    assert found == [(measure, value)]


@pytest.mark.parametrize(
    "text",
    [
        "The board meets twice a week in Orrin.",
        "Prices rose twice as fast as wages.",
        "The new plant is twice the size of the old one.",
        "The mayor told him twice to leave.",
    ],
)
def test_a_ratio_a_rate_or_a_report_is_no_count(text: str) -> None:
    assert not [c for said, c in claims_in(text) if said.lower() == "twice"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The driver had been arrested twice before the crash.", "twice"),
        ("The driver had been arrested three times before the crash.", "three"),
        ("A cyclist was killed on Friday after a van hit him twice on the ring road.", "twice"),
        ("A cyclist was killed on Friday after a van hit him two times on the ring road.", "two"),
    ],
)
def test_repeated_acts_of_a_tolls_verb_are_no_toll(text: str, value: str) -> None:
    """ "arrested twice", "struck two times": the figure counts the acts, where a toll counts the people they
    befell (a toll of two here was a false rival to another outlet's count of the dead or the arrested)."""
    found = [c.measure for said, c in claims_in(text) if said == value]
    assert found and not TOLLS & set(found)


def test_married_twice_and_three_times_conflict() -> None:
    bodies = {
        "Ledger": "The novelist Ann Marlow, who died on Monday in Orrin, had been married three times.",
        "Gazette": "The novelist Ann Marlow, who died on Monday in Orrin, married twice in her long life.",
    }
    conflicts = brief_outlets(bodies, "obituary").conflicts
    assert [c.topic for c in conflicts] == ["count (spouses)"]


def test_shot_twice_and_three_times_conflict() -> None:
    bodies = {
        "Ledger": "The teenager was shot twice by officers in Orrin on Saturday, police said.",
        "Gazette": "The teenager was shot three times by officers in Orrin on Saturday, police said.",
    }
    conflicts = brief_outlets(bodies, "shooting").conflicts
    assert [c.statement for c in conflicts] == ["Gazette says three shots; Ledger says twice (shots)"]


def test_shot_twice_by_both_is_no_conflict() -> None:
    bodies = {
        "Ledger": "The teenager was shot twice by officers in Orrin on Saturday, police said.",
        "Gazette": "Officers shot the teenager twice in Orrin on Saturday, police said.",
    }
    assert not brief_outlets(bodies, "shooting").conflicts
