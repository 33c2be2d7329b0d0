"""Two outlets' differing counts of one slot, told in unlike sentences that the parse ties to no one event: two
different things counted alike (two schools' pupils, two vehicles' passengers) must stay apart, while one fact told
two ways (one quake's aftershocks, one school's pupils) is the gap the rule tie leaves; a learned tie fitted on the
read fit half did not close it without false conflicts (eval/claims/ERRORS.md, session 27 tie), so it stays a
known gap here."""

from __future__ import annotations

import pytest
from briefed import brief_outlets

from storyline.analyze import analyze, resolve_entities
from storyline.model import Article

TWO_THINGS = {
    "schools": {
        "Coast Herald": "Harlow Primary will merge with its neighbour next year, the council said on Monday. "
        "Harlow, which teaches 300 pupils, will keep its name.",
        "Evening Post": "The council said on Monday that two village schools will merge. The smaller one on Elm "
        "Street, with 120 pupils, will close its doors.",
    },
    "vehicles": {
        "Coast Herald": "A coach left the road near Vell on Friday. It was carrying 40 passengers at the time.",
        "Evening Post": "A coach crashed near Vell on Friday. A minibus behind it, with 12 passengers on board, "
        "stopped to help.",
    },
}
ONE_FACT = {
    "aftershocks": {
        "Coast Herald": "A strong earthquake struck the island of Vell on Monday. Three aftershocks rattled the "
        "harbour town overnight, residents said.",
        "Evening Post": "An earthquake hit Vell on Monday. Seismologists at the national institute recorded at "
        "least five aftershocks in the hours after the main shock.",
    },
    "pupils": {
        "Coast Herald": "A fire broke out at Harlow Primary on Tuesday. The school, which teaches 300 pupils, was "
        "evacuated before noon.",
        "Evening Post": "Firefighters were called to Harlow Primary on Tuesday. Staff led the 200 pupils of the "
        "small school onto the playing field.",
    },
}


def _counted(bodies: dict[str, str]) -> set[str]:
    """The measures of the counts the analysis reads in ``bodies``, each outlet's figures above 2."""
    arts = [Article(n, n, b, outlet=n) for n, b in bodies.items()]
    _entities, found = resolve_entities(arts, analyze(arts))
    per_outlet = [{c.measure for c in a.claims if c.kind == "count" and float(c.value) > 2} for a in found]
    return set.intersection(*per_outlet)


@pytest.mark.parametrize("name", [*TWO_THINGS, *ONE_FACT])
def test_both_outlets_count_in_one_slot(name: str) -> None:
    """Each story's two figures are read under one measure: what keeps them apart or joins them is the tie."""
    assert _counted({**TWO_THINGS, **ONE_FACT}[name])


@pytest.mark.parametrize("name", list(TWO_THINGS))
def test_two_things_counted_in_one_slot_are_no_conflict(name: str) -> None:
    assert not brief_outlets(TWO_THINGS[name], "story").conflicts


@pytest.mark.xfail(
    strict=True, reason="no tie: unlike sentences, no shared event word (ERRORS.md session 27 tie)"
)
@pytest.mark.parametrize("name", list(ONE_FACT))
def test_one_count_told_two_ways_in_unlike_sentences_is_a_conflict(name: str) -> None:
    assert [k.kind for k in brief_outlets(ONE_FACT[name], "story").conflicts] == ["count"]
