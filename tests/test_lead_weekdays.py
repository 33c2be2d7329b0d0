"""An undated article's lead weekday ("fell on Thursday") is the story's day as that outlet tells it: two outlets
that lead with one weekday in different verbs agree, as two leads' resolved days do (briefing.lead_days).
Invented text only."""

from __future__ import annotations

import pytest
from briefed import agreed_values, brief_outlets

# Two outlets' leads dating one event with different verbs, each article without a date of its own.
_SAME_DAY = [
    (
        "A climber disappeared off the north ridge of Mount Orla on Thursday, rescuers said.",
        "Friends watched the climber plunge from the ridge on Thursday.",
    ),
    (
        "The Harbour City club sacked its head coach Olin Marsh on Saturday after a losing run.",
        "On Saturday, Olin Marsh was fired as head coach by the club's owners.",
    ),
    (
        "Veltrix on Wednesday issued an urgent fix for the browser flaw.",
        "A patch for the browser flaw was released by Veltrix on Wednesday.",
    ),
]


@pytest.mark.parametrize(("first", "second"), _SAME_DAY)
def test_two_outlets_lead_weekday_of_one_event_in_different_verbs_agrees(first: str, second: str):
    bodies = {"Coast Herald": first, "Evening Post": second}
    b = brief_outlets(bodies, "story")
    weekday = next(w for w in ("Thursday", "Saturday", "Wednesday") if w in first)
    assert {weekday} in agreed_values(b, bodies)
    assert not b.conflicts


def test_different_lead_weekdays_neither_agree_nor_conflict_without_the_articles_dates():
    """Which week each undated weekday falls in is unknown, so two weekdays are no two days one apart."""
    bodies = {
        "Coast Herald": "A climber disappeared off the north ridge of Mount Orla on Thursday, rescuers said.",
        "Evening Post": "Friends watched the climber plunge from the ridge on Friday.",
    }
    b = brief_outlets(bodies, "story")
    assert not any({"Thursday", "Friday"} & values for values in agreed_values(b, bodies))
    assert not b.conflicts


def test_a_weekday_told_after_the_lead_joins_no_lead_day():
    """Past the lead, a weekday mostly dates a later step of the story (a hearing, a funeral)."""
    later = "The climber was experienced. He had trained for months. The ridge is steep. A search began on Thursday."
    bodies = {
        "Coast Herald": "A climber disappeared off the north ridge of Mount Orla on Thursday, rescuers said.",
        "Evening Post": later,
    }
    assert not any("Thursday" in values for values in agreed_values(brief_outlets(bodies, "story"), bodies))
