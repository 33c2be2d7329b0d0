"""A percentage given as a level through a verb of change or state ("the shortfall would fall to 4.1%", "bring the
shortfall down to 4.6%", "unemployment, which stood at 7.2%") measures the noun whose level it is, not the verb,
so two outlets' figures of one level meet in one slot (analyze.claim_measures.leveled_noun). Invented text."""

from __future__ import annotations

import pytest
from briefed import brief_outlets, claims_in


def _measure(text: str, value: str) -> str:
    (measure,) = [c.measure for said, c in claims_in(text) if c.kind == "percent" and value in said]
    return measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("The treasurer said the shortfall would fall to 4.1% of output.", "4.1", "shortfall"),
        ("The plan would bring the shortfall down to 4.6% of output next year.", "4.6", "shortfall"),
        ("Officials said unemployment, which stood at 7.2% in May, was easing.", "7.2", "unemployment"),
        ("Unemployment stood at 7.2% in May.", "7.2", "unemployment"),
        # a change by an amount is no level: the verb's, as before
        ("The firm's revenue rose by 12% last year.", "12", "rise"),
    ],
)
def test_a_levels_percentage_measures_its_noun(text: str, value: str, measure: str) -> None:
    assert _measure(text, value) == measure


def test_one_level_told_with_two_verbs_conflicts() -> None:
    bodies = {
        "Ledger": "Treasurer Ilse Marrow said the shortfall would fall to 4.1% of output next year.",
        "Gazette": "Treasurer Ilse Marrow said the budget would bring the shortfall down to 4.6% of output next year.",
    }
    conflicts = brief_outlets(bodies, "budget").conflicts
    assert [(c.kind, c.topic) for c in conflicts] == [("percent", "percent (shortfall)")]


def test_a_share_won_is_no_level_of_its_winner() -> None:
    # the figure is the verb's object: the subject's share, not its level, as before
    assert _measure("The Harbour party won 21.5% of the vote in Sunday's poll.", "21.5") == "votes"
