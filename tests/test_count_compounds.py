"""A count written inside a compound ("a three-car crash", "a 12-vehicle pileup") sizes the thing the compound
describes, and a figure a verb takes as its object is measured by that verb, not by a modifier of its subject
("a 7.3-magnitude quake killed 12"): neither is a toll's figure of another phrase (issue 13, counts). Invented
sentences and two-outlet stories."""

from __future__ import annotations

import pytest
from briefed import agreed_values, brief_outlets, claims_in


def _measures(text: str, figure: str) -> list[str]:
    """The measures of the count claims whose span is ``figure``."""
    return [c.measure for span, c in claims_in(text) if c.kind == "count" and span == figure]


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("A three-car crash on the Orrin bridge on Monday injured four people.", "three", "car"),
        ("A 12-vehicle pileup on the Salt Road on Sunday injured five drivers.", "12", "vehicle"),
        ("A two-alarm fire at the Pell depot hurt three firefighters.", "two", "alarm"),
        # the toll of the sentence is still read
        ("A three-car crash on the Orrin bridge on Monday injured four people.", "four", "injured"),
    ],
)
def test_a_figure_hyphened_to_its_noun_counts_that_noun(text: str, figure: str, measure: str) -> None:
    assert _measures(text, figure) == [measure]


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("A 6.8-magnitude quake killed 14 in the hills.", "14", "dead"),
        ("A 6.8-magnitude quake killed 14 people in the hills.", "14", "dead"),
        # a noun that counts, as the object or the subject: its group
        ("The tremor brought the death toll to 31 on Friday.", "31", "dead"),
        ("The tally of injured reached 40 by nightfall.", "40", "injured"),
    ],
)
def test_a_figure_completes_only_a_noun_that_counts(text: str, figure: str, measure: str) -> None:
    assert _measures(text, figure) == [measure]


def test_a_compound_count_sets_no_toll_against_another_outlet() -> None:
    bodies = {
        "Ledger": "A three-car crash on the Orrin bridge on Monday injured four people.",
        "Gazette": "Three cars collided on the Orrin bridge on Monday, injuring four people.",
    }
    briefing = brief_outlets(bodies, "story")
    assert briefing.conflicts == ()
    assert {"four"} in agreed_values(briefing, bodies)


def test_a_toll_after_a_compound_count_still_conflicts() -> None:
    bodies = {
        "Ledger": "A 12-vehicle pileup on the Salt Road on Sunday injured five people.",
        "Gazette": "Twelve vehicles crashed on the Salt Road on Sunday, injuring seven people.",
    }
    assert [c.statement for c in brief_outlets(bodies, "story").conflicts] == [
        "Gazette says seven injured; Ledger says five injured"
    ]


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("After 14 people were killed, the town of Brook mourned.", "14", "dead"),
        ("The quake struck Varn on Monday, killing 12 people.", "12", "dead"),
        # a main clause's toll is no figure of a clause whose own subject is counted
        ("Nobody was injured, although 14 people had to be lifted from their homes by boat.", "14", None),
    ],
)
def test_an_adverbial_clause_with_a_counted_subject_keeps_its_own_measure(
    text: str, figure: str, measure: str | None
) -> None:
    assert _measures(text, figure) == ([measure] if measure else [])


def test_no_one_hurt_is_no_rival_to_people_lifted_out() -> None:
    bodies = {
        "Ledger": "Nobody was injured when the river flooded Brook Lane on Friday, although 14 people had to be "
        "lifted from their homes by boat.",
        "Gazette": "No one was hurt when the river flooded Brook Lane on Friday, the fire service said.",
    }
    assert brief_outlets(bodies, "story").conflicts == ()
