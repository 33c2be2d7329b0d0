"""A toll's part that one outlet writes beside its whole ("killed 150 people, including 144 passengers") and another
outlet gives as its figure ("all 144 passengers were killed") is no rival to the whole (issue 13, counts: a total
vs its parts must not conflict). Invented two-outlet stories; a real discrepancy still conflicts."""

from __future__ import annotations

import pytest
from briefed import brief_outlets, claims_in


@pytest.mark.parametrize(
    "bodies",
    [
        {
            "Ledger": "The crash near Ormsby on Monday killed 150 people, including 144 passengers and six crew.",
            "Gazette": "All 144 passengers were killed when the plane crashed near Ormsby on Monday.",
        },
        {
            "Ledger": "Twelve people died in the fire at the Pell hostel on Sunday, among them four students.",
            "Gazette": "Four students died in the fire at the Pell hostel on Sunday, police said.",
        },
        {
            "Ledger": "Ten people were killed in the blast in Quarry Lane on Friday: six soldiers and four civilians.",
            "Gazette": "The blast in Quarry Lane on Friday killed six soldiers, officials said.",
        },
    ],
)
@pytest.mark.xfail(
    strict=True,
    reason="session 30: figure_scope.part_told (ed057667) lost a true count conflict on the blind kinds5 set with "
    "no gain on any other set, so it was taken back out (eval/claims/ERRORS.md: do not retry as it was)",
)
def test_a_part_the_other_outlet_tells_beside_its_whole_is_no_conflict(bodies: dict[str, str]) -> None:
    assert brief_outlets(bodies, "story").conflicts == ()


def test_a_whole_that_differs_still_conflicts() -> None:
    bodies = {
        "Ledger": "The crash near Ormsby on Monday killed 150 people, including 144 passengers and six crew.",
        "Gazette": "The crash near Ormsby on Monday killed 152 people, officials said.",
    }
    assert [c.statement for c in brief_outlets(bodies, "story").conflicts] == [
        "Gazette says 152 dead; Ledger says 150 dead"
    ]


def test_a_part_the_other_outlet_writes_otherwise_still_conflicts() -> None:
    bodies = {
        "Ledger": "Twelve people died in the fire at the Pell hostel on Sunday, among them four students.",
        "Gazette": "Seven students died in the fire at the Pell hostel on Sunday, police said.",
    }
    assert [c.kind for c in brief_outlets(bodies, "story").conflicts] == ["count"]


@pytest.mark.parametrize(
    "text",
    [
        "Six soldiers and four civilians were killed in the blast in Quarry Lane on Friday.",
        "Two guards and a driver were hurt when the van overturned.",
    ],
)
def test_a_toll_of_the_first_of_listed_nouns_is_a_part(text: str) -> None:
    (first,) = [c for span, c in claims_in(text) if c.kind == "count" and c.measure in ("dead", "injured")]
    assert first.listed


def test_a_list_s_first_part_is_no_rival_to_the_whole() -> None:
    bodies = {
        "Ledger": "Six soldiers and four civilians were killed in the blast in Quarry Lane on Friday.",
        "Gazette": "The blast in Quarry Lane on Friday killed ten people, officials said.",
    }
    assert brief_outlets(bodies, "story").conflicts == ()


def test_two_lists_first_parts_still_conflict() -> None:
    bodies = {
        "Ledger": "Six soldiers and four civilians were killed in the blast in Quarry Lane on Friday.",
        "Gazette": "Eight soldiers and four civilians were killed in the blast in Quarry Lane on Friday.",
    }
    assert [c.kind for c in brief_outlets(bodies, "story").conflicts] == ["count"]
