"""A length under two days ("about five hours", "40 minutes") that two outlets state agrees, though each leads
its lengths with another figure: a length is stored in days, so its figure is no small count ("two leaders") too
common to be a fact. Invented text only."""

from __future__ import annotations

import pytest
from briefed import agreed_values, brief_outlets

_STORIES = [
    (
        {
            "Coast Herald": "The trial of the bus driver lasted three weeks. The jury deliberated for about five "
            "hours before finding him guilty.",
            "Evening Post": "A jury deliberated for about five hours on Thursday before convicting the bus driver "
            "of manslaughter.",
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


@pytest.mark.parametrize(("bodies", "length"), _STORIES)
def test_a_length_of_hours_or_minutes_two_outlets_state_agrees(bodies: dict[str, str], length: str):
    b = brief_outlets(bodies, "story")
    assert {length} in agreed_values(b, bodies)
    assert not b.conflicts
