"""An agreement inside a slot of several figures is a conflict when a third outlet gives the slot one close,
unseconded, incompatible figure in a sentence about the same thing (briefing.lone_dissent); a far figure, or one
told in unrelated words, is another referent and leaves the agreement standing. Invented stories, several
phrasings."""

from __future__ import annotations

import pytest
from briefed import brief_outlets

_FLOOD = {
    "Ledger": "The flood swept away seven bridges in the Tamsin valley on Monday. Two of the bridges had been "
    "built in 1950.",
    "Gazette": "Seven bridges were swept away when the Tamsin burst its banks on Monday. Crews said 40 bridges "
    "in the county were checked.",
}
_SCHOOLS = {
    "Ledger": "The storm tore the roofs off 12 schools in Varn county on Friday. Officials had closed 30 schools "
    "before it hit.",
    "Gazette": "Twelve schools lost their roofs as the storm crossed Varn county on Friday, the council said.",
}
_LATER = (
    "The Tamsin valley flood forced hundreds of families from their homes. Schools stayed shut on Tuesday. "
)
_VARN = "The storm brought down power lines across Varn county. Roads were closed overnight. "


def _told(bodies: dict[str, str]) -> tuple[list[set[str]], list[set[str]]]:
    """The value phrases of each agreement (listed or background) and of each conflict, lower-cased."""
    b = brief_outlets(bodies, "story")

    def said(claims) -> set[str]:
        return {bodies[v.article_id][v.start : v.end].lower() for cl in claims for v in cl.values}

    return [said([cl]) for cl in (*b.agreements, *b.background)], [said(k.claims) for k in b.conflicts]


@pytest.mark.parametrize(
    ("story", "third", "value"),
    [
        (
            _FLOOD,
            _LATER + "In the Tamsin valley the flood on Monday damaged 8 bridges and a church.",
            "seven",
        ),
        (
            _FLOOD,
            _LATER + "Among the sites the Tamsin flood damaged on Monday were 8 bridges and a chapel.",
            "seven",
        ),
        (
            _FLOOD,
            _LATER
            + "Hundreds of homes were flooded in the Tamsin valley, and 8 bridges and a church were hit.",
            "seven",
        ),
        (_SCHOOLS, _VARN + "The storm in Varn county on Friday also damaged 11 schools and a library.", "12"),
        (_SCHOOLS, _VARN + "Roofs came off 11 schools and a library when the storm hit Varn county.", "12"),
    ],
)
def test_a_close_lone_figure_of_a_third_outlet_makes_a_conflict(story, third, value):
    agreed, conflicts = _told({**story, "Wire": third})
    assert not any(value in values for values in agreed)
    assert any(value in values and len(values) >= 2 for values in conflicts)


@pytest.mark.parametrize(
    ("story", "third", "value"),
    [
        (
            _FLOOD,
            _LATER + "In the Tamsin valley the flood on Monday damaged 80 bridges and a church.",
            "seven",
        ),
        (_SCHOOLS, _VARN + "The storm in Varn county on Friday also damaged 60 schools and a library.", "12"),
        (_FLOOD, _LATER + "Engineers will inspect 8 bridges, a chapel and the old mill next week.", "seven"),
    ],
)
def test_a_far_or_unrelated_figure_is_another_referent(story, third, value):
    agreed, conflicts = _told({**story, "Wire": third})
    assert any(value in values for values in agreed)
    assert not any(value in values for values in conflicts)
