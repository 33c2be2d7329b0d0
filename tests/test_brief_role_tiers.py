"""briefing.role_conflicts `_tier_conflicts`: one post's head told at two levels of a service's command ("Station
manager X" / "Watch manager X") is a role conflict; the same level, a level against none, and a body's name before
the head ("council spokesman" / "police spokesman") stay quiet. Invented text through the real analysis and
briefing (tests/roles_stories.py)."""

from __future__ import annotations

import pytest
from roles_stories import conflict_topics


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "Station manager Orla Finnerty said the crews had saved the chapel.",
            "Watch manager Orla Finnerty said the crews had saved the chapel.",
            "Station manager Orla Finnerty said the roof could not be saved.",
        ),
        (
            "Area commander Piet Vosloo said the road would stay shut overnight.",
            "District commander Piet Vosloo said the road would stay shut overnight.",
        ),
    ],
)
def test_one_post_at_two_levels_of_command_conflicts(sentences):
    assert len(conflict_topics("role", *sentences)) == 1


@pytest.mark.parametrize(
    "sentences",
    [
        # the same level, one outlet capitalising it
        (
            "Station manager Orla Finnerty said the crews had saved the chapel.",
            "Station Manager Orla Finnerty said the crews had saved the chapel.",
        ),
        # a level against the plain post: one less precise
        (
            "Station manager Orla Finnerty said the crews had saved the chapel.",
            "Manager Orla Finnerty said the crews had saved the chapel.",
        ),
        # who employs the person, not which level
        (
            "Council spokesman Ravi Dunmore said the road would reopen on Friday.",
            "Police spokesman Ravi Dunmore said the road would reopen on Friday.",
        ),
    ],
)
def test_one_level_or_an_employer_is_no_tier_conflict(sentences):
    assert not [t for t in conflict_topics("role", *sentences) if "manager" in t or "spokes" in t]
