"""Counts of one group that outlets tell with a kind's noun and with a more general noun ("recalling 41,000 Vela
hatchbacks" / "called back 41,500 Vela cars"): WordNet's kinds table (analyze.kinds) says a hatchback is a car, so
the two figures meet in one slot, where briefing.claims still asks their events to tie them (``one_count``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace

from storyline.analyze import kinds
from storyline.briefing.placed import Placed


def general_counts(placed: list[Placed], story_of: Callable[[str], str]) -> list[Placed]:
    """Each count whose noun is a kind of the noun one other outlet of the story counts ("hatchback" under
    "car"), measured as that noun. Not when an outlet counts both (two groups: "30 cars and two hatchbacks"),
    when two general nouns would fit, or under a top noun of the table ("vehicle", "weapon": too wide to say
    one group)."""
    wider = _wider(placed, story_of)
    return [
        replace(p, slot=replace(p.slot, measure=wider[key]))
        if p.slot.kind == "count" and (key := (story_of(p.slot.article_id), p.slot.measure)) in wider
        else p
        for p in placed
    ]


def _wider(placed: list[Placed], story_of: Callable[[str], str]) -> dict[tuple[str, str], str]:
    """(story, measure) -> the one more general counted noun of the story's other outlets."""
    lemmas = kinds.table()["lemmas"]
    tops = {f"{name}.{offset}" for name, offset in kinds.table()["roots"].items()}
    outlets: dict[tuple[str, str], set[str]] = defaultdict(set)
    for p in placed:
        if p.slot.kind == "count" and p.slot.measure in lemmas and not p.slot.implied:
            outlets[(story_of(p.slot.article_id), p.slot.measure)].add(p.outlet_key)
    out = {}
    for (story, noun), mine in outlets.items():
        up = kinds.above(lemmas[noun])
        fits = [other for (s, other), theirs in outlets.items()
                if s == story and lemmas[other] in up and lemmas[other] not in tops and not theirs & mine]  # fmt: skip
        if len(fits) == 1:
            out[(story, noun)] = fits[0]
    return out
