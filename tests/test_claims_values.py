"""Counts and values in words as claims analysis reads them (issue 13): invented sentences in the phrasings an
agency, a local paper and a broadcaster use, and the traps that must stay apart."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storyline.analyze import analyze
from storyline.analyze.claims import find_claims
from storyline.analyze.nlp import parse
from storyline.briefing import build_briefing
from storyline.model import Article, Story


def _claims(text: str):
    (doc,) = parse([text])
    return [(text[c.start : c.end], c) for c in find_claims("a", doc, [])]


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
