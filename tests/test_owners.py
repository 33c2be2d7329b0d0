"""Whose an age is (analyze.owners) and two people's ages of one surname kept apart (briefing.owners). Invented
stories only."""

from __future__ import annotations

import pytest
from briefed import brief_outlets

from storyline.analyze import analyze
from storyline.briefing.owners import two_people
from storyline.model import Article, ClaimSlot


def _owners(text: str) -> dict[str, str]:
    (an,) = analyze([Article("a", "a", text)])
    return {text[c.start : c.end]: c.owner for c in an.claims if c.kind not in ("date", "time")}


def _age(value: str, owner: str) -> ClaimSlot:
    return ClaimSlot("a", 0, 2, "attribute", "age", value, subject=owner.split()[-1], owner=owner)


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        ("Police named the victim as Ellen Marsh, 29, on Sunday.", "29", "Ellen Marsh"),
        ("Daniel Marsh was charged on Sunday. Marsh, 34, will appear in court.", "34", "Daniel Marsh"),
        ("Two sisters, Ana Ruiz, 19, and Carla Ruiz, 22, died in the crash.", "19", "Ana Ruiz"),
        ("Two sisters, Ana Ruiz, 19, and Carla Ruiz, 22, died in the crash.", "22", "Carla Ruiz"),
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


_CHARGED = "Police charged Martin Sorrell, 44, with the robbery on Monday."


@pytest.mark.parametrize(
    "third",
    [
        "Martin Sorrell was 17 when he was first jailed for robbery.",
        "Martin Sorrell, who was first jailed at the age of 19, was charged on Monday.",
        "Martin Sorrell was charged on Monday with robbing a 90-year-old.",
    ],
)
def test_an_age_at_another_moment_or_of_someone_introduced_is_no_rival(third: str):
    """An age then ("was 17 when", "at the age of 19") or a new person's ("robbing a 90-year-old") against the
    age two outlets give the named person now."""
    bodies = {
        "Coast Herald": _CHARGED,
        "Evening Post": _CHARGED.replace("Monday", "Monday night"),
        "Radio": third,
    }
    assert not _conflicts(bodies)


def test_an_age_at_death_still_conflicts():
    bodies = {
        "Coast Herald": "The actress Vera Lisk, 93, died at her home on Thursday.",
        "Evening Post": "Vera Lisk died at her home in Leeds on Thursday at the age of 95.",
    }
    assert _conflicts(bodies) == [{"93", "the age of 95"}]


def test_one_known_first_name_and_another_capitalised_one_are_two_people():
    """ "Zelphine Ardo-Lane" and "Marcus Lane": a rare first name has no gender in the table, but beside a known
    one it is still a second person; a title or a job word before the surname is no first name."""
    from storyline.briefing.owners import one_surname_two_people

    assert one_surname_two_people(["Zelphine", "Ardo", "Lane"], ["Marcus", "Lane"])
    assert not one_surname_two_people(["Dr", "Lane"], ["Marcus", "Lane"])
    assert not one_surname_two_people(["writer", "Marcus", "Lane"], ["Zelphine", "Lane"])
