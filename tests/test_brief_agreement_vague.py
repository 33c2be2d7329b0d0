"""An agreement needs two outlets stating its value: one outlet's day that the others give only as its year or
month ("in 2011", "in March 2011") is compatible with them but seconded by none, so it is no agreement; two
outlets' day with a third's year still is one. Invented stories, several phrasings."""

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
