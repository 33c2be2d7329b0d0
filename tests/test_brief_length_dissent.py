"""A story's lengths of any verb share one slot: two outlets' equal length is no agreement when a third outlet
gives one close, incompatible length in other words beside lengths of other things (briefing.lone_dissent), nor
are two different lengths each told after "over" (briefing.claims ``_bounds_apart``). Invented stories."""

from __future__ import annotations

import pytest
from briefed import agreed_values, brief_outlets

# Lengths told after the leads (an outlet's leading length is briefing.claims ``_lead_lengths``' to compare).
_LEAD = "The Tarn-3 probe left Earth on Friday. The rocket rose from the Kessa pad. Crowds watched from the shore. "
_MISSION = {
    "Orbit Wire": _LEAD + "The probe is designed to work for seven years.",
    "Space Desk": _LEAD + "It is built to work for seven years, mapping the moon's poles.",
}


def _lengths(bodies: dict[str, str]) -> list[set[str]]:
    values = agreed_values(brief_outlets(bodies, "Tarn-3 probe launched"), bodies)
    return [v for v in values if any("year" in x for x in v)]


def test_two_outlets_alone_agree():
    assert _lengths(_MISSION)


@pytest.mark.parametrize(
    "third",
    [
        _LEAD + "The launch came after a delay of 48 hours. Its cameras should keep running for five years.",
        _LEAD + "The climb to orbit took 20 minutes. Engineers hope the batteries hold out six years.",
    ],
)
def test_a_close_lone_length_among_others_denies_the_agreement(third):
    assert not _lengths({**_MISSION, "Launch Times": third})


@pytest.mark.parametrize(
    "third",
    [
        # a far length of another thing
        _LEAD + "The launch came after a delay of 48 hours. The team spent 20 years building it.",
        # the third outlet seconds the agreed length beside another
        _LEAD + "The launch came after a delay of 48 hours. It will work for seven years.",
    ],
)
def test_a_far_or_seconding_length_leaves_the_agreement(third):
    assert _lengths({**_MISSION, "Launch Times": third})


def test_lengths_told_after_over_are_no_agreement():
    """ "moved over two years" / "phased out over 18 months": each "over" tells a span, so two figures differ."""
    bodies = {
        "Works Wire": "Brenlow Tools will close its Ashby plant. Production will be moved to Spain over two years.",
        "Trade Daily": "Brenlow Tools is closing the Ashby plant. Output will be phased out over 18 months.",
        "City Post": "Brenlow Tools plans to shut its Ashby plant, moving the work to Spain over two years.",
    }
    values = agreed_values(brief_outlets(bodies, "Brenlow to close Ashby plant"), bodies)
    assert not [v for v in values if any("over" in x for x in v)]
