"""A later report's bare figure that another outlet tells as a revision of the earlier figure is the same update
(briefing.claim_verdicts ``_told_revision``); a change from another figure leaves the conflict. Invented stories
through the real analysis and briefing."""

from __future__ import annotations

from datetime import UTC, datetime

from briefed import brief_reports

from storyline.model import Briefing

_T = datetime(2026, 2, 9, 8, tzinfo=UTC)


def _brief(bodies: list[tuple[str, str, float]]) -> Briefing:
    """(outlet, body, hours after the first report) of each article, one story."""
    return brief_reports([(o, o, b, h) for o, b, h in bodies], "Marlow flood", _T)


def _verdicts(b: Briefing, value: str) -> list[str]:
    """The kinds of the conflicts and updates one of whose sides says ``value``."""
    return [k.kind for k in b.conflicts if value in (k.statement or "")]


_EARLY = [
    (
        "Tessel Wire",
        "The river Tessel burst its banks in Marlow on Monday, flooding 1,200 homes, the council said. Boats "
        "took families from the lower streets to a school on the hill.",
        0,
    ),
    (
        "Marlow Echo",
        "Water rose through the night in Marlow, where 1,200 homes were flooded on Monday, the council said. "
        "Shops on the quay stayed shut.",
        2,
    ),
]
_LATE = (
    "Vale Courier",
    "The Tessel began to fall on Wednesday. 1,900 homes were flooded in Marlow, the council said, and repairs "
    "will take months.",
    30,
)


def test_a_later_bare_figure_another_outlet_told_as_a_rise_from_the_first_is_an_update():
    revising = (
        "Marlow Radio",
        "The number of homes flooded in Marlow has risen to 1,900, up from an earlier count of 1,200, the "
        "council said on Tuesday. Inspectors reached streets cut off by the water.",
        24,
    )
    assert _verdicts(_brief([*_EARLY, revising, _LATE]), "1,900") == ["update"]


def test_a_rise_from_another_figure_leaves_the_later_figure_in_conflict():
    revising = (
        "Marlow Radio",
        "The number of homes flooded in Marlow has risen to 1,900, up from 700 in the flood of 2019, the "
        "council said on Tuesday. Inspectors reached streets cut off by the water.",
        24,
    )
    assert _verdicts(_brief([*_EARLY, revising, _LATE]), "1,900") == ["count"]
