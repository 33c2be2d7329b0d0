"""Aligned claims across outlets: qualifier rules, conflicts vs updates vs agreements, one statement per conflict,
and what a stored speaker description says."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from briefed import brief_outlets

from storyline.briefing import build_briefing
from storyline.briefing.claim_values import compatible
from storyline.briefing.speakers import speaker_gender, speaker_role
from storyline.model import Analysis, Article, Briefing, ClaimSlot, Sentence, Story
from storyline.store.codec import analysis_from_json, analysis_to_json


def _slot(value: str, qualifier: str | None = None, kind: str = "count") -> ClaimSlot:
    return ClaimSlot("a", 0, 1, kind, "dead", value, qualifier=qualifier)


def test_qualifier_rules():
    """PROTOCOL.md's rules: ranges that must overlap; "more than" and "less than" are strict."""
    assert compatible(_slot("9", "at least"), _slot("11"))
    assert not compatible(_slot("9"), _slot("11"))
    assert compatible(_slot("11", "more than"), _slot("12")) and not compatible(
        _slot("11", "more than"), _slot("11")
    )
    assert compatible(_slot("11", "more than"), _slot("11", "at least"))
    assert compatible(_slot("12", "at least"), _slot("14", "at least"))
    assert compatible(_slot("12", "up to"), _slot("11")) and not compatible(_slot("12", "up to"), _slot("13"))
    assert compatible(_slot("50", "nearly"), _slot("46")) and not compatible(
        _slot("50", "nearly"), _slot("40")
    )
    assert not compatible(_slot("10", "nearly"), _slot("11"))
    assert not compatible(_slot("11", "less than"), _slot("11"))
    assert compatible(_slot("11", "less than"), _slot("11", "up to"))
    assert compatible(_slot("9400", "more than"), _slot("10000", "nearly"))
    assert compatible(_slot("100", "about"), _slot("110")) and not compatible(
        _slot("100", "about"), _slot("111")
    )
    assert compatible(_slot("5", "about"), _slot("6")) and not compatible(_slot("5", "about"), _slot("7"))
    minute, seconds = _slot(str(1 / 1440), "about", kind="duration"), _slot(str(1 / 2880), kind="duration")
    assert not compatible(minute, seconds)  # "about a minute" vs "30 seconds": no slack of a whole day
    assert compatible(_slot("5-4"), _slot("5-4")) and not compatible(_slot("5-4"), _slot("6-3"))
    assert compatible(_slot("10:00", "about", kind="time"), _slot("10:15", "about", kind="time"))
    assert not compatible(_slot("10:00", "about", kind="time"), _slot("10:30", "about", kind="time"))
    about, after = _slot("02:30", "about", kind="time"), _slot("02:00", "more than", kind="time")
    assert not compatible(about, after)  # "about 2:30" vs "shortly after 2"
    assert compatible(_slot("02:10", "about", kind="time"), after)
    before = _slot("07:00", "nearly", kind="time")  # "shortly before 7am": the quarter hour before
    assert compatible(before, _slot("06:50", kind="time")) and not compatible(
        before, _slot("07:45", kind="time")
    )
    assert not compatible(before, _slot("06:30", kind="time"))
    assert compatible(_slot("2012", kind="date"), _slot("2012-05-01", kind="date"))
    assert compatible(_slot("tuesday", kind="date"), _slot("2012-05-01", kind="date"))
    # another weekday is another day, as two weekdays are ("Monday" unresolved where its article has no date)
    assert compatible(_slot("monday", kind="date"), _slot("2012-05-01", kind="date")) is False


def test_a_day_of_the_month_agrees_with_the_resolved_date_it_names():
    """ "May 1" (no year) and "2012-05-01" name one day: they agree; "May 2" cannot be told from another year's,
    so it never conflicts."""
    assert compatible(_slot("may 1", kind="date"), _slot("2012-05-01", kind="date"))
    assert compatible(_slot("2012-05-01", kind="date"), _slot("may 2", kind="date")) is None


def test_a_year_or_month_agrees_with_the_dates_inside_it_and_never_conflicts():
    """ "2015" holds "2015-10" and "2015-10-04"; two different years or months cannot be compared (two steps
    of one story, or two events), so they never make a conflict."""
    assert compatible(_slot("2015", kind="date"), _slot("2015-10-04", kind="date"))
    assert compatible(_slot("2015-10", kind="date"), _slot("2015", kind="date"))
    assert compatible(_slot("2015", kind="date"), _slot("2016", kind="date")) is None
    assert compatible(_slot("2015-10", kind="date"), _slot("2015-11-02", kind="date")) is None
    assert compatible(_slot("2015-10-03", kind="date"), _slot("2015-11-02", kind="date")) is False


def test_game_clocks_compare_only_within_one_part_of_the_game():
    """ "3:12 left in the second half" twice agrees and against "3:21" conflicts; against another half's clock
    or a time of the day it cannot be compared."""
    half = ClaimSlot("a", 0, 1, "time", "game clock", "03:12", unit="game clock, half 2")
    assert compatible(half, replace(half, article_id="b"))
    assert compatible(half, replace(half, value="03:21")) is False
    assert compatible(half, replace(half, unit="game clock, half 1")) is None
    assert compatible(half, replace(half, unit="", measure="score")) is None


def test_clock_times_compare_across_zones_only_when_both_are_named():
    """Both zones named: compared in UTC; a named zone against one stated as local: the same digits cannot both
    be right; a time without a zone against a named one: no telling."""

    def at(value: str, zone: str) -> ClaimSlot:
        return ClaimSlot("a", 0, 1, "time", "strike", value, unit=zone)

    assert compatible(at("07:37", "GMT"), at("03:37", "EDT"))
    assert not compatible(at("07:37", "GMT"), at("04:37", "EDT"))
    assert compatible(at("07:37", "GMT"), at("07:37", "local")) is False
    assert compatible(at("07:37", "GMT"), at("14:37", "local")) is None
    assert compatible(at("07:37", "GMT"), at("07:37", "")) is None
    assert compatible(at("07:37", "local"), at("07:37", ""))


def _story(bodies: dict[str, str], claims: dict[str, ClaimSlot], hours: float = 0.0):
    t0 = datetime(2026, 3, 1, 8, tzinfo=UTC)
    arts, analyses = {}, {}
    for n, (name, body) in enumerate(bodies.items()):
        arts[name] = Article(name, name, body, outlet=name, published=t0 + timedelta(hours=hours * n))
        analyses[name] = Analysis(
            name, sentences=(Sentence(name, 0, len(body), body),), claims=(claims[name],)
        )
    story = Story("s", "ferry", tuple(arts))
    return build_briefing(story, [story], arts, analyses, [], {})


def _ferry(value_b: str, qualifier_b: str | None, hours: float = 0.0):
    a = "Nine people were killed when the ferry sank off the coast."
    b = f"{'At least ' if qualifier_b else ''}{value_b} people were killed when the ferry sank off the coast."
    end_b = b.index(" people")
    claims = {
        "Coast Herald": ClaimSlot("Coast Herald", 0, 4, "count", "dead", "9"),
        "Evening Post": ClaimSlot("Evening Post", 0, end_b, "count", "dead", value_b, qualifier=qualifier_b),
    }
    return _story({"Coast Herald": a, "Evening Post": b}, claims, hours)


