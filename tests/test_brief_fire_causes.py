"""Whether a fire was set or an accident (briefing.fire_causes): outlets telling only one cause each against one
another is an ``other`` conflict; a denied cause, an outlet telling both, another time's fire, quoted words are
no side."""

from __future__ import annotations

from briefed import brief_outlets

_LEAD = "A fire swept through a timber yard in Oxlow on Monday night."


def _cause_conflicts(bodies: dict[str, str]) -> list[set[str]]:
    b = brief_outlets(bodies, "fire")
    return [
        {bodies[v.article_id][v.start : v.end] for cl in k.claims for v in cl.values}
        for k in b.conflicts
        if k.topic.startswith("other: cause of the fire")
    ]


def test_a_set_fire_against_an_accident_is_a_conflict():
    bodies = {
        "A": f"Yard fire.\n{_LEAD} Investigators said the fire was caused by an electrical fault.",
        "B": f"Yard blaze.\n{_LEAD} Police said the blaze was started deliberately and are treating it as arson.",
        "C": f"Oxlow fire.\n{_LEAD} Crews fought the flames for six hours.",
    }
    assert _cause_conflicts(bodies) == [{"electrical fault", "started deliberately", "arson"}]


def test_denied_both_told_earlier_or_quoted_causes_are_no_side():
    fault = f"Yard fire.\n{_LEAD} Investigators said the fire was caused by an electrical fault."
    for other in (
        f"Yard blaze.\n{_LEAD} Police have ruled out arson in the fire.",
        f"Yard blaze.\n{_LEAD} Arson was first suspected, but investigators now blame an electrical fault for the fire.",
        f"Yard blaze.\n{_LEAD} An arson fire destroyed the same yard in March, 2019.",
        f'Yard blaze.\n{_LEAD} "This fire was arson, no doubt," a neighbour told reporters.',
    ):
        assert _cause_conflicts({"A": fault, "B": other}) == []
    # an accident of someone in the fire is no cause of it
    arson = f"Yard blaze.\n{_LEAD} Police said the blaze was arson."
    hurt = f"Yard fire.\n{_LEAD} A man was accidentally hurt as he fled the fire."
    assert _cause_conflicts({"A": arson, "B": hurt}) == []
    accident = f"Yard fire.\n{_LEAD} The fire was started accidentally by a heater, the fire service said."
    assert len(_cause_conflicts({"A": arson, "B": accident})) == 1


def test_two_accidental_causes_conflict_and_an_accident_agrees_with_its_cause():
    fault = f"Yard fire.\n{_LEAD} The station manager said the fire was started by an electrical fault."
    cigarette = (
        f"Fire blamed on cigarette.\n{_LEAD} Investigators believe a discarded cigarette started the fire."
    )
    assert len(_cause_conflicts({"A": fault, "B": cigarette})) == 1
    accident = f"Yard fire.\n{_LEAD} Fire officers said the blaze was accidental."
    assert _cause_conflicts({"A": accident, "B": cigarette}) == []
    # a cigarette told with no word of causing is no cause
    smoker = f"Yard fire.\n{_LEAD} A worker who had gone out for a cigarette raised the alarm about the fire."
    assert _cause_conflicts({"A": fault, "B": smoker}) == []


def test_where_a_fire_started_is_no_cause():
    fault = f"Yard fire.\n{_LEAD} Investigators said the fire was caused by an electrical fault."
    shop = f"Yard blaze.\n{_LEAD} The blaze started in a candle shop next to the yard."
    assert _cause_conflicts({"A": fault, "B": shop}) == []
    # the thing that started it still is one
    candle = f"Yard blaze.\n{_LEAD} A candle left burning in the office started the blaze."
    assert len(_cause_conflicts({"A": fault, "B": candle})) == 1
