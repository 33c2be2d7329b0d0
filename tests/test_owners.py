"""Whose a figure is (analyze.owners) and figures of two owners kept apart (briefing.owners): two people of one
surname, two products of one line, a main quake and its aftershock. Invented stories only."""

from __future__ import annotations

import pytest
from briefed import brief_outlets

from storyline.analyze import analyze
from storyline.briefing.owners import two_owners, two_people
from storyline.model import Article, ClaimSlot


def _owners(text: str) -> dict[str, str]:
    (an,) = analyze([Article("a", "a", text)])
    return {text[c.start : c.end]: c.owner for c in an.claims if c.kind not in ("date", "time")}


def _age(value: str, owner: str) -> ClaimSlot:
    return ClaimSlot("a", 0, 2, "attribute", "age", value, subject=owner.split()[-1], owner=owner)


def _figure(value: str, owner: str, kind: str = "money") -> ClaimSlot:
    return ClaimSlot("a", 0, 2, kind, "cost", value, owner=owner)


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        ("Police named the victim as Ellen Marsh, 29, on Sunday.", "29", "Ellen Marsh"),
        ("Daniel Marsh was charged on Sunday. Marsh, 34, will appear in court.", "34", "Daniel Marsh"),
        ("Two sisters, Ana Ruiz, 19, and Carla Ruiz, 22, died in the crash.", "19", "Ana Ruiz"),
        ("Two sisters, Ana Ruiz, 19, and Carla Ruiz, 22, died in the crash.", "22", "Carla Ruiz"),
        ("An aftershock of magnitude 5.1 hit the coast an hour later.", "5.1", "aftershock"),
        ("The 6.4-magnitude quake struck 40 km west of Delos on Monday.", "40 km", "quake"),
        ("The Lumo Pad Mini sells for $329 in the shops.", "$329", "Lumo Pad Mini"),
        ("The smaller model costs $329 in the shops.", "$329", "smaller model"),
        ("The 61-year-old man was fined $500 by the court.", "$500", "man"),  # an age tells no one apart
    ],
)
def test_owner_read_from_the_parse(text: str, figure: str, owner: str):
    assert _owners(text)[figure] == owner


def test_a_lone_surname_of_two_full_names_has_no_owner():
    text = "Daniel Marsh and Ellen Marsh were questioned on Sunday. Marsh, 34, will appear in court."
    assert _owners(text)["34"] == ""


def test_a_lone_surname_is_not_the_one_the_article_gives_another_age():
    text = (
        "Police found Ellen Marsh, 29, dead on Saturday. Her cousin Daniel Marsh was charged on Sunday. "
        "The 34-year-old Marsh will appear in court on Monday."
    )
    assert _owners(text)["34-year-old"] == "Daniel Marsh"
    assert _owners(text.replace("Ellen Marsh, 29,", "Ellen Marsh"))["34-year-old"] == ""


def test_two_people_of_one_surname():
    assert two_people(_age("20", "Kathryn Hale"), _age("34", "Daniel Hale"))
    assert not two_people(_age("20", "Katherine Hale"), _age("21", "Kathryn Hale"))  # one name spelt two ways
    assert not two_people(_age("20", "Catherine Hale"), _age("21", "Kathryn Hale"))  # one name as it sounds
    assert not two_people(_age("20", "Dan Hale"), _age("21", "Daniel Hale"))
    assert not two_people(_age("20", "Daniel Hale"), _age("21", "Hale"))  # a lone surname may be either
    assert not two_people(_age("20", "Sheriff Hale"), _age("21", "Daniel Hale"))  # a title, no first name


def test_two_things_by_name_modifier_or_the_story():
    assert two_owners(_figure("329", "Lumo Pad Mini"), _figure("599", "Lumo Pad Air"))
    assert not two_owners(_figure("329", "Lumo Pad Mini"), _figure("599", "Pad Mini"))
    assert two_owners(_figure("329", "smaller model"), _figure("599", "larger model"))
    assert two_owners(_figure("999", "11-inch model"), _figure("1199", "13-and 15-inch option"))
    assert not two_owners(_figure("999", "11-inch model"), _figure("1099", "11-inch laptop"))
    assert not two_owners(_figure("6", "Vega rifle", "count"), _figure("14", "Vega - 9 rifle", "count"))
    quake, aftershock = _figure("6.4", "earthquake", "count"), _figure("5.3", "aftershock", "count")
    assert not two_owners(quake, aftershock)  # no outlet tells the two apart: one thing two ways, maybe
    assert two_owners(quake, aftershock, frozenset({frozenset(("earthquake", "aftershock"))}))


def _conflicts(bodies: dict[str, str]) -> list[set[str]]:
    b = brief_outlets(bodies, "story")
    return [
        {bodies[v.article_id][v.start : v.end] for cl in k.claims for v in cl.values}
        for k in b.conflicts
        if k.kind != "spelling"
    ]


