"""One act placed in two named places of one kind by two outlets is a ``place`` conflict (briefing.act_places);
a town and its county, a place and a region, two places one article names together, and a title's capitals stay
quiet. Invented stories."""

from __future__ import annotations

from briefed import brief_outlets

_HARWICK = (
    "A builder who stole £90,000 from his clients was jailed for four years at Harwick Crown Court on Monday."
)


def _places(bodies: dict[str, str]) -> list[str]:
    b = brief_outlets(bodies, "Builder jailed for fraud")
    # places.setting_conflicts' own ("X sets it in Selby County") are the story's setting, not an act's place
    return [k.topic for k in b.conflicts if k.kind == "place" and "sets it" not in (k.statement or "")]


def test_one_sentence_in_two_courts():
    other = "A roofer who cheated 20 customers was jailed for four years at Lambury Crown Court on Monday."
    assert _places({"Court Wire": _HARWICK, "Vale Times": other}) == [
        "place: Harwick Crown Court / Lambury Crown Court"
    ]


def test_the_same_court_stays_quiet():
    other = "A roofer who cheated 20 customers was jailed for four years at Harwick Crown Court on Monday."
    assert not _places({"Court Wire": _HARWICK, "Vale Times": other})


def test_two_kinds_of_place_stay_quiet():
    """A court and the town it sits in: two places of one act, not two versions of one."""
    other = "A roofer who cheated 20 customers was jailed for four years in Lambury on Monday."
    assert not _places({"Court Wire": _HARWICK, "Vale Times": other})


def test_two_courts_one_article_names_stay_quiet():
    """An article that names both courts tells a case moved: both places are the story's."""
    other = (
        "The case was moved from Harwick Crown Court to Lambury. A roofer who cheated 20 customers was jailed for"
        " four years at Lambury Crown Court on Monday."
    )
    assert not _places({"Court Wire": _HARWICK, "Vale Times": other})


def test_two_courts_of_one_town_stay_quiet():
    """A first hearing and a trial: one town's magistrates' and crown courts, two steps of one case."""
    bodies = {
        "Court Wire": "Owen Tull, 44, of Harwick, appeared at Harwick Magistrates' Court on Monday.",
        "Vale Times": "Owen Tull, 44, appeared at Harwick Crown Court on Monday, accused of fraud.",
    }
    assert not _places(bodies)


def test_a_title_stays_quiet():
    """A title's capitals name no kind of place ("on Selby Island" in a headline, "Corran island" below)."""
    bodies = {
        "Court Wire": "Storm Floods Homes on Selby Island\nA storm flooded 40 homes on Corran island on Monday.",
        "Vale Times": "A storm flooded 40 homes on the island of Corran on Monday, on Corran Island.",
    }
    assert not _places(bodies)


def test_two_named_people_arrested_in_two_counties_stay_quiet():
    """Two named suspects, each placed by one outlet: two acts, not one placed twice."""
    bodies = {
        "Court Wire": "Police said Owen Tull was arrested in Selby County on Monday.",
        "Vale Times": "Police said Rhys Marten was arrested in Marlow County on Monday.",
    }
    assert not _places(bodies)


def test_one_named_man_arrested_in_two_counties():
    bodies = {
        "Court Wire": "Police said Owen Tull was arrested in Selby County on Monday.",
        "Vale Times": "Police said Owen Tull was arrested in Marlow County on Monday.",
    }
    assert _places(bodies) == ["place: Selby County / Marlow County"]
