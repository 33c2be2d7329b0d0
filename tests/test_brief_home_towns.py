"""briefing.places.home_town_conflicts: one named person placed in two towns by two outlets, each outlet in its
own phrasing of where the person lives or comes from ("of", "who lives in", "a resident of", "who is from", "who
comes from"), is a ``place`` conflict; a town the person once lived in or was born in ("a native of"), and two people's towns,
are not. Invented stories through the real analysis and briefing."""

from __future__ import annotations

import pytest
from roles_stories import conflict_topics


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "Laura Bennett, who lives in Boise, was hurt in the crash.",
            "Laura Bennett, 20, of Tucson, was hurt.",
        ),
        (
            "Laura Bennett, 20, who is from Boise, was hurt in the crash.",
            "Laura Bennett, who lives in Tucson, was hurt in the crash.",
        ),
        (
            "Laura Bennett, who comes from Boise, was hurt in the crash.",
            "Laura Bennett, a resident of Tucson, was hurt in the crash.",
        ),
    ],
)
def test_one_person_living_in_two_towns_conflicts(sentences):
    assert conflict_topics("place", *sentences) == ["place: Boise / Tucson"]


@pytest.mark.parametrize(
    "sentences",
    [
        # where she lived before, or was born: another fact than where she lives
        (
            "Laura Bennett, who lived in Boise, was hurt in the crash.",
            "Laura Bennett, who lives in Tucson, was hurt in the crash.",
        ),
        (
            "Laura Bennett, a native of Boise, was hurt in the crash.",
            "Laura Bennett, who lives in Tucson, was hurt in the crash.",
        ),
        (
            "Laura Bennett, who was born in Boise, was hurt in the crash.",
            "Laura Bennett, who lives in Tucson, was hurt in the crash.",
        ),
        # two people's towns
        (
            "Laura Bennett, who lives in Boise, was hurt in the crash.",
            "Owen Marsh, who lives in Tucson, was hurt in the crash.",
        ),
    ],
)
def test_a_former_home_a_birthplace_or_two_people_never_conflict(sentences):
    assert conflict_topics("place", *sentences) == []
