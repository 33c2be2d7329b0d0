"""A length whose figure is hyphened to its fraction ("two-and-a-half years", "a one-and-a-half-hour meeting"),
of which the tagger labels only the first figure, is read whole: its value is the written-apart phrase's, and it
compares across outlets. A count hyphened so ("two-and-a-half goals") stays no length. Invented text only."""

from __future__ import annotations

import pytest
from briefed import claims_in
from roles_stories import brief, families


def _lengths(text: str) -> list[tuple[str, str]]:
    return [(span, c.value) for span, c in claims_in(text) if c.kind == "duration"]


@pytest.mark.parametrize(
    ("hyphened", "apart", "span"),
    [
        ("The works will take two-and-a-half years.", "The works will take two and a half years.",
         "two-and-a-half years"),
        ("He was given a two-and-a-half-year sentence.", "He was given a sentence of two and a half years.",
         "two-and-a-half-year"),
        ("The talks lasted one-and-a-half hours.", "The talks lasted one and a half hours.", "one-and-a-half hours"),
        ("Crews worked for three-and-a-quarter hours.", "Crews worked for three and a quarter hours.",
         "three-and-a-quarter hours"),
    ],
)  # fmt: skip
def test_a_hyphened_length_is_read_whole(hyphened: str, apart: str, span: str) -> None:
    (found,) = _lengths(hyphened)
    assert found[0] == span
    assert [v for _s, v in _lengths(apart)] == [found[1]]


def test_a_hyphened_count_is_no_length() -> None:
    assert _lengths("She scored two-and-a-half goals a game last season.") == []


def test_a_hyphened_length_conflicts_with_another_outlets_length() -> None:
    b = brief(
        "The Brenmoor stadium works will take two-and-a-half years, the club said.",
        "The Brenmoor stadium works will take three years, the club said.",
    )
    assert "duration" in families(b)
