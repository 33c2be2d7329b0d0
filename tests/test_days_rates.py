"""Two things told with one value: a count told per a period ("120 barges a week") is a rate, kept apart from a
plain count of the same figure (analyze.claim_dates ``count_rate``); a day an act is due by behind a clock time
("by noon on Friday") is a deadline (``_deadline``), and deadlines of several acts do not agree by value alone
(briefing.value_agreements). Invented text only."""

from __future__ import annotations

from datetime import UTC, date, datetime

from briefed import agreed_values, brief_outlets, claims_in

from storyline.analyze.claims import find_claims
from storyline.analyze.date_mentions import find_dates
from storyline.analyze.date_parts import DEADLINE
from storyline.analyze.nlp import parse

_SAT = datetime(2026, 4, 11, 18, tzinfo=UTC)  # a Saturday


def _counts(text: str) -> list[tuple[str, str]]:
    return [(c.value, c.unit) for _t, c in claims_in(text) if c.kind == "count"]


def test_a_count_per_period_is_a_rate():
    assert _counts("The lock takes about 120 barges a week.") == [("120", "per week")]
    assert _counts("The depot loads 45 lorries per day.") == [("45", "per day")]
    assert _counts("Some 300 barges pass the lock every week.") == [("300", "per week")]


def test_a_plain_count_and_a_count_a_year_ago_carry_no_rate():
    assert _counts("About 120 barges were stranded.") == [("120", "")]
    assert ("45", "") in _counts("The depot loaded 45 lorries a year ago.")
    assert ("45", "") in _counts("The depot loaded 45 lorries a week after the flood.")


def test_a_rate_does_not_agree_with_a_plain_count_of_one_figure():
    bodies = {
        "Canal Post": "Floods closed the Marrow lock. About 120 barges were stranded above the gates.",
        "River Radio": "Floods closed the Marrow lock, which takes about 120 barges a week in summer.",
    }
    assert not any(
        len(v) > 1 for v in agreed_values(brief_outlets(bodies, "Floods close lock", _SAT), bodies)
    )


def _dated(text: str) -> dict[str, str]:
    return {t: c.measure for t, c in claims_in(text) if c.kind == "date"}


def test_a_day_behind_a_clock_time_after_by_is_a_deadline():
    assert _dated("Crews expect to reopen the line by noon on Friday.") == {"Friday": f"reopen{DEADLINE}"}
    assert _dated("The bridge will stay shut until 6 a.m. on Tuesday.")["Tuesday"].endswith(DEADLINE)


def test_a_day_behind_a_clock_time_after_at_is_no_deadline():
    assert not _dated("The river burst its banks at dawn on Friday.")["Friday"].endswith(DEADLINE)


def test_deadlines_of_three_acts_on_one_weekday_do_not_agree_by_value():
    bodies = {
        "Canal Post": "Floods closed the Marrow lock. Engineers said the gates should be repaired by Monday.",
        "River Radio": "The Marrow lock was shut by floods. The canal trust expects barges to move by Monday.",
        "Valley News": "Floods closed the Marrow lock. Forecasters expect the water to fall by Monday.",
    }
    agreed = agreed_values(brief_outlets(bodies, "Floods close lock", _SAT), bodies)
    assert not any("Monday" in v for v in agreed)


_SUN = date(2026, 4, 12)  # a Sunday: the Monday to come is the 13th, the one gone the 6th
_SUN_EVENING = datetime(2026, 4, 12, 20, tzinfo=UTC)


def _days(text: str) -> dict[str, str]:
    (doc,) = parse([text])
    return {text[c.start : c.end]: c.value for c in find_claims("a", doc, find_dates("a", text, _SUN), _SUN)
            if c.kind == "date"}  # fmt: skip


def test_a_day_an_act_is_due_by_after_a_modal_or_to_is_still_to_come():
    assert _days("Engineers said the gates should be repaired by Monday.") == {"Monday": "2026-04-13"}
    assert _days("The trust expects barges to move again by Monday.") == {"Monday": "2026-04-13"}


def test_a_day_a_past_act_was_done_by_stays_gone():
    assert _days("Volunteers had filled 900 sandbags by Monday.") == {"Monday": "2026-04-06"}
    assert _days("The gates should have been repaired by Monday.") == {"Monday": "2026-04-06"}


def test_pronounced_dead_dates_the_death_and_found_dead_the_finding():
    assert _dated("A cyclist was pronounced dead at the scene on Friday.") == {"Friday": "dead"}
    assert _dated("A cyclist was found dead on Friday.")["Friday"] != "dead"


def test_a_weekday_another_outlet_gainsays_in_its_slot_joins_no_other_acts_by_value():
    bodies = {
        "Shore News": "Storm Tove hit the coast overnight. A man died after a tree fell on his van near Dunmore. "
        "The driver, aged 58, was pronounced dead at the scene on Saturday afternoon, police said.",
        "Gulf Radio": "Storm Tove killed a man in his 50s on Sunday, officials said, and forced the cancellation "
        "of 80 ferries on the east coast.",
        "Tidewater Post": "Storm Tove left thousands of homes without power. Ferries stayed in port. Trains were "
        "cancelled across the region. The storm moved east on Sunday.",
        "Harbour Daily": "Storm Tove battered the coast. Ferries stayed in port. Trains were cancelled across the "
        "region. Homes near the river were warned of flooding at high tide on Sunday evening.",
    }
    agreed = agreed_values(brief_outlets(bodies, "Storm Tove kills driver", _SUN_EVENING), bodies)
    assert not any("Sunday" in v for v in agreed)


def test_one_weekday_of_three_acts_still_agrees_when_no_slot_gainsays_it():
    bodies = {
        "Gulf Radio": "Storm Tove forced the cancellation of 80 ferries on Sunday, officials said.",
        "Tidewater Post": "Storm Tove left thousands of homes without power. The storm moved east on Sunday.",
        "Harbour Daily": "Storm Tove battered the coast. Homes near the river were warned of flooding at high "
        "tide on Sunday evening.",
    }
    agreed = agreed_values(brief_outlets(bodies, "Storm Tove kills driver", _SUN_EVENING), bodies)
    assert any("Sunday" in v for v in agreed)
