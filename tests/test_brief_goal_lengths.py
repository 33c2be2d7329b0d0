"""A length a goal gives ("promised to plant 20,000 trees in five years") is still to come, and a change told in the
perfect over a length ("rents have doubled in ten years") is time already passed: two stretches, never one length
told two ways (briefing.figure_scope ``stretch``, ``ended_and_ahead``). Two goals' lengths, or two perfects', still
conflict. A figure's thousands comma ends no clause. Invented text only (tests/roles_stories.py)."""

from __future__ import annotations

import pytest
from roles_stories import brief, families

_GOAL_AND_PAST = [
    (
        "Mayor Tilde Okonjo of Varrow promised on Monday to plant 20,000 trees in five years.",
        "In Varrow, where Mayor Tilde Okonjo won on Monday, rents have doubled in ten years.",
    ),
    (
        "The Varrow council pledged on Monday to open a new library within three years.",
        "Visits to the Varrow library have fallen by half over eight years, the council said on Monday.",
    ),
]


@pytest.mark.parametrize("sentences", _GOAL_AND_PAST)
def test_a_goal_length_and_a_past_change_do_not_conflict(sentences):
    assert "duration" not in families(brief(*sentences))


_ONE_STRETCH = [
    (
        "Mayor Tilde Okonjo of Varrow promised on Monday to plant 20,000 trees in five years.",
        "Mayor Tilde Okonjo of Varrow promised on Monday to plant 20,000 trees in eight years.",
    ),
    (
        "Rents in Varrow have doubled in ten years, the council said on Monday.",
        "Rents in Varrow have doubled in six years, the council said on Monday.",
    ),
]


@pytest.mark.parametrize("sentences", _ONE_STRETCH)
def test_two_lengths_of_one_stretch_still_conflict(sentences):
    assert "duration" in families(brief(*sentences))
