"""An unnamed spokesperson "for the unit" in an article that has written the body's full name ("the Harlow Fraud
Unit") is that body's spokesperson, so another outlet's spokesperson of it of the other gender is a gender conflict
(briefing.person_gender ``_named_employers``); an article that never writes the full name keeps its short one apart.
Invented text only."""

from __future__ import annotations

import pytest
from test_brief_people import _SAID, _brief, _people


@pytest.mark.parametrize(
    ("herald", "conflict"),
    [
        (f"The Harlow Fraud Unit held a man on Monday. A spokeswoman for the unit {_SAID}.", True),
        (f"Detectives held a man on Monday. A spokeswoman for the unit {_SAID}.", False),
    ],
)
def test_a_spokesperson_for_the_unit_is_the_fully_named_units_once_the_article_names_it(herald, conflict):
    b = _brief(herald, f"A spokesman for the Harlow Fraud Unit {_SAID}.")
    assert [k for k, _ in _people(b)] == (["attribute"] if conflict else [])
