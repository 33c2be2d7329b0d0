"""Two named things' figures in one slot (briefing.claim_pairs.other_people): two members of one name ("Nimbus
Air" / "Nimbus Pro", "Hurricane Lorne" / "Hurricane Mara") and two people of one surname are never one figure told
two ways, while one thing named two ways ("Storm Ida" / "Hurricane Ida", "Pro" / "Nimbus Pro") still conflicts.
Invented stories only."""

from __future__ import annotations

import pytest
from briefed import brief_outlets, claims_in

from storyline.briefing.claim_pairs import other_people
from storyline.model import ClaimSlot
from storyline.settings import BriefSettings


def _slot(subject: str, value: str = "5") -> ClaimSlot:
    return ClaimSlot("a", 0, 1, "count", "dead", value, subject=subject)


@pytest.mark.parametrize(
    ("x", "y", "two"),
    [
        ("Nimbus Air", "Nimbus Pro", True),
        ("Hurricane Lorne", "Hurricane Mara", True),
        ("Mr Dace", "Mr Rudd", True),
        ("Daniel Hale", "Kathryn Hale", True),
        ("Jackson", "Williams", True),
        ("Nimbus", "Nimbus Pro", False),  # a name and its short form
        ("Storm Ida", "Hurricane Ida", False),  # one storm, two titles
        ("President Obama", "Barack Obama", False),
        ("Dan Hale", "Daniel Hale", False),  # one first name written two ways
        ("Mr Kessler", "Mr Kesler", False),  # one surname spelt two ways: a spelling question
        ("Nimbus Air", "they", False),  # only named subjects count
    ],
)
def test_two_named_subjects(x: str, y: str, two: bool):
    assert other_people(_slot(x), _slot(y, "7"), BriefSettings().name_similarity) is two


@pytest.mark.parametrize(
    "bodies",
    [
        {
            "Herald": "Nimbus on Tuesday launched two phones. The Nimbus Air sells for $499.",
            "Post": "The Nimbus Pro costs $899, the company said on Tuesday.",
        },
        {
            "Herald": "The Zephyr Mini drone will sell for $600 from May.",
            "Post": "The Zephyr Max drone will sell for $1,400 from May, the firm said.",
        },
        {
            "Herald": "Hurricane Lorne killed 14 people in the islands on Tuesday.",
            "Post": "Hurricane Mara killed 3 people on Tuesday, a day after Lorne swept through the region.",
        },
        {
            "Herald": "Daniel Hale was arrested on Tuesday in Leeds.",
            "Post": "Kathryn Hale was arrested on Wednesday in Leeds.",
        },
    ],
)
def test_two_named_things_figures_are_no_conflict(bodies: dict[str, str]):
    b = brief_outlets(bodies, "Story")
    assert not [c.statement for c in b.conflicts if c.kind in ("count", "money", "date")]


@pytest.mark.parametrize(
    ("bodies", "kind"),
    [
        (
            {
                "Herald": "Hurricane Ida killed 14 people in Louisiana on Sunday.",
                "Post": "Storm Ida killed 9 people in Louisiana on Sunday.",
            },
            "count",
        ),
        (
            {
                "Herald": "The Nimbus Pro sells for $899, the company said on Tuesday.",
                "Post": "The Pro costs $999, the company said on Tuesday.",
            },
            "money",
        ),
        (
            {
                "Herald": "Mr. Hale was arrested on Tuesday.",
                "Post": "Daniel Hale was arrested on Wednesday.",
            },
            "date",
        ),
    ],
)
def test_one_thing_named_two_ways_still_conflicts(bodies: dict[str, str], kind: str):
    b = brief_outlets(bodies, "Story")
    assert [c for c in b.conflicts if c.kind == kind]


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("The 13-inch model gets 10 hours of battery life.", "10 hours", "13-inch model"),
        ("The 15-inch version weighs 2 kilograms.", "2 kilograms", "15-inch version"),
        ("A 20-year-old man was jailed for six years.", "six years", "man"),  # an age is no product's spec
    ],
)
def test_a_subject_keeps_a_products_specification(text: str, figure: str, subject: str):
    assert {span: c.subject for span, c in claims_in(text)}[figure] == subject


@pytest.mark.parametrize(
    "bodies",
    [
        {
            "Herald": "Apex on Tuesday showed two laptops. The 13-inch model gets 10 hours of battery life.",
            "Post": "The 15-inch model offers seven hours of battery life, Apex said on Tuesday.",
        },
        {
            "Herald": "The 13-inch model weighs 1.3 kilograms, Apex said.",
            "Post": "The 15-inch version weighs 2 kilograms, Apex said.",
        },
    ],
)
def test_two_models_specifications_are_no_conflict(bodies: dict[str, str]):
    assert not brief_outlets(bodies, "Apex laptops").conflicts


def test_one_models_specification_told_two_ways_still_conflicts():
    bodies = {
        "Herald": "The 13-inch model gets 10 hours of battery life, Apex said.",
        "Post": "The 13-inch model gets seven hours of battery life, Apex said.",
    }
    assert [c for c in brief_outlets(bodies, "Apex laptops").conflicts if c.kind == "duration"]
