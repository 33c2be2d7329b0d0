"""Two outlets' counts of one measure in sentences sharing few words, whose parsed events name the same words
beside the measure (the same verb and actor): one act told two ways, so a conflict
(briefing.claims ``_one_act``); events sharing the verb but naming another actor ("the river") stay apart."""

from __future__ import annotations

from briefed import brief_outlets, conflict_values

GAZETTE = (
    "A storm struck the coast town of Pellow on Monday. About 800 homes lost power overnight, the utility said. "
    "The storm has flooded 40 homes and a further 300 remain at risk as rain keeps falling on the hills, said "
    "Mara Quill, a council spokeswoman."
)


def _count_conflicts(other: str) -> list[set[str]]:
    bodies = {"Pellow Gazette": GAZETTE, "Coast Radio": other}
    b = brief_outlets(bodies, "Storm floods Pellow")
    return conflict_values(b, bodies, "count")


def test_one_act_told_in_unlike_sentences_is_a_conflict() -> None:
    other = "The storm, which hit Pellow early on Monday after days of warnings from forecasters, has now flooded 65 homes."
    assert _count_conflicts(other) == [{"40", "65"}]


def test_another_actor_of_the_act_stays_apart() -> None:
    other = "The river, which burst its banks in Pellow after days of warnings from forecasters, has now flooded 65 homes."
    assert _count_conflicts(other) == []
