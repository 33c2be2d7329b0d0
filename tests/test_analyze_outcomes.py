"""The offence a person is charged with or convicted of is an ``other`` claim, and two outlets naming one offence
alike agree on it (PROTOCOL.md: the outcome or verdict)."""

from __future__ import annotations

from briefed import brief_outlets

from storyline.analyze.claims import find_claims
from storyline.analyze.nlp import parse
from storyline.model import Briefing


def _offences(text: str) -> list[tuple[str, str]]:
    (doc,) = parse([text])
    return [
        (text[c.start : c.end], c.value)
        for c in find_claims("a", doc, [])
        if c.kind == "other" and c.measure == "charge"
    ]


def test_offences_keep_what_makes_them_another_offence():
    assert _offences("Jon Ames faces four counts of first-degree murder and a count of attempted arson.") == [
        ("first-degree murder", "first degree murder"),
        ("attempted arson", "attempted arson"),
    ]
    assert _offences("The driver was charged with vehicular manslaughter on Sunday.") == [
        ("vehicular manslaughter", "vehicular manslaughter")
    ]
    assert _offences("Police said first-degree murder charges were filed against the woman.") == [
        ("first-degree murder", "first degree murder")
    ]
    assert _offences("A jury found him guilty of arson.") == [("arson", "arson")]


def test_no_offence_without_a_court_word_naming_one():
    assert _offences("A jury convicted the man in the death of his neighbour.") == []  # no offence named
    assert _offences("He accused the mayor of cowardice.") == []
    assert _offences("She faces two charges.") == []


def test_a_tally_is_no_count_of_an_offence():
    assert _offences("The casualty count climbed to 40 on Tuesday.") == []
    assert _offences("Officials finished the count of the votes before dawn.") == []
    assert _offences("The body count rose overnight.") == []
    assert _offences("He faces two murder counts.") == [("murder", "murder")]


def test_two_outlets_naming_one_offence_agree_on_it():
    bodies = {
        "Coast Herald": "A Ridgeford man was charged with second-degree murder on Monday after the stabbing.",
        "Evening Post": "Prosecutors said the 30-year-old faces one count of second-degree murder.",
    }
    b = brief_outlets(bodies, "stabbing")
    agreed = [sorted(bodies[v.article_id][v.start : v.end] for v in cl.values) for cl in b.agreements]
    assert ["second-degree murder", "second-degree murder"] in agreed
    assert not b.conflicts


def _briefing(bodies: dict[str, str]) -> Briefing:
    return brief_outlets(bodies, "death")


def test_what_one_person_died_of_is_read_and_compared():
    assert _offences("Jon Ames died of congestive heart failure on Thursday.") == []
    (doc,) = parse(["The retired judge died Thursday from Alzheimer's disease at his home."])
    causes = [(c.value, c.subject) for c in find_claims("a", doc, []) if c.measure == "cause of death"]
    assert causes == [("alzheimer disease", None)]  # no subject: outlets name the dead differently
    b = _briefing(
        {
            "Coast Herald": "Retired judge Jon Ames died of congestive heart failure on Thursday, his family said.",
            "Evening Post": "Jon Ames, the retired judge, died of heart failure on Thursday, his family said.",
            "Valley News": "Retired judge Jon Ames died of pneumonia on Thursday, his family said.",
        }
    )
    (k,) = [k for k in b.conflicts if "cause of death" in k.topic]
    assert "Valley News says pneumonia" in k.statement


def test_a_vague_cause_contradicts_no_named_one():
    b = _briefing(
        {
            "Coast Herald": "Retired judge Jon Ames died of natural causes on Thursday, his family said.",
            "Evening Post": "Retired judge Jon Ames died of a heart attack on Thursday, his family said.",
        }
    )
    assert not [k for k in b.conflicts if "cause of death" in k.topic]


def test_a_price_or_a_tally_is_no_offence():
    """ "a delivery charge of five dollars", "pay a booking charge", "the head count of the crowd": a charge or
    count in its other sense; a court's charges and counts still name offences."""
    assert _offences("Shoppers pay a booking charge of four euros at the gate.") == []
    assert _offences("A head count of the marchers gave 900.") == []
    assert [v for _s, v in _offences("She faces two forgery counts and one count of theft.")] == [
        "forgery",
        "theft",
    ]


def _death_places(text: str) -> list[tuple[str, str, str | None]]:
    (doc,) = parse([text])
    return [
        (text[c.start : c.end], c.value, c.subject)
        for c in find_claims("a", doc, [])
        if c.measure == "place of death"
    ]


def test_where_one_died_is_read_with_whom():
    assert _death_places("Mara Quint died at the scene, police said.") == [
        ("at the scene", "scene", "Mara Quint")
    ]
    assert _death_places("The injured driver died on the way to the hospital.") == [
        ("on the way to the hospital", "en route", "driver")
    ]
    assert _death_places("He was pronounced dead at Lakeview Hospital.") == [
        ("at Lakeview Hospital", "hospital", "he")
    ]
    assert _death_places("Jon Ames died on Friday at a hospice outside Ridgeford.")[0][1] == "hospice"
    assert _death_places("Paramedics took Mara Quint to Lakeview Hospital, where she died.") == [
        ("Lakeview Hospital", "hospital", "she")
    ]


def test_no_place_of_death_without_one_told():
    assert _death_places("He did not die at the scene.") == []  # denied
    assert _death_places("Jon Ames died in a way nobody had expected.") == []  # no place
    assert _death_places("Jon Ames died in Ridgeford on Friday.") == []  # a named town: a place claim
    assert _death_places("Firefighters arrived at the scene at noon.") == []  # nobody died there


def test_two_places_of_one_death_conflict():
    b = _briefing(
        {
            "Coast Herald": "Retired judge Jon Ames died at his home on Thursday, his family said.",
            "Evening Post": "Retired judge Jon Ames died at his home in Ridgeford on Thursday, his family said.",
            "Valley News": "Retired judge Jon Ames died on Thursday at a hospice near Ridgeford, his family said.",
        }
    )
    (k,) = [k for k in b.conflicts if "place of death" in k.topic]
    assert "Valley News" in k.statement


def test_two_people_dying_at_two_places_is_no_conflict():
    b = _briefing(
        {
            "Coast Herald": "Mara Quint died at the scene of the crash on Route 9, police said.",
            "Evening Post": "Tom Reyes died in hospital after the crash on Route 9, police said.",
        }
    )
    assert not [k for k in b.conflicts if "place of death" in k.topic]


def test_the_scene_may_be_a_home_not_a_hospital():
    home = _briefing(
        {
            "Coast Herald": "Jon Ames was shot in his kitchen and died at the scene, police said on Friday.",
            "Evening Post": "Jon Ames was shot on Thursday and died at his home, police said on Friday.",
        }
    )
    assert not [k for k in home.conflicts if "place of death" in k.topic]
    hospital = _briefing(
        {
            "Coast Herald": "Jon Ames was shot in his kitchen and died at the scene, police said on Friday.",
            "Evening Post": "Jon Ames was shot on Thursday and died in hospital, police said on Friday.",
        }
    )
    assert [k for k in hospital.conflicts if "place of death" in k.topic]