def test_the_day_of_a_death_is_no_toll_that_grows():
    """A toll verb's date ("died on 20 November") is a date, not a count: reports hours apart that date it
    differently are compared as dates (this raised on the date's text before)."""
    a = "The climber died on 20 November after the fall."
    b = "The climber died on 22 November after the fall."
    claims = {
        "Coast Herald": ClaimSlot("Coast Herald", 19, 30, "date", "dead", "2026-11-20"),
        "Evening Post": ClaimSlot("Evening Post", 19, 30, "date", "dead", "2026-11-22"),
    }
    (k,) = _story({"Coast Herald": a, "Evening Post": b}, claims, hours=5).conflicts
    assert k.kind == "date"


def test_conflict_has_kind_statement_and_value_spans():
    b = _ferry("11", None)
    (k,) = b.conflicts
    assert k.kind == "count" and k.statement == "Coast Herald says Nine dead; Evening Post says 11 dead"
    assert [v.article_id for cl in k.claims for v in cl.values] == ["Coast Herald", "Evening Post"]
    assert not b.agreements


def test_at_least_is_an_agreement_and_hours_apart_is_an_update():
    agreed = _ferry("9", "at least")
    assert not agreed.conflicts and len(agreed.agreements) == 1
    assert {c.article_id for c in agreed.agreements[0].citations} == {"Coast Herald", "Evening Post"}
    (k,) = _ferry("11", None, hours=3).conflicts
    assert k.kind == "update" and k.statement.endswith("says 11 dead (3 hours later)")


def _briefing(
    bodies: dict[str, str],
    values: dict[str, tuple[tuple[str, str], ...]],
    measure: str,
    implied: frozenset[str] = frozenset(),
):
    """Each outlet one sentence; its claims are the (phrase, value) pairs, in order, of one measure ("point");
    a phrase in ``implied`` is a count the words imply ("a guard was killed")."""
    t0 = datetime(2026, 3, 1, 8, tzinfo=UTC)
    arts = {n: Article(n, n, b, outlet=n, published=t0) for n, b in bodies.items()}
    analyses = {}
    for n, b in bodies.items():
        claims = []
        for phrase, value in values[n]:
            at = b.index(phrase)
            update = any(w in b[:at].lower() for w in ("originally", "first reports"))
            slot = ClaimSlot(n, at, at + len(phrase), "count", measure, value, update=update)
            claims.append(replace(slot, implied=phrase in implied))
        analyses[n] = Analysis(n, sentences=(Sentence(n, 0, len(b), b),), claims=tuple(claims))
    story = Story("s", "record", tuple(arts))
    return arts, build_briefing(story, [story], arts, analyses, [], {})


def test_figures_of_several_referents_agree_one_by_one():
    """One slot ("point") holding a player's points and an old record: outlets lead with different figures,
    which is no contradiction, and each figure two outlets state is an agreement."""
    arts, b = _briefing(
        {
            "Coast Herald": "Smith scored 20 points to break the record of 2,290 points set by Jones.",
            "Evening Post": "The old record of 2,290 points fell when Smith scored 20 points on Thursday.",
        },
        {
            "Coast Herald": (("20", "20"), ("2,290", "2290")),
            "Evening Post": (("2,290", "2290"), ("20", "20")),
        },
        "point",
    )
    assert not b.conflicts
    values = sorted(
        tuple(sorted(arts[v.article_id].body[v.start : v.end] for v in cl.values)) for cl in b.agreements
    )
    assert values == [("2,290", "2,290"), ("20", "20")]


def test_a_figure_set_in_an_earlier_year_contradicts_no_one():
    """This quake's magnitude vs last year's quake's: two events' figures, not a conflict."""
    bodies = {
        "Coast Herald": "A 6.1 magnitude quake struck the coast on Tuesday, officials said.",
        "Evening Post": "In May last year a 7.9 magnitude quake struck near the coast, officials said.",
    }
    values = {"Coast Herald": (("6.1", "6.1"),), "Evening Post": (("7.9", "7.9"),)}
    assert not _briefing(bodies, values, "magnitude")[1].conflicts
    bodies["Evening Post"] = "A 7.9 magnitude quake struck near the coast on Tuesday, officials said."
    assert _briefing(bodies, values, "magnitude")[1].conflicts


def test_a_figure_set_in_an_earlier_year_agrees_with_no_one():
    """Two outlets recalling last year's quake agree on background, not on a fact of this story."""
    body = "In May last year a 7.9 magnitude quake struck near the coast, officials said."
    bodies = {"Coast Herald": body, "Evening Post": body.replace("officials", "experts")}
    values = {name: (("7.9", "7.9"),) for name in bodies}
    assert not _briefing(bodies, values, "magnitude")[1].agreements
    bodies = {name: b.replace("In May last year a", "A") for name, b in bodies.items()}
    assert _briefing(bodies, values, "magnitude")[1].agreements


def test_a_year_that_is_the_date_claimed_is_not_set_aside_as_earlier():
    """ "In 2011" sets a toll in an earlier time, but a year that is itself the claimed date ("was ousted in
    2011") is that step's date: three outlets stating it agree."""
    body = "The mayor was ousted in 2011 after a feud, officials said."
    bodies = {name: body for name in ("Coast Herald", "Evening Post", "Valley News")}
    arts = {n: Article(n, n, b, outlet=n) for n, b in bodies.items()}
    at = body.index("2011")
    analyses = {
        n: Analysis(n, sentences=(Sentence(n, 0, len(b), b),),
                    claims=(ClaimSlot(n, at, at + 4, "date", "oust", "2011"),))
        for n, b in bodies.items()
    }  # fmt: skip
    story = Story("s", "mayor", tuple(arts))
    b = build_briefing(story, [story], arts, analyses, [], {})
    agreed = [*b.agreements, *b.background]
    assert any({v.article_id for v in cl.values} == set(bodies) for cl in agreed)


def test_a_sum_counted_over_last_year_is_still_compared():
    """ "last year" is the period an annual sum is counted over, not an earlier event's time."""
    bodies = {
        "Coast Herald": "The carrier earned $530 million on $19.4 billion in revenue last year.",
        "Evening Post": "The carrier had $25 billion in revenue last year, its filings show.",
    }
    claims = {
        name: ClaimSlot(name, b.index(v), b.index(v) + len(v), "money", "revenue", value, unit="USD")
        for (name, b), (v, value) in zip(
            bodies.items(), (("$19.4 billion", "19400000000"), ("$25 billion", "25000000000")), strict=True
        )
    }
    (k,) = _story(bodies, claims).conflicts
    assert k.kind == "money"