@pytest.mark.parametrize(
    "victim",
    [
        "Ellen Marsh, 29, was found dead at her flat in Ridgeway on Saturday.",
        "The victim, Ellen Marsh, was found dead at her flat in Ridgeway on Saturday. Marsh, 29, was a nurse.",
        "Police found the body of 29-year-old Ellen Marsh at her flat in Ridgeway on Saturday.",
    ],
)
def test_a_victims_age_is_no_rival_to_a_suspects_of_one_surname(victim: str):
    bodies = {
        "Coast Herald": "Police charged Daniel Marsh, 34, on Sunday with the murder of his cousin in Ridgeway.",
        "Evening Post": victim + " Police charged her cousin Daniel Marsh with her murder on Sunday.",
    }
    assert not _conflicts(bodies)


def test_one_persons_two_ages_still_conflict():
    bodies = {
        "Coast Herald": "Police charged Daniel Marsh, 34, on Sunday with the murder of his cousin in Ridgeway.",
        "Evening Post": "Police charged Daniel Marsh, 36, on Sunday with the murder of his cousin in Ridgeway.",
    }
    assert _conflicts(bodies) == [{"34", "36"}]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Lumo Pad Mini sells for $329", "The Lumo Pad Air sells for $599"),
        ("The smaller model costs $329", "The larger model costs $599"),
        ("The 11-inch model starts at $329", "The 13-inch model starts at $599"),
    ],
)
def test_two_products_prices_are_no_conflict(a: str, b: str):
    bodies = {
        "Coast Herald": f"Lumo unveiled two tablets on Tuesday. {a} and goes on sale next week.",
        "Evening Post": f"Lumo unveiled two tablets on Tuesday. {b} and goes on sale next week.",
    }
    assert not _conflicts(bodies)
    bodies["Evening Post"] = bodies["Coast Herald"].replace("$329", "$349")
    assert _conflicts(bodies) == [{"$329", "$349"}]


def test_an_aftershocks_magnitude_is_compared_with_the_aftershocks():
    bodies = {
        "Coast Herald": "A magnitude 6.4 earthquake struck off the coast of Varna on Monday. An aftershock of "
        "magnitude 5.1 followed an hour later.",
        "Evening Post": "A strong aftershock of magnitude 5.3 hit Varna on Monday, an hour after the main quake.",
    }
    assert _conflicts(bodies) == [{"5.1", "5.3"}]


def test_an_outlet_that_places_two_quakes_apart_tells_their_magnitudes_apart():
    """One outlet gives the main quake and its aftershock two distances: the other outlet's aftershock figures
    are compared with the aftershock's only, its magnitude too."""
    bodies = {
        "Coast Herald": "A magnitude 6.4 earthquake struck 40 km west of Delos on Monday. A magnitude 5.1 "
        "aftershock struck 25 km north of Delos an hour later.",
        "Evening Post": "The aftershock, of magnitude 5.2, was centred 30 km north of Delos, officials said on "
        "Monday.",
    }
    figures = [k for k in _conflicts(bodies) if not any("west" in v or "north" in v for v in k)]
    assert figures == [{"25 km", "30 km"}]


def test_two_sisters_ages_by_full_and_lone_first_name():
    """One outlet gives the elder sister's age, the other the younger's: no conflict; the same sister's two
    ages still conflict."""
    bodies = {
        "Coast Herald": "Ana Ruiz and her sister Carla Ruiz died when the bus overturned near Talbot on Friday. "
        "Ana Ruiz, 19, was a student.",
        "Evening Post": "Carla Ruiz, 22, and her sister Ana died when a bus overturned near Talbot on Friday.",
    }
    assert not _conflicts(bodies)
    bodies["Evening Post"] = bodies["Evening Post"].replace(
        "Carla Ruiz, 22, and her sister Ana died", "Ana Ruiz, 18, died"
    )
    assert _conflicts(bodies) == [{"19", "18"}]


def test_its_battery_is_the_models_it_stands_for():
    """ "The smaller model ..., and its battery lasts 10 hours": the smaller model's battery, no rival to the
    larger model's; the same model's two battery lengths still conflict."""
    bodies = {
        "Coast Herald": "Lumo unveiled two laptops on Tuesday. The smaller model is light, and its battery lasts "
        "10 hours.",
        "Evening Post": "Lumo unveiled two laptops on Tuesday. The larger model is heavy, and its battery lasts "
        "14 hours.",
    }
    assert not _conflicts(bodies)
    bodies["Evening Post"] = bodies["Coast Herald"].replace("10 hours", "14 hours")
    assert _conflicts(bodies) == [{"10 hours", "14 hours"}]
