"""A post an outlet itself gives a person as still to come ("X, its chief executive, will become its chairman")
is no rival to another outlet's word for that post (briefing.role_conflicts ``_post_to_come``); two outlets'
different posts held now still conflict. Invented stories (tests/roles_stories.py's frames)."""

from __future__ import annotations

import pytest
from roles_stories import brief, families


@pytest.mark.parametrize(
    "first",
    [
        "Brenmoor chief executive Nadia Voss, 58, will become its chairman after the merger.",
        "The club's chief executive, Nadia Voss, is to become the chairman when the merger completes.",
    ],
)
def test_a_post_the_outlet_gives_as_to_come_is_no_rival(first):
    second = "Nadia Voss, who has run the club since 2014, will be chairman of the merged club."
    assert families(brief(first, second)) == []


def test_two_posts_held_now_still_conflict():
    first = "Brenmoor chief executive Nadia Voss, 58, said the merger would go ahead."
    second = "Nadia Voss, the club's chairman, said the merger would go ahead."
    assert families(brief(first, second)) == ["role"]
