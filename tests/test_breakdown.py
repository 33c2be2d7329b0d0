"""A count listed beside other counts of its measure is one part of a breakdown (analyze.breakdown), so it does
not contradict another outlet's whole; a list of different things, or one noun's two figures, is no breakdown."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storyline.analyze import analyze
from storyline.analyze.claims import find_claims
from storyline.analyze.nlp import parse
from storyline.briefing import build_briefing
from storyline.model import Article, Story


def _listed(text: str) -> dict[str, bool]:
    (doc,) = parse([text])
    return {text[c.start : c.end]: c.listed for c in find_claims("a", doc, []) if c.kind == "count"}


@pytest.mark.parametrize(
    "text",
    [
        "The fire destroyed 40 homes and 12 office buildings in the town on Monday.",
        "Flames gutted 40 houses, 12 office buildings and 3 warehouses near the harbour.",
        "Some 40 homes and 12 office buildings were left in ruins by the blaze.",
    ],
)
def test_counts_listed_for_one_measure_are_parts(text: str):
    found = _listed(text)
    assert [v for k, v in found.items() if "40" in k or "12" in k] == [True, True]


@pytest.mark.parametrize(
    "text",
    [
        "Police seized 9 rifles, 20 magazines and 600 rounds from the boat on Monday.",  # different things
        "The two quakes measured 6.2 and 5.8 on Monday.",  # one noun's two figures
        "The fire destroyed 40 homes in the town on Monday.",  # one figure
    ],
)
def test_a_list_of_different_things_or_one_nouns_figures_is_no_breakdown(text: str):
    assert not any(_listed(text).values())


def _conflicts(a: str, b: str) -> list[str]:
    t0 = datetime(2026, 3, 1, 8, tzinfo=UTC)
    arts = {
        n: Article(n, n, body, outlet=n, published=t0)
        for n, body in (("Coast Herald", a), ("Evening Post", b))
    }
    analyses = {x.article_id: x for x in analyze(list(arts.values()))}
    story = Story("s", "fire", tuple(arts))
    return [k.statement for k in build_briefing(story, [story], arts, analyses, [], {}).conflicts]


@pytest.mark.parametrize(
    "part",
    [
        "The fire destroyed 40 homes and 12 office buildings in the town on Monday, officials said.",
        "The fire destroyed 40 homes, 12 office buildings and 3 warehouses in the town on Monday, officials said.",
    ],
)
def test_a_part_of_a_breakdown_does_not_contradict_a_whole(part: str):
    assert not _conflicts(part, "The fire destroyed 30 buildings in the town on Monday, officials said.")


def test_two_wholes_and_a_list_of_different_things_still_conflict():
    assert _conflicts(
        "The fire destroyed 40 homes in the town on Monday, officials said.",
        "The fire destroyed 52 homes in the town on Monday, officials said.",
    )
    assert _conflicts(
        "Police seized 9 rifles, 20 magazines and 600 rounds from the boat on Monday.",
        "Police seized 12 rifles from the boat on Monday.",
    )
