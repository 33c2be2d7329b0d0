"""A bare unit after what it counts is a rate ("passengers a year"), not a length of time."""

from storyline.analyze.claims import find_claims
from storyline.analyze.nlp import parse


def _lengths(text: str) -> list[str]:
    (doc,) = parse([text])
    return [c.value for c in find_claims("a", doc, []) if c.kind == "duration"]


def test_yearly_traffic_is_no_length() -> None:
    assert _lengths("Brindle airport handles about 19 million passengers a year.") == []
    assert _lengths("The hall hosts about 60 weddings a year.") == []


def test_a_year_of_an_act_stays_a_length() -> None:
    assert _lengths("He was jailed for a year.") == ["365.2"]
    assert _lengths("The ban lasts a year.") == ["365.2"]
