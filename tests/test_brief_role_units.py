"""briefing.role_units: one person given one title over two units of one owner by two outlets is a ``role``
conflict; the same unit written shorter, two people's units, two owners, a unit inside a quotation and an
employer named without an owner are not. Invented stories through the real analysis and briefing."""

from __future__ import annotations

import pytest
from roles_stories import brief


def _units(*sentences: str) -> list[str]:
    return [k.topic for k in brief(*sentences).conflicts if k.kind == "role" and k.topic.startswith("unit:")]


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "Sarah Collins, general manager of Lumetra's cloud division, said the plant would reopen.",
            "Sarah Collins, general manager of Lumetra's storage unit, said the plant would reopen.",
        ),
        (
            "The deal was announced by Sarah Collins, chief engineer and director for Lumetra's consumer products "
            "group.",
            "Lumetra's Sarah Collins — the company's research director for its enterprise software business — "
            "said the deal was done.",
        ),
        (
            "Sarah Collins, director of Lumetra's research laboratory, in an interview, said the plant would reopen.",
            "The plant will reopen, said Sarah Collins, director of Lumetra's marketing department.",
            "Sarah Collins, director of Lumetra's research laboratory, said the plant would reopen.",
        ),
    ],
)
def test_one_title_over_two_units_of_one_owner_conflicts(sentences):
    assert len(_units(*sentences)) == 1


@pytest.mark.parametrize(
    "sentences",
    [
        # the same unit, one outlet writing it shorter
        (
            "Sarah Collins, general manager of Lumetra's data center business unit, said the plant would reopen.",
            "Sarah Collins, general manager of Lumetra's data center unit, said the plant would reopen.",
        ),
        # two people heading two units
        (
            "Sarah Collins, general manager of Lumetra's cloud division, said the plant would reopen.",
            "David Harper, general manager of Lumetra's storage unit, said the plant would reopen.",
        ),
        # two owners: two employers, the role comparison's to judge
        (
            "Sarah Collins, general manager of Lumetra's cloud division, said the plant would reopen.",
            "Sarah Collins, general manager of Corvane's storage unit, said the plant would reopen.",
        ),
        # an employer named without an owner: outlets word it freely
        (
            "Sarah Collins, spokeswoman for the Westmark police force, said the plant would reopen.",
            "Sarah Collins, spokeswoman for the regional constabulary, said the plant would reopen.",
        ),
        # the unit of someone the person met
        (
            "Sarah Collins, general manager of Lumetra's cloud division, said the plant would reopen.",
            "Sarah Collins, who met the manager of Lumetra's storage unit, said the plant would reopen.",
        ),
        # the unit inside a quotation is the speaker's
        (
            "Sarah Collins, general manager of Lumetra's cloud division, said the plant would reopen.",
            '"We spoke to Sarah Collins, general manager of Lumetra\'s storage unit, last week," a trader said.',
        ),
    ],
)
def test_one_unit_or_two_people_never_conflict(sentences):
    assert _units(*sentences) == []