def test_an_outlets_own_revised_toll_makes_an_update():
    """Both outlets lead with one dead; one adds that first reports said two died: an update, not agreement."""
    _arts, b = _briefing(
        {
            "Coast Herald": "One person died in the shooting at the office on Monday.",
            "Evening Post": "One person died in the shooting; first reports said two of the victims died.",
        },
        {"Coast Herald": (("One", "1"),), "Evening Post": (("One", "1"), ("two", "2"))},
        "dead",
    )
    (k,) = b.conflicts
    assert k.kind == "update" and {v.article_id for cl in k.claims for v in cl.values} == {
        "Coast Herald",
        "Evening Post",
    }
    assert not b.agreements


def test_figures_after_the_lead_are_compared_too():
    """Both outlets lead with five injured; their second figure, of an earlier quake told in the same words,
    differs: a conflict between those two, not between the leads."""
    arts, b = _briefing(
        {
            "Coast Herald": "The quake injured five people; the September quake injured 40 people on the island.",
            "Evening Post": "The quake injured five people; the September quake injured 48 people on the island.",
        },
        {"Coast Herald": (("five", "5"), ("40", "40")), "Evening Post": (("five", "5"), ("48", "48"))},
        "injured",
    )
    (k,) = b.conflicts
    assert sorted(arts[v.article_id].body[v.start : v.end] for cl in k.claims for v in cl.values) == [
        "40",
        "48",
    ]


def test_leading_clock_times_of_two_moments_are_no_conflict():
    """Each outlet leads with another quake's time and gives the other's later: two moments, not a dispute."""
    bodies = {
        "Coast Herald": "The first quake struck at 5:12 a.m. and a second quake struck at 8:17 a.m. on Sunday.",
        "Evening Post": "A quake struck at 8:17 a.m. on Sunday, hours after a first quake struck at 5:12 a.m.",
    }
    t0 = datetime(2026, 3, 1, 8, tzinfo=UTC)
    arts = {n: Article(n, n, b, outlet=n, published=t0) for n, b in bodies.items()}
    analyses = {}
    for n, b in bodies.items():
        spans = [
            (b.index(p), b.index(p) + len(p), v) for p, v in (("5:12 a.m.", "05:12"), ("8:17 a.m.", "08:17"))
        ]
        claims = tuple(ClaimSlot(n, lo, hi, "time", "strike", v) for lo, hi, v in sorted(spans))
        analyses[n] = Analysis(n, sentences=(Sentence(n, 0, len(b), b),), claims=claims)
    story = Story("s", "quakes", tuple(arts))
    assert not build_briefing(story, [story], arts, analyses, [], {}).conflicts


def test_clock_times_hours_apart_are_two_moments():
    """ "The quake struck at 8:17" vs "the quake struck at 5:12": one sentence, two quakes (hours apart); a time
    misstated by minutes ("3:30" / "3:33") is one moment told two ways."""

    def story(other: str):
        bodies = {n: f"The quake struck off the coast at {t} a.m. local time." for n, t in
                  (("Coast Herald", "8:17"), ("Evening Post", other))}  # fmt: skip
        claims = {n: ClaimSlot(n, 34, 38, "time", "strike", t.zfill(5)) for n, t in
                  (("Coast Herald", "8:17"), ("Evening Post", other))}  # fmt: skip
        return _story(bodies, claims)

    assert not story("5:12").conflicts
    assert story("8:14").conflicts


def test_the_span_a_tally_is_counted_over_is_no_length_of_the_event():
    """ "10-6 the last three years" vs "playoffs in ten consecutive years": a record's time frame, no
    duration of the story's event to contradict."""

    def story(frame: str):
        bodies = {"Coast Herald": "He took the team to the playoffs for 10 consecutive years.",
                  "Evening Post": f"The team went 30-18 {frame} three years under him."}  # fmt: skip
        at = bodies["Evening Post"].index("three")
        claims = {"Coast Herald": ClaimSlot("Coast Herald", 36, 58, "duration", "take", "3652.5", unit="days"),
                  "Evening Post": ClaimSlot("Evening Post", at, at + 11, "duration", "go", "1095.75",
                                            unit="days")}  # fmt: skip
        return _story(bodies, claims)

    assert not story("the last").conflicts
    assert story("for").conflicts


def test_figures_of_two_named_people_are_no_conflict():
    """ "Jackson was arrested on Jan. 6" vs "Williams was arrested on Feb. 1": two people's dates."""

    def story(second: str):
        bodies = {
            "Coast Herald": "Jackson was arrested on Jan. 6 on suspicion of drunken driving, police said.",
            "Evening Post": f"{second} was arrested on Feb. 1 on suspicion of drunken driving, police said.",
        }
        claims = {
            "Coast Herald": ClaimSlot(
                "Coast Herald", 22, 28, "date", "arrested", "2009-01-06", subject="Jackson"
            ),
            "Evening Post": ClaimSlot(
                "Evening Post",
                len(second) + 18,
                len(second) + 24,
                "date",
                "arrested",
                "2009-02-01",
                subject=second,
            ),
        }
        return _story(bodies, claims)

    assert not story("Williams").conflicts
    assert story("Jackson").conflicts


def test_claims_survive_the_store_codec():
    an = Analysis("a", claims=(_slot("11", "at least"),))
    assert analysis_from_json(analysis_to_json(an)) == an


def test_speaker_gender_and_role():
    assert speaker_gender("A Foreign Office spokeswoman") == "f"
    assert speaker_gender("a spokesman for the department") == "m"
    assert speaker_gender("officials") is None
    assert speaker_role("A Foreign Office spokeswoman") == speaker_role("a spokesman") == "spokesperson"


def test_one_age_agrees_whoever_each_outlet_says_it_is_of():
    """ "Moser, 41" and "the 41-year-old deputy": the age's subject is a name in one outlet, a role in the other."""
    bodies = {
        "a": "Deputy Kevin Moser, 41, was shot on Friday.",
        "b": "The 41-year-old deputy was shot on Friday.",
    }
    claims = {
        "a": ClaimSlot("a", 20, 22, "attribute", "age", "41", subject="Moser"),
        "b": ClaimSlot("b", 4, 15, "attribute", "age", "41", subject="deputy"),
    }
    b = _story(bodies, claims)
    assert [(cl.kind, {v.article_id for v in cl.values}) for cl in b.agreements] == [
        ("attribute", {"a", "b"})
    ]


def test_an_unnamed_age_is_the_one_named_persons_age():
    """ "Harlow, 47" in two outlets and "a 46-year-old woman" in a third: the story names one person whose age
    outlets give, so the unnamed age is hers and contradicts theirs; a second named person leaves it unaligned."""

    def ages(other: str):
        bodies = {
            "a": "Police arrested Harlow, 47, on Friday.",
            "b": f"Police arrested {other}, 47, on Friday.",
            "c": "Police arrested a 46-year-old woman on Friday.",
        }
        claims = {
            "a": ClaimSlot("a", 24, 26, "attribute", "age", "47", subject="Harlow"),
            "b": ClaimSlot("b", len(other) + 18, len(other) + 20, "attribute", "age", "47", subject=other),
            "c": ClaimSlot("c", 18, 29, "attribute", "age", "46", subject="woman"),
        }
        return _story(bodies, claims)

    (k,) = ages("Harlow").conflicts
    assert k.kind == "attribute" and {v.article_id for cl in k.claims for v in cl.values} == {"a", "b", "c"}
    assert not ages("Jones").conflicts


