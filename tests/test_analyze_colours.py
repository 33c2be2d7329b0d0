"""A vehicle's colour is an ``other`` claim: two outlets giving one car two colours conflict, a shade agrees with
its colour, and two cars' colours are no conflict (PROTOCOL.md kind ``other``)."""

from __future__ import annotations

from briefed import brief_outlets

from storyline.analyze.colours import find_colours
from storyline.analyze.nlp import parse
from storyline.model import Briefing


def _colours(text: str) -> list[tuple[str, str]]:
    (doc,) = parse([text])
    return [(text[c.start : c.end], c.value) for c in find_colours("a", doc)]


def _briefing(bodies: dict[str, str]) -> Briefing:
    return brief_outlets(bodies, "crash")


def _colour_conflicts(b: Briefing) -> list[str]:
    return [k.statement for k in b.conflicts if "colour" in k.topic]


def test_a_colour_before_a_vehicle_is_read():
    assert _colours("The cyclist was struck by a silver Toyota Corolla on Dell Road.") == [
        ("silver Toyota Corolla", "silver")
    ]
    assert _colours("Police are looking for a gray 2011 sedan.") == [("gray 2011 sedan", "grey")]
    assert _colours("A dark blue minivan was seen leaving.") == [("dark blue minivan", "dark blue")]


def test_no_colour_of_what_is_no_vehicle():
    assert _colours("He wore a black jacket and red shoes.") == []
    assert _colours("The White House said the tanks were ready.") == []  # a name, not a colour


def test_two_colours_of_one_car_conflict():
    b = _briefing(
        {
            "Coast Herald": "A woman was struck by a silver Toyota Corolla on Dell Road on Friday, police said.",
            "Evening Post": "Witnesses said the woman was struck by a grey Corolla on Dell Road on Friday.",
        }
    )
    (k,) = _colour_conflicts(b)
    assert "silver" in k and "grey" in k


def test_a_shade_and_two_cars_are_no_conflict():
    shade = _briefing(
        {
            "Coast Herald": "A woman was hit by a dark blue sedan on Dell Road on Friday, police said.",
            "Evening Post": "Witnesses said the woman was struck by a blue sedan on Dell Road on Friday.",
        }
    )
    assert _colour_conflicts(shade) == []
    two_cars = _briefing(
        {
            "Coast Herald": "A red Honda Civic and a white Ford Focus collided on Dell Road on Friday.",
            "Evening Post": "A white Focus collided with a red Civic on Dell Road on Friday, police said.",
        }
    )
    assert _colour_conflicts(two_cars) == []


def test_two_kinds_of_vehicle_are_two_things():
    b = _briefing(
        {
            "Coast Herald": "A cyclist was hit by a white truck on Dell Road on Friday, police said.",
            "Evening Post": "Witnesses said a red car struck the cyclist on Dell Road on Friday.",
        }
    )
    assert _colour_conflicts(b) == []
