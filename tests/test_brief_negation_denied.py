"""Two outlets' "no one was hurt" is no agreement when a third outlet writes a figure of that harm: the slot's
verdict is its worst pair's (briefing.negation). Invented stories, several phrasings."""

from __future__ import annotations

import pytest
from briefed import brief_outlets

_DENIALS = {
    "Harbour Echo": "A cargo crane collapsed at the Pellow docks on Sunday. No one was hurt, the port said.",
    "Dockside Daily": "The crane at Pellow docks fell onto an empty quay on Sunday. Nobody was injured.",
}


def _negations(bodies: dict[str, str]) -> list[str]:
    b = brief_outlets(bodies, "Crane collapses at Pellow docks")
    return [cl.text for cl in (*b.agreements, *b.background) if cl.kind == "negation"]


def test_two_denials_alone_agree():
    assert _negations(_DENIALS)


@pytest.mark.parametrize(
    "third",
    [
        "The crane came down at Pellow docks on Sunday. Two workers suffered minor injuries.",
        "A crane toppled at the Pellow docks on Sunday. One docker was taken to hospital with a broken arm.",
        "Three men were hurt when a crane collapsed at Pellow docks on Sunday.",
    ],
)
def test_a_third_outlets_figure_of_the_harm_denies_the_agreement(third):
    assert not _negations({**_DENIALS, "Coast Wire": third})


@pytest.mark.parametrize(
    "third",
    [
        # a figure of another harm than the one denied
        "The crane came down at Pellow docks on Sunday. Two cars parked on the quay were destroyed.",
        # an earlier accident's injured
        "The crane came down at Pellow docks on Sunday. In 2019 four people were injured at the same quay.",
    ],
)
def test_another_figure_leaves_the_agreement(third):
    assert _negations({**_DENIALS, "Coast Wire": third})


def test_no_one_else_hurt_stands_beside_a_toll():
    """ "No one else was hurt" denies further harm only: the story's own injured leave it agreed."""
    bodies = {
        "Harbour Echo": "A crane driver was injured when the crane collapsed at Pellow docks. No one else was hurt.",
        "Dockside Daily": "The crane at Pellow docks collapsed, injuring its driver. Nobody else was injured.",
        "Coast Wire": "One man was injured when a crane collapsed at Pellow docks on Sunday.",
    }
    assert _negations(bodies)


def test_a_denier_that_tells_an_earlier_toll_keeps_the_agreement():
    """An outlet that denies harm from a new tremor and writes the earlier quake's injured elsewhere tells two
    events' harm: a third outlet's figure may be the earlier quake's, so the denial stays agreed."""
    bodies = {
        "Harbour Echo": "A strong aftershock shook Varlo on Tuesday. There were no reports of injuries. "
        "Sunday's quake injured 60 people in the town.",
        "Dockside Daily": "An aftershock rattled Varlo on Tuesday, but no one was hurt, officials said.",
        "Coast Wire": "An aftershock hit Varlo on Tuesday. Some 45 people were injured and 40 homes destroyed "
        "when the first quake struck on Sunday.",
    }
    b = brief_outlets(bodies, "Aftershock shakes Varlo")
    assert [cl for cl in (*b.agreements, *b.background) if cl.kind == "negation"]


@pytest.mark.parametrize(
    "background",
    [
        "In 2023 a smaller crane fell at the same quay. No one was hurt in that incident.",
        "The port's previous crane collapse was in 2019. Nobody was injured in the earlier collapse.",
    ],
)
def test_a_denial_of_another_event_joins_no_agreement(background):
    """A denial pointed back to another event ("in that incident", "in the earlier collapse") is that event's: it
    does not agree with a denial of the story's own."""
    bodies = {
        "Harbour Echo": _DENIALS["Harbour Echo"],
        "Coast Wire": "A cargo crane toppled at the Pellow docks on Sunday, the port said. " + background,
    }
    assert not _negations(bodies)
    told_plainly = background.replace(" in that incident", "").replace(" in the earlier collapse", "")
    assert _negations(
        {**bodies, "Coast Wire": "A cargo crane toppled at the Pellow docks on Sunday. " + told_plainly}
    )
