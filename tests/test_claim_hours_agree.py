"""A length under two days ("about five hours", "40 minutes") that two outlets state, though each leads its lengths
with another figure, is a gap kept as a strict xfail: a length is stored in days, so briefing.claims._small takes
it for a small count ("two leaders") too common to be a fact, and exempting lengths was taken back out (see the
mark). Invented text only."""

from __future__ import annotations

import pytest
from briefed import agreed_values, brief_outlets

_STORIES = [
    (
        {
            "Coast Herald": "Repairs to the dam will take three weeks. Power was out for about five hours across "
            "the valley.",
            "Evening Post": "Homes across the valley lost power for about five hours on Tuesday.",
        },
        "about five hours",
    ),
    (
        {
            "Coast Herald": "Firefighters fought the warehouse blaze for 40 minutes before it was under control. "
            "The roof burned for two days in all.",
            "Evening Post": "Crews battled the blaze at the warehouse for three days. Firefighters needed 40 "
            "minutes to bring the fire under control.",
        },
        "40 minutes",
    ),
]


@pytest.mark.xfail(
    strict=True,
    reason="taken out in session 27: exempting lengths from briefing.claims._small gained one read-half agreement "
    "per half but added one wrong duration agreement and no right one on the unread fresh ECB+ events",
)
@pytest.mark.parametrize(("bodies", "length"), _STORIES)
def test_a_length_of_hours_or_minutes_two_outlets_state_agrees(bodies: dict[str, str], length: str):
    b = brief_outlets(bodies, "story")
    assert {length} in agreed_values(b, bodies)
    assert not b.conflicts
