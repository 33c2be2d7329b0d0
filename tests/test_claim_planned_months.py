"""A planned act dated by a day in one outlet and by a month in another ("will close on June 30" / "at the end of
August") is one plan told two ways: the two conflict when the day lies outside the month and near it, as two
planned days or two planned months do (briefing.claim_values.compatible, claim_pairs.near_figures)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storyline.analyze import analyze
from storyline.briefing import build_briefing
from storyline.briefing.claim_values import compatible, days_outside
from storyline.model import Article, ClaimSlot, Story

_PLANNED = " to come"  # analyze.date_parts.PLANNED: a verb's act still to come


def _dates(measure: str, *values: str) -> list[ClaimSlot]:
    return [ClaimSlot(f"d{i}", 0, 1, "date", measure, v) for i, v in enumerate(values)]


@pytest.mark.parametrize(
    "a, b, gap",
    [
        ("2026-06-30", "2026-07", 1),
        ("2026-07", "2026-06-30", 1),  # either order
        ("2026-08-03", "2026-07", 3),
        ("2026-07-15", "2026-07", 0),  # inside the month
        ("2026-12-30", "2027-01", 2),  # across a year's end
        ("2026-06-30", "2026-07-01", None),  # two days: days_apart's
        ("2026", "2026-07-01", None),  # a year: no month to count from
    ],
)
def test_days_from_a_day_to_a_month(a: str, b: str, gap: int | None):
    assert days_outside(a, b) == gap


def test_a_planned_day_outside_a_planned_month_is_incompatible():
    day, month = _dates("close" + _PLANNED, "2026-06-30", "2026-08")
    assert compatible(day, month) is False
    inside, _ = _dates("close" + _PLANNED, "2026-08-14", "2026-08")
    assert compatible(inside, month) is True


def test_a_past_day_against_a_month_stays_unjudged():
    """Days and months gone are often two steps of one story (charged in March, tried on May 4)."""
    day, month = _dates("close", "2026-03-03", "2026-04")
    assert compatible(day, month) is None


def _date_conflicts(bodies: dict[str, str]) -> list[str]:
    t0 = datetime(2026, 4, 13, 9, tzinfo=UTC)
    arts = {n: Article(n, n, b, outlet=n, published=t0) for n, b in bodies.items()}
    analyses = {a.article_id: a for a in analyze(list(arts.values()))}
    story = Story("s", "plan", tuple(arts))
    return [
        c.statement
        for c in build_briefing(story, [story], arts, analyses, [], {}).conflicts
        if c.kind == "date"
    ]


@pytest.mark.parametrize(
    "first, second",
    [
        (  # a factory's closure: an agency's day against a local paper's month end
            "Harwick Mills will close its Dunmore plant on June 30, the company told staff on Monday.",
            "About 300 people work at the Dunmore plant, which will close at the end of July, Harwick Mills said.",
        ),
        (  # a bridge's opening: a day against a month, the month first
            "The new Keel Street bridge will open in September, the council said on Monday.",
            "The council said on Monday that the new Keel Street bridge will open on August 28.",
        ),
        (  # a trial's start
            "The trial of the two Ferrow brothers will start on May 27, a judge ruled on Monday.",
            "A judge ruled on Monday that the trial of the two Ferrow brothers will start in June.",
        ),
    ],
)
def test_a_plan_dated_by_a_day_and_by_another_month_conflicts(first: str, second: str):
    assert _date_conflicts({"wire": first, "paper": second})


@pytest.mark.parametrize(
    "first, second",
    [
        (  # the day lies in the month: agreement, no conflict
            "Harwick Mills will close its Dunmore plant on June 30, the company told staff on Monday.",
            "The Dunmore plant will close in June, Harwick Mills told staff on Monday.",
        ),
        (  # weeks apart: two steps of one case, a hearing now and another later
            "The two Ferrow brothers will appear in court on April 16, police said on Monday.",
            "Police said on Monday the two Ferrow brothers will appear in court again in June.",
        ),
        (  # two plans of one verb for two things
            "The first wing of the Keel Street hospital will open on May 4, the trust said on Monday.",
            "The trust said on Monday that its Harrow Road clinic will open in July.",
        ),
    ],
)
def test_a_plan_in_its_month_or_two_steps_do_not_conflict(first: str, second: str):
    assert not _date_conflicts({"wire": first, "paper": second})
