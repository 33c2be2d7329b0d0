"""A vehicle's colour is an ``other`` claim: two outlets giving one car two colours conflict, a shade agrees with
its colour, and two cars' colours are no conflict (PROTOCOL.md kind ``other``)."""

from __future__ import annotations

from datetime import UTC, datetime

from briefed import brief_outlets

from storyline.analyze import analyze, resolve_entities
from storyline.analyze.colours import find_colours
from storyline.analyze.nlp import parse
from storyline.briefing import build_briefing
from storyline.model import Article, Briefing, Story


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


def _dated_briefing(bodies: dict[str, str]) -> Briefing:
    """The briefing of articles published one day, so that "last week" in them is a date."""
    day = datetime(2026, 6, 16, 9, tzinfo=UTC)
    arts = {n: Article(n, n, b, outlet=n, published=day) for n, b in bodies.items()}
    entities, found = resolve_entities(list(arts.values()), analyze(list(arts.values())))
    story = Story("s", "crash", tuple(arts))
    return build_briefing(story, [story], arts, {a.article_id: a for a in found}, entities, {})


def test_a_vehicle_of_a_crash_on_another_day_is_another_vehicle():
    lead = "A grey van hit a wall on Mill Lane on Monday, injuring its driver."
    for other in (
        "Its driver was hurt when the van hit a wall on Mill Lane on Monday. Last week the driver of a black "
        "car died at the same bend.",
        "Its driver was hurt when the van hit a wall on Mill Lane on Monday. A black car overturned at the "
        "same bend last Thursday.",
        "Its driver was hurt when the van hit a wall on Mill Lane on Monday. In March 2025, a black car "
        "overturned at the bend.",
    ):
        assert not _colour_conflicts(_dated_briefing({"Ledger": lead, "Gazette": other})), other
    told_otherwise = "Its driver was hurt when his black car hit a wall on Mill Lane on Monday."
    assert _colour_conflicts(_dated_briefing({"Ledger": lead.replace("grey van", "white car"),
                                              "Gazette": told_otherwise}))  # fmt: skip


def test_a_van_a_bus_a_train_and_a_cab_are_vehicles_and_two_of_them_two_things():
    assert [
        v for _s, v in _colours("A white van, a red bus, a green train and a black cab were parked.")
    ] == [
        "white",
        "red",
        "green",
        "black",
    ]
    assert not _colour_conflicts(
        _briefing(
            {
                "Ledger": "A red bus hit a cyclist on Mill Lane.",
                "Gazette": "A white van hit a cyclist on Mill Lane.",
            }
        )
    )
    assert _colour_conflicts(
        _briefing(
            {
                "Ledger": "A red bus hit a cyclist on Mill Lane.",
                "Gazette": "A white bus hit a cyclist on Mill Lane.",
            }
        )
    )
