"""An outlet's count told in two slots (an unlisted measure and another) whose other slot is disputed: its
agreement in the first slot is one side of the dispute (briefing.disputed_sides), not an agreement."""

from __future__ import annotations

from briefed import agreed_values, brief_outlets

from storyline.briefing.disputed_sides import one_side
from storyline.briefing.placed import Placed
from storyline.model import ClaimSlot


def _p(article: str, start: int, measure: str, value: str, kind: str = "count") -> Placed:
    return Placed(ClaimSlot(article, start, start + 1, kind, measure, value), start, article)


# "three runaways" (headline) and "the three inmates who fled" (lead) in outlet a; "three runaways" in c;
# "four inmates" in b: a's inmates are disputed by b
_DISPUTE = [[_p("a", 90, "inmate", "3"), _p("b", 60, "inmate", "4")]]


def test_an_outlets_count_disputed_in_its_other_slot_is_one_side() -> None:
    assert one_side([_p("a", 7, "runaway", "3"), _p("c", 300, "runaway", "3")], _DISPUTE, 20)


def test_another_outlets_equal_figure_does_not_tie_it() -> None:
    # c's three runaways and d's; a's disputed three inmates are no figure of theirs
    assert not one_side([_p("c", 300, "runaway", "3"), _p("d", 40, "runaway", "3")], _DISPUTE, 20)


def test_two_listed_measures_are_two_things() -> None:
    # "three dead" agreed while the injured are disputed 3 / 4: two tolls, both measures known to the lexicon
    dispute = [[_p("a", 90, "injured", "3"), _p("b", 60, "injured", "4")]]
    assert not one_side([_p("a", 7, "dead", "3"), _p("c", 300, "dead", "3")], dispute, 20)


def test_dates_are_left_to_their_slots() -> None:
    dispute = [[_p("a", 90, "arrest", "2026-05-14", "date"), _p("b", 60, "arrest", "2026-05-13", "date")]]
    assert not one_side(
        [_p("a", 7, "stop", "2026-05-14", "date"), _p("c", 3, "stop", "2026-05-14", "date")], dispute, 20
    )


def test_a_large_count_needs_no_outlet_of_its_own_in_the_dispute() -> None:
    # "270 fell ill" in a and c; the update of "cases" 270 -> 340 told by b and d: a figure that large does not
    # coincide, so a's and c's 270 is the dispute's old side
    dispute = [[_p("b", 90, "case", "270"), _p("d", 60, "case", "340")]]
    assert one_side([_p("a", 7, "ill", "270"), _p("c", 30, "ill", "270")], dispute, 20)
    assert not one_side(
        [_p("a", 7, "ill", "27"), _p("c", 30, "ill", "27")],
        [[_p("b", 9, "case", "27"), _p("d", 6, "case", "34")]],
        100,
    )


def test_a_story_brief_drops_the_side() -> None:
    bodies = {
        "Vale Wire": (
            "One of three Dunmarsh runaways caught\n"
            "Police have caught one of the three inmates who fled Dunmarsh jail early on Friday."
        ),
        "Coast Daily": "Four inmates fled Dunmarsh jail early on Friday, the prison service said.",
        "Hill Post": "Karl Vesk, the most violent of the three runaways, is still at large, police said.",
    }
    agreed = agreed_values(brief_outlets(bodies, "Dunmarsh jail escape"), bodies)
    assert {"three"} not in agreed and {"One of three"} not in agreed
