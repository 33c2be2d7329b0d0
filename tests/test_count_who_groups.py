"""Residents, like workers, say who is counted, not what befell them: "3,000 residents were evacuated" counts the
evacuated, as "5,000 people were evacuated" does, so two outlets' figures meet in one slot (issue 13, counts: one
toll told with different nouns). Invented sentences and a two-outlet story."""

from __future__ import annotations

import pytest
from briefed import brief_outlets, claims_in


def _measure(text: str, figure: str) -> str:
    """The measure of the one count claim whose span holds ``figure``."""
    (found,) = [c.measure for span, c in claims_in(text) if c.kind == "count" and figure in span]
    return found


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("About 3,000 residents were evacuated from Hollin as the fire spread.", "3,000", "evacuated"),
        ("Four residents were killed when the dam gave way.", "Four", "dead"),
        # no toll: who they are, not a word around them ("homes" is no count of buildings here)
        ("The fire forced 3,000 residents from their homes in Hollin.", "3,000", "population"),
        ("Hollin has 3,000 residents and one school.", "3,000", "population"),
        # workers as before
        ("Two employees were killed in the blast at the mill.", "Two", "dead"),
        ("The plant's 300 workers were sent home early.", "300", "jobs"),
    ],
)
def test_a_who_noun_takes_a_toll_around_it_and_nothing_else(text: str, figure: str, measure: str) -> None:
    assert _measure(text, figure) == measure


def test_residents_evacuated_conflict_with_people_evacuated() -> None:
    bodies = {
        "Ledger": "About 3,000 residents were evacuated from Hollin as the fire spread on Monday.",
        "Gazette": "Some 5,000 people were evacuated from Hollin as the fire spread on Monday.",
    }
    assert [c.statement for c in brief_outlets(bodies, "story").conflicts] == [
        "Gazette says Some 5,000 evacuated; Ledger says About 3,000 evacuated"
    ]
