"""People taken by a verb of seizing ("seized three smugglers", "40 rebels were captured", "one of 99 gang members
seized on Tuesday") count the arrested, as "arrested" does, so two outlets' figures of one sweep meet in one slot;
things seized ("seized 40 rifles") stay counts of their noun (analyze.counted.captured, analyze.kinds.is_person).
Invented stories, several phrasings."""

from __future__ import annotations

import pytest
from briefed import agreed_values, brief_outlets, claims_in

from storyline.analyze.kinds import is_person


@pytest.mark.parametrize(
    ("word", "person"),
    [
        ("smuggler", True),
        ("member", True),
        ("rebel", True),
        ("rifle", False),
        ("watch", False),
        ("tank", False),
    ],
)
def test_a_noun_names_a_person_first_or_a_thing(word: str, person: bool) -> None:
    assert is_person(word) is person


def _measure(text: str, value: str) -> str:
    (measure,) = [c.measure for said, c in claims_in(text) if c.kind == "count" and value in said]
    return measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("Police seized three smugglers at the Orrin border on Monday.", "three", "arrested"),
        ("Troops captured 40 rebels near Orrin.", "40", "arrested"),
        ("About 40 rebels were captured near Orrin on Sunday.", "40", "arrested"),
        ("Ana Ruiz, one of 99 alleged gang members seized on Tuesday, was freed.", "99", "arrested"),
        ("Police seized 12 people in the Orrin raid.", "12", "arrested"),
        # things seized are counted by their noun, as before
        ("Customs officers seized 40 rifles at the Orrin port.", "40", "rifle"),
        ("A gang seized 14 watches from the Orrin shop.", "14", "watch"),
        ("The army captured three tanks near Orrin.", "three", "tank"),
        # people a verb does something else to are no arrest
        ("Police questioned 12 smugglers in Orrin on Monday.", "12", "smuggler"),
    ],
)
def test_people_seized_count_the_arrested(text: str, value: str, measure: str) -> None:
    assert _measure(text, value) == measure


@pytest.mark.parametrize(
    "told",
    [
        "Police seized 40 gang members in raids across Orrin on Tuesday, officials said.",
        "Forty gang members were captured in raids across Orrin on Tuesday, officials said.",
    ],
)
def test_a_sweep_told_as_seized_and_as_arrested_conflicts(told: str) -> None:
    bodies = {
        "Ledger": told,
        "Gazette": "Police arrested 35 gang members in raids across Orrin on Tuesday, officials said.",
    }
    conflicts = brief_outlets(bodies, "raids").conflicts
    assert [c.topic for c in conflicts] == ["count (arrested)"]


def test_a_sweep_told_as_captured_and_as_arrested_agrees() -> None:
    bodies = {
        "Ledger": "Troops captured 14 rebels near Orrin on Sunday, the army said.",
        "Gazette": "Troops arrested 14 rebels near Orrin on Sunday, the army said.",
    }
    b = brief_outlets(bodies, "rebels")
    assert not b.conflicts
    assert {"14"} in agreed_values(b, bodies)


def test_rifles_seized_are_no_rival_to_people_arrested() -> None:
    bodies = {
        "Ledger": "Police seized 40 rifles in raids across Orrin on Tuesday, officials said.",
        "Gazette": "Police arrested 35 gang members in raids across Orrin on Tuesday, officials said.",
    }
    assert not brief_outlets(bodies, "raids").conflicts
