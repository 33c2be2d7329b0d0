"""Two outlets' unlike lengths that a third outlet states both of are two things (a story's lengths of any verb
share one slot): a coach's time in charge and his contract, an old holder's years in a post and the new one's
contract. Read so since session 35, not through the third outlet (taken out: it lost on a blind set) but by each
length's own words: one ended with the act, one still to come (briefing.figure_scope ``ended_and_ahead``). A
length no third outlet tells apart conflicts. Invented text only, through the real analysis and briefing
(tests/roles_stories.py)."""

from __future__ import annotations

import pytest
from roles_stories import brief, families

_TOLD_APART = [
    (
        "Brenmoor sacked coach Pavel Dorn after 18 months in charge; he had signed a three-year contract.",
        "Pavel Dorn has left Brenmoor after a year and a half, the club said.",
        "Dorn's contract had three years to run when he arrived at Brenmoor, the club said.",
    ),
    (
        "Lor Benn, who ran the Brenmoor trust for six years, hands over to Ada Kerr on a four-year contract.",
        "Ada Kerr's contract at the Brenmoor trust runs for four years.",
        "Lor Benn stepped down from the Brenmoor trust after six years.",
    ),
]


@pytest.mark.parametrize("sentences", _TOLD_APART)
def test_two_lengths_a_third_outlet_states_both_do_not_conflict(sentences):
    assert "duration" not in families(brief(*sentences))


def test_a_length_no_third_outlet_tells_apart_still_conflicts():
    b = brief(
        "Brenmoor sacked coach Pavel Dorn after 18 months in charge.",
        "Pavel Dorn has left Brenmoor after two years in charge, the club said.",
    )
    assert "duration" in families(b)
