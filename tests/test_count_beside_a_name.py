"""A count listed after a named one ("taken to Marrow General and two smaller hospitals", "won two Oscars and three
national awards") is the part beside the named thing, no whole another outlet states (analyze.breakdown
``_after_a_name``): no conflict with another outlet's bare count. A count listed first, or with no name before
it, is read as before. Invented text."""

from __future__ import annotations

import pytest
from briefed import brief_outlets, claims_in


def _listed(text: str) -> dict[str, bool]:
    return {span: c.listed for span, c in claims_in(text) if c.kind == "count"}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The injured were taken to Marrow General and two smaller hospitals on Sunday.", "two"),
        ("The injured were being treated in Pellby and in two smaller hospitals in the valley.", "two"),
    ],
)
def test_a_count_after_a_name_is_a_part(text: str, figure: str) -> None:
    assert _listed(text)[figure] is True


@pytest.mark.parametrize(
    "text",
    [
        "The injured were taken to three hospitals in the valley on Sunday.",
        "The injured were taken to two smaller hospitals and a clinic in Pellby on Sunday.",
    ],
)
def test_a_count_with_no_name_before_it_is_no_part(text: str) -> None:
    assert not any(_listed(text).values())


def test_a_part_beside_a_name_is_no_rival_to_the_whole() -> None:
    bodies = {
        "Ledger": "The 31 people hurt when the coach overturned near Pellby were taken to three hospitals, police "
        "said on Sunday.",
        "Gazette": "The 31 people hurt when the coach overturned near Pellby were treated in Marrow General and in "
        "two smaller hospitals, police said on Sunday.",
    }
    assert [k.kind for k in brief_outlets(bodies, "coach").conflicts if k.kind == "count"] == []
