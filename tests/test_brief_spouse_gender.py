"""A named person's spouse given two genders by two outlets ("Ferris's widow" / "the widower of Sam Ferris") is a
gender conflict: a person has one spouse. A mother and a father, or a son and a daughter, are two people and never
conflict; a spouse word inside quotation marks is the speaker's. Invented two-outlet stories through the real
analysis and briefing."""

from __future__ import annotations

import pytest
from test_brief_people import _brief

_CRASH = "Sam Ferris was killed when a lorry struck his bike on the ring road on Sunday."


def _genders(herald: str, post: str) -> list[str]:
    b = _brief(f"{_CRASH} {herald}", f"A cyclist, Sam Ferris, died on the ring road on Sunday. {post}")
    return [k.topic for k in b.conflicts if k.kind == "attribute"]


@pytest.mark.parametrize(
    ("herald", "post"),
    [
        ("Ferris's widow asked mourners to come by bike.", "Ferris's widower said the junction was unsafe."),
        (
            "The widow of Sam Ferris asked mourners to come by bike.",
            "Ferris's husband said the junction was unsafe.",
        ),
        (
            "Ferris's wife, Dana, asked mourners to come by bike.",
            "Ferris's husband, Dana, called for traffic lights.",
        ),
    ],
)
def test_two_genders_of_one_persons_spouse_conflict(herald, post):
    assert len(_genders(herald, post)) == 1


@pytest.mark.parametrize(
    ("herald", "post"),
    [
        ("Ferris's widow asked mourners to come by bike.", "Ferris's wife said the junction was unsafe."),
        ("Ferris's mother asked mourners to come by bike.", "Ferris's father said the junction was unsafe."),
        ("Ferris's son asked mourners to come by bike.", "Ferris's daughter said the junction was unsafe."),
        ('A friend said: "Ferris\'s husband is devastated."', "Ferris's widow said the junction was unsafe."),
    ],
)
def test_one_spouse_two_relatives_or_a_quoted_word_do_not_conflict(herald, post):
    assert _genders(herald, post) == []
