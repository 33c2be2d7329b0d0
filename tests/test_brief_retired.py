"""A job apposed after an age ("Ana Bello, 54, a retired teacher,") and "retired" as a job held before: through
the real analysis and briefing, on the invented two-outlet stories of test_brief_people."""

from __future__ import annotations

import pytest
from test_brief_people import _SAID, _brief, _people


@pytest.mark.parametrize(
    ("herald", "post", "words"),
    [
        (f"Ana Bello, 54, a teacher, {_SAID}.", f"Ana Bello, 54, a nurse, {_SAID}.", "teacher / nurse"),
        (f"Ana Bello, 54, the depot manager, {_SAID}.", f"Depot engineer Ana Bello {_SAID}.", "manager"),
        (f"Ana Bello, 54, a retired teacher, {_SAID}.", f"Ana Bello, a teacher at the school, {_SAID}.", "retired"),
        (f"Ana Bello, a retired nurse, {_SAID}.", f"Ana Bello, a nurse at the clinic, {_SAID}.", "retired nurse"),
    ],
)  # fmt: skip
def test_a_job_after_an_age_or_held_before_is_compared(herald, post, words):
    (conflict,) = _people(_brief(herald, post))
    assert conflict[0] == "role" and words in conflict[1]


@pytest.mark.parametrize(
    ("herald", "post"),
    [
        (f"Ana Bello, 54, a retired teacher, {_SAID}.", f"Ana Bello, a retired teacher, {_SAID}."),
        (f"Retired teacher Ana Bello {_SAID}.", f"Ana Bello, a former teacher, {_SAID}."),
        (f"Ana Bello, 54, a nurse, {_SAID}.", f"Ana Bello, a nurse at the clinic, {_SAID}."),
    ],
)
def test_one_job_after_an_age_or_retired_as_former_is_no_conflict(herald, post):
    assert _people(_brief(herald, post)) == []
