"""A bound of another thing far off ("more than 12 hours" of an airlift) is compatible with a length of days, yet
it cannot confirm it: two outlets' lengths of one stay ("stranded for nine days" / "stranded for 12 days") still
contradict when one outlet also bounds a far shorter thing (claim_pairs.confirms); a near bound ("more than ten
days") still confirms the other's figure."""

from __future__ import annotations

from briefed import brief_outlets

STAY = "Six climbers were lifted off the Karst ridge on Friday after they were stranded on the ridge for 12 days."


def _length_conflicts(other: str) -> list[set[str]]:
    bodies = {"Alpine Herald": STAY, "Valley Post": other}
    b = brief_outlets(bodies, "Climbers lifted off Karst ridge")
    return [
        {bodies[v.article_id][v.start : v.end] for cl in k.claims for v in cl.values}
        for k in b.conflicts
        if k.kind == "duration"
    ]


def test_a_far_bound_does_not_confirm_a_length_of_days() -> None:
    other = (
        "Six climbers were lifted off the Karst ridge on Friday. They had been stranded on the ridge for nine "
        "days. The airlift itself took more than 12 hours, the rescue service said."
    )
    (values,) = _length_conflicts(other)
    assert {"12 days", "nine days"} <= values


def test_a_near_bound_still_confirms_it() -> None:
    other = (
        "Six climbers were lifted off the Karst ridge on Friday. They had been stranded on the ridge for nine "
        "days. The search had gone on for more than ten days, the rescue service said."
    )
    assert _length_conflicts(other) == []
