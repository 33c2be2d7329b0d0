"""A place's name two outlets spell alike is one side of a place conflict when a third outlet sets the act in
another place (briefing ``_outside``): no spelling agreement beside the conflict. Invented stories."""

from __future__ import annotations

from briefed import agreed_values, brief_outlets

_BODIES = {
    "Valley Post": "A fire destroyed a timber yard in Kelborough on Monday night, the fire service said. Forty "
    "firefighters fought the flames.",
    "Ridge Radio": "A huge fire tore through a timber yard in Pellham on Monday night. Nearby homes were evacuated.",
    "County Wire": "Investigators returned to the burnt-out timber yard in Kelborough on Tuesday morning.",
}


def test_a_named_place_two_outlets_share_is_no_agreement_beside_its_conflict():
    b = brief_outlets(_BODIES, "Fire guts timber yard")
    places = [
        {_BODIES[v.article_id][v.start : v.end] for cl in k.claims for v in cl.values} for k in b.conflicts
    ]
    assert any(any("Kelborough" in x for x in p) and any("Pellham" in x for x in p) for p in places)
    assert not [v for v in agreed_values(b, _BODIES) if "Kelborough" in v]


def test_a_named_place_alone_agrees():
    bodies = {k: v for k, v in _BODIES.items() if k != "Ridge Radio"}
    b = brief_outlets(bodies, "Fire guts timber yard")
    assert not b.conflicts
    assert [v for v in agreed_values(b, bodies) if "Kelborough" in v]
