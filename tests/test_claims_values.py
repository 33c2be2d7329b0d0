"""Counts and values in words as claims analysis reads them (issue 13): invented sentences in the phrasings an
agency, a local paper and a broadcaster use, and the traps that must stay apart."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from briefed import claims_in as _claims

from storyline.analyze import analyze
from storyline.briefing import build_briefing
from storyline.model import Article, Story


def _briefing(bodies: dict[str, str]):
    t0 = datetime(2026, 4, 11, 18, tzinfo=UTC)
    arts = {n: Article(n, n, b, outlet=n, published=t0) for n, b in bodies.items()}
    analyses = {a.article_id: a for a in analyze(list(arts.values()))}
    story = Story("s", "game", tuple(arts))
    return build_briefing(story, [story], arts, analyses, [], {})


@pytest.mark.parametrize(
    "text",
    [
        "Harbourside won 3-1 at Kelby Park on Saturday.",
        "The 2-1 win lifted Harbourside to second in the table.",
        "Harbourside lost 0-4 to Kelby Rovers.",
        "Kelby Rovers beat Harbourside 4-0 in front of 3,000 fans.",
    ],
)
def test_no_figure_of_a_score_line_is_a_count(text: str):
    score = text[[c.isdigit() for c in text].index(True) :].split()[0]
    assert not [span for span, c in _claims(text) if c.kind == "count" and span in score]


def test_a_vote_tally_is_still_read_whole():
    (tally,) = [
        c for _s, c in _claims("The council approved the scheme 7-2 on Thursday.") if c.kind == "count"
    ]
    assert (tally.measure, tally.value) == ("votes", "7-2")


def test_outlets_writing_one_score_line_agree_on_it():
    b = _briefing(
        {
            "wire": "Harbourside beat Kelby Rovers 3-1 on Saturday to go top of the league.",
            "local": "Harbourside won 3-1 at Kelby Park on Saturday, with two goals from Dace Ormond.",
        }
    )
    agreed = [cl for cl in b.agreements if cl.kind == "other"]
    assert any(len({v.article_id for v in cl.values}) == 2 for cl in agreed)


def _measures(text: str) -> dict[str, str]:
    return {span: c.measure for span, c in _claims(text) if c.kind == "count"}


@pytest.mark.parametrize(
    "text, figure, measure",
    [
        ("The storm killed 14 people along the coast.", "14", "dead"),  # agency
        ("Fourteen people lost their lives when the roof fell in.", "Fourteen", "dead"),  # local paper
        ("Fourteen people perished in the blaze, officials said.", "Fourteen", "dead"),  # broadcaster
        ("Two passengers later succumbed to their injuries.", "Two", "dead"),
        ("Three officers suffered minor injuries in the scuffle.", "Three", "injured"),
        ("Six people needed hospital treatment after the leak.", "Six", "hospitalised"),
        ("Six residents needed treatment in hospital after the leak.", "Six", "hospitalised"),
    ],
)
def test_a_toll_is_read_from_the_object_its_subject_undergoes(text: str, figure: str, measure: str):
    assert _measures(text)[figure] == measure


@pytest.mark.parametrize(
    "text, figure, measure",
    [
        ("The blast claimed 14 lives.", "14", "dead"),
        ("The crash cost four lives.", "four", "dead"),
        ("The quick response saved at least 30 lives, officials said.", "at least 30", "rescued"),
        ("Lifeguards saved two lives on Sunday.", "two", "rescued"),
    ],
)
def test_lives_lost_are_dead_and_lives_saved_are_not(text: str, figure: str, measure: str):
    assert _measures(text)[figure] == measure


def test_what_a_subject_loses_is_a_toll_only_when_it_is_one():
    """Families who lost their homes are no count of homes (another outlet's "40 homes destroyed" is no rival)."""
    assert _measures("Twelve families lost their homes in the flood.")["Twelve"] != "buildings"


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Officers fired 30 rounds at the car.", "30"),
        ("Officers fired more than 30 shots at the car.", "more than 30"),
        ("More than 30 gunshots were heard in the street.", "More than 30"),
        ("The gunman fired 30 times, police said.", "30"),
        ("Police said the suspect was shot six times.", "six"),
        ("The two officers fired a total of 16 rounds.", "16"),
    ],
)
def test_shots_fired_are_one_measure_whatever_the_noun(text: str, figure: str):
    assert _measures(text)[figure] == "shots"


