"""A length that ended with the story's act ("stepped down after six years", "has already spent 14 months on
remand") and one still to come ("his contract runs for four years", "is expected to serve three years") are two
stretches, never one length told two ways (briefing.figure_scope ``ended_and_ahead``); two lengths of one side
still conflict. Invented text only, through the real analysis and briefing (tests/roles_stories.py)."""

from __future__ import annotations

import pytest
from roles_stories import brief, families

_TWO_STRETCHES = [
    (
        "Ona Brisk, the mill's finance director, stepped down on Monday after six years.",
        "The Tarrow mill named Piet Lund as finance director on Monday. His contract runs for four years.",
    ),
    (
        "Dario Fenn has already spent 14 months in custody at Hollin jail, the court in Tarrow heard.",
        "Dario Fenn, who stole from the Tarrow pension fund, is expected to serve three years at Hollin jail.",
    ),
    (
        "Coach Ivo Marsh has left the Tarrow club after a year and a half.",
        "The Tarrow club parted company with coach Ivo Marsh, whose contract had three years to run.",
    ),
]


@pytest.mark.parametrize("sentences", _TWO_STRETCHES)
def test_a_length_gone_by_and_one_to_come_do_not_conflict(sentences):
    assert "duration" not in families(brief(*sentences))


_ONE_STRETCH = [
    (
        "Ona Brisk, the mill's finance director, stepped down on Monday after six years.",
        "Ona Brisk, the mill's finance director, stepped down on Monday after nine years.",
    ),
    (
        "Dario Fenn, who stole from the Tarrow pension fund, is expected to serve three years at Hollin jail.",
        "Dario Fenn, who stole from the Tarrow pension fund, is expected to serve five years at Hollin jail.",
    ),
]


@pytest.mark.parametrize("sentences", _ONE_STRETCH)
def test_two_lengths_of_one_side_still_conflict(sentences):
    assert "duration" in families(brief(*sentences))
