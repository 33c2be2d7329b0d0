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


def test_outlets_lead_lengths_told_with_different_words_conflict():
    """Each outlet's one length in its lead, told with another verb or noun: "a six-week deal" / "will join for
    four weeks", "an 18-month investigation" / "a year-long probe"."""
    assert _kinds(
        _brief(
            "The Harbour City club signed the striker Tom Vale on a six-week deal on Monday.",
            "The striker Tom Vale will join the Harbour City club for four weeks, the club said on Monday.",
        )
    ) == ["duration"]
    assert _kinds(
        _brief(
            "Police in Brantford have begun an 18-month investigation into the missing pension funds.",
            "Brantford police opened a year-long probe into the missing pension funds on Tuesday.",
        )
    ) == ["duration"]
    # the same length told both ways agrees
    assert not _brief(
        "The Harbour City club signed the striker Tom Vale on a six-week deal on Monday.",
        "The striker Tom Vale will join the Harbour City club for six weeks, the club said on Monday.",
    ).conflicts


def test_a_lead_length_of_something_beside_the_act_is_no_rival():
    """A length in a relative clause or of a step before the act, or a plan's span against its work's, is the
    length of another thing."""
    signed = "The Harbour City club signed the striker Tom Vale on a two-year deal on Monday."
    for other in (
        "The striker Tom Vale, who spent three years at his old club, joined Harbour City on Monday.",
        "The striker Tom Vale joined Harbour City on Monday after a three-year spell abroad.",
    ):
        assert not _brief(signed, other).conflicts
    assert not _brief(
        "The council approved a 10-year plan to rebuild the Brantford harbour walls.",
        "Work on the Brantford harbour walls will take three years, the council said.",
    ).conflicts


def _times(text: str) -> dict[str, tuple[str, str | None]]:
    """Each clock time claim's phrase -> (value, qualifier)."""
    (doc,) = parse([text])
    return {
        text[c.start : c.end]: (c.value, c.qualifier) for c in find_claims("a", doc, []) if c.kind == "time"
    }


def test_a_part_of_the_day_after_a_clock_figure_makes_it_a_time_of_day():
    assert _times("The ferry sank at 10.15 on Tuesday morning.") == {"10.15": ("10:15", None)}
    assert _times("The ferry sank at 10.15 on Sunday night.") == {"10.15": ("22:15", None)}
    assert _times("The ferry sank at about ten in the evening.") == {"about ten": ("22:00", "about")}
    # a figure with no part of the day is no clock, nor an age
    (doc,) = parse(["The ferry sank at 10.15, the coastguard said."])
    assert not [c for c in find_claims("a", doc, []) if c.kind in ("time", "attribute")]
    sank = "The ferry sank at {}, the coastguard said."
    assert not _brief(sank.format("7.40 on Sunday evening"), sank.format("19:40 on Sunday")).conflicts
    assert _kinds(_brief(sank.format("7.40 on Sunday evening"), sank.format("21:40 on Sunday"))) == ["time"]


def test_a_weekday_of_last_or_next_week_is_that_calendar_weeks():
    assert resolve_day("tuesday", THURSDAY, ahead=False, week=-1) == "2026-02-24"
    assert resolve_day("friday", THURSDAY, ahead=True, week=1) == "2026-03-13"
    assert _dates("The mill burned down on Tuesday last week.")["Tuesday last week"] == ("burn", "2026-02-24")
    assert [d.date for d in find_dates("a", "It burned on Tuesday last week.", THURSDAY)] == ["2026-02-24"]
    burned = "The old mill burned down {}, firefighters said."
    assert not _brief(burned.format("on Tuesday last week"), burned.format("on Feb. 24")).conflicts
    assert _kinds(_brief(burned.format("on Tuesday last week"), burned.format("on Feb. 25"))) == ["date"]


def test_a_length_reaching_back_is_a_gap_no_rival_to_a_length():
    """ "a tax that reached back two years" says how far back a moment lies, not how long anything lasted."""
    refund = "The court gave the government {} to refund the retroactive tax."
    assert not _brief(
        refund.format("a year and a half"),
        "The court scrapped a retroactive tax that reached back two years.",
    ).conflicts
    assert _kinds(_brief(refund.format("a year and a half"), refund.format("two years"))) == ["duration"]


def test_a_reports_own_day_is_no_day_of_the_event():
    """A date on a verb whose argument, or the noun it describes, is a report noun (morphology of the reporting
    verbs: "statement", "announcement", "report") is the report's."""
    assert not _dates("In a statement issued on Tuesday, the agency confirmed the closure.")
    assert not _dates("The report, released on Tuesday, found the river was polluted.")
    assert not _dates("The agency released an announcement on Tuesday.")
    # the state as a subject is a government, no report
    assert _dates("The state seized the ferry on Tuesday.")["Tuesday"] == ("seize", "2026-03-03")
    arrested = "Police arrested a local man on Monday."
    assert not _brief(
        "In a statement issued on Tuesday, police confirmed the arrest of a local man.", arrested
    ).conflicts
