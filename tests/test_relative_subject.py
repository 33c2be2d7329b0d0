"""A figure in a relative clause is said of the noun the clause modifies (analyze.claim_measures.subject_of):
"the Nimbus Pro, which sells for $899" names the Nimbus Pro, so two named things' figures told in relative
clauses are not one figure told two ways, while one thing told two ways still conflicts. Invented stories only."""

from __future__ import annotations

import pytest
from briefed import brief_outlets, claims_in

# Taken out in session 27 (blind kinds5 lost a true date conflict and gained a false agreement); back in session
# 40 for proper names only (claim_measures.subject_of), where every blind set held and the unread ECB+ set gained a
# right agreement (eval/claims/ERRORS.md, Session 40, lead). A common noun's clause is still not read.
_COMMON_NOUN = pytest.mark.xfail(
    strict=True, reason="a common noun's relative clause is not read as its subject"
)


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("The Nimbus Pro, which will sell for $899, arrives in May.", "$899", "Nimbus Pro"),
        ("Nimbus also showed the Nimbus Air, which costs $499.", "$499", "Nimbus Air"),
        ("Hurricane Mara, which killed 3 people, weakened on Wednesday.", "3", "Hurricane Mara"),
        ("Police named Kathryn Hale, who was arrested on Wednesday.", "Wednesday", "Kathryn Hale"),
        pytest.param("The ferry that was carrying 120 passengers sank.", "120", "ferry", marks=_COMMON_NOUN),
    ],
)
def test_a_relative_clauses_figure_is_its_nouns(text: str, figure: str, subject: str):
    assert {span: c.subject for span, c in claims_in(text)}[figure] == subject


@pytest.mark.parametrize(
    "bodies",
    [
        {
            "Herald": "Nimbus showed two phones on Tuesday. The Nimbus Air, which sells for $499, ships in May.",
            "Post": "The company also unveiled the Nimbus Pro, which will cost $899 from May.",
        },
        {
            "Herald": "Hurricane Lorne, which killed 14 people in the islands, weakened on Tuesday.",
            "Post": "Hurricane Mara, which killed 3 people on the coast, weakened on Tuesday.",
        },
        {
            "Herald": "Daniel Hale, who was arrested on Tuesday, appeared in court in Leeds.",
            "Post": "Police named Kathryn Hale, who was arrested on Wednesday in Leeds.",
        },
    ],
)
def test_two_things_figures_in_relative_clauses_are_no_conflict(bodies: dict[str, str]):
    b = brief_outlets(bodies, "Story")
    assert not [c.statement for c in b.conflicts if c.kind in ("count", "money", "date")]


@pytest.mark.parametrize(
    ("bodies", "kind"),
    [
        (
            {
                "Herald": "The Nimbus Pro, which sells for $899, ships in May, the company said.",
                "Post": "The Nimbus Pro costs $999 and ships in May, the company said.",
            },
            "money",
        ),
        (
            {
                "Herald": "Hurricane Ida, which killed 14 people in Louisiana, weakened on Monday.",
                "Post": "Hurricane Ida killed 9 people in Louisiana before it weakened on Monday.",
            },
            "count",
        ),
    ],
)
def test_one_thing_told_two_ways_with_a_relative_clause_still_conflicts(bodies: dict[str, str], kind: str):
    assert [c for c in brief_outlets(bodies, "Story").conflicts if c.kind == kind]
