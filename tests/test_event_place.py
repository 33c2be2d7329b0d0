"""Where a lead sets the story's act (analyze.event_place) and the ``place`` conflict of two outlets' settings
that neither holds (briefing.places.setting_conflicts): invented stories, several phrasings."""

from __future__ import annotations

import pytest
from briefed import brief_outlets

from storyline.analyze.event_place import find_event_places
from storyline.analyze.nlp import parse
from storyline.model import Briefing


def _settings(text: str) -> list[tuple[str, str]]:
    (doc,) = parse([text])
    return [(text[c.start : c.end], c.value) for c in find_event_places("a", doc)]


def _setting_conflicts(b: Briefing) -> list[str]:
    return [k.statement for k in b.conflicts if k.kind == "place" and "sets it" in k.statement]


def test_the_leads_main_verb_sets_the_act():
    assert _settings("A gunman killed two people in Dallton on Tuesday, police said.") == [
        ("in Dallton", "dallton")
    ]
    assert _settings("Fire crews battled a blaze in Marlow County overnight.") == [
        ("in Marlow County", "marlow county")
    ]
    assert _settings("With the final looming in Dallton, the coach was arrested.") == []  # no act's tense
    for headline in ("Storm kills three in Dallton", "Two killed in Dallton shooting"):  # a headline's verb
        assert _settings(headline + "\nA storm hit the coast on Monday.") == [("in Dallton", "dallton")]


def test_a_participle_of_the_leads_noun_sets_it_with_the_place_it_lies_in():
    text = "Homes were shaken on Friday by a strong quake located near Pinecrest in Marlow County, officials said."
    assert _settings(text) == [("near Pinecrest in Marlow County", "pinecrest")]


def test_a_place_of_a_state_a_relative_clause_or_past_the_lead_is_no_setting():
    assert _settings("Jon Ames, who lives in Dallton, was arrested on Monday.") == []
    assert _settings("The suspect was born in Dallton and grew up in Pinecrest.") == []
    late = "A man was arrested on Monday.\nHe was charged on Tuesday.\nHe was jailed in Dallton."
    assert _settings(late) == []


def test_two_outlets_setting_the_act_in_two_towns_conflict():
    b = brief_outlets(
        {
            "a": "A magnitude 4.1 quake struck near Pinecrest early on Monday, the survey said.",
            "b": "An earthquake centred in Dallton shook the valley early on Monday.",
        },
        "quake",
    )
    (k,) = _setting_conflicts(b)
    assert "near Pinecrest" in k and "in Dallton" in k


def test_a_town_its_county_and_its_country_agree():
    both = "The tremor was centred near Pinecrest, Marlow County, on Monday."
    b = brief_outlets(
        {
            "a": "A magnitude 4.1 quake struck in Marlow County early on Monday.",
            "b": "An earthquake was recorded near Pinecrest early on Monday. " + both,
        },
        "quake",
    )
    assert _setting_conflicts(b) == []
    b = brief_outlets(
        {
            "a": "A gunman killed two people in Germany on Saturday.",
            "b": "A gunman killed two people in Dallton on Saturday.",
        },
        "shooting",
    )
    assert _setting_conflicts(b) == []


def test_one_setting_told_alike_or_in_more_words_is_no_conflict():
    b = brief_outlets(
        {
            "a": "Floods killed three people in Westshire on Sunday.",
            "b": "Heavy floods killed three villagers in Westshire province on Sunday.",
        },
        "floods",
    )
    assert _setting_conflicts(b) == []


def test_a_place_the_story_names_a_people_of_holds_a_town():
    bodies = {
        "a": "A ferry sank near Port Hollin on Monday, killing four people.",
        "b": "A ferry sank in Oskaria on Monday, killing four people. The Oskarian coastguard led the search.",
    }
    assert _setting_conflicts(brief_outlets(bodies, "ferry")) == []  # Oskaria: a country, as "Oskarian" says
    bodies["b"] = "A ferry sank near Dallton on Monday, killing four people. The coastguard led the search."
    assert len(_setting_conflicts(brief_outlets(bodies, "ferry"))) == 1


def test_a_place_on_a_noun_the_act_takes_sets_it_but_not_one_on_where_someone_was_taken():
    assert _settings("A gunman opened fire at a school in Dallton on Monday.") == [("in Dallton", "dallton")]
    assert _settings("A blast in Pinecrest killed two workers on Monday.") == [("in Pinecrest", "pinecrest")]
    assert _settings("The injured man was flown to a hospital in Dallton.") == []


def test_a_setting_ends_at_its_line():
    found = _settings("Storm kills three in Dallton\nMonday's storm hit the coast.")
    assert found == [("in Dallton", "dallton")]


