"""Session 40's false conflicts of the issue's kinds, by mechanism: a person's nationality, faith or party told at
two widths ("Scottish" / "British", "African-American" / "American", "Catholic" / "Christian", "European" /
"French": lexicon.countries.one_group), a count that is a share of an owner's group ("three of his children":
figure_scope._OF_WHOLE) and a count narrowed to one place or day by "alone" ("in the village of X alone":
figure_scope._ALONE). Each quiet case fails without its rule; the conflicts of the same kinds stay. Invented text."""

from __future__ import annotations

import pytest
from briefed import brief_outlets, conflict_values

_ACTOR = (
    "{w} actor Peter Colvane will be the next star of the long-running science fiction series, the broadcaster "
    "said on Sunday. Colvane was unveiled during a live show."
)
_ACTOR_B = (
    "{w} actor Peter Colvane has been named the new lead of the science fiction series. The broadcaster announced "
    "Colvane's casting in a live programme on Sunday."
)


def _nationalities(first: str, second: str) -> list[set[str]]:
    bodies = {"Screen Wire": _ACTOR.format(w=first), "Daily Lens": _ACTOR_B.format(w=second)}
    return conflict_values(brief_outlets(bodies, "New star for the series"), bodies, "attribute")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Scottish", "British"),  # a nation of a union and the union
        ("African-American", "American"),  # a compound's nation is its last word
        ("Catalan", "Spanish"),  # a people of a state and the state
        ("Norwegian", "Scandinavian"),  # a region many nations share
        ("Catholic", "Christian"),  # a branch of a faith and the faith
        ("Democrat", "Democratic"),  # one party's two words
    ],
)
def test_one_group_told_at_two_widths_is_no_conflict(first: str, second: str) -> None:
    assert _nationalities(first, second) == []


@pytest.mark.parametrize(("first", "second"), [("Scottish", "Irish"), ("Catalan", "French")])
def test_two_nations_still_conflict(first: str, second: str) -> None:
    assert _nationalities(first, second) == [{first, second}]


def _counts(first: str, second: str) -> list[set[str]]:
    bodies = {"Metro Wire": first, "City Ledger": second}
    return conflict_values(brief_outlets(bodies, "Crime boss arrested"), bodies, "count")


def test_a_share_of_an_owners_group_is_no_rival_to_the_group() -> None:
    assert (
        _counts(
            "The crime boss, 62, was arrested at his home on Monday. He has five children with his wife.",
            "Police arrested the 62-year-old crime boss on Monday at the house he shares with his wife and three "
            "of his children.",
        )
        == []
    )


def test_two_counts_of_the_owners_group_still_conflict() -> None:
    assert _counts(
        "The crime boss, 62, was arrested at his home on Monday. He has five children with his wife.",
        "Police arrested the 62-year-old crime boss on Monday at his home. He has three children with his wife.",
    ) == [{"five", "three"}]


def test_a_count_narrowed_by_alone_is_a_part() -> None:
    bodies = {
        "Metro Wire": (
            "A magnitude 6.1 earthquake struck the province on Sunday and left at least 10 people dead, "
            "officials said. The quake destroyed 300 homes in five villages."
        ),
        "City Ledger": (
            "At least 10 people died when an earthquake hit the province on Sunday. Officials said 150 homes were "
            "destroyed in the village of Kalan alone."
        ),
    }
    assert conflict_values(brief_outlets(bodies, "Quake hits province"), bodies, "count") == []


def test_a_hyphenated_nationality_is_read_whole() -> None:
    bodies = {
        "Ring Wire": (
            "Ukrainian boxer Vitali Klitsch beat American Chris Arrola on Saturday. Klitsch kept his title."
        ),
        "Fight Daily": (
            "Vitali Klitsch kept his title on Saturday, beating the challenger Chris Arrola. Arrola is "
            "Mexican-American."
        ),
    }
    assert conflict_values(brief_outlets(bodies, "Klitsch keeps title"), bodies, "attribute") == []


def _ages(first: str, second: str) -> list[set[str]]:
    bodies = {"Metro Wire": first, "City Ledger": second}
    return conflict_values(brief_outlets(bodies, "Singer arrested"), bodies, "attribute")


def test_an_age_in_a_clause_of_an_earlier_moment_is_no_age_now() -> None:
    assert (
        _ages(
            "Singer Amy Wyne, 24, was arrested on Tuesday. Wyne was charged with assault.",
            "Amy Wyne was arrested on Tuesday, police said. The 24-year-old singer, who won five awards when she "
            "was 23, was charged.",
        )
        == []
    )


def test_two_ages_now_still_conflict() -> None:
    assert _ages(
        "Singer Amy Wyne, 24, was arrested on Tuesday. Wyne was charged with assault.",
        "Amy Wyne, 23, was arrested on Tuesday, police said. The singer was charged.",
    ) == [{"24", "23"}]


def test_a_share_of_a_group_named_by_another_word_of_its_measure_is_a_part() -> None:
    bodies = {
        "Metro Wire": "Seven people were wounded in the shooting. Four were taken to hospital.",
        "City Ledger": "The shooting left seven people wounded. Five of the wounded were taken to hospitals.",
    }
    assert conflict_values(brief_outlets(bodies, "Shooting in the square"), bodies, "count") == []


def test_a_count_of_two_acts_joined_by_or_is_no_level_of_one() -> None:
    bodies = {
        "Metro Wire": "The fire destroyed 12 houses on the street on Sunday, officials said. Another 30 were damaged.",
        "City Ledger": "Officials said 42 houses were damaged or destroyed by the fire on Sunday.",
    }
    assert conflict_values(brief_outlets(bodies, "Street fire"), bodies, "count") == []


def test_two_counts_of_one_act_still_conflict() -> None:
    bodies = {
        "Metro Wire": "The fire destroyed 12 houses on the street on Sunday, officials said.",
        "City Ledger": "Officials said 42 houses were destroyed by the fire on Sunday.",
    }
    assert conflict_values(brief_outlets(bodies, "Street fire"), bodies, "count") == [{"12", "42"}]


def test_a_count_told_as_the_countrys_whole_is_no_level_of_one_states() -> None:
    bodies = {
        "Metro Wire": "The storm killed 12 people in the state. Nationwide, 30 people have died.",
        "City Ledger": "The storm has killed 30 people across the country, including 12 in the state.",
    }
    assert conflict_values(brief_outlets(bodies, "Storm deaths"), bodies, "count") == []


def test_a_toll_initial_reports_put_is_an_earlier_figure() -> None:
    bodies = {
        "Metro Wire": "Eleven people were killed, police said on Monday. Initial reports had put the toll at 9.",
        "City Ledger": "Police said 11 people were killed on Monday.",
    }
    assert conflict_values(brief_outlets(bodies, "Bus crash"), bodies, "count") == []
