"""Dates, clock times and lengths as outlets write one event's: a weekday or a day without its year resolved
against the article's date, a deadline or a day still to come kept apart from the day an act happened, clock
times said in words or in a seasonless zone, lengths of one unit written with no figure. Invented text only."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from storyline.analyze import analyze, resolve_entities
from storyline.analyze.claims import find_claims
from storyline.analyze.date_mentions import find_dates
from storyline.analyze.date_parts import PLANNED, resolve_day
from storyline.analyze.nlp import parse
from storyline.briefing import build_briefing
from storyline.model import Article, Briefing, Story

THURSDAY = date(2026, 3, 5)


def _dates(text: str, anchor: date | None = THURSDAY) -> dict[str, tuple[str, str]]:
    """Each date claim's phrase -> (measure, value), the article dated ``anchor``."""
    (doc,) = parse([text])
    claims = find_claims("a", doc, find_dates("a", text, anchor), anchor)
    return {text[c.start : c.end]: (c.measure, c.value) for c in claims if c.kind == "date"}


def _brief(a: str, b: str, hours: float = 0.5) -> Briefing:
    """Two outlets' one-sentence reports, the second published ``hours`` after the first (a Thursday)."""
    t0 = datetime(2026, 3, 5, 9, tzinfo=UTC)
    arts = {
        n: Article(n, n, body, outlet=n, published=t0 + timedelta(hours=hours * i))
        for i, (n, body) in enumerate((("Coast Herald", a), ("Evening Post", b)))
    }
    entities, found = resolve_entities(list(arts.values()), analyze(list(arts.values())))
    story = Story("s", "story", tuple(arts))
    return build_briefing(story, [story], arts, {x.article_id: x for x in found}, entities, {})


def _kinds(b: Briefing) -> list[str]:
    return sorted(k.kind for k in b.conflicts)


def test_a_weekday_or_a_day_without_its_year_resolves_against_the_articles_date():
    assert resolve_day("tuesday", THURSDAY, ahead=False) == "2026-03-03"
    assert resolve_day("thursday", THURSDAY, ahead=False) == "2026-03-05"  # the article's own day
    assert resolve_day("tuesday", THURSDAY, ahead=True) == "2026-03-10"
    assert resolve_day("march 3", THURSDAY, ahead=False) == "2026-03-03"
    assert resolve_day("december 30", date(2026, 1, 4), ahead=False) == "2025-12-30"  # last year's
    # of the years around the article's, only one has the day
    assert resolve_day("february 29", date(2027, 3, 1), ahead=False) == "2028-02-29"
    assert resolve_day("2026-03", THURSDAY, ahead=False) == "2026-03"


def test_the_tense_of_the_dated_verb_tells_a_day_gone_from_one_to_come():
    assert _dates("The council met on Tuesday.")["Tuesday"] == ("meet", "2026-03-03")
    assert _dates("The mayor will meet residents on Tuesday.")["Tuesday"] == ("meet" + PLANNED, "2026-03-10")
    # the verb above "to" tells the tense: a plan ("is due to") or a past act ("began to")
    assert _dates("The bridge is due to reopen on Monday.")["Monday"] == ("reopen" + PLANNED, "2026-03-09")
    assert _dates("The pumps began to fail on Monday.")["Monday"] == ("fail", "2026-03-02")
    # no article date: the weekday stays a weekday
    assert _dates("The pumps began to fail on Monday.", None)["Monday"] == ("fail", "monday")


def test_a_deadline_a_planned_day_and_a_dateline_are_no_day_an_act_happened():
    assert _dates("The factory must close by March 20.")["March 20"] == ("close by", "2026-03-20")
    assert _dates("The factory closed on March 2.")["March 2"] == ("close", "2026-03-02")
    # a day after the article's is to come, whatever the verb's tense
    assert _dates("He was remanded to appear in court on March 30.")["March 30"][0].endswith(PLANNED)
    assert not _dates("LAKEPORT, March 4 (Wire) - A fire destroyed the old mill, officials said.")


def test_a_dateline_whose_tagged_date_runs_into_the_agency_bracket_is_no_claim():
    """The tagger can take the agency's bracket into the date ("Nov 3 (TMW"): still the day the report was filed,
    and the act's own weekday after it is the claim."""
    found = _dates(
        "BRISLING, Nov 3 (TMW) - Harland Motors unveiled its new van on Tuesday, pricing it from $29,990."
    )
    assert list(found) == ["Tuesday"]


def test_one_events_day_told_as_a_weekday_and_as_a_date_agrees_or_conflicts():
    closed = "The plant closed its gates on {}, the company said."
    assert not _brief(closed.format("Tuesday"), closed.format("March 3")).conflicts
    assert _kinds(_brief(closed.format("Tuesday"), closed.format("March 2"))) == ["date"]
    assert _kinds(_brief(closed.format("late Tuesday"), closed.format("early Wednesday"))) == ["date"]


