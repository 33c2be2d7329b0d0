"""A toll's subject or object of several people joined by "and" ("a woman and her son were killed") counts them
all, not the first one alone (analyze.implied_counts): an outlet's "two people were killed" then agrees with it
instead of contradicting a read "1". Invented sentences, several phrasings."""

from __future__ import annotations

import pytest
from briefed import agreed_values, brief_outlets, claims_in


@pytest.mark.parametrize(
    ("text", "measure", "value"),
    [
        ("A woman and her son were killed in the fire on Elm Street.", "dead", "2"),
        ("A teacher and a pupil were injured when the roof fell in.", "injured", "2"),
        ("The blast killed a guard and a driver outside the depot.", "dead", "2"),
        ("A guard and four other men were injured in the raid.", "injured", "5"),
        ("A girl was killed when the wall collapsed.", "dead", "1"),
    ],
)
def test_a_toll_of_people_joined_by_and_counts_them_all(text: str, measure: str, value: str) -> None:
    implied = [(c.measure, c.value) for _s, c in claims_in(text) if c.implied]
    assert implied == [(measure, value)]


def test_a_plural_with_no_figure_among_them_gives_no_count() -> None:
    assert not [c for _s, c in claims_in("A farmer and his children were killed in the flood.") if c.implied]


def test_one_told_as_two_named_together_agrees_with_a_written_two() -> None:
    bodies = {
        "Ledger": "A woman and her son were killed in a house fire on Elm Street in Dorr on Monday night.",
        "Gazette": "Two people were killed in a house fire on Elm Street in Dorr on Monday night, firefighters said.",
    }
    b = brief_outlets(bodies, "fire")
    assert not b.conflicts
    assert {"Two", "A woman and her son were killed"} in agreed_values(b, bodies)
