"""Two outlets' "no one was hurt" against a third outlet's own figure of that harm is a conflict (briefing.negation
``negation_verdicts``); a figure of another harm, an earlier accident's, "no one else", or a figure published hours
after every denial (the news moved on) make none. Invented stories."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from briefed import brief_outlets

from storyline.analyze import analyze, resolve_entities
from storyline.briefing import build_briefing
from storyline.model import Article, Story

_DENIALS = {
    "Harbour Echo": "A cargo crane collapsed at the Pellow docks on Sunday. No one was hurt, the port said.",
    "Dockside Daily": "The crane at Pellow docks fell onto an empty quay on Sunday. Nobody was injured.",
}
_HURT = "A crane toppled at the Pellow docks on Sunday. One docker was taken to hospital with a broken arm."


def _disputes(bodies: dict[str, str]) -> list[str]:
    b = brief_outlets(bodies, "Crane collapses at Pellow docks")
    return [k.statement for k in b.conflicts if k.kind == "negation"]


def test_a_third_outlets_figure_of_the_harm_is_a_conflict():
    (statement,) = _disputes({**_DENIALS, "Coast Wire": _HURT})
    assert (
        "No one was hurt" in statement or "Nobody was injured" in statement
    ) and "taken to hospital" in statement


def test_two_denials_alone_are_no_conflict():
    assert not _disputes(_DENIALS)


@pytest.mark.parametrize(
    "third",
    [
        # a figure of another harm than the one denied
        "The crane came down at Pellow docks on Sunday. Two cars parked on the quay were destroyed.",
        # an earlier accident's injured
        "The crane came down at Pellow docks on Sunday. In 2019 four people were injured at the same quay.",
    ],
)
def test_another_figure_is_no_conflict(third):
    assert not _disputes({**_DENIALS, "Coast Wire": third})


def test_no_one_else_hurt_is_no_conflict():
    bodies = {
        "Harbour Echo": "A crane driver was injured when the crane collapsed at Pellow docks. No one else was hurt.",
        "Dockside Daily": "The crane at Pellow docks collapsed, injuring its driver. Nobody else was injured.",
        "Coast Wire": "Two men were injured when a crane collapsed at Pellow docks on Sunday.",
    }
    assert not _disputes(bodies)


def _dated(hours: dict[str, int]) -> list[str]:
    """The story's negation conflicts, each outlet's article published the given hours after midnight."""
    bodies = {**_DENIALS, "Coast Wire": _HURT}
    arts = {
        n: Article(n, n, b, outlet=n, published=datetime(2026, 3, 1, hours[n], tzinfo=UTC))
        for n, b in bodies.items()
    }
    entities, found = resolve_entities(list(arts.values()), analyze(list(arts.values())))
    story = Story("s", "Crane collapses at Pellow docks", tuple(arts))
    b = build_briefing(story, [story], arts, {a.article_id: a for a in found}, entities, {})
    return [k.statement for k in b.conflicts if k.kind == "negation"]


def test_a_figure_hours_after_every_denial_is_an_update_not_a_conflict():
    assert not _dated({"Harbour Echo": 8, "Dockside Daily": 9, "Coast Wire": 15})


def test_a_denial_still_made_after_the_figure_is_a_conflict():
    assert _dated({"Harbour Echo": 8, "Dockside Daily": 16, "Coast Wire": 12})
