"""Outlets date one act told with two verbs that lexicon.measures VERB_GROUPS folds ("resigned" / "quit",
"bought" / "purchased") or with its noun and its verb ("the shooting of a guard" / "a guard was shot"): the dates
share a slot (briefing.placed ``one_act``; analyze.claim_dates reads an act's noun as its verb), so two days
conflict; two acts of one story ("resigned" / "appointed a
successor"), or one act of two undergoers, stay apart. Invented stories, the dates told after the leads."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from briefed import brief_outlets

from storyline.briefing.placed import one_act

_FRIDAY = datetime(2026, 3, 6, 12, tzinfo=UTC)
_LEAD = (
    "Harlow is a quiet market town. Its high street has forty shops. Trade there is slow, the council says. "
)


def _date_conflicts(first: str, second: str) -> list[str]:
    b = brief_outlets({"Harlow Post": _LEAD + first, "Town Wire": _LEAD + second}, "Harlow news", _FRIDAY)
    return [k.statement for k in b.conflicts if k.kind == "date"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Harlow mayor Ann Cole resigned from the council on Monday.",
            "Harlow mayor Ann Cole quit the council on Tuesday.",
        ),
        (
            "Dray Foods bought the Harlow bakery on Monday.",
            "Dray Foods purchased the Harlow bakery on Tuesday.",
        ),
    ],
)
def test_one_act_in_two_verbs_on_two_days_is_a_conflict(first, second):
    (statement,) = _date_conflicts(first, second)
    assert "Monday" in statement and "Tuesday" in statement


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The shooting of a Harlow guard on Monday shocked the town.",
            "A Harlow guard was shot on Tuesday.",
        ),
        (
            "The detention of the Harlow treasurer on Monday angered residents.",
            "Police detained the Harlow treasurer on Tuesday.",
        ),
    ],
)
def test_an_acts_noun_and_its_verb_on_two_days_are_a_conflict(first, second):
    (statement,) = _date_conflicts(first, second)
    assert "Monday" in statement and "Tuesday" in statement


@pytest.mark.parametrize(
    "second",
    [
        "The Harlow treasurer appeared in court on Tuesday.",  # another act of the story
        "The Harlow treasurer was charged on Tuesday.",
    ],
)
def test_an_acts_noun_and_another_acts_verb_stay_apart(second):
    assert not _date_conflicts("The arrest of the Harlow treasurer on Monday angered residents.", second)


def test_an_acts_noun_and_its_verb_of_two_undergoers_stay_apart():
    assert not _date_conflicts(
        "The shooting of a Harlow guard on Monday shocked the town.",
        "A Harlow cashier was shot on Tuesday.",  # two shootings
    )


def test_a_scheduled_acts_noun_and_its_verb_on_two_days_are_a_conflict():
    (statement,) = _date_conflicts(
        "The sentencing of Tom Reed is scheduled for May 4.", "Tom Reed will be sentenced on May 6."
    )
    assert "May 4" in statement and "May 6" in statement


@pytest.mark.parametrize(
    "second",
    [
        "Tom Reed will appear in court on May 6.",  # another step of the case
        "Tom Reed will be sentenced on May 4.",  # the same day
    ],
)
def test_a_scheduled_act_against_another_act_or_its_own_day_is_quiet(second):
    assert not _date_conflicts("The sentencing of Tom Reed is scheduled for May 4.", second)


def test_a_hearing_scheduled_and_one_held_are_two_hearings():
    assert not _date_conflicts(
        "A bail hearing for Tom Reed was scheduled for Tuesday.", "Tom Reed was absent from Monday's hearing."
    )


def test_two_acts_of_one_story_stay_apart():
    assert not _date_conflicts(
        "Harlow mayor Ann Cole resigned from the council on Monday.",
        "Harlow council appointed Ann Cole's successor on Tuesday.",
    )


def test_the_fold_keeps_a_dates_mark():
    assert one_act("unveil") == "announce"
    assert one_act("quit to come") == "resign to come"
    assert one_act("close by") == "close by"
