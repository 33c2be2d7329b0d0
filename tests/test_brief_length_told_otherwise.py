"""Two outlets agree on a story's length and a third gives one close, incompatible length in other words: when
every version is a plain length (exact, whole, no aside), the third tells that length otherwise, a conflict
(briefing.claims ``_plain_lengths``); bounds, a part ("another five years") and other acts stay quiet.
Invented stories."""

from __future__ import annotations

import pytest
from briefed import brief_outlets

_LEAD = "The Tarn-3 probe left Earth on Friday. The rocket rose from the Kessa pad. Crowds watched from the shore. "
_MISSION = {
    "Orbit Wire": _LEAD + "The probe is designed to work for seven years.",
    "Space Desk": _LEAD + "The seven-year mission cost 90 million euros.",
}


def _length_conflicts(bodies: dict[str, str]) -> list[str]:
    b = brief_outlets(bodies, "Tarn-3 probe launched")
    return [c.statement for c in b.conflicts if c.kind == "duration"]


def test_a_lone_close_length_in_other_words_is_a_conflict():
    third = (
        _LEAD + "The launch came after a delay of 48 hours. The craft will spend five years mapping the moon."
    )
    (statement,) = _length_conflicts({**_MISSION, "Launch Times": third})
    assert "seven" in statement and "five years" in statement


def test_two_outlets_alone_make_no_conflict():
    assert not _length_conflicts(_MISSION)


@pytest.mark.parametrize(
    "third",
    [
        # a bound fits the agreed length
        _LEAD + "The launch came after a delay of 48 hours. The craft will work for at least five years.",
        # a part of a length, not the whole
        _LEAD
        + "The launch came after a delay of 48 hours. Its mission may be extended for another five years.",
        # the third outlet seconds the agreed length beside another
        _LEAD
        + "The launch came after a delay of 48 hours. It will work for seven years and sleep for five years.",
    ],
)
def test_bounds_parts_and_seconds_stay_quiet(third):
    assert not _length_conflicts({**_MISSION, "Launch Times": third})


_PLANT = "Brenlow Tools will close its Ashby plant, with the loss of 200 jobs, the company said on Monday. "


def _plant_conflicts(third: str) -> list[str]:
    bodies = {
        "Works Wire": _PLANT + "Production will be moved to Spain over two years.",
        "City Post": _PLANT + "The work will move to Spain over two years, the firm told staff.",
        "Trade Daily": third,
    }
    b = brief_outlets(bodies, "Brenlow to close Ashby plant")
    return [k.statement for k in b.conflicts if k.kind == "duration"]


def test_a_lone_other_span_after_over_is_a_conflict():
    """ "moved over two years" twice / "phased out over 18 months": each "over" tells the span, told two ways."""
    (statement,) = _plant_conflicts(_PLANT + "Output will be phased out over 18 months.")
    assert "two years" in statement and "18 months" in statement


@pytest.mark.parametrize(
    "third",
    [
        # a bound only: "at least" fits two years
        _PLANT + "Output will be phased out for at least 18 months.",
        # far apart: another thing's span
        _PLANT + "Output will be phased out over six months.",
    ],
)
def test_a_bound_or_a_far_span_is_no_conflict(third):
    assert not _plant_conflicts(third)
