"""lexicon.plurals: a noun's singular without spaCy, what the briefing compares two outlets' head nouns on
(briefing.claim_pairs ``told_apart``)."""

from __future__ import annotations

import pytest

from storyline.briefing.claim_pairs import told_apart
from storyline.lexicon.measures import RANK_OF
from storyline.lexicon.plurals import singular
from storyline.model import ClaimSlot


@pytest.mark.parametrize(
    ("plural", "one"),
    [
        ("quakes", "quake"),
        ("injuries", "injury"),
        ("children", "child"),
        ("people", "person"),
        ("firemen", "fireman"),
        ("churches", "church"),
        ("crises", "crisis"),
        # singulars the rules would change stay as they are
        ("series", "series"),
        ("news", "news"),
        ("specimen", "specimen"),
        ("glass", "glass"),
        ("bus", "bus"),
    ],
)
def test_a_plural_is_read_as_its_singular(plural: str, one: str) -> None:
    assert singular(plural) == one


def _slot(measure: str, value: str, subject: str | None = None) -> ClaimSlot:
    return ClaimSlot("a", 0, 1, "other", measure, value, subject=subject)


@pytest.mark.parametrize("subject", ["first children", "first child"])
def test_a_rank_and_an_ordered_subject_of_an_irregular_plural_tell_one_noun_apart(subject: str) -> None:
    """ "a second child" (rank of child) beside "the first children" / "the first child": one noun in two orders."""
    assert told_apart([_slot(RANK_OF + "child", "2"), _slot("age", "4", subject)]) == {"child"}
