"""Two jobs the briefing read as one (briefing.person_role): a prosecutor and a defence lawyer, a chief financial and a
chief operating officer, told of one person by two outlets, are a role conflict; one side or one office said in
other words is none. Invented stories through the real analysis and briefing (tests/roles_stories.py's frames)."""

from __future__ import annotations

import pytest
from roles_stories import brief, families

_SAID = "said the money would be found."


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (f"Prosecutor Perry Lomax {_SAID}", f"Defense attorney Perry Lomax {_SAID}"),
        (
            f"Perry Lomax, the district attorney, {_SAID}",
            f"Perry Lomax, a defence lawyer for the family, {_SAID}",
        ),
        (f"Perry Lomax, an assistant prosecutor, {_SAID}", f"Defence counsel Perry Lomax {_SAID}"),
        (f"Chief Financial Officer Perry Lomax {_SAID}", f"Chief Operating Officer Perry Lomax {_SAID}"),
        (
            f"Perry Lomax, the club's chief financial officer, {_SAID}",
            f"Perry Lomax, its chief technology officer, {_SAID}",
        ),
    ],
)
def test_two_jobs_once_read_as_one_conflict(first, second):
    assert families(brief(first, second)) == ["role"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (f"Prosecutor Perry Lomax {_SAID}", f"District Attorney Perry Lomax {_SAID}"),
        (f"Defense attorney Perry Lomax {_SAID}", f"Perry Lomax, a lawyer for the family, {_SAID}"),
        (f"Chief Financial Officer Perry Lomax {_SAID}", f"Perry Lomax, the club's CFO, {_SAID}"),
        (f"Chief Executive Officer Perry Lomax {_SAID}", f"Perry Lomax, the club's chief executive, {_SAID}"),
        (f"Police officer Perry Lomax {_SAID}", f"Perry Lomax, an officer with the county police, {_SAID}"),
    ],
)
def test_one_side_or_one_office_in_other_words_is_no_conflict(first, second):
    assert "role" not in families(brief(first, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            f"Defense attorney Perry Lomax {_SAID}",
            f"Perry Lomax, a former prosecutor who now represents the club, {_SAID}",
        ),
        (f"Perry Lomax, a defence lawyer for the family, {_SAID}", f"Former prosecutor Perry Lomax {_SAID}"),
    ],
)
def test_a_side_held_before_is_no_side_taken_now(first, second):
    """ "X, a former prosecutor" tells a lawyer's career, not the side of the court they are on now: no rival to
    another outlet's "defense attorney X" (a prosecutor now against a defence lawyer still conflicts, above)."""
    assert "role" not in families(brief(first, second))
