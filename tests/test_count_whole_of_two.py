"""Two outlets' counts of one side's part of an exchange, when one outlet also gives the exchange's whole, the sum
of both sides' counts it states in one sentence: the whole is neither part nor a second telling of one, so the
parts still conflict (claim_pairs.one_count, ``whole_of_two``); a second figure that is no such sum still makes
that outlet one of two values, and no conflict."""

from __future__ import annotations

from briefed import brief_outlets, conflict_values

PARTS = "The Red Hill militia released 50 hostages and the River Front freed 40 fighters on Sunday, officials said."
OTHER = {
    "Valley Radio": "The Red Hill militia freed 35 hostages on Sunday in return for 40 of its own fighters, in a "
    "handover near Brell that mediators said could lead to talks."
}


def _count_conflicts(whole: int) -> list[set[str]]:
    wire = f"{PARTS} The Red Hill militia and the River Front swapped {whole} hostages near Brell."
    bodies = {"Border Wire": wire, **OTHER}
    b = brief_outlets(bodies, "Militias swap hostages near Brell")
    return conflict_values(b, bodies, "count")


def test_the_whole_of_two_parts_leaves_a_part_in_conflict_and_is_in_none() -> None:
    assert _count_conflicts(90) == [{"50", "35"}]  # not 90: the whole is no telling of the part


def test_a_near_figure_that_is_no_sum_keeps_the_counts_apart() -> None:
    assert _count_conflicts(95) == []


def test_a_tally_beside_the_counts_is_no_part_and_breaks_nothing() -> None:
    wire = f"{PARTS} The council voted 5-2 to back the swap of 90 hostages near Brell."
    bodies = {"Border Wire": wire, **OTHER}
    b = brief_outlets(bodies, "Militias swap hostages near Brell")
    assert [k.kind for k in b.conflicts].count("count") == 1  # the tally "5-2" is read, summed with nothing