def test_distances_of_one_thing_conflict_unlike_specifications():
    """Two outlets' depths of one quake contradict (kind other, unlike two models' specifications); a depth
    and a distance from a town are two things."""

    def story(measure_b: str):
        bodies = {
            "Coast Herald": "The quake struck 6 miles below the surface near the town.",
            "Evening Post": "The quake struck 2 miles below the surface near the town.",
        }
        claims = {
            "Coast Herald": ClaimSlot("Coast Herald", 17, 24, "other", "distance below", "6", unit="mi"),
            "Evening Post": ClaimSlot("Evening Post", 17, 24, "other", measure_b, "2", unit="mi"),
        }
        return _story(bodies, claims)

    (k,) = story("distance below").conflicts
    assert k.kind == "other"
    assert not story("distance from town").conflicts


def test_durations_told_with_different_verbs_are_aligned_by_their_sentences():
    """A duration's measure is its verb ("felt for", "shook for"): the story's durations share one slot, each is
    set against the most alike duration of the other outlet (20 seconds vs a minute, not vs five hours)."""
    bodies = {
        "Coast Herald": "Rescue teams searched the rubble for five hours. "
        "The earthquake could be felt for around 20 seconds across the island.",
        "Evening Post": "Rescue teams searched the rubble for five hours. "
        "The ground shook for about one minute across the island.",
    }
    values = {
        "Coast Herald": (("five hours", 5 / 24, None), ("around 20 seconds", 20 / 86400, "about")),
        "Evening Post": (("five hours", 5 / 24, None), ("about one minute", 1 / 1440, "about")),
    }
    arts, analyses = {}, {}
    for n, b in bodies.items():
        arts[n] = Article(n, n, b, outlet=n, published=datetime(2026, 3, 1, 8, tzinfo=UTC))
        cut = b.index(". ") + 1
        claims = []
        for phrase, days, qualifier in values[n]:
            at = b.index(phrase)
            verb = b[:at].split()[-2]  # "searched", "felt", "shook"
            claims.append(
                ClaimSlot(n, at, at + len(phrase), "duration", verb, str(days), qualifier=qualifier)
            )
        sentences = (Sentence(n, 0, cut, b[:cut]), Sentence(n, cut + 1, len(b), b[cut + 1 :]))
        analyses[n] = Analysis(n, sentences=sentences, claims=tuple(claims))
    story = Story("s", "quake", tuple(arts))
    b = build_briefing(story, [story], arts, analyses, [], {})
    (k,) = b.conflicts
    said = sorted(arts[v.article_id].body[v.start : v.end] for cl in k.claims for v in cl.values)
    assert said == ["about one minute", "around 20 seconds"]


def _durations(bodies: dict[str, str], phrases: dict[str, tuple[str, float]]):
    arts, analyses = {}, {}
    for n, b in bodies.items():
        arts[n] = Article(n, n, b, outlet=n, published=datetime(2026, 3, 1, 8, tzinfo=UTC))
        phrase, days = phrases[n]
        at = b.index(phrase)
        claim = ClaimSlot(n, at, at + len(phrase), "duration", "die", str(days))
        analyses[n] = Analysis(n, sentences=(Sentence(n, 0, len(b), b),), claims=(claim,))
    story = Story("s", "climb", tuple(arts))
    return build_briefing(story, [story], arts, analyses, [], {})


def test_a_gap_between_two_moments_is_no_length_of_one():
    """ "A day after" is the time between two deaths, "in two days" the stretch they fell in: two figures."""
    bodies = {"Coast Herald": "His death came a day after a climber died in the park.",
              "Evening Post": "It was the second fall on the ridge in two days."}  # fmt: skip
    assert not _durations(
        bodies, {"Coast Herald": ("a day", 1.0), "Evening Post": ("two days", 2.0)}
    ).conflicts
    bodies["Evening Post"] = "His death came two days after a climber died in the park."
    b = _durations(bodies, {"Coast Herald": ("a day", 1.0), "Evening Post": ("two days", 2.0)})
    assert [k.kind for k in b.conflicts] == ["duration"]  # two gaps between the same moments
    bodies["Evening Post"] = "It was the second fall on the ridge in two days, after a climber died."
    b = _durations(bodies, {"Coast Herald": ("a day", 1.0), "Evening Post": ("two days", 2.0)})
    assert not b.conflicts  # a clause after the comma: "in two days" is still a length


def test_the_window_of_a_series_is_no_length_of_one_thing():
    """ "the first title in 13 years" counts the stretch since the last title; "after 14 years of trying" is how
    long something lasted: two figures, while two windows of one first are one figure told two ways. A window
    ranked by another word ("the biggest win for 14 years") is another series (session 30: the demo's one
    false conflict of two such windows gone, eval/claims.py demo conflicts P 8/10 -> 8/9)."""
    bodies = {"Coast Herald": "The club won the county shield on Saturday, its first title in 13 years.",
              "Evening Post": "The club won the county shield on Saturday after 14 years of trying."}  # fmt: skip
    phrases = {"Coast Herald": ("13 years", 4748.0), "Evening Post": ("14 years", 5114.0)}
    assert not _durations(bodies, phrases).conflicts
    bodies["Evening Post"] = "The club won the county shield on Saturday, the first trophy for 14 years."
    assert [k.kind for k in _durations(bodies, phrases).conflicts] == ["duration"]
    bodies["Evening Post"] = "The club won the county shield on Saturday, the biggest win for 14 years."
    assert not _durations(bodies, phrases).conflicts


def test_lengths_agree_only_when_they_time_one_event():
    """A story's durations share one slot whatever the verb: an equal length of another thing, or of a thing the
    parse did not name, is no agreement ("a 24-hour walkout" / "a day after the bank fire")."""

    def brief(events: dict[str, str]):
        bodies = {"Coast Herald": "Workers held a 24-hour walkout across Athens.",
                  "Evening Post": "Their strike came a day after the bank fire."}  # fmt: skip
        phrases = {"Coast Herald": "24-hour", "Evening Post": "a day"}
        arts, analyses = {}, {}
        for n, b in bodies.items():
            arts[n] = Article(n, n, b, outlet=n, published=datetime(2026, 3, 1, 8, tzinfo=UTC))
            at = b.index(phrases[n])
            claim = ClaimSlot(n, at, at + len(phrases[n]), "duration", "hold", "1", event=events[n])
            analyses[n] = Analysis(n, sentences=(Sentence(n, 0, len(b), b),), claims=(claim,))
        story = Story("s", "strike", tuple(arts))
        return build_briefing(story, [story], arts, analyses, [], {})

    assert not brief({"Coast Herald": "walkout", "Evening Post": ""}).agreements
    assert not brief({"Coast Herald": "walkout", "Evening Post": "fire bank"}).agreements
    assert [cl.kind for cl in brief({"Coast Herald": "walkout", "Evening Post": "walkout"}).agreements] == [
        "duration"
    ]