@pytest.mark.parametrize(
    "text, figure",
    [("The talks went through three rounds of voting.", "three"), ("She was married three times.", "three")],
)
def test_rounds_and_times_without_a_gun_are_no_shots(text: str, figure: str):
    assert _measures(text).get(figure) != "shots"


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The carmaker will axe 1,200 posts at the plant.", "1,200"),
        ("The company will shed 1,200 positions by March.", "1,200"),
        ("Some 1,200 roles will go under the plan.", "Some 1,200"),
        ("The closure will cost 1,200 jobs.", "1,200"),
        ("The plant employs 1,200 workers.", "1,200"),
    ],
)
def test_posts_cut_count_jobs(text: str, figure: str):
    assert _measures(text)[figure] == "jobs"


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The quake measured 5.9 on the Richter scale.", "5.9"),  # agency
        ("The earthquake registered 6.1, the geological survey said.", "6.1"),  # local paper
        ("The tremor measuring 5.4 struck just after noon.", "5.4"),  # broadcaster
        ("It registered 5.8 on the Richter scale.", "5.8"),
        ("The tremor had a magnitude of 5.6.", "5.6"),
    ],
)
def test_a_reading_on_a_scale_is_a_magnitude(text: str, figure: str):
    assert _measures(text)[figure] == "magnitude"


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The party registered 300 new voters before the poll.", "300"),
        ("The river measured 4.2 metres at its peak.", "4.2"),  # a length in its unit
    ],
)
def test_a_counted_or_unread_figure_is_no_reading(text: str, figure: str):
    assert _measures(text).get(figure) != "magnitude"


def _compared(bodies: dict[str, str]) -> tuple[set[str], set[tuple[str, ...]]]:
    """The briefing's count conflicts' statements and its count agreements' values as written."""
    b = _briefing(bodies)
    conflicts = {c.statement for c in b.conflicts if c.kind == "count"}
    agreed = {tuple(sorted(bodies[v.article_id][v.start : v.end] for v in cl.values)) for cl in b.agreements}
    return conflicts, agreed


def test_bullets_and_shots_of_one_volley_are_compared():
    conflicts, _ = _compared(
        {
            "wire": "Police fired 30 bullets at the stolen van on Friday night.",
            "radio": "Officers fired 24 shots at the stolen van on Friday night.",
        }
    )
    assert len(conflicts) == 1
    _, agreed = _compared(
        {
            "wire": "More than 20 bullets were fired at the stolen van on Friday night.",
            "radio": "Officers fired 24 shots at the stolen van on Friday night.",
        }
    )
    assert ("24", "More than 20") in agreed


def test_two_fights_rounds_are_no_conflict():
    conflicts, _ = _compared(
        {
            "wire": "Ortiz stopped Hale in six rounds to keep his belt.",
            "local": "When the pair last met, the contest went 10 rounds before Ortiz won.",
        }
    )
    assert not conflicts


def test_people_hit_by_bullets_are_no_count_of_shots():
    conflicts, _ = _compared(
        {
            "wire": "Two people were hit by bullets during the raid on Friday.",
            "radio": "Officers fired 24 shots during the raid on Friday.",
        }
    )
    assert not conflicts


@pytest.mark.parametrize(
    "total",
    [
        "Floods have killed 40 people since the rains began last month, officials said.",
        "Since Sunday, 40 people have died in the floods, officials said.",
    ],
)
def test_a_running_total_is_no_rival_to_a_days_figure(total: str):
    conflicts, _ = _compared(
        {"wire": total, "local": "Six people were killed on Tuesday as floods swept the valley."}
    )
    assert not conflicts


@pytest.mark.parametrize(
    "later",
    [
        "At least 46 people have died since Tuesday's quake, officials said.",  # the span starts at the event
        "Floods killed 46 people in the valley on Tuesday, officials said.",  # two figures of one day
    ],
)
def test_one_events_figures_still_conflict(later: str):
    first = (
        "The quake on Tuesday killed 40 people, officials said."
        if "quake" in later
        else ("Floods killed 40 people in the valley on Tuesday, officials said.")
    )
    conflicts, _ = _compared({"wire": first, "local": later})
    assert len(conflicts) == 1


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("Close to 300 people were evacuated.", "nearly"),
        ("Just over 300 people were evacuated.", "more than"),
        ("Just under 300 people were evacuated.", "less than"),
        ("No fewer than 300 people were evacuated.", "at least"),
        ("A minimum of 300 people were evacuated.", "at least"),  # PROTOCOL.md's synonym
        ("A dozen or so people were injured.", "about"),
        ("Twenty or so people were injured.", "about"),
        ("A dozen people were injured.", None),
    ],
)
def test_qualifiers_in_the_words_outlets_use(text: str, qualifier: str | None):
    (count,) = [c for _s, c in _claims(text) if c.kind == "count"]
    assert count.qualifier == qualifier


@pytest.mark.parametrize(
    "text",
    [
        "Upwards of 300 people were evacuated from the estate.",
        "A minimum of 300 people were evacuated from the estate.",
        "A total of 300 people were evacuated from the estate.",
    ],
)
def test_a_figure_wrapped_in_a_qualifiers_noun_keeps_its_measure(text: str):
    (count,) = [c for _s, c in _claims(text) if c.kind == "count"]
    assert (count.measure, count.value) == ("evacuated", "300")
