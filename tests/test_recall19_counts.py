"""Counts of one fact told in two sentence shapes (session 39, recall19): an amount weighed in a unit ("3.2 tonnes"),
a fraction as often as not, is compared as counts are (briefing.claim_pairs ``one_count``); a count read as a part
only because "other" sets it apart from another measure's group ("Six other people were wounded" after the dead)
is its measure's whole (briefing.figure_scope ``other_than_another``)."""

from __future__ import annotations

from datetime import UTC, datetime

from briefed import brief_outlets, conflict_values


def _conflicts(bodies: dict[str, str], headline: str) -> list[set[str]]:
    return conflict_values(brief_outlets(bodies, headline), bodies, "count")


def test_amounts_weighed_in_tonnes_conflict() -> None:
    bodies = {
        "Coast Wire": "Customs officers at Kelport seized 3.2 tonnes of heroin hidden in a cargo of timber on Monday, "
        "the ministry said.",
        "Harbour News": "Border officials at Kelport have seized 3.6 tonnes of heroin in a single raid, officials said "
        "this week.",
    }
    assert _conflicts(bodies, "Kelport heroin haul") == [{"3.2 tonnes", "3.6 tonnes"}]


_WIRE = "A gunman killed two people and wounded five at a market in Dunmere on Friday, police said."


def test_other_people_beside_the_dead_are_the_injured() -> None:
    bodies = {
        "Coast Wire": _WIRE,
        "Dunmere Star": "The death toll from Friday's market shooting in Dunmere has risen to three after a man died "
        "in hospital. Six other people were wounded in the attack, officers said.",
    }
    assert {"five", "Six"} in _conflicts(bodies, "Dunmere market shooting")


def test_other_after_the_same_measure_stays_a_part() -> None:
    bodies = {
        "Coast Wire": _WIRE,
        "Dunmere Star": "Four people were wounded when a gunman opened fire at a market in Dunmere on Friday. Six "
        "other people were wounded at a bus stop nearby, police said.",
    }
    assert not any("Six" in values for values in _conflicts(bodies, "Dunmere market shooting"))


def test_other_of_a_kind_names_its_whole_and_stays_a_part() -> None:
    bodies = {
        "Coast Wire": "Three people were shot by a lone attacker inside an office in Brell on Monday morning. A "
        "hospital spokeswoman said all three were brought in by ambulance.",
        "Brell Star": "A woman and two men were shot at an office in Brell on Monday, police said. The woman died at "
        "the scene. The two other victims remain in hospital.",
    }
    assert _conflicts(bodies, "Brell office shooting") == []


def test_a_day_of_one_incident_with_and_without_its_named_actor_conflicts() -> None:
    bodies = {
        "Coast Wire": "Two Norvans and a Kastovian working for the charity Bright Wells Aid were kidnapped in Kastovia "
        "on Monday, the charity has confirmed.",
        "Valley Times": "The families of the three engineers kidnapped in Kastovia on Sunday have appealed for their "
        "release.",
    }
    b = brief_outlets(bodies, "Engineers kidnapped in Kastovia", published=datetime(2026, 5, 6, tzinfo=UTC))
    assert {"Monday", "Sunday"} in conflict_values(b, bodies, "date")


def test_a_width_told_under_two_verbs_conflicts() -> None:
    bodies = {
        "Coast Wire": "An avalanche buried three skiers near Talvik on Sunday. The slide was 300 metres wide, "
        "rescuers said.",
        "Valley Times": "Three skiers were buried near Talvik on Sunday. The avalanche, 500 metres wide, broke away "
        "just after noon.",
    }
    b = brief_outlets(bodies, "Avalanche near Talvik")
    assert {"300 metres", "500 metres"} in conflict_values(b, bodies, "other")