def test_specifications_agree_in_one_unit_and_never_conflict():
    """PROTOCOL.md: a specification is kind ``other`` in the slot's unit; two outlets' different figures are two
    models' ("16GB" and "32GB" versions), not a contradiction."""

    def phone(b_value: str) -> tuple[dict[str, str], dict[str, ClaimSlot]]:
        bodies = {
            "Coast Herald": "The phone has 1TB of storage.",
            "Evening Post": f"It offers {b_value} of storage.",
        }
        claims = {
            "Coast Herald": ClaimSlot("Coast Herald", 14, 15, "other", "GB", "1000", unit="GB"),
            "Evening Post": ClaimSlot(
                "Evening Post", 10, 15, "other", "GB", b_value.removesuffix("GB").replace(",", ""), unit="GB"
            ),
        }
        return bodies, claims

    agreed = _story(*phone("1,000GB"))
    assert not agreed.conflicts and [a.kind for a in agreed.agreements] == ["other"]
    differ = _story(*phone("512GB"))
    assert not differ.conflicts and not differ.agreements


def test_equal_counts_of_two_events_are_no_agreement():
    """Two outlets' "3" of one slot agree only when their parses tie them to one event (or their sentences share
    words); the same figure of a shooting and of a storm is no fact they share."""

    def brief(event_b: str, body_b: str) -> tuple:
        bodies = {"Coast Herald": "Gunmen shot 3 victims at the office.", "Evening Post": body_b}
        events = {"Coast Herald": "gunman shoot", "Evening Post": event_b}
        arts = {n: Article(n, n, b, outlet=n) for n, b in bodies.items()}
        analyses = {
            n: Analysis(n, sentences=(Sentence(n, 0, len(b), b),),
                        claims=(ClaimSlot(n, b.index("3"), b.index("3") + 1, "count", "victim", "3",
                                          event=events[n]),))
            for n, b in bodies.items()
        }  # fmt: skip
        story = Story("s", "shooting", tuple(arts))
        return build_briefing(story, [story], arts, analyses, [], {}).agreements

    assert not brief("storm kill", "Floods after the storm drowned 3 in all.")
    assert len(brief("shoot", "Floods after the storm drowned 3 in all.")) == 1  # one verb: one event
    assert len(brief("", "Floods after the storm drowned 3 in all.")) == 1  # no event parsed: no telling


def test_counts_of_an_unlisted_measure_conflict_only_when_their_events_share_a_word():
    """A count of a measure outside lexicon.measures ("aftershocks") contradicts another outlet's when the parse
    ties both to one event beside the counted words; a place in a series ("the first three") is no total."""

    def brief(body_b: str, event_b: str) -> tuple:
        bodies = {
            "Coast Herald": "Four aftershocks followed the quake on the island.",
            "Evening Post": body_b,
        }
        events = {"Coast Herald": "aftershock follow quake", "Evening Post": event_b}
        arts = {n: Article(n, n, b, outlet=n) for n, b in bodies.items()}
        analyses = {}
        for n, b in bodies.items():
            at = b.lower().index("four" if n == "Coast Herald" else "three")
            slot = ClaimSlot(n, at, at + 5, "count", "aftershock", "4" if n == "Coast Herald" else "3",
                             event=events[n])  # fmt: skip
            analyses[n] = Analysis(n, sentences=(Sentence(n, 0, len(b), b),), claims=(slot,))
        story = Story("s", "quake", tuple(arts))
        return build_briefing(story, [story], arts, analyses, [], {}).conflicts

    assert len(brief("Three aftershocks followed the quake on the island.", "aftershock follow quake")) == 1
    assert not brief("Three aftershocks were felt after the quake on the island.", "aftershock feel")
    assert not brief(
        "The first three aftershocks followed the quake on the island.", "aftershock follow quake"
    )
    # tied by the parse, two outlets' leads are one fact however unlike their sentences
    told_apart = "Seismologists in the capital logged three within hours."
    assert len(brief(told_apart, "aftershock follow")) == 1
    assert not brief(told_apart, "aftershock count")


def test_lengths_of_one_named_thing_conflict_in_unlike_sentences():
    """ "felt for 20 seconds" / "shook houses for one minute": one quake's shaking, whatever the verbs; lengths
    whose events share no word beside their verbs stay apart (a tremor's vs the ground's, as parsed)."""

    def lengths(events: tuple[str, str]):
        bodies = {
            "Coast Herald": "Officials say the earthquake could be felt for around 20 seconds in the capital.",
            "Evening Post": "Residents fled in panic as it shook houses for one minute, a reporter at the scene wrote.",
        }
        spans = ("around 20 seconds", "one minute")
        claims = {
            name: ClaimSlot(
                name,
                b.index(v),
                b.index(v) + len(v),
                "duration",
                event.split()[0],
                days,
                unit="days",
                event=event,
            )  # fmt: skip
            for (name, b), v, days, event in zip(
                bodies.items(), spans, ("0.0002315", "0.0006944"), events, strict=True
            )
        }
        return _story(bodies, claims).conflicts

    assert [k.kind for k in lengths(("feel quake", "shake quake house"))] == ["duration"]
    assert not lengths(("feel tremor", "shake house"))


def test_a_length_written_as_a_things_modifier_is_that_things_length():
    """ "the club's 119-year history" is the history's length, no other length of the story: it contradicts no
    "13 years" since a last win, which another outlet's "14 years" since that win does."""

    def lengths(b_body: str, b_phrase: str, b_measure: str, b_event: str, a_days: str, b_days: str):
        a = "The Harriers won the county shield for the first time in 13 years on Saturday at the county ground."
        claims = {
            "Coast Herald": ClaimSlot("Coast Herald", a.index("13 years"), a.index("13 years") + 8, "duration",
                                      "win", a_days, unit="days", event="harrier shield win"),
            "Evening Post": ClaimSlot("Evening Post", b_body.index(b_phrase),
                                      b_body.index(b_phrase) + len(b_phrase), "duration", b_measure, b_days,
                                      unit="days", event=b_event),
        }  # fmt: skip
        return _story({"Coast Herald": a, "Evening Post": b_body}, claims).conflicts

    history = (
        "The Harriers won the county shield, the first in their 119-year history, on Saturday at the ground."
    )
    assert not lengths(history, "119-year", "length of history", "history win shield", "4748", "43464")
    again = (
        "The Harriers won the county shield for the first time in 14 years on Saturday at the county ground."
    )
    assert [k.kind for k in lengths(again, "14 years", "win", "harrier shield win", "4748", "5114")] == [
        "duration"
    ]


