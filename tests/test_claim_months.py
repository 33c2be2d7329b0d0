"""Months and years are one scale: "30 months" is "two and a half years", "a year" is "12 months", in values and
across outlets. Invented text only."""

from __future__ import annotations

import pytest
from briefed import claims_in
from roles_stories import brief


def _length(text: str) -> str:
    (value,) = [c.value for _span, c in claims_in(text) if c.kind == "duration"]
    return value


@pytest.mark.parametrize(
    ("months", "years"),
    [
        ("The ward was shut for 30 months.", "The ward was shut for two and a half years."),
        ("The inquiry took 12 months.", "The inquiry took a year."),
        ("The bridge will be closed for 24 months.", "The bridge will be closed for two years."),
        ("He spent 18 months in prison.", "He spent a year and a half in prison."),
        ("The tunnel took 42 months to dig.", "The tunnel took three and a half years to dig."),
    ],
)
def test_months_and_years_give_one_value(months: str, years: str) -> None:
    assert _length(months) == _length(years)


def test_months_and_years_of_one_closure_do_not_conflict() -> None:
    b = brief(
        "The maternity ward at Greyfield hospital has been closed for 30 months, the trust said.",
        "The trust said the Greyfield maternity ward had been shut for two and a half years.",
        "Greyfield's maternity ward, closed for two-and-a-half years, will reopen in May.",
    )
    assert not [k for k in b.conflicts if k.kind == "duration"]


def test_a_length_that_differs_by_months_still_conflicts() -> None:
    b = brief(
        "The maternity ward at Greyfield hospital has been closed for 30 months, the trust said.",
        "The trust said the Greyfield maternity ward had been shut for three years.",
    )
    assert [k for k in b.conflicts if k.kind == "duration"]
