"""A zero of arrests ("no arrests have been made", analyze.implied_counts) against another outlet's written count
of arrests is a count conflict (PROTOCOL.md: "whether something happened at all"); outlets that both made none, or
a count of something else, are none."""

from __future__ import annotations

from briefed import brief_outlets

_LEAD = "A fire destroyed a bakery in Quorn on Monday night."


def _arrest_conflicts(bodies: dict[str, str]) -> list[str]:
    return [k.topic for k in brief_outlets(bodies, "fire").conflicts if "arrested" in k.topic]


def test_no_arrests_against_two_arrested_is_a_conflict():
    bodies = {
        "A": f"Bakery fire.\n{_LEAD} No arrests have been made, police said on Tuesday.",
        "B": f"Bakery fire.\n{_LEAD} Police arrested two men on Tuesday, a spokesman said.",
    }
    assert len(_arrest_conflicts(bodies)) == 1


def test_no_arrests_told_alike_or_against_another_count_is_none():
    none = f"Bakery fire.\n{_LEAD} No arrests have been made, police said on Tuesday."
    for other in (
        f"Bakery fire.\n{_LEAD} Nobody has been arrested over the fire, police said on Tuesday.",
        f"Bakery fire.\n{_LEAD} Police questioned two men on Tuesday, a spokesman said.",
    ):
        assert _arrest_conflicts({"A": none, "B": other}) == []
