"""Two counts of one value that name two turns of one whole ("the first three" / "the other three") count two
groups, so they make no agreement (claim_pairs.two_groups); counts of one turn ("the last three" / "the other
three") still agree."""

from __future__ import annotations

from briefed import agreed_values, brief_outlets

FIRST = (
    "All six climbers stranded on the cliffs at Marren Head were safe on Saturday, a day after the first three "
    "reached the top with the help of a coastguard crew."
)


def _agreed(other: str) -> list[set[str]]:
    bodies = {"Marren Post": FIRST, "Coast Wire": other}
    return agreed_values(brief_outlets(bodies, "Climbers rescued at Marren Head"), bodies)


def test_the_first_group_and_the_rest_do_not_agree() -> None:
    other = (
        "A coastguard crew lifted three climbers off the cliffs at Marren Head on Friday and hoped to reach the "
        "other three by Saturday."
    )
    assert {"three"} not in _agreed(other)


def test_one_turn_told_two_ways_still_agrees() -> None:
    first = "The last three climbers stranded on the cliffs at Marren Head reached the top on Saturday."
    other = "A coastguard crew hoped the other three climbers would reach the top on Saturday."
    bodies = {"Marren Post": first, "Coast Wire": other}
    assert {"three"} in agreed_values(brief_outlets(bodies, "Climbers rescued"), bodies)
