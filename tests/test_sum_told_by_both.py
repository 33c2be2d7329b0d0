"""Two outlets' first sums, one outlet stating the other's sum as well, are two things' sums, not one sum told two
ways (briefing.claims ``_sum_told_by_both``). Invented stories through the real analysis and briefing."""

from __future__ import annotations

from datetime import UTC, datetime

from briefed import brief_outlets

_T = datetime(2026, 4, 14, 12, tzinfo=UTC)
_PLEDGE = (
    "Storm Tavi flattened barns across the Selby valley on Monday. The government has promised £4 million in "
    "relief for the valley's farmers, the farming minister said."
)


def _money_conflicts(second: str) -> list[str]:
    bodies = {
        "Valley Post": _PLEDGE,
        "Farm Weekly": "Farmers in the Selby valley counted the cost of Storm Tavi on Tuesday. Officials put the "
        f"damage at £30 million. {second}",
    }
    b = brief_outlets(bodies, "Storm Tavi hits Selby valley farms", _T)
    return [k.statement for k in b.conflicts if k.kind == "money"]


def test_an_outlet_stating_the_other_outlets_sum_too_tells_two_sums():
    assert not _money_conflicts("The government's relief package of £4m was called too small by farmers.")


def test_a_lone_other_sum_still_conflicts():
    assert _money_conflicts("The government's relief package was called too small by farmers.")


def test_an_outlet_stating_the_other_sum_as_its_earlier_figure_still_revises_it():
    bodies = {
        "Valley Post": "The council said on Monday that rebuilding the Selby footbridge would cost £2.5 million.",
        "Farm Weekly": "The council now puts the cost of rebuilding the Selby footbridge at £3.2 million; it had "
        "earlier said £2.5 million.",
    }
    b = brief_outlets(bodies, "Selby footbridge cost rises", _T)
    assert [k.kind for k in b.conflicts if "£3.2 million" in (k.statement or "")]


def test_close_sums_an_outlet_states_both_still_conflict():
    bodies = {
        "Valley Post": "Thieves took jewels worth £2.5 million from a shop in Selby on Monday. The owner later put "
        "the loss at £2.6 million.",
        "Farm Weekly": "Thieves took jewels worth £2.6 million from a shop in Selby on Monday, police said.",
    }
    b = brief_outlets(bodies, "Selby jewel raid", _T)
    assert [k.kind for k in b.conflicts if "£2.5 million" in (k.statement or "")]
