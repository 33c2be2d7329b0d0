"""WordNet's occupations as one person's role across outlets (lexicon/jobs.json): two outlets giving a curator and a
registrar, a treasurer and a secretary, conflict; a volunteer, a veteran or a resident beside a job does not.
Invented stories through the real analysis and briefing (tests/roles_stories.py's frames)."""

from __future__ import annotations

import pytest
from roles_stories import brief, families

_SAID = "said the money would be found."


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (f"Museum curator Perry Lomax {_SAID}", f"Perry Lomax, the museum's registrar, {_SAID}"),
        (f"Perry Lomax, the club's treasurer, {_SAID}", f"Perry Lomax, the club's secretary, {_SAID}"),
        (f"Perry Lomax, the archbishop of Tolm, {_SAID}", f"Perry Lomax, the consul in Tolm, {_SAID}"),
    ],
)
def test_two_outlets_giving_two_wordnet_jobs_conflict(first, second):
    assert "role" in families(brief(first, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (f"Perry Lomax, a volunteer at the club, {_SAID}", f"Club treasurer Perry Lomax {_SAID}"),
        (f"Perry Lomax, a veteran of the club, {_SAID}", f"Perry Lomax, the club's treasurer, {_SAID}"),
        (f"Club treasurer Perry Lomax {_SAID}", f"Perry Lomax, the club's treasurer, {_SAID}"),
    ],
)
def test_a_status_beside_a_job_or_one_job_twice_is_no_conflict(first, second):
    assert "role" not in families(brief(first, second))
