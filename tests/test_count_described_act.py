"""A count whose noun carries a toll only as its attributive modifier and undergoes an act that ends that state
("four missing climbers found alive", "two detained reporters were released") counts those the act befell: they
are missing or held no longer, so it is no level of the toll another outlet counts (analyze.counted_noun
``_act_on_described``). Any other act keeps the toll ("30 injured passengers were treated at the scene":
tests/test_counted_noun.py), as does a toll beside the act ("were found dead")."""

from __future__ import annotations

from briefed import brief_outlets, claims_in, conflict_values


def _measures(text: str) -> list[tuple[str, str]]:
    return [(span, c.measure) for span, c in claims_in(text) if c.kind == "count"]


def test_an_act_ending_the_described_state_is_the_measure() -> None:
    assert _measures("Four missing climbers found alive as rescuers press on") == [("Four", "find")]
    assert _measures("Two detained reporters were released on Monday.") == [("Two", "release")]


def test_the_toll_stays_for_another_act_or_a_toll_beside_it() -> None:
    assert _measures("Five injured villagers were taken to hospital.") == [("Five", "injured")]
    assert _measures("Two injured workers died in hospital.") == [("Two", "dead")]
    assert _measures("Two missing climbers were found dead.") == [("Two", "missing")]


def test_those_found_are_no_rival_count_of_the_missing() -> None:
    bodies = {
        "Harbour Daily": "An avalanche hit the Varn ridge on Monday, leaving seven climbers missing, police said.",
        "Coast Radio": "Four missing climbers found alive on Varn ridge\nRescuers reached the climbers on Tuesday "
        "after an avalanche hit the ridge on Monday, police said.",
    }
    b = brief_outlets(bodies, "Avalanche on Varn ridge")
    assert conflict_values(b, bodies, "count") == []
