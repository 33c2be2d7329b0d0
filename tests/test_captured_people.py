"""People a verb of capture takes, told by a participle describing them ("one of 57 suspected smugglers seized in a
raid", "the 40 militants captured near Orrin"), count the arrested as "seized 40 militants" does
(analyze.act_nouns._takes_people), so two outlets' figures of one raid meet in one slot; things seized ("40 rifles
seized in the raid") stay counts of their noun. Invented stories, several phrasings."""

from __future__ import annotations

import pytest
from briefed import brief_outlets, claims_in


def _measure(text: str, value: str) -> str:
    (measure,) = [c.measure for said, c in claims_in(text) if c.kind == "count" and value in said]
    return measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("Ana Ruiz, one of 57 suspected smugglers seized on Thursday, was freed.", "57", "arrested"),
        ("The 40 militants captured near Orrin were flown to the capital.", "40", "arrested"),
        ("Police paraded 12 smugglers seized at the Orrin border.", "12", "arrested"),
        # things seized are counted by their noun, as before
        ("Police showed 40 rifles seized in the Orrin raid.", "40", "rifle"),
        ("Some 300 homes destroyed by the storm were insured.", "300", "buildings"),
        # people a participle says something else of are no arrest
        ("Police questioned 12 smugglers detected at the Orrin border.", "12", "smuggler"),
    ],
)
def test_people_a_participle_says_were_seized_count_the_arrested(text: str, value: str, measure: str) -> None:
    assert _measure(text, value) == measure


def test_a_sweep_told_with_a_participle_and_with_arrested_conflicts() -> None:
    bodies = {
        "Ledger": "Ana Ruiz, one of 57 suspected smugglers seized on Thursday in Orrin, was freed on Friday.",
        "Gazette": "Officers arrested 48 people in the Orrin raid on Thursday, police said.",
    }
    conflicts = brief_outlets(bodies, "sweep").conflicts
    assert [c.topic for c in conflicts] == ["count (arrested)"]


def test_rifles_seized_are_no_rival_to_people_arrested() -> None:
    bodies = {
        "Ledger": "Police showed 57 rifles seized on Thursday in Orrin to reporters on Friday.",
        "Gazette": "Officers arrested 48 people in the Orrin raid on Thursday, police said.",
    }
    assert not brief_outlets(bodies, "sweep").conflicts


@pytest.mark.parametrize(
    "text",
    [
        "The army captured two towns on Monday and seized three more on Tuesday.",
        "Rebels took four villages last week and captured two others overnight.",
    ],
)
def test_a_count_word_taken_by_a_verb_of_capture_is_no_arrest(text: str) -> None:
    """ "three more" or "two others" after a verb of capture stands for whatever came before (towns, villages):
    no one is counted as arrested."""
    assert not [c for _said, c in claims_in(text) if c.measure == "arrested"]


def test_people_seized_still_count_the_arrested() -> None:
    """The plural 'people' is a person noun through its singular."""
    assert _measure("Militants seized 30 people from the convoy on Sunday.", "30") == "arrested"
