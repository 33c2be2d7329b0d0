"""A weekday shared by value alone by acts of the days after the event, each outlet its own act, ties no fact
(briefing.value_agreements ``_days_after``); one act told twice on such a day still agrees."""

from __future__ import annotations

from datetime import UTC, datetime

from briefed import agreed_values, brief_outlets

from storyline.briefing.placed import Placed
from storyline.briefing.value_agreements import _days_after
from storyline.model import ClaimSlot


def _p(article: str, measure: str, value: str) -> Placed:
    return Placed(ClaimSlot(article, 0, 7, "date", measure, value), 0, article)


LEADS = ["2026-11-02", "2026-11-02", "2026-11-03"]


def test_acts_of_the_day_after_tie_no_fact() -> None:
    versions = [_p("a", "fly", "2026-11-03"), _p("b", "suspend", "2026-11-03"), _p("c", "find", "2026-11-03")]
    assert _days_after("tuesday", versions, LEADS)


def test_one_act_told_twice_still_agrees() -> None:
    versions = [_p("a", "sign", "2026-11-03"), _p("b", "sign", "2026-11-03"), _p("c", "agree", "2026-11-03")]
    assert not _days_after("tuesday", versions, LEADS)


def test_the_lead_day_itself_still_agrees() -> None:
    versions = [
        _p("a", "break", "2026-11-02"),
        _p("b", "call", "2026-11-02"),
        _p("c", "collapse", "2026-11-02"),
    ]
    assert not _days_after("monday", versions, LEADS)
    assert not _days_after("monday", versions, None)


def test_a_story_brief_leaves_the_next_days_acts_apart() -> None:
    bodies = {
        "Vale Wire": (
            "A gas blast tore through the Orvel salt mine late on Monday, killing six workers, the owner said. "
            "The owner said the cause was not yet known. The regional governor flew to Orvel on Tuesday."
        ),
        "Coast Daily": (
            "Six workers died in a blast at the Orvel salt mine on Monday night, officials said. "
            "Rescue teams searched the lower tunnels. Shares in the mine's owner were halted on Tuesday."
        ),
        "Hill Post": (
            "A blast killed six workers at the Orvel salt mine on Monday, the owner said. "
            "Crews worked through the night. Rescuers found two injured miners alive on Tuesday."
        ),
    }
    b = brief_outlets(bodies, "Orvel mine blast", published=datetime(2026, 11, 4, 9, tzinfo=UTC))
    assert {"Tuesday"} not in agreed_values(b, bodies)