def test_an_outlets_exact_figure_denies_the_agreement_its_bound_made():
    """The worst pair decides: an outlet leading with "at least three" dead agrees with 10, but its later "three
    people were killed" denies 10 when the parse ties both to one event; a figure of another event does not."""

    def brief(event_later: str):
        bodies = {
            "Coast Herald": "At least three people died in the quake; officials said three people were killed.",
            "Evening Post": "The quake killed 10 people in the villages.",
            "Night Desk": "Ten people died when the quake struck the villages.",
        }
        figures = {
            "Coast Herald": (("At least three", "3", "at least", "dead quake"), ("three people", "3", None,
                             event_later)),
            "Evening Post": (("10", "10", None, "dead quake"),),
            "Night Desk": (("Ten", "10", None, "dead quake"),),
        }  # fmt: skip
        arts = {n: Article(n, n, b, outlet=n) for n, b in bodies.items()}
        analyses = {}
        for n, b in bodies.items():
            claims = []
            for phrase, value, qualifier, event in figures[n]:
                at = b.rindex(phrase)
                claims.append(ClaimSlot(n, at, at + len(phrase.split(" people")[0]), "count", "dead", value,
                                        qualifier=qualifier, event=event))  # fmt: skip
            analyses[n] = Analysis(n, sentences=(Sentence(n, 0, len(b), b),), claims=tuple(claims))
        story = Story("s", "quake", tuple(arts))
        return arts, build_briefing(story, [story], arts, analyses, [], {})

    arts, b = brief("dead quake")
    (k,) = b.conflicts
    assert not b.agreements and k.kind == "count"
    said = {(v.article_id, arts[v.article_id].body[v.start : v.end]) for cl in k.claims for v in cl.values}
    assert {("Coast Herald", "three"), ("Evening Post", "10"), ("Night Desk", "Ten")} <= said
    _arts, other = brief("dead storm")  # the later three is of a storm: the quake's toll still agrees
    assert not other.conflicts and len(other.agreements) == 1


def test_a_toll_another_outlet_denies_is_no_agreement():
    """A toll is one thing a story counts: two outlets' 9 dead against a third outlet whose one toll is 7 is no
    agreement (each outlet's one sentence is its lead, so the three are the story's headline toll: a conflict).
    Points (no lexicon.measures group) still agree figure by figure."""
    bodies = {
        "Coast Herald": "Nine people died when the ferry sank off the coast.",
        "Evening Post": "The ferry sank off the coast and 9 people died.",
        "Night Desk": "Officials in the capital gave a toll of 7 yesterday.",
    }
    values = {"Coast Herald": (("Nine", "9"),), "Evening Post": (("9", "9"),), "Night Desk": (("7", "7"),)}
    _arts, toll = _briefing(bodies, values, "dead")
    assert len(toll.conflicts) == 1 and not toll.agreements
    _arts, points = _briefing(bodies, values, "point")
    assert not points.conflicts and len(points.agreements) == 1


def test_a_zero_toll_contradicts_a_figure():
    """ "No one was hurt" against "two people were injured" in alike sentences is a conflict: zero is a figure of
    the toll, however far from any other in ratio."""
    bodies = {
        "Coast Herald": "No one was injured when the ferry hit the pier.",
        "Evening Post": "Two people were injured when the ferry hit the pier.",
    }
    zero = ("No one was injured", "0")

    def brief(said: dict[str, str]) -> Briefing:
        values = {n: (zero if b.startswith("No one") else ("Two", "2"),) for n, b in said.items()}
        return _briefing(said, values, "injured", frozenset((zero[0],)))[1]

    toll = brief(bodies)
    (k,) = toll.conflicts
    assert k.kind == "count" and not [a for a in toll.agreements if a.kind == "count"]
    # two outlets' "no one was hurt" is the negation agreement, not a second count agreement beside it
    both = brief({"Coast Herald": bodies["Coast Herald"], "Night Desk": bodies["Coast Herald"]})
    assert [a.kind for a in both.agreements] == ["negation"]


def test_an_implied_one_is_compared_only_with_a_written_figure():
    """ "A guard was killed" is one dead against another outlet's written "two guards were killed"; two outlets'
    implied ones agree on nothing (every "a man" would)."""
    bodies = {
        "Coast Herald": "A guard was killed when the convoy was attacked near the border.",
        "Evening Post": "Two guards were killed when the convoy was attacked near the border.",
        "Night Desk": "A guard was killed when the convoy was attacked near the border.",
    }

    def brief(names: tuple[str, ...]) -> Briefing:
        values = {n: (("A guard", "1") if bodies[n].startswith("A ") else ("Two", "2"),) for n in names}
        return _briefing({n: bodies[n] for n in names}, values, "dead", frozenset(("A guard",)))[1]

    (k,) = brief(("Coast Herald", "Evening Post")).conflicts
    assert k.kind == "count"
    alone = brief(("Coast Herald", "Night Desk"))
    assert not alone.conflicts and not [a for a in alone.agreements if a.kind == "count"]


def test_a_number_in_a_name_is_no_count():
    """ "USB 3.0 ports", "the Zephyr 10 phone": a version or model number two outlets share is no agreed count; a
    count after a lower-case word is, and so is one in a title-cased headline ("Quake Kills 10")."""
    bodies = {
        "Coast Herald": "The new laptops carry two USB 3.0 ports and a faster chip.",
        "Evening Post": "Buyers get USB 3.0 ports for the first time, the maker said.",
    }
    values = {name: (("3.0", "3"),) for name in bodies}
    assert not _briefing(bodies, values, "port")[1].agreements
    bodies = {name: b.replace("USB 3.0", "about 3.0") for name, b in bodies.items()}
    assert _briefing(bodies, values, "port")[1].agreements
    heads = {
        "Coast Herald": "Coastal Quake Kills 10 In Remote Villages",
        "Evening Post": "Strong Quake Kills 10 Near Coast",
    }
    assert _briefing(heads, {name: (("10", "10"),) for name in heads}, "dead")[1].agreements


def test_a_running_total_a_part_or_a_change_contradicts_no_level():
    """ "A total of 14 crates" over a week's patrols, "another 14" or "a $50 million increase" is not the level
    another outlet states ("Six crates were found"); two levels still contradict."""

    def clash(b: str, phrase: str, value: str, a: str = "Six crates were found aboard the trawler by coastguards on Monday.",
              kind: str = "count", measure: str = "crates", first: tuple[str, str] = ("Six", "6")) -> bool:  # fmt: skip
        bodies = {"Coast Herald": a, "Evening Post": b}
        claims = {
            n: ClaimSlot(n, body.index(p), body.index(p) + len(p), kind, measure, v, event="find")
            for (n, body), (p, v) in zip(bodies.items(), (first, (phrase, value)), strict=True)
        }
        return bool(_story(bodies, claims).conflicts)

    assert clash("Fourteen crates were found aboard the trawler by coastguards on Monday.", "Fourteen", "14")
    assert not clash(
        "Coastguards have found a total of 14 crates aboard the trawler in their patrols.", "14", "14"
    )
    assert not clash("Coastguards found another 14 crates aboard the trawler on Monday.", "14", "14")
    value = "The firm's market value rose to $90 million after the merger, its owners said."
    money = {"kind": "money", "measure": "value", "first": ("$90 million", "90000000")}
    assert clash(value.replace("rose to $90", "is $50"), "$50 million", "50000000", value, **money)
    assert not clash(
        "The merger brought a $50 million increase in the firm's market value, its owners said.",
        "$50 million",
        "50000000",
        value,
        **money,
    )


