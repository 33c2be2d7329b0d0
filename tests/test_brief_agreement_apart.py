"""False agreements of two things told with one value or compatible values: a deadline's day and a past act's
day agree by value only with their like (briefing.value_agreements), figures compatible only through an open
bound yet further apart than ``claim_max_ratio`` are two sums (briefing.claims ``_far_apart``), and a sum told
as the bracketed conversion of a disputed sum is one side of that conflict (briefing ``_outside``). Invented
stories through the real analysis and briefing."""

from __future__ import annotations

from datetime import UTC, datetime

from briefed import agreed_values, brief_outlets

_WED = datetime(2026, 3, 11, 18, tzinfo=UTC)  # a Wednesday: "Monday" is the 9th, two days before


def _agreed(bodies: dict[str, str]) -> list[set[str]]:
    return agreed_values(brief_outlets(bodies, "Gale brings down power lines", _WED), bodies)


def test_deadlines_and_a_past_act_of_one_weekday_do_not_agree_by_value():
    bodies = {
        "Harbour Post": "Gale Orla cut power to thousands of homes in Brisling. Engineers said most lines should be "
        "repaired by Monday.",
        "Coast Radio": "Thousands of homes in Brisling lost power in the gale. The ferry company said sailings "
        "would resume by Monday.",
        "Daily Ledger": "A gale tore through Brisling. The harbour wall collapsed on Monday, the council said.",
    }
    assert {"Monday"} not in _agreed(bodies)


def test_one_past_day_told_with_three_verbs_still_agrees_by_value():
    bodies = {
        "Harbour Post": "Gale Orla cut power to thousands of homes in Brisling. The harbour wall collapsed on "
        "Monday, the council said.",
        "Coast Radio": "Thousands of homes in Brisling lost power in the gale. The harbour wall gave way on Monday.",
        "Daily Ledger": "A gale tore through Brisling. The old harbour wall fell into the sea on Monday.",
    }
    assert {"Monday"} in _agreed(bodies)


def test_an_open_bound_far_below_a_sum_is_no_agreement():
    bodies = {
        "Harbour Post": "The minister quit on Tuesday. Her allies said she wanted the schools budget raised by at "
        "least £2 billion.",
        "Daily Ledger": "The minister resigned on Tuesday. The schools budget this year is £95 billion, about a "
        "tenth of all spending.",
    }
    assert not any({"at least £2 billion", "£95 billion"} <= values for values in _agreed(bodies))


def test_an_open_bound_near_a_sum_still_agrees():
    bodies = {
        "Harbour Post": "The minister quit on Tuesday. Her allies said she wanted the schools budget raised by at "
        "least £2 billion.",
        "Daily Ledger": "The minister resigned on Tuesday. She had asked for the schools budget to be raised by "
        "£2.5 billion.",
    }
    assert any({"at least £2 billion", "£2.5 billion"} <= values for values in _agreed(bodies))


def test_a_conversion_of_a_disputed_fee_is_one_side_of_its_conflict():
    bodies = {
        "Harbour Post": "Brisling Town signed the forward Ander Vosk on Monday for £30m (€35m), a club record.",
        "Coast Radio": "Brisling Town completed the signing of Ander Vosk on Monday for €35 million.",
        "Daily Ledger": "Brisling Town have signed Ander Vosk for €41 million, a club record.",
        "Evening Star": "Ander Vosk joined Brisling Town on Monday in a £30 million deal.",
    }
    b = brief_outlets(bodies, "Brisling sign Vosk", _WED)
    assert any(k.kind == "money" for k in b.conflicts)
    assert not any("£30m" in values for values in agreed_values(b, bodies))
