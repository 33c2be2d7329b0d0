"""A count that is one listed part of a breakdown ("Eleven wardens and six visitors were hurt") beside another
outlet's count of that same part ("Three wardens were hurt"): both count the wardens, so they contradict
(claim_pairs.one_scope); beside a whole that names no part ("17 people were hurt") the part stays apart."""

from __future__ import annotations

from briefed import brief_outlets, conflict_values

LISTED = (
    "A crowd broke through the gates of the Ostley Zoo on Sunday. Eleven wardens and six visitors were hurt "
    "as the crowd pushed into the reptile house, the zoo's director said."
)


def _count_conflicts(other: str) -> list[set[str]]:
    bodies = {"Ostley Courier": LISTED, "Vale Daily": other}
    b = brief_outlets(bodies, "Crowd breaks into Ostley Zoo")
    return conflict_values(b, bodies, "count")


def test_a_listed_part_contradicts_another_count_of_the_same_noun() -> None:
    other = (
        "Visitors forced the gates of the Ostley Zoo on Sunday. Three wardens were hurt as the crowd pushed "
        "into the reptile house, a spokesman said."
    )
    (values,) = _count_conflicts(other)
    assert values == {"Eleven", "Three"}


def test_a_listed_part_stays_apart_from_a_whole_of_no_part() -> None:
    other = (
        "Visitors forced the gates of the Ostley Zoo on Sunday. Nine people were hurt as the crowd pushed "
        "into the reptile house, a spokesman said."
    )
    assert _count_conflicts(other) == []