def test_dates_of_one_verb_conflict_only_when_their_events_are_tied():
    """ "The shelling of the camp on Tuesday" vs "Thursday's shelling of the market": two shellings (their parsed
    events share no word beside the verb); "Thursday's shelling of the camp" is one shelling dated two ways."""

    def story(place: str):
        bodies = {
            "Coast Herald": "The shelling of the camp on Tuesday killed seven people, officials said.",
            "Evening Post": f"Twenty people were hurt in Thursday's shelling of the {place}, officials said.",
        }
        days = {"Coast Herald": ("Tuesday", "camp"), "Evening Post": ("Thursday", place)}
        claims = {
            n: ClaimSlot(
                n, b.index(d), b.index(d) + len(d), "date", "shelling", d.lower(), event=f"shelling {e}"
            )
            for (n, b), (d, e) in zip(bodies.items(), days.values(), strict=True)
        }
        return _story(bodies, claims)

    assert story("camp").conflicts
    assert not story("market").conflicts


def test_dates_of_one_actor_doing_one_thing_to_two_others_are_two_incidents():
    """ "The Otters signed Dace on Tuesday" vs "the Otters signed Rudd on Wednesday": two signings; "signed
    Rudd on Tuesday" vs "signed Rudd on Wednesday" is one signing dated two ways."""

    def story(who: str):
        bodies = {
            "Coast Herald": "The Otters signed Rudd on Wednesday from the practice squad.",
            "Evening Post": f"The Otters signed {who.title()} on Tuesday from the practice squad.",
        }
        events = {
            "Coast Herald": ("Wednesday", "rudd otter sign"),
            "Evening Post": ("Tuesday", f"otter sign {who}"),
        }
        claims = {
            n: ClaimSlot(
                n, b.index(d), b.index(d) + len(d), "date", "sign", d.lower(), subject="Otters", event=e
            )
            for (n, b), (d, e) in zip(bodies.items(), events.values(), strict=True)
        }
        return _story(bodies, claims)

    assert story("rudd").conflicts
    assert not story("dace").conflicts


def _reports(
    bodies: dict[str, str], figures: dict[str, list[tuple[str, str, str]]], canonical: dict[str, str]
):
    """Each outlet one sentence; its claims are (phrase, measure, value) triples; ``canonical`` maps a syndicated
    copy to its original."""
    t0 = datetime(2026, 3, 1, 8, tzinfo=UTC)
    arts = {n: Article(n, n, b, outlet=n.split("#")[0], published=t0) for n, b in bodies.items()}
    analyses = {
        n: Analysis(n, sentences=(Sentence(n, 0, len(b), b),), claims=tuple(
            ClaimSlot(n, b.index(p), b.index(p) + len(p), "count", m, v) for p, m, v in figures[n]))
        for n, b in bodies.items()
    }  # fmt: skip
    story = Story("s", "ferry", tuple(arts))
    return build_briefing(story, [story], arts, analyses, [], canonical)


def test_each_side_carries_its_independent_outlets_and_the_best_supported_conflict_comes_first():
    ferry = "people were killed and {} were injured when the ferry sank off the coast."
    bodies = {
        "Coast Herald": "Nine " + ferry.format("20"),
        "Coast Herald#copy": "Nine " + ferry.format("20"),
        "Valley Wire": "11 " + ferry.format("20"),
        "Evening Post": "Eleven " + ferry.format("30"),
        "Daily Ledger": "11 " + ferry.format("30"),
    }
    figures = {n: [(b.split()[0], "dead", "9" if b.startswith("N") else "11"),
                   (b.split()[5], "injured", b.split()[5])] for n, b in bodies.items()}  # fmt: skip
    b = _reports(bodies, figures, {"Coast Herald#copy": "Coast Herald"})
    injured, dead = b.conflicts
    assert [(s.value, s.outlets) for s in dead.sides] == [
        ("Nine", ("Coast Herald",)),
        ("11", ("Daily Ledger", "Evening Post", "Valley Wire")),
    ]
    assert dead.support == "one" and dead.support_label == "one side corroborated"
    assert dead.statement == "Coast Herald says Nine dead; Daily Ledger and 2 other outlets say 11 dead"
    assert [len(s.outlets) for s in injured.sides] == [2, 2] and injured.support == "both"


def _told(bodies: dict[str, list[str]], figures: dict[str, list[tuple[int, str, str, str]]]) -> Briefing:
    """Each outlet's article as sentences; its figures as (sentence, phrase, value, measure) counts."""
    arts, analyses = {}, {}
    for name, sents in bodies.items():
        body = " ".join(sents)
        starts = [body.index(s) for s in sents]
        sentences = tuple(Sentence(name, at, at + len(s), s) for at, s in zip(starts, sents, strict=True))
        claims = []
        for i, phrase, value, measure in figures[name]:
            at = body.index(phrase, starts[i])
            claims.append(ClaimSlot(name, at, at + len(phrase), "count", measure, value))
        arts[name] = Article(name, name, body, outlet=name)
        analyses[name] = Analysis(name, sentences=sentences, claims=tuple(claims))
    story = Story("s", "crash", tuple(arts))
    return build_briefing(story, [story], arts, analyses, [], {})


def test_headline_figures_and_figures_told_beside_one_agreeing_figure_conflict_in_unlike_sentences():
    """Two outlets' first figures of a slot in their articles' leads are the story's headline figure told two
    ways, whatever their words ("around 30 hurt" / "treated some 80 casualties"); the same two sentences deep in
    the articles are two things. Deep in the articles, two sentences that also state one other figure alike (two
    dead each) tell one fact, so their injured differ."""
    fillers = {
        "Coast Herald": ["Traffic was diverted through Elm Lane.", "Buses ran late into the evening.",
                         "The council thanked drivers for their patience."],
        "Evening Post": ["A spokeswoman declined to comment further.", "Shops near the junction stayed open.",
                         "Witnesses described a loud bang."],
    }  # fmt: skip
    said = {
        "Coast Herald": "Around 30 people were hurt when a lorry overturned on the ring road.",
        "Evening Post": "Hospitals across the county treated 80 casualties overnight, officials said.",
    }
    injured = {"Coast Herald": "Around 30", "Evening Post": "80"}
    value = {"Coast Herald": "30", "Evening Post": "80"}

    def brief(lead: bool) -> Briefing:
        bodies = {n: [said[n], *f] if lead else [*f, said[n]] for n, f in fillers.items()}
        at = 0 if lead else 3
        return _told(bodies, {n: [(at, injured[n], value[n], "injured")] for n in said})

    headline = brief(lead=True)
    assert [k.kind for k in headline.conflicts] == ["count"]
    assert not brief(lead=False).conflicts

    deep = {
        "Coast Herald": "Two drivers died and 30 others were hurt when the lorry overturned.",
        "Evening Post": "Hospitals treated 80 casualties overnight; two motorists were pronounced dead.",
    }

    def beside(dead_b: str) -> Briefing:
        sentences = {
            **deep,
            "Evening Post": deep["Evening Post"].replace("two motorists", f"{dead_b} motorists"),
        }
        bodies = {n: [*f, sentences[n]] for n, f in fillers.items()}
        dead = {"Coast Herald": ("Two", "2"), "Evening Post": (dead_b, {"two": "2", "three": "3"}[dead_b])}
        return _told(bodies, {n: [(3, dead[n][0], dead[n][1], "dead"), (3, "30" if n == "Coast Herald" else "80",
                                  value[n], "injured")] for n in deep})  # fmt: skip

    (k,) = beside("two").conflicts
    assert "injured" in k.topic
    # the other figures disagree too: nothing ties the sentences (and the tolls are each other's only version)
    assert all("injured" not in k.topic for k in beside("three").conflicts)


