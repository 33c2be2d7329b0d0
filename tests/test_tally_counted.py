"""A tally's figure ("the number of X has risen to N") counts what its "of" phrase counts, so it meets another
outlet's plain count of X ("N X were ...") in one slot (eval/claims kinds2 m11, kinds12 q07)."""

from __future__ import annotations

import pytest
from briefed import brief_outlets, claims_in


def _measure(text: str, span: str) -> str:
    (found,) = [c for s, c in claims_in(text) if s == span and c.kind == "count"]
    return found.measure


@pytest.mark.parametrize(
    ("tally", "plain"),
    [
        ("The number of flooded cottages in Ashcombe has risen to 310, the council said.",
         "Some 310 cottages in Ashcombe have been flooded, the council said."),
        ("The number of pupils with measles at Fernhill Academy has risen to 19.",
         "Nineteen pupils at Fernhill Academy have caught measles."),
        ("The number of diners taken ill after the banquet has risen to 27, officials said.",
         "Twenty-seven diners fell ill after the banquet, officials said."),
    ],
)  # fmt: skip
def test_a_tally_counts_its_of_noun(tally, plain):
    """The tally's own verb ("risen") says nothing of what is counted: the figure counts the noun of its "of"
    phrase, or the state a participle puts it in ("taken ill"), as the plain count of those words does."""
    figure = next(s for s, c in claims_in(tally) if c.kind == "count")
    other = next(s for s, c in claims_in(plain) if c.kind == "count")
    assert _measure(tally, figure) == _measure(plain, other)
    assert _measure(tally, figure) != "rise"


def test_a_tally_of_people_alone_names_no_noun():
    """ "the number of people" names nothing beside the generic noun: not read as a count of "people"."""
    assert _measure("The number of people at the fair has risen to 900.", "900") != "people"


def test_a_rising_tally_meets_an_earlier_plain_count():
    """Two outlets count one group, one as "N patients", one as "the number of patients ... has risen to M":
    the two figures meet in one slot (a change of the count)."""
    bodies = {
        "Fernhill Gazette": "Measles at Fernhill Academy\nFourteen pupils at Fernhill Academy have caught measles, "
        "the school said on Monday.",
        "Valley Radio": "Measles cases rise at Fernhill\nThe number of pupils with measles at Fernhill Academy has "
        "risen to 19, the school said on Tuesday.",
    }
    b = brief_outlets(bodies, "Measles at Fernhill Academy")
    told = [{bodies[c.values[0].article_id][c.values[0].start : c.values[0].end] for c in k.claims if c.values}
            for k in b.conflicts]  # fmt: skip
    assert any({"Fourteen", "19"} <= t for t in told)


def test_a_tally_of_another_thing_stays_apart():
    """A tally of another noun ("the number of complaints") is another count: no conflict with the pupils."""
    bodies = {
        "Fernhill Gazette": "Measles at Fernhill Academy\nFourteen pupils at Fernhill Academy have caught measles, "
        "the school said on Monday.",
        "Valley Radio": "Measles at Fernhill\nThe number of complaints to Fernhill Academy has risen to 19, the "
        "school said on Tuesday.",
    }
    b = brief_outlets(bodies, "Measles at Fernhill Academy")
    assert not [k for k in b.conflicts if k.kind in ("conflict", "update") and "count" in (k.topic or "")]
