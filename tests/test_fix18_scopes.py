"""Figures of two scopes that read as one slot are no contradiction: a sum opened by "an extra" (an increment,
analyze.money.increment, wherever spaCy's span starts) against a plain one, and a length already passed ("had not
been allowed in for two days") against one still to come ("will stay shut for ten days", figure_scope.stretch). Invented text."""

from __future__ import annotations

from briefed import brief_outlets, conflict_values


def _conflicts(bodies: dict[str, str], kind: str) -> list[set[str]]:
    b = brief_outlets(bodies, "Storm hits Orrin Bay")
    return conflict_values(b, bodies, kind)


def test_an_extra_sum_is_no_rival_to_a_plain_one() -> None:
    bodies = {
        "Bay Courier": (
            "Dock workers at Orrin Bay walked out on Monday. The union said its claim would add 12 million "
            "dollars a year to the port's costs."
        ),
        "Orrin Post": (
            "Dock workers at Orrin Bay walked out on Monday. The port's chief executive said the new offer would "
            "cost the company an extra 7 million dollars a year."
        ),
    }
    assert _conflicts(bodies, "money") == []


def test_a_length_passed_is_no_rival_to_one_to_come() -> None:
    bodies = {
        "Bay Courier": (
            "The Orrin Bay library was flooded on Monday. A reader said she had not been allowed in for two "
            "days and missed her classes."
        ),
        "Orrin Post": (
            "The Orrin Bay library was flooded on Monday. The library will stay shut for ten days while the "
            "floors dry, the council said."
        ),
    }
    assert _conflicts(bodies, "duration") == []
