"""A figure whose subject names a thing before the story's ("the previous mission") and one whose subject has no
order word are two things' figures (briefing.claim_pairs ``earlier_thing``, read by briefing.claims ``_aligned``).
Invented sentences through the real analysis."""

from __future__ import annotations

from briefed import claims_in

from storyline.briefing.claim_pairs import earlier_thing


def _sum(text: str):
    ((_, slot),) = [(t, s) for t, s in claims_in(text) if s.kind == "money"]
    return slot


def test_a_previous_things_sum_and_a_sum_with_no_order_word_are_two_things():
    before = _sum("The agency's previous mission, a lander sent to the moon in 2019, cost $700m.")
    now = _sum("The agency on Monday defended the $1.9bn cost of its comet probe.")
    assert before.subject and "previous" in before.subject.lower()
    assert earlier_thing(before, now) and earlier_thing(now, before)


def test_two_sums_with_no_order_word_or_two_previous_things_are_not_kept_apart():
    now = _sum("The agency on Monday defended the $1.9bn cost of its comet probe.")
    other = _sum("The comet probe cost $1.5bn, the agency said.")
    assert not earlier_thing(now, other)
    before = _sum("The agency's previous mission, a lander sent to the moon in 2019, cost $700m.")
    again = _sum("Its previous mission cost $650m.")
    assert not earlier_thing(before, again)
