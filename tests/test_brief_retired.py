"""'Retired' before a job says the job was held before, as "former" does ("Ana Bello, a retired nurse," / "Ana
Bello, a nurse at the clinic,"): through the real analysis and briefing, on the invented two-outlet stories of
test_brief_people."""

from __future__ import annotations

import pytest
from test_brief_people import _SAID, _brief, _people


@pytest.mark.parametrize(
    ("herald", "post", "words"),
    [
        (f"Ana Bello, a retired teacher, {_SAID}.", f"Ana Bello, a teacher at the school, {_SAID}.", "retired"),
        (f"Ana Bello, a retired nurse, {_SAID}.", f"Ana Bello, a nurse at the clinic, {_SAID}.", "retired nurse"),
        (f"Retired teacher Nora Vance {_SAID}.", f"Teacher Nora Vance {_SAID}.", "retired teacher"),
    ],
)  # fmt: skip
def test_a_job_held_before_and_the_same_job_held_now_conflict(herald, post, words):
    (conflict,) = _people(_brief(herald, post))
    assert conflict[0] == "role" and words in conflict[1]


@pytest.mark.parametrize(
    ("herald", "post"),
    [
        (f"Ana Bello, a retired teacher, {_SAID}.", f"Ana Bello, a former teacher, {_SAID}."),
        (f"Retired teacher Nora Vance {_SAID}.", f"Nora Vance, a retired teacher, {_SAID}."),
        (f"Ana Bello, a nurse, {_SAID}.", f"Ana Bello, a nurse at the clinic, {_SAID}."),
    ],
)
def test_retired_and_former_are_one_job_held_before(herald, post):
    assert _people(_brief(herald, post)) == []