def test_an_implied_one_said_to_be_also_killed_is_one_of_the_toll():
    """ "A guard was also killed" is one victim beside others, not another outlet's toll of four; "a guard was
    killed" alone still contradicts it."""
    bodies = {
        "Coast Herald": "Four guards were killed when the convoy was attacked near the border.",
        "Evening Post": "A guard was also killed when the convoy was attacked near the border.",
    }

    def brief(body_b: str) -> Briefing:
        phrase = body_b.split(" when")[0]
        values = {"Coast Herald": (("Four", "4"),), "Evening Post": ((phrase, "1"),)}
        return _briefing({**bodies, "Evening Post": body_b}, values, "dead", frozenset((phrase,)))[1]

    assert not brief(bodies["Evening Post"]).conflicts
    assert len(brief(bodies["Evening Post"].replace(" also", "")).conflicts) == 1


def test_leads_of_an_outlet_giving_two_figures_of_a_slot_are_no_headline_figure():
    """An outlet whose lead gives two figures of the slot (two crashes' injured) has no one headline figure:
    another outlet's unlike lead is not set against either; with one figure each, the leads conflict."""
    bodies = {
        "Coast Herald": ["Two crashes on the ring road left 30 and 12 people hurt.", "Traffic was diverted."],
        "Evening Post": [
            "Hospitals across the county treated 80 casualties overnight.",
            "Shops stayed open.",
        ],
    }
    figures = {
        "Coast Herald": [(0, "30", "30", "injured"), (0, "12", "12", "injured")],
        "Evening Post": [(0, "80", "80", "injured")],
    }
    assert not _told(bodies, figures).conflicts
    one = {**figures, "Coast Herald": figures["Coast Herald"][:1]}
    assert len(_told(bodies, one).conflicts) == 1


def test_the_two_other_hikers_are_part_of_a_total():
    bodies = {
        "A": "All three hikers were taken to hospital.",
        "B": "The two other hikers were treated in hospital.",
    }
    _arts, b = _briefing(bodies, {"A": (("three", "3"),), "B": (("two", "2"),)}, "hospitalised")
    assert not b.conflicts  # "two other": a part of the hikers, not the hospital count
    bodies["B"] = "The two hikers were treated in hospital."
    _arts, b = _briefing(bodies, {"A": (("three", "3"),), "B": (("two", "2"),)}, "hospitalised")
    assert [k.kind for k in b.conflicts] == ["count"]


def test_sums_of_two_products_told_apart_by_a_figure_are_no_conflict():
    """ "The 11-inch laptop sells for $899" vs "the 14-inch laptop sells for $1,299": two products' prices; the
    same product's two prices conflict."""

    def story(size_b: str):
        bodies = {
            "Coast Herald": "The 11-inch laptop sells for $899 at launch.",
            "Evening Post": f"The {size_b}-inch laptop sells for $1,299 at launch.",
        }
        claims = {
            name: ClaimSlot(
                name,
                b.index("$"),
                b.index(" at"),
                "money",
                "sell",
                v,
                unit="USD",
                subject=b.split()[1] + " laptop",
            )
            for (name, b), v in zip(bodies.items(), ("899", "1299"), strict=True)
        }
        return _story(bodies, claims)

    assert not story("14").conflicts
    assert story("11").conflicts


def test_a_difference_between_two_prices_contradicts_no_price():
    """ "The kettle sells for $80" vs "it's $30 cheaper than its predecessor": a difference, no rival price."""

    def clash(b: str) -> bool:
        bodies = {"Coast Herald": "The new kettle sells for $80 at launch.", "Evening Post": b}
        claims = {
            n: ClaimSlot(n, body.index("$"), body.index("$") + 3, "money", "money", v, unit="USD")
            for (n, body), v in zip(bodies.items(), ("80", "30"), strict=True)
        }
        return bool(_story(bodies, claims).conflicts)

    assert clash("The new kettle sells for $30 at launch.")
    assert not clash("The new kettle is $30 cheaper than its predecessor.")


def test_a_year_elsewhere_in_the_sentence_leaves_its_other_figures_compared():
    """ "in 1978" on another phrase of the sentence (analysis leaves ``earlier`` unset) does not set the fee aside;
    a figure the year governs (``earlier``) is another time's and contradicts nothing."""
    bodies = {
        "Coast Herald": "The actor, who starred in a film set in 1978, was paid $5 million for the new role.",
        "Evening Post": "The actor, who starred in a film set in 1978, was paid $7 million for the new role.",
    }
    claims = {
        name: ClaimSlot(name, b.index(v), b.index(v) + len(v), "money", "pay", value, unit="USD")
        for (name, b), (v, value) in zip(
            bodies.items(), (("$5 million", "5000000"), ("$7 million", "7000000")), strict=True
        )
    }
    (k,) = _story(bodies, claims).conflicts
    assert k.kind == "money"
    earlier = {name: replace(c, earlier=True) for name, c in claims.items()}
    assert not _story(bodies, earlier).conflicts


@pytest.mark.xfail(
    strict=True,
    reason="taken out in session 26 as in session 25: weekdays with a part of the day read as dates added a false "
    "conflict and a false agreement on a blind invented set",
)
def test_a_weekday_told_with_a_part_of_the_day_conflicts_and_agrees_as_a_date():
    """ "sank on Thursday night" against "sank late on Friday night": one sinking dated two ways is a date
    conflict, as two bare weekdays are; "on Friday" against "Friday night" is no conflict."""
    post = (
        "Ferry lost off the cape\n\nThe ferry Arlen sank on Thursday night off the cape, the coastguard said."
    )
    herald = "Ferry sinks\n\nThe ferry Arlen sank late on Friday night off the cape, the coastguard said."
    b = brief_outlets({"Evening Post": post, "Coast Herald": herald}, "Ferry sinks")
    assert [k.kind for k in b.conflicts] == ["date"]
    assert "Thursday" in b.conflicts[0].statement and "Friday" in b.conflicts[0].statement
    same = "Ferry sinks\n\nThe ferry Arlen sank on Friday off the cape, the coastguard said."
    b = brief_outlets({"Evening Post": same, "Coast Herald": herald}, "Ferry sinks")
    assert not [k for k in b.conflicts if k.kind == "date"]
