"""briefing.attributes' nationality of a named person, written in the description that introduces the name ("a
Dutch climber named X") or after a copula ("X is Dutch", "X, the climber, was a Belgian"), against another
outlet's word: an ``attribute`` conflict when the words differ, an agreement when they are the same. Two people's
nationalities, and a nationality of the body that names someone ("Dutch police named X"), are no conflict.
Invented stories through the real analysis and briefing."""

from __future__ import annotations

import pytest
from roles_stories import brief


def _nationality_conflicts(*sentences: str) -> list[str]:
    return [k.topic for k in brief(*sentences).conflicts if k.topic.startswith("nationality:")]


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "A Dutch climber named Peter Jansen fell on the ridge.",
            "Peter Jansen, the climber, was a Belgian.",
        ),
        (
            "An Irish tourist identified as Peter Jansen was rescued on Sunday.",
            "Peter Jansen, who lives near the lake, is Canadian, rescuers said.",
        ),
        (
            "A German student called Peter Jansen was among the injured.",
            "Peter Jansen was an Austrian, the school said.",
        ),
    ],
)
def test_nationality_in_an_introduction_or_after_a_copula_conflicts(sentences):
    assert len(_nationality_conflicts(*sentences)) == 1


def test_the_same_nationality_told_two_ways_agrees():
    b = brief(
        "A Dutch climber named Peter Jansen fell on the ridge.",
        "Peter Jansen is Dutch, his club said.",
    )
    assert not [k for k in b.conflicts if k.topic.startswith("nationality:")]
    assert any("Dutch" in a.text for a in b.agreements if a.kind == "attribute")


@pytest.mark.parametrize(
    "sentences",
    [
        # the body that names someone is no description of them
        ("Dutch police named Peter Jansen as the suspect.", "Peter Jansen, the climber, was a Belgian."),
        # two people: one outlet's climber, the other's guide
        ("A Dutch climber named Peter Jansen fell on the ridge.", "Mark Evans, the guide, was a Belgian."),
    ],
)
def test_a_naming_body_or_two_people_never_conflict(sentences):
    assert _nationality_conflicts(*sentences) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Catholic priest Rob Kearn was arrested on Saturday.",
            "Irish priest Rob Kearn was arrested on Saturday.",
        ),
        (
            "Republican senator Rob Kearn voted no on Saturday.",
            "American senator Rob Kearn voted no on Saturday.",
        ),
        (
            "Muslim cleric Rob Kearn was arrested on Saturday.",
            "Egyptian cleric Rob Kearn was arrested on Saturday.",
        ),
    ],
)
def test_a_faith_or_party_is_no_rival_to_a_nationality(first: str, second: str):
    """spaCy's NORP holds faiths and parties beside nations: two facts of one person."""
    assert _nationality_conflicts(first, second, "Rob Kearn said nothing on Saturday.") == []


def test_two_nationalities_beside_a_faith_name_still_conflict():
    named = "Rob Kearn said nothing on Saturday."
    assert _nationality_conflicts(
        "Irish priest Rob Kearn was arrested on Saturday.",
        "Scottish priest Rob Kearn was arrested on Saturday.",
        named,
    ) == ["nationality: irish / scottish"]
