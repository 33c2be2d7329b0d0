"""A lone month before the story's sets another event's figures aside (analyze.claim_setting.mark_earlier):
"In June, a drone hit a depot, injuring two guards" in an August report is an earlier event's toll, not this
one's. Invented text."""

from __future__ import annotations

from datetime import UTC, date, datetime

from briefed import brief_outlets

from storyline.analyze.claims import find_claims
from storyline.analyze.date_mentions import find_dates
from storyline.analyze.nlp import parse

_DAY = date(2026, 8, 12)  # a Wednesday


def _earlier(text: str, anchor: date = _DAY) -> dict[str, bool]:
    """Each figure's text -> whether it is set in an earlier time, read as an article of ``anchor``."""
    (doc,) = parse([text])
    claims = find_claims("a", doc, find_dates("a", text, anchor), anchor)
    return {text[c.start : c.end]: c.earlier for c in claims if c.kind != "date"}


def test_a_lone_earlier_month_sets_its_clauses_figures_aside():
    assert _earlier("In June, a landslide hit the village of Dornby, injuring 14 walkers.")["14"]
    assert _earlier("Storm Pellow in February cut power to 9,000 homes.")["9,000"]
    assert _earlier("Last March a flood left 3,000 homes without water.")["3,000"]
    found = _earlier(
        "It was the worst crash on the line since May, when a derailment killed six and hurt 30."
    )
    assert found["six"] and found["30"]


def test_a_month_ahead_a_bound_or_a_tally_up_to_now_sets_nothing_aside():
    """An act to come ("will vote in September", its month read as the last one), the end of a stretch ("until
    last May"), a tally since a month, and the story's own step (a pronoun or a known thing as subject)."""
    assert not _earlier("The 900 members will vote on the merger in September.")["900"]
    assert not _earlier("Ms Hale, who ran the council for six years until last May, spoke.")["six years"]
    assert not _earlier("Nurses have held three strikes since April.")["three"]
    assert not _earlier("He was charged in July with two counts of theft.")["two"]


def test_the_story_s_own_month_and_a_conjoined_later_act_stay():
    """A month the story's days fall in, and a verb joined to the dated one ("was hurt in May and missed ten
    games": the games run on to the story's day), keep their figures this story's."""
    assert not _earlier("In August, a landslide hit the village, injuring 14 walkers.")["14"]
    assert not _earlier("The striker was hurt in May and missed ten games.")["ten"]


def test_a_length_that_ended_with_its_act_stays():
    """ "stepped down in March after six years": the post's length, a fact of the story's people."""
    assert not _earlier("The mayor, who stepped down in March after six years in office, backed her.")[
        "six years"
    ]


def test_another_months_toll_contradicts_no_one_but_the_story_s_still_does():
    when = datetime(2026, 8, 12, 9, tzinfo=UTC)
    lead = "A landslide hit the village of Dornby on Tuesday, injuring 40 walkers, rescuers said."
    bodies = {
        "Hill Herald": lead,
        "Vale Post": "A landslide hit Dornby on Tuesday. In June, a landslide hit the nearby village of Carrick, "
        "injuring 12 walkers.",
    }
    assert not brief_outlets(bodies, "Dornby landslide", when).conflicts
    bodies["Vale Post"] = (
        "A landslide hit the village of Dornby on Tuesday, injuring 12 walkers, rescuers said."
    )
    assert brief_outlets(bodies, "Dornby landslide", when).conflicts


def test_a_named_person_s_step_in_an_earlier_month_stays_the_story_s():
    assert not _earlier("Coach Ria Holm signed a three-year contract with the club in January.")["three-year"]
