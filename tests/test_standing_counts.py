"""What a body has ("employs 52 staff") and what happened to some of it ("20 staff were evacuated") are two
counts of one noun, never one figure told two ways (briefing.claim_pairs ``_standing_and_act``). Invented text."""

from __future__ import annotations

from datetime import UTC, datetime

from briefed import brief_outlets

_WHEN = datetime(2026, 5, 6, 9, tzinfo=UTC)
_LEAD = "About 90 guests and {} staff were evacuated from the Harbour Inn in Selby late on Tuesday after fire broke out."


def _topics(second: str) -> list[str]:
    bodies = {"Dale Courier": _LEAD.format(20), "Selby Star": second}
    return [k.topic for k in brief_outlets(bodies, "Harbour Inn fire", _WHEN).conflicts]


def test_a_body_s_staff_and_the_staff_evacuated_are_two_counts():
    second = (
        "Fire broke out at the Harbour Inn in Selby late on Tuesday, and about 90 guests were led out. "
        "The inn, which stands by the quay, employs 52 staff, most of them local."
    )
    assert not _topics(second)


def test_two_counts_of_the_staff_evacuated_still_conflict():
    assert _topics(_LEAD.format(35))
