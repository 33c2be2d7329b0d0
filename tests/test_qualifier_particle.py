"""analyze.claims._strip_qualifier: "up to" read as a bound ("up to 300 people") but not when "up" is its verb's
particle ("revised up to 510,000", "has risen up to 12"): the figure is the level the change reached, exact, and
its measure is read from its noun as without the particle. Invented text through the real parse."""

from __future__ import annotations

import pytest
from briefed import claims_in


def _count(text: str):
    (found,) = [c for _s, c in claims_in(text) if c.kind == "count"]
    return found


@pytest.mark.parametrize(
    "text",
    [
        "The number of patients treated was revised up to 410 on Friday.",
        "Officials revised the number of patients treated up to 410.",
    ],
)
def test_a_verbs_particle_is_no_bound(text):
    found = _count(text)
    assert (found.measure, found.value, found.qualifier) == ("patient", "410", None)


def test_up_to_before_a_figure_is_still_a_bound():
    found = _count("Up to 410 patients were treated at the clinic on Friday.")
    assert (found.value, found.qualifier) == ("410", "up to")
