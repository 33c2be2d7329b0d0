"""A future told in reported speech: the speaker's "will" becomes "would" after a reporting verb ("the judge said
she would sentence Cole on Friday"), and the day is still to come, as it is for "will" (analyze.claim_dates
``_reported_future``); a perfect "would have" or a habit ("would often swim") is no plan. Invented sentences."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from briefed import agreed_values, brief_outlets, claims_in

from storyline.analyze.date_parts import PLANNED


def _date_measures(text: str) -> list[str]:
    return [c.measure for _t, c in claims_in(text) if c.kind == "date"]


@pytest.mark.parametrize(
    "text",
    [
        "The judge said she would sentence Cole on Friday.",
        "The council said the bridge would reopen on March 3.",
        "Production would restart on Thursday, the company said.",
    ],
)
def test_would_after_a_reporting_verb_dates_a_day_to_come(text):
    (measure,) = _date_measures(text)
    assert measure.endswith(PLANNED)


@pytest.mark.parametrize(
    "text",
    ["He said he would have left on Monday.", "Police said the man was arrested on Monday."],
)
def test_a_perfect_would_or_a_plain_past_is_no_plan(text):
    assert not any(m.endswith(PLANNED) for m in _date_measures(text))


def test_would_and_will_of_one_sentencing_agree():
    bodies = {
        "Ashby Post": "Dan Cole was found guilty of fraud at Ashby Crown Court. The judge said she would sentence"
        " Cole on Friday.",
        "Court Wire": "Dan Cole was found guilty of fraud at Ashby Crown Court. Cole will be sentenced on Friday.",
    }
    b = brief_outlets(bodies, "Ashby fraud", datetime(2026, 3, 10, 12, tzinfo=UTC))
    assert {"Friday"} in agreed_values(b, bodies)
