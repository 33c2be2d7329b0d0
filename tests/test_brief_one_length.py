"""A story whose every outlet gives one length: two outlets' length and a third's lone close other length, in
sentences sharing ``claim_context_sim`` of their words, are a duration conflict whatever noun or verb tells it ("a
three-week search" / "a 20-day hunt" / "missing for 21 days"); an outlet giving two lengths (a sentence and the
time served) makes no such dissent. Invented text only, through the real analysis and briefing
(tests/roles_stories.py)."""

from __future__ import annotations

import pytest
from roles_stories import brief, families

_DISSENTS = [
    (
        "Rescuers found the missing walker on Sunday after a three-week search of the Brenmoor hills.",
        "The walker had been missing for 21 days when a helicopter crew spotted her near Brenmoor.",
        "A 20-day hunt for the walker ended on Sunday when she was found alive near Brenmoor.",
    ),
    (
        "Stadium builders went back to work on Friday after a four-day strike over pay.",
        "The strike at the stadium site, which lasted five days, ended on Friday.",
        "Builders at the stadium ended their 4-day walkout on Friday.",
    ),
    (
        "Club chairwoman Dana Hale resigned on Monday after 12 years in charge.",
        "Dana Hale is leaving the club after twelve years, the board said.",
        "Dana Hale's decade-long spell at the top of the club is over.",
    ),
]


@pytest.mark.parametrize("sentences", _DISSENTS)
def test_a_third_outlets_lone_close_length_conflicts_with_two_that_agree(sentences):
    assert "duration" in families(brief(*sentences))


_TRAPS = [
    (
        "Site boss Colm Rudd was jailed for eight years on Friday; he had run the site for five years.",
        "Colm Rudd, who ran the Brenmoor site for five years, was given an eight-year sentence.",
        "Colm Rudd was jailed on Friday after five years in charge of the site.",
    ),
    (
        "The stadium will take three years to build, the club said.",
        "The stadium will take three years to build and seat 20,000 fans.",
        "Building the stadium will take three years; the pitch alone needs two years.",
    ),
]


@pytest.mark.parametrize("sentences", _TRAPS)
def test_two_lengths_of_an_outlet_are_two_things_not_a_dissent(sentences):
    assert "duration" not in families(brief(*sentences))


# Known false conflict: a third outlet's one length of another thing, close to the two outlets' length, in a short
# sentence that shares a word or two with theirs (``claim_context_sim`` reads "years" alike): with one length per
# outlet the dissent is read as the story's length told otherwise.
@pytest.mark.xfail(strict=True, reason="a lone close length of another thing in a sentence sharing a word")
def test_a_lone_length_of_another_thing_does_not_conflict():
    b = brief(
        "The Brenmoor stadium will take three years to build, the club said.",
        "Building the Brenmoor stadium will take three years, the club said.",
        "Fans have waited four years for news from the owners.",
    )
    assert "duration" not in families(b)
