"""A score of a game before the story's ("last season", "earlier this year", "in the previous round", "a year ago")
is background: no rival to this game's score, nor an earlier report of it (analyze.contests ``_past``). Invented
text only."""

from __future__ import annotations

import pytest
from briefed import brief_outlets, claims_in

from storyline.lexicon.measures import SCORE

_GAME = "The Otters beat the Herons 3-1 on Saturday, the club said."


@pytest.mark.parametrize(
    "other",
    [
        "The Herons beat the Otters 4-2 earlier this year, but the Otters won 3-1 on Saturday.",
        "The Herons had beaten the Otters 2-0 last season. On Saturday the Otters won 3-1.",
        "The Otters, who beat the Pikes 2-0 in the previous round, beat the Herons 3-1 on Saturday.",
        "Earlier in the season the Herons won 5-1 against the Otters. The Otters beat the Herons 3-1 on Saturday.",
        "The Otters lost 0-4 to the Herons in their last meeting but beat them 3-1 on Saturday.",
        "A year ago the Herons beat the Otters 3-0. The Otters beat the Herons 3-1 on Saturday.",
    ],
)
def test_an_earlier_games_score_is_no_rival_nor_update(other: str):
    assert not brief_outlets({"Coast Herald": _GAME, "Evening Post": other}, "game").conflicts


def test_this_games_scores_still_conflict_beside_an_earlier_one():
    other = "The Herons won 2-0 against the Otters last season. The Otters beat the Herons 4-1 on Saturday."
    (conflict,) = brief_outlets({"Coast Herald": _GAME, "Evening Post": other}, "game").conflicts
    assert "score" in conflict.topic


@pytest.mark.parametrize(
    ("sentence", "past"),
    [
        ("The Herons had beaten the Otters 2-0 last season.", True),
        ("The Otters beat the Pikes 2-0 in the previous round.", True),
        ("The Otters beat the Pikes 2-1 in the last minute of extra time.", False),
        ("The Otters beat the Pikes 2-1 on Saturday.", False),
        ("The Otters beat the Pikes 2-1 in the last round of the cup on Saturday.", False),
        ("The Otters won 3-1 in the last game of the season on Saturday.", False),
        ("The Otters lost 0-4 to the Herons in their last meeting.", True),
        ("The Otters beat the Pikes 2-1 earlier on Saturday.", False),
        ("The Otters beat the Pikes 2-1 last night in Calloway.", False),
        ("The Otters beat the Pikes 2-1 last Sunday.", False),
        ("The Otters beat the Pikes 2-1 two days ago.", False),
        ("The Herons beat the Otters 3-0 two years ago.", True),
        ("The Herons beat the Otters 3-0 earlier this season.", True),
    ],
)
def test_a_score_is_set_earlier_only_by_a_past_period(sentence: str, past: bool):
    (score,) = [c for _t, c in claims_in(sentence) if c.measure == SCORE]
    assert score.earlier is past
