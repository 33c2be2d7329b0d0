"""An agreement needs two outlets stating its value of one subject: one outlet's day that the others give only as its year or
month ("in 2011", "in March 2011") is compatible with them but seconded by none, so it is no agreement; two
outlets' day with a third's year still is one. Two named people's equal ages are two facts; a named age and the
same age told without the name are one. Invented stories, several phrasings."""

from __future__ import annotations

import pytest
from briefed import brief_outlets

from storyline.model import Briefing


def _formed(b: Briefing, bodies: dict[str, str]) -> list[set[str]]:
    """The value phrases of every date agreement the briefing formed, listed or rated background."""
    return [
        {bodies[v.article_id][v.start : v.end] for v in cl.values}
        for cl in (*b.agreements, *b.background)
        if cl.kind == "date"
    ]


def _days_agreed(b: Briefing, bodies: dict[str, str], day: tuple[str, ...]) -> bool:
    return any(d in v for values in _formed(b, bodies) for v in values for d in day)


@pytest.mark.parametrize(
    "bodies",
    [
        {
            "Ledger": "The Kellow dam burst on March 3, 2011, flooding the valley below.",
            "Gazette": "The Kellow dam burst in 2011 after weeks of rain.",
            "Wire": "The Kellow dam burst in March 2011 and the valley flooded.",
        },
        {
            "Ledger": "Fire destroyed the Orrin library on 14 October 2019, the council said.",
            "Gazette": "Fire destroyed the Orrin library in 2019, and it has not reopened.",
        },
        {
            "Ledger": "A tanker sank off Perrin Point in May 2016 with twelve crew aboard.",
            "Gazette": "The tanker that sank off Perrin Point on May 9, 2016 carried twelve crew.",
            "Wire": "The tanker sank off Perrin Point in 2016, the coast guard recalled.",
        },
    ],
)
def test_one_outlets_day_is_not_agreed_by_years_or_months(bodies: dict[str, str]):
    b = brief_outlets(bodies, "story")
    assert not _days_agreed(b, bodies, ("March 3", "14 October", "May 9"))


def test_two_outlets_day_agrees_beside_a_third_outlets_year():
    bodies = {
        "Ledger": "The Kellow dam burst on March 3, 2011, flooding the valley below.",
        "Gazette": "The Kellow dam burst on 3 March 2011, officials said.",
        "Wire": "The Kellow dam burst in 2011 after weeks of rain.",
    }
    b = brief_outlets(bodies, "story")
    assert any({"March 3, 2011", "3 March 2011"} <= values for values in _formed(b, bodies))


def _ages(b: Briefing, bodies: dict[str, str]) -> list[list[str]]:
    return [
        sorted(bodies[v.article_id][v.start : v.end] for v in cl.values)
        for cl in (*b.agreements, *b.background)
        if cl.kind == "attribute"
    ]


@pytest.mark.parametrize(
    "bodies",
    [
        {
            "Ledger": "Firefighter Mara Quill, 34, was hurt when the roof of the Dunmore depot fell in on Monday.",
            "Gazette": "The depot's manager, Tobin Hale, 34, said the roof had been inspected last spring.",
        },
        {
            "Ledger": "Police said Arlo Venn, 52, drove the lorry that struck the bridge at Kestle.",
            "Gazette": "A cyclist, Ines Brody, 52, was thrown from the bridge at Kestle and survived.",
        },
    ],
)
def test_equal_ages_of_two_named_people_are_no_agreement(bodies: dict[str, str]):
    assert _ages(brief_outlets(bodies, "story"), bodies) == []


def test_a_named_age_agrees_with_the_same_age_told_without_the_name():
    bodies = {
        "Ledger": "Firefighter Mara Quill, 34, was hurt when the roof of the Dunmore depot fell in on Monday.",
        "Gazette": "The 34-year-old firefighter was hurt when the depot roof fell in on Monday.",
    }
    assert _ages(brief_outlets(bodies, "story"), bodies) == [["34", "34-year-old"]]
