"""A past prefix on a ranked title ("Ex-deputy mayor X", briefing.written_roles.title_ranks): the post held before
is the deputy's, so it is set against another outlet's "former mayor" and agrees with a "former deputy mayor".
Invented stories through the real analysis and briefing (tests/roles_stories.py's frames)."""

from __future__ import annotations

import pytest
from roles_stories import brief, families

from storyline.briefing.written_roles import title_ranks

_SAID = "was sentenced to three years on Friday."


def test_a_past_prefix_keeps_its_rank():
    assert title_ranks("Ex-deputy") == ["former", "deputy"]
    assert title_ranks("ex-vice") == ["former", "vice"]
    assert title_ranks("Ex-mayor") == ["former"]
    assert title_ranks("deputy") == ["deputy"]
    assert title_ranks("Mayor") == []


@pytest.mark.parametrize(
    "first",
    [f"Ex-deputy mayor Colm Verity {_SAID}", f"Colm Verity, the town's ex-deputy mayor, {_SAID}"],
)
def test_a_former_deputy_against_a_former_head_conflicts(first):
    assert families(brief(first, f"Colm Verity, the town's former mayor, {_SAID}")) == ["role"]


def test_a_former_deputy_told_two_ways_is_no_conflict():
    second = f"Colm Verity, a former deputy mayor of the town, {_SAID}"
    assert "role" not in families(brief(f"Ex-deputy mayor Colm Verity {_SAID}", second))


_TOLD = "told the court the money had been moved abroad."


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (f"Chief prosecutor Ivo Marten {_TOLD}", f"Deputy prosecutor Ivo Marten {_TOLD}"),
    ],
)
def test_the_head_of_a_lawyers_office_against_a_deputy_conflicts(first, second):
    """briefing.role_conflicts `_office_rank_conflicts`: Role.job reads both as one lawyer."""
    assert families(brief(first, second)) == ["role"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (f"Chief prosecutor Ivo Marten {_TOLD}", f"Prosecutor Ivo Marten {_TOLD}"),
        (f"Deputy prosecutor Ivo Marten {_TOLD}", f"Ivo Marten, a prosecutor, {_TOLD}"),
        (
            f"Chief Deputy District Attorney Ivo Marten {_TOLD}",
            f"Deputy District Attorney Ivo Marten {_TOLD}",
        ),
    ],
)
def test_a_plain_or_double_ranked_lawyer_is_no_office_rank_conflict(first, second):
    assert "role" not in families(brief(first, second))
