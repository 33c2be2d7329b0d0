"""Two outlets' counts of a measure outside lexicon.measures, tied by a shared event word, when one outlet also
counts the noun for another, far larger thing (a route's weekly passengers beside one crossing's): the far figure
cannot be the other outlet's, so it does not make that outlet one of two values (claim_pairs.one_count,
``_values_for``); a second value near enough to be the other's figure still does."""

from __future__ import annotations

from briefed import brief_outlets, conflict_values

CROSSING = "The ferry was carrying about 210 passengers when it struck a sandbank off Vell on Friday."
OTHER = {
    "Evening Post": "A ferry ran aground off Vell on Friday. The vessel, carrying 150 passengers, struck a "
    "sandbank in thick fog, the coastguard said."
}


def _count_conflicts(herald: str) -> list[set[str]]:
    bodies = {"Coast Herald": herald, **OTHER}
    b = brief_outlets(bodies, "Ferry aground off Vell")
    return conflict_values(b, bodies, "count")


def test_a_far_figure_of_the_noun_leaves_the_crossing_count_in_conflict() -> None:
    herald = f"{CROSSING} The route carries about 9,000 passengers in a normal week, the operator said."
    (values,) = _count_conflicts(herald)
    assert values == {"about 210", "150"}


def test_a_second_near_figure_of_the_noun_keeps_the_counts_apart() -> None:
    herald = f"{CROSSING} A second ferry, carrying 90 passengers, turned back to port, the operator said."
    assert _count_conflicts(herald) == []
