""" "The bridge will stay closed for ten days": a length on a verb that keeps its subject in a state ("stay",
"remain", "keep") is the state's, the act its participle names (analyze.claim_measures ``kept_state``), as
"will be closed for two weeks" reads. And a bound of another act ("findings within a month") confirms no length of
an act the same outlet tells a length of (briefing.claims ``_telling_it``): a duration slot holds every verb's
lengths, and a bound holds every shorter one. Before, the closure's lengths never met. Invented stories."""

from __future__ import annotations

from briefed import brief_outlets, claims_in, conflict_values


def _lengths(text: str) -> list[str]:
    return [c.measure for _t, c in claims_in(text) if c.kind == "duration"]


def test_a_length_on_a_keeping_verb_measures_its_state():
    assert _lengths("The bridge will stay closed for ten days.") == ["close"]
    assert _lengths("Schools in the town remained shut for a week.") == ["shut"]
    assert _lengths("The road was kept closed for three days.") == ["close"]


def test_a_keeping_verb_without_a_participle_keeps_its_own_measure():
    assert _lengths("The shops stayed open for 12 hours.") == ["stay"]
    assert _lengths("The minister remained silent for two days.") == ["remain"]


_CLOSED = {
    "Dunmore Wire": (
        "A freight train came off the rails near Dunmore on Monday. Nobody was hurt. The line between Dunmore "
        "and Esk will be closed for at least a week while cranes lift the wagons, the operator said."
    ),
    "Valley Post": (
        "Eleven wagons of a freight train left the track near Dunmore on Monday, the operator said. The driver "
        "has worked for the company for 19 years. The line will stay closed for seven days. Inspectors "
        "expect to report within a year."
    ),
    "Esk Courier": (
        "A freight train derailed near Dunmore on Monday. The driver, 47, has driven trains for almost two "
        "decades. The operator said the line would be closed for about ten days. The rail safety board will publish "
        "its first findings within a month."
    ),
}


def test_two_lengths_of_one_closure_told_with_two_verbs_conflict():
    b = brief_outlets(_CLOSED, "Dunmore line landslide")
    (values,) = conflict_values(b, _CLOSED, "duration")
    assert any("seven days" in v for v in values) and any("ten days" in v for v in values)


_SHUT = {
    "Harbour Wire": (
        "A fire damaged the Calder swimming pool on Sunday. Nobody was hurt. Firefighters were at the scene for "
        "three hours. The council said the pool would be closed for five weeks. An inquiry will report within "
        "six months."
    ),
    "Calder Times": (
        "Fire tore through the roof of the Calder swimming pool on Sunday; nobody was hurt. The council "
        "expects to name a contractor within a year. It said the pool would be closed for eight weeks."
    ),
}


def test_a_length_of_another_act_confirms_no_length_the_outlet_gives_of_this_one():
    b = brief_outlets(_SHUT, "Calder pool fire")
    (values,) = conflict_values(b, _SHUT, "duration")
    assert any("five weeks" in v for v in values) and any("eight weeks" in v for v in values)
