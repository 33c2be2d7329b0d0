"""Two things one story tells apart by an ordinal or a contrast word ("the first quake" / "the second quake", "the
earlier crash" / "the later crash", "the previous price" / "the new price") are two things: their figures never
conflict (analyze.claim_measures keeps the word in the subject, briefing.claim_pairs ``other_order``). One thing told
with and without the word by two outlets still conflicts where the story has one such thing. Invented text only."""

from __future__ import annotations

import pytest
from briefed import brief_outlets, claims_in

from storyline.analyze.ordinals import order_of

_TAKEN_OUT = (
    "an ordinal on a noun above a subjectless figure ('died in the later crash', 'the previous model sold for') as "
    "its subject was taken out: on the unread set it added one false count agreement and no right one"
)
_TWO_THINGS = [
    {
        "Coast Herald": "Two quakes shook Veloria on Monday. The first quake was centred at a depth of 30 km.",
        "Evening Post": "The second quake was 10 km deep, the survey said.",
    },
    pytest.param(
        {
            "Coast Herald": "The earlier crash on the ring road killed four people, police said.",
            "Evening Post": "Two people died in the later crash on the ring road, police said.",
        },
        marks=pytest.mark.xfail(strict=True, reason=_TAKEN_OUT),
    ),
    pytest.param(
        {
            "Coast Herald": "The previous model sold for $400 at launch.",
            "Evening Post": "The new model sells for $650, the maker said.",
        },
        marks=pytest.mark.xfail(strict=True, reason=_TAKEN_OUT),
    ),
    {
        "Coast Herald": "The depth of the third tremor was 8 km, the survey said.",
        "Evening Post": "The second tremor struck at a depth of 15 km, the survey said.",
    },
]


@pytest.mark.parametrize("bodies", _TWO_THINGS)
def test_figures_of_two_things_told_apart_by_order_never_conflict(bodies: dict[str, str]):
    assert not brief_outlets(bodies, "story").conflicts


@pytest.mark.parametrize(
    "bodies",
    [
        {
            "Coast Herald": "A quake struck Veloria on Monday at a depth of 10 km, the survey said.",
            "Evening Post": "The second quake to hit Veloria struck on Monday at a depth of 25 km, the survey said.",
        },
        {
            "Coast Herald": "The later crash on the ring road killed four people, police said.",
            "Evening Post": "The crash on the ring road killed nine people, police said.",
        },
    ],
)
def test_one_thing_told_with_and_without_its_order_still_conflicts(bodies: dict[str, str]):
    assert brief_outlets(bodies, "story").conflicts


def test_a_bare_figure_is_either_of_two_ordered_things():
    bodies = {
        "Coast Herald": "Two quakes hit Veloria on Monday. The first quake was centred at a depth of 30 km. The "
        "second quake was 10 km deep.",
        "Evening Post": "A strong quake hit Veloria on Monday. The quake was centred at a depth of 18 km, officials "
        "said.",
    }
    assert not brief_outlets(bodies, "story").conflicts


@pytest.mark.parametrize(
    ("sentence", "value", "word"),
    [
        ("The second quake was 10 km deep.", "10", "second"),
        ("The earlier crash killed four people.", "4", "earlier"),
        pytest.param(
            "Three people died in the later crash.",
            "3",
            "later",
            marks=pytest.mark.xfail(strict=True, reason=_TAKEN_OUT),
        ),
        ("The depth of the first quake was 30 km.", "30", "first"),
    ],
)
def test_the_subject_keeps_the_ordinal_or_contrast_word(sentence: str, value: str, word: str):
    (subject,) = [c.subject for _t, c in claims_in(sentence) if c.value == value]
    assert subject is not None and word in subject.split()


@pytest.mark.parametrize(
    ("word", "order"),
    [("first", ("before", None)), ("previous", ("before", None)), ("later", ("after", None)),
     ("second", ("after", 2)), ("21st", ("after", 21)), ("big", None), ("last", None)],
)  # fmt: skip
def test_order_of_reads_the_side_and_rank(word: str, order: tuple[str, int | None] | None):
    assert order_of(word) == order


def test_an_age_is_no_order():
    (subject,) = [
        c.subject for _t, c in claims_in("The 47-year-old driver was fined $300.") if c.kind == "money"
    ]
    assert order_of((subject or "").split()[0]) is None