def test_a_deadline_or_a_planned_step_never_conflicts_with_the_day_an_act_happened():
    assert not _brief("The plant closed on Monday.", "The plant must close by March 20.").conflicts
    assert not _brief(
        "The suspect appeared in court on Tuesday.", "The suspect will appear in court on March 30."
    ).conflicts
    # two planned steps weeks apart (a first hearing, the trial) are two steps
    assert not _brief(
        "The suspect is due to appear in court on Monday.", "The suspect will appear in court on April 6."
    ).conflicts


def test_clock_times_in_a_seasonless_zone_or_in_words_compare():
    landed = "The jet landed at {}."
    assert not _brief(landed.format("3:15 p.m. ET"), landed.format("20:15 GMT")).conflicts
    assert _kinds(_brief(landed.format("3:15 p.m. ET"), landed.format("21:15 GMT"))) == ["time"]
    opened = "Doors opened at {}, organisers said."
    assert not _brief(opened.format("6 o'clock in the evening"), opened.format("6pm")).conflicts
    assert _kinds(_brief(opened.format("6 o'clock in the evening"), opened.format("8pm"))) == ["time"]


def test_each_outlets_one_clock_time_hours_apart_conflicts_but_two_moments_do_not():
    assert _kinds(
        _brief("The blast happened shortly after 9 a.m., police said.", "The blast happened around 11am.")
    ) == ["time"]
    assert not _brief(
        "The first tremor struck at 4:10am, and a second at 6:50am.",
        "A tremor struck at 6:50am, hours after the first one.",
    ).conflicts


def test_a_length_of_one_unit_with_no_figure_is_read():
    def length(text: str) -> list[tuple[str, str]]:
        (doc,) = parse([text])
        return [(text[c.start : c.end], c.value) for c in find_claims("a", doc, []) if c.kind == "duration"]

    assert length("The ruling ends a decade-long dispute over grazing rights.") == [("decade-long", "3652")]
    assert length("The singer spent a fortnight in hospital.") == [("a fortnight", "14")]
    assert not length("The long-running feud ended.")


def test_a_length_as_a_nouns_modifier_compares_with_the_verb_made_of_it():
    assert not _brief(
        "The treasurer was jailed for 10 years for the fraud.", "The treasurer got a decade-long sentence."
    ).conflicts
    assert _kinds(
        _brief(
            "The pilot was suspended for three months after the incident.",
            "The pilot was given a six-month suspension after the incident.",
        )
    ) == ["duration"]


def test_a_named_day_and_a_clock_times_day_are_dates():
    found = _dates("Thieves robbed the van on Christmas Eve, police said.", date(2026, 6, 19))
    assert found["Christmas Eve"] == ("rob", "2025-12-24")  # the nearest one before the article's date
    assert _dates("The ferry sank at about 1.40am on Tuesday.")["Tuesday"] == ("sink", "2026-03-03")


def test_outlets_lead_days_of_different_verbs_agree_or_conflict():
    """Outlets date the story's event with different verbs in their leads: equal days agree, days one apart
    conflict; an outlet that also gives the other's day leads with another moment (a reaction the next day)."""
    passed = "The assembly passed the pension reform late on Wednesday after a long debate."
    assert _kinds(_brief(passed, "Lawmakers approved the pension overhaul on Thursday.")) == ["date"]
    assert not _brief(passed, "Lawmakers approved the pension overhaul on Wednesday.").conflicts
    assert not _brief(
        "Warplanes bombed the camp on Wednesday, aid workers said.",
        "The agency on Thursday condemned the bombing. The raid happened on Wednesday, aid workers said.",
    ).conflicts


def test_an_age_used_as_a_noun_is_no_length():
    (doc,) = parse(["The 32-year-old got a two-year sentence after a short trial."])
    found = [(c.measure, c.value) for c in find_claims("a", doc, []) if c.kind == "duration"]
    assert found == [("length of sentence", "730.5")]


def test_a_length_of_a_named_thing_compares_with_the_length_its_verb_names():
    jailed = "The driver who helped the gang was jailed for 18 months."
    assert _kinds(_brief(jailed, "The driver got a two-year sentence after the trial ended.")) == ["duration"]
    assert not _brief(jailed, "The driver got an 18-month sentence after the trial ended.").conflicts


def test_a_reports_day_is_no_day_of_the_event_it_reports():
    """ "A report published on Tuesday found the plant closed on Monday": the report's day is the news's; the
    plant's day is compared with another outlet's, the report's never."""
    assert "Tuesday" not in _dates("A report published on Tuesday found the plant closed on Monday.")
    shut = "The plant shut its doors on Monday, according to a report."
    assert not _brief("A report published on Tuesday found the plant closed on Monday.", shut).conflicts
    assert _kinds(_brief("A report published on Tuesday found the plant closed on Sunday.", shut)) == ["date"]
