"""The weapon or vehicle of an act is an ``other`` claim valued by its WordNet kind: two kinds of one thing
("a rifle" / "a shotgun") conflict, a less precise word ("a gun") agrees with a more precise one (PROTOCOL.md:
the instrument or weapon)."""

from __future__ import annotations

from briefed import brief_outlets

from storyline.analyze.instruments import find_instruments
from storyline.analyze.kinds import compatible
from storyline.analyze.nlp import parse
from storyline.model import Briefing


def _instruments(text: str) -> list[tuple[str, str]]:
    (doc,) = parse([text])
    return [(text[c.start : c.end], c.measure) for c in find_instruments("a", doc)]


def _briefing(bodies: dict[str, str]) -> Briefing:
    return brief_outlets(bodies, "depot")


def _weapon_conflicts(b: Briefing) -> list[str]:
    return [k.statement for k in b.conflicts if "weapon" in k.topic]


def test_instruments_are_read_in_their_role_only():
    assert _instruments(
        "A sacked porter walked into the warehouse with a shotgun and wounded two guards."
    ) == [("shotgun", "weapon used")]
    assert _instruments("Raiders drove an SUV through the shop window before dawn.") == [
        ("SUV", "vehicle used")
    ]
    assert _instruments("She was jailed for the shotgun slaying of a farmer.") == [("shotgun", "weapon used")]
    # a vehicle that is no instrument ("the car was parked") and the less precise word beside a precise one
    assert _instruments(
        "The car was parked outside. He used a gun to threaten the clerk and fired a revolver twice."
    ) == [("revolver", "weapon used")]


def test_a_vehicle_striking_is_its_instrument_and_what_it_strikes_is_not():
    assert _instruments("The cyclist was struck by a truck on Dell Road.") == [("truck", "vehicle used")]
    assert _instruments("A car hit the cyclist on Dell Road.") == [("car", "vehicle used")]
    assert _instruments("Witnesses said a taxi hit a parked truck.") == [("taxi", "vehicle used")]


def test_kinds_compare_by_their_hypernyms():
    def kind(word: str) -> str:
        (doc,) = parse([f"He walked in with a {word}."])
        (c,) = find_instruments("a", doc)
        return c.value

    assert compatible(kind("rifle"), kind("shotgun")) is False  # two firearms
    assert compatible(kind("handgun"), kind("pistol")) is True  # one kind, two words
    assert compatible(kind("gun"), kind("rifle")) is True  # less and more precise
    assert compatible(kind("sword"), kind("rifle")) is None  # related only as weapons: not two versions
    assert (
        compatible(kind("knife"), kind("handgun")) is False
    )  # a gun and a knife: the robbery's two versions
    assert compatible(kind("dagger"), kind("gun")) is False
    assert compatible(kind("grenade"), kind("pipe bomb")) is False  # two bombs
    assert compatible(kind("bomb"), kind("car bomb")) is True


def test_two_kinds_of_one_weapon_conflict_and_a_vaguer_word_does_not():
    b = _briefing(
        {
            "Coast Herald": "A sacked porter walked into the warehouse with a shotgun on Friday and wounded two guards.",
            "Evening Post": "A sacked porter carried a rifle into the warehouse on Friday and wounded two guards.",
        }
    )
    (statement,) = _weapon_conflicts(b)
    assert "Coast Herald" in statement and "Evening Post" in statement
    b = _briefing(
        {
            "Coast Herald": "A sacked porter walked into the warehouse with a shotgun on Friday and wounded two guards.",
            "Evening Post": "A sacked porter walked into the warehouse with a gun on Friday and wounded two guards.",
        }
    )
    assert not _weapon_conflicts(b)


def test_an_instrument_named_by_a_clause_or_as_the_weapon():
    assert _instruments("The handgun he fired was later found in a drain.") == [("handgun", "weapon used")]
    assert _instruments("A shotgun-wielding man held up the kiosk.") == [("shotgun", "weapon used")]
    assert _instruments("Police said the weapon, a shotgun, was recovered nearby.") == [
        ("shotgun", "weapon used")
    ]
    assert _instruments("The weapon used in the raid was a rifle, police said.") == [("rifle", "weapon used")]
    # a weapon word beside no act: a collector, a clause with its own object, a car described
    assert _instruments("The man, a shotgun collector, was arrested at home.") == []
    assert _instruments("The rifle he sold it to them for was old.") == []
    assert _instruments("The car, a silver hatchback, was parked outside.") == []


def test_instruments_named_by_a_clause_conflict_across_outlets():
    b = _briefing(
        {
            "Coast Herald": "The handgun the porter fired on Friday was found in a drain near the warehouse.",
            "Evening Post": "The rifle the porter fired on Friday was found in a drain near the warehouse.",
        }
    )
    assert _weapon_conflicts(b)


def test_a_weapon_with_a_person_who_acts_is_the_acts():
    assert _instruments("A clerk was hurt when a man with a knife robbed the kiosk in Selby.") == [
        ("knife", "weapon used")
    ]
    assert _instruments("The robber threatened staff with a pistol before he fled.") == [
        ("pistol", "weapon used")
    ]
    # a vehicle a person has is owned, not used
    assert _instruments("A family with a car was told to leave the street.") == []
    bodies = {
        "A": "Kiosk robbed.\nA man with a knife robbed a kiosk in Selby on Friday, taking the takings.",
        "B": "Kiosk robbed.\nA man armed with a pistol robbed a kiosk in Selby on Friday, taking the takings.",
    }
    assert len(_weapon_conflicts(_briefing(bodies))) == 1