def test_a_region_holds_a_town_but_two_towns_conflict():
    region = "A magnitude 4.1 quake struck in the Marlow Valley early on Monday."
    town = "A magnitude 4.1 quake struck near Dallton early on Monday."
    assert (
        _setting_conflicts(brief_outlets({"a": region, "b": town}, "quake")) == []
    )  # a LOC: its bounds unknown
    other = "A magnitude 4.1 quake struck near Pinecrest early on Monday."
    assert len(_setting_conflicts(brief_outlets({"a": other, "b": town}, "quake"))) == 1


def test_a_side_of_a_place_is_a_region_that_holds_a_town():
    side = "A magnitude 4.1 quake struck in eastern Ohio early on Monday."
    town = "A strong quake was recorded near Dallton early on Monday, the survey said."
    assert (
        _setting_conflicts(brief_outlets({"a": side, "b": town}, "quake")) == []
    )  # a state's side: a region
    state = "A magnitude 4.1 quake struck in Ohio early on Monday, shaking homes."
    assert (
        len(_setting_conflicts(brief_outlets({"a": state, "b": town}, "quake"))) == 1
    )  # no gazetteer: a gap


@pytest.mark.parametrize(
    ("lead", "setting"),
    [
        ("A huge fire tore through a furniture warehouse in Velby on Sunday night.", "in Velby"),
        ("Gunmen opened fire on a bus near Dallton on Monday, police said.", "near Dallton"),
        ("A fire broke out at a shop on a busy street in Pinecrest on Friday.", "in Pinecrest"),
        ("A bomb exploded inside a crowded cafe in Pinecrest on Friday.", "in Pinecrest"),
        ("Two climbers died in an avalanche on a peak near Dallton on Sunday.", "near Dallton"),
    ],
)
def test_a_place_on_a_noun_of_the_acts_scene_sets_it(lead, setting):
    """The scene's nouns and prepositions between the act and the place ("tore through a warehouse in X", "at a
    shop on a street in X") leave the place the act's setting."""
    assert _settings(lead) == [(setting, setting.split()[1].lower())]


@pytest.mark.parametrize(
    "lead",
    [
        "A man from a village in Dallton was killed on Monday.",
        "The injured were flown to a hospital in Dallton.",
        "Residents fled from their homes in Dallton after the blast.",
        "With the final looming in Dallton, the coach was arrested.",
    ],
)
def test_a_place_under_where_someone_comes_from_or_goes_is_no_setting(lead):
    assert _settings(lead) == []


def test_two_outlets_putting_one_fire_in_two_towns_conflict():
    bodies = {
        "a": "A fire destroyed a furniture warehouse in Drenn on Sunday night.",
        "b": "A huge fire tore through a furniture warehouse in Velby on Sunday night.",
    }
    (k,) = _setting_conflicts(brief_outlets(bodies, "fire"))
    assert "in Drenn" in k and "in Velby" in k
    bodies["b"] = "A huge fire tore through a furniture warehouse in Drenn on Sunday night."
    assert _setting_conflicts(brief_outlets(bodies, "fire")) == []


def test_a_lead_naming_both_towns_disputes_neither():
    both = "Police raided four homes in Dallton and two in Pinecrest on Tuesday, arresting six people."
    one = "Three homes were searched in Pinecrest on Tuesday as police made six arrests."
    assert _setting_conflicts(brief_outlets({"a": both, "b": one}, "raids")) == []


def test_a_forces_patch_holds_a_town_but_two_towns_conflict():
    one = "Three homes were searched in Pinecrest on Tuesday as police made six arrests."
    patch = "Police in Marlow seized heroin worth £90,000 in raids on Tuesday, arresting six people."
    assert _setting_conflicts(brief_outlets({"a": patch, "b": one}, "raids")) == []
    other = "Three homes were searched in Dallton on Tuesday as police made six arrests."
    assert len(_setting_conflicts(brief_outlets({"a": other, "b": one}, "raids"))) == 1


def test_an_aside_on_a_things_past_is_no_setting_when_the_act_has_its_own_scene():
    lead = "The statue, found in an attic in Dallton, was sold at an auction in Marlow on Monday."
    assert _settings(lead) == [("in Marlow", "marlow")]
    # no other scene in the sentence: a participle set off by commas still places the act
    assert _settings("A strong quake, centred near Pinecrest, shook the valley on Monday.") == [
        ("near Pinecrest", "pinecrest")
    ]


def test_a_things_past_place_is_no_rival_to_the_sales_town_but_another_sales_town_is():
    sold = "The bronze statue was sold at an auction in Marlow on Monday, the auction house said."
    aside = "The statue, found in an attic in Dallton, was sold at an auction house on Monday for £2 million."
    assert _setting_conflicts(brief_outlets({"a": sold, "b": aside}, "statue")) == []
    other = "The statue was sold in Pinecrest on Monday for £2 million."
    assert _setting_conflicts(brief_outlets({"a": sold, "b": other}, "statue"))
