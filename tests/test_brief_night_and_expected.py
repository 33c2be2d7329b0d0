"""Four shapes of two true tellings read as a dispute, with invented stories: a length only expected or under a
condition beside a length told as done (tried in session 31 and taken out: strict xfails), a lead day told in the
small hours against the day before's act (briefing.lead_days ``_night_before``), a promoted deputy's old post
(briefing.attributes ``_promoted``) and an academic's form of address ("Professor") against a post. Each has its
real dispute beside it, still found."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from briefed import brief_outlets, claims_in

from storyline.analyze.date_parts import PLANNED


def _kinds(bodies: dict[str, str], kind: str, published: datetime | None = None) -> list[str]:
    b = brief_outlets(bodies, "Invented story", published)
    return [c.statement for c in b.conflicts if c.kind == kind]


_TAKEN_OUT = pytest.mark.xfail(
    strict=True,
    reason="session 31: lengths only expected or conditional as their own slot, taken out (a false duration conflict on the unread ECB+ set, a blind kinds5 and a demo conflict lost; eval/claims/ERRORS.md)",
)


@pytest.mark.parametrize(
    ("sentence", "to_come"),
    [
        pytest.param("Vell is expected to serve three years.", True, marks=_TAKEN_OUT),
        pytest.param("The approval could take up to a year.", True, marks=_TAKEN_OUT),
        pytest.param("The union will hold a 72-hour strike if no deal is reached.", True, marks=_TAKEN_OUT),
        pytest.param("Work is due to start in May and take four years.", True, marks=_TAKEN_OUT),
        ("Vell will spend seven years behind bars.", False),  # the sentence handed down, told ahead
        ("Vell spent 14 months on remand.", False),
    ],
)
def test_a_length_only_expected_is_marked_to_come(sentence: str, to_come: bool) -> None:
    (length,) = [s for _t, s in claims_in(sentence) if s.kind == "duration"]
    assert length.measure.endswith(PLANNED) is to_come


# Read since session 35 without marking lengths to come apart: time already spent against a term still to come
# (briefing.figure_scope ``ended_and_ahead``).
def test_an_expected_term_and_time_on_remand_make_no_duration_conflict() -> None:
    lead = (
        "Financial adviser Tom Vell was jailed at Arnley Crown Court on Friday for stealing from pensioners. "
    )
    bodies = {
        "Court Wire": lead + "Vell has already spent 14 months in custody on remand.",
        "Coast Daily": lead
        + "Vell, who has been in custody since his arrest, is expected to serve three years.",
    }
    assert not _kinds(bodies, "duration")


@_TAKEN_OUT
def test_a_strike_under_a_condition_is_no_other_length_of_the_strike_under_way() -> None:
    bodies = {
        "Dales Radio": "About 900 Redline drivers began a two-day strike on Monday. The depots were empty.",
        "Union News": "Redline drivers walked out on Monday. The union will hold a 72-hour strike in April if no "
        "deal is reached.",
    }
    assert not _kinds(bodies, "duration")


_WHEN = datetime(2026, 3, 20, 12, tzinfo=UTC)


def test_a_small_hours_moment_is_the_night_of_the_day_before() -> None:
    bodies = {
        "Vote Wire": "Ana Pell has won the Tarnby by-election with 9,120 votes. The count at the town hall finished "
        "shortly after 3am on Friday.",
        "Tarnby Radio": "Ana Pell is the new member for Tarnby after winning Thursday's by-election. Turnout was low.",
    }
    assert not _kinds(bodies, "date", _WHEN)


def test_two_moments_of_one_night_still_dispute() -> None:
    bodies = {
        "Prison News": "Two inmates escaped from Halden prison late on March 3, at about 11.40pm, by climbing over "
        "a kitchen roof, the prison service said.",
        "County Post": "The pair got out of Halden prison in the early hours of March 4, shortly after 1am, when a "
        "kitchen door was left unlocked.",
    }
    assert brief_outlets(bodies, "Invented story", _WHEN).conflicts  # the moments disputed (as a revision)


def test_a_promoted_deputys_old_post_is_no_role_dispute() -> None:
    for elected in ("was elected mayor of Brill", "became Brill's mayor"):
        bodies = {
            "Gazette": f"Councillor Omar Tesh {elected} on Thursday night, winning 31 votes to 18. Tesh, 47, has "
            "been deputy mayor since 2024.",
            "Brill Radio": "Omar Tesh, the former deputy mayor, is Brill's new mayor after councillors backed him "
            "by 31 votes to 18 on Thursday.",
        }
        assert not _kinds(bodies, "role")


def test_a_deputy_still_in_post_against_a_former_one_is_disputed() -> None:
    bodies = {
        "Gazette": "Deputy mayor Omar Tesh opened the new library in Brill on Thursday.",
        "Brill Radio": "Former deputy mayor Omar Tesh opened the new library in Brill on Thursday.",
    }
    assert _kinds(bodies, "role")


def test_an_academics_form_of_address_is_no_post() -> None:
    bodies = {
        "Arts Wire": "The novel won the Tarrow Prize on Thursday. The chair of the judges, Professor Ada Kwan, said "
        "the decision was unanimous.",
        "Book Review": "The novel took the Tarrow Prize on Thursday. Judging chair Ada Kwan said she had read it "
        "three times.",
    }
    assert not _kinds(bodies, "role")


def test_a_post_before_a_name_still_disputes_another_post() -> None:
    bodies = {
        "Arts Wire": "The novel won the Tarrow Prize on Thursday. Prize director Ada Kwan said sales had doubled.",
        "Book Review": "The novel took the Tarrow Prize on Thursday. Prize chairman Ada Kwan said sales had doubled.",
    }
    assert _kinds(bodies, "role")
