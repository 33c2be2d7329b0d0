"""Lengths and days as outlets write one event's in other shapes: a range of lengths ("two to three weeks"), a
weekday counted back from the article's own ("last Thursday"). Invented text only."""

from __future__ import annotations

from test_claim_days import THURSDAY, _brief, _dates, _kinds

from storyline.analyze.claims import find_claims
from storyline.analyze.date_mentions import find_dates
from storyline.analyze.date_parts import resolve_day
from storyline.analyze.nlp import parse


def _lengths(text: str) -> list[tuple[str, str, str | None]]:
    """Each duration claim's (phrase, days, qualifier)."""
    (doc,) = parse([text])
    return [
        (text[c.start : c.end], c.value, c.qualifier)
        for c in find_claims("a", doc, [])
        if c.kind == "duration"
    ]


def test_a_range_of_lengths_is_up_to_its_top_not_the_product_of_its_ends():
    for phrase in ("two to three weeks", "2-3 weeks", "two or three weeks", "between two and three weeks"):
        assert _lengths(f"Repairs to the pier will take {phrase}, engineers said.") == [
            (phrase, "21", "up to")
        ]
    # a sum of units and a fraction are no range
    assert _lengths("The talks lasted 2 hours and 30 minutes.")[0][1:] == ("0.1042", None)
    assert _lengths("He was jailed for four and a half years.")[0][1:] == ("1644", None)
    # a fraction split by spaces ("4 1/2" pasted as "41 / 2") is no product of its figures
    assert not _lengths("She served 41 / 2 months in prison.")


def test_a_range_of_lengths_agrees_with_a_figure_inside_it_and_conflicts_with_one_above():
    take = "Repairs to the pier will take {}, the council said."
    assert not _brief(take.format("two to three weeks"), take.format("about three weeks")).conflicts
    assert _kinds(_brief(take.format("two to three weeks"), take.format("five weeks"))) == ["duration"]


def test_a_clock_time_said_in_words_is_no_age():
    (doc,) = parse(["The blast happened at half past nine, police said."])
    assert not [c for c in find_claims("a", doc, []) if c.measure == "age"]


def test_last_or_next_weekday_is_never_the_articles_own_day():
    assert resolve_day("thursday", THURSDAY, ahead=False, strict=True) == "2026-02-26"
    assert resolve_day("tuesday", THURSDAY, ahead=False, strict=True) == "2026-03-03"
    assert resolve_day("thursday", THURSDAY, ahead=True, strict=True) == "2026-03-12"
    assert _dates("The mill burned down last Thursday.")["last Thursday"] == ("burn", "2026-02-26")
    assert [d.date for d in find_dates("a", "It rained last Thursday.", THURSDAY)] == ["2026-02-26"]
    burned = "The old mill burned down {}, firefighters said."
    assert not _brief(burned.format("last Thursday"), burned.format("on Feb. 26")).conflicts
    assert _kinds(_brief(burned.format("last Thursday"), burned.format("on Feb. 25"))) == ["date"]
