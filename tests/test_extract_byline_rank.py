"""The learned byline ranker: a name on a line of its own, labelled chrome, is the byline; a menu line is not."""

from __future__ import annotations

from storyline.extract.byline_rank import FEATURES, byline_candidates, ranked_byline

BODY = (
    "The council voted on Tuesday to reopen the harbour bridge after months of repairs, and the privacy of the"
    " contact policy was noted."
)
TEXTS = [
    "Home",
    "Harbour bridge reopens after months of repairs",
    "Marina Beuerle",
    BODY,
    BODY,
    "Privacy Policy",
]
ROLES = ["chrome", "headline", "chrome", "body", "body", "chrome"]


def test_candidates_are_name_shaped_lines() -> None:
    found = byline_candidates(TEXTS, ROLES, 1)
    assert [(i, name) for i, name, _ in found] == [(2, "Marina Beuerle"), (5, "Privacy Policy")]
    assert all(len(features) == len(FEATURES) for _, _, features in found)


def test_bare_name_line_is_the_byline_and_menu_line_is_not() -> None:
    assert ranked_byline(TEXTS, ROLES, 1) == (2, "Marina Beuerle")
    without_name = TEXTS[:2] + TEXTS[3:]
    assert ranked_byline(without_name, ROLES[:2] + ROLES[3:], 1) is None
