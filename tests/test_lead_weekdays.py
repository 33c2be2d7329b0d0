"""An undated article's lead weekday ("ran aground on Thursday") is the story's day as that outlet tells it: two outlets
that lead with one weekday in different verbs agree, as two leads' resolved days do (briefing.lead_days).
Invented text only."""

from __future__ import annotations

import pytest
from briefed import agreed_values, brief_outlets

# Two outlets' leads dating one event with different verbs, each article without a date of its own.
_SAME_DAY = [
    (
        "A ferry ran aground off Kestrel Point on Thursday, the coastguard said.",
        "Passengers were lifted off the stranded vessel by helicopter on Thursday.",
    ),
    (
        "Lurania's voters chose a new parliament on Sunday.",
        "On Sunday, turnout in the Lurania ballot reached a record, officials said.",
    ),
    (
        "The Tidewell museum reopened its east wing on Wednesday.",
        "Visitors returned to the restored east wing of the Tidewell museum on Wednesday.",
    ),
]


@pytest.mark.parametrize(("first", "second"), _SAME_DAY)
def test_two_outlets_lead_weekday_of_one_event_in_different_verbs_agrees(first: str, second: str):
    bodies = {"Coast Herald": first, "Evening Post": second}
    b = brief_outlets(bodies, "story")
    weekday = next(w for w in ("Thursday", "Sunday", "Wednesday") if w in first)
    assert {weekday} in agreed_values(b, bodies)
    assert not b.conflicts


def test_different_lead_weekdays_neither_agree_nor_conflict_without_the_articles_dates():
    """Which week each undated weekday falls in is unknown, so two weekdays are no two days one apart."""
    bodies = {
        "Coast Herald": "A ferry ran aground off Kestrel Point on Thursday, the coastguard said.",
        "Evening Post": "Passengers were lifted off the stranded vessel by helicopter on Friday.",
    }
    b = brief_outlets(bodies, "story")
    assert not any({"Thursday", "Friday"} & values for values in agreed_values(b, bodies))
    assert not b.conflicts


def test_a_weekday_told_after_the_lead_joins_no_lead_day():
    """Past the lead, a weekday mostly dates a later step of the story (a hearing, a funeral)."""
    later = "The ferry is old. Its owners plan to sell it. The strait is shallow. Divers inspected the hull on Thursday."
    bodies = {
        "Coast Herald": "A ferry ran aground off Kestrel Point on Thursday, the coastguard said.",
        "Evening Post": later,
    }
    assert not any("Thursday" in values for values in agreed_values(brief_outlets(bodies, "story"), bodies))
