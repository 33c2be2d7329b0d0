"""How a killing was done, told in outlets' leads (briefing.kill_manners): "shot dead" against "stabbed to death"
is an ``other`` conflict; ways one outlet tells together, a wound, a game's "beat", a way told after the lead or
in a quotation are no side."""

from __future__ import annotations

from briefed import brief_outlets

_SHOT = "Killing in Tarrow.\nA 30-year-old man was shot dead outside a bar in Tarrow on Saturday night, police said."


def _manner_conflicts(bodies: dict[str, str]) -> list[str]:
    b = brief_outlets(bodies, "killing")
    return [k.topic for k in b.conflicts if k.topic.startswith("other: how the victim was killed")]


def test_shot_dead_against_stabbed_to_death_is_a_conflict():
    stabbed = (
        "Tarrow death.\nA 30-year-old man was stabbed to death outside a bar in Tarrow on Saturday night."
    )
    third = (
        "Inquiry in Tarrow.\nPolice have opened a murder inquiry after a man died outside a bar in Tarrow."
    )
    assert _manner_conflicts({"A": _SHOT, "B": stabbed, "C": third}) == [
        "other: how the victim was killed (shot / stabbed)"
    ]


def test_ways_told_together_wounds_games_later_or_quoted_ways_are_no_side():
    for other in (
        "Tarrow death.\nA man was stabbed and then shot dead outside a bar in Tarrow on Saturday night.",
        "Tarrow attack.\nA man was stabbed outside a bar in Tarrow on Saturday night and died later.",
        "Tarrow result.\nTarrow Town beat Selby to claim the title on Saturday night.",
        "Tarrow death.\nA man died outside a bar in Tarrow on Saturday night. Police were called at 11pm. They closed"
        " the street. In 2019 a woman was beaten to death on the same street.",
        'Tarrow death.\nA man died outside a bar in Tarrow. "He was stabbed to death in front of us," a witness said.',
    ):
        assert _manner_conflicts({"A": _SHOT, "B": other}) == []
